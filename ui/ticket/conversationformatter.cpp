// SPDX-License-Identifier: MIT
#include "conversationformatter.h"

#include <QDateTime>

namespace Switchboard {
namespace {

QColor mix(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}

QString bodyHtml(const QString& body)
{
    return QStringLiteral("<div style=\"white-space:pre-wrap\">%1</div>")
        .arg(body.trimmed().toHtmlEscaped());
}

} // namespace

ConversationFormatter::ConversationFormatter(QPalette palette, QLocale locale)
    : m_palette(std::move(palette))
    , m_locale(std::move(locale))
{}

QString ConversationFormatter::toHtml(const QList<Message>& messages) const
{
    QString html = QStringLiteral("<html><body>");
    if (messages.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(m_palette.color(QPalette::PlaceholderText).name(),
                         tr("This ticket has no messages yet.").toHtmlEscaped());
    }
    for (const Message& message : messages)
        html += messageHtml(message);
    html += QStringLiteral("</body></html>");
    return html;
}

QString ConversationFormatter::messageHtml(const Message& message) const
{
    const QString muted = m_palette.color(QPalette::PlaceholderText).name();
    const QString time = timeText(message.createdAt).toHtmlEscaped();

    if (message.kind == MessageKind::System) {
        // Events, not speech: one quiet centred line without a box.
        return QStringLiteral("<p align=\"center\" style=\"color:%1; font-size:small\">"
                              "<i>%2</i> &middot; %3</p>")
            .arg(muted, message.body.trimmed().toHtmlEscaped(), time);
    }

    QString author = message.authorName.isEmpty() ? message.author : message.authorName;
    if (author.isEmpty())
        author = message.kind == MessageKind::Customer ? tr("Customer") : tr("Agent");
    const QColor base = m_palette.color(QPalette::Base);
    QColor background;
    QString label;
    switch (message.kind) {
    case MessageKind::Customer:
        background = mix(base, m_palette.color(QPalette::Text), 0.05);
        label = tr("Customer");
        break;
    case MessageKind::Reply:
        background = mix(base, QColor(0x00, 0x72, 0xB2), 0.12); // Okabe–Ito blue
        label = tr("Reply");
        break;
    case MessageKind::Note:
        background = mix(base, QColor(0xE6, 0x9F, 0x00), 0.25); // Okabe–Ito orange
        label = tr("Internal note");
        break;
    case MessageKind::System:
        break;
    }
    const QString labelHtml = message.kind == MessageKind::Note
                                  ? QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped())
                                  : label.toHtmlEscaped();
    const QString authorTip =
        message.author.isEmpty() || message.author == author
            ? QString()
            : QStringLiteral(" title=\"%1\"").arg(message.author.toHtmlEscaped());
    // A note is framed as well as tinted: it must never be mistaken for a reply.
    const QString frame = message.kind == MessageKind::Note
                              ? QStringLiteral(" border=\"1\" style=\"margin-bottom:8px; "
                                               "border-style:dashed; border-color:%1\"")
                                    .arg(QColor(0xE6, 0x9F, 0x00).name())
                              : QStringLiteral(" style=\"margin-bottom:8px\"");
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"%1\"%2>"
               "<tr><td><span%3><b>%4</b></span>"
               "<span style=\"color:%5\"> &middot; %6 &middot; %7</span>%8</td></tr></table>")
        .arg(background.name(), frame, authorTip, author.toHtmlEscaped(), muted, labelHtml, time,
             bodyHtml(message.body));
}

QString ConversationFormatter::timeText(qint64 utcMs) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
                             QLocale::ShortFormat);
}

} // namespace Switchboard
