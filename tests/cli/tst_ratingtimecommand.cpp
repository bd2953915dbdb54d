// SPDX-License-Identifier: MIT
// ticket rate and ticket time through the real executable: a rating of a
// resolved ticket in ticket show --json (and its refusals: an open ticket is
// exit 5, a bad score exit 2, an unknown ticket exit 4), time entries adding
// up in work_seconds, and a timer started by one process and stopped by
// another.
#include "clirunner.h"
#include "common/clock.h"
#include "storage/database.h"
#include "tickets/timetrackingrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::CliRun;
using Switchboard::Test::runCli;

class TestRatingTimeCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ratingAResolvedTicketShowsInJson();
    void ratingAgainReplacesAndKeepsVersion();
    void ratingAnOpenTicketIsExitFive();
    void badScoresAreUsageErrors_data();
    void badScoresAreUsageErrors();
    void unknownTicketOrAgentIsExitFour();
    void humanShowHasRatingAndWorkTime();
    void timeEntriesAddUpInWorkSeconds();
    void timeValidatesOptions_data();
    void timeValidatesOptions();
    void timerStartedInOneProcessStopsInAnother();
    void timerStartedElsewhereIsRecordedOnStop();

private:
    CliRun cli(QStringList arguments) const;
    QJsonObject show(const QString& id) const;
    QString createTicket() const;
    QString createResolvedTicket() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestRatingTimeCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("tickets.sqlite"));
    for (const QString& login : {QStringLiteral("anna"), QStringLiteral("li")}) {
        const CliRun added = cli({QStringLiteral("agent"), QStringLiteral("add"), login,
                                  QStringLiteral("--name"), login.toUpper()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
}

CliRun TestRatingTimeCommand::cli(QStringList arguments) const
{
    arguments.prepend(m_db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

QJsonObject TestRatingTimeCommand::show(const QString& id) const
{
    const CliRun run =
        cli({QStringLiteral("ticket"), QStringLiteral("show"), id, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out).object();
}

QString TestRatingTimeCommand::createTicket() const
{
    const CliRun run = cli({QStringLiteral("ticket"), QStringLiteral("create"),
                            QStringLiteral("--subject"), QStringLiteral("Не работает принтер"),
                            QStringLiteral("--requester"), QStringLiteral("olga@example.ru"),
                            QStringLiteral("--body"), QStringLiteral("Бумага застревает")});
    return QString::fromUtf8(run.out).trimmed();
}

QString TestRatingTimeCommand::createResolvedTicket() const
{
    const QString id = createTicket();
    const CliRun resolved =
        cli({QStringLiteral("ticket"), QStringLiteral("status"), id, QStringLiteral("--set"),
             QStringLiteral("resolved"), QStringLiteral("--agent"), QStringLiteral("anna")});
    if (resolved.exitCode != 0)
        qWarning() << "cannot resolve" << id << resolved.err;
    return id;
}

void TestRatingTimeCommand::ratingAResolvedTicketShowsInJson()
{
    const QString id = createResolvedTicket();
    QVERIFY(show(id).value(QStringLiteral("rating")).isNull());
    const CliRun rated =
        cli({QStringLiteral("ticket"), QStringLiteral("rate"), id, QStringLiteral("--score"),
             QStringLiteral("4"), QStringLiteral("--reaction"), QStringLiteral("5"),
             QStringLiteral("--communication"), QStringLiteral("3"), QStringLiteral("--comment"),
             QStringLiteral("Быстро, спасибо"), QStringLiteral("--agent"), QStringLiteral("anna")});
    QVERIFY2(rated.exitCode == 0, rated.err.constData());
    QVERIFY(rated.err.isEmpty());

    const QJsonObject ticket = show(id);
    const QJsonObject rating = ticket.value(QStringLiteral("rating")).toObject();
    QCOMPARE(rating.value(QStringLiteral("score")).toInt(), 4);
    QCOMPARE(rating.value(QStringLiteral("reaction")).toInt(), 5);
    QVERIFY(rating.value(QStringLiteral("quality")).isNull());
    QVERIFY(rating.value(QStringLiteral("effectiveness")).isNull());
    QCOMPARE(rating.value(QStringLiteral("communication")).toInt(), 3);
    QCOMPARE(rating.value(QStringLiteral("comment")).toString(), QStringLiteral("Быстро, спасибо"));
    QCOMPARE(rating.value(QStringLiteral("source")).toString(), QStringLiteral("operator"));
    QCOMPARE(rating.value(QStringLiteral("entered_by")).toString(), QStringLiteral("anna"));
    QVERIFY(rating.value(QStringLiteral("rated_at")).toString().contains(QLatin1Char('T')));
    // The rating is in the history, and the CLI.md keys are all still there.
    const QJsonArray events = ticket.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.last().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("rating"));
    for (const char* key : {"id", "subject", "status", "priority", "type", "channel", "requester",
                            "assignee", "group", "created_at", "first_response_at", "resolved_at",
                            "closed_at", "version", "messages", "events", "sla", "work_seconds"})
        QVERIFY2(ticket.contains(QLatin1String(key)), key);
}

void TestRatingTimeCommand::ratingAgainReplacesAndKeepsVersion()
{
    const QString id = createResolvedTicket();
    const int version = show(id).value(QStringLiteral("version")).toInt();
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("rate"), id, QStringLiteral("--score"),
                  QStringLiteral("2"), QStringLiteral("--quality"), QStringLiteral("1")})
                 .exitCode,
             0);
    const CliRun again =
        cli({QStringLiteral("ticket"), QStringLiteral("rate"), id, QStringLiteral("--score"),
             QStringLiteral("5"), QStringLiteral("--source"), QStringLiteral("survey"),
             QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    // --json answers with the ticket as show --json prints it.
    const QJsonObject ticket = QJsonDocument::fromJson(again.out).object();
    const QJsonObject rating = ticket.value(QStringLiteral("rating")).toObject();
    QCOMPARE(rating.value(QStringLiteral("score")).toInt(), 5);
    QVERIFY(rating.value(QStringLiteral("quality")).isNull());
    QCOMPARE(rating.value(QStringLiteral("source")).toString(), QStringLiteral("survey"));
    QVERIFY(rating.value(QStringLiteral("entered_by")).isNull());
    QVERIFY(rating.value(QStringLiteral("comment")).isNull());
    QCOMPARE(ticket.value(QStringLiteral("version")).toInt(), version);
}

void TestRatingTimeCommand::ratingAnOpenTicketIsExitFive()
{
    const QString id = createTicket();
    const CliRun run = cli({QStringLiteral("ticket"), QStringLiteral("rate"), id,
                            QStringLiteral("--score"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("switchboard-cli: "), run.err.constData());
    QVERIFY2(run.err.contains(QStringLiteral("#%1").arg(id).toUtf8()), run.err.constData());
    QVERIFY(show(id).value(QStringLiteral("rating")).isNull());
}

void TestRatingTimeCommand::badScoresAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no score") << QStringList{QStringLiteral("--reaction"), QStringLiteral("3")};
    QTest::newRow("score 0") << QStringList{QStringLiteral("--score"), QStringLiteral("0")};
    QTest::newRow("score 6") << QStringList{QStringLiteral("--score"), QStringLiteral("6")};
    QTest::newRow("score text") << QStringList{QStringLiteral("--score"), QStringLiteral("good")};
    QTest::newRow("score fraction")
        << QStringList{QStringLiteral("--score"), QStringLiteral("4.5")};
    QTest::newRow("reaction 9") << QStringList{QStringLiteral("--score"), QStringLiteral("4"),
                                               QStringLiteral("--reaction"), QStringLiteral("9")};
    QTest::newRow("quality -1") << QStringList{QStringLiteral("--score"), QStringLiteral("4"),
                                               QStringLiteral("--quality"), QStringLiteral("-1")};
    QTest::newRow("effectiveness empty")
        << QStringList{QStringLiteral("--score"), QStringLiteral("4"),
                       QStringLiteral("--effectiveness"), QString()};
    QTest::newRow("communication 10")
        << QStringList{QStringLiteral("--score"), QStringLiteral("4"),
                       QStringLiteral("--communication"), QStringLiteral("10")};
    QTest::newRow("import source")
        << QStringList{QStringLiteral("--score"), QStringLiteral("4"), QStringLiteral("--source"),
                       QStringLiteral("import")};
}

void TestRatingTimeCommand::badScoresAreUsageErrors()
{
    QFETCH(QStringList, options);
    const QString id = createResolvedTicket();
    const CliRun run =
        cli(QStringList{QStringLiteral("ticket"), QStringLiteral("rate"), id} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("switchboard-cli: "), run.err.constData());
    QVERIFY(show(id).value(QStringLiteral("rating")).isNull());
}

void TestRatingTimeCommand::unknownTicketOrAgentIsExitFour()
{
    const CliRun rate =
        cli({QStringLiteral("ticket"), QStringLiteral("rate"), QStringLiteral("424242"),
             QStringLiteral("--score"), QStringLiteral("3")});
    QCOMPARE(rate.exitCode, 4);
    QVERIFY2(rate.err.contains("#424242"), rate.err.constData());
    const CliRun time =
        cli({QStringLiteral("ticket"), QStringLiteral("time"), QStringLiteral("424242"),
             QStringLiteral("--agent"), QStringLiteral("anna"), QStringLiteral("--minutes"),
             QStringLiteral("5")});
    QCOMPARE(time.exitCode, 4);
    QVERIFY2(time.err.contains("#424242"), time.err.constData());

    const QString id = createResolvedTicket();
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("rate"), id, QStringLiteral("--score"),
                  QStringLiteral("3"), QStringLiteral("--agent"), QStringLiteral("ghost")})
                 .exitCode,
             4);
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("time"), id, QStringLiteral("--agent"),
                  QStringLiteral("ghost"), QStringLiteral("--start")})
                 .exitCode,
             4);
    QVERIFY(show(id).value(QStringLiteral("rating")).isNull());
}

void TestRatingTimeCommand::humanShowHasRatingAndWorkTime()
{
    const QString id = createResolvedTicket();
    CliRun run = cli({QStringLiteral("ticket"), QStringLiteral("show"), id});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("rating: not rated yet"), run.out.constData());
    QVERIFY2(run.out.contains("work time: 0:00"), run.out.constData());

    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("rate"), id, QStringLiteral("--score"),
                  QStringLiteral("3"), QStringLiteral("--effectiveness"), QStringLiteral("2"),
                  QStringLiteral("--comment"), QStringLiteral("问题解决了")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("time"), id, QStringLiteral("--agent"),
                  QStringLiteral("li"), QStringLiteral("--minutes"), QStringLiteral("85")})
                 .exitCode,
             0);
    run = cli({QStringLiteral("ticket"), QStringLiteral("show"), id});
    QVERIFY2(run.out.contains("rating: 3/5 (effectiveness 2)"), run.out.constData());
    QVERIFY2(run.out.contains(QStringLiteral("问题解决了").toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains("work time: 1:25 h:mm (5100 s)"), run.out.constData());
}

void TestRatingTimeCommand::timeEntriesAddUpInWorkSeconds()
{
    const QString id = createTicket();
    QCOMPARE(show(id).value(QStringLiteral("work_seconds")).toDouble(), 0.0);
    const CliRun first =
        cli({QStringLiteral("ticket"), QStringLiteral("time"), id, QStringLiteral("--agent"),
             QStringLiteral("anna"), QStringLiteral("--minutes"), QStringLiteral("25"),
             QStringLiteral("--note"), QStringLiteral("Звонок клиенту")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("25 min recorded for anna"), first.out.constData());
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("time"), id, QStringLiteral("--agent"),
                  QStringLiteral("li"), QStringLiteral("--minutes"), QStringLiteral("60")})
                 .exitCode,
             0);
    const QJsonObject ticket = show(id);
    QCOMPARE(ticket.value(QStringLiteral("work_seconds")).toDouble(), 85.0 * 60);
    // Time is recorded work, not a change to the ticket.
    QCOMPARE(ticket.value(QStringLiteral("version")).toInt(), 1);
    int timeEvents = 0;
    for (const QJsonValue& e : ticket.value(QStringLiteral("events")).toArray())
        timeEvents +=
            e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("time");
    QCOMPARE(timeEvents, 2);
}

void TestRatingTimeCommand::timeValidatesOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no agent") << QStringList{QStringLiteral("--minutes"), QStringLiteral("5")};
    QTest::newRow("no mode") << QStringList{QStringLiteral("--agent"), QStringLiteral("anna")};
    QTest::newRow("two modes") << QStringList{QStringLiteral("--agent"), QStringLiteral("anna"),
                                              QStringLiteral("--start"), QStringLiteral("--stop")};
    QTest::newRow("minutes 0") << QStringList{QStringLiteral("--agent"), QStringLiteral("anna"),
                                              QStringLiteral("--minutes"), QStringLiteral("0")};
    QTest::newRow("minutes over a day")
        << QStringList{QStringLiteral("--agent"), QStringLiteral("anna"),
                       QStringLiteral("--minutes"), QStringLiteral("1441")};
    QTest::newRow("minutes text") << QStringList{QStringLiteral("--agent"), QStringLiteral("anna"),
                                                 QStringLiteral("--minutes"),
                                                 QStringLiteral("ten")};
    QTest::newRow("note without minutes")
        << QStringList{QStringLiteral("--agent"), QStringLiteral("anna"), QStringLiteral("--start"),
                       QStringLiteral("--note"), QStringLiteral("x")};
}

void TestRatingTimeCommand::timeValidatesOptions()
{
    QFETCH(QStringList, options);
    const QString id = createTicket();
    const CliRun run =
        cli(QStringList{QStringLiteral("ticket"), QStringLiteral("time"), id} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("switchboard-cli: "), run.err.constData());
    QCOMPARE(show(id).value(QStringLiteral("work_seconds")).toDouble(), 0.0);
}

void TestRatingTimeCommand::timerStartedInOneProcessStopsInAnother()
{
    const QString id = createTicket();
    const QStringList timer = {QStringLiteral("ticket"), QStringLiteral("time"), id,
                               QStringLiteral("--agent"), QStringLiteral("anna")};
    // Nothing runs yet: stopping is refused and records nothing.
    const CliRun early = cli(timer + QStringList{QStringLiteral("--stop")});
    QCOMPARE(early.exitCode, 5);
    QVERIFY2(early.err.contains("no timer"), early.err.constData());

    const CliRun started = cli(timer + QStringList{QStringLiteral("--start")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    QVERIFY2(started.out.contains("running since"), started.out.constData());
    // Starting again keeps the first start.
    const CliRun again = cli(timer + QStringList{QStringLiteral("--start")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, started.out);

    // The timer lives in the database: this process sees it too.
    auto database = Database::open(m_db);
    QVERIFY(database);
    const TimeTrackingRepository repository(database.value());
    auto since = repository.runningSince(id.toLongLong(), QStringLiteral("anna"));
    QVERIFY(since);
    QVERIFY(since->has_value());
    // Li's timer on the same ticket is a different one.
    auto lis = repository.runningSince(id.toLongLong(), QStringLiteral("li"));
    QVERIFY(lis);
    QVERIFY(!lis->has_value());

    // Another process stops it; it ran for under a second, so nothing is recorded.
    const CliRun stopped = cli(timer + QStringList{QStringLiteral("--stop")});
    QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
    QVERIFY2(stopped.out.contains("stopped"), stopped.out.constData());
    since = repository.runningSince(id.toLongLong(), QStringLiteral("anna"));
    QVERIFY(since);
    QVERIFY(!since->has_value());
    QCOMPARE(cli(timer + QStringList{QStringLiteral("--stop")}).exitCode, 5);
}

void TestRatingTimeCommand::timerStartedElsewhereIsRecordedOnStop()
{
    const QString id = createTicket();
    {
        // The desktop app started Anna's timer 25 minutes ago (its clock, no sleeping here).
        auto database = Database::open(m_db);
        QVERIFY(database);
        const FixedClock earlier(QDateTime::currentMSecsSinceEpoch() - 25 * 60 * 1000);
        QVERIFY(TimeTrackingRepository(database.value(), earlier)
                    .start(id.toLongLong(), QStringLiteral("anna")));
    }
    const CliRun stopped =
        cli({QStringLiteral("ticket"), QStringLiteral("time"), id, QStringLiteral("--agent"),
             QStringLiteral("anna"), QStringLiteral("--stop"), QStringLiteral("--json")});
    QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
    const double seconds = QJsonDocument::fromJson(stopped.out)
                               .object()
                               .value(QStringLiteral("work_seconds"))
                               .toDouble();
    QVERIFY2(seconds >= 25 * 60 && seconds < 26 * 60, QByteArray::number(seconds).constData());
    QCOMPARE(show(id).value(QStringLiteral("work_seconds")).toDouble(), seconds);
}

QTEST_GUILESS_MAIN(TestRatingTimeCommand)
#include "tst_ratingtimecommand.moc"
