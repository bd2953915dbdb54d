// SPDX-License-Identifier: MIT
#include "calendarformat.h"

#include "common/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Switchboard {

namespace {

const char* const kDayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// Collects the rules while remembering where each value came from.
class Parser
{
public:
    explicit Parser(QString source)
        : m_source(std::move(source))
    {}

    Result<BusinessCalendar> parse(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(Tr::tr("not valid JSON: %1 at offset %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        if (!document.isObject())
            return fail(Tr::tr("a calendar must be a JSON object"));
        const QJsonObject root = document.object();
        static const QStringList known = {
            QStringLiteral("timezone"),      QStringLiteral("week"),
            QStringLiteral("holidays"),      QStringLiteral("workdays"),
            QStringLiteral("workday_hours"), QStringLiteral("date_hours"),
            QStringLiteral("name"),          QStringLiteral("description"),
            QStringLiteral("notes")};
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(Tr::tr("%1: unknown field").arg(it.key()));
        }

        BusinessCalendar::Rules rules;
        const QJsonValue zone = root.value(QStringLiteral("timezone"));
        if (!zone.isString() || zone.toString().isEmpty())
            return fail(Tr::tr("timezone: missing; give an IANA name such as Europe/Moscow"));
        const QByteArray zoneId = zone.toString().toUtf8();
        rules.zone = zoneId == "UTC" ? QTimeZone::utc() : QTimeZone(zoneId);
        if (!rules.zone.isValid())
            return fail(Tr::tr("timezone: unknown time zone '%1'").arg(zone.toString()));

        const QJsonValue week = root.value(QStringLiteral("week"));
        if (!week.isUndefined() && !week.isObject())
            return fail(Tr::tr("week: expected an object with mon ... sun"));
        const QJsonObject weekObject = week.toObject();
        for (auto it = weekObject.begin(); it != weekObject.end(); ++it) {
            const auto day = std::find_if(std::begin(kDayKeys), std::end(kDayKeys),
                                          [&](const char* key) { return it.key() == key; });
            if (day == std::end(kDayKeys))
                return fail(Tr::tr("week.%1: not a weekday (mon, tue, wed, thu, fri, sat, sun)")
                                .arg(it.key()));
            auto hours = parseHours(it.value(), QStringLiteral("week.") + it.key());
            if (!hours)
                return hours.error();
            rules.week[size_t(day - std::begin(kDayKeys))] = hours.value();
        }

        auto holidays = parseDates(root.value(QStringLiteral("holidays")), "holidays");
        if (!holidays)
            return holidays.error();
        auto workdays = parseDates(root.value(QStringLiteral("workdays")), "workdays");
        if (!workdays)
            return workdays.error();
        for (const QDate& date : holidays.value())
            rules.holidays.insert(date);
        for (qsizetype i = 0; i < workdays->size(); ++i) {
            const QDate date = workdays->at(i);
            if (rules.holidays.contains(date))
                return fail(Tr::tr("workdays[%1]: %2 is also a holiday")
                                .arg(i)
                                .arg(date.toString(Qt::ISODate)));
            rules.workdays.insert(date);
        }

        const QJsonValue workdayHours = root.value(QStringLiteral("workday_hours"));
        if (!workdayHours.isUndefined()) {
            auto hours = parseHours(workdayHours, QStringLiteral("workday_hours"));
            if (!hours)
                return hours.error();
            rules.workdayHours = hours.value();
        }

        const QJsonValue dateHours = root.value(QStringLiteral("date_hours"));
        if (!dateHours.isUndefined() && !dateHours.isObject())
            return fail(Tr::tr("date_hours: expected an object from dates to intervals"));
        const QJsonObject dateHoursObject = dateHours.toObject();
        for (auto it = dateHoursObject.begin(); it != dateHoursObject.end(); ++it) {
            const QString field = QStringLiteral("date_hours.") + it.key();
            const QDate date = QDate::fromString(it.key(), Qt::ISODate);
            if (!date.isValid() || it.key().size() != 10)
                return fail(Tr::tr("%1: %2 is not a date (YYYY-MM-DD)").arg(field, it.key()));
            auto hours = parseHours(it.value(), field);
            if (!hours)
                return hours.error();
            rules.dateHours.insert(date, hours.value());
        }

        auto calendar = BusinessCalendar::create(std::move(rules));
        if (!calendar)
            return fail(calendar.error().message);
        return calendar;
    }

private:
    Error fail(const QString& message) const
    {
        return Error{ErrorKind::BadInput, message, m_source};
    }

    Result<BusinessCalendar::DayHours> parseHours(const QJsonValue& value, const QString& field)
    {
        if (!value.isArray())
            return fail(
                Tr::tr("%1: expected a list of [\"HH:MM\", \"HH:MM\"] intervals").arg(field));
        BusinessCalendar::DayHours hours;
        const QJsonArray intervals = value.toArray();
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
            const QJsonArray pair = intervals.at(i).toArray();
            if (!intervals.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() ||
                !pair.at(1).isString())
                return fail(Tr::tr("%1: expected [\"HH:MM\", \"HH:MM\"]").arg(where));
            const QString startText = pair.at(0).toString();
            const QString endText = pair.at(1).toString();
            const std::optional<int> start = CalendarFormat::parseTime(startText, false);
            if (!start)
                return fail(Tr::tr("%1: %2 is not a time").arg(where, startText));
            const std::optional<int> end = CalendarFormat::parseTime(endText, true);
            if (!end)
                return fail(Tr::tr("%1: %2 is not a time").arg(where, endText));
            if (*end <= *start)
                return fail(Tr::tr("%1: the end %2 is not after the start %3")
                                .arg(where, endText, startText));
            if (!hours.isEmpty() && *start < hours.last().endSecond)
                return fail(
                    Tr::tr("%1: overlaps %2[%3] or is out of order").arg(where, field).arg(i - 1));
            hours.append({*start, *end});
        }
        return hours;
    }

    Result<QList<QDate>> parseDates(const QJsonValue& value, const char* field)
    {
        QList<QDate> dates;
        if (value.isUndefined())
            return dates;
        const QString name = QString::fromLatin1(field);
        if (!value.isArray())
            return fail(Tr::tr("%1: expected a list of dates (YYYY-MM-DD)").arg(name));
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString text = items.at(i).toString();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!items.at(i).isString() || text.size() != 10 || !date.isValid())
                return fail(Tr::tr("%1[%2]: %3 is not a date (YYYY-MM-DD)")
                                .arg(name)
                                .arg(i)
                                .arg(items.at(i).isString()
                                         ? text
                                         : QString::fromUtf8(QJsonDocument(QJsonArray{items.at(i)})
                                                                 .toJson(QJsonDocument::Compact))));
            dates.append(date);
        }
        return dates;
    }

    QString m_source;
};

QJsonArray hoursToJson(const BusinessCalendar::DayHours& hours)
{
    QJsonArray array;
    for (const BusinessCalendar::Interval& interval : hours)
        array.append(QJsonArray{CalendarFormat::formatTime(interval.startSecond),
                                CalendarFormat::formatTime(interval.endSecond)});
    return array;
}

QJsonArray datesToJson(const QSet<QDate>& dates)
{
    QList<QDate> sorted(dates.begin(), dates.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (const QDate& date : sorted)
        array.append(date.toString(Qt::ISODate));
    return array;
}

} // namespace

Result<BusinessCalendar> CalendarFormat::parse(const QByteArray& json, const QString& source)
{
    return Parser(source).parse(json);
}

Result<BusinessCalendar> CalendarFormat::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::BadInput,
                     Tr::tr("cannot read the calendar file: %1").arg(file.errorString()), path};
    return parse(file.readAll(), path);
}

QByteArray CalendarFormat::serialise(const BusinessCalendar& calendar)
{
    const BusinessCalendar::Rules& rules = calendar.rules();
    QJsonObject week;
    for (size_t day = 0; day < 7; ++day)
        week.insert(QLatin1String(kDayKeys[day]), hoursToJson(rules.week[day]));
    QJsonObject root{{QStringLiteral("timezone"), QString::fromUtf8(rules.zone.id())},
                     {QStringLiteral("week"), week},
                     {QStringLiteral("holidays"), datesToJson(rules.holidays)},
                     {QStringLiteral("workdays"), datesToJson(rules.workdays)}};
    if (rules.workdayHours)
        root.insert(QStringLiteral("workday_hours"), hoursToJson(*rules.workdayHours));
    if (!rules.dateHours.isEmpty()) {
        QJsonObject dateHours;
        for (auto it = rules.dateHours.cbegin(); it != rules.dateHours.cend(); ++it)
            dateHours.insert(it.key().toString(Qt::ISODate), hoursToJson(*it));
        root.insert(QStringLiteral("date_hours"), dateHours);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<int> CalendarFormat::parseTime(const QString& text, bool allowEndOfDay)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2}):(\d{2})(?::(\d{2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    const int seconds = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (hours == 24 && minutes == 0 && seconds == 0 && allowEndOfDay)
        return 24 * 3600;
    if (hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    return hours * 3600 + minutes * 60 + seconds;
}

QString CalendarFormat::formatTime(int second)
{
    const QString hoursMinutes = QStringLiteral("%1:%2")
                                     .arg(second / 3600, 2, 10, QLatin1Char('0'))
                                     .arg(second / 60 % 60, 2, 10, QLatin1Char('0'));
    if (second % 60 == 0)
        return hoursMinutes;
    return hoursMinutes + QStringLiteral(":%1").arg(second % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Switchboard
