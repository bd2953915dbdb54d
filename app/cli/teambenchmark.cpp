// SPDX-License-Identifier: MIT
#include "teambenchmark.h"

#include "benchsamples.h"
#include "clitr.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/databasechangewatcher.h"
#include "storage/databaselocation.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Switchboard::Cli {
namespace {

constexpr int kPageSize = 200;
constexpr int kWriteTickets = 200;
constexpr quint32 kSeed = 1;
constexpr int kNotifyRuns = 20;
constexpr int kNotifyTimeoutMs = 5000;
constexpr int kLoadClients = 8;
constexpr int kLoadOperations = 500;
constexpr int kLoadTimeoutMs = 30 * 60 * 1000;
const QString kBenchAgent = QStringLiteral("bench.team");
const QString kLoadGroup = QStringLiteral("Load");
const QString kReplyBody = QStringLiteral(
    "Hello,\n\nthank you for writing to us. We have checked your order and the payment has "
    "arrived; the invoice copy is attached to this message. If anything is still missing, "
    "just answer this e-mail.\n\nBest regards,\nBench Agent");

struct LoadRun
{
    bool ran = false;
    QString skipped; // why it did not run
    int clients = 0;
    int operations = 0;
    double seconds = 0;
    qint64 conflicts = 0;
    double opsPerSecond() const { return seconds > 0 ? clients * operations / seconds : 0; }
};

struct Figures
{
    qint64 tickets = 0;
    double firstPageMs = 0;
    BenchSamples sortOpen;
    BenchSamples sortAll;
    BenchSamples claim;
    BenchSamples reply;
    BenchSamples status;
    BenchSamples notify;
    LoadRun load;
};

// Added once; a second run on the same database finds it.
Status ensureAgent(TicketRepository& repository, const QString& login, const QString& name)
{
    if (repository.agentByLogin(login))
        return {};
    Agent agent;
    agent.login = login;
    agent.name = name;
    agent.languages = {QStringLiteral("ru"), QStringLiteral("zh"), QStringLiteral("en")};
    auto added = repository.addAgent(agent, Clock::system().nowMs());
    if (!added)
        return added.error();
    return {};
}

Result<double> timePage(const TicketRepository& repository, const QueueQuery& query,
                        BenchSamples* into)
{
    QElapsedTimer timer;
    timer.start();
    auto rows = repository.queuePage(query, nullptr, kPageSize);
    const double ms = elapsedMs(timer);
    if (!rows)
        return rows.error();
    if (into)
        into->add(ms);
    qCDebug(lcBench) << "team page" << int(query.scope) << int(query.sortKey) << int(query.order)
                     << rows->size() << "rows" << ms << "ms";
    return ms;
}

Status measureQueue(const TicketRepository& repository, Figures& figures)
{
    auto first = timePage(repository, QueueQuery{}, nullptr);
    if (!first)
        return first.error();
    figures.firstPageMs = *first;
    const QList<QueueSortKey> keys = {QueueSortKey::Id,        QueueSortKey::Subject,
                                      QueueSortKey::Requester, QueueSortKey::Channel,
                                      QueueSortKey::Type,      QueueSortKey::Priority,
                                      QueueSortKey::Status,    QueueSortKey::Assignee,
                                      QueueSortKey::Created,   QueueSortKey::Urgency};
    for (const QueueScope scope : {QueueScope::Open, QueueScope::All}) {
        for (const QueueSortKey key : keys) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QueueQuery query;
                query.scope = scope;
                query.sortKey = key;
                query.order = order;
                auto ms =
                    timePage(repository, query,
                             scope == QueueScope::Open ? &figures.sortOpen : &figures.sortAll);
                if (!ms)
                    return ms.error();
            }
        }
    }
    return {};
}

// Each figure is one whole TicketService call, as the app makes it: the
// transaction with its advisory lock, the SLA update and reading back.
Status measureWrites(const DatabasePtr& database, const QList<TicketId>& tickets, Figures& figures)
{
    auto measured = measureTicketWrites(database, tickets, kBenchAgent, kReplyBody);
    if (!measured)
        return measured.error();
    figures.claim = measured->claim;
    figures.reply = measured->reply;
    figures.status = measured->status;
    return {};
}

// From the start of a status change on one connection to the moment a
// DatabaseChangeWatcher on another connection (another Database, so another
// server session) reports that ticket. The write itself (a few ms) is
// included: the commit happens inside the call.
Status measureNotifications(const DatabasePtr& writer, const QString& url,
                            const QList<TicketId>& tickets, Figures& figures)
{
    if (tickets.isEmpty())
        return {};
    auto reader = Database::open(url);
    if (!reader)
        return reader.error();
    const TicketService service(writer, Clock::system());
    DatabaseChangeWatcher watcher(reader.value());
    QEventLoop loop;
    QElapsedTimer clock;
    TicketId waitingFor = 0;
    qint64 seenNs = -1;
    QObject::connect(&watcher, &DatabaseChangeWatcher::ticketsChanged, &loop,
                     [&](const QList<qint64>& ids) {
                         if (waitingFor == 0 || seenNs >= 0)
                             return;
                         if (!ids.isEmpty() && !ids.contains(waitingFor))
                             return;
                         seenNs = clock.nsecsElapsed();
                         loop.quit();
                     });
    watcher.start();
    clock.start();
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (int run = 0; run < kNotifyRuns; ++run) {
        const TicketId id = tickets.at(run % tickets.size());
        // Let notifications of the previous run drain first.
        waitingFor = 0;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();

        auto detail = TicketRepository(writer).ticketDetail(id);
        if (!detail)
            return detail.error();
        const TicketStatus to = detail->ticket.status == TicketStatus::Pending
                                    ? TicketStatus::Open
                                    : TicketStatus::Pending;
        waitingFor = id;
        seenNs = -1;
        const qint64 startNs = clock.nsecsElapsed();
        if (auto changed = service.setStatus(id, to, kBenchAgent); !changed)
            return changed.error();
        if (seenNs < 0) {
            guard.start(kNotifyTimeoutMs);
            loop.exec();
            guard.stop();
        }
        if (seenNs < 0)
            return Error{ErrorKind::Runtime,
                         CliTr::tr("the other connection heard nothing within %1 s")
                             .arg(kNotifyTimeoutMs / 1000),
                         QStringLiteral("#%1").arg(id)};
        figures.notify.add(double(seenNs - startNs) / 1e6);
    }
    return {};
}

QString loadClientPath()
{
    // The load test's client lives in the build tree (tests/load); a
    // package without tests has none, and the figure is then skipped.
    const QString configured = qEnvironmentVariable("SWITCHBOARD_TEAM_LOAD_CLIENT");
    if (!configured.isEmpty())
        return configured;
    return QStringLiteral(SWITCHBOARD_TEAM_LOAD_CLIENT);
}

// The load test (tests/load/tst_teamload.cpp) on this database: eight
// operator processes at once, each 500 successful operations.
Result<LoadRun> measureLoad(const DatabasePtr& database, const QString& url)
{
    LoadRun run;
    const QString client = loadClientPath();
    if (!QFileInfo(client).isExecutable()) {
        run.skipped = CliTr::tr("no load client at %1 (build the team_load_client target, or "
                                "set SWITCHBOARD_TEAM_LOAD_CLIENT)")
                          .arg(client);
        return run;
    }
    TeamRepository team(database);
    TicketRepository repository(database);
    if (!team.groupByName(kLoadGroup)) {
        if (auto added = team.addGroup(kLoadGroup, RoutingMode::Manual); !added)
            return added.error();
    }
    QStringList agents;
    for (int n = 1; n <= kLoadClients; ++n) {
        const QString login = QStringLiteral("load.agent%1").arg(n);
        if (Status s = ensureAgent(repository, login, QStringLiteral("Load Agent %1").arg(n)); !s)
            return s.error();
        if (Status s = team.addMember(kLoadGroup, login); !s)
            return s.error();
        agents << login;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{ErrorKind::Runtime, CliTr::tr("cannot create a temporary folder"),
                     dir.errorString()};
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < kLoadClients; ++n) {
        auto process = std::make_unique<QProcess>();
        process->start(client, {QStringLiteral("--db"), url, QStringLiteral("--agent"),
                                agents.at(n), QStringLiteral("--journal"),
                                dir.filePath(QStringLiteral("journal%1.jsonl").arg(n + 1)),
                                QStringLiteral("--operations"), QString::number(kLoadOperations),
                                QStringLiteral("--seed"), QString::number(1001 + n)});
        processes.push_back(std::move(process));
    }
    QString failure;
    for (auto& process : processes) {
        if (!process->waitForFinished(
                int(std::max<qint64>(1000, kLoadTimeoutMs - timer.elapsed()))))
            process->kill();
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            failure = QString::fromUtf8(process->readAllStandardError()).trimmed();
        const QJsonObject summary =
            QJsonDocument::fromJson(process->readAllStandardOutput().trimmed()).object();
        run.conflicts += summary.value(QStringLiteral("conflicts")).toInteger();
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!failure.isEmpty())
        return Error{ErrorKind::Runtime, CliTr::tr("a load client failed"), failure};
    run.ran = true;
    run.clients = kLoadClients;
    run.operations = kLoadOperations;
    return run;
}

} // namespace

int runTeamBenchmark(CliContext& context, bool json)
{
    auto opened = context.database();
    if (!opened)
        return context.fail(opened.error());
    const DatabasePtr database = opened.value();
    if (!database->location().isPostgres())
        return context.usageError(
            CliTr::tr("bench --team measures a PostgreSQL team database: give --db "
                      "postgresql://... (a scratch copy: the benchmark writes to it)"));
    Figures figures;
    TicketRepository repository(database);
    auto count = repository.ticketCount();
    if (!count)
        return context.fail(count.error());
    figures.tickets = *count;

    if (Status s = measureQueue(repository, figures); !s)
        return context.fail(s.error());
    if (Status s = ensureAgent(repository, kBenchAgent, QStringLiteral("Bench Agent")); !s)
        return context.fail(s.error());
    auto tickets = pickOpenTickets(repository, kWriteTickets, kSeed);
    if (!tickets)
        return context.fail(tickets.error());
    if (Status s = measureWrites(database, *tickets, figures); !s)
        return context.fail(s.error());
    if (Status s = measureNotifications(database, context.databasePath(), *tickets, figures); !s)
        return context.fail(s.error());
    auto load = measureLoad(database, context.databasePath());
    if (!load)
        return context.fail(load.error());
    figures.load = *load;

    if (json) {
        QJsonObject out{
            {QStringLiteral("team_tickets"), figures.tickets},
            {QStringLiteral("team_first_page_ms"), BenchSamples::round(figures.firstPageMs)},
            {QStringLiteral("team_write_tickets"), qint64(tickets->size())},
            {QStringLiteral("cpu_cores"), QThread::idealThreadCount()}};
        figures.sortOpen.addTo(out, QStringLiteral("team_sort_open"), true);
        figures.sortAll.addTo(out, QStringLiteral("team_sort_all"), true);
        figures.claim.addTo(out, QStringLiteral("team_claim"), true);
        figures.reply.addTo(out, QStringLiteral("team_reply"), true);
        figures.status.addTo(out, QStringLiteral("team_status"), true);
        figures.notify.addTo(out, QStringLiteral("team_notify"), true);
        if (figures.load.ran) {
            out.insert(QStringLiteral("team_load_clients"), figures.load.clients);
            out.insert(QStringLiteral("team_load_operations"), figures.load.operations);
            out.insert(QStringLiteral("team_load_s"), BenchSamples::round(figures.load.seconds));
            out.insert(QStringLiteral("team_load_ops_per_s"),
                       std::round(figures.load.opsPerSecond()));
            out.insert(QStringLiteral("team_load_conflicts"), figures.load.conflicts);
        }
        context.printJson(QJsonDocument(out));
        return ExitOk;
    }
    context.print(CliTr::tr("team database:           %1 (%2 tickets)")
                      .arg(database->path())
                      .arg(figures.tickets));
    context.print(CliTr::tr("first queue page:        %1 ms").arg(figures.firstPageMs, 0, 'f', 1));
    context.print(CliTr::tr("sort, open queue:        %1").arg(figures.sortOpen.toText()));
    context.print(CliTr::tr("sort, all tickets:       %1").arg(figures.sortAll.toText()));
    context.print(CliTr::tr("claim:                   %1")
                      .arg(figures.claim.toText(BenchSamples::Unit::Writes)));
    context.print(CliTr::tr("reply:                   %1")
                      .arg(figures.reply.toText(BenchSamples::Unit::Writes)));
    context.print(CliTr::tr("status change:           %1")
                      .arg(figures.status.toText(BenchSamples::Unit::Writes)));
    context.print(CliTr::tr("seen by another desktop: %1")
                      .arg(figures.notify.toText(BenchSamples::Unit::Samples)));
    if (figures.load.ran)
        context.print(CliTr::tr("load test:               %1 clients x %2 operations in %3 s: "
                                "%4 operations/s (%5 conflicts retried)")
                          .arg(figures.load.clients)
                          .arg(figures.load.operations)
                          .arg(figures.load.seconds, 0, 'f', 1)
                          .arg(figures.load.opsPerSecond(), 0, 'f', 0)
                          .arg(figures.load.conflicts));
    else
        context.print(CliTr::tr("load test:               skipped: %1").arg(figures.load.skipped));
    return ExitOk;
}

} // namespace Switchboard::Cli
