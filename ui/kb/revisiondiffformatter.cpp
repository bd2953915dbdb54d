// SPDX-License-Identifier: MIT
#include "revisiondiffformatter.h"

#include <QLocale>

namespace Switchboard {
namespace {

const QColor kInserted(0x00, 0x9E, 0x73); // Okabe–Ito bluish green
const QColor kRemoved(0xD5, 0x5E, 0x00);  // Okabe–Ito vermilion

QColor mix(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

} // namespace

RevisionDiffFormatter::RevisionDiffFormatter(const QPalette& palette, int contextLines)
    : m_palette(palette)
    , m_contextLines(contextLines)
{}

QString RevisionDiffFormatter::row(const QString& sign, const QString& text,
                                   const QColor& background, const QColor& signColor) const
{
    // One paragraph per line, the sign inside it: copying the diff, or
    // reading it aloud, keeps "+ text" together.
    const QString fill = background.isValid()
                             ? QStringLiteral(" background-color:%1;").arg(background.name())
                             : QString();
    return QStringLiteral("<p style=\"margin:0;%1 white-space:pre-wrap;\"><span style=\"color:%2; "
                          "font-weight:bold;\">%3 </span>%4</p>")
        .arg(fill, signColor.name(), sign.isEmpty() ? QStringLiteral(" ") : sign,
             text.toHtmlEscaped());
}

QString RevisionDiffFormatter::toHtml(const QList<RevisionDiff::Hunk>& hunks) const
{
    using Kind = RevisionDiff::Kind;
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor quiet = m_palette.color(QPalette::PlaceholderText);
    const QColor insertedFill = mix(base, kInserted, 0.18);
    const QColor removedFill = mix(base, kRemoved, 0.18);

    bool changed = false;
    for (const RevisionDiff::Hunk& hunk : hunks)
        changed = changed || hunk.kind != Kind::Equal;
    if (!changed)
        return QStringLiteral("<p style=\"color:%1;\">%2</p>")
            .arg(quiet.name(), tr("The texts are the same.").toHtmlEscaped());

    QString html = QStringLiteral("<div style=\"font-family:monospace;\">");
    auto folded = [&](qsizetype count) {
        html += QStringLiteral("<p style=\"margin:4px 0; color:%1;\">%2</p>")
                    .arg(quiet.name(),
                         tr("… %Ln unchanged line(s) …", nullptr, int(count)).toHtmlEscaped());
    };
    for (qsizetype h = 0; h < hunks.size(); ++h) {
        const RevisionDiff::Hunk& hunk = hunks.at(h);
        if (hunk.kind == Kind::Inserted) {
            for (const QString& line : hunk.lines)
                html += row(QStringLiteral("+"), line, insertedFill, kInserted);
            continue;
        }
        if (hunk.kind == Kind::Removed) {
            for (const QString& line : hunk.lines)
                html += row(QStringLiteral("-"), line, removedFill, kRemoved);
            continue;
        }
        // Unchanged lines: a few next to each change, the rest folded.
        const qsizetype size = hunk.lines.size();
        const qsizetype head = h > 0 ? std::min<qsizetype>(m_contextLines, size) : 0;
        const qsizetype tail =
            h + 1 < hunks.size() ? std::min<qsizetype>(m_contextLines, size - head) : 0;
        for (qsizetype i = 0; i < head; ++i)
            html += row(QString(), hunk.lines.at(i), QColor(), text);
        if (size - head - tail > 0)
            folded(size - head - tail);
        for (qsizetype i = size - tail; i < size; ++i)
            html += row(QString(), hunk.lines.at(i), QColor(), text);
    }
    html += QStringLiteral("</div>");
    return html;
}

QString RevisionDiffFormatter::summary(const QList<RevisionDiff::Hunk>& hunks)
{
    int added = 0;
    int removed = 0;
    for (const RevisionDiff::Hunk& hunk : hunks) {
        if (hunk.kind == RevisionDiff::Kind::Inserted)
            added += int(hunk.lines.size());
        else if (hunk.kind == RevisionDiff::Kind::Removed)
            removed += int(hunk.lines.size());
    }
    if (added == 0 && removed == 0)
        return tr("No changes");
    return tr("%Ln line(s) added", nullptr, added) + QStringLiteral(", ") +
           tr("%Ln line(s) removed", nullptr, removed);
}

} // namespace Switchboard
