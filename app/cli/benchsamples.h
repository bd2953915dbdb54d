// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "tickets/ticket.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace Switchboard {
class TicketRepository;
}

namespace Switchboard::Cli {

// Milliseconds since the timer started, with sub-millisecond precision.
double elapsedMs(const QElapsedTimer& timer);

// Timings of one kind of operation, as every `bench` figure reports them:
// percentiles by nearest rank, values rounded to hundredths.
class BenchSamples
{
public:
    // What one sample is, for the text line.
    enum class Unit
    {
        Queries,
        Writes,
        Samples
    };

    void add(double ms) { m_values.push_back(ms); }
    bool isEmpty() const { return m_values.empty(); }
    qint64 size() const { return qint64(m_values.size()); }
    double percentile(double p) const;

    // {"p50": …, "p95": …, "max": …, "samples": n}
    QJsonObject toJson() const;
    // Flat keys: "claim_p50_ms", "claim_p95_ms", "claim_max_ms" (and
    // "claim_samples" when asked).
    void addTo(QJsonObject& json, const QString& prefix, bool withCount = false) const;
    // "p50 1.2 ms, p95 3.4 ms, max 5.6 ms (200 writes)"
    QString toText(Unit unit = Unit::Queries) const;

    static double round(double value);

private:
    std::vector<double> m_values;
};

// What an operator's clicks cost, each a whole TicketService call as the
// app makes it: the write transaction, the SLA update and reading back.
struct WriteLatencies
{
    BenchSamples claim;
    BenchSamples reply;
    BenchSamples status; // open -> pending and pending -> open
};

// Releases the tickets (not timed: demo tickets are assigned minutes after
// they arrive), then claims, replies to, and sets pending and open again
// each of them as `agent`, one pass per kind of write.
Result<WriteLatencies> measureTicketWrites(const DatabasePtr& database,
                                           const QList<TicketId>& tickets, const QString& agent,
                                           const QString& replyBody);

// Up to `count` new or open tickets drawn from the whole open queue with a
// fixed seed, so that runs compare and the writes spread over the ids the
// open queue holds; in id order.
Result<QList<TicketId>> pickOpenTickets(const TicketRepository& repository, int count,
                                        quint32 seed);

} // namespace Switchboard::Cli
