// SPDX-License-Identifier: MIT
// The team-mode load test (issue #8): eight operator processes work one
// queue at once through TicketService (team_load_client), then the database
// must hold every operation that reported success, and every ticket's event
// history must replay to its current state. Runs on one shared SQLite file
// and, as tst_teamload_pg, on the test PostgreSQL server.
#include "tempdatabase.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace Switchboard;

namespace {

constexpr int kClients = 8;
constexpr int kDefaultOperations = 500;
constexpr int kTimeoutMs = 480'000;

QString agentLogin(int n)
{
    return QStringLiteral("load.agent%1").arg(n);
}

// One line of a client's journal: an operation that reported success.
struct JournalEntry
{
    QString agent;
    QString op;
    qint64 ticket = 0;
    int version = 0;        // the version the write made; 0: unknown (a claim from the queue)
    bool hasBefore = false; // version-checked writes know what they started from
    QString beforeStatus;
    QString beforeAssignee;
    QString to;      // status
    QString subject; // create
    QString body;    // reply
};

// A ticket as the journal says it must be after a write.
struct TicketState
{
    QString status;
    QString assignee;
};

struct TicketRow
{
    QString status;
    QString assignee;
    int version = 0;
    QString subject;
};

QString describe(const JournalEntry& e)
{
    return QStringLiteral("%1 %2 #%3 v%4").arg(e.agent, e.op).arg(e.ticket).arg(e.version);
}

} // namespace

class TestTeamLoad : public QObject
{
    Q_OBJECT

private slots:
    void eightClientsWorkOneQueue();

private:
    static int operationsPerClient();
    void seedTeam(const DatabasePtr& database);
    QList<JournalEntry> readJournal(const QString& path);
};

int TestTeamLoad::operationsPerClient()
{
    // A shorter run for quick checks by hand; CTest runs the full 500.
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SWITCHBOARD_LOAD_OPERATIONS", &ok);
    return ok && n > 0 ? n : kDefaultOperations;
}

void TestTeamLoad::seedTeam(const DatabasePtr& database)
{
    TeamRepository team(database);
    TicketRepository tickets(database);
    // Manual routing: every assignment in the run comes from a claim or a reply.
    QVERIFY(team.addGroup(QStringLiteral("Load"), RoutingMode::Manual));
    for (int n = 1; n <= kClients; ++n) {
        Agent agent;
        agent.login = agentLogin(n);
        agent.name = QStringLiteral("Load Agent %1").arg(n);
        agent.languages = {QStringLiteral("en")};
        auto added = tickets.addAgent(agent, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        QVERIFY(team.addMember(QStringLiteral("Load"), agent.login));
    }
}

QList<JournalEntry> TestTeamLoad::readJournal(const QString& path)
{
    QList<JournalEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        JournalEntry e;
        e.agent = o.value(QStringLiteral("agent")).toString();
        e.op = o.value(QStringLiteral("op")).toString();
        e.ticket = o.value(QStringLiteral("ticket")).toInteger();
        e.version = o.value(QStringLiteral("version")).toInt();
        e.hasBefore = o.contains(QStringLiteral("before_status"));
        e.beforeStatus = o.value(QStringLiteral("before_status")).toString();
        e.beforeAssignee = o.value(QStringLiteral("before_assignee")).toString();
        e.to = o.value(QStringLiteral("to")).toString();
        e.subject = o.value(QStringLiteral("subject")).toString();
        e.body = o.value(QStringLiteral("body")).toString();
        entries << e;
    }
    return entries;
}

void TestTeamLoad::eightClientsWorkOneQueue()
{
    Test::TempDatabase temp;
    QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));
    const DatabasePtr database = temp.database();
    seedTeam(database);
    if (QTest::currentTestFailed())
        return;
    const int operations = operationsPerClient();

    // All clients at once, each its own process and connection.
    std::vector<std::unique_ptr<QProcess>> clients;
    QElapsedTimer wall;
    wall.start();
    for (int n = 1; n <= kClients; ++n) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(SWITCHBOARD_TEAM_LOAD_CLIENT),
                       {QStringLiteral("--db"), temp.path(), QStringLiteral("--agent"),
                        agentLogin(n), QStringLiteral("--journal"),
                        temp.dirPath() + QStringLiteral("/journal%1.jsonl").arg(n),
                        QStringLiteral("--operations"), QString::number(operations),
                        QStringLiteral("--seed"), QString::number(1000 + n)});
        clients.push_back(std::move(process));
    }
    qint64 conflicts = 0;
    qint64 retries = 0;
    for (int n = 1; n <= kClients; ++n) {
        QProcess& process = *clients[size_t(n - 1)];
        const bool finished =
            process.waitForFinished(int(qMax<qint64>(1000, kTimeoutMs - wall.elapsed())));
        if (!finished)
            process.kill();
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        const QJsonObject summary =
            QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
        QVERIFY2(finished && process.exitStatus() == QProcess::NormalExit &&
                     process.exitCode() == 0,
                 qPrintable(QStringLiteral("client %1 failed: %2").arg(n).arg(errors.right(2000))));
        conflicts += summary.value(QStringLiteral("conflicts")).toInteger();
        retries += summary.value(QStringLiteral("retries")).toInteger();
    }
    const double seconds = double(wall.elapsed()) / 1000.0;
    const int total = kClients * operations;
    qInfo("%s: %d clients x %d operations in %.1f s: %.0f operations/s (%lld conflicts, %lld "
          "retries)",
          temp.isPostgres() ? "PostgreSQL" : "SQLite", kClients, operations, seconds,
          double(total) / seconds, conflicts, retries);

    // --- What the clients say happened.
    QList<JournalEntry> journal;
    for (int n = 1; n <= kClients; ++n) {
        const QList<JournalEntry> lines =
            readJournal(temp.dirPath() + QStringLiteral("/journal%1.jsonl").arg(n));
        QCOMPARE(lines.size(), operations);
        journal += lines;
    }

    // --- What the database says.
    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    QHash<qint64, TicketRow> tickets;
    QVERIFY2(query.exec(QStringLiteral(
                 "SELECT t.id, t.status, t.version, COALESCE(a.login, ''), t.subject "
                 "FROM tickets t LEFT JOIN agents a ON a.id = t.assignee_id")),
             qPrintable(query.lastError().text()));
    while (query.next())
        tickets.insert(query.value(0).toLongLong(),
                       TicketRow{query.value(1).toString(), query.value(3).toString(),
                                 query.value(2).toInt(), query.value(4).toString()});
    // Public replies by ticket: (author, body).
    QMultiHash<qint64, QPair<QString, QString>> replies;
    QVERIFY2(query.exec(QStringLiteral("SELECT m.ticket_id, a.login, m.body FROM messages m "
                                       "JOIN agents a ON a.id = m.author_agent_id "
                                       "WHERE m.kind = 'reply'")),
             qPrintable(query.lastError().text()));
    while (query.next())
        replies.insert(query.value(0).toLongLong(),
                       {query.value(1).toString(), query.value(2).toString()});
    struct Event
    {
        QString kind;
        QString actor;
        QString oldValue;
        QString newValue;
    };
    std::map<qint64, QList<Event>> events;
    QVERIFY2(query.exec(QStringLiteral(
                 "SELECT e.ticket_id, e.kind, COALESCE(a.login, ''), COALESCE(e.old_value, ''), "
                 "COALESCE(e.new_value, '') FROM ticket_events e "
                 "LEFT JOIN agents a ON a.id = e.actor_id ORDER BY e.ticket_id, e.id")),
             qPrintable(query.lastError().text()));
    while (query.next())
        events[query.value(0).toLongLong()].append(
            Event{query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                  query.value(4).toString()});
    query.finish();

    QStringList problems;
    auto problem = [&problems](const QString& text) {
        if (problems.size() < 20)
            problems << text;
    };

    // 1. Every success is there.
    QHash<qint64, QList<JournalEntry>> byTicket;
    qint64 creates = 0;
    qint64 replyCount = 0;
    for (const JournalEntry& e : std::as_const(journal)) {
        byTicket[e.ticket] << e;
        if (!tickets.contains(e.ticket)) {
            problem(describe(e) + QStringLiteral(": the ticket does not exist"));
            continue;
        }
        if (e.op == QLatin1String("create")) {
            ++creates;
            if (tickets.value(e.ticket).subject != e.subject)
                problem(describe(e) + QStringLiteral(": the subject is not the one created"));
        } else if (e.op == QLatin1String("reply")) {
            ++replyCount;
            if (replies.values(e.ticket).count(QPair<QString, QString>(e.agent, e.body)) != 1)
                problem(describe(e) + QStringLiteral(": the reply is not saved once"));
        }
    }
    QCOMPARE(journal.size(), total);
    QCOMPARE(qint64(tickets.size()), creates); // nobody else created tickets
    QCOMPARE(qint64(replies.size()), replyCount);

    // 2. Each success made one version, so a ticket's successes are versions
    // 1, 2, ... up to the stored one: none is missing, no two committed on
    // the same version (a lost update), and each version-checked write
    // started where the one before left the ticket. Claims from the queue
    // (version unknown) fill the remaining places; a claim must find the
    // ticket free. The state the chain ends in is the stored one. The same
    // walk counts the status and assignee changes the history must show.
    qint64 expectedStatusEvents = 0;
    qint64 expectedAssigneeEvents = 0;
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it) {
        const TicketRow& row = it.value();
        const QList<JournalEntry> entries = byTicket.value(it.key());
        if (entries.size() != row.version) {
            problem(QStringLiteral("#%1: version %2 but %3 journaled writes")
                        .arg(it.key())
                        .arg(row.version)
                        .arg(entries.size()));
            continue;
        }
        QList<std::optional<JournalEntry>> chain(entries.size());
        QList<JournalEntry> unversioned;
        bool placed = true;
        for (const JournalEntry& e : entries) {
            if (e.version == 0) {
                unversioned << e;
            } else if (e.version > chain.size() || chain[e.version - 1]) {
                problem(describe(e) + QStringLiteral(": that version is taken or out of range"));
                placed = false;
            } else {
                chain[e.version - 1] = e;
            }
        }
        if (!placed)
            continue;
        for (auto& slot : chain) {
            if (!slot)
                slot = unversioned.takeFirst();
        }
        TicketState state;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const JournalEntry& e = *chain[i];
            if ((i == 0) != (e.op == QLatin1String("create"))) {
                problem(describe(e) + QStringLiteral(": only the first write is the creation"));
                break;
            }
            if (e.hasBefore &&
                (e.beforeStatus != state.status || e.beforeAssignee != state.assignee)) {
                problem(describe(e) +
                        QStringLiteral(": started from %1/%2, not %3/%4")
                            .arg(e.beforeStatus, e.beforeAssignee, state.status, state.assignee));
            }
            const TicketState was = state;
            if (e.op == QLatin1String("create")) {
                state = {QStringLiteral("new"), QString()}; // the Load group routes nothing
            } else if (e.op == QLatin1String("claim")) {
                if (!state.assignee.isEmpty())
                    problem(describe(e) +
                            QStringLiteral(": claimed while %1 had it").arg(state.assignee));
                state.assignee = e.agent;
            } else if (e.op == QLatin1String("reply")) {
                // Whoever answers an unassigned ticket owns it; a new one opens.
                if (state.assignee.isEmpty())
                    state.assignee = e.agent;
                if (state.status == QLatin1String("new"))
                    state.status = QStringLiteral("open");
            } else if (e.op == QLatin1String("status")) {
                state.status = e.to;
            }
            if (i > 0 && was.status != state.status)
                ++expectedStatusEvents;
            if (was.assignee != state.assignee)
                ++expectedAssigneeEvents;
        }
        if (state.status != row.status || state.assignee != row.assignee)
            problem(QStringLiteral("#%1 is %2/%3, its journal says %4/%5")
                        .arg(it.key())
                        .arg(row.status, row.assignee, state.status, state.assignee));
    }

    // 3. The event history replays to the stored state, and no ticket was
    // assigned twice (nobody reassigns in this run, so one claim at most won).
    qint64 statusEvents = 0;
    qint64 assigneeEvents = 0;
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it) {
        QString status;
        QString assignee;
        int assigned = 0;
        for (const Event& event : events[it.key()]) {
            if (event.kind == QLatin1String("created")) {
                status = event.newValue;
            } else if (event.kind == QLatin1String("status") ||
                       event.kind == QLatin1String("reopened")) {
                ++statusEvents;
                if (event.oldValue != status)
                    problem(QStringLiteral("#%1: %2 event from %3 while the ticket was %4")
                                .arg(it.key())
                                .arg(event.kind, event.oldValue, status));
                status = event.newValue;
            } else if (event.kind == QLatin1String("assignee")) {
                ++assigneeEvents;
                ++assigned;
                if (event.oldValue != assignee)
                    problem(QStringLiteral("#%1: assigned to %2 by %3 while it was %4's")
                                .arg(it.key())
                                .arg(event.newValue, event.actor, assignee));
                assignee = event.newValue;
            }
        }
        if (assigned > 1)
            problem(QStringLiteral("#%1 was assigned %2 times").arg(it.key()).arg(assigned));
        if (status != it->status || assignee != it->assignee)
            problem(QStringLiteral("#%1: the history ends at %2/%3, the ticket is %4/%5")
                        .arg(it.key())
                        .arg(status, assignee, it->status, it->assignee));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // 4. Counts add up: the history holds exactly the status and assignee
    // changes that the journaled successes made.
    QCOMPARE(statusEvents, expectedStatusEvents);
    QCOMPARE(assigneeEvents, expectedAssigneeEvents);
    const auto count = [&journal](const char* op) {
        return std::count_if(journal.cbegin(), journal.cend(),
                             [op](const JournalEntry& e) { return e.op == QLatin1String(op); });
    };
    // The load must have exercised what it is meant to.
    QVERIFY(creates > 0);
    QVERIFY(count("claim") > 0);
    QVERIFY(replyCount > 0);
    QVERIFY(count("status") > 0);
}

QTEST_GUILESS_MAIN(TestTeamLoad)
#include "tst_teamload.moc"
