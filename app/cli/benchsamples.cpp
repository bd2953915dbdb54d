// SPDX-License-Identifier: MIT
#include "benchsamples.h"

#include "clitr.h"
#include "common/clock.h"
#include "tickets/queuequery.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace Switchboard::Cli {
namespace {

constexpr int kPickPageSize = 200;

} // namespace

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double BenchSamples::percentile(double p) const
{
    if (m_values.empty())
        return 0;
    std::vector<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

QJsonObject BenchSamples::toJson() const
{
    return {{QStringLiteral("p50"), round(percentile(50))},
            {QStringLiteral("p95"), round(percentile(95))},
            {QStringLiteral("max"), round(percentile(100))},
            {QStringLiteral("samples"), size()}};
}

void BenchSamples::addTo(QJsonObject& json, const QString& prefix, bool withCount) const
{
    json.insert(prefix + QStringLiteral("_p50_ms"), round(percentile(50)));
    json.insert(prefix + QStringLiteral("_p95_ms"), round(percentile(95)));
    json.insert(prefix + QStringLiteral("_max_ms"), round(percentile(100)));
    if (withCount)
        json.insert(prefix + QStringLiteral("_samples"), size());
}

QString BenchSamples::toText(Unit unit) const
{
    QString text;
    switch (unit) {
    case Unit::Queries:
        text = CliTr::tr("p50 %1 ms, p95 %2 ms, max %3 ms (%4 queries)");
        break;
    case Unit::Writes:
        text = CliTr::tr("p50 %1 ms, p95 %2 ms, max %3 ms (%4 writes)");
        break;
    case Unit::Samples:
        text = CliTr::tr("p50 %1 ms, p95 %2 ms, max %3 ms (%4 samples)");
        break;
    }
    return text.arg(percentile(50), 0, 'f', 1)
        .arg(percentile(95), 0, 'f', 1)
        .arg(percentile(100), 0, 'f', 1)
        .arg(m_values.size());
}

double BenchSamples::round(double value)
{
    return std::round(value * 100.0) / 100.0;
}

Result<WriteLatencies> measureTicketWrites(const DatabasePtr& database,
                                           const QList<TicketId>& tickets, const QString& agent,
                                           const QString& replyBody)
{
    const TicketService service(database, Clock::system());
    for (const TicketId id : tickets) {
        if (auto released = service.assign(id, QString(), QString()); !released)
            return released.error();
    }
    auto timed = [](BenchSamples& samples, const std::function<Result<Ticket>()>& write) -> Status {
        QElapsedTimer timer;
        timer.start();
        auto written = write();
        const double ms = elapsedMs(timer);
        if (!written)
            return written.error();
        samples.add(ms);
        return {};
    };
    WriteLatencies latencies;
    for (const TicketId id : tickets) {
        if (Status s = timed(latencies.claim, [&] { return service.claim(id, agent); }); !s)
            return s.error();
    }
    ReplyRequest reply;
    reply.agent = agent;
    reply.body = replyBody;
    for (const TicketId id : tickets) {
        // A new ticket becomes open with its first reply.
        if (Status s = timed(latencies.reply, [&] { return service.reply(id, reply); }); !s)
            return s.error();
    }
    for (const TicketStatus to : {TicketStatus::Pending, TicketStatus::Open}) {
        for (const TicketId id : tickets) {
            if (Status s =
                    timed(latencies.status, [&] { return service.setStatus(id, to, agent); });
                !s)
                return s.error();
        }
    }
    return latencies;
}

Result<QList<TicketId>> pickOpenTickets(const TicketRepository& repository, int count, quint32 seed)
{
    QueueQuery query;
    query.scope = QueueScope::Open;
    query.sortKey = QueueSortKey::Id;
    query.order = Qt::AscendingOrder;
    QList<TicketId> candidates;
    std::optional<QueueRow> last;
    for (;;) {
        auto rows = repository.queuePage(query, last ? &*last : nullptr, kPickPageSize);
        if (!rows)
            return rows.error();
        for (const QueueRow& row : std::as_const(*rows)) {
            if (row.status == TicketStatus::New || row.status == TicketStatus::Open)
                candidates.append(row.id);
        }
        if (rows->size() < kPickPageSize)
            break;
        last = rows->constLast();
    }
    // The first `count` places of a Fisher-Yates shuffle are a uniform sample.
    QRandomGenerator random(seed);
    const qsizetype n = std::min<qsizetype>(count, candidates.size());
    for (qsizetype i = 0; i < n; ++i)
        candidates.swapItemsAt(i, i + qsizetype(random.bounded(quint64(candidates.size() - i))));
    candidates.resize(n);
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

} // namespace Switchboard::Cli
