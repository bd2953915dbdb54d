// SPDX-License-Identifier: MIT
// report kpi, agents and staffing through the real executable: the JSON
// objects' keys are the names of docs/metrics.md and docs/staffing.md, with
// numbers in seconds and null where a figure is undefined; dates are
// midnights of the calendar's zone (UTC without one) and --to is excluded;
// filters; the human tables; and the exit codes of CLI.md (usage 2, unknown
// group or agent 4, bad input 5). The tickets come from a flat CSV import,
// so every time is known to the second.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using Switchboard::Test::CliRun;
using Switchboard::Test::runCli;

namespace {

// A-1: Monday 09:00 UTC, answered at 10:25, resolved at 12:00, rated 5.
// A-2: Tuesday 10:00, still open. B-1: created in February, resolved in March.
const char* const kTickets =
    "external_id,subject,body,requester,channel,type,priority,status,assignee,group,tags,"
    "created,first_response,resolved,closed,satisfaction_score,satisfaction_comment\n"
    "A-1,Printer jams,,olga@example.ru,email,fault,2,resolved,anna,Billing,,"
    "2026-03-02T09:00:00Z,2026-03-02T10:25:00Z,2026-03-02T12:00:00Z,,5,\n"
    "A-2,Invoice missing,,li@example.cn,chat,order,3,open,,,,2026-03-03T10:00:00Z,,,,,\n"
    "B-1,Old question,,olga@example.ru,email,consultation,3,closed,anna,Billing,,"
    "2026-02-20T08:00:00Z,2026-02-20T08:30:00Z,2026-03-04T08:00:00Z,"
    "2026-03-05T08:00:00Z,,\n";

const QStringList kKeys = {
    QStringLiteral("backlog_end"),
    QStringLiteral("backlog_start"),
    QStringLiteral("fcr_pct"),
    QStringLiteral("first_response"),
    QStringLiteral("period"),
    QStringLiteral("ratings_count"),
    QStringLiteral("reopen_rate_pct"),
    QStringLiteral("resolution"),
    QStringLiteral("resolved_pct"),
    QStringLiteral("response"),
    QStringLiteral("satisfaction_avg"),
    QStringLiteral("satisfied_pct"),
    QStringLiteral("sla"),
    QStringLiteral("tickets_created"),
    QStringLiteral("tickets_resolved"),
    QStringLiteral("time_in_status"),
    QStringLiteral("volume_by_weekday_hour"),
    QStringLiteral("work_hours"),
};

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void jsonHasTheDocumentedKeysAndFigures();
    void emptyPeriodGivesZerosAndNulls();
    void datesAreMidnightsOfTheCalendarsZone();
    void toIsExcluded();
    void filtersSelectTickets_data();
    void filtersSelectTickets();
    void businessTimeWithACalendar();
    void defaultPeriodIsTheLastThirtyDays();
    void humanOutputIsATable();
    void errorsHaveTheirExitCodes_data();
    void errorsHaveTheirExitCodes();
    void agentsJsonHasTheDocumentedShape();
    void agentsHumanOutputIsARanking();
    void agentsAgentOptionPicksRows();
    void staffingJsonHasOneObjectPerSlot();
    void staffingOptionsChangeTheAnswer();
    void staffingHumanOutputIsAGrid();

private:
    CliRun cli(QStringList arguments) const;
    QJsonObject report(const QStringList& options, int* exitCode = nullptr,
                       const QString& kind = QStringLiteral("kpi")) const;
    QString write(const QString& name, const QByteArray& content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestReportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("tickets.sqlite"));
    const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("tickets"),
                                 write(QStringLiteral("tickets.csv"), kTickets),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

CliRun TestReportCommand::cli(QStringList arguments) const
{
    arguments.prepend(m_db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

QJsonObject TestReportCommand::report(const QStringList& options, int* exitCode,
                                      const QString& kind) const
{
    QStringList arguments = {QStringLiteral("report"), kind};
    arguments << options << QStringLiteral("--json");
    const CliRun run = cli(arguments);
    if (exitCode)
        *exitCode = run.exitCode;
    if (run.exitCode != 0)
        qWarning() << "report failed:" << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

QString TestReportCommand::write(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning() << "cannot write" << path;
    return path;
}

void TestReportCommand::jsonHasTheDocumentedKeysAndFigures()
{
    int code = -1;
    const QJsonObject json = report({QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                     QStringLiteral("--to"), QStringLiteral("2026-03-09")},
                                    &code);
    QCOMPARE(code, 0);
    QStringList keys = json.keys();
    keys.sort();
    QStringList expected = kKeys;
    expected.sort();
    QCOMPARE(keys, expected);

    QCOMPARE(json.value(QStringLiteral("tickets_created")).toInteger(), 2);
    QCOMPARE(json.value(QStringLiteral("tickets_resolved")).toInteger(), 2); // A-1 and B-1
    QCOMPARE(json.value(QStringLiteral("backlog_start")).toInteger(), 1);    // B-1
    QCOMPARE(json.value(QStringLiteral("backlog_end")).toInteger(), 1);      // A-2
    QCOMPARE(json.value(QStringLiteral("resolved_pct")).toDouble(), 50.0);
    const QJsonObject first = json.value(QStringLiteral("first_response")).toObject();
    QCOMPARE(first.value(QStringLiteral("count")).toInteger(), 1); // B-1 answered in February
    QCOMPARE(first.value(QStringLiteral("average_seconds")).toDouble(), 5100.0);
    QCOMPARE(first.value(QStringLiteral("max_seconds")).toDouble(), 5100.0);
    const QJsonObject resolution = json.value(QStringLiteral("resolution")).toObject();
    QCOMPARE(resolution.value(QStringLiteral("count")).toInteger(), 2);
    // A-1: 3 h; B-1: 12 days.
    QCOMPARE(resolution.value(QStringLiteral("total_seconds")).toDouble(),
             3.0 * 3600 + 12.0 * 86400);
    QCOMPARE(resolution.value(QStringLiteral("median_seconds")).toDouble(),
             (3.0 * 3600 + 12.0 * 86400) / 2);
    QCOMPARE(json.value(QStringLiteral("fcr_pct")).toDouble(), 100.0);
    QCOMPARE(json.value(QStringLiteral("reopen_rate_pct")).toDouble(), 0.0);
    QCOMPARE(json.value(QStringLiteral("ratings_count")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("satisfaction_avg")).toDouble(), 5.0);
    QCOMPARE(json.value(QStringLiteral("satisfied_pct")).toDouble(), 100.0);
    QCOMPARE(json.value(QStringLiteral("work_hours")).toDouble(), 0.0);
    const QJsonObject sla = json.value(QStringLiteral("sla")).toObject();
    QCOMPARE(sla.keys(),
             (QStringList{QStringLiteral("first_response"), QStringLiteral("next_response"),
                          QStringLiteral("resolution")}));
    for (const QJsonValue& metric : sla) {
        const QJsonObject counts = metric.toObject();
        QCOMPARE(counts.value(QStringLiteral("measured")).toInteger(),
                 counts.value(QStringLiteral("met")).toInteger() +
                     counts.value(QStringLiteral("at_goal")).toInteger() +
                     counts.value(QStringLiteral("breached")).toInteger());
    }
    const QJsonObject times = json.value(QStringLiteral("time_in_status")).toObject();
    QCOMPARE(times.value(QStringLiteral("tickets")).toInteger(), 2);
    QCOMPARE(times.value(QStringLiteral("mean_seconds")).toObject().keys().size(), 6);
    QVERIFY(times.value(QStringLiteral("bottleneck")).isString());
    const QJsonArray grid = json.value(QStringLiteral("volume_by_weekday_hour")).toArray();
    QCOMPARE(grid.size(), 7);
    QCOMPARE(grid.at(0).toArray().at(9).toInt(), 1);  // Monday 09:00
    QCOMPARE(grid.at(1).toArray().at(10).toInt(), 1); // Tuesday 10:00
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-03-02T00:00:00Z"));
    QCOMPARE(period.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-09T00:00:00Z"));
    QCOMPARE(period.value(QStringLiteral("time")).toString(), QStringLiteral("calendar"));
    QCOMPARE(period.value(QStringLiteral("time_zone")).toString(), QStringLiteral("UTC"));
    QVERIFY(period.value(QStringLiteral("calendar")).isNull());
}

void TestReportCommand::emptyPeriodGivesZerosAndNulls()
{
    int code = -1;
    const QJsonObject json = report({QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                     QStringLiteral("--to"), QStringLiteral("2025-02-01")},
                                    &code);
    QCOMPARE(code, 0);
    QCOMPARE(json.keys().size(), kKeys.size());
    QCOMPARE(json.value(QStringLiteral("tickets_created")).toInteger(), 0);
    QCOMPARE(json.value(QStringLiteral("backlog_end")).toInteger(), 0);
    QVERIFY(json.value(QStringLiteral("resolved_pct")).isNull());
    QVERIFY(json.value(QStringLiteral("fcr_pct")).isNull());
    QVERIFY(json.value(QStringLiteral("satisfaction_avg")).isNull());
    const QJsonObject response = json.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("count")).toInteger(), 0);
    QVERIFY(response.value(QStringLiteral("average_seconds")).isNull());
    QVERIFY(response.value(QStringLiteral("p90_seconds")).isNull());
}

void TestReportCommand::datesAreMidnightsOfTheCalendarsZone()
{
    const QString moscow =
        write(QStringLiteral("moscow.json"),
              R"({"timezone": "Europe/Moscow", "week": {"mon": [["09:00", "18:00"]],
            "tue": [["09:00", "18:00"]], "wed": [["09:00", "18:00"]],
            "thu": [["09:00", "18:00"]], "fri": [["09:00", "18:00"]]}})");
    int code = -1;
    const QJsonObject json =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                QStringLiteral("2026-03-09"), QStringLiteral("--calendar"), moscow},
               &code);
    QCOMPARE(code, 0);
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-03-02T00:00:00+03:00"));
    QCOMPARE(period.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Moscow"));
    QCOMPARE(period.value(QStringLiteral("calendar")).toString(), moscow);
    // Monday 09:00 UTC is 12:00 in Moscow.
    QCOMPARE(json.value(QStringLiteral("volume_by_weekday_hour"))
                 .toArray()
                 .at(0)
                 .toArray()
                 .at(12)
                 .toInt(),
             1);
    // 09:00-10:25 UTC is 12:00-13:25 in Moscow, all inside business hours.
    QCOMPARE(json.value(QStringLiteral("first_response"))
                 .toObject()
                 .value(QStringLiteral("average_seconds"))
                 .toDouble(),
             5100.0);

    // A time with an offset is taken as it is.
    const QJsonObject instant =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02T12:00:00+03:00"),
                QStringLiteral("--to"), QStringLiteral("2026-03-03")},
               &code);
    QCOMPARE(code, 0);
    QCOMPARE(instant.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")),
             QJsonValue(QStringLiteral("2026-03-02T09:00:00Z")));
    QCOMPARE(instant.value(QStringLiteral("tickets_created")).toInteger(), 1);
}

void TestReportCommand::toIsExcluded()
{
    // A-1 was created at 09:00: a period ending then does not hold it.
    const QJsonObject before =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                QStringLiteral("2026-03-02T09:00:00Z")});
    QCOMPARE(before.value(QStringLiteral("tickets_created")).toInteger(), 0);
    const QJsonObject after =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02T09:00:00Z"),
                QStringLiteral("--to"), QStringLiteral("2026-03-03")});
    QCOMPARE(after.value(QStringLiteral("tickets_created")).toInteger(), 1);
}

void TestReportCommand::filtersSelectTickets_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("created");
    QTest::newRow("none") << QStringList{} << 2;
    QTest::newRow("group") << QStringList{QStringLiteral("--group"), QStringLiteral("Billing")}
                           << 1;
    QTest::newRow("agent") << QStringList{QStringLiteral("--agent"), QStringLiteral("anna")} << 1;
    QTest::newRow("channel") << QStringList{QStringLiteral("--channel"), QStringLiteral("chat")}
                             << 1;
    QTest::newRow("two channels") << QStringList{QStringLiteral("--channel"),
                                                 QStringLiteral("chat,email")}
                                  << 2;
    QTest::newRow("repeated channel")
        << QStringList{QStringLiteral("--channel"), QStringLiteral("chat"),
                       QStringLiteral("--channel"), QStringLiteral("phone")}
        << 1;
    QTest::newRow("type") << QStringList{QStringLiteral("--type"), QStringLiteral("fault")} << 1;
    QTest::newRow("priority") << QStringList{QStringLiteral("--priority"), QStringLiteral("3")}
                              << 1;
    QTest::newRow("group and channel")
        << QStringList{QStringLiteral("--group"), QStringLiteral("Billing"),
                       QStringLiteral("--channel"), QStringLiteral("chat")}
        << 0;
}

void TestReportCommand::filtersSelectTickets()
{
    QFETCH(QStringList, options);
    QFETCH(int, created);
    options << QStringLiteral("--from") << QStringLiteral("2026-03-02") << QStringLiteral("--to")
            << QStringLiteral("2026-03-09");
    int code = -1;
    const QJsonObject json = report(options, &code);
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("tickets_created")).toInt(), created);
}

void TestReportCommand::businessTimeWithACalendar()
{
    int code = -1;
    const QJsonObject json = report({QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                     QStringLiteral("--to"), QStringLiteral("2026-03-09"),
                                     QStringLiteral("--calendar"), QStringLiteral("builtin:24x7")},
                                    &code);
    QCOMPARE(code, 0);
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("time")).toString(), QStringLiteral("business"));
    QCOMPARE(period.value(QStringLiteral("calendar")).toString(), QStringLiteral("builtin:24x7"));
    // Around the clock, business time is calendar time.
    QCOMPARE(json.value(QStringLiteral("first_response"))
                 .toObject()
                 .value(QStringLiteral("average_seconds"))
                 .toDouble(),
             5100.0);
}

void TestReportCommand::defaultPeriodIsTheLastThirtyDays()
{
    const CliRun created = cli({QStringLiteral("ticket"), QStringLiteral("create"),
                                QStringLiteral("--subject"), QStringLiteral("Не работает принтер"),
                                QStringLiteral("--requester"), QStringLiteral("olga@example.ru")});
    QCOMPARE(created.exitCode, 0);
    int code = -1;
    const QJsonObject json = report({}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("tickets_created")).toInteger(), 1);
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    const QDateTime from =
        QDateTime::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDateTime to =
        QDateTime::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate);
    QCOMPARE(from.secsTo(to), 30 * 86400);
    QVERIFY(qAbs(to.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestReportCommand::humanOutputIsATable()
{
    const CliRun run =
        cli({QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--from"),
             QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-09")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto line = [&](const QString& start) {
        for (const QString& l : lines) {
            if (l.startsWith(start))
                return l;
        }
        return QString();
    };
    QVERIFY(line(QStringLiteral("Tickets created")).endsWith(QLatin1String(" 2")));
    QVERIFY(line(QStringLiteral("Open at the end")).endsWith(QLatin1String(" 1")));
    // Values of the first table end in one column.
    QCOMPARE(line(QStringLiteral("Tickets created")).size(),
             line(QStringLiteral("Open at the end")).size());
    // 1 h 25 min to the first response, no response time to show in
    // the empty period, and the 12-day resolution in days and hours.
    QVERIFY2(line(QStringLiteral("First response")).contains(QLatin1String("1 h 25 min")),
             qPrintable(text));
    QVERIFY2(line(QStringLiteral("Resolution")).contains(QLatin1String("12 d 0 h")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("bottleneck")));
    QVERIFY(text.contains(QLatin1String("(UTC)")));
    QVERIFY(!text.contains(QLatin1Char('{')));
}

void TestReportCommand::errorsHaveTheirExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("report")} << 2;
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("report"), QStringLiteral("weather")} << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("report"), QStringLiteral("kpi"),
                                             QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                              << 2;
    QTest::newRow("word for a date")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--to"),
                       QStringLiteral("yesterday")}
        << 2;
    QTest::newRow("time without offset")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--to"),
                       QStringLiteral("2026-03-02T09:00")}
        << 2;
    QTest::newRow("empty period") << QStringList{QStringLiteral("report"),
                                                 QStringLiteral("kpi"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2026-03-02"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2026-03-02")}
                                  << 2;
    QTest::newRow("unknown group")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--group"),
                       QStringLiteral("Nobody")}
        << 4;
    QTest::newRow("unknown agent")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--agent"),
                       QStringLiteral("nobody")}
        << 4;
    QTest::newRow("bad channel") << QStringList{QStringLiteral("report"), QStringLiteral("kpi"),
                                                QStringLiteral("--channel"), QStringLiteral("fax")}
                                 << 2;
    QTest::newRow("bad type") << QStringList{QStringLiteral("report"), QStringLiteral("kpi"),
                                             QStringLiteral("--type"), QStringLiteral("wish")}
                              << 2;
    QTest::newRow("bad priority") << QStringList{QStringLiteral("report"), QStringLiteral("kpi"),
                                                 QStringLiteral("--priority"), QStringLiteral("5")}
                                  << 2;
    QTest::newRow("unknown builtin calendar")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"),
                       QStringLiteral("--calendar"), QStringLiteral("builtin:mars")}
        << 2;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--since")}
        << 2;
    QTest::newRow("two subcommands")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("agents")}
        << 2;
    QTest::newRow("agents: unknown agent")
        << QStringList{QStringLiteral("report"), QStringLiteral("agents"),
                       QStringLiteral("--agent"), QStringLiteral("nobody")}
        << 4;
    QTest::newRow("agents: bad date")
        << QStringList{QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--from"),
                       QStringLiteral("2026-02-30")}
        << 2;
    QTest::newRow("agents: staffing option")
        << QStringList{QStringLiteral("report"), QStringLiteral("agents"),
                       QStringLiteral("--service-level"), QStringLiteral("0.8")}
        << 2;
    QTest::newRow("kpi: staffing option")
        << QStringList{QStringLiteral("report"), QStringLiteral("kpi"),
                       QStringLiteral("--aht-seconds"), QStringLiteral("600")}
        << 2;
    QTest::newRow("staffing: service level 0")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--service-level"), QStringLiteral("0")}
        << 2;
    QTest::newRow("staffing: service level a word")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--service-level"), QStringLiteral("high")}
        << 2;
    QTest::newRow("staffing: service level above 100")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--service-level"), QStringLiteral("120")}
        << 2;
    // Erlang C never reaches 100 % while tickets arrive: refused, as staffing erlang does.
    QTest::newRow("staffing: service level 100 %")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--service-level"), QStringLiteral("100%")}
        << 5;
    QTest::newRow("staffing: negative minutes")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--answer-within"), QStringLiteral("-5")}
        << 2;
    QTest::newRow("staffing: zero handling time")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--aht-seconds"), QStringLiteral("0")}
        << 2;
    QTest::newRow("staffing: handling time a word")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--aht-seconds"), QStringLiteral("long")}
        << 2;
    QTest::newRow("staffing: empty period")
        << QStringList{QStringLiteral("report"), QStringLiteral("staffing"),
                       QStringLiteral("--from"), QStringLiteral("2026-03-09"),
                       QStringLiteral("--to"),   QStringLiteral("2026-03-02")}
        << 2;
}

void TestReportCommand::errorsHaveTheirExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("switchboard-cli: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestReportCommand::agentsJsonHasTheDocumentedShape()
{
    // anna resolved A-1 (first response 5100 s) and B-1 (1800 s, in
    // February) this week, each with one reply; A-1 was rated 5.
    int code = -1;
    const QJsonObject json = report({QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                     QStringLiteral("--to"), QStringLiteral("2026-03-09")},
                                    &code, QStringLiteral("agents"));
    QCOMPARE(code, 0);
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("agents"), QStringLiteral("low_sample_below"),
                                       QStringLiteral("period"), QStringLiteral("previous_period"),
                                       QStringLiteral("team"), QStringLiteral("weights")}));
    QCOMPARE(json.value(QStringLiteral("low_sample_below")).toInt(), 10);
    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    QCOMPARE(weights.keys(),
             (QStringList{QStringLiteral("communication"), QStringLiteral("effectiveness"),
                          QStringLiteral("feedback"), QStringLiteral("quality"),
                          QStringLiteral("reaction")}));
    for (const QJsonValue weight : weights)
        QCOMPARE(weight.toDouble(), 1.0);
    QCOMPARE(json.value(QStringLiteral("previous_period")).toObject().value(QStringLiteral("from")),
             QJsonValue(QStringLiteral("2026-02-23T00:00:00Z")));

    const QJsonArray agents = json.value(QStringLiteral("agents")).toArray();
    QCOMPARE(agents.size(), 1);
    const QJsonObject anna = agents.at(0).toObject();
    QCOMPARE(anna.value(QStringLiteral("login")).toString(), QStringLiteral("anna"));
    QCOMPARE(anna.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(anna.value(QStringLiteral("resolved")).toInt(), 2);
    QCOMPARE(anna.value(QStringLiteral("rated")).toInt(), 1);
    QCOMPARE(anna.value(QStringLiteral("low_sample")).toBool(), true);
    QCOMPARE(anna.value(QStringLiteral("reaction_median_seconds")).toDouble(), 3450.0);
    QCOMPARE(anna.value(QStringLiteral("fcr_pct")).toDouble(), 100.0);
    QCOMPARE(anna.value(QStringLiteral("feedback_avg")).toDouble(), 5.0);
    QVERIFY(anna.value(QStringLiteral("quality_avg")).isNull());
    // Alone, she is the team's median: 50 wherever there is a figure.
    const QJsonObject scores = anna.value(QStringLiteral("scores")).toObject();
    QCOMPARE(scores.value(QStringLiteral("reaction")).toDouble(), 50.0);
    QCOMPARE(scores.value(QStringLiteral("effectiveness")).toDouble(), 50.0);
    QCOMPARE(scores.value(QStringLiteral("feedback")).toDouble(), 50.0);
    QVERIFY(scores.value(QStringLiteral("quality")).isNull());
    QCOMPARE(scores.value(QStringLiteral("total")).toDouble(), 50.0);
    QCOMPARE(anna.value(QStringLiteral("vs_team")).toObject().value(QStringLiteral("total")),
             QJsonValue(0.0));
    QVERIFY(anna.value(QStringLiteral("previous")).isNull());

    const QJsonObject team = json.value(QStringLiteral("team")).toObject();
    QCOMPARE(team.value(QStringLiteral("agents")).toInt(), 1);
    QCOMPARE(team.value(QStringLiteral("resolved")).toInt(), 2);
    QCOMPARE(team.value(QStringLiteral("rated")).toInt(), 1);
    QCOMPARE(team.value(QStringLiteral("unattributed_resolved")).toInt(), 0);
    QCOMPARE(team.value(QStringLiteral("reference"))
                 .toObject()
                 .value(QStringLiteral("reaction_median_seconds"))
                 .toDouble(),
             3450.0);
    QCOMPARE(team.value(QStringLiteral("previous")).toObject().value(QStringLiteral("agents")),
             QJsonValue(0));

    // A period without tickets: no rows, figures null.
    const QJsonObject empty = report({QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                      QStringLiteral("--to"), QStringLiteral("2025-02-01")},
                                     &code, QStringLiteral("agents"));
    QCOMPARE(code, 0);
    QVERIFY(empty.value(QStringLiteral("agents")).toArray().isEmpty());
    QVERIFY(
        empty.value(QStringLiteral("team")).toObject().value(QStringLiteral("fcr_pct")).isNull());
}

void TestReportCommand::agentsHumanOutputIsARanking()
{
    const CliRun run =
        cli({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--from"),
             QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-09")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(!text.contains(QLatin1Char('{')));
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto line = [&](const QString& part) {
        for (const QString& l : lines) {
            if (l.contains(part))
                return l;
        }
        return QString();
    };
    // Rank, login with the low-sample mark, resolved, rated, five scores, total.
    const QString anna = line(QStringLiteral("anna *"));
    QVERIFY2(anna.trimmed().startsWith(QLatin1String("1  anna *")), qPrintable(text));
    QVERIFY2(anna.contains(QLatin1String(" 2 ")) && anna.contains(QLatin1String("50.0")),
             qPrintable(text));
    // Columns line up: the total of anna and of the team end at one place.
    const QString header = line(QStringLiteral("Rank"));
    const QString team = line(QStringLiteral("Team average"));
    QCOMPARE(anna.size(), header.size()); // right-aligned columns end together
    QVERIFY(team.contains(QLatin1String("50.0")));
    // The figures: the median first response, 3450 s (the import names
    // the agent by login).
    QVERIFY2(line(QStringLiteral("57 min 30 s")).startsWith(QLatin1String("anna ")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("fewer than 10 rated")));

    const CliRun empty =
        cli({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--from"),
             QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-02-01")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains("No agent"));
}

void TestReportCommand::agentsAgentOptionPicksRows()
{
    const CliRun added = cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("li"),
                              QStringLiteral("--name"), QStringLiteral("Li Wei")});
    QCOMPARE(added.exitCode, 0);
    int code = -1;
    const QJsonObject onlyLi =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                QStringLiteral("2026-03-09"), QStringLiteral("--agent"), QStringLiteral("li")},
               &code, QStringLiteral("agents"));
    QCOMPARE(code, 0);
    // li has nothing in the period: no row; the team is still anna's.
    QVERIFY(onlyLi.value(QStringLiteral("agents")).toArray().isEmpty());
    QCOMPARE(onlyLi.value(QStringLiteral("team")).toObject().value(QStringLiteral("resolved")),
             QJsonValue(2));
    QCOMPARE(onlyLi.value(QStringLiteral("team")).toObject().value(QStringLiteral("agents")),
             QJsonValue(1));
    const QJsonObject onlyAnna =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                QStringLiteral("2026-03-09"), QStringLiteral("--agent"), QStringLiteral("anna")},
               &code, QStringLiteral("agents"));
    QCOMPARE(code, 0);
    QCOMPARE(onlyAnna.value(QStringLiteral("agents")).toArray().size(), 1);
}

void TestReportCommand::staffingJsonHasOneObjectPerSlot()
{
    // One week: A-1 on Monday 09:00, A-2 on Tuesday 10:00 (B-1 came in
    // February). No time entries: 600 s each. Monday 09:00 has 1 ticket per
    // hour, A = 1/6 erlang; one agent answers 1 - (1/6) exp(-(5/6) 900 / 600)
    // = 95.2 % within 15 minutes.
    int code = -1;
    const QJsonObject json = report({QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                     QStringLiteral("--to"), QStringLiteral("2026-03-09")},
                                    &code, QStringLiteral("staffing"));
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("tickets")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("target_service_level")).toDouble(), 0.8);
    QCOMPARE(json.value(QStringLiteral("answer_within_seconds")).toDouble(), 900.0);
    QCOMPARE(json.value(QStringLiteral("default_aht_seconds")).toDouble(), 600.0);
    QVERIFY(json.value(QStringLiteral("period_aht_seconds")).isNull());
    const QJsonArray grid = json.value(QStringLiteral("slots")).toArray();
    QCOMPARE(grid.size(), 168);
    for (qsizetype i = 0; i < grid.size(); ++i) {
        const QJsonObject slot = grid.at(i).toObject();
        QCOMPARE(slot.value(QStringLiteral("weekday")).toInt(), int(i / 24) + 1);
        QCOMPARE(slot.value(QStringLiteral("hour")).toInt(), int(i % 24));
        for (const char* key : {"arrivals_per_hour", "aht_seconds", "agents_needed",
                                "agents_available", "service_level"})
            QVERIFY2(slot.contains(QLatin1String(key)), key);
    }
    const QJsonObject monday = grid.at(9).toObject();
    QCOMPARE(monday.value(QStringLiteral("arrivals_per_hour")).toDouble(), 1.0);
    QCOMPARE(monday.value(QStringLiteral("aht_seconds")).toDouble(), 600.0);
    QCOMPARE(monday.value(QStringLiteral("aht_source")).toString(), QStringLiteral("default"));
    QCOMPARE(monday.value(QStringLiteral("agents_needed")).toInt(), 1);
    QVERIFY(qAbs(monday.value(QStringLiteral("service_level")).toDouble() -
                 (1 - std::exp(-1.25) / 6)) < 1e-9);
    QCOMPARE(monday.value(QStringLiteral("agents_available")).toDouble(), 0.0);
    // anna's reply to A-1 at 10:25.
    QCOMPARE(grid.at(10).toObject().value(QStringLiteral("agents_available")).toDouble(), 1.0);
    QCOMPARE(grid.at(10).toObject().value(QStringLiteral("agents_needed")).toInt(), 0);
    QCOMPARE(grid.at(24 + 10).toObject().value(QStringLiteral("arrivals_per_hour")).toDouble(),
             1.0);
}

void TestReportCommand::staffingOptionsChangeTheAnswer()
{
    // 95 % within a minute with 1800 s per ticket: A = 0.5 on Monday
    // 09:00. Two agents reach 1 - 0.1 exp(-1.5 * 60 / 1800) = 90.5 %,
    // three 1 - 0.01515 exp(-2.5 * 60 / 1800) = 98.6 %.
    int code = -1;
    const QJsonObject json =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                QStringLiteral("2026-03-09"), QStringLiteral("--service-level"),
                QStringLiteral("95"), QStringLiteral("--answer-within"), QStringLiteral("1"),
                QStringLiteral("--aht-seconds"), QStringLiteral("1800")},
               &code, QStringLiteral("staffing"));
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("target_service_level")).toDouble(), 0.95);
    QCOMPARE(json.value(QStringLiteral("answer_within_seconds")).toDouble(), 60.0);
    QCOMPARE(json.value(QStringLiteral("default_aht_seconds")).toDouble(), 1800.0);
    const QJsonObject monday = json.value(QStringLiteral("slots")).toArray().at(9).toObject();
    QCOMPARE(monday.value(QStringLiteral("agents_needed")).toInt(), 3);
    QVERIFY(monday.value(QStringLiteral("service_level")).toDouble() > 0.98);

    // A calendar moves the grid to its zone: Monday 09:00 UTC is 12:00 in Moscow.
    const QJsonObject moscow =
        report({QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                QStringLiteral("2026-03-09"), QStringLiteral("--calendar"),
                write(QStringLiteral("moscow.json"),
                      R"({"timezone": "Europe/Moscow", "week": {"mon": [["09:00", "18:00"]]}})")},
               &code, QStringLiteral("staffing"));
    QCOMPARE(code, 0);
    const QJsonArray grid = moscow.value(QStringLiteral("slots")).toArray();
    QCOMPARE(grid.at(12).toObject().value(QStringLiteral("arrivals_per_hour")).toDouble(), 1.0);
    QCOMPARE(grid.at(9).toObject().value(QStringLiteral("arrivals_per_hour")).toDouble(), 0.0);
    QCOMPARE(moscow.value(QStringLiteral("period")).toObject().value(QStringLiteral("time_zone")),
             QJsonValue(QStringLiteral("Europe/Moscow")));
}

void TestReportCommand::staffingHumanOutputIsAGrid()
{
    const CliRun run =
        cli({QStringLiteral("report"), QStringLiteral("staffing"), QStringLiteral("--from"),
             QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-09")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(!text.contains(QLatin1Char('{')));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList hours;
    for (const QString& l : lines) {
        if (l.size() > 5 && l.at(2) == QLatin1Char(':') && l.mid(3, 2) == QLatin1String("00"))
            hours << l;
    }
    QCOMPARE(hours.size(), 24); // one row per hour, one column per weekday
    for (const QString& row : std::as_const(hours))
        QCOMPARE(row.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(), 8);
    // Monday 09:00: 1 needed, nobody active; Monday 10:00: 0 needed, anna active.
    QVERIFY2(hours.at(9).split(QLatin1Char(' '), Qt::SkipEmptyParts).at(1) == QLatin1String("1/0!"),
             qPrintable(text));
    QVERIFY2(hours.at(10).split(QLatin1Char(' '), Qt::SkipEmptyParts).at(1) == QLatin1String("0/1"),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Hours with fewer agents active than needed: 2 of 168")));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
