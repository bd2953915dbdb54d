// SPDX-License-Identifier: MIT
// report kpi through the real executable: the JSON object's keys are the
// names of docs/metrics.md, with numbers in seconds and null where a figure
// is undefined; dates are midnights of the calendar's zone (UTC without
// one) and --to is excluded; filters; the human table; and the exit codes of
// CLI.md (usage 2, unknown group or agent 4). The tickets come from a flat
// CSV import, so every time is known to the second.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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

private:
    CliRun cli(QStringList arguments) const;
    QJsonObject report(const QStringList& options, int* exitCode = nullptr) const;
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

QJsonObject TestReportCommand::report(const QStringList& options, int* exitCode) const
{
    QStringList arguments = {QStringLiteral("report"), QStringLiteral("kpi")};
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

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
