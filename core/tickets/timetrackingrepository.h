// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"
#include "timeentry.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

// Agents' working time on tickets: entries typed in by hand and a per-agent,
// per-ticket timer. A running timer is stored in the database
// (app_settings key "timer.<agent id>.<ticket id>", value: its start in UTC
// ms), so it keeps running across an app restart and between the app and
// the CLI. Each write that adds or removes time is one transaction that also
// records a 'time' event in the ticket's history (added: new = seconds,
// removed: old = seconds; actor: the agent). Time entries do not change the
// ticket itself (status, version). Usable from any thread.
// Errors: NotFound for an unknown ticket, agent or entry; BadInput for
// values out of range and for removing someone else's entry.
class TimeTrackingRepository
{
public:
    static constexpr int kMaxManualSeconds = 24 * 3600;

    explicit TimeTrackingRepository(DatabasePtr database, const Clock& clock = Clock::system());

    // seconds: 1 .. kMaxManualSeconds. Returns the new entry's id.
    Result<qint64> addManual(TicketId ticket, const QString& agentLogin, qint64 startedAtMs,
                             int seconds, const QString& note) const;

    // Starting a timer that already runs keeps its original start.
    Status start(TicketId ticket, const QString& agentLogin) const;
    // Stops the timer and records its time as a 'timer' entry. Returns the
    // seconds recorded: nullopt when no timer was running, 0 when it ran
    // for less than a second (nothing is recorded then). A timer is recorded
    // as measured, even beyond kMaxManualSeconds: that limit guards typing.
    Result<std::optional<qint64>> stop(TicketId ticket, const QString& agentLogin) const;
    // When the agent's timer on the ticket started; nullopt when none runs.
    Result<std::optional<qint64>> runningSince(TicketId ticket, const QString& agentLogin) const;

    // Oldest first, with the agent's login and name.
    Result<QList<TimeEntry>> entries(TicketId ticket) const;
    Result<qint64> totalSeconds(TicketId ticket) const;
    // Seconds of the agent's entries that started in [fromMs, toMs); an
    // entry counts whole in the period where it started.
    Result<qint64> agentSeconds(AgentId agent, qint64 fromMs, qint64 toMs) const;

    // Only the agent who recorded an entry may remove it.
    Status removeEntry(qint64 id, const QString& agentLogin) const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
