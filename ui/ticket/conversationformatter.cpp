// SPDX-License-Identifier: MIT
#include "conversationformatter.h"

#include <QDateTime>
#include <QTextDocument>

namespace Switchboard {
namespace {

QColor mix(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}

// Message bodies are Markdown (replies are written in it; plain e-mail reads
// the same). Raw HTML is never interpreted: a customer's mail must not be
// able to restyle the pane. A single line break stays a line break, as in
// the mail it came from, not a space as in strict Markdown.
QString bodyHtml(const QString& body)
{
    QString markdown;
    const QStringList lines = body.trimmed().split(QLatin1Char('\n'));
    bool fenced = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.trimmed().startsWith(QStringLiteral("```")))
            fenced = !fenced;
        const bool nextIsText = i + 1 < lines.size() && !lines.at(i + 1).trimmed().isEmpty();
        if (!fenced && !line.trimmed().isEmpty() && nextIsText && !line.endsWith(u'\\'))
            line += QStringLiteral("  ");
        // Angle brackets are text ("press <Enter>"), never tags.
        if (!fenced)
            line.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
        markdown += line + QLatin1Char('\n');
    }
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    QString html = document.toHtml();
    const qsizetype start = html.indexOf(QLatin1String("<body"));
    const qsizetype open = start < 0 ? -1 : html.indexOf(QLatin1Char('>'), start);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (open < 0 || end < open)
        return QStringLiteral("<div>%1</div>").arg(body.toHtmlEscaped());
    return QStringLiteral("<div>%1</div>").arg(html.mid(open + 1, end - open - 1));
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
