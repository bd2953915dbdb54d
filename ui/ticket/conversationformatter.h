// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/ticket.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace Switchboard {

// Renders a conversation, oldest first, as the rich text a QTextBrowser shows.
// Customer messages, replies, internal notes and system messages differ by a
// text label and by shape, and only then by a tint taken from the palette, so
// light and dark themes both work and colour is never the only cue.
class ConversationFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ConversationFormatter)

public:
    ConversationFormatter(QPalette palette, QLocale locale);

    QString toHtml(const QList<Message>& messages) const;

private:
    QString messageHtml(const Message& message) const;
    QString timeText(qint64 utcMs) const;

    QPalette m_palette;
    QLocale m_locale;
};

} // namespace Switchboard
