// SPDX-License-Identifier: MIT
#include "ratingdialog.h"

#include "settings/fieldmessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

std::optional<int> comboValue(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
}

} // namespace

QString RatingDialog::stars(int score)
{
    const int filled = qBound(0, score, 5);
    return QString(filled, QChar(0x2605)) + QString(5 - filled, QChar(0x2606));
}

RatingDialog::RatingDialog(RatingRepository repository, TicketId ticket, const QString& enteredBy,
                           const std::optional<TicketRating>& current, QWidget* parent)
    : QDialog(parent)
    , m_repository(std::move(repository))
    , m_ticket(ticket)
    , m_enteredBy(enteredBy)
{
    setObjectName(QStringLiteral("ratingDialog"));
    setWindowTitle(current ? tr("Change the rating of #%1").arg(ticket)
                           : tr("Rate ticket #%1").arg(ticket));

    auto* intro = new QLabel(tr("What the customer said about the solution of #%1. Only the "
                                "overall score is required.")
                                 .arg(ticket),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    m_score = addScoreCombo(QStringLiteral("ratingScore"), tr("Overall score"),
                            current ? std::optional<int>(current->score) : std::nullopt);
    form->addRow(tr("&Overall score:"), m_score);
    const struct
    {
        Criterion criterion;
        const char* objectName;
        QString label;
        QString accessibleName;
        std::optional<int> value;
    } criteria[] = {
        {Reaction, "ratingReaction", tr("&Reaction time:"), tr("Reaction time"),
         current ? current->reaction : std::nullopt},
        {Quality, "ratingQuality", tr("&Quality of service:"), tr("Quality of service"),
         current ? current->quality : std::nullopt},
        {Effectiveness, "ratingEffectiveness", tr("&Effectiveness of the solution:"),
         tr("Effectiveness of the solution"), current ? current->effectiveness : std::nullopt},
        {Communication, "ratingCommunication", tr("Co&mmunication:"), tr("Communication"),
         current ? current->communication : std::nullopt},
    };
    for (const auto& row : criteria) {
        QComboBox* combo =
            addScoreCombo(QLatin1String(row.objectName), row.accessibleName, row.value);
        m_criteria[row.criterion] = combo;
        form->addRow(row.label, combo);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("ratingComment"));
    m_comment->setAccessibleName(tr("Customer's comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("The customer's own words (optional)"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    if (current)
        m_comment->setPlainText(current->comment);
    form->addRow(tr("C&omment:"), m_comment);

    m_error = new FieldMessage(this);
    m_error->setObjectName(QStringLiteral("ratingError"));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("ratingSave"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Accepting goes through save(): the dialog closes only once stored.
    connect(buttons, &QDialogButtonBox::accepted, this, &RatingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_score, &QComboBox::currentIndexChanged, this, &RatingDialog::updateSaveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateSaveButton();
    m_score->setFocus();
}

QComboBox* RatingDialog::addScoreCombo(const QString& objectName, const QString& accessibleName,
                                       const std::optional<int>& value)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(QStringLiteral("\u2014"));
    combo->setItemData(0, tr("not given"), Qt::AccessibleTextRole);
    for (int score = 1; score <= 5; ++score) {
        combo->addItem(QStringLiteral("%1  %2").arg(stars(score)).arg(score), score);
        combo->setItemData(score, tr("%1 out of 5").arg(score), Qt::AccessibleTextRole);
    }
    combo->setCurrentIndex(value ? qBound(0, *value, 5) : 0);
    return combo;
}

void RatingDialog::updateSaveButton()
{
    const bool chosen = comboValue(m_score).has_value();
    m_save->setEnabled(chosen);
    m_save->setToolTip(chosen ? QString() : tr("Choose the overall score first"));
}

TicketRating RatingDialog::rating() const
{
    TicketRating rating;
    rating.ticket = m_ticket;
    rating.score = comboValue(m_score).value_or(0);
    rating.reaction = comboValue(m_criteria[Reaction]);
    rating.quality = comboValue(m_criteria[Quality]);
    rating.effectiveness = comboValue(m_criteria[Effectiveness]);
    rating.communication = comboValue(m_criteria[Communication]);
    rating.comment = m_comment->toPlainText().trimmed();
    rating.source = QStringLiteral("operator");
    rating.enteredBy = m_enteredBy;
    return rating;
}

QString RatingDialog::errorText() const
{
    return m_error->message();
}

bool RatingDialog::save()
{
    if (!m_save->isEnabled())
        return false;
    if (Status saved = m_repository.rate(rating()); !saved) {
        m_error->showMessage(
            tr("Not saved. %1").arg(FieldMessage::sentence(saved.error().message)));
        return false;
    }
    m_error->showMessage({});
    accept();
    return true;
}

} // namespace Switchboard
