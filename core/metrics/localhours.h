// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QTimeZone>

#include <array>

namespace Switchboard {

// Weekday-and-hour slots of a reporting zone: slot = weekday (0 = Monday)
// * 24 + local hour, 168 in all. Used by the volume grid of the KPI report
// and by the staffing report. Every zone's offset is a multiple of 15
// minutes and changes on a quarter hour, so the offset is looked up once
// per quarter hour of UTC and cached; the rest is arithmetic.
class LocalHours
{
public:
    static constexpr int kSlots = 7 * 24;
    static constexpr qint64 kHourMs = 3600 * 1000;

    explicit LocalHours(QTimeZone zone);

    // The zone's offset from UTC at an instant, in ms.
    qint64 offsetMs(qint64 utcMs);
    // weekday (0 = Monday) * 24 + hour of the local time at an instant.
    int slot(qint64 utcMs);
    // The UTC instant at which the local hour holding utcMs began: one key
    // per occurrence of a slot (the two 01:00 hours of a night that turns
    // the clocks back are two occurrences).
    qint64 hourStart(qint64 utcMs);

    // Adds to hours[slot] how many hours of [fromMs, toMs) fall in each
    // slot: 1 per whole local hour, the fraction of an hour cut by either
    // end, none for an hour skipped by a DST change, 2 for an hour lived
    // twice.
    void addHours(qint64 fromMs, qint64 toMs, std::array<double, kSlots>& hours);

    static qint64 floorDiv(qint64 a, qint64 b)
    {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
    }

private:
    static int slotOfLocal(qint64 localMs);

    QTimeZone m_zone;
    bool m_utc = false;
    QHash<qint64, qint64> m_offsets; // quarter hour of UTC -> offset in ms
};

} // namespace Switchboard
