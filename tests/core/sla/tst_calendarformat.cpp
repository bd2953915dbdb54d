// SPDX-License-Identifier: MIT
// The calendar file format of CLI.md: parsing, errors that name the file and
// the field, writing back, and the built-in calendars.
#include "sla/calendarcatalog.h"
#include "sla/calendarformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class TestCalendarFormat : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedExample();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void roundTrips_data();
    void roundTrips();
    void loadReportsMissingFile();
    void resolvesBuiltins_data();
    void resolvesBuiltins();
    void unknownBuiltinListsTheAvailableOnes();
    void timesParseAndFormat_data();
    void timesParseAndFormat();
};

void TestCalendarFormat::parsesTheDocumentedExample()
{
    const QByteArray json = R"({
      "timezone": "Europe/Moscow",
      "week": { "mon": [["09:00", "13:00"], ["14:00", "18:00"]], "tue": [["09:00", "18:00"]], "sat": [] },
      "holidays": ["2026-01-01", "2026-01-02"],
      "workdays": ["2026-11-01"]
    })";
    auto parsed = CalendarFormat::parse(json, QStringLiteral("example.json"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    const BusinessCalendar::Rules& rules = parsed->rules();
    QCOMPARE(rules.zone.id(), QByteArray("Europe/Moscow"));
    const BusinessCalendar::DayHours monday{{9 * 3600, 13 * 3600}, {14 * 3600, 18 * 3600}};
    QCOMPARE(rules.week[0], monday);
    QCOMPARE(rules.week[1], (BusinessCalendar::DayHours{{9 * 3600, 18 * 3600}}));
    QVERIFY(rules.week[5].isEmpty());
    QVERIFY(rules.week[6].isEmpty());
    QCOMPARE(rules.holidays.size(), 2);
    QVERIFY(rules.workdays.contains(QDate(2026, 11, 1)));
    // A workday without workday_hours takes the first weekday with hours: Monday's.
    QCOMPARE(parsed->hoursOn(QDate(2026, 11, 1)), monday);
    QVERIFY(parsed->hoursOn(QDate(2026, 1, 1)).isEmpty());
}

void TestCalendarFormat::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray week = R"("week": {"mon": [["09:00", "18:00"]]})";
    auto row = [](const char* name, const QByteArray& json, const char* message) {
        QTest::newRow(name) << json << QString::fromUtf8(message);
    };
    row("not json", "{", "not valid JSON");
    row("not an object", "[]", "a calendar must be a JSON object");
    row("unknown field", R"({"timezone": "UTC", "hollidays": []})", "hollidays: unknown field");
    row("no timezone", "{" + week + "}", "timezone: missing");
    row("unknown timezone", R"({"timezone": "Europe/Atlantis", )" + week + "}",
        "timezone: unknown time zone 'Europe/Atlantis'");
    row("bad hour",
        R"({"timezone": "UTC", "week": {"tue": [["09:00", "13:00"], ["14:00", "25:00"]]}})",
        "week.tue[1]: 25:00 is not a time");
    row("bad minute", R"({"timezone": "UTC", "week": {"mon": [["09:60", "13:00"]]}})",
        "week.mon[0]: 09:60 is not a time");
    row("24:00 as a start", R"({"timezone": "UTC", "week": {"mon": [["24:00", "24:00"]]}})",
        "week.mon[0]: 24:00 is not a time");
    row("end before start", R"({"timezone": "UTC", "week": {"wed": [["18:00", "09:00"]]}})",
        "week.wed[0]: the end 09:00 is not after the start 18:00");
    row("overlap",
        R"({"timezone": "UTC", "week": {"fri": [["09:00", "13:00"], ["12:00", "18:00"]]}})",
        "week.fri[1]: overlaps week.fri[0]");
    row("not a weekday", R"({"timezone": "UTC", "week": {"monday": [["09:00", "18:00"]]}})",
        "week.monday: not a weekday");
    row("not a pair", R"({"timezone": "UTC", "week": {"mon": [["09:00"]]}})",
        "week.mon[0]: expected");
    row("bad holiday", R"({"timezone": "UTC", )" + week + R"(, "holidays": ["2026-02-30"]})",
        "holidays[0]: 2026-02-30 is not a date");
    row("bad workday", R"({"timezone": "UTC", )" + week + R"(, "workdays": ["2026-1-3"]})",
        "workdays[0]: 2026-1-3 is not a date");
    row("holiday and workday",
        R"({"timezone": "UTC", )" + week +
            R"(, "holidays": ["2026-01-03"], "workdays": ["2026-01-03"]})",
        "workdays[0]: 2026-01-03 is also a holiday");
    row("bad workday hours",
        R"({"timezone": "UTC", )" + week + R"(, "workday_hours": [["x", "y"]]})",
        "workday_hours[0]: x is not a time");
    row("empty calendar", R"({"timezone": "UTC", "week": {"sat": []}})", "no open hours");
    row("only workdays",
        R"({"timezone": "UTC", "workdays": ["2026-01-03"], "workday_hours": [["09:00", "18:00"]]})",
        "no open hours");
}

void TestCalendarFormat::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto parsed = CalendarFormat::parse(json, QStringLiteral("calendar.json"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
    QCOMPARE(parsed.error().location, QStringLiteral("calendar.json"));
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestCalendarFormat::roundTrips_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("split week with workday hours")
        << QString() << QByteArray(R"({"timezone": "Asia/Shanghai",
             "week": {"mon": [["09:00", "12:00"], ["13:00", "18:00"]], "sat": [["10:00:30", "24:00"]]},
             "holidays": ["2026-10-01", "2026-01-01"], "workdays": ["2026-10-10"],
             "workday_hours": [["09:00", "17:00"]],
             "date_hours": {"2026-12-31": [["09:00", "15:00"]]}})");
    for (const QString& name : CalendarCatalog::builtinNames())
        QTest::newRow(qPrintable(name)) << QStringLiteral("builtin:") + name << QByteArray();
}

void TestCalendarFormat::roundTrips()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, json);
    auto original = spec.isEmpty() ? CalendarFormat::parse(json, QStringLiteral("test"))
                                   : CalendarCatalog::resolve(spec);
    QVERIFY(original.ok());
    const QByteArray written = CalendarFormat::serialise(original.value());
    auto reread = CalendarFormat::parse(written, QStringLiteral("written"));
    QVERIFY2(reread.ok(), reread.ok() ? "" : qPrintable(reread.error().toString()));
    QCOMPARE(CalendarFormat::serialise(reread.value()), written);
    const BusinessCalendar::Rules& a = original->rules();
    const BusinessCalendar::Rules& b = reread->rules();
    QCOMPARE(a.zone, b.zone);
    QVERIFY(a.week == b.week);
    QCOMPARE(a.holidays, b.holidays);
    QCOMPARE(a.workdays, b.workdays);
    QCOMPARE(a.workdayHours.has_value(), b.workdayHours.has_value());
    QCOMPARE(a.dateHours, b.dateHours);
    // The same answers, too.
    const qint64 start = 1735689600000; // 2025-01-01T00:00:00Z
    QCOMPARE(reread->businessSecondsBetween(start, start + 500LL * 86400 * 1000),
             original->businessSecondsBetween(start, start + 500LL * 86400 * 1000));
}

void TestCalendarFormat::loadReportsMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.json"));
    auto loaded = CalendarFormat::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::BadInput);
    QCOMPARE(loaded.error().location, path);

    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"timezone": "Europe/Berlin", "week": {"mon": [["08:00", "16:00"]]}})");
    file.close();
    QVERIFY(CalendarCatalog::resolve(good).ok());
}

void TestCalendarFormat::resolvesBuiltins_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("holidays");
    QTest::addColumn<int>("workdays");
    QTest::addColumn<int>("shortened");
    QTest::newRow("24x7") << QStringLiteral("24x7") << QByteArray("UTC") << 0 << 0 << 0;
    QTest::newRow("weekdays") << QStringLiteral("weekdays-9-18") << QTimeZone::systemTimeZoneId()
                              << 0 << 0 << 0;
    QTest::newRow("ru-2025") << QStringLiteral("ru-2025") << QByteArray("Europe/Moscow") << 15 << 1
                             << 4;
    QTest::newRow("ru-2026") << QStringLiteral("ru-2026") << QByteArray("Europe/Moscow") << 14 << 0
                             << 4;
    QTest::newRow("ru") << QStringLiteral("ru") << QByteArray("Europe/Moscow") << 29 << 1 << 8;
    QTest::newRow("cn-2025") << QStringLiteral("cn-2025") << QByteArray("Asia/Shanghai") << 18 << 5
                             << 0;
    QTest::newRow("cn-2026") << QStringLiteral("cn-2026") << QByteArray("Asia/Shanghai") << 19 << 6
                             << 0;
    QTest::newRow("cn") << QStringLiteral("cn") << QByteArray("Asia/Shanghai") << 37 << 11 << 0;
}

void TestCalendarFormat::resolvesBuiltins()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, zone);
    QFETCH(int, holidays);
    QFETCH(int, workdays);
    QFETCH(int, shortened);
    auto resolved = CalendarCatalog::resolve(QStringLiteral("builtin:") + name);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->timeZone().id(), zone);
    QCOMPARE(resolved->rules().holidays.size(), holidays);
    QCOMPARE(resolved->rules().workdays.size(), workdays);
    QCOMPARE(resolved->rules().dateHours.size(), shortened);
}

void TestCalendarFormat::unknownBuiltinListsTheAvailableOnes()
{
    auto resolved = CalendarCatalog::resolve(QStringLiteral("builtin:ru-1999"));
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, ErrorKind::Usage);
    for (const QString& name : CalendarCatalog::builtinNames())
        QVERIFY(resolved.error().message.contains(QStringLiteral("builtin:") + name));
}

void TestCalendarFormat::timesParseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("endOfDay");
    QTest::addColumn<int>("second");
    QTest::newRow("midnight") << QStringLiteral("00:00") << false << 0;
    QTest::newRow("with seconds") << QStringLiteral("09:15:30") << false << 9 * 3600 + 15 * 60 + 30;
    QTest::newRow("end of day") << QStringLiteral("24:00") << true << 86400;
    QTest::newRow("end of day as start") << QStringLiteral("24:00") << false << -1;
    QTest::newRow("24:30") << QStringLiteral("24:30") << true << -1;
    QTest::newRow("one digit hour") << QStringLiteral("9:00") << false << -1;
    QTest::newRow("text") << QStringLiteral("noon") << false << -1;
}

void TestCalendarFormat::timesParseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(bool, endOfDay);
    QFETCH(int, second);
    const std::optional<int> parsed = CalendarFormat::parseTime(text, endOfDay);
    QCOMPARE(parsed.value_or(-1), second);
    if (parsed)
        QCOMPARE(CalendarFormat::formatTime(*parsed), text);
}

QTEST_GUILESS_MAIN(TestCalendarFormat)
#include "tst_calendarformat.moc"
