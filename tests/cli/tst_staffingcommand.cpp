// SPDX-License-Identifier: MIT
// staffing erlang through the real executable: the human lines, the JSON
// keys, the percent reading of --service-level and the exit codes of CLI.md.
// The figures themselves are checked in tests/core/metrics/tst_erlangc.cpp.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using Switchboard::Test::runCli;
namespace Test = Switchboard::Test;

namespace {

QStringList erlang(const QString& arrivals, const QString& aht, const QString& within,
                   const QString& level)
{
    return {QStringLiteral("staffing"),
            QStringLiteral("erlang"),
            QStringLiteral("--arrivals-per-hour"),
            arrivals,
            QStringLiteral("--aht-seconds"),
            aht,
            QStringLiteral("--answer-within-seconds"),
            within,
            QStringLiteral("--service-level"),
            level};
}

// The Call Centre Helper example: 200 calls per hour, 180 s, 80 % in 20 s.
QStringList classicExample(const QString& level = QStringLiteral("0.8"))
{
    return erlang(QStringLiteral("200"), QStringLiteral("180"), QStringLiteral("20"), level);
}

} // namespace

class TestStaffingCommand : public QObject
{
    Q_OBJECT

private slots:
    void humanOutput();
    void humanOutputIgnoresLocale();
    void humanOutputNeverRoundsToCertainty();
    void jsonOutput();
    void serviceLevelAsFractionOrPercent_data();
    void serviceLevelAsFractionOrPercent();
    void zeroArrivals();
    void failsWithExitCode_data();
    void failsWithExitCode();
    void helpExplainsPercent();
    void needsNoDatabase();
};

void TestStaffingCommand::humanOutput()
{
    const Test::CliRun run = runCli(classicExample());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("agents:                  14\n"
                                 "service level:           88.8% answered within 20 s "
                                 "(target 80%)\n"
                                 "probability of waiting:  17.4%\n"
                                 "average speed of answer: 7.8 s\n"
                                 "occupancy:               71.4%\n"
                                 "traffic:                 10.00 erlangs\n"));
    QVERIFY(run.err.isEmpty());
}

void TestStaffingCommand::humanOutputIgnoresLocale()
{
    // A German or Russian locale writes 88,8; the CLI's output must not change.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LC_NUMERIC"), QStringLiteral("de_DE.UTF-8"));
    const Test::CliRun german = runCli(erlang(QStringLiteral("100.2"), QStringLiteral("180"),
                                              QStringLiteral("20"), QStringLiteral("80")),
                                       environment);
    QVERIFY2(german.exitCode == 0, german.err.constData());
    const Test::CliRun plain = runCli(erlang(QStringLiteral("100.2"), QStringLiteral("180"),
                                             QStringLiteral("20"), QStringLiteral("80")));
    QCOMPARE(german.out, plain.out);
    QVERIFY2(plain.out.contains("traffic:                 5.01 erlangs\n"), plain.out.constData());
    QVERIFY(!plain.out.contains(','));
}

void TestStaffingCommand::humanOutputNeverRoundsToCertainty()
{
    // 99.99 % reached: shown as more than 99.9 %, not as 100.0 %; the target
    // keeps its digits.
    const Test::CliRun run = runCli(erlang(QStringLiteral("2"), QStringLiteral("60"),
                                           QStringLiteral("20"), QStringLiteral("99.99")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("agents:                  3\n"
                                 "service level:           >99.9% answered within 20 s "
                                 "(target 99.99%)\n"
                                 "probability of waiting:  <0.1%\n"
                                 "average speed of answer: 0.0 s\n"
                                 "occupancy:               1.1%\n"
                                 "traffic:                 0.03 erlangs\n"));
}

void TestStaffingCommand::jsonOutput()
{
    const Test::CliRun run = runCli(classicExample() << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject object = document.object();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{
                       QStringLiteral("agents"), QStringLiteral("average_speed_of_answer_seconds"),
                       QStringLiteral("occupancy"), QStringLiteral("probability_of_waiting"),
                       QStringLiteral("service_level"), QStringLiteral("traffic_erlangs")}));
    QVERIFY(object.value(QStringLiteral("agents")).isDouble());
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 14);
    // Full precision, not the rounded human figures.
    QVERIFY(qAbs(object.value(QStringLiteral("service_level")).toDouble() - 0.888350019179) <
            1e-11);
    QVERIFY(qAbs(object.value(QStringLiteral("probability_of_waiting")).toDouble() -
                 0.174131933595) < 1e-11);
    QVERIFY(qAbs(object.value(QStringLiteral("average_speed_of_answer_seconds")).toDouble() -
                 7.835937011777) < 1e-9);
    QCOMPARE(object.value(QStringLiteral("occupancy")).toDouble(), 10.0 / 14);
    QCOMPARE(object.value(QStringLiteral("traffic_erlangs")).toDouble(), 10.0);
    QVERIFY(run.err.isEmpty());
}

void TestStaffingCommand::serviceLevelAsFractionOrPercent_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("agents");
    QTest::newRow("fraction") << QStringLiteral("0.8") << 14;
    QTest::newRow("percent") << QStringLiteral("80") << 14;
    QTest::newRow("percent with sign") << QStringLiteral("80%") << 14;
    QTest::newRow("decimal percent") << QStringLiteral("79.5") << 13;
    QTest::newRow("95 percent") << QStringLiteral("95") << 16;
    QTest::newRow("1.5 is a percent, not 150%") << QStringLiteral("1.5") << 11;
    QTest::newRow("1% with the sign") << QStringLiteral("1%") << 11;
}

void TestStaffingCommand::serviceLevelAsFractionOrPercent()
{
    QFETCH(QString, level);
    QFETCH(int, agents);
    const Test::CliRun run = runCli(classicExample(level) << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("agents")).toInt(),
             agents);
}

void TestStaffingCommand::zeroArrivals()
{
    const Test::CliRun run = runCli(erlang(QStringLiteral("0"), QStringLiteral("180"),
                                           QStringLiteral("20"), QStringLiteral("80")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("agents:                  0\n"
                                "service level:           100.0% answered within 20 s"),
             run.out.constData());
    const Test::CliRun json = runCli(erlang(QStringLiteral("0"), QStringLiteral("180"),
                                            QStringLiteral("20"), QStringLiteral("1"))
                                     << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 0);
    QCOMPARE(object.value(QStringLiteral("service_level")).toDouble(), 1.0);
    QCOMPARE(object.value(QStringLiteral("probability_of_waiting")).toDouble(), 0.0);
}

void TestStaffingCommand::failsWithExitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mentions");
    const QString x = QStringLiteral("200");
    const QString s = QStringLiteral("180");
    const QString t = QStringLiteral("20");
    const QString p = QStringLiteral("80");
    auto without = [](QStringList arguments, const QString& option) {
        const qsizetype at = arguments.indexOf(option);
        arguments.remove(at, 2);
        return arguments;
    };
    QTest::newRow("no subcommand")
        << QStringList{QStringLiteral("staffing")} << 2 << QByteArray("usage");
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("staffing"), QStringLiteral("erlang-a")} << 2
        << QByteArray("usage");
    QTest::newRow("missing arrivals")
        << without(erlang(x, s, t, p), QStringLiteral("--arrivals-per-hour")) << 2
        << QByteArray("--arrivals-per-hour");
    QTest::newRow("missing aht") << without(erlang(x, s, t, p), QStringLiteral("--aht-seconds"))
                                 << 2 << QByteArray("--aht-seconds");
    QTest::newRow("missing threshold")
        << without(erlang(x, s, t, p), QStringLiteral("--answer-within-seconds")) << 2
        << QByteArray("--answer-within-seconds");
    QTest::newRow("missing service level")
        << without(erlang(x, s, t, p), QStringLiteral("--service-level")) << 2
        << QByteArray("--service-level");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("staffing"), QStringLiteral("erlang"),
                       QStringLiteral("--aht-seconds")}
        << 2 << QByteArray("aht-seconds");
    QTest::newRow("unknown option") << erlang(x, s, t, p) + QStringList{QStringLiteral("--agents")}
                                    << 2 << QByteArray("agents");
    QTest::newRow("arrivals not a number")
        << erlang(QStringLiteral("many"), s, t, p) << 2 << QByteArray("(--arrivals-per-hour)");
    QTest::newRow("decimal comma")
        << erlang(QStringLiteral("100,5"), s, t, p) << 2 << QByteArray("'100,5'");
    QTest::newRow("negative arrivals")
        << erlang(QStringLiteral("-1"), s, t, p) << 2 << QByteArray("(--arrivals-per-hour)");
    QTest::newRow("nan arrivals") << erlang(QStringLiteral("nan"), s, t, p) << 2
                                  << QByteArray("(--arrivals-per-hour)");
    QTest::newRow("zero aht") << erlang(x, QStringLiteral("0"), t, p) << 2
                              << QByteArray("(--aht-seconds)");
    QTest::newRow("infinite aht") << erlang(x, QStringLiteral("inf"), t, p) << 2
                                  << QByteArray("(--aht-seconds)");
    QTest::newRow("negative threshold")
        << erlang(x, s, QStringLiteral("-20"), p) << 2 << QByteArray("(--answer-within-seconds)");
    QTest::newRow("zero service level")
        << erlang(x, s, t, QStringLiteral("0")) << 2 << QByteArray("(--service-level)");
    QTest::newRow("service level above 100")
        << erlang(x, s, t, QStringLiteral("101")) << 2 << QByteArray("'101'");
    QTest::newRow("service level 0%")
        << erlang(x, s, t, QStringLiteral("0%")) << 2 << QByteArray("(--service-level)");
    QTest::newRow("service level text")
        << erlang(x, s, t, QStringLiteral("high")) << 2 << QByteArray("(--service-level)");
    // Valid options the model cannot satisfy: bad input data.
    QTest::newRow("100% with arrivals")
        << erlang(x, s, t, QStringLiteral("100")) << 5 << QByteArray("100%");
    QTest::newRow("beyond 10000 agents")
        << erlang(QStringLiteral("1000000"), s, t, p) << 5 << QByteArray("10000 agents");
}

void TestStaffingCommand::failsWithExitCode()
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

void TestStaffingCommand::helpExplainsPercent()
{
    const Test::CliRun run = runCli({QStringLiteral("staffing"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("staffing erlang"), run.out.constData());
    for (const char* option : {"--arrivals-per-hour", "--aht-seconds", "--answer-within-seconds",
                               "--service-level", "--json"})
        QVERIFY2(run.out.contains(option), option);
    const QByteArray flat = run.out.simplified();
    QVERIFY2(flat.contains("above 1 and up to 100 is read as a percent"), run.out.constData());
    const Test::CliRun global = runCli({QStringLiteral("--help")});
    QVERIFY2(global.out.contains("  staffing "), global.out.constData());
}

void TestStaffingCommand::needsNoDatabase()
{
    // A --db path that cannot be created must not matter: staffing never opens it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
    const Test::CliRun run = runCli(QStringList{QStringLiteral("--db"), db} + classicExample());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("agents:                  14\n"));
    QVERIFY(!QFile::exists(db));
}

QTEST_GUILESS_MAIN(TestStaffingCommand)
#include "tst_staffingcommand.moc"
