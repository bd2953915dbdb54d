// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Switchboard {

// The line under a settings field that says what is wrong with it. Shows a
// warning sign and the text in the warning colour (never colour alone) and
// hides itself when there is nothing to say, so valid forms stay quiet.
// It wraps by default; in a QFormLayout row, turn wrapping off: the form
// reserves room for a second line a wrapped label never needs there.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);

    // Empty text hides the message.
    void showMessage(const QString& text);
    QString message() const { return m_message; }
    bool hasMessage() const { return !m_message.isEmpty(); }

    // A core error fragment ("the limit must ...") as a sentence: capital
    // first letter, closing full stop where the script uses one.
    static QString sentence(const QString& fragment);

    // Vermilion of the Okabe-Ito palette, lightened on dark backgrounds.
    static QColor warningColor(const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColor();

    QString m_message;
};

} // namespace Switchboard
