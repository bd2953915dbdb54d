// SPDX-License-Identifier: MIT
#include "messagebox.h"

namespace Switchboard {

std::optional<MessageBox::Button> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& informative, const QString& details)
{
    return show(parent, QMessageBox::Critical, title, text, informative, details);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text, const QString& informative)
{
    return show(parent, QMessageBox::Information, title, text, informative, {});
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::NoIcon, title, text, {}, {});
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        const QString& informative)
{
    return show(parent, QMessageBox::Question, title, text, informative, {},
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, const QString& informative,
                                    const QString& details, QMessageBox::StandardButtons buttons,
                                    Button defaultButton)
{
    s_lastText = informative.isEmpty() ? text : text + QLatin1Char('\n') + informative;
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setInformativeText(informative);
    if (!details.isEmpty())
        box.setDetailedText(details);
    if (icon == QMessageBox::NoIcon && parent)
        box.setIconPixmap(parent->windowIcon().pixmap(64, 64));
    return static_cast<Button>(box.exec());
}

} // namespace Switchboard
