// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "sla/slaservice.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QSystemTrayIcon;

namespace Switchboard {

// Turns SLA crossings into desktop notifications for the person at this
// desk, and counts the breaches they have not seen yet for the status bar.
// An agent hears about warnings and breaches of their own tickets; a team
// lead also about breaches of any ticket in their groups; goals are never
// worth an interruption. What piled up while the app was closed arrives as
// one summary, and a burst while it runs is merged, so the tray never
// floods. Works without a tray (offscreen, no system tray): it then only
// counts and records what it would have shown. Does not own the tray icon.
//
// Feed it from SlaMonitor::crossed() and SlaMonitor::caughtUp(), connected
// before SlaMonitor::start(): crossings are held back until caughtUp().
class SlaNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        QString title;
        QString text;
        TicketId ticketId = 0; // what a click opens; 0: nothing
    };

    explicit SlaNotifier(QSystemTrayIcon* tray, QObject* parent = nullptr);
    SlaNotifier(QSystemTrayIcon* tray, const Clock& clock, QObject* parent = nullptr);

    void setCurrentAgent(AgentId agent) { m_agent = agent; }
    AgentId currentAgent() const { return m_agent; }
    // Groups whose breaches this user hears about as their lead.
    void setLeadGroups(const QList<GroupId>& groups) { m_leadGroups = groups; }
    QList<GroupId> leadGroups() const { return m_leadGroups; }

    // No balloons until then; counting goes on, so the status bar still
    // carries breaches. Kept in the settings, so a restart stays quiet too.
    void muteFor(qint64 ms);
    void unmute();
    bool isMuted() const;
    std::optional<qint64> mutedUntil() const;

    int unseenBreaches() const { return m_unseen; }
    void markSeen();

    // The last message shown, or that would have been shown without a tray.
    const Notification& lastMessage() const { return m_last; }

    // The least time between two balloons; what arrives in between is merged.
    static constexpr qint64 kThrottleMs = 5000;

public slots:
    void onCrossed(const Switchboard::PendingSlaCrossing& crossing);
    void onCaughtUp(int reportedAtStart);
    // Shows what the throttle has held back, at once. Its timer calls it.
    void flush();
    // The user clicked the message: open its ticket.
    void openLastMessage();

signals:
    void ticketActivated(Switchboard::TicketId id);
    void unseenChanged(int count);
    // A message was shown, or would have been without a tray.
    void notified(const QString& title, const QString& text);

private:
    enum class Audience
    {
        None,
        Lead, // a breach in one of the lead's groups
        Mine, // the user's own ticket
    };
    Audience audienceOf(const PendingSlaCrossing& crossing) const;
    // Counts a breach as unseen and says whether the user hears of it.
    bool take(const PendingSlaCrossing& crossing);
    void showSummary(const QList<PendingSlaCrossing>& crossings);
    void showMerged(const QList<PendingSlaCrossing>& crossings);
    void show(const Notification& notification, SlaState state);

    const Clock& m_clock;
    QPointer<QSystemTrayIcon> m_tray;
    QTimer m_throttle;
    AgentId m_agent = 0;
    QList<GroupId> m_leadGroups;
    std::optional<qint64> m_muteUntil;
    bool m_caughtUp = false;
    QList<PendingSlaCrossing> m_atStart; // before caughtUp(), unfiltered
    QList<PendingSlaCrossing> m_held;    // relevant, waiting for the throttle
    std::optional<qint64> m_lastShownAt;
    int m_unseen = 0;
    Notification m_last;
};

} // namespace Switchboard
