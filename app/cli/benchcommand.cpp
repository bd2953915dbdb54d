// SPDX-License-Identifier: MIT
// bench [--tickets N | --articles N] [--json]: build a synthetic data set and measure it.
#include "benchsamples.h"
#include "clitr.h"
#include "commands.h"
#include "dashboardbenchmark.h"
#include "kbbenchmark.h"
#include "progressprinter.h"
#include "teambenchmark.h"

#include "common/clock.h"
#include "common/logging.h"
#include "demo/demodatagenerator.h"
#include "sla/calendarcatalog.h"
#include "sla/slamonitor.h"
#include "sla/slaservice.h"
#include "storage/databasechangewatcher.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <vector>

namespace Switchboard::Cli {
namespace {

// Resident memory now, by kind (Linux): anonymous (heap, caches) and file
// pages (mostly the memory-mapped database, clean and reclaimable). Zero
// where /proc is not available.
QPair<double, double> residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {0, 0};
    double anon = 0;
    double file = 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts.at(0) == "RssAnon:")
            anon = parts.at(1).toDouble() / 1024.0;
        else if (parts.at(0) == "RssFile:")
            file = parts.at(1).toDouble() / 1024.0;
    }
    return {anon, file};
}

constexpr int kPageSize = 200;
constexpr int kCalendarOperations = 1'000'000;

// Business-time arithmetic as SLA code uses it: half "due = start + N
// minutes", half "minutes between two instants", over random instants of
// 2025-2026 on the Russian production calendar. Inputs are drawn before the
// clock starts. Returns operations per second.
Result<double> calendarOpsPerSecond()
{
    auto calendar = CalendarCatalog::builtin(QStringLiteral("ru"));
    if (!calendar)
        return calendar.error();
    const qint64 from = 1735678800000; // 2025-01-01T00:00:00+03:00
    const qint64 span = 2 * 365LL * 86400 * 1000;
    QRandomGenerator random(1);
    std::vector<qint64> instants(kCalendarOperations);
    std::vector<qint64> amounts(kCalendarOperations);
    for (int i = 0; i < kCalendarOperations; ++i) {
        instants[size_t(i)] = from + qint64(random.bounded(quint64(span)));
        amounts[size_t(i)] = random.bounded(i % 2 == 0 ? 10000 : 30LL * 86400 * 1000);
    }
    calendar->businessSecondsBetween(from, from + span); // compute both years first
    QElapsedTimer timer;
    timer.start();
    qint64 checksum = 0;
    for (int i = 0; i < kCalendarOperations; ++i) {
        const qint64 start = instants[size_t(i)];
        if (i % 2 == 0)
            checksum += calendar->addBusinessMinutes(start, amounts[size_t(i)]);
        else
            checksum += calendar->businessMinutesBetween(start, start + amounts[size_t(i)]);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qCDebug(lcBench) << "calendar checksum" << checksum;
    return seconds > 0 ? double(kCalendarOperations) / seconds : 0.0;
}

// What an operator types, letter by letter: Russian, Chinese, English
// subjects, a customer's name, and ticket numbers.
QStringList typedQueries(qint64 tickets)
{
    return {QStringLiteral("принтер не печатает"),
            QStringLiteral("заказ"),
            QStringLiteral("密码失败"),
            QStringLiteral("打印机"),
            QStringLiteral("invoice copy"),
            QStringLiteral("smirnov"),
            QStringLiteral("#%1").arg(qMax<qint64>(1, tickets / 2)),
            QStringLiteral("#%1").arg(qMax<qint64>(1, tickets - 7))};
}

constexpr int kWriteTickets = 200;
constexpr quint32 kWriteSeed = 1;
const QString kBenchAgent = QStringLiteral("bench.agent");
// What an agent typically sends: a few sentences.
const QString kReplyBody = QStringLiteral(
    "Hello,\n\nthank you for writing to us. We have checked your order and the payment has "
    "arrived; the invoice copy is attached to this message. If anything is still missing, "
    "just answer this e-mail.\n\nBest regards,\nBench Agent");

// The agent who works the queue in the benchmark; the demo agents keep their figures.
Status addBenchAgent(TicketRepository& repository)
{
    Agent agent;
    agent.login = kBenchAgent;
    agent.name = QStringLiteral("Bench Agent");
    agent.languages = {QStringLiteral("ru"), QStringLiteral("zh"), QStringLiteral("en")};
    auto added = repository.addAgent(agent, Clock::system().nowMs());
    if (!added)
        return added.error();
    return {};
}

// The writes of measureTicketWrites, plus, with --log-level debug, where a
// write's time goes.
Result<WriteLatencies> measureWrites(const DatabasePtr& database, const QList<TicketId>& tickets)
{
    auto measured = measureTicketWrites(database, tickets, kBenchAgent, kReplyBody);
    if (!measured)
        return measured.error();
    WriteLatencies latencies = measured.value();
    // Where a write's time goes (with --log-level debug): the SLA update and
    // reading the ticket back, timed on their own; the rest is the transaction.
    const SlaService sla(database, Clock::system());
    const TicketRepository repository(database);
    BenchSamples slaUpdate;
    BenchSamples readBack;
    for (const TicketId id : tickets) {
        QElapsedTimer timer;
        timer.start();
        if (auto recomputed = sla.recomputeTickets({id}); !recomputed)
            return recomputed.error();
        slaUpdate.add(elapsedMs(timer));
        timer.restart();
        if (auto detail = repository.ticketDetail(id); !detail)
            return detail.error();
        readBack.add(elapsedMs(timer));
    }
    qCDebug(lcBench).noquote() << "a write's SLA update:" << slaUpdate.toText()
                               << "; reading the ticket back:" << readBack.toText();
    return latencies;
}

constexpr int kChangeRuns = 5;
// The interval at which the app's main window polls PRAGMA data_version.
constexpr int kChangeWatchIntervalMs = 500;
constexpr int kChildTimeoutMs = 60'000;

struct ChangeLatency
{
    BenchSamples seen;          // from starting the other process to changed()
    BenchSamples seenAfterExit; // from its exit to changed(); 0 when seen before it exited
};

// How long a change made by another process takes to reach this one: a
// DatabaseChangeWatcher polls as the app's does, and `switchboard-cli ticket
// status` (this very program) changes a ticket. The watcher runs through all
// runs; each run starts at a different phase of its timer (0, 1/5, 2/5 ... of
// the interval), as a real change arrives at any moment between two polls.
Result<ChangeLatency> measureChangePropagation(const DatabasePtr& database,
                                               const QList<TicketId>& tickets)
{
    ChangeLatency latency;
    if (tickets.isEmpty())
        return latency;
    QHash<TicketId, bool> pending; // the tickets are open when this starts
    QEventLoop loop;
    QElapsedTimer clock;
    bool measuring = false;
    qint64 seenNs = -1;
    qint64 exitNs = -1;
    DatabaseChangeWatcher watcher(database, kChangeWatchIntervalMs);
    QObject::connect(&watcher, &DatabaseChangeWatcher::changed, &loop, [&] {
        if (!measuring || seenNs >= 0)
            return;
        seenNs = clock.nsecsElapsed();
        if (exitNs >= 0)
            loop.quit();
    });
    clock.start();
    watcher.start();
    for (int run = 0; run < kChangeRuns; ++run) {
        const qint64 phase = qint64(run) * kChangeWatchIntervalMs / kChangeRuns;
        const qint64 wait =
            ((phase - clock.elapsed()) % kChangeWatchIntervalMs + kChangeWatchIntervalMs) %
            kChangeWatchIntervalMs;
        QTimer::singleShot(int(wait), Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
        watcher.check(); // a late commit of the previous run is not this run's change

        const TicketId id = tickets.at(qsizetype(run) * tickets.size() / kChangeRuns);
        const bool toPending = !pending.value(id);
        QProcess child;
        QObject::connect(&child, &QProcess::finished, &loop,
                         [&](int exitCode, QProcess::ExitStatus status) {
                             exitNs = clock.nsecsElapsed();
                             if (seenNs >= 0 || exitCode != 0 || status != QProcess::NormalExit)
                                 loop.quit();
                         });
        QObject::connect(&child, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                loop.quit();
        });
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        seenNs = -1;
        exitNs = -1;
        measuring = true;
        const qint64 startNs = clock.nsecsElapsed();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--db"), database->path(), QStringLiteral("ticket"),
                     QStringLiteral("status"), QString::number(id), QStringLiteral("--set"),
                     toPending ? QStringLiteral("pending") : QStringLiteral("open"),
                     QStringLiteral("--agent"), kBenchAgent});
        guard.start(kChildTimeoutMs);
        loop.exec();
        measuring = false;
        if (exitNs < 0) {
            child.kill();
            child.waitForFinished();
            return Error{ErrorKind::Runtime, CliTr::tr("the change-propagation run did not finish"),
                         child.errorString()};
        }
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return Error{ErrorKind::Runtime, CliTr::tr("the change-propagation run failed"),
                         QString::fromUtf8(child.readAllStandardError()).trimmed()};
        if (seenNs < 0)
            return Error{ErrorKind::Runtime,
                         CliTr::tr("another process's change was not seen within %1 s")
                             .arg(kChildTimeoutMs / 1000)};
        pending.insert(id, toPending);
        latency.seen.add(double(seenNs - startNs) / 1e6);
        latency.seenAfterExit.add(double(std::max<qint64>(0, seenNs - exitNs)) / 1e6);
        qCDebug(lcBench) << "change of" << id << "seen after" << double(seenNs - startNs) / 1e6
                         << "ms; the other process exited after" << double(exitNs - startNs) / 1e6
                         << "ms";
    }
    return latency;
}

class BenchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override
    {
        return CliTr::tr("build a synthetic data set (--tickets N) and print performance figures");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        const QCommandLineOption ticketsOption(QStringLiteral("tickets"),
                                               CliTr::tr("Number of tickets (default 1000000)."),
                                               QStringLiteral("N"), QStringLiteral("1000000"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the figures as one JSON object."));
        const QCommandLineOption articlesOption(
            QStringLiteral("articles"),
            CliTr::tr("Measure the knowledge-base search on N demo articles instead of the queue: "
                      "index build (ours and stock FTS5 unicode61), question and as-you-type "
                      "latency, questions answered."),
            QStringLiteral("N"));
        const QCommandLineOption teamOption(
            QStringLiteral("team"),
            CliTr::tr("Measure team mode on the PostgreSQL database --db names, as it is: queue "
                      "pages, claim, reply and status latency, notification latency between two "
                      "connections, load-test throughput. Writes to it: use a scratch copy."));
        parser.addOptions({ticketsOption, articlesOption, teamOption, json});
        const QString description =
            summary() + u'\n' +
            CliTr::tr(
                "The data set is generated with the demo generator (seed 1) in a temporary "
                "folder that is deleted afterwards; --db is not used. Measures: generation "
                "rate, database open time, the first queue page, the first page of every sort "
                "order, filter-as-you-type latency, SLA recomputation, the latency of claims, "
                "replies and status changes, how soon this process sees another process's "
                "change, business-calendar operations per second and peak memory.");
        if (const int code = parse(parser, arguments, context, description); code >= 0)
            return code;
        if (!parser.positionalArguments().isEmpty())
            return context.usageError(CliTr::tr("bench takes no arguments"));
        if (parser.isSet(teamOption)) {
            if (parser.isSet(ticketsOption) || parser.isSet(articlesOption))
                return context.usageError(
                    CliTr::tr("--team measures the database --db names; it takes no --tickets "
                              "or --articles"));
            return runTeamBenchmark(context, parser.isSet(json));
        }
        if (parser.isSet(articlesOption)) {
            if (parser.isSet(ticketsOption))
                return context.usageError(CliTr::tr("--articles and --tickets run different "
                                                    "benchmarks; give one of them"));
            bool valid = false;
            const int articles = parser.value(articlesOption).toInt(&valid);
            if (!valid || articles < 1 || articles > 1'000'000)
                return context.usageError(
                    CliTr::tr("--articles takes a whole number from 1 to 1000000"));
            return runKbBenchmark(context, articles, parser.isSet(json));
        }
        bool ok = false;
        const qint64 tickets = parser.value(ticketsOption).toLongLong(&ok);
        if (!ok || tickets < 1 || tickets > 100'000'000)
            return context.usageError(
                CliTr::tr("--tickets takes a whole number from 1 to 100000000"));

        QTemporaryDir dir;
        if (!dir.isValid())
            return context.fail(Error{ErrorKind::Runtime,
                                      CliTr::tr("cannot create a temporary folder"),
                                      dir.errorString()});
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

        // 1. Generation.
        DemoOptions options;
        options.tickets = tickets;
        options.days = 365; // a year of history, as the dashboards' goal says
        const FixedClock clock(Clock::system().nowMs());
        DemoSummary generated;
        {
            auto database = Database::open(path);
            if (!database)
                return context.fail(database.error());
            DemoDataGenerator generator(database.value(), clock, options);
            ProgressPrinter progress(CliTr::tr("generating"));
            generator.setProgressCallback(
                [&progress](qint64 done, qint64 total) { progress.update(done, total); });
            auto summary = generator.generate();
            if (!summary)
                return context.fail(summary.error());
            generated = summary.value();
        }
        const double generationSeconds = double(generated.elapsedMs) / 1000.0;

        // 2. Opening the file again, as the app does at start.
        QElapsedTimer timer;
        timer.start();
        auto reopened = Database::open(path);
        if (!reopened)
            return context.fail(reopened.error());
        const QSqlDatabase connection = reopened.value()->connection();
        const double openMs = elapsedMs(timer);
        TicketRepository repository(reopened.value());

        auto page = [&](const QueueQuery& query, BenchSamples* samples) -> Result<double> {
            QElapsedTimer t;
            t.start();
            auto rows = repository.queuePage(query, nullptr, kPageSize);
            const double ms = elapsedMs(t);
            if (!rows)
                return rows.error();
            if (samples)
                samples->add(ms);
            qCDebug(lcBench) << "page" << int(query.scope) << int(query.sortKey) << int(query.order)
                             << query.search << rows->size() << "rows" << ms << "ms";
            return ms;
        };

        // 3. The first page of the default queue.
        auto first = page(QueueQuery{}, nullptr);
        if (!first)
            return context.fail(first.error());

        // 4. The first page of each order, both directions, open and all tickets.
        const QList<QueueSortKey> keys = {
            QueueSortKey::Id,      QueueSortKey::Subject,  QueueSortKey::Requester,
            QueueSortKey::Channel, QueueSortKey::Type,     QueueSortKey::Priority,
            QueueSortKey::Status,  QueueSortKey::Assignee, QueueSortKey::Created};
        BenchSamples sortOpen;
        BenchSamples sortAll;
        for (const QueueScope scope : {QueueScope::Open, QueueScope::All}) {
            for (const QueueSortKey key : keys) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    QueueQuery query;
                    query.scope = scope;
                    query.sortKey = key;
                    query.order = order;
                    if (auto ms = page(query, scope == QueueScope::Open ? &sortOpen : &sortAll);
                        !ms)
                        return context.fail(ms.error());
                }
            }
        }

        // 5. Filter as you type: the first page after every keystroke.
        BenchSamples filterAll;
        BenchSamples filterOpen;
        for (const QueueScope scope : {QueueScope::All, QueueScope::Open}) {
            for (const QString& text : typedQueries(tickets)) {
                const QList<uint> letters = text.toUcs4();
                for (qsizetype n = 1; n <= letters.size(); ++n) {
                    QueueQuery query;
                    query.scope = scope;
                    query.search = QString::fromUcs4(
                        reinterpret_cast<const char32_t*>(letters.constData()), n);
                    if (query.search.trimmed().isEmpty())
                        continue;
                    if (auto ms = page(query, scope == QueueScope::All ? &filterAll : &filterOpen);
                        !ms)
                        return context.fail(ms.error());
                }
            }
        }

        // 6. SLA: the first computation for every ticket, as after a demo
        // load or an import, then a policy change applied to the newest
        // 100,000 tickets (all of them when fewer): every stored row changes.
        const SlaService sla(reopened.value(), clock);
        auto computedAll = sla.recomputeAll();
        if (!computedAll)
            return context.fail(computedAll.error());
        SlaPolicySet changed = defaultSlaPolicies();
        QList<SlaPolicy> tightened = changed.policies();
        for (SlaPolicy& policy : tightened) {
            if (policy.firstResponse)
                policy.firstResponse = SlaTarget::range(policy.firstResponse->goalSeconds / 2,
                                                        policy.firstResponse->limitSeconds / 2);
        }
        if (Status saved = sla.config().savePolicies(SlaPolicySet(tightened), clock.nowMs());
            !saved)
            return context.fail(saved.error());
        QList<TicketId> newest;
        const qint64 recomputeCount = std::min<qint64>(generated.tickets, 100'000);
        for (qint64 id = generated.tickets - recomputeCount + 1; id <= generated.tickets; ++id)
            newest.append(id);
        auto recomputed = sla.recomputeTickets(newest);
        if (!recomputed)
            return context.fail(recomputed.error());
        // Then the SLA monitor's start, as the app starts it: what crossed
        // before now was reported in an earlier session, so start() only
        // loads the next hour of crossings and arms its timer.
        if (Status marked = sla.markReportedUntil(clock.nowMs()); !marked)
            return context.fail(marked.error());
        timer.restart();
        {
            SlaMonitor monitor(&sla, clock);
            monitor.start();
        }
        const double monitorStartMs = elapsedMs(timer);

        // 7. Business-calendar arithmetic (no database involved).
        auto calendarRate = calendarOpsPerSecond();
        if (!calendarRate)
            return context.fail(calendarRate.error());

        // Memory and file size as the reading side leaves them: a commit by
        // another process makes SQLite drop its whole map of the file (step 9).
        struct rusage usage = {};
        getrusage(RUSAGE_SELF, &usage);
        const double peakRssMb = double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
        const auto [anonMb, mappedMb] = residentMb();
        const double fileMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

        // 8. Working the queue: claim, reply and status changes on open
        // tickets, through the service the app uses, on this same file.
        if (Status added = addBenchAgent(repository); !added)
            return context.fail(added.error());
        auto writeTickets = pickOpenTickets(repository, kWriteTickets, kWriteSeed);
        if (!writeTickets)
            return context.fail(writeTickets.error());
        auto writes = measureWrites(reopened.value(), writeTickets.value());
        if (!writes)
            return context.fail(writes.error());

        // 9. A change made by another process, as the app notices it.
        auto propagation = measureChangePropagation(reopened.value(), writeTickets.value());
        if (!propagation)
            return context.fail(propagation.error());

        // 10. The dashboards over the last year, from the hourly facts.
        auto dashboard = DashboardBenchmark::run(reopened.value(), clock);
        if (!dashboard)
            return context.fail(dashboard.error());

        const double rate =
            generationSeconds > 0 ? double(generated.tickets) / generationSeconds : 0;

        if (parser.isSet(json)) {
            QJsonObject figures{
                {QStringLiteral("tickets"), generated.tickets},
                {QStringLiteral("messages"), generated.messages},
                {QStringLiteral("events"), generated.events},
                {QStringLiteral("generation_s"), BenchSamples::round(generationSeconds)},
                {QStringLiteral("generation_tickets_per_s"), std::round(rate)},
                {QStringLiteral("database_mb"), std::round(fileMb)},
                {QStringLiteral("open_ms"), BenchSamples::round(openMs)},
                {QStringLiteral("first_page_ms"), BenchSamples::round(first.value())},
                {QStringLiteral("sort_ms"), sortOpen.toJson()},
                {QStringLiteral("sort_all_ms"), sortAll.toJson()},
                {QStringLiteral("filter_ms"), filterAll.toJson()},
                {QStringLiteral("filter_open_ms"), filterOpen.toJson()},
                {QStringLiteral("page_size"), kPageSize},
                {QStringLiteral("calendar_ops_per_s"), std::round(calendarRate.value())},
                {QStringLiteral("sla_compute_all_ms"), double(computedAll->elapsedMs)},
                {QStringLiteral("sla_recompute_tickets"), recomputed->tickets},
                {QStringLiteral("sla_recompute_changed"), recomputed->changed},
                {QStringLiteral("sla_recompute_ms"), double(recomputed->elapsedMs)},
                {QStringLiteral("sla_monitor_start_ms"), BenchSamples::round(monitorStartMs)},
                {QStringLiteral("peak_rss_mb"), std::round(peakRssMb)},
                {QStringLiteral("rss_anon_mb"), std::round(anonMb)},
                {QStringLiteral("rss_file_mb"), std::round(mappedMb)},
                {QStringLiteral("cpu_cores"), QThread::idealThreadCount()},
                {QStringLiteral("machine"), QSysInfo::prettyProductName()}};
            writes->claim.addTo(figures, QStringLiteral("claim"));
            writes->reply.addTo(figures, QStringLiteral("reply"));
            writes->status.addTo(figures, QStringLiteral("status"));
            figures.insert(QStringLiteral("write_tickets"), qint64(writeTickets->size()));
            figures.insert(QStringLiteral("change_seen_ms"),
                           BenchSamples::round(propagation->seen.percentile(50)));
            figures.insert(QStringLiteral("change_seen_max_ms"),
                           BenchSamples::round(propagation->seen.percentile(100)));
            figures.insert(QStringLiteral("change_seen_after_exit_ms"),
                           BenchSamples::round(propagation->seenAfterExit.percentile(50)));
            figures.insert(QStringLiteral("change_runs"), propagation->seen.size());
            figures.insert(QStringLiteral("change_watch_interval_ms"), kChangeWatchIntervalMs);
            dashboard->addTo(figures);
            context.printJson(QJsonDocument(figures));
        } else {
            context.print(CliTr::tr("tickets:                 %1 (%2 messages, %3 events, %4 MB)")
                              .arg(generated.tickets)
                              .arg(generated.messages)
                              .arg(generated.events)
                              .arg(fileMb, 0, 'f', 0));
            context.print(CliTr::tr("generation:              %1 s, %2 tickets/s")
                              .arg(generationSeconds, 0, 'f', 1)
                              .arg(rate, 0, 'f', 0));
            context.print(CliTr::tr("open database:           %1 ms").arg(openMs, 0, 'f', 1));
            context.print(
                CliTr::tr("first queue page:        %1 ms").arg(first.value(), 0, 'f', 1));
            context.print(CliTr::tr("sort, open queue:        %1").arg(sortOpen.toText()));
            context.print(CliTr::tr("sort, all tickets:       %1").arg(sortAll.toText()));
            context.print(CliTr::tr("filter, all tickets:     %1").arg(filterAll.toText()));
            context.print(CliTr::tr("filter, open queue:      %1").arg(filterOpen.toText()));
            context.print(CliTr::tr("calendar arithmetic:     %1 operations/s (builtin:ru, "
                                    "add and elapsed)")
                              .arg(calendarRate.value(), 0, 'f', 0));
            context.print(CliTr::tr("SLA, first computation:  %1 ms for %2 tickets")
                              .arg(computedAll->elapsedMs)
                              .arg(computedAll->tickets));
            context.print(CliTr::tr("SLA, policy change:      %1 ms for the newest %2 tickets "
                                    "(%3 changed)")
                              .arg(recomputed->elapsedMs)
                              .arg(recomputed->tickets)
                              .arg(recomputed->changed));
            context.print(
                CliTr::tr("SLA monitor start-up:    %1 ms").arg(monitorStartMs, 0, 'f', 1));
            context.print(
                CliTr::tr("peak memory:             %1 MB (after the queries: %2 MB heap, "
                          "%3 MB mapped database file)")
                    .arg(peakRssMb, 0, 'f', 0)
                    .arg(anonMb, 0, 'f', 0)
                    .arg(mappedMb, 0, 'f', 0));
            context.print(CliTr::tr("claim:                   %1")
                              .arg(writes->claim.toText(BenchSamples::Unit::Writes)));
            context.print(CliTr::tr("reply:                   %1")
                              .arg(writes->reply.toText(BenchSamples::Unit::Writes)));
            context.print(CliTr::tr("status change:           %1")
                              .arg(writes->status.toText(BenchSamples::Unit::Writes)));
            context.print(CliTr::tr("another process's write: %1 ms until seen (max %2 ms), %3 ms "
                                    "after it exited; median of %4 runs, polling every %5 ms")
                              .arg(propagation->seen.percentile(50), 0, 'f', 0)
                              .arg(propagation->seen.percentile(100), 0, 'f', 0)
                              .arg(propagation->seenAfterExit.percentile(50), 0, 'f', 0)
                              .arg(propagation->seen.size())
                              .arg(kChangeWatchIntervalMs));
            for (const QString& line : dashboard->toText())
                context.print(line);
        }
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeBenchCommand()
{
    return std::make_unique<BenchCommand>();
}

} // namespace Switchboard::Cli
