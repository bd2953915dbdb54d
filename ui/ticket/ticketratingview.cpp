// SPDX-License-Identifier: MIT
#include "ticketratingview.h"

#include "ratingdialog.h"
#include "tickets/ticketlifecycle.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

const QString kSeparator = QStringLiteral(" \u00b7 ");

QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TicketRatingView::TicketRatingView(DatabasePtr database, QWidget* parent)
    : TicketRatingView(std::move(database), Clock::system(), parent)
{}

TicketRatingView::TicketRatingView(DatabasePtr database, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ratings(std::move(database), clock)
{
    setObjectName(QStringLiteral("ticketRating"));
    setAccessibleName(tr("Customer rating"));

    auto* title = new QLabel(tr("Rating"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_rateButton = new QPushButton(tr("Enter &rating\u2026"), this);
    m_rateButton->setObjectName(QStringLiteral("rateButton"));
    connect(m_rateButton, &QPushButton::clicked, this, &TicketRatingView::openRatingDialog);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_rateButton);

    m_summary = plainLabel(this, QStringLiteral("ratingSummary"));
    m_comment = plainLabel(this, QStringLiteral("ratingCommentText"));
    m_comment->setAccessibleName(tr("Customer's comment"));
    QFont commentFont = m_comment->font();
    commentFont.setItalic(true);
    m_comment->setFont(commentFont);
    m_meta = plainLabel(this, QStringLiteral("ratingMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    QFont metaFont = m_meta->font();
    metaFont.setPointSizeF(metaFont.pointSizeF() * 0.9);
    m_meta->setFont(metaFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_comment);
    layout->addWidget(m_meta);
    clear();
}

QString TicketRatingView::summaryText(const TicketRating& rating)
{
    QStringList parts{QStringLiteral("%1 %2").arg(RatingDialog::stars(rating.score),
                                                  tr("%1/5").arg(rating.score))};
    const std::pair<const std::optional<int>&, QString> criteria[] = {
        {rating.reaction, tr("reaction %1")},
        {rating.quality, tr("quality %1")},
        {rating.effectiveness, tr("effectiveness %1")},
        {rating.communication, tr("communication %1")},
    };
    for (const auto& [value, text] : criteria) {
        if (value)
            parts << text.arg(*value);
    }
    return parts.join(kSeparator);
}

QString TicketRatingView::spokenText(const TicketRating& rating)
{
    QStringList criteria;
    const std::pair<const std::optional<int>&, QString> parts[] = {
        {rating.reaction, tr("reaction time %1")},
        {rating.quality, tr("quality of service %1")},
        {rating.effectiveness, tr("effectiveness of the solution %1")},
        {rating.communication, tr("communication %1")},
    };
    for (const auto& [value, text] : parts) {
        if (value)
            criteria << text.arg(*value);
    }
    const QString overall = tr("Rated %1 out of 5").arg(rating.score);
    return criteria.isEmpty() ? overall
                              : tr("%1; %2").arg(overall, criteria.join(QStringLiteral(", ")));
}

void TicketRatingView::showTicket(TicketId id, TicketStatus status)
{
    m_ticketId = id;
    m_status = status;
    m_rating.reset();
    auto read = m_ratings.rating(id);
    if (!read) {
        m_summary->setText(tr("The rating cannot be shown: %1").arg(read.error().toString()));
        m_summary->setAccessibleName(m_summary->text());
        m_summary->setToolTip(QString());
        m_comment->hide();
        m_meta->hide();
        updateButton();
        return;
    }
    m_rating = *read;
    fill();
}

void TicketRatingView::clear()
{
    m_ticketId = 0;
    m_rating.reset();
    fill();
}

void TicketRatingView::setCurrentAgent(const Agent& agent)
{
    m_agent = agent;
    updateButton();
}

bool TicketRatingView::canRate() const
{
    return m_ticketId > 0 && !m_agent.login.isEmpty() && !TicketLifecycle::isOpen(m_status);
}

void TicketRatingView::fill()
{
    if (!m_rating) {
        m_summary->setText(m_ticketId > 0 ? tr("Not rated yet") : QString());
        m_summary->setAccessibleName(m_summary->text());
        m_summary->setToolTip(QString());
        m_summary->setForegroundRole(QPalette::PlaceholderText);
        m_comment->hide();
        m_meta->hide();
        updateButton();
        return;
    }
    const TicketRating& rating = *m_rating;
    m_summary->setForegroundRole(QPalette::WindowText);
    m_summary->setText(summaryText(rating));
    m_summary->setAccessibleName(spokenText(rating));
    m_summary->setToolTip(spokenText(rating));

    m_comment->setText(tr("\u201c%1\u201d").arg(rating.comment));
    m_comment->setVisible(!rating.comment.isEmpty());

    QString origin;
    if (rating.source == QLatin1String("survey"))
        origin = tr("customer survey");
    else if (rating.source == QLatin1String("import"))
        origin = tr("imported");
    else
        origin = tr("entered by an operator");
    QStringList meta;
    if (!rating.enteredBy.isEmpty())
        meta << tr("Entered by %1").arg(rating.enteredBy);
    meta << QLocale().toString(QDateTime::fromMSecsSinceEpoch(rating.ratedAt).toLocalTime(),
                               QLocale::ShortFormat)
         << origin;
    m_meta->setText(meta.join(kSeparator));
    m_meta->show();
    updateButton();
}

void TicketRatingView::updateButton()
{
    m_rateButton->setText(m_rating ? tr("Change &rating\u2026") : tr("Enter &rating\u2026"));
    m_rateButton->setAccessibleName(m_rating ? tr("Change the rating") : tr("Enter a rating"));
    m_rateButton->setEnabled(canRate());
    if (m_ticketId <= 0)
        m_rateButton->setToolTip(QString());
    else if (m_agent.login.isEmpty())
        m_rateButton->setToolTip(tr("Read-only: no agent is signed in"));
    else if (TicketLifecycle::isOpen(m_status))
        m_rateButton->setToolTip(tr("A rating can be entered once the ticket is resolved"));
    else
        m_rateButton->setToolTip(tr("Enter what the customer said about the solution"));
}

RatingDialog* TicketRatingView::openRatingDialog()
{
    if (!canRate())
        return nullptr;
    if (m_dialog && m_dialog->ticketId() == m_ticketId) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new RatingDialog(m_ratings, m_ticketId, m_agent.login, m_rating, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The form stays bound to its ticket even if the pane moves on meanwhile.
    const TicketId id = m_ticketId;
    connect(dialog, &QDialog::accepted, this, [this, id] { ratingSaved(id); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void TicketRatingView::ratingSaved(TicketId id)
{
    if (id == m_ticketId)
        showTicket(m_ticketId, m_status);
    emit ratingChanged(id);
}

} // namespace Switchboard
