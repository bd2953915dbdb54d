// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Switchboard {

// Paints a knowledge result as a mail client paints a message: the title and
// the date on the first line, then the language mark and two lines of the
// snippet with the matched words in bold (or the row's detail line). Every
// row has the same height, so the list can use uniform item sizes.
class KbResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit KbResultDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // Draws up to `maxLines` lines of marked text into `rect`, ending with an
    // ellipsis when the text goes on.
    void drawSnippet(QPainter* painter, const QRect& rect, const QFont& font, const QString& marked,
                     int maxLines) const;
};

} // namespace Switchboard
