// SPDX-License-Identifier: MIT
#include "scorecardweightsdialog.h"

#include "dashboardformat.h"
#include "dashboardworker.h"
#include "metrics/metricsengine.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr std::array<ScorecardCriterion, kScorecardCriteria> kCriteria{
    ScorecardCriterion::Reaction, ScorecardCriterion::Quality, ScorecardCriterion::Effectiveness,
    ScorecardCriterion::Communication, ScorecardCriterion::Feedback};

} // namespace

ScorecardWeightsDialog::ScorecardWeightsDialog(DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("scorecardWeightsDialog"));
    setWindowTitle(tr("Scorecard Weights"));

    auto* intro = new QLabel(
        tr("How much each criterion counts in an agent's total: the total is the weighted mean "
           "of the criteria's scores. A weight of 0 leaves a criterion out of the total."),
        this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Criterion"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Weight"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Share of the total"), this), 0, 2);
    int row = 1;
    for (const ScorecardCriterion criterion : kCriteria) {
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(QStringLiteral("weight_%1").arg(toKey(criterion)));
        spin->setRange(0, kMaxWeight);
        spin->setSingleStep(kStep);
        spin->setDecimals(1);
        spin->setAccessibleName(tr("Weight of %1").arg(criterionName(criterion)));
        spin->setToolTip(criterionDescription(criterion));
        auto* label = new QLabel(tr("%1:").arg(criterionName(criterion)), this);
        label->setToolTip(criterionDescription(criterion));
        label->setBuddy(spin);
        auto* share = new QLabel(this);
        share->setObjectName(QStringLiteral("share_%1").arg(toKey(criterion)));
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")));
        grid->addWidget(label, row, 0);
        grid->addWidget(spin, row, 1);
        grid->addWidget(share, row, 2);
        m_spins[size_t(criterion)] = spin;
        m_shares[size_t(criterion)] = share;
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            m_error->hide();
            updateShares();
        });
        ++row;
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scorecardWeightsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, DashboardFormat::vermilion());
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Every criterion weighs 1, the same as the others"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScorecardWeightsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScorecardWeightsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ScorecardWeightsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const MetricsEngine engine(m_database);
    auto stored = engine.scorecardWeights();
    if (stored) {
        setWeights(*stored);
    } else {
        // A stored value the engine refuses: start from the defaults and say why.
        qCWarning(lcUiDashboards) << "scorecard weights:" << stored.error().toString();
        setWeights(ScorecardWeights{});
        showError(tr("The stored weights are not valid (%1); OK replaces them.")
                      .arg(stored.error().toString()));
    }
}

QString ScorecardWeightsDialog::criterionName(ScorecardCriterion criterion)
{
    switch (criterion) {
    case ScorecardCriterion::Reaction:
        return tr("Reaction time");
    case ScorecardCriterion::Quality:
        return tr("Quality of service");
    case ScorecardCriterion::Effectiveness:
        return tr("Effectiveness of the solution");
    case ScorecardCriterion::Communication:
        return tr("Communication");
    case ScorecardCriterion::Feedback:
        break;
    }
    return tr("Customer feedback");
}

QString ScorecardWeightsDialog::criterionDescription(ScorecardCriterion criterion)
{
    switch (criterion) {
    case ScorecardCriterion::Reaction:
        return tr("The median first response of the agent's resolved tickets; lower is better.");
    case ScorecardCriterion::Quality:
        return tr("The mean quality rating (1–5) of the agent's rated tickets.");
    case ScorecardCriterion::Effectiveness:
        return tr("First-contact resolution of the agent's resolved tickets and the mean "
                  "effectiveness rating (1–5).");
    case ScorecardCriterion::Communication:
        return tr("The mean communication rating (1–5) of the agent's rated tickets.");
    case ScorecardCriterion::Feedback:
        break;
    }
    return tr("The mean overall score (1–5) customers gave the agent's tickets.");
}

ScorecardWeights ScorecardWeightsDialog::weights() const
{
    ScorecardWeights weights;
    for (const ScorecardCriterion criterion : kCriteria)
        weights.setWeight(criterion, m_spins[size_t(criterion)]->value());
    return weights;
}

void ScorecardWeightsDialog::setWeights(const ScorecardWeights& weights)
{
    for (const ScorecardCriterion criterion : kCriteria)
        m_spins[size_t(criterion)]->setValue(weights.weight(criterion));
    updateShares();
}

QString ScorecardWeightsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ScorecardWeightsDialog::restoreDefaults()
{
    setWeights(ScorecardWeights{});
}

void ScorecardWeightsDialog::updateShares()
{
    const ScorecardWeights current = weights();
    double sum = 0;
    for (const double value : current.values)
        sum += value;
    for (const ScorecardCriterion criterion : kCriteria) {
        QLabel* share = m_shares[size_t(criterion)];
        share->setText(sum > 0 ? DashboardFormat::percent(100.0 * current.weight(criterion) / sum)
                               : DashboardFormat::notAvailable());
    }
}

void ScorecardWeightsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ScorecardWeightsDialog::accept()
{
    const MetricsEngine engine(m_database);
    if (const Status stored = engine.setScorecardWeights(weights()); !stored) {
        qCInfo(lcUiDashboards) << "scorecard weights not saved:" << stored.error().toString();
        showError(tr("The weights were not saved: %1").arg(stored.error().toString()));
        return;
    }
    QDialog::accept();
}

} // namespace Switchboard
