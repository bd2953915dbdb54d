// SPDX-License-Identifier: MIT
// group add / set / add-member and agent set / agent add --group --max-open
// through the real executable: exit codes of CLI.md, what was stored, and
// that routing follows the settings made on the command line.
#include "storage/database.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketbulkwriter.h"
#include "tickets/ticketrouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Switchboard;
using Switchboard::Test::runCli;
namespace Test = Switchboard::Test;

class TestGroupCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void groupAddWithRoutingAndMembers();
    void groupAddDefaultsToManualAndPrintsId();
    void groupAddWithUnknownMemberWritesNothing();
    void groupAddDuplicateIsConflict();
    void groupSetChangesRouting();
    void groupAddMember();
    void failsWithExitCode_data();
    void failsWithExitCode();
    void agentSetAvailabilityAndLimit();
    void agentAddWithGroupAndLimit();
    void agentAddWithUnknownGroupWritesNothing();
    void agentAddOutputUnchanged();
    void routingFollowsTheCommandLine();

private:
    Test::CliRun cli(const QStringList& arguments) const;
    // The first column of the first row of `sql` in the test database.
    QVariant scalar(const QString& sql) const;
    QStringList members(const QString& group) const;

    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
};

void TestGroupCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// Every test starts with a database holding the agents anna and bob.
void TestGroupCommand::init()
{
    m_path = m_dir.filePath(QStringLiteral("groups-%1.sqlite").arg(++m_run));
    const Test::CliRun anna =
        cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("anna"),
             QStringLiteral("--name"), QStringLiteral("Анна Смирнова"), QStringLiteral("--skills"),
             QStringLiteral("fault")});
    QCOMPARE(anna.exitCode, 0);
    const Test::CliRun bob =
        cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("bob"),
             QStringLiteral("--name"), QStringLiteral("Bob Brown")});
    QCOMPARE(bob.exitCode, 0);
}

Test::CliRun TestGroupCommand::cli(const QStringList& arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_path, QStringLiteral("--log-level"),
                              QStringLiteral("error")} +
                  arguments);
}

QVariant TestGroupCommand::scalar(const QString& sql) const
{
    auto opened = Database::open(m_path);
    if (!opened)
        return {};
    QSqlQuery query(opened.value()->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList TestGroupCommand::members(const QString& group) const
{
    auto opened = Database::open(m_path);
    if (!opened)
        return {QStringLiteral("<no database>")};
    QSqlQuery query(opened.value()->connection());
    query.prepare(QStringLiteral("SELECT a.login FROM group_members m JOIN groups g ON g.id = "
                                 "m.group_id JOIN agents a ON a.id = m.agent_id WHERE g.name = ? "
                                 "ORDER BY a.login"));
    query.addBindValue(group);
    QStringList logins;
    if (!query.exec())
        return {QStringLiteral("<query failed>")};
    while (query.next())
        logins << query.value(0).toString();
    return logins;
}

void TestGroupCommand::groupAddWithRoutingAndMembers()
{
    const Test::CliRun run =
        cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hardware"),
             QStringLiteral("--routing"), QStringLiteral("round_robin"),
             QStringLiteral("--members"), QStringLiteral("anna, bob"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject group = QJsonDocument::fromJson(run.out).object();
    QVERIFY(group.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("Hardware"));
    QCOMPARE(group.value(QStringLiteral("routing")).toString(), QStringLiteral("round_robin"));
    QCOMPARE(group.value(QStringLiteral("members")).toArray().size(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT routing FROM groups WHERE name = 'Hardware'")),
             QVariant(QStringLiteral("round_robin")));
    QCOMPARE(members(QStringLiteral("Hardware")),
             QStringList({QStringLiteral("anna"), QStringLiteral("bob")}));
}

void TestGroupCommand::groupAddDefaultsToManualAndPrintsId()
{
    const Test::CliRun run =
        cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Billing")});
    QCOMPARE(run.exitCode, 0);
    bool ok = false;
    QVERIFY(run.out.trimmed().toLongLong(&ok) > 0 && ok);
    QCOMPARE(scalar(QStringLiteral("SELECT routing FROM groups WHERE name = 'Billing'")),
             QVariant(QStringLiteral("manual")));
}

void TestGroupCommand::groupAddWithUnknownMemberWritesNothing()
{
    const Test::CliRun run =
        cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hardware"),
             QStringLiteral("--members"), QStringLiteral("anna,ghost")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("ghost"), run.err.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM groups")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM group_members")).toInt(), 0);
}

void TestGroupCommand::groupAddDuplicateIsConflict()
{
    const QStringList add = {QStringLiteral("group"), QStringLiteral("add"),
                             QStringLiteral("Hardware")};
    QCOMPARE(cli(add).exitCode, 0);
    const Test::CliRun again = cli(add);
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("Hardware"), again.err.constData());
}

void TestGroupCommand::groupSetChangesRouting()
{
    QCOMPARE(
        cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hardware")}).exitCode,
        0);
    for (const char* mode : {"least_open", "skills", "round_robin", "manual"}) {
        const Test::CliRun run =
            cli({QStringLiteral("group"), QStringLiteral("set"), QStringLiteral("Hardware"),
                 QStringLiteral("--routing"), QString::fromLatin1(mode)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT routing FROM groups WHERE name = 'Hardware'")),
                 QVariant(QString::fromLatin1(mode)));
    }
}

void TestGroupCommand::groupAddMember()
{
    QCOMPARE(
        cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hardware")}).exitCode,
        0);
    const QStringList addBob = {QStringLiteral("group"), QStringLiteral("add-member"),
                                QStringLiteral("Hardware"), QStringLiteral("bob")};
    QCOMPARE(cli(addBob).exitCode, 0);
    // Adding a member again changes nothing and is not an error.
    QCOMPARE(cli(addBob).exitCode, 0);
    QCOMPARE(members(QStringLiteral("Hardware")), QStringList{QStringLiteral("bob")});
}

// Option values that are not one of the documented words are usage errors
// (2), like agent add --role; unknown groups and agents are not found (4).
void TestGroupCommand::failsWithExitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // what the error line must name

    const QString group = QStringLiteral("group");
    const QString agent = QStringLiteral("agent");
    const QString set = QStringLiteral("set");
    const QString add = QStringLiteral("add");
    const QString addMember = QStringLiteral("add-member");
    const QString routing = QStringLiteral("--routing");
    const QString hardware = QStringLiteral("Hardware"); // exists in this test
    const QString nowhere = QStringLiteral("Nowhere");

    QTest::newRow("group set unknown group")
        << QStringList{group, set, nowhere, routing, QStringLiteral("least_open")} << 4 << nowhere;
    QTest::newRow("group set bad mode")
        << QStringList{group, set, hardware, routing, QStringLiteral("fastest")} << 2
        << QStringLiteral("fastest");
    QTest::newRow("group set mode in wrong case")
        << QStringList{group, set, hardware, routing, QStringLiteral("Round_Robin")} << 2
        << QStringLiteral("Round_Robin");
    QTest::newRow("group set without routing")
        << QStringList{group, set, hardware} << 2 << QStringLiteral("--routing");
    QTest::newRow("group add bad mode")
        << QStringList{group, add, QStringLiteral("Billing"), routing, QStringLiteral("random")}
        << 2 << QStringLiteral("random");
    QTest::newRow("group add blank name")
        << QStringList{group, add, QStringLiteral(" ")} << 5 << QString();
    QTest::newRow("group add-member unknown group")
        << QStringList{group, addMember, nowhere, QStringLiteral("anna")} << 4 << nowhere;
    QTest::newRow("group add-member unknown agent")
        << QStringList{group, addMember, hardware, QStringLiteral("ghost")} << 4
        << QStringLiteral("ghost");
    QTest::newRow("group add-member without login")
        << QStringList{group, addMember, hardware} << 2 << QString();
    QTest::newRow("group unknown action")
        << QStringList{group, QStringLiteral("remove"), hardware} << 2 << QString();
    QTest::newRow("group set with members") << QStringList{group,
                                                           set,
                                                           hardware,
                                                           routing,
                                                           QStringLiteral("skills"),
                                                           QStringLiteral("--members"),
                                                           QStringLiteral("anna")}
                                            << 2 << QString();

    QTest::newRow("agent set unknown agent")
        << QStringList{agent, set, QStringLiteral("ghost"), QStringLiteral("--availability"),
                       QStringLiteral("away")}
        << 4 << QStringLiteral("ghost");
    QTest::newRow("agent set bad availability")
        << QStringList{agent, set, QStringLiteral("anna"), QStringLiteral("--availability"),
                       QStringLiteral("busy")}
        << 2 << QStringLiteral("busy");
    QTest::newRow("agent set negative limit")
        << QStringList{agent, set, QStringLiteral("anna"), QStringLiteral("--max-open"),
                       QStringLiteral("-1")}
        << 2 << QStringLiteral("-1");
    QTest::newRow("agent set limit not a number")
        << QStringList{agent, set, QStringLiteral("anna"), QStringLiteral("--max-open"),
                       QStringLiteral("five")}
        << 2 << QStringLiteral("five");
    QTest::newRow("agent set nothing")
        << QStringList{agent, set, QStringLiteral("anna")} << 2 << QString();
    QTest::newRow("agent set with add option")
        << QStringList{agent, set, QStringLiteral("anna"), QStringLiteral("--name"),
                       QStringLiteral("Anna")}
        << 2 << QString();
    QTest::newRow("agent add with availability") << QStringList{agent,
                                                                add,
                                                                QStringLiteral("carl"),
                                                                QStringLiteral("--name"),
                                                                QStringLiteral("Carl"),
                                                                QStringLiteral("--availability"),
                                                                QStringLiteral("away")}
                                                 << 2 << QString();
    QTest::newRow("agent add bad limit") << QStringList{agent,
                                                        add,
                                                        QStringLiteral("carl"),
                                                        QStringLiteral("--name"),
                                                        QStringLiteral("Carl"),
                                                        QStringLiteral("--max-open"),
                                                        QStringLiteral("x")}
                                         << 2 << QString();
}

void TestGroupCommand::failsWithExitCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    QCOMPARE(cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hardware"),
                  QStringLiteral("--routing"), QStringLiteral("skills")})
                 .exitCode,
             0);
    const Test::CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("switchboard-cli: "), run.err.constData());
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    // Nothing was changed.
    QCOMPARE(scalar(QStringLiteral("SELECT routing FROM groups WHERE name = 'Hardware'")),
             QVariant(QStringLiteral("skills")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM group_members")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agents WHERE availability <> 'online' "
                                   "OR max_open <> 0"))
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agents")).toInt(), 2);
}

void TestGroupCommand::agentSetAvailabilityAndLimit()
{
    Test::CliRun run = cli({QStringLiteral("agent"), QStringLiteral("set"), QStringLiteral("anna"),
                            QStringLiteral("--availability"), QStringLiteral("away"),
                            QStringLiteral("--max-open"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT availability || ' ' || max_open FROM agents WHERE "
                                   "login = 'anna'")),
             QVariant(QStringLiteral("away 5")));

    // Each option alone changes only itself.
    run = cli({QStringLiteral("agent"), QStringLiteral("set"), QStringLiteral("anna"),
               QStringLiteral("--availability"), QStringLiteral("offline")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT availability || ' ' || max_open FROM agents WHERE "
                                   "login = 'anna'")),
             QVariant(QStringLiteral("offline 5")));
    run = cli({QStringLiteral("agent"), QStringLiteral("set"), QStringLiteral("anna"),
               QStringLiteral("--max-open"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT availability || ' ' || max_open FROM agents WHERE "
                                   "login = 'anna'")),
             QVariant(QStringLiteral("offline 0")));
    run = cli({QStringLiteral("agent"), QStringLiteral("set"), QStringLiteral("anna"),
               QStringLiteral("--availability"), QStringLiteral("online")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT availability FROM agents WHERE login = 'anna'")),
             QVariant(QStringLiteral("online")));
    // bob was never touched.
    QCOMPARE(scalar(QStringLiteral("SELECT availability || ' ' || max_open FROM agents WHERE "
                                   "login = 'bob'")),
             QVariant(QStringLiteral("online 0")));
}

void TestGroupCommand::agentAddWithGroupAndLimit()
{
    QCOMPARE(
        cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hardware")}).exitCode,
        0);
    const Test::CliRun run =
        cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("li.na"),
             QStringLiteral("--name"), QStringLiteral("李娜"), QStringLiteral("--group"),
             QStringLiteral("Hardware"), QStringLiteral("--max-open"), QStringLiteral("4")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(members(QStringLiteral("Hardware")), QStringList{QStringLiteral("li.na")});
    QCOMPARE(scalar(QStringLiteral("SELECT max_open FROM agents WHERE login = 'li.na'")).toInt(),
             4);
}

void TestGroupCommand::agentAddWithUnknownGroupWritesNothing()
{
    const Test::CliRun run =
        cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("li.na"),
             QStringLiteral("--name"), QStringLiteral("李娜"), QStringLiteral("--group"),
             QStringLiteral("Nowhere")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Nowhere"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agents WHERE login = 'li.na'")).toInt(),
             0);
}

void TestGroupCommand::agentAddOutputUnchanged()
{
    const Test::CliRun run =
        cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("carl"),
             QStringLiteral("--name"), QStringLiteral("Carl")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("3\n"));
    QVERIFY(run.err.isEmpty());
}

void TestGroupCommand::routingFollowsTheCommandLine()
{
    QCOMPARE(cli({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hardware"),
                  QStringLiteral("--routing"), QStringLiteral("least_open"),
                  QStringLiteral("--members"), QStringLiteral("anna,bob")})
                 .exitCode,
             0);
    auto route = [this]() -> QString {
        auto opened = Database::open(m_path);
        if (!opened)
            return QStringLiteral("<no database>");
        auto group = TeamRepository(opened.value()).groupByName(QStringLiteral("Hardware"));
        if (!group)
            return group.error().toString();
        auto routed = TicketRouter(opened.value())
                          .route({group.value(), TicketType::Fault, Channel::Phone, {}});
        if (!routed)
            return routed.error().toString();
        return routed.value() ? routed.value()->login : QString();
    };
    QCOMPARE(route(), QStringLiteral("anna")); // both have no tickets: lowest id
    QCOMPARE(cli({QStringLiteral("agent"), QStringLiteral("set"), QStringLiteral("anna"),
                  QStringLiteral("--availability"), QStringLiteral("away")})
                 .exitCode,
             0);
    QCOMPARE(route(), QStringLiteral("bob"));
    QCOMPARE(cli({QStringLiteral("agent"), QStringLiteral("set"), QStringLiteral("bob"),
                  QStringLiteral("--availability"), QStringLiteral("offline")})
                 .exitCode,
             0);
    QCOMPARE(route(), QString());
    QCOMPARE(cli({QStringLiteral("group"), QStringLiteral("set"), QStringLiteral("Hardware"),
                  QStringLiteral("--routing"), QStringLiteral("manual")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("agent"), QStringLiteral("set"), QStringLiteral("anna"),
                  QStringLiteral("--availability"), QStringLiteral("online")})
                 .exitCode,
             0);
    QCOMPARE(route(), QString()); // manual: nobody is chosen
}

QTEST_GUILESS_MAIN(TestGroupCommand)
#include "tst_groupcommand.moc"
