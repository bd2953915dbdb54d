// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace Switchboard {

// Every message box of the app goes through here, so GUI tests can answer
// the next box in advance instead of blocking on a modal dialog.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    // text: what happened; informative: what to do; details: behind "Show Details...".
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           const QString& informative = {}, const QString& details = {});
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              const QString& informative = {});
    static void about(QWidget* parent, const QString& title, const QString& text);
    // Asks before something that cannot be undone; Yes or Cancel, Cancel the default.
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           const QString& informative = {});

    // Test hook: the next box is not shown and returns `answer` at once.
    static void setNextAnswer(Button answer);
    // Test hook: the text of the last box asked for, shown or pre-answered.
    static QString lastText();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text, const QString& informative, const QString& details,
                       QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                       Button defaultButton = QMessageBox::NoButton);

    static std::optional<Button> s_nextAnswer;
    static QString s_lastText;
};

} // namespace Switchboard
