// SPDX-License-Identifier: MIT
// Business-time arithmetic: weekly hours, holidays, transferred working days,
// DST in several zones, both boundary conventions, and long spans.
#include "common/timeformat.h"
#include "sla/businesscalendar.h"
#include "sla/calendarcatalog.h"
#include "sla/calendarformat.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Switchboard;

using Boundary = BusinessCalendar::Boundary;
Q_DECLARE_METATYPE(Boundary)

namespace {

// Calendars the tables refer to by name.
const QMap<QString, QByteArray>& calendarFiles()
{
    static const QMap<QString, QByteArray> files = {
        // Moscow, a lunch break from 13:00 to 14:00.
        {QStringLiteral("split"),
         R"({"timezone": "Europe/Moscow", "week": {
              "mon": [["09:00", "13:00"], ["14:00", "18:00"]],
              "tue": [["09:00", "13:00"], ["14:00", "18:00"]],
              "wed": [["09:00", "13:00"], ["14:00", "18:00"]],
              "thu": [["09:00", "13:00"], ["14:00", "18:00"]],
              "fri": [["09:00", "13:00"], ["14:00", "18:00"]]}})"},
        // Open Monday evening through the night to Tuesday 02:00: one interval.
        {QStringLiteral("night shift"),
         R"({"timezone": "UTC", "week": {"mon": [["18:00", "24:00"]], "tue": [["00:00", "02:00"]]}})"},
        {QStringLiteral("berlin night"),
         R"({"timezone": "Europe/Berlin", "week": {"mon": [["00:00", "04:00"]],
              "tue": [["00:00", "04:00"]], "wed": [["00:00", "04:00"]], "thu": [["00:00", "04:00"]],
              "fri": [["00:00", "04:00"]], "sat": [["00:00", "04:00"]], "sun": [["00:00", "04:00"]]}})"},
        {QStringLiteral("new york night"),
         R"({"timezone": "America/New_York", "week": {"mon": [["00:00", "04:00"]],
              "tue": [["00:00", "04:00"]], "wed": [["00:00", "04:00"]], "thu": [["00:00", "04:00"]],
              "fri": [["00:00", "04:00"]], "sat": [["00:00", "04:00"]], "sun": [["00:00", "04:00"]]}})"},
        {QStringLiteral("sydney night"),
         R"({"timezone": "Australia/Sydney", "week": {"mon": [["00:00", "04:00"]],
              "tue": [["00:00", "04:00"]], "wed": [["00:00", "04:00"]], "thu": [["00:00", "04:00"]],
              "fri": [["00:00", "04:00"]], "sat": [["00:00", "04:00"]], "sun": [["00:00", "04:00"]]}})"},
        // Opens inside Berlin's spring gap (02:00-03:00 does not exist on 2026-03-29).
        {QStringLiteral("berlin gap"),
         R"({"timezone": "Europe/Berlin", "week": {"mon": [["02:30", "05:00"]],
              "tue": [["02:30", "05:00"]], "wed": [["02:30", "05:00"]], "thu": [["02:30", "05:00"]],
              "fri": [["02:30", "05:00"]], "sat": [["02:30", "05:00"]], "sun": [["02:30", "05:00"]]}})"},
    };
    return files;
}

BusinessCalendar calendar(const QString& name)
{
    if (name.startsWith(QLatin1String("builtin:"))) {
        auto resolved = CalendarCatalog::resolve(name);
        if (!resolved)
            qFatal("%s", qPrintable(resolved.error().toString()));
        return resolved.value();
    }
    auto parsed = CalendarFormat::parse(calendarFiles().value(name), name);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

qint64 at(const QString& iso)
{
    const std::optional<qint64> ms = parseIsoInstant(iso);
    if (!ms)
        qFatal("bad instant in test: %s", qPrintable(iso));
    return *ms;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void addMinutes_data();
    void addMinutes();
    void minutesBetween_data();
    void minutesBetween();
    void openAndNextOpening_data();
    void openAndNextOpening();
    void localTimesInsideTransitions_data();
    void localTimesInsideTransitions();
    void addThenElapsedRoundTrips_data();
    void addThenElapsedRoundTrips();
    void queriesInAnyOrderAgree();
    void threadsShareTheCache();
    void shortenedDaysCloseAnHourEarly();
    void invalidRulesAreRejected_data();
    void invalidRulesAreRejected();
};

void TestBusinessCalendar::addMinutes_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<Boundary>("boundary");
    QTest::addColumn<QString>("expected");

    const QString split = QStringLiteral("split");
    auto row = [](const char* name, const QString& calendar, const char* start, qint64 minutes,
                  Boundary boundary, const char* expected) {
        QTest::newRow(name) << calendar << QString::fromLatin1(start) << minutes << boundary
                            << QString::fromLatin1(expected);
    };
    const Boundary close = Boundary::Close;
    const Boundary next = Boundary::NextOpen;
    // 2026-03-02 is a Monday.
    row("inside the morning", split, "2026-03-02T10:00:00+03:00", 30, close,
        "2026-03-02T10:30:00+03:00");
    row("across lunch", split, "2026-03-02T12:30:00+03:00", 60, close, "2026-03-02T14:30:00+03:00");
    row("to lunch, close", split, "2026-03-02T12:00:00+03:00", 60, close,
        "2026-03-02T13:00:00+03:00");
    row("to lunch, next-open", split, "2026-03-02T12:00:00+03:00", 60, next,
        "2026-03-02T14:00:00+03:00");
    row("to evening, close", split, "2026-03-02T17:00:00+03:00", 60, close,
        "2026-03-02T18:00:00+03:00");
    row("to evening, next-open", split, "2026-03-02T17:00:00+03:00", 60, next,
        "2026-03-03T09:00:00+03:00");
    row("friday close to monday", split, "2026-03-06T17:00:00+03:00", 60, next,
        "2026-03-09T09:00:00+03:00");
    row("over the weekend", split, "2026-03-06T17:30:00+03:00", 60, close,
        "2026-03-09T09:30:00+03:00");
    row("seconds kept", split, "2026-03-02T10:00:07+03:00", 1, close, "2026-03-02T10:01:07+03:00");
    row("start before opening", split, "2026-03-02T07:00:00+03:00", 30, close,
        "2026-03-02T09:30:00+03:00");
    row("start at lunch", split, "2026-03-02T13:20:00+03:00", 30, close,
        "2026-03-02T14:30:00+03:00");
    row("start on saturday", split, "2026-03-07T12:00:00+03:00", 1, close,
        "2026-03-09T09:01:00+03:00");
    row("zero, closed, close", split, "2026-03-07T12:00:00+03:00", 0, close,
        "2026-03-07T12:00:00+03:00");
    row("zero, closed, next-open", split, "2026-03-07T12:00:00+03:00", 0, next,
        "2026-03-09T09:00:00+03:00");
    row("zero, open, next-open", split, "2026-03-02T10:00:00+03:00", 0, next,
        "2026-03-02T10:00:00+03:00");
    row("zero at closing time, close", split, "2026-03-02T13:00:00+03:00", 0, close,
        "2026-03-02T13:00:00+03:00");
    row("zero at closing time, next-open", split, "2026-03-02T13:00:00+03:00", 0, next,
        "2026-03-02T14:00:00+03:00");
    row("zero at opening time, next-open", split, "2026-03-02T14:00:00+03:00", 0, next,
        "2026-03-02T14:00:00+03:00");
    row("start at closing time", split, "2026-03-02T18:00:00+03:00", 1, close,
        "2026-03-03T09:01:00+03:00");
    row("a full week, close", split, "2026-03-02T09:00:00+03:00", 40 * 60, close,
        "2026-03-06T18:00:00+03:00");
    row("a full week, next-open", split, "2026-03-02T09:00:00+03:00", 40 * 60, next,
        "2026-03-09T09:00:00+03:00");

    // Monday 18:00-24:00 and Tuesday 00:00-02:00 are one interval.
    const QString night = QStringLiteral("night shift");
    row("midnight is no closing, close", night, "2026-03-02T23:00:00Z", 60, close,
        "2026-03-03T00:00:00Z");
    row("midnight is no closing, next-open", night, "2026-03-02T23:00:00Z", 60, next,
        "2026-03-03T00:00:00Z");
    row("night shift ends, close", night, "2026-03-02T23:00:00Z", 180, close,
        "2026-03-03T02:00:00Z");
    row("night shift ends, next-open", night, "2026-03-02T23:00:00Z", 180, next,
        "2026-03-09T18:00:00Z");

    const QString always = QStringLiteral("builtin:24x7");
    row("24x7 across new year, close", always, "2026-12-31T23:30:00Z", 60, close,
        "2027-01-01T00:30:00Z");
    row("24x7 exact new year, next-open", always, "2026-12-31T23:30:00Z", 30, next,
        "2027-01-01T00:00:00Z");
    row("24x7 a year", always, "2025-01-01T00:00:00Z", 365 * 1440, close, "2026-01-01T00:00:00Z");

    // Russia: Saturday 2025-11-01 is worked (shortened to 17:00); 3 and 4 Nov are off.
    const QString ru = QStringLiteral("builtin:ru");
    row("ru worked saturday", ru, "2025-10-31T17:30:00+03:00", 60, close,
        "2025-11-01T09:30:00+03:00");
    row("ru shortened saturday, close", ru, "2025-11-01T16:30:00+03:00", 30, close,
        "2025-11-01T17:00:00+03:00");
    row("ru shortened saturday, next-open", ru, "2025-11-01T16:30:00+03:00", 30, next,
        "2025-11-05T09:00:00+03:00");
    row("ru before may day", ru, "2026-04-30T16:30:00+03:00", 30, next,
        "2026-05-04T09:00:00+03:00");
    row("ru new year holidays", ru, "2025-12-30T17:00:00+03:00", 120, close,
        "2026-01-12T10:00:00+03:00");
    row("ru 2026 victory day moved", ru, "2026-05-08T16:00:00+03:00", 61, close,
        "2026-05-12T09:01:00+03:00");
    // China: make-up working days (调休) on a Saturday and a Sunday.
    const QString cn = QStringLiteral("builtin:cn");
    row("cn make-up saturday", cn, "2026-02-13T17:00:00+08:00", 120, close,
        "2026-02-14T10:00:00+08:00");
    row("cn spring festival", cn, "2026-02-14T17:00:00+08:00", 120, close,
        "2026-02-24T10:00:00+08:00");
    row("cn make-up sunday", cn, "2026-01-03T12:00:00+08:00", 30, close,
        "2026-01-04T09:30:00+08:00");
    row("cn national day 2025", cn, "2025-09-30T17:00:00+08:00", 120, close,
        "2025-10-09T10:00:00+08:00");

    // DST: 00:00-04:00 lasts 3 h on spring-forward days and 5 h on fall-back days.
    row("berlin spring forward", QStringLiteral("berlin night"), "2026-03-29T00:00:00+01:00", 240,
        close, "2026-03-30T01:00:00+02:00");
    row("berlin fall back", QStringLiteral("berlin night"), "2026-10-25T00:00:00+02:00", 300, close,
        "2026-10-25T04:00:00+01:00");
    row("new york spring forward", QStringLiteral("new york night"), "2026-03-08T00:00:00-05:00",
        180, close, "2026-03-08T04:00:00-04:00");
    row("new york fall back", QStringLiteral("new york night"), "2026-11-01T00:00:00-04:00", 300,
        close, "2026-11-01T04:00:00-05:00");
    row("new york fall back, next-open", QStringLiteral("new york night"),
        "2026-11-01T00:00:00-04:00", 300, next, "2026-11-02T00:00:00-05:00");
    row("sydney fall back (april)", QStringLiteral("sydney night"), "2026-04-05T00:00:00+11:00",
        300, close, "2026-04-05T04:00:00+10:00");
    row("sydney spring forward (october)", QStringLiteral("sydney night"),
        "2026-10-04T00:00:00+10:00", 180, close, "2026-10-04T04:00:00+11:00");
    row("opening inside a gap moves to its end", QStringLiteral("berlin gap"),
        "2026-03-29T00:00:00+01:00", 1, close, "2026-03-29T03:01:00+02:00");
}

void TestBusinessCalendar::addMinutes()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(qint64, minutes);
    QFETCH(Boundary, boundary);
    QFETCH(QString, expected);
    const BusinessCalendar cal = ::calendar(calendar);
    QCOMPARE(isoTimestamp(cal.addBusinessMinutes(at(start), minutes, boundary), cal.timeZone()),
             expected);
}

void TestBusinessCalendar::minutesBetween_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<qint64>("minutes");

    auto row = [](const char* name, const char* calendar, const char* start, const char* end,
                  qint64 minutes) {
        QTest::newRow(name) << QString::fromLatin1(calendar) << QString::fromLatin1(start)
                            << QString::fromLatin1(end) << minutes;
    };
    row("split day", "split", "2026-03-02T00:00:00+03:00", "2026-03-03T00:00:00+03:00", 480);
    row("split week", "split", "2026-03-02T00:00:00+03:00", "2026-03-09T00:00:00+03:00", 5 * 480);
    row("floor below a minute", "split", "2026-03-02T10:00:00+03:00", "2026-03-02T10:00:59+03:00",
        0);
    row("floor above a minute", "split", "2026-03-02T10:00:00+03:00", "2026-03-02T10:01:30+03:00",
        1);
    row("end before start", "split", "2026-03-03T10:00:00+03:00", "2026-03-02T10:00:00+03:00", 0);
    row("end equals start", "split", "2026-03-02T10:00:00+03:00", "2026-03-02T10:00:00+03:00", 0);
    row("offsets of the input do not matter", "split", "2026-03-02T06:00:00Z",
        "2026-03-02T12:00:00+03:00", 180);
    row("night shift across midnight", "night shift", "2026-03-02T00:00:00Z",
        "2026-03-04T00:00:00Z", 480);
    row("berlin spring forward", "berlin night", "2026-03-29T00:00:00+01:00",
        "2026-03-29T12:00:00+02:00", 180);
    row("berlin fall back", "berlin night", "2026-10-25T00:00:00+02:00",
        "2026-10-25T12:00:00+01:00", 300);
    row("berlin normal day", "berlin night", "2026-03-28T00:00:00+01:00",
        "2026-03-28T12:00:00+01:00", 240);
    row("new york spring forward", "new york night", "2026-03-08T00:00:00-05:00",
        "2026-03-08T12:00:00-04:00", 180);
    row("new york fall back", "new york night", "2026-11-01T00:00:00-04:00",
        "2026-11-01T12:00:00-05:00", 300);
    row("sydney fall back", "sydney night", "2026-04-05T00:00:00+11:00",
        "2026-04-05T12:00:00+10:00", 300);
    row("sydney spring forward", "sydney night", "2026-10-04T00:00:00+10:00",
        "2026-10-04T12:00:00+11:00", 180);
    // 02:30 does not exist on 2026-03-29: the day opens at 03:00 CEST, 2 h instead of 2.5 h.
    row("boundary in a gap", "berlin gap", "2026-03-29T00:00:00+01:00", "2026-03-29T12:00:00+02:00",
        120);
    row("gap calendar, normal day", "berlin gap", "2026-03-28T00:00:00+01:00",
        "2026-03-28T12:00:00+01:00", 150);
    // 02:30 exists twice on 2026-10-25: the first (CEST) counts, so 3.5 h.
    row("boundary in a repeated hour", "berlin gap", "2026-10-25T00:00:00+02:00",
        "2026-10-25T12:00:00+01:00", 210);
    // 9 h a day (09:00-18:00 without a break), 1 h less on the 4 shortened days:
    // 247 working days each year, the 1972 h norm being 247 x 8 h - 4 h.
    row("ru 2025", "builtin:ru", "2025-01-01T00:00:00+03:00", "2026-01-01T00:00:00+03:00",
        (247 * 9 - 4) * 60);
    row("ru 2026", "builtin:ru-2026", "2026-01-01T00:00:00+03:00", "2027-01-01T00:00:00+03:00",
        (247 * 9 - 4) * 60);
    row("ru 2025 to 2026-12-31", "builtin:ru", "2025-01-01T00:00:00+03:00",
        "2026-12-31T00:00:00+03:00", 2 * (247 * 9 - 4) * 60);
    row("ru in utc", "builtin:ru", "2024-12-31T21:00:00Z", "2026-12-31T21:00:00Z",
        2 * (247 * 9 - 4) * 60);
    row("cn 2025", "builtin:cn-2025", "2025-01-01T00:00:00+08:00", "2026-01-01T00:00:00+08:00",
        248 * 9 * 60);
    row("cn 2025 and 2026", "builtin:cn", "2025-01-01T00:00:00+08:00", "2027-01-01T00:00:00+08:00",
        2 * 248 * 9 * 60);
    // A year without data follows the weekly hours: Fri 1 Jan 2027 and Mon-Thu are open.
    row("year without data", "builtin:ru-2026", "2027-01-01T00:00:00+03:00",
        "2027-01-08T00:00:00+03:00", 5 * 9 * 60);
    row("24x7 two years", "builtin:24x7", "2025-01-01T00:00:00Z", "2027-01-01T00:00:00Z",
        730 * 1440);
    row("24x7 a decade", "builtin:24x7", "2020-01-01T00:00:00Z", "2030-01-01T00:00:00Z",
        3653 * 1440);
}

void TestBusinessCalendar::minutesBetween()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(qint64, minutes);
    const BusinessCalendar cal = ::calendar(calendar);
    QCOMPARE(cal.businessMinutesBetween(at(start), at(end)), minutes);
    if (minutes > 0)
        QCOMPARE(cal.businessSecondsBetween(at(start), at(end)) / 60, minutes);
}

void TestBusinessCalendar::openAndNextOpening_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("nextOpening");

    auto row = [](const char* name, const char* calendar, const char* instant, bool open,
                  const char* next) {
        QTest::newRow(name) << QString::fromLatin1(calendar) << QString::fromLatin1(instant) << open
                            << QString::fromLatin1(next);
    };
    row("at opening", "split", "2026-03-02T09:00:00+03:00", true, "2026-03-02T09:00:00+03:00");
    row("one second before opening", "split", "2026-03-02T08:59:59+03:00", false,
        "2026-03-02T09:00:00+03:00");
    row("at closing", "split", "2026-03-02T13:00:00+03:00", false, "2026-03-02T14:00:00+03:00");
    row("one second before closing", "split", "2026-03-02T17:59:59+03:00", true,
        "2026-03-02T17:59:59+03:00");
    row("sunday", "split", "2026-03-08T12:00:00+03:00", false, "2026-03-09T09:00:00+03:00");
    row("ru holiday", "builtin:ru", "2026-01-05T12:00:00+03:00", false,
        "2026-01-12T09:00:00+03:00");
    row("ru worked saturday", "builtin:ru", "2025-11-01T16:59:59+03:00", true,
        "2025-11-01T16:59:59+03:00");
    row("ru shortened day after 17:00", "builtin:ru", "2025-11-01T17:00:00+03:00", false,
        "2025-11-05T09:00:00+03:00");
    row("cn make-up sunday", "builtin:cn", "2026-09-20T10:00:00+08:00", true,
        "2026-09-20T10:00:00+08:00");
    row("night shift at midnight", "night shift", "2026-03-03T00:00:00Z", true,
        "2026-03-03T00:00:00Z");
    row("opening in a gap", "berlin gap", "2026-03-29T00:30:00Z", false,
        "2026-03-29T03:00:00+02:00");
    row("24x7", "builtin:24x7", "2031-06-01T12:00:00Z", true, "2031-06-01T12:00:00Z");
}

void TestBusinessCalendar::openAndNextOpening()
{
    QFETCH(QString, calendar);
    QFETCH(QString, instant);
    QFETCH(bool, open);
    QFETCH(QString, nextOpening);
    const BusinessCalendar cal = ::calendar(calendar);
    QCOMPARE(cal.isOpenAt(at(instant)), open);
    QCOMPARE(isoTimestamp(cal.nextOpening(at(instant)), cal.timeZone()), nextOpening);
}

void TestBusinessCalendar::localTimesInsideTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("berlin gap moves to its end")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QStringLiteral("02:30")
        << QStringLiteral("2026-03-29T01:00:00Z");
    QTest::newRow("berlin repeated hour: first occurrence")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << QStringLiteral("02:30")
        << QStringLiteral("2026-10-25T00:30:00Z");
    QTest::newRow("new york gap") << QByteArray("America/New_York") << QDate(2026, 3, 8)
                                  << QStringLiteral("02:15")
                                  << QStringLiteral("2026-03-08T07:00:00Z");
    QTest::newRow("new york repeated hour")
        << QByteArray("America/New_York") << QDate(2026, 11, 1) << QStringLiteral("01:30")
        << QStringLiteral("2026-11-01T05:30:00Z");
    QTest::newRow("sydney gap") << QByteArray("Australia/Sydney") << QDate(2026, 10, 4)
                                << QStringLiteral("02:00")
                                << QStringLiteral("2026-10-03T16:00:00Z");
    QTest::newRow("end of day") << QByteArray("Europe/Moscow") << QDate(2026, 12, 31)
                                << QStringLiteral("24:00")
                                << QStringLiteral("2026-12-31T21:00:00Z");
}

void TestBusinessCalendar::localTimesInsideTransitions()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QString, time);
    QFETCH(QString, expected);
    const std::optional<int> second = CalendarFormat::parseTime(time, true);
    QVERIFY(second);
    QCOMPARE(isoTimestamp(BusinessCalendar::localToUtcMs(QTimeZone(zone), date, *second),
                          QTimeZone::utc()),
             expected);
}

void TestBusinessCalendar::addThenElapsedRoundTrips_data()
{
    QTest::addColumn<QString>("calendar");
    for (const char* name : {"split", "night shift", "berlin night", "sydney night", "berlin gap",
                             "builtin:ru", "builtin:cn", "builtin:24x7"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestBusinessCalendar::addThenElapsedRoundTrips()
{
    QFETCH(QString, calendar);
    const BusinessCalendar cal = ::calendar(calendar);
    QRandomGenerator random(42);
    const qint64 from = at(QStringLiteral("2025-01-01T00:00:00Z"));
    const qint64 to = at(QStringLiteral("2026-12-31T00:00:00Z"));
    for (int i = 0; i < 2000; ++i) {
        const qint64 start = from + qint64(random.bounded(quint64(to - from)));
        const qint64 minutes = random.bounded(i % 10 == 0 ? 100000 : 3000);
        const qint64 close = cal.addBusinessMinutes(start, minutes, Boundary::Close);
        const qint64 next = cal.addBusinessMinutes(start, minutes, Boundary::NextOpen);
        QVERIFY(close >= start);
        QVERIFY(next >= close);
        QCOMPARE(cal.businessSecondsBetween(start, close), minutes * 60);
        QCOMPARE(cal.businessSecondsBetween(start, next), minutes * 60);
        if (minutes > 0 && next != close)
            QVERIFY(!cal.isOpenAt(close));
        QVERIFY(cal.isOpenAt(next));
    }
}

void TestBusinessCalendar::queriesInAnyOrderAgree()
{
    // The cache grows forwards and backwards; answers must not depend on the order.
    const BusinessCalendar grown = calendar(QStringLiteral("builtin:ru"));
    const QStringList starts = {
        QStringLiteral("2030-06-01T00:00:00Z"), QStringLiteral("2026-06-01T00:00:00Z"),
        QStringLiteral("2019-06-01T00:00:00Z"), QStringLiteral("2024-12-31T20:00:00Z")};
    for (const QString& start : starts) {
        const qint64 fromGrown =
            grown.businessSecondsBetween(at(start), at(start) + 400LL * 86400 * 1000);
        const BusinessCalendar fresh = calendar(QStringLiteral("builtin:ru"));
        QCOMPARE(fromGrown,
                 fresh.businessSecondsBetween(at(start), at(start) + 400LL * 86400 * 1000));
        QCOMPARE(grown.addBusinessMinutes(at(start), 5000),
                 calendar(QStringLiteral("builtin:ru")).addBusinessMinutes(at(start), 5000));
    }
}

void TestBusinessCalendar::threadsShareTheCache()
{
    const BusinessCalendar shared = calendar(QStringLiteral("builtin:cn"));
    const BusinessCalendar reference = calendar(QStringLiteral("builtin:cn"));
    const qint64 base = at(QStringLiteral("2020-01-01T00:00:00Z"));
    std::vector<std::thread> threads;
    std::atomic<int> mismatches = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t]() {
            for (int i = 0; i < 200; ++i) {
                const qint64 start = base + qint64((t * 200 + i) % 97) * 31 * 86400 * 1000;
                if (shared.addBusinessMinutes(start, 10000) !=
                    reference.addBusinessMinutes(start, 10000))
                    ++mismatches;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestBusinessCalendar::shortenedDaysCloseAnHourEarly()
{
    const BusinessCalendar ru = calendar(QStringLiteral("builtin:ru-2025"));
    const BusinessCalendar::DayHours shortened{{9 * 3600, 17 * 3600}};
    const BusinessCalendar::DayHours normal{{9 * 3600, 18 * 3600}};
    for (const QDate& date :
         {QDate(2025, 3, 7), QDate(2025, 4, 30), QDate(2025, 6, 11), QDate(2025, 11, 1)})
        QCOMPARE(ru.hoursOn(date), shortened);
    QCOMPARE(ru.hoursOn(QDate(2025, 3, 6)), normal);
    QVERIFY(ru.hoursOn(QDate(2025, 11, 3)).isEmpty());
    QVERIFY(ru.hoursOn(QDate(2025, 11, 2)).isEmpty());
}

void TestBusinessCalendar::invalidRulesAreRejected_data()
{
    QTest::addColumn<int>("problem");
    QTest::newRow("no open hours") << 0;
    QTest::newRow("only workdays, no week") << 1;
    QTest::newRow("invalid zone") << 2;
    QTest::newRow("overlapping intervals") << 3;
    QTest::newRow("holiday and workday") << 4;
    QTest::newRow("workdays without a weekday to copy") << 5;
    QTest::newRow("interval past midnight") << 6;
}

void TestBusinessCalendar::invalidRulesAreRejected()
{
    QFETCH(int, problem);
    BusinessCalendar::Rules rules;
    rules.zone = QTimeZone("Europe/Moscow");
    rules.week[0] = {{9 * 3600, 18 * 3600}};
    switch (problem) {
    case 0:
        rules.week[0].clear();
        break;
    case 1:
        rules.week[0].clear();
        rules.workdays.insert(QDate(2026, 1, 3));
        rules.workdayHours = BusinessCalendar::DayHours{{9 * 3600, 18 * 3600}};
        break;
    case 2:
        rules.zone = QTimeZone("Mars/Olympus_Mons");
        break;
    case 3:
        rules.week[0] = {{9 * 3600, 13 * 3600}, {12 * 3600, 18 * 3600}};
        break;
    case 4:
        rules.holidays.insert(QDate(2026, 1, 3));
        rules.workdays.insert(QDate(2026, 1, 3));
        break;
    case 5:
        rules.week[0].clear();
        rules.week[5] = {{9 * 3600, 18 * 3600}};
        rules.workdays.insert(QDate(2026, 1, 4));
        break;
    case 6:
        rules.week[0] = {{20 * 3600, 25 * 3600}};
        break;
    }
    const auto created = BusinessCalendar::create(rules);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::BadInput);
    QVERIFY(!created.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
