// SPDX-License-Identifier: MIT
// sla add / sla elapsed through the real executable: the exact line on
// stdout, the exit codes and the error lines of CLI.md.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using Switchboard::Test::runCli;
namespace Test = Switchboard::Test;

class TestSlaCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsOneLine_data();
    void printsOneLine();
    void failsWithExitCode_data();
    void failsWithExitCode();
    void jsonOutput();
    void needsNoDatabase();

private:
    QTemporaryDir m_dir;
    QString m_calendarFile;
    QString m_badCalendarFile;
};

void TestSlaCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_calendarFile = m_dir.filePath(QStringLiteral("split.json"));
    QFile good(m_calendarFile);
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(R"({"timezone": "Europe/Berlin",
                   "week": {"mon": [["09:00", "13:00"], ["14:00", "18:00"]],
                            "tue": [["09:00", "13:00"], ["14:00", "18:00"]]},
                   "holidays": ["2026-03-03"], "workdays": ["2026-03-07"]})");
    good.close();
    m_badCalendarFile = m_dir.filePath(QStringLiteral("bad.json"));
    QFile bad(m_badCalendarFile);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"timezone": "Europe/Berlin", "week": {"tue": [["09:00", "13:00"], ["14:00", "25:00"]]}})");
}

void TestSlaCommand::printsOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    auto add = [](const char* name, const QString& calendar, const char* start, const char* minutes,
                  const char* boundary, const char* expected) {
        QStringList arguments = {QStringLiteral("sla"),        QStringLiteral("add"),
                                 QStringLiteral("--calendar"), calendar,
                                 QStringLiteral("--start"),    QString::fromLatin1(start),
                                 QStringLiteral("--minutes"),  QString::fromLatin1(minutes)};
        if (boundary)
            arguments << QStringLiteral("--boundary") << QString::fromLatin1(boundary);
        QTest::newRow(name) << arguments << QByteArray(expected) + '\n';
    };
    auto elapsed = [](const char* name, const QString& calendar, const char* start, const char* end,
                      const char* expected) {
        QTest::newRow(name) << QStringList{QStringLiteral("sla"),        QStringLiteral("elapsed"),
                                           QStringLiteral("--calendar"), calendar,
                                           QStringLiteral("--start"),    QString::fromLatin1(start),
                                           QStringLiteral("--end"),      QString::fromLatin1(end)}
                            << QByteArray(expected) + '\n';
    };
    const QString ru = QStringLiteral("builtin:ru-2026");
    add("ru shortened day, close", ru, "2026-04-30T16:30:00+03:00", "30", nullptr,
        "2026-04-30T17:00:00+03:00");
    add("ru shortened day, next-open", ru, "2026-04-30T16:30:00+03:00", "30", "next-open",
        "2026-05-04T09:00:00+03:00");
    add("ru input in utc", ru, "2026-04-30T13:30Z", "30", "close", "2026-04-30T17:00:00+03:00");
    add("ru zero minutes on a holiday, close", ru, "2026-01-05T12:00:00+03:00", "0", nullptr,
        "2026-01-05T12:00:00+03:00");
    add("ru zero minutes on a holiday, next-open", ru, "2026-01-05T12:00:00+03:00", "0",
        "next-open", "2026-01-12T09:00:00+03:00");
    add("ru over new year 2025", QStringLiteral("builtin:ru"), "2025-12-30T17:00:00+03:00", "120",
        nullptr, "2026-01-12T10:00:00+03:00");
    add("ru-2025 worked saturday", QStringLiteral("builtin:ru-2025"), "2025-10-31T17:30:00+03:00",
        "60", nullptr, "2025-11-01T09:30:00+03:00");
    add("cn make-up saturday", QStringLiteral("builtin:cn-2026"), "2026-02-13T17:00:00+08:00",
        "120", nullptr, "2026-02-14T10:00:00+08:00");
    add("24x7 prints Z", QStringLiteral("builtin:24x7"), "2026-03-02T09:15:00+03:00", "90", nullptr,
        "2026-03-02T07:45:00Z");
    add("file, lunch break", m_calendarFile, "2026-03-02T12:30:00+01:00", "60", nullptr,
        "2026-03-02T14:30:00+01:00");
    add("file, holiday and workday", m_calendarFile, "2026-03-02T17:30:00+01:00", "60", "close",
        "2026-03-07T09:30:00+01:00");
    elapsed("ru 2026 whole year", ru, "2026-01-01T00:00:00+03:00", "2027-01-01T00:00:00+03:00",
            "133140");
    elapsed("cn two years", QStringLiteral("builtin:cn"), "2025-01-01T00:00:00+08:00",
            "2027-01-01T00:00:00+08:00", "267840");
    elapsed("floors to whole minutes", ru, "2026-03-02T09:00:00+03:00", "2026-03-02T09:01:59+03:00",
            "1");
    elapsed("end before start", ru, "2026-03-03T09:00:00+03:00", "2026-03-02T09:00:00+03:00", "0");
    elapsed("file, one week", m_calendarFile, "2026-03-02T00:00+01:00", "2026-03-09T00:00+01:00",
            "960");
}

void TestSlaCommand::printsOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Test::CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, expected);
    QVERIFY(run.err.isEmpty());
}

void TestSlaCommand::failsWithExitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mentions");
    const QString start = QStringLiteral("2026-03-02T09:00:00+03:00");
    auto addArgs = [&](const QString& calendar, const QString& from, const QString& minutes) {
        return QStringList{QStringLiteral("sla"),        QStringLiteral("add"),
                           QStringLiteral("--calendar"), calendar,
                           QStringLiteral("--start"),    from,
                           QStringLiteral("--minutes"),  minutes};
    };
    const QString ru = QStringLiteral("builtin:ru");
    QTest::newRow("negative minutes")
        << addArgs(ru, start, QStringLiteral("-5")) << 2 << QByteArray("--minutes");
    QTest::newRow("minutes not a number")
        << addArgs(ru, start, QStringLiteral("ten")) << 2 << QByteArray("--minutes");
    QTest::newRow("no offset") << addArgs(ru, QStringLiteral("2026-03-02T09:00:00"),
                                          QStringLiteral("5"))
                               << 2 << QByteArray("(--start)");
    QTest::newRow("not a time") << addArgs(ru, QStringLiteral("monday"), QStringLiteral("5")) << 2
                                << QByteArray("monday");
    QTest::newRow("unknown builtin")
        << addArgs(QStringLiteral("builtin:mars"), start, QStringLiteral("5")) << 2
        << QByteArray("builtin:24x7, builtin:weekdays-9-18");
    QTest::newRow("missing calendar file")
        << addArgs(m_dir.filePath(QStringLiteral("nope.json")), start, QStringLiteral("5")) << 5
        << QByteArray("nope.json");
    QTest::newRow("invalid calendar file")
        << addArgs(m_badCalendarFile, start, QStringLiteral("5")) << 5
        << QByteArray("week.tue[1]: 25:00 is not a time (" + m_badCalendarFile.toUtf8() + ")");
    QTest::newRow("bad boundary") << addArgs(ru, start, QStringLiteral("5")) +
                                         QStringList{QStringLiteral("--boundary"),
                                                     QStringLiteral("open")}
                                  << 2 << QByteArray("--boundary");
    QTest::newRow("add without minutes")
        << QStringList{QStringLiteral("sla"),        QStringLiteral("add"),
                       QStringLiteral("--calendar"), ru,
                       QStringLiteral("--start"),    start}
        << 2 << QByteArray("--minutes");
    QTest::newRow("elapsed without end")
        << QStringList{QStringLiteral("sla"),        QStringLiteral("elapsed"),
                       QStringLiteral("--calendar"), ru,
                       QStringLiteral("--start"),    start}
        << 2 << QByteArray("--end");
    QTest::newRow("elapsed bad end")
        << QStringList{QStringLiteral("sla"),        QStringLiteral("elapsed"),
                       QStringLiteral("--calendar"), ru,
                       QStringLiteral("--start"),    start,
                       QStringLiteral("--end"),      QStringLiteral("2026-13-01T00:00Z")}
        << 2 << QByteArray("(--end)");
    QTest::newRow("no subcommand")
        << QStringList{QStringLiteral("sla")} << 2 << QByteArray("usage");
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("sla"), QStringLiteral("subtract")} << 2
        << QByteArray("usage");
}

void TestSlaCommand::failsWithExitCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mentions);
    const Test::CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("switchboard-cli: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(mentions), run.err.constData());
}

void TestSlaCommand::jsonOutput()
{
    const Test::CliRun added =
        runCli({QStringLiteral("sla"), QStringLiteral("add"), QStringLiteral("--calendar"),
                QStringLiteral("builtin:cn"), QStringLiteral("--start"),
                QStringLiteral("2026-01-03T12:00+08:00"), QStringLiteral("--minutes"),
                QStringLiteral("30"), QStringLiteral("--json")});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(added.out).object().value(QStringLiteral("result")).toString(),
             QStringLiteral("2026-01-04T09:30:00+08:00"));
    const Test::CliRun elapsed =
        runCli({QStringLiteral("sla"), QStringLiteral("elapsed"), QStringLiteral("--calendar"),
                QStringLiteral("builtin:24x7"), QStringLiteral("--start"),
                QStringLiteral("2026-01-01T00:00Z"), QStringLiteral("--end"),
                QStringLiteral("2026-01-02T00:00Z"), QStringLiteral("--json")});
    QCOMPARE(elapsed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(elapsed.out).object().value(QStringLiteral("minutes")).toInt(),
             1440);
}

void TestSlaCommand::needsNoDatabase()
{
    // A --db path that cannot be created must not matter: sla never opens it.
    const QString db = m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
    const Test::CliRun run =
        runCli({QStringLiteral("--db"), db, QStringLiteral("sla"), QStringLiteral("elapsed"),
                QStringLiteral("--calendar"), QStringLiteral("builtin:24x7"),
                QStringLiteral("--start"), QStringLiteral("2026-01-01T00:00Z"),
                QStringLiteral("--end"), QStringLiteral("2026-01-01T01:00Z")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("60\n"));
    QVERIFY(!QFile::exists(db));
}

QTEST_GUILESS_MAIN(TestSlaCommand)
#include "tst_slacommand.moc"
