// SPDX-License-Identifier: MIT
#pragma once

#include "factitem.h"
#include "metricshistory.h"

#include <QList>

namespace Switchboard {

// What one ticket contributes to the hourly facts (docs/metrics.md, "Daily
// facts"): its whole history replayed by the rules of the KPI report in
// calendar time, cut into items dated at the instant each thing happened.
// Whatever a period asks (what counts in it, what state a ticket is in at
// its end) can be answered from the items whose hour lies in the period:
// the rare tickets with reopenings carry the times that decide it.
namespace TicketFacts {

// The history must be complete (read with no end).
QList<FactItem> itemsOf(const MetricsTicketHistory& history);

constexpr qint64 kHourMs = 3600 * 1000;
inline qint64 hourOf(qint64 ms)
{
    return ms >= 0 ? ms / kHourMs : (ms - kHourMs + 1) / kHourMs;
}

} // namespace TicketFacts

} // namespace Switchboard
