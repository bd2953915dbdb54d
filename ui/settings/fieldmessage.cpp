// SPDX-License-Identifier: MIT
#include "fieldmessage.h"

#include <QEvent>

namespace Switchboard {

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColor();
    hide();
}

void FieldMessage::showMessage(const QString& text)
{
    if (text == m_message)
        return;
    m_message = text;
    setText(text.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + text);
    setVisible(!text.isEmpty());
}

QString FieldMessage::sentence(const QString& fragment)
{
    QString text = fragment.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    const QChar last = text.back();
    const bool alphabetic =
        last.script() == QChar::Script_Latin || last.script() == QChar::Script_Cyrillic;
    if (last.isLetterOrNumber() && alphabetic)
        text.append(QLatin1Char('.'));
    else if (last == QLatin1Char('"') || last == QChar(0x201d) || last == QChar(0xbb))
        text.append(QLatin1Char('.'));
    return text;
}

QColor FieldMessage::warningColor(const QPalette& palette)
{
    const QColor vermilion(0xd5, 0x5e, 0x00);
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? vermilion.lighter(140) : vermilion;
}

void FieldMessage::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColor();
}

void FieldMessage::applyColor()
{
    QPalette p = palette();
    const QColor color = warningColor(p);
    if (p.color(QPalette::WindowText) == color)
        return;
    p.setColor(QPalette::WindowText, color);
    setPalette(p);
}

} // namespace Switchboard
