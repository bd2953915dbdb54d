// SPDX-License-Identifier: MIT
#include "kbresultdelegate.h"

#include "kbqueryworker.h"
#include "kbresultmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Switchboard {
namespace {

constexpr int kHorizontalPadding = 10;
constexpr int kVerticalPadding = 6;
constexpr int kLineGap = 3;
constexpr int kSnippetLines = 2;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont markFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.78);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

KbResultDelegate::KbResultDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QSize KbResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics body(option.font);
    return {option.rect.width() > 0 ? option.rect.width() : 320,
            2 * kVerticalPadding + title.height() + kLineGap + kSnippetLines * body.lineSpacing()};
}

void KbResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The style draws the background, the selection and the focus frame, so
    // the list looks native in every theme.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = opt.palette.color(group, QPalette::PlaceholderText);
    if (selected) {
        quiet = text;
        quiet.setAlphaF(0.75);
    }

    painter->save();
    const QRect area = opt.rect.adjusted(kHorizontalPadding, kVerticalPadding, -kHorizontalPadding,
                                         -kVerticalPadding);

    // First line: title, and the date at the right edge.
    const QFont headFont = titleFont(opt.font);
    const QFontMetrics head(headFont);
    const QString date = index.data(KbResultModel::DateRole).toString();
    int dateWidth = 0;
    if (!date.isEmpty()) {
        painter->setFont(opt.font);
        painter->setPen(quiet);
        dateWidth = QFontMetrics(opt.font).horizontalAdvance(date);
        painter->drawText(QRect(area.right() - dateWidth, area.top(), dateWidth, head.height()),
                          Qt::AlignRight | Qt::AlignVCenter, date);
    }
    painter->setFont(headFont);
    painter->setPen(text);
    const int titleWidth = area.width() - (dateWidth > 0 ? dateWidth + 12 : 0);
    painter->drawText(QRect(area.left(), area.top(), titleWidth, head.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      head.elidedText(title, Qt::ElideRight, titleWidth));

    // Below: the language mark, then the snippet or the detail line.
    const QFontMetrics body(opt.font);
    const int top = area.top() + head.height() + kLineGap;
    int left = area.left();
    const QString mark = index.data(KbResultModel::LanguageMarkRole).toString();
    if (!mark.isEmpty()) {
        const QFont small = markFont(opt.font);
        const QFontMetrics smallMetrics(small);
        const int markHeight = smallMetrics.height() + 2;
        const QRect markRect(left, top + (body.height() - markHeight) / 2,
                             smallMetrics.horizontalAdvance(QStringLiteral("WW")) + 8, markHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(quiet, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(markRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(small);
        painter->drawText(markRect, Qt::AlignCenter, mark);
        left = markRect.right() + 8;
    }
    const QRect lines(left, top, area.right() - left, kSnippetLines * body.lineSpacing());
    const QString snippet = index.data(KbResultModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        painter->setPen(text);
        drawSnippet(painter, lines, opt.font, snippet, kSnippetLines);
    } else {
        painter->setFont(opt.font);
        painter->setPen(quiet);
        const QString detail = index.data(KbResultModel::DetailRole).toString();
        painter->drawText(QRect(lines.left(), lines.top(), lines.width(), body.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          body.elidedText(detail, Qt::ElideRight, lines.width()));
    }
    painter->restore();
}

void KbResultDelegate::drawSnippet(QPainter* painter, const QRect& rect, const QFont& font,
                                   const QString& marked, int maxLines) const
{
    // The marks become bold ranges of the plain text.
    QString plain;
    QList<QTextLayout::FormatRange> bold;
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == KbQueryWorker::kHighlightOpen) {
            start = plain.size();
        } else if (c == KbQueryWorker::kHighlightClose) {
            if (start >= 0 && plain.size() > start) {
                QTextLayout::FormatRange range;
                range.start = int(start);
                range.length = int(plain.size() - start);
                range.format.setFontWeight(QFont::Bold);
                bold.append(range);
            }
            start = -1;
        } else {
            plain.append(c);
        }
    }

    QTextLayout layout(plain, font);
    layout.setFormats(bold);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    const QString ellipsis = QStringLiteral("\u2026");
    const int ellipsisWidth = QFontMetrics(font).horizontalAdvance(ellipsis);
    bool cut = false;
    qreal y = 0;
    layout.beginLayout();
    for (int count = 0; count < maxLines; ++count) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (count == maxLines - 1 && line.textStart() + line.textLength() < plain.size()) {
            line.setLineWidth(rect.width() - ellipsisWidth);
            cut = true;
        }
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    layout.draw(painter, rect.topLeft());
    if (cut && layout.lineCount() > 0) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        painter->setFont(font);
        painter->drawText(
            QPointF(rect.left() + last.naturalTextWidth(), rect.top() + last.y() + last.ascent()),
            ellipsis);
    }
}

} // namespace Switchboard
