// SPDX-License-Identifier: MIT
#include "staffingreport.h"

#include "common/timeformat.h"

#include <QJsonArray>

#include <cmath>

namespace Switchboard {
namespace {

// Three decimals, as in the KPI report.
QJsonValue number(const std::optional<double>& value)
{
    if (!value)
        return QJsonValue::Null;
    return std::round(*value * 1000.0) / 1000.0;
}

} // namespace

QString toKey(AhtSource source)
{
    switch (source) {
    case AhtSource::Slot:
        return QStringLiteral("slot");
    case AhtSource::Period:
        return QStringLiteral("period");
    case AhtSource::Default:
        return QStringLiteral("default");
    }
    return {};
}

QJsonObject StaffingReport::toJson() const
{
    const QJsonObject period{
        {QStringLiteral("from"), isoTimestamp(fromMs, timeZone)},
        {QStringLiteral("to"), isoTimestamp(toMs, timeZone)},
        {QStringLiteral("time_zone"), QString::fromUtf8(timeZone.id())},
        {QStringLiteral("calendar"),
         calendarName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(calendarName)},
    };
    QJsonArray array;
    for (const StaffingSlot& slot : grid) {
        array.append(QJsonObject{
            {QStringLiteral("weekday"), slot.weekday},
            {QStringLiteral("hour"), slot.hour},
            {QStringLiteral("hours"), number(slot.hours)},
            {QStringLiteral("tickets"), slot.tickets},
            {QStringLiteral("arrivals_per_hour"), number(slot.arrivalsPerHour)},
            {QStringLiteral("aht_seconds"), number(slot.ahtSeconds)},
            {QStringLiteral("aht_source"), toKey(slot.ahtSource)},
            {QStringLiteral("traffic_erlangs"), number(slot.trafficErlangs)},
            {QStringLiteral("agents_needed"),
             slot.agentsNeeded ? QJsonValue(*slot.agentsNeeded) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("agents_available"), number(slot.agentsAvailable)},
            // Unrounded, as staffing erlang prints it: a fraction.
            {QStringLiteral("service_level"),
             slot.serviceLevel ? QJsonValue(*slot.serviceLevel) : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject{
        {QStringLiteral("period"), period},
        {QStringLiteral("target_service_level"), targetServiceLevel},
        {QStringLiteral("answer_within_seconds"), answerWithinSeconds},
        {QStringLiteral("default_aht_seconds"), defaultAhtSeconds},
        {QStringLiteral("min_slot_aht_tickets"), minSlotAhtTickets},
        {QStringLiteral("tickets"), tickets},
        {QStringLiteral("period_aht_seconds"), number(periodAhtSeconds)},
        {QStringLiteral("period_aht_tickets"), periodAhtTickets},
        {QStringLiteral("slots"), array},
    };
}

} // namespace Switchboard
