// SPDX-License-Identifier: MIT
#include "slamonitor.h"

#include "common/logging.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <chrono>

namespace Switchboard {
namespace {

// How far ahead the heap looks. An hour holds a handful of crossings per
// open ticket at most, and a reload costs two indexed queries.
constexpr qint64 kWindowMs = 60 * 60 * 1000;
constexpr int kWindowLimit = 1000;
// After a failed read or write (the database busy in another process) the
// next attempt comes soon rather than at the next crossing.
constexpr qint64 kRetryMs = 10 * 1000;

} // namespace

SlaMonitor::SlaMonitor(const SlaService* service, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
{
    qRegisterMetaType<Switchboard::PendingSlaCrossing>();
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % late: three minutes on an hour.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SlaMonitor::checkNow);
}

void SlaMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    m_catchingUp = true;
    check(true);
}

std::optional<qint64> SlaMonitor::nextCrossingAt() const
{
    if (!m_upcoming.empty())
        return m_upcoming.top();
    return m_beyondWindow;
}

void SlaMonitor::checkNow()
{
    check(false);
}

void SlaMonitor::refresh()
{
    check(true);
}

void SlaMonitor::check(bool reload)
{
    if (!m_running)
        return;
    m_reloadPending = m_reloadPending || reload;
    if (m_checking) {
        // Called from a slot connected to crossed(): finish the round we are
        // in, then go once more, rather than interleaving two rounds.
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    qint64 nowMs = 0;
    do {
        m_checkAgain = false;
        m_retry = false;
        nowMs = m_clock.nowMs();
        // What is due comes from the service, not from the heap: a crossing
        // that a recomputation removed since the heap was loaded (the ticket
        // was answered, the deadline moved) must not be reported, even if
        // nobody called refresh(). The heap only says when to look.
        reportDue(nowMs);
        if (m_moreDue)
            continue; // the window can wait until the backlog is done
        while (!m_upcoming.empty() && m_upcoming.top() <= nowMs)
            m_upcoming.pop();
        if (m_reloadPending || nowMs >= m_windowEnd)
            loadWindow(nowMs);
        if (m_upcoming.empty() && !m_beyondKnown && nowMs < m_windowEnd)
            lookBeyondWindow();
    } while (m_checkAgain);
    m_checking = false;
    arm(nowMs);
    if (m_catchingUp && !m_moreDue) {
        // Also after a failure: the UI should not wait for a database that
        // may stay locked; what is left comes as ordinary crossings later.
        m_catchingUp = false;
        emit caughtUp(std::exchange(m_caughtUp, 0));
    }
}

void SlaMonitor::reportDue(qint64 nowMs)
{
    m_moreDue = false;
    auto pending = m_service->pendingCrossings(nowMs, kBatch);
    if (!pending) {
        qCWarning(lcSla).noquote()
            << "cannot read pending SLA crossings:" << pending.error().toString();
        m_retry = true;
        return;
    }
    const QList<PendingSlaCrossing> batch = std::move(pending).value();

    // Recorded before they are emitted, so a slot that calls back into the
    // monitor cannot see them again, and a crossing whose record failed
    // waits for the next attempt instead of being shown twice.
    QList<TicketId> tickets;
    QHash<TicketId, QStringList> keys;
    for (const PendingSlaCrossing& pendingCrossing : batch) {
        QStringList& ticketKeys = keys[pendingCrossing.ticketId];
        if (ticketKeys.isEmpty())
            tickets.append(pendingCrossing.ticketId);
        ticketKeys.append(pendingCrossing.reportKey);
    }
    QSet<TicketId> unrecorded;
    for (TicketId ticket : std::as_const(tickets)) {
        if (auto marked = m_service->markReported(ticket, keys.value(ticket)); !marked) {
            qCWarning(lcSla).noquote()
                << "cannot record SLA crossings of ticket" << ticket << marked.error().toString();
            unrecorded.insert(ticket);
        }
    }
    // Set before emitting: a slot may call back into check().
    m_retry = m_retry || !unrecorded.isEmpty();
    m_moreDue = unrecorded.isEmpty() && batch.size() >= kBatch;

    for (const PendingSlaCrossing& pendingCrossing : batch) {
        if (unrecorded.contains(pendingCrossing.ticketId))
            continue;
        if (m_catchingUp)
            ++m_caughtUp;
        emit crossed(pendingCrossing);
    }
}

void SlaMonitor::loadWindow(qint64 nowMs)
{
    m_reloadPending = false;
    m_upcoming = {};
    m_beyondWindow.reset();
    m_beyondKnown = false;
    m_windowEnd = nowMs + kWindowMs;
    auto window = m_service->pendingCrossings(m_windowEnd, kWindowLimit);
    if (!window) {
        qCWarning(lcSla).noquote()
            << "cannot read upcoming SLA crossings:" << window.error().toString();
        m_windowEnd = nowMs; // load again at the retry
        m_retry = true;
        return;
    }
    std::vector<qint64> upcoming;
    upcoming.reserve(size_t(window->size()));
    for (const PendingSlaCrossing& pending : std::as_const(*window)) {
        if (pending.crossing.atMs > nowMs)
            upcoming.push_back(pending.crossing.atMs);
    }
    m_upcoming = decltype(m_upcoming)(std::greater<>(), std::move(upcoming));
    if (window->size() >= kWindowLimit) {
        // Cut off. The service reads tickets by their next crossing and
        // takes all of each, so a ticket it did not reach may have a
        // crossing earlier than the last one listed; only the latest of the
        // listed tickets' first crossings is a safe end. Crossings at that
        // very instant may be missing; the service reports them when due.
        QHash<TicketId, qint64> first;
        for (const PendingSlaCrossing& pending : std::as_const(*window)) {
            auto it = first.find(pending.ticketId);
            if (it == first.end())
                first.insert(pending.ticketId, pending.crossing.atMs);
            else
                *it = std::min(*it, pending.crossing.atMs);
        }
        m_windowEnd = *std::max_element(first.cbegin(), first.cend());
    }
}

void SlaMonitor::lookBeyondWindow()
{
    // Only asked once the window has run dry: then everything up to its end
    // has been reported, so every ticket's next unreported crossing lies
    // beyond it and the service's earliest one is the true next crossing.
    auto beyond = m_service->nextCrossingAfter(m_windowEnd);
    if (!beyond) {
        qCWarning(lcSla).noquote()
            << "cannot read the next SLA crossing:" << beyond.error().toString();
        m_retry = true;
        return;
    }
    m_beyondWindow = beyond.value();
    m_beyondKnown = true;
}

void SlaMonitor::arm(qint64 nowMs)
{
    qint64 wakeAt = nowMs + (m_retry ? kRetryMs : kRecheckMs);
    if (m_moreDue)
        wakeAt = nowMs; // the next batch on the next turn of the event loop
    else if (const auto next = nextCrossingAt())
        wakeAt = std::clamp(*next, nowMs, wakeAt);
    m_wakeAt = wakeAt;
    m_timer.start(std::chrono::milliseconds(wakeAt - nowMs));
}

} // namespace Switchboard
