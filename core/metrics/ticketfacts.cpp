// SPDX-License-Identifier: MIT
#include "ticketfacts.h"

namespace Switchboard::TicketFacts {
namespace {

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

// The rule of the KPI report (docs/metrics.md, "Pauses").
bool counts(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open ||
           status == TicketStatus::OnHold;
}

struct Resolution
{
    qint64 at = 0;
    qint64 working = 0;
    std::array<qint64, 6> inStatus{};
    int replies = 0;
};

// 0 for none, else the distance plus one, so an instant equal to the
// resolution stays distinguishable from none.
quint64 optionalDistance(const std::optional<qint64>& at, qint64 from)
{
    return at ? quint64(*at - from) + 1 : 0;
}

FactItem item(qint64 at, FactItem::Kind kind)
{
    return FactItem{hourOf(at), kind, {}};
}

quint64 offsetInHour(qint64 at)
{
    return quint64(at - hourOf(at) * kHourMs);
}

void addSla(const MetricsTicketHistory& history, QList<FactItem>& items)
{
    for (int metric = 0; metric < kSlaMetricCount; ++metric) {
        const StoredSlaOutcome& outcome = history.sla[size_t(metric)];
        int done = -1;
        std::optional<qint64> at;
        if (outcome.state == SlaState::Breached) {
            done = 2;
            at = outcome.breachedAt;
        } else if (outcome.phase == SlaPhase::Finished && outcome.state == SlaState::Met) {
            done = 0;
            at = outcome.metAt;
        } else if (outcome.phase == SlaPhase::Finished && outcome.state == SlaState::AtGoal) {
            done = 1;
            at = outcome.metAt;
        } else if (outcome.phase == SlaPhase::Running && outcome.limitDueAt) {
            FactItem limit = item(*outcome.limitDueAt, FactItem::Kind::SlaLimit);
            FactCodec::appendVarint(limit.payload, quint64(metric));
            FactCodec::appendVarint(limit.payload, offsetInHour(*outcome.limitDueAt));
            items << limit;
        }
        if (done >= 0 && at) {
            FactItem outcomeItem = item(*at, FactItem::Kind::SlaDone);
            FactCodec::appendVarint(outcomeItem.payload, quint64(metric * 3 + done));
            items << outcomeItem;
        }
    }
}

} // namespace

QList<FactItem> itemsOf(const MetricsTicketHistory& history)
{
    QList<FactItem> items;
    const qint64 created = history.createdAt;
    TicketStatus status = TicketStatus::New;
    qint64 lastAt = created;
    qint64 working = 0;
    std::array<qint64, 6> inStatus{};
    std::optional<qint64> awaitingSince = 0;
    bool answered = false;
    int replies = 0;
    QList<Resolution> resolutions;
    QList<qint64> toggles; // resolutions and reopenings, alternately

    for (const MetricsEntry& entry : history.entries) {
        const qint64 at = std::max(entry.at, created);
        if (at > lastAt) {
            const qint64 step = at - lastAt;
            inStatus[size_t(status)] += step;
            if (counts(status))
                working += step;
            lastAt = at;
        }
        switch (entry.kind) {
        case MetricsEntry::Kind::CustomerMessage:
            if (!awaitingSince)
                awaitingSince = working;
            break;
        case MetricsEntry::Kind::Reply:
            ++replies;
            if (awaitingSince) {
                FactItem response =
                    item(at, answered ? FactItem::Kind::Response : FactItem::Kind::FirstResponse);
                FactCodec::appendVarint(response.payload, quint64(working - *awaitingSince));
                items << response;
                answered = true;
                awaitingSince.reset();
            }
            break;
        case MetricsEntry::Kind::Status: {
            if (entry.to == status)
                break;
            const bool wasDone = isDone(status);
            status = entry.to;
            if (wasDone && !isDone(status)) {
                toggles << at;
                items << item(at, FactItem::Kind::Reopened);
            } else if (!wasDone && isDone(status)) {
                toggles << at;
                resolutions << Resolution{at, working, inStatus, replies};
            }
            break;
        }
        case MetricsEntry::Kind::Assignee:
            break;
        }
    }

    FactItem createdItem = item(created, FactItem::Kind::Created);
    FactCodec::appendVarint(createdItem.payload, offsetInHour(created));
    FactCodec::appendVarint(createdItem.payload, quint64(toggles.size()));
    qint64 previous = created;
    for (qint64 toggle : std::as_const(toggles)) {
        FactCodec::appendVarint(createdItem.payload, quint64(toggle - previous));
        previous = toggle;
    }
    items.prepend(createdItem);

    // Toggles alternate: resolution i is toggle 2i, the reopening after it 2i + 1.
    for (qsizetype i = 0; i < resolutions.size(); ++i) {
        const Resolution& resolution = resolutions.at(i);
        const bool plain = resolutions.size() == 1 && toggles.size() == 1;
        FactItem resolved = item(resolution.at, plain ? FactItem::Kind::Resolution
                                                      : FactItem::Kind::ResolutionReopened);
        if (!plain) {
            const std::optional<qint64> next =
                i + 1 < resolutions.size() ? std::optional(resolutions.at(i + 1).at) : std::nullopt;
            const std::optional<qint64> reopening =
                2 * i + 1 < toggles.size() ? std::optional(toggles.at(2 * i + 1)) : std::nullopt;
            FactCodec::appendVarint(resolved.payload, offsetInHour(resolution.at));
            FactCodec::appendVarint(resolved.payload, optionalDistance(next, resolution.at));
            FactCodec::appendVarint(resolved.payload, optionalDistance(reopening, resolution.at));
            FactCodec::appendVarint(resolved.payload, i > 0 ? 1 : 0);
            FactCodec::appendVarint(resolved.payload, quint64(resolution.replies));
        }
        FactCodec::appendVarint(resolved.payload, quint64(resolution.working));
        for (qint64 ms : resolution.inStatus)
            FactCodec::appendVarint(resolved.payload, quint64(ms));
        if (plain)
            FactCodec::appendVarint(resolved.payload, quint64(resolution.replies));
        items << resolved;
    }
    addSla(history, items);
    return items;
}

} // namespace Switchboard::TicketFacts
