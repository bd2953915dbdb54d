// SPDX-License-Identifier: MIT
#include "replyeditor.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace Switchboard {

ReplyEditor::ReplyEditor(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Reply editor"));
    m_replyMode = new QToolButton(this);
    m_replyMode->setObjectName(QStringLiteral("replyMode"));
    m_replyMode->setText(tr("Reply"));
    m_replyMode->setCheckable(true);
    m_replyMode->setChecked(true);
    m_replyMode->setToolTip(tr("A public reply the customer receives"));
    m_noteMode = new QToolButton(this);
    m_noteMode->setObjectName(QStringLiteral("noteMode"));
    m_noteMode->setText(tr("Internal note"));
    m_noteMode->setCheckable(true);
    m_noteMode->setToolTip(tr("Only colleagues see it (Ctrl+Shift+N)"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_replyMode);
    modes->addButton(m_noteMode);
    connect(m_replyMode, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setInternal(false);
    });
    connect(m_noteMode, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setInternal(true);
    });

    m_templateButton = new QToolButton(this);
    m_templateButton->setObjectName(QStringLiteral("templateButton"));
    m_templateButton->setText(tr("Template…"));
    m_templateButton->setToolTip(
        tr("Insert a reply template (Ctrl+T, or / at the start of a line)"));
    connect(m_templateButton, &QToolButton::clicked, this, &ReplyEditor::templateRequested);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("replyEdit"));
    m_edit->setAccessibleName(tr("Reply text"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    m_sendButton = new QToolButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_sendButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* sendMenu = new QMenu(m_sendButton);
    sendMenu->addAction(tr("Send and set pending"), this, [this] { send(TicketStatus::Pending); });
    sendMenu->addAction(tr("Send and set on hold"), this, [this] { send(TicketStatus::OnHold); });
    sendMenu->addAction(tr("Send and resolve"), this, [this] { send(TicketStatus::Resolved); });
    m_sendButton->setMenu(sendMenu);
    connect(m_sendButton, &QToolButton::clicked, this, [this] { send(std::nullopt); });

    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_unavailable->setForegroundRole(QPalette::PlaceholderText);
    m_unavailable->hide();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_replyMode);
    top->addWidget(m_noteMode);
    top->addStretch(1);
    top->addWidget(m_templateButton);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_unavailable, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_sendButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    layout->addLayout(bottom);

    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, [this] { send(std::nullopt); });
    auto* sendEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    sendEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendEnter, &QShortcut::activated, this, [this] { send(std::nullopt); });
    auto* pending = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    pending->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pending, &QShortcut::activated, this, [this] { send(TicketStatus::Pending); });
    auto* note = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    note->setContext(Qt::WidgetWithChildrenShortcut);
    connect(note, &QShortcut::activated, this, [this] { setInternal(!m_internal); });
    auto* pick = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    pick->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pick, &QShortcut::activated, this, &ReplyEditor::templateRequested);

    m_draftDelay.setSingleShot(true);
    m_draftDelay.setInterval(600);
    connect(&m_draftDelay, &QTimer::timeout, this,
            [this] { emit draftChanged(text(), m_internal); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingDraft)
            m_draftDelay.start();
    });
    updateMode();
}

QString ReplyEditor::text() const
{
    return m_edit->toPlainText();
}

void ReplyEditor::setInternal(bool internal)
{
    if (m_internal == internal && m_noteMode->isChecked() == internal)
        return;
    m_internal = internal;
    updateMode();
    if (!m_settingDraft)
        emit draftChanged(text(), m_internal);
}

void ReplyEditor::updateMode()
{
    m_noteMode->setChecked(m_internal);
    m_replyMode->setChecked(!m_internal);
    m_sendButton->setText(m_internal ? tr("Add note") : tr("Send"));
    m_sendButton->setToolTip(m_internal ? tr("Add the internal note (Ctrl+Enter)")
                                        : tr("Send the reply (Ctrl+Enter); the arrow sends and "
                                             "sets a status (Ctrl+Shift+Enter: pending)"));
    m_edit->setPlaceholderText(
        m_internal ? tr("Internal note for colleagues…")
                   : tr("Write a reply… Ctrl+Enter sends; / at the start of a line inserts a "
                        "template"));
    // A note must never be mistaken for a reply: it gets the tooltip-yellow base.
    QPalette palette = m_edit->palette();
    palette.setColor(QPalette::Base, m_internal ? QColor(0xff, 0xf8, 0xdc)
                                                : QWidget::palette().color(QPalette::Base));
    m_edit->setPalette(palette);
}

void ReplyEditor::setDraft(const QString& body, bool internal)
{
    m_settingDraft = true;
    m_draftDelay.stop();
    m_edit->setPlainText(body);
    m_edit->moveCursor(QTextCursor::End);
    m_internal = internal;
    updateMode();
    m_settingDraft = false;
}

void ReplyEditor::clear()
{
    setDraft(QString(), false);
}

void ReplyEditor::insertText(const QString& text)
{
    QTextCursor cursor = m_edit->textCursor();
    if (m_slashPending && cursor.positionInBlock() > 0 &&
        cursor.block().text().at(cursor.positionInBlock() - 1) == QLatin1Char('/')) {
        cursor.deletePreviousChar();
    }
    m_slashPending = false;
    cursor.insertText(text);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ReplyEditor::setUnavailableReason(const QString& reason)
{
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
    m_sendButton->setEnabled(reason.isEmpty());
}

bool ReplyEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // The same keys as the shortcuts, for when the window is not active
        // (shortcuts only fire in the active window) or another widget's
        // shortcut would shadow them.
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && mods == Qt::ControlModifier) {
            send(std::nullopt);
            return true;
        }
        if (enter && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            send(TicketStatus::Pending);
            return true;
        }
        if (key->key() == Qt::Key_N && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            setInternal(!m_internal);
            return true;
        }
        if (key->key() == Qt::Key_T && mods == Qt::ControlModifier) {
            emit templateRequested();
            return true;
        }
        // "/" at the start of a line opens the template picker; the slash is
        // typed first so it stays if the picker is closed without a choice.
        if (key->text() == QLatin1String("/") && m_edit->textCursor().positionInBlock() == 0) {
            m_edit->textCursor().insertText(QStringLiteral("/"));
            m_slashPending = true;
            emit templateRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyEditor::send(std::optional<TicketStatus> thenStatus)
{
    if (!m_sendButton->isEnabled() || text().trimmed().isEmpty())
        return;
    m_draftDelay.stop();
    emit sendRequested(text(), m_internal, thenStatus);
}

} // namespace Switchboard
