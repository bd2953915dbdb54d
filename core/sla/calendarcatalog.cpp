// SPDX-License-Identifier: MIT
#include "calendarcatalog.h"

#include "calendarformat.h"
#include "common/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard {

namespace {

const QLatin1String kPrefix("builtin:");

BusinessCalendar::Rules weekdays(const QTimeZone& zone, int fromHour, int toHour)
{
    BusinessCalendar::Rules rules;
    rules.zone = zone;
    for (size_t day = 0; day < 5; ++day)
        rules.week[day] = {{fromHour * 3600, toHour * 3600}};
    return rules;
}

// Adds one national file (resources/calendars/<name>.json) to the rules.
Status addNationalYear(BusinessCalendar::Rules& rules, const QString& fileName)
{
    const QString path = QStringLiteral(":/calendars/%1.json").arg(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Runtime, Tr::tr("the built-in calendar data is missing"), path};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    auto dates = [&root](const char* key) {
        QList<QDate> result;
        for (const QJsonValue& value : root.value(QLatin1String(key)).toArray())
            result.append(QDate::fromString(value.toString(), Qt::ISODate));
        return result;
    };
    for (const QDate& date : dates("holidays"))
        rules.holidays.insert(date);
    for (const QDate& date : dates("workdays"))
        rules.workdays.insert(date);
    // Pre-holiday days (Labour Code art. 95): the same hours, closing one hour earlier.
    for (const QDate& date : dates("shortened_days")) {
        BusinessCalendar::DayHours hours = rules.workdays.contains(date)
                                               ? rules.week[0]
                                               : rules.week[size_t(date.dayOfWeek() - 1)];
        if (!hours.isEmpty() && hours.last().endSecond - hours.last().startSecond > 3600)
            hours.last().endSecond -= 3600;
        rules.dateHours.insert(date, hours);
    }
    for (const QDate& date : rules.holidays) {
        if (!date.isValid())
            return Error{ErrorKind::Runtime, Tr::tr("the built-in calendar data is damaged"), path};
    }
    return {};
}

Result<BusinessCalendar> national(const QByteArray& zone, const QStringList& files)
{
    BusinessCalendar::Rules rules = weekdays(QTimeZone(zone), 9, 18);
    for (const QString& file : files) {
        if (auto added = addNationalYear(rules, file); !added)
            return added.error();
    }
    return BusinessCalendar::create(std::move(rules));
}

} // namespace

QStringList CalendarCatalog::builtinNames()
{
    return {QStringLiteral("24x7"),    QStringLiteral("weekdays-9-18"), QStringLiteral("ru"),
            QStringLiteral("ru-2025"), QStringLiteral("ru-2026"),       QStringLiteral("cn"),
            QStringLiteral("cn-2025"), QStringLiteral("cn-2026")};
}

Result<BusinessCalendar> CalendarCatalog::builtin(const QString& name)
{
    if (name == QLatin1String("24x7")) {
        BusinessCalendar::Rules rules;
        rules.zone = QTimeZone::utc();
        for (BusinessCalendar::DayHours& hours : rules.week)
            hours = {{0, 24 * 3600}};
        return BusinessCalendar::create(std::move(rules));
    }
    if (name == QLatin1String("weekdays-9-18"))
        return BusinessCalendar::create(weekdays(QTimeZone::systemTimeZone(), 9, 18));
    if (name == QLatin1String("ru"))
        return national("Europe/Moscow", {QStringLiteral("ru-2025"), QStringLiteral("ru-2026")});
    if (name == QLatin1String("cn"))
        return national("Asia/Shanghai", {QStringLiteral("cn-2025"), QStringLiteral("cn-2026")});
    if (builtinNames().contains(name)) {
        const QByteArray zone =
            name.startsWith(QLatin1String("ru")) ? "Europe/Moscow" : "Asia/Shanghai";
        return national(zone, {name});
    }
    QStringList available;
    for (const QString& builtinName : builtinNames())
        available << kPrefix + builtinName;
    return Error{ErrorKind::Usage, Tr::tr("unknown built-in calendar '%1'; available: %2")
                                       .arg(name, available.join(QStringLiteral(", ")))};
}

Result<BusinessCalendar> CalendarCatalog::resolve(const QString& spec)
{
    if (spec.startsWith(kPrefix))
        return builtin(spec.mid(kPrefix.size()));
    return CalendarFormat::load(spec);
}

} // namespace Switchboard
