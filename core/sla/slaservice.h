// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "slaconfigrepository.h"
#include "ticketsla.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Switchboard {

// What a recomputation did, for the "N open tickets affected" message.
struct SlaRecomputeReport
{
    int tickets = 0; // tickets whose SLA was computed
    int changed = 0; // of those, tickets whose stored deadlines or states changed
    qint64 elapsedMs = 0;
};

// A crossing SlaMonitor has not reported yet, with what a notification needs.
struct PendingSlaCrossing
{
    TicketId ticketId = 0;
    QString subject;
    AgentId assigneeId = 0; // 0: unassigned
    GroupId groupId = 0;    // 0: no group
    SlaCrossing crossing;
    // What markReported() takes: the crossing and its instant, so a crossing
    // that a recomputation moved (a policy change) is reported again.
    QString reportKey;
};

// Keeps every ticket's stored SLA (ticket_sla, tickets.sla_due_at) in step
// with its history, its policy and its calendar. Ticket writes call
// recomputeTickets() for what they touched; a policy or calendar change
// recomputes every open ticket, as documented in Settings: a change applies
// to open tickets, resolved and closed ones keep the SLA they were measured by.
class SlaService
{
public:
    explicit SlaService(DatabasePtr database, const Clock& clock = Clock::system());

    SlaConfigRepository& config() { return m_config; }
    const SlaConfigRepository& config() const { return m_config; }

    Result<SlaRecomputeReport> recomputeTickets(const QList<TicketId>& ids) const;
    // Every open ticket (new .. on hold).
    Result<SlaRecomputeReport> recomputeOpen() const;
    // Every ticket, also resolved and closed ones: after a demo load or an import.
    Result<SlaRecomputeReport> recomputeAll() const;

    // Saves and then recomputes every open ticket.
    Result<SlaRecomputeReport> savePolicies(const SlaPolicySet& policies) const;
    Result<SlaRecomputeReport> saveCalendar(const QString& name,
                                            const BusinessCalendar& calendar) const;

    // NotFound when the ticket has no stored SLA yet.
    Result<TicketSla> ticketSla(TicketId id) const;
    // The stored SLA of several tickets (a queue page); tickets without one are absent.
    Result<QHash<TicketId, TicketSla>> ticketSlas(const QList<TicketId>& ids) const;

    // Crossings of open tickets not yet reported with atMs <= untilMs, soonest
    // first, at most `limit`.
    Result<QList<PendingSlaCrossing>> pendingCrossings(qint64 untilMs, int limit) const;
    // The earliest unreported crossing after untilMs, so a monitor knows when
    // to look again; null when there is none.
    Result<std::optional<qint64>> nextCrossingAfter(qint64 untilMs) const;
    // Records crossings (their PendingSlaCrossing::reportKey) as reported, so
    // they are never reported again, also after a restart or a recomputation.
    Status markReported(TicketId id, const QStringList& keys) const;
    // Records every crossing up to untilMs as reported: history loaded from
    // elsewhere (demo data, an import) happened before anyone watched it.
    Status markReportedUntil(qint64 untilMs) const;

private:
    // Recomputes the tickets matching `where` (a condition on tickets t) in
    // one transaction. With `pass`, in passes: pass(i) prepares pass i inside
    // the transaction and returns false when there is none.
    Result<SlaRecomputeReport> recompute(const QString& where,
                                         const std::function<Result<bool>(int)>& pass) const;

    DatabasePtr m_database;
    const Clock& m_clock;
    SlaConfigRepository m_config;
};

} // namespace Switchboard
