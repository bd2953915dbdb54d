// SPDX-License-Identifier: MIT
// One operator of the team-mode load test (tests/load/tst_teamload.cpp,
// docs/benchmarks.md): opens --db, works as agent --agent for --operations
// successful operations (create, claim, reply, status change, drawn with
// --seed) through TicketService, as the app does them, and appends one JSON
// line per operation that reported success to --journal. Conflicts are
// retried the way an operator would: read the ticket again, decide again.
//
//   team_load_client --db URL --agent LOGIN --journal FILE [--operations N] [--seed S]
//
// Replies, status changes and half the claims pass the version they read, so
// their success means the ticket was exactly as read ("before_*" in the
// journal) when the write committed, and made the next version; the other
// claims are refused by the claim's own check when someone was faster.
// Prints a JSON summary on stdout; exit code 0 when all operations succeeded.
#include "common/clock.h"
#include "tickets/ticketlifecycle.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace Switchboard;

namespace {

enum class Operation
{
    Create,
    Claim,
    Reply,
    Status
};

QString operationName(Operation op)
{
    switch (op) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Claim:
        return QStringLiteral("claim");
    case Operation::Reply:
        return QStringLiteral("reply");
    case Operation::Status:
        return QStringLiteral("status");
    }
    return {};
}

// How often an operator gives up on one ticket and picks another, and how
// many attempts in all before the client reports failure (a stuck backend
// must not hang the test).
constexpr int kRetriesPerTicket = 5;
constexpr int kMaxAttemptsPerOperation = 50;
constexpr int kCandidatePage = 20;

class LoadClient
{
public:
    LoadClient(DatabasePtr database, QString agent, quint32 seed, QFile* journal)
        : m_database(std::move(database))
        , m_service(m_database)
        , m_repository(m_database)
        , m_agent(std::move(agent))
        , m_random(seed)
        , m_journal(journal)
    {}

    bool init()
    {
        auto me = m_repository.agentByLogin(m_agent);
        if (!me) {
            m_lastError = me.error().toString();
            return false;
        }
        m_agentId = me->id;
        return true;
    }

    // One successful operation of a randomly chosen kind; false when even
    // the retries did not get one through.
    bool runOne(int index)
    {
        for (int attempt = 0; attempt < kMaxAttemptsPerOperation; ++attempt) {
            const Operation op = pick();
            if (attemptOperation(op, index))
                return true;
            ++m_retries;
        }
        return false;
    }

    QJsonObject summary(qint64 elapsedMs) const
    {
        return {
            {QStringLiteral("agent"), m_agent},         {QStringLiteral("operations"), m_done},
            {QStringLiteral("conflicts"), m_conflicts}, {QStringLiteral("retries"), m_retries},
            {QStringLiteral("busy"), m_busy},           {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("last_error"), m_lastError}};
    }
    QString lastError() const { return m_lastError; }

private:
    Operation pick()
    {
        const int roll = int(m_random.bounded(100));
        if (roll < 25)
            return Operation::Create;
        if (roll < 50)
            return Operation::Claim;
        if (roll < 80)
            return Operation::Reply;
        return Operation::Status;
    }

    // false: nothing succeeded this time (no candidate, or a refusal after
    // retries); the caller picks again.
    bool attemptOperation(Operation op, int index)
    {
        switch (op) {
        case Operation::Create:
            return create(index);
        case Operation::Claim:
            return claim();
        case Operation::Reply:
            return reply(index);
        case Operation::Status:
            return changeStatus();
        }
        return false;
    }

    bool create(int index)
    {
        NewTicketRequest request;
        request.subject =
            QStringLiteral("Load %1 #%2: printer does not print").arg(m_agent).arg(index);
        request.requesterEmail = QStringLiteral("customer%1@load.test").arg(m_random.bounded(200));
        request.body = QStringLiteral("The printer on floor %1 jams.").arg(m_random.bounded(9));
        request.group = QStringLiteral("Load");
        request.priority = 1 + int(m_random.bounded(4));
        auto created = m_service.create(request);
        if (!created)
            return failed(created.error());
        // A new ticket is version 1; what the service read back after its
        // commit may already show a colleague's claim.
        journal(Operation::Create, created->id,
                {{QStringLiteral("version"), 1}, {QStringLiteral("subject"), request.subject}});
        return true;
    }

    // Takes one of the oldest unassigned tickets, as an operator picks from
    // the top of the "Unassigned" queue; everyone looks at the same few.
    // Half the time straight from the queue ("Take"), half from the opened
    // ticket, with the version it shows.
    bool claim()
    {
        QueueQuery query;
        query.scope = QueueScope::Unassigned;
        query.sortKey = QueueSortKey::Id;
        auto rows = m_repository.queuePage(query, nullptr, 5);
        if (!rows)
            return failed(rows.error());
        if (rows->isEmpty())
            return false;
        const TicketId id = rows->at(qsizetype(m_random.bounded(quint32(rows->size())))).id;
        if (m_random.bounded(2) == 0) {
            // Not version-checked: the claim itself must refuse a ticket
            // someone else took first. The resulting version is unknown.
            auto claimed = m_service.claim(id, m_agent);
            if (!claimed)
                return failed(claimed.error());
            journal(Operation::Claim, id, {});
            return true;
        }
        auto detail = m_repository.ticketDetail(id);
        if (!detail)
            return failed(detail.error());
        const Ticket before = detail->ticket;
        if (!before.assigneeLogin.isEmpty() || !TicketLifecycle::isOpen(before.status))
            return false;
        auto claimed = m_service.claim(id, m_agent, before.version);
        if (!claimed)
            return failed(claimed.error());
        journal(Operation::Claim, id, versioned(before));
        return true;
    }

    // A ticket to work on: mostly one of mine, sometimes anyone's from the
    // open queue (a colleague's ticket answered while they are away).
    std::optional<TicketId> pickTicket(bool includeResolved)
    {
        QueueQuery query;
        const int roll = int(m_random.bounded(100));
        if (includeResolved && roll < 15) {
            query.scope = QueueScope::RecentlyResolved;
            query.resolvedSinceMs = 0;
        } else if (roll < 65) {
            query.scope = QueueScope::Mine;
            query.agentId = m_agentId;
        } else {
            query.scope = QueueScope::Open;
        }
        query.sortKey = QueueSortKey::Id;
        query.order = Qt::DescendingOrder;
        auto rows = m_repository.queuePage(query, nullptr, kCandidatePage);
        if (!rows) {
            failed(rows.error());
            return std::nullopt;
        }
        QList<TicketId> ids;
        for (const QueueRow& row : std::as_const(*rows)) {
            if (row.status != TicketStatus::Closed)
                ids << row.id;
        }
        if (ids.isEmpty())
            return std::nullopt;
        return ids.at(qsizetype(m_random.bounded(quint32(ids.size()))));
    }

    bool reply(int index)
    {
        const auto id = pickTicket(false);
        if (!id)
            return false;
        for (int attempt = 0; attempt < kRetriesPerTicket; ++attempt) {
            auto detail = m_repository.ticketDetail(*id);
            if (!detail)
                return failed(detail.error());
            const Ticket before = detail->ticket;
            if (before.status == TicketStatus::Closed)
                return false;
            ReplyRequest request;
            request.agent = m_agent;
            request.body =
                QStringLiteral("Reply %1/%2: please restart the printer.").arg(m_agent).arg(index);
            request.expectedVersion = before.version;
            auto replied = m_service.reply(*id, request);
            if (replied) {
                QJsonObject fields = versioned(before);
                fields.insert(QStringLiteral("body"), request.body);
                journal(Operation::Reply, *id, fields);
                return true;
            }
            if (!worthRetrying(replied.error()))
                return false;
        }
        return false;
    }

    std::optional<TicketStatus> nextStatus(TicketStatus from)
    {
        QList<TicketStatus> allowed;
        for (const TicketStatus to :
             {TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold,
              TicketStatus::Resolved, TicketStatus::Closed}) {
            if (to != from && TicketLifecycle::isAllowed(from, to))
                allowed << to;
        }
        if (allowed.isEmpty())
            return std::nullopt;
        return allowed.at(qsizetype(m_random.bounded(quint32(allowed.size()))));
    }

    bool changeStatus()
    {
        const auto id = pickTicket(true);
        if (!id)
            return false;
        for (int attempt = 0; attempt < kRetriesPerTicket; ++attempt) {
            auto detail = m_repository.ticketDetail(*id);
            if (!detail)
                return failed(detail.error());
            const Ticket before = detail->ticket;
            const auto to = nextStatus(before.status);
            if (!to)
                return false;
            auto changed = m_service.setStatus(*id, *to, m_agent, before.version);
            if (changed) {
                QJsonObject fields = versioned(before);
                fields.insert(QStringLiteral("to"), toKey(*to));
                journal(Operation::Status, *id, fields);
                return true;
            }
            if (!worthRetrying(changed.error()))
                return false;
        }
        return false;
    }

    // Counts and remembers a refusal. Returns false always, so callers can
    // `return failed(...)`; busy errors wait a moment first.
    bool failed(const Error& error)
    {
        if (error.kind == ErrorKind::Conflict) {
            ++m_conflicts;
        } else if (error.kind == ErrorKind::Runtime) {
            ++m_busy;
            m_lastError = error.toString();
            QThread::msleep(5 + m_random.bounded(20));
        } else {
            m_lastError = error.toString();
        }
        return false;
    }

    // Someone else was faster, or the database was busy: read the ticket
    // again and decide again. Anything else (the lifecycle refuses) is final.
    bool worthRetrying(const Error& error)
    {
        failed(error);
        return error.kind == ErrorKind::Conflict || error.kind == ErrorKind::Runtime;
    }

    // A version-checked write succeeded: the ticket was exactly as read
    // when it committed, and the write made the next version. (The ticket the
    // service returns is read after the commit, so under load it may already
    // show a colleague's next change; the journal does not use it.)
    static QJsonObject versioned(const Ticket& before)
    {
        return {{QStringLiteral("version"), before.version + 1},
                {QStringLiteral("before_status"), toKey(before.status)},
                {QStringLiteral("before_assignee"), before.assigneeLogin}};
    }

    // What the operator did and what they saw before; the test derives the
    // resulting state from it (tst_teamload.cpp).
    void journal(Operation op, TicketId ticket, const QJsonObject& fields)
    {
        QJsonObject line = fields;
        line.insert(QStringLiteral("agent"), m_agent);
        line.insert(QStringLiteral("op"), operationName(op));
        line.insert(QStringLiteral("ticket"), ticket);
        // One write per line, flushed: a line is on disk before the next
        // operation starts, so the journal never lags behind the database
        // by more than the operation in flight.
        m_journal->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_journal->flush();
        ++m_done;
    }

    DatabasePtr m_database;
    TicketService m_service;
    TicketRepository m_repository;
    QString m_agent;
    AgentId m_agentId = 0;
    QRandomGenerator m_random;
    QFile* m_journal;
    qint64 m_done = 0;
    qint64 m_conflicts = 0;
    qint64 m_retries = 0;
    qint64 m_busy = 0;
    QString m_lastError;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The services log every created ticket; 500 lines per client are noise.
    QLoggingCategory::setFilterRules(QStringLiteral("switchboard.*.info=false"));

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database."),
                                QStringLiteral("URL"));
    const QCommandLineOption agent(QStringLiteral("agent"), QStringLiteral("Agent login."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption journalPath(
        QStringLiteral("journal"), QStringLiteral("JSON-lines journal."), QStringLiteral("FILE"));
    const QCommandLineOption operations(QStringLiteral("operations"),
                                        QStringLiteral("Successful operations."),
                                        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({db, agent, journalPath, operations, seed});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(agent) || !parser.isSet(journalPath)) {
        std::fprintf(stderr, "team_load_client: --db, --agent and --journal are required\n");
        return 2;
    }

    QFile journal(parser.value(journalPath));
    if (!journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
        std::fprintf(stderr, "team_load_client: %s\n", qPrintable(journal.errorString()));
        return 1;
    }
    auto database = Database::open(parser.value(db));
    if (!database) {
        std::fprintf(stderr, "team_load_client: %s\n", qPrintable(database.error().toString()));
        return 1;
    }
    LoadClient client(database.value(), parser.value(agent), parser.value(seed).toUInt(), &journal);
    if (!client.init()) {
        std::fprintf(stderr, "team_load_client: %s\n", qPrintable(client.lastError()));
        return 1;
    }
    const int count = parser.value(operations).toInt();
    QElapsedTimer timer;
    timer.start();
    int exitCode = 0;
    for (int i = 0; i < count; ++i) {
        if (!client.runOne(i)) {
            std::fprintf(stderr, "team_load_client: operation %d did not succeed: %s\n", i,
                         qPrintable(client.lastError()));
            exitCode = 1;
            break;
        }
    }
    std::printf(
        "%s\n",
        QJsonDocument(client.summary(timer.elapsed())).toJson(QJsonDocument::Compact).constData());
    return exitCode;
}
