// SPDX-License-Identifier: MIT
#include "slatimeline.h"

#include <algorithm>

namespace Switchboard {
namespace {

SlaPeriod::Kind kindOf(TicketStatus status, bool pauseOnHold)
{
    switch (status) {
    case TicketStatus::New:
    case TicketStatus::Open:
        return SlaPeriod::Running;
    case TicketStatus::Pending:
        return SlaPeriod::Paused;
    case TicketStatus::OnHold:
        return pauseOnHold ? SlaPeriod::Paused : SlaPeriod::Running;
    case TicketStatus::Resolved:
    case TicketStatus::Closed:
        break;
    }
    return SlaPeriod::Stopped;
}

// New and Open read the same on the timeline; anything else is worth a period.
bool sameLabel(TicketStatus a, TicketStatus b)
{
    auto plain = [](TicketStatus s) { return s == TicketStatus::New ? TicketStatus::Open : s; };
    return plain(a) == plain(b);
}

} // namespace

QList<SlaPeriod> slaTimeline(const QList<TicketEvent>& events, bool pauseOnHold)
{
    QList<TicketEvent> sorted;
    for (const TicketEvent& event : events) {
        if (event.kind == QLatin1String("created") || event.kind == QLatin1String("status") ||
            event.kind == QLatin1String("reopened"))
            sorted.append(event);
    }
    if (sorted.isEmpty())
        return {};
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TicketEvent& a, const TicketEvent& b) { return a.at < b.at; });
    auto created = std::find_if(sorted.cbegin(), sorted.cend(), [](const TicketEvent& e) {
        return e.kind == QLatin1String("created");
    });
    // A creation recorded after other events is a data slip; the ticket
    // existed from its earliest event on.
    const qint64 startMs = sorted.first().at;
    TicketStatus status = TicketStatus::New;
    if (created != sorted.cend())
        status = ticketStatusFromKey(created->newValue).value_or(TicketStatus::New);
    else if (auto from = ticketStatusFromKey(sorted.first().oldValue))
        status = *from;

    QList<SlaPeriod> periods;
    periods.append({startMs, std::nullopt, kindOf(status, pauseOnHold), status});
    for (const TicketEvent& event : sorted) {
        if (event.kind == QLatin1String("created"))
            continue;
        const bool reopened = event.kind == QLatin1String("reopened");
        const std::optional<TicketStatus> to = ticketStatusFromKey(event.newValue);
        if (!to && !reopened)
            continue;
        const TicketStatus next = to.value_or(TicketStatus::Open);
        const SlaPeriod::Kind kind = kindOf(next, pauseOnHold);
        SlaPeriod& last = periods.last();
        if (last.kind == kind && sameLabel(last.status, next)) {
            last.status = next;
            continue;
        }
        if (last.startMs == event.at) {
            // Nothing happened in between: the earlier status never showed.
            last.kind = kind;
            last.status = next;
            if (periods.size() > 1 && periods.at(periods.size() - 2).kind == kind &&
                sameLabel(periods.at(periods.size() - 2).status, next)) {
                periods.removeLast();
                periods.last().endMs.reset();
                periods.last().status = next;
            }
            continue;
        }
        last.endMs = event.at;
        periods.append({event.at, std::nullopt, kind, next});
    }
    return periods;
}

QList<SlaPeriod> slaTimeline(const Ticket& ticket, const QList<TicketEvent>& events,
                             bool pauseOnHold)
{
    const bool hasCreated = std::any_of(events.cbegin(), events.cend(), [](const TicketEvent& e) {
        return e.kind == QLatin1String("created");
    });
    if (hasCreated)
        return slaTimeline(events, pauseOnHold);
    TicketEvent created;
    created.kind = QStringLiteral("created");
    created.at = ticket.createdAt;
    created.newValue = toKey(ticket.status);
    const TicketEvent* firstChange = nullptr;
    for (const TicketEvent& event : events) {
        if ((event.kind == QLatin1String("status") || event.kind == QLatin1String("reopened")) &&
            (!firstChange || event.at < firstChange->at))
            firstChange = &event;
    }
    if (firstChange)
        created.newValue = firstChange->oldValue;
    QList<TicketEvent> completed = events;
    completed.prepend(created);
    return slaTimeline(completed, pauseOnHold);
}

} // namespace Switchboard
