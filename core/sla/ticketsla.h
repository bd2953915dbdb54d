// SPDX-License-Identifier: MIT
#pragma once

#include "businesscalendar.h"
#include "slaclock.h"
#include "tickets/ticket.h"

#include <QStringList>

namespace Switchboard {

// A ticket's SLA as last computed and stored in ticket_sla: the state of each
// metric as of computedAt. Between two events of a ticket nothing but time
// changes, so metricAt() advances a running clock to any later instant
// without replaying the history.
struct TicketSla
{
    TicketId ticketId = 0;
    QString policy;   // empty: no policy matched, nothing is measured
    QString calendar; // the spec the clocks ran on
    qint64 computedAt = 0;
    SlaClockState state;  // as of computedAt, crossings included
    QStringList notified; // keys of crossings SlaMonitor has reported

    bool hasPolicy() const { return !policy.isEmpty(); }
    // The metric as it stands at nowMs (>= computedAt): a running clock's
    // elapsed and remaining business time move on, and its state follows the
    // crossings already passed. calendar must be the one named by `calendar`.
    SlaMetricState metricAt(SlaMetric metric, qint64 nowMs, const BusinessCalendar& calendar) const;
    // The running metric whose limit comes first, if any clock runs.
    std::optional<SlaMetric> mostUrgent() const;
};

// Stable keys for the CLI and JSON ("at_goal", "first_response"); never translated.
QString toKey(SlaState state);
QString toKey(SlaMetric metric);
// Translated names for people.
QString displayName(SlaState state);
QString displayName(SlaMetric metric);

} // namespace Switchboard
