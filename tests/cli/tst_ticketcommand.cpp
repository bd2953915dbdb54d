// SPDX-License-Identifier: MIT
// ticket create|claim|assign|reply|status through the real executable, as a
// script or a mail pipe drives them: exit codes 3 (conflict), 4 (unknown),
// the body from standard input, and eight processes racing for one ticket.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using Switchboard::Test::CliRun;
using Switchboard::Test::runCli;

class TestTicketCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createReadsBodyFromStandardInput();
    void createValidatesOptions();
    void firstResponseStaysNullUntilPublicReply();
    void conversationAndStatusFlow();
    void refusedTransitionExplainsAndKeepsTicket();
    void unknownTicketIsExitFour();
    void staleVersionIsExitThree();
    void eightConcurrentClaimsExactlyOneWins();

private:
    CliRun cli(QStringList arguments) const;
    QJsonObject show(const QString& id) const;
    QString createTicket(const QString& subject = QStringLiteral("Не работает принтер")) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestTicketCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("tickets.sqlite"));
    for (int i = 1; i <= 8; ++i) {
        const CliRun added =
            cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("agent%1").arg(i),
                 QStringLiteral("--name"), QStringLiteral("Agent %1").arg(i)});
        QCOMPARE(added.exitCode, 0);
    }
}

CliRun TestTicketCommand::cli(QStringList arguments) const
{
    arguments.prepend(m_db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

QJsonObject TestTicketCommand::show(const QString& id) const
{
    const CliRun run =
        cli({QStringLiteral("ticket"), QStringLiteral("show"), id, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out).object();
}

QString TestTicketCommand::createTicket(const QString& subject) const
{
    const CliRun run =
        cli({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--subject"),
             subject, QStringLiteral("--requester"), QStringLiteral("olga@example.ru"),
             QStringLiteral("--type"), QStringLiteral("fault"), QStringLiteral("--priority"),
             QStringLiteral("2"), QStringLiteral("--body"), QStringLiteral("Бумага застревает")});
    return QString::fromUtf8(run.out).trimmed();
}

void TestTicketCommand::createReadsBodyFromStandardInput()
{
    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                  {QStringLiteral("--db"), m_db, QStringLiteral("ticket"), QStringLiteral("create"),
                   QStringLiteral("--subject"), QStringLiteral("订单没有到"),
                   QStringLiteral("--requester"), QStringLiteral("wang@example.cn"),
                   QStringLiteral("--channel"), QStringLiteral("web"), QStringLiteral("--type"),
                   QStringLiteral("order"), QStringLiteral("--body-file"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    process.write(QStringLiteral("我的订单三天前付款了。\n第二行").toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString id = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    QVERIFY2(id.toLongLong() > 0, qPrintable(id));
    const QJsonObject ticket = show(id);
    QCOMPARE(ticket.value(QStringLiteral("subject")).toString(), QStringLiteral("订单没有到"));
    QCOMPARE(ticket.value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
    QCOMPARE(ticket.value(QStringLiteral("type")).toString(), QStringLiteral("order"));
    QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    const QJsonArray messages = ticket.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("我的订单三天前付款了。\n第二行"));
    QCOMPARE(messages[0].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("customer"));
    // A web ticket is acknowledged with the first-response promise.
    QCOMPARE(messages[1].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("system"));
    QVERIFY(messages[1].toObject().value(QStringLiteral("body")).toString().contains(id));
    QVERIFY(ticket.value(QStringLiteral("first_response_at")).isNull());
}

void TestTicketCommand::createValidatesOptions()
{
    const QStringList base = {QStringLiteral("ticket"), QStringLiteral("create"),
                              QStringLiteral("--subject"), QStringLiteral("x")};
    QCOMPARE(cli(base).exitCode, 2); // no --requester
    QCOMPARE(cli(base + QStringList{QStringLiteral("--requester"), QStringLiteral("a@b.c"),
                                    QStringLiteral("--priority"), QStringLiteral("9")})
                 .exitCode,
             2);
    QCOMPARE(cli(base + QStringList{QStringLiteral("--requester"), QStringLiteral("a@b.c"),
                                    QStringLiteral("--channel"), QStringLiteral("fax")})
                 .exitCode,
             2);
    const CliRun badAddress =
        cli(base + QStringList{QStringLiteral("--requester"), QStringLiteral("nobody")});
    QCOMPARE(badAddress.exitCode, 5);
    QVERIFY(badAddress.err.startsWith("switchboard-cli: "));
    QVERIFY(badAddress.out.isEmpty());
}

void TestTicketCommand::firstResponseStaysNullUntilPublicReply()
{
    const QString id = createTicket();
    QVERIFY(show(id).value(QStringLiteral("first_response_at")).isNull());
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("reply"), id, QStringLiteral("--agent"),
                  QStringLiteral("agent1"), QStringLiteral("--body"),
                  QStringLiteral("Проверим склад"), QStringLiteral("--internal")})
                 .exitCode,
             0);
    QVERIFY(show(id).value(QStringLiteral("first_response_at")).isNull());
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("reply"), id, QStringLiteral("--agent"),
                  QStringLiteral("agent1"), QStringLiteral("--body"),
                  QStringLiteral("Отправили замену")})
                 .exitCode,
             0);
    const QJsonObject ticket = show(id);
    QVERIFY(ticket.value(QStringLiteral("first_response_at")).isString());
    QCOMPARE(ticket.value(QStringLiteral("assignee")).toString(), QStringLiteral("agent1"));
    QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    const QJsonObject firstResponse = ticket.value(QStringLiteral("sla"))
                                          .toObject()
                                          .value(QStringLiteral("first_response"))
                                          .toObject();
    QCOMPARE(firstResponse.value(QStringLiteral("state")).toString(), QStringLiteral("met"));
}

void TestTicketCommand::conversationAndStatusFlow()
{
    const QString id = createTicket();
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("assign"), id, QStringLiteral("--agent"),
                  QStringLiteral("agent2"), QStringLiteral("--by"), QStringLiteral("agent1")})
                 .exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("ticket"), QStringLiteral("reply"), id, QStringLiteral("--agent"),
             QStringLiteral("agent2"), QStringLiteral("--body"), QStringLiteral("Пришлите фото"),
             QStringLiteral("--status"), QStringLiteral("pending")})
            .exitCode,
        0);
    QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    for (const QString& status : {QStringLiteral("open"), QStringLiteral("on_hold"),
                                  QStringLiteral("resolved"), QStringLiteral("closed")}) {
        const CliRun run =
            cli({QStringLiteral("ticket"), QStringLiteral("status"), id, QStringLiteral("--set"),
                 status, QStringLiteral("--agent"), QStringLiteral("agent2")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const QJsonObject ticket = show(id);
    QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QVERIFY(ticket.value(QStringLiteral("resolved_at")).isString());
    QVERIFY(ticket.value(QStringLiteral("closed_at")).isString());
    QStringList kinds;
    for (const QJsonValue& e : ticket.value(QStringLiteral("events")).toArray())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("created"), QStringLiteral("acknowledged"),
                                 QStringLiteral("assignee"), QStringLiteral("reply"),
                                 QStringLiteral("status"), QStringLiteral("status"),
                                 QStringLiteral("status"), QStringLiteral("status"),
                                 QStringLiteral("status")}));
    const QJsonObject assigned = ticket.value(QStringLiteral("events")).toArray()[2].toObject();
    QCOMPARE(assigned.value(QStringLiteral("actor")).toString(), QStringLiteral("agent1"));
    QCOMPARE(assigned.value(QStringLiteral("new")).toString(), QStringLiteral("agent2"));
    // One version per write: create, assign, reply with status, four status changes.
    QCOMPARE(ticket.value(QStringLiteral("version")).toInt(), 7);
}

void TestTicketCommand::refusedTransitionExplainsAndKeepsTicket()
{
    const QString id = createTicket();
    const CliRun run =
        cli({QStringLiteral("ticket"), QStringLiteral("status"), id, QStringLiteral("--set"),
             QStringLiteral("closed"), QStringLiteral("--agent"), QStringLiteral("agent1")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("resolve"), run.err.constData());
    QVERIFY(run.err.contains(QStringLiteral("#%1").arg(id).toUtf8()));
    QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("status"), id, QStringLiteral("--set"),
                  QStringLiteral("done"), QStringLiteral("--agent"), QStringLiteral("agent1")})
                 .exitCode,
             2);
}

void TestTicketCommand::unknownTicketIsExitFour()
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("claim"), QStringLiteral("424242"), QStringLiteral("--agent"),
                      QStringLiteral("agent1")},
          QStringList{QStringLiteral("reply"), QStringLiteral("424242"), QStringLiteral("--agent"),
                      QStringLiteral("agent1"), QStringLiteral("--body"), QStringLiteral("x")},
          QStringList{QStringLiteral("status"), QStringLiteral("424242"), QStringLiteral("--set"),
                      QStringLiteral("open"), QStringLiteral("--agent"), QStringLiteral("agent1")},
          QStringList{QStringLiteral("show"), QStringLiteral("424242")}}) {
        const CliRun run = cli(QStringList{QStringLiteral("ticket")} + arguments);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("#424242"));
    }
    // An unknown agent is "not found" as well.
    const QString id = createTicket();
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("claim"), id, QStringLiteral("--agent"),
                  QStringLiteral("ghost")})
                 .exitCode,
             4);
}

void TestTicketCommand::staleVersionIsExitThree()
{
    const QString id = createTicket();
    const int version = show(id).value(QStringLiteral("version")).toInt();
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("claim"), id, QStringLiteral("--agent"),
                  QStringLiteral("agent1")})
                 .exitCode,
             0);
    const CliRun stale =
        cli({QStringLiteral("ticket"), QStringLiteral("status"), id, QStringLiteral("--set"),
             QStringLiteral("pending"), QStringLiteral("--agent"), QStringLiteral("agent2"),
             QStringLiteral("--expect-version"), QString::number(version)});
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.err.contains("Agent 1"), stale.err.constData());
    QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("new"));
}

void TestTicketCommand::eightConcurrentClaimsExactlyOneWins()
{
    const QString id = createTicket();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 1; i <= 8; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                       {QStringLiteral("--db"), m_db, QStringLiteral("ticket"),
                        QStringLiteral("claim"), id, QStringLiteral("--agent"),
                        QStringLiteral("agent%1").arg(i)});
        processes.push_back(std::move(process));
    }
    int winners = 0;
    int conflicts = 0;
    QString winner;
    for (int i = 0; i < 8; ++i) {
        QProcess& process = *processes[i];
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == 0) {
            ++winners;
            winner = QStringLiteral("agent%1").arg(i + 1);
        } else if (process.exitCode() == 3) {
            ++conflicts;
            QVERIFY(process.readAllStandardError().contains("already taken by"));
        } else {
            QFAIL(process.readAllStandardError().constData());
        }
    }
    QCOMPARE(winners, 1);
    QCOMPARE(conflicts, 7);
    const QJsonObject ticket = show(id);
    QCOMPARE(ticket.value(QStringLiteral("assignee")).toString(), winner);
    int assignments = 0;
    for (const QJsonValue& e : ticket.value(QStringLiteral("events")).toArray())
        assignments +=
            e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("assignee");
    QCOMPARE(assignments, 1);
}

QTEST_GUILESS_MAIN(TestTicketCommand)
#include "tst_ticketcommand.moc"
