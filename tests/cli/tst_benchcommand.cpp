// SPDX-License-Identifier: MIT
// bench: a quick run on a small data set proves the command works end to end
// and keeps its JSON keys. The timing goals themselves live in the benchmark
// (make bench), not in unit tests.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestBenchCommand : public QObject
{
    Q_OBJECT

private slots:
    void smallRunPrintsEveryFigure();
    void badTicketCountIsUsageError();
};

void TestBenchCommand::smallRunPrintsEveryFigure()
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path()); // the default database stays untouched
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                  {QStringLiteral("bench"), QStringLiteral("--tickets"), QStringLiteral("2000"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject figures = document.object();
    QCOMPARE(figures.value(QStringLiteral("tickets")).toInt(), 2000);
    for (const char* key : {"generation_tickets_per_s", "generation_s", "open_ms", "first_page_ms",
                            "peak_rss_mb", "messages", "events", "sla_monitor_start_ms"}) {
        QVERIFY2(figures.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(figures.value(QLatin1String(key)).toDouble() >= 0, key);
    }
    QVERIFY(figures.value(QStringLiteral("generation_tickets_per_s")).toDouble() > 0);
    for (const char* key : {"sort_ms", "sort_all_ms", "filter_ms", "filter_open_ms"}) {
        const QJsonObject latency = figures.value(QLatin1String(key)).toObject();
        for (const char* field : {"p50", "p95", "max"})
            QVERIFY2(latency.value(QLatin1String(field)).isDouble(), key);
        QVERIFY2(latency.value(QStringLiteral("p50")).toDouble() <=
                     latency.value(QStringLiteral("max")).toDouble(),
                 key);
        QVERIFY2(latency.value(QStringLiteral("samples")).toInt() > 0, key);
    }
    // Writes through TicketService on open tickets, and another process's
    // change seen through DatabaseChangeWatcher.
    QVERIFY(figures.value(QStringLiteral("write_tickets")).toInt() > 0);
    for (const char* prefix : {"claim", "reply", "status"}) {
        const QString name = QLatin1String(prefix);
        double previous = 0;
        for (const char* field : {"_p50_ms", "_p95_ms", "_max_ms"}) {
            const QString key = name + QLatin1String(field);
            QVERIFY2(figures.value(key).isDouble(), qPrintable(key));
            const double value = figures.value(key).toDouble();
            QVERIFY2(value >= previous, qPrintable(key)); // p50 <= p95 <= max, all >= 0
            previous = value;
        }
    }
    for (const char* key : {"change_seen_ms", "change_seen_max_ms", "change_seen_after_exit_ms"}) {
        QVERIFY2(figures.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(figures.value(QLatin1String(key)).toDouble() >= 0, key);
    }
    QCOMPARE(figures.value(QStringLiteral("change_runs")).toInt(), 5);
    QVERIFY(figures.value(QStringLiteral("change_seen_after_exit_ms")).toDouble() <=
            figures.value(QStringLiteral("change_seen_ms")).toDouble());
    QVERIFY(figures.value(QStringLiteral("change_seen_ms")).toDouble() <=
            figures.value(QStringLiteral("change_seen_max_ms")).toDouble());
    // The data set lived in a temporary folder: nothing is left behind.
    QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestBenchCommand::badTicketCountIsUsageError()
{
    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                  {QStringLiteral("bench"), QStringLiteral("--tickets"), QStringLiteral("many")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("switchboard-cli: "));
}

QTEST_GUILESS_MAIN(TestBenchCommand)
#include "tst_benchcommand.moc"
