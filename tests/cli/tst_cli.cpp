// SPDX-License-Identifier: MIT
// Runs switchboard-cli as a user or a script would and checks exit codes,
// error lines and JSON shapes against CLI.md.
#include "storage/database.h"
#include "storage/transaction.h"
#include "tickets/ticketbulkwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Switchboard;

using Switchboard::Test::runCli;
namespace Test = Switchboard::Test;

namespace {

const QRegularExpression
    kIsoWithOffset(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$)"));

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsCommandsAndExitsZero();
    void noCommandIsUsageError();
    void unknownCommandIsUsageError();
    void commandHelpShowsOptions();
    void initCreatesDatabaseAndReportsVersion();
    void initRespectsEnvironmentVariable();
    void initRefusesForeignFileWithBadInputCode();
    void agentAddAndConflict();
    void agentAddValidatesInput();
    void ticketShowJsonHasContractFields();
    void ticketShowHumanReadable();
    void ticketShowMissingIsNotFound();
    void ticketShowBadIdIsUsageError();

private:
    QString dbPath(const QString& name) const { return m_dir.filePath(name); }
    void seedTicket(const QString& path);

    QTemporaryDir m_dir;
    QString m_seeded;
    TicketId m_ticketId = 0;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SWITCHBOARD_CLI_PATH)));
    m_seeded = dbPath(QStringLiteral("seeded.sqlite"));
    seedTicket(m_seeded);
}

void TestCli::seedTicket(const QString& path)
{
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    DatabasePtr db = opened.value();
    {
        TicketBulkWriter writer(db);
        Transaction transaction(db->connection());
        const GroupId group = writer.addGroup(QStringLiteral("Hardware")).value();
        Agent anna;
        anna.login = QStringLiteral("anna");
        anna.name = QStringLiteral("Анна Петрова");
        const AgentId agent = writer.addAgent(anna, 1000, group).value();
        NewCustomer customer;
        customer.name = QStringLiteral("王伟");
        customer.email = QStringLiteral("wang@example.cn");
        customer.language = QStringLiteral("zh");
        const CustomerId requester = writer.addCustomer(customer).value();
        NewTicket ticket;
        ticket.subject = QStringLiteral("Принтер не печатает");
        ticket.channel = Channel::Phone;
        ticket.type = TicketType::Fault;
        ticket.priority = 2;
        ticket.status = TicketStatus::Resolved;
        ticket.requesterId = requester;
        ticket.assigneeId = agent;
        ticket.groupId = group;
        ticket.tags = {QStringLiteral("printer")};
        ticket.createdAt = 1772432100000;       // 2026-03-02T06:15:00Z
        ticket.firstResponseAt = 1772433000000; // +15 min
        ticket.resolvedAt = 1772436600000;
        ticket.updatedAt = 1772436600000;
        m_ticketId = writer.addTicket(ticket).value();
        QVERIFY(writer
                    .addMessage(m_ticketId, MessageKind::Customer, 0, requester,
                                QStringLiteral("Принтер в бухгалтерии не печатает."),
                                ticket.createdAt)
                    .ok());
        QVERIFY(writer
                    .addMessage(m_ticketId, MessageKind::Reply, agent, 0,
                                QStringLiteral("Перезапустите очередь печати."),
                                *ticket.firstResponseAt)
                    .ok());
        QVERIFY(writer
                    .addEvent(m_ticketId, 0, QStringLiteral("created"), QString(),
                              QStringLiteral("new"), ticket.createdAt)
                    .ok());
        QVERIFY(writer
                    .addEvent(m_ticketId, agent, QStringLiteral("status"), QStringLiteral("open"),
                              QStringLiteral("resolved"), *ticket.resolvedAt)
                    .ok());
        QVERIFY(transaction.commit().ok());
    }
}

void TestCli::helpListsCommandsAndExitsZero()
{
    const Test::CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* command : {"init", "demo", "agent", "ticket", "bench"})
        QVERIFY2(run.out.contains(command), command);
    QVERIFY(run.err.isEmpty());
}

void TestCli::noCommandIsUsageError()
{
    QCOMPARE(runCli({}).exitCode, 2);
}

void TestCli::unknownCommandIsUsageError()
{
    const Test::CliRun run = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("switchboard-cli: "));
    QVERIFY(run.err.contains("frobnicate"));
}

void TestCli::commandHelpShowsOptions()
{
    const Test::CliRun run = runCli({QStringLiteral("agent"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--name"));
    QVERIFY(run.out.contains("--role"));
}

void TestCli::initCreatesDatabaseAndReportsVersion()
{
    const QString path = dbPath(QStringLiteral("init.sqlite"));
    const Test::CliRun run =
        runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QStringLiteral("path")).toString(), path);
    QVERIFY(object.value(QStringLiteral("schema_version")).toInt() >= 1);
    QVERIFY(QFile::exists(path));
    // A second init is a no-op on an up-to-date database.
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
}

void TestCli::initRespectsEnvironmentVariable()
{
    const QString path = dbPath(QStringLiteral("from-env.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SWITCHBOARD_DB"), path);
    const Test::CliRun run = runCli({QStringLiteral("init")}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(path.toUtf8()));
    QVERIFY(QFile::exists(path));
}

void TestCli::initRefusesForeignFileWithBadInputCode()
{
    const QString path = dbPath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();
    const Test::CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.startsWith("switchboard-cli: "));
    QVERIFY(run.err.contains(path.toUtf8()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("shopping list\n"));
}

void TestCli::agentAddAndConflict()
{
    const QString path = dbPath(QStringLiteral("agents.sqlite"));
    const QStringList add = {QStringLiteral("--db"),           path,
                             QStringLiteral("agent"),          QStringLiteral("add"),
                             QStringLiteral("li.na"),          QStringLiteral("--name"),
                             QStringLiteral("李娜"),           QStringLiteral("--role"),
                             QStringLiteral("lead"),           QStringLiteral("--skills"),
                             QStringLiteral("billing,orders"), QStringLiteral("--languages"),
                             QStringLiteral("zh,en"),          QStringLiteral("--json")};
    const Test::CliRun first = runCli(add);
    QCOMPARE(first.exitCode, 0);
    const QJsonObject agent = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(agent.value(QStringLiteral("login")).toString(), QStringLiteral("li.na"));
    QCOMPARE(agent.value(QStringLiteral("name")).toString(), QStringLiteral("李娜"));
    QCOMPARE(agent.value(QStringLiteral("role")).toString(), QStringLiteral("lead"));
    QCOMPARE(agent.value(QStringLiteral("skills")).toArray().size(), 2);
    const Test::CliRun second = runCli(add);
    QCOMPARE(second.exitCode, 3);
    QVERIFY(second.err.contains("li.na"));
}

void TestCli::agentAddValidatesInput()
{
    const QString path = dbPath(QStringLiteral("agents-bad.sqlite"));
    auto code = [&](const QStringList& tail) {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("agent")} + tail)
            .exitCode;
    };
    QCOMPARE(code({QStringLiteral("add"), QStringLiteral("bob")}), 2); // no --name
    QCOMPARE(code({QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--name"),
                   QStringLiteral("Bob"), QStringLiteral("--role"), QStringLiteral("king")}),
             2);
    QCOMPARE(code({QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--name"),
                   QStringLiteral("Bob"), QStringLiteral("--languages"), QStringLiteral("de")}),
             2);
    QCOMPARE(code({QStringLiteral("add"), QStringLiteral("bad login"), QStringLiteral("--name"),
                   QStringLiteral("Bob")}),
             5);
    QCOMPARE(code({QStringLiteral("remove"), QStringLiteral("bob")}), 2);
}

void TestCli::ticketShowJsonHasContractFields()
{
    const Test::CliRun run =
        runCli({QStringLiteral("--db"), m_seeded, QStringLiteral("ticket"), QStringLiteral("show"),
                QString::number(m_ticketId), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject t = document.object();
    QCOMPARE(t.value(QStringLiteral("id")).toInteger(), m_ticketId);
    QCOMPARE(t.value(QStringLiteral("subject")).toString(), QStringLiteral("Принтер не печатает"));
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(t.value(QStringLiteral("priority")).toInt(), 2);
    QCOMPARE(t.value(QStringLiteral("type")).toString(), QStringLiteral("fault"));
    QCOMPARE(t.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    QCOMPARE(t.value(QStringLiteral("requester")).toString(), QStringLiteral("wang@example.cn"));
    QCOMPARE(t.value(QStringLiteral("assignee")).toString(), QStringLiteral("anna"));
    QCOMPARE(t.value(QStringLiteral("group")).toString(), QStringLiteral("Hardware"));
    QVERIFY(t.value(QStringLiteral("version")).toInt() >= 1);
    QVERIFY(t.value(QStringLiteral("closed_at")).isNull());
    for (const char* key : {"created_at", "first_response_at", "resolved_at"})
        QVERIFY2(kIsoWithOffset.match(t.value(QLatin1String(key)).toString()).hasMatch(), key);
    // The stored instant survives the round trip whatever the local zone.
    QCOMPARE(QDateTime::fromString(t.value(QStringLiteral("created_at")).toString(), Qt::ISODate)
                 .toMSecsSinceEpoch(),
             1772432100000);

    const QJsonArray messages = t.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("customer"));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("reply"));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("author")).toString(),
             QStringLiteral("anna"));
    QVERIFY(messages.at(1).toObject().contains(QStringLiteral("body")));
    QVERIFY(messages.at(1).toObject().contains(QStringLiteral("created_at")));

    const QJsonArray events = t.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 2);
    const QJsonObject created = events.at(0).toObject();
    QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("created"));
    QVERIFY(created.value(QStringLiteral("actor")).isNull());
    QVERIFY(created.value(QStringLiteral("old")).isNull());
    QCOMPARE(created.value(QStringLiteral("new")).toString(), QStringLiteral("new"));
    const QJsonObject resolved = events.at(1).toObject();
    QCOMPARE(resolved.value(QStringLiteral("actor")).toString(), QStringLiteral("anna"));
    QCOMPARE(resolved.value(QStringLiteral("old")).toString(), QStringLiteral("open"));
    QVERIFY(kIsoWithOffset.match(resolved.value(QStringLiteral("at")).toString()).hasMatch());
}

void TestCli::ticketShowHumanReadable()
{
    const Test::CliRun run =
        runCli({QStringLiteral("--db"), m_seeded, QStringLiteral("ticket"), QStringLiteral("show"),
                QStringLiteral("#%1").arg(m_ticketId)});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("Принтер не печатает")));
    QVERIFY(text.contains(QStringLiteral("Перезапустите очередь печати.")));
    QVERIFY(run.err.isEmpty());
}

void TestCli::ticketShowMissingIsNotFound()
{
    const Test::CliRun run =
        runCli({QStringLiteral("--db"), m_seeded, QStringLiteral("ticket"), QStringLiteral("show"),
                QStringLiteral("999999"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("switchboard-cli: "));
    QVERIFY(run.err.contains("999999"));
}

void TestCli::ticketShowBadIdIsUsageError()
{
    QCOMPARE(runCli({QStringLiteral("--db"), m_seeded, QStringLiteral("ticket"),
                     QStringLiteral("show"), QStringLiteral("abc")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_seeded, QStringLiteral("ticket"),
                     QStringLiteral("explode"), QStringLiteral("1")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
