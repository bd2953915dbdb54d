// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "slaservice.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>
#include <queue>
#include <vector>

namespace Switchboard {

// Tells the console when an open ticket's SLA crosses a goal, a warning step
// or a limit, each crossing exactly once, also across restarts: what
// happened while the app was closed is reported once after start(). It keeps
// only a window of upcoming crossing instants in a min-heap and one timer
// armed for the earliest, so start-up costs a few indexed queries however
// many tickets are open. SlaService owns the storage (what is pending, what
// was reported); the monitor never touches the database itself. The service
// must outlive the monitor; both live on the thread that owns the monitor.
class SlaMonitor : public QObject
{
    Q_OBJECT

public:
    SlaMonitor(const SlaService* service, const Clock& clock, QObject* parent = nullptr);

    // Reports what happened while nobody watched and starts watching. Up to
    // one batch of crossings is reported before start() returns; a longer
    // backlog (a weekend away) goes on one batch per event-loop turn, so the
    // window stays responsive. caughtUp() marks the end. A second call does
    // nothing.
    void start();
    bool isRunning() const { return m_running; }

    // The clock instant the timer is armed for; null before start().
    std::optional<qint64> nextWakeAt() const { return m_wakeAt; }
    // The earliest unreported crossing the monitor knows of; null when none.
    std::optional<qint64> nextCrossingAt() const;

    // Never sleeps longer than this: timers run on the monotonic clock, which
    // stands still while the machine sleeps, and the wall clock may jump.
    static constexpr qint64 kRecheckMs = 5 * 60 * 1000;
    // Crossings reported per round. Recording one costs a write, so a
    // backlog is split into rounds the event loop can breathe between.
    static constexpr int kBatch = 100;

public slots:
    // Reports what is due by the clock now (one batch). The timer calls it;
    // tests call it after moving a fake clock.
    void checkNow();
    // Call after tickets, policies or calendars changed: deadlines may have
    // moved, so the window of upcoming crossings is loaded again.
    void refresh();

signals:
    void crossed(const Switchboard::PendingSlaCrossing& crossing);
    // Once the crossings that happened while the app was closed have all
    // been emitted through crossed(), so the UI can show them as one
    // "N SLA crossings while you were away" notification. Also for 0.
    void caughtUp(int reportedAtStart);

private:
    // One round: report a batch of what is due; once nothing more is due,
    // drop the passed instants from the heap and reload the window when
    // asked or when it has run out. Then re-arm.
    void check(bool reload);
    void reportDue(qint64 nowMs);
    void loadWindow(qint64 nowMs);
    void lookBeyondWindow();
    void arm(qint64 nowMs);

    const SlaService* m_service;
    const Clock& m_clock;
    QTimer m_timer;
    // Crossing instants; several per ticket, duplicates allowed.
    std::priority_queue<qint64, std::vector<qint64>, std::greater<>> m_upcoming;
    qint64 m_windowEnd = 0;               // every unreported crossing up to here is in m_upcoming
    std::optional<qint64> m_beyondWindow; // the first one after it, once m_upcoming ran dry
    bool m_beyondKnown = false;
    std::optional<qint64> m_wakeAt;
    bool m_running = false;
    bool m_catchingUp = false; // between start() and caughtUp()
    int m_caughtUp = 0;
    bool m_moreDue = false;       // the last batch was full
    bool m_retry = false;         // reading or recording failed; try again soon
    bool m_reloadPending = false; // refresh() asked while a backlog was drained
    bool m_checking = false;      // a slot connected to crossed() may call back into us
    bool m_checkAgain = false;
};

} // namespace Switchboard
