// SPDX-License-Identifier: MIT
#include "localhours.h"

#include <QDateTime>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;
constexpr qint64 kDayMs = 24 * LocalHours::kHourMs;

} // namespace

LocalHours::LocalHours(QTimeZone zone)
    : m_zone(std::move(zone))
    , m_utc(m_zone == QTimeZone::utc())
{}

qint64 LocalHours::offsetMs(qint64 utcMs)
{
    if (m_utc)
        return 0;
    const qint64 quarter = floorDiv(utcMs, kQuarterHourMs);
    const auto found = m_offsets.constFind(quarter);
    if (found != m_offsets.cend())
        return *found;
    const qint64 offset = qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(
                              quarter * kQuarterHourMs, QTimeZone::utc()))) *
                          1000;
    if (m_offsets.size() > 100'000)
        m_offsets.clear();
    m_offsets.insert(quarter, offset);
    return offset;
}

int LocalHours::slotOfLocal(qint64 localMs)
{
    const qint64 days = floorDiv(localMs, kDayMs);
    const qint64 weekday = days + 3 - 7 * floorDiv(days + 3, 7); // 1970-01-01: Thursday
    const qint64 hour = floorDiv(localMs - days * kDayMs, kHourMs);
    return int(weekday * 24 + hour);
}

int LocalHours::slot(qint64 utcMs)
{
    return slotOfLocal(utcMs + offsetMs(utcMs));
}

qint64 LocalHours::hourStart(qint64 utcMs)
{
    const qint64 offset = offsetMs(utcMs);
    return floorDiv(utcMs + offset, kHourMs) * kHourMs - offset;
}

void LocalHours::addHours(qint64 fromMs, qint64 toMs, std::array<double, kSlots>& hours)
{
    qint64 at = fromMs;
    while (at < toMs) {
        // A stretch of constant offset: up to the next transition of the zone.
        qint64 stretchEnd = toMs;
        if (!m_utc && m_zone.hasTransitions()) {
            const QTimeZone::OffsetData next =
                m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()));
            if (next.atUtc.isValid())
                stretchEnd = std::clamp(next.atUtc.toMSecsSinceEpoch(), at + 1, toMs);
        }
        const qint64 offset =
            qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()))) *
            1000;
        while (at < stretchEnd) {
            const qint64 local = at + offset;
            const qint64 localHour = floorDiv(local, kHourMs);
            const qint64 stop = std::min(stretchEnd, (localHour + 1) * kHourMs - offset);
            hours[size_t(slotOfLocal(local))] += double(stop - at) / double(kHourMs);
            at = stop;
        }
    }
}

} // namespace Switchboard
