// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/ticket.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Switchboard {

// Where the operator writes: a public reply or an internal note, sent with
// Ctrl+Enter (Ctrl+Shift+Enter: send and set pending), with a menu of "send
// and set status". It keeps no state of its own beyond the text: the pane
// saves the draft on draftChanged() and restores it with setDraft().
class ReplyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyEditor(QWidget* parent = nullptr);

    QString text() const;
    bool isInternal() const { return m_internal; }
    void setInternal(bool internal);
    // Replaces the text without emitting draftChanged().
    void setDraft(const QString& body, bool internal);
    void clear();
    // Inserts at the cursor; a "/" typed to open the template picker is replaced.
    void insertText(const QString& text);
    QPlainTextEdit* textEdit() const { return m_edit; }
    // Shown instead of sending when there is no agent to write as.
    void setUnavailableReason(const QString& reason);

signals:
    void sendRequested(const QString& body, bool internal,
                       std::optional<Switchboard::TicketStatus> thenStatus);
    // Debounced while typing, immediate on mode change.
    void draftChanged(const QString& body, bool internal);
    void templateRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void send(std::optional<TicketStatus> thenStatus);
    void updateMode();

    QPlainTextEdit* m_edit = nullptr;
    QToolButton* m_replyMode = nullptr;
    QToolButton* m_noteMode = nullptr;
    QToolButton* m_templateButton = nullptr;
    QToolButton* m_sendButton = nullptr;
    QLabel* m_unavailable = nullptr;
    QTimer m_draftDelay;
    bool m_internal = false;
    bool m_slashPending = false;
    bool m_settingDraft = false;
};

} // namespace Switchboard
