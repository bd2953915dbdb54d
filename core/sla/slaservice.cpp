// SPDX-License-Identifier: MIT
#include "slaservice.h"

#include "common/logging.h"
#include "common/tr.h"
#include "storage/sqldialect.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"
#include "tickets/queuequery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Switchboard {
namespace {

// tickets.sla_due_at when no clock runs: sorts after every real deadline.
constexpr qint64 kNoDeadline = kNoSlaDeadline;
// Tickets read and computed per round; bounds memory on a million tickets.
constexpr int kChunk = 4000;

const std::array<QString, kSlaMetricCount> kPrefixes = {QStringLiteral("fr"), QStringLiteral("nr"),
                                                        QStringLiteral("res")};
const QStringList kPerMetricColumns = {
    QStringLiteral("phase"),   QStringLiteral("state"),       QStringLiteral("goal_s"),
    QStringLiteral("limit_s"), QStringLiteral("goal_due"),    QStringLiteral("limit_due"),
    QStringLiteral("elapsed"), QStringLiteral("left"),        QStringLiteral("paused"),
    QStringLiteral("met_at"),  QStringLiteral("breached_at"), QStringLiteral("cycle")};
// Columns that change only when something happened, not as time passes; a
// recomputation that leaves them all equal keeps the stored row (its
// elapsed time still matches its computed_at).
const QStringList kSignatureColumns = {
    QStringLiteral("phase"),   QStringLiteral("state"),       QStringLiteral("goal_s"),
    QStringLiteral("limit_s"), QStringLiteral("goal_due"),    QStringLiteral("limit_due"),
    QStringLiteral("met_at"),  QStringLiteral("breached_at"), QStringLiteral("cycle")};

enum class Scope
{
    Open,
    All,
    Ids,
};

Error queryError(const QSqlQuery& query)
{
    return Error(
        ErrorKind::Runtime,
        Tr::tr("the SLA state could not be read or saved: %1").arg(query.lastError().text()));
}

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalValue(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString metricCode(SlaMetric metric)
{
    return kPrefixes[size_t(metric)];
}

QString kindCode(const SlaCrossing& crossing)
{
    switch (crossing.kind) {
    case SlaCrossing::Kind::Goal:
        return QStringLiteral("g");
    case SlaCrossing::Kind::Warning:
        return u'w' + QString::number(crossing.step);
    case SlaCrossing::Kind::Breach:
        break;
    }
    return QStringLiteral("b");
}

// "fr:1:w0@1767600000000": the crossing and its instant. Doubles as the
// report key, so a crossing moved by a recomputation is a new one.
QString encodeCrossing(const SlaCrossing& crossing)
{
    return metricCode(crossing.metric) + u':' + QString::number(crossing.cycle) + u':' +
           kindCode(crossing) + u'@' + QString::number(crossing.atMs);
}

std::optional<SlaCrossing> decodeCrossing(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    const QList<QStringView> parts = text.left(at).split(u':');
    if (at < 0 || parts.size() != 3 || parts[2].isEmpty())
        return std::nullopt;
    SlaCrossing crossing;
    const auto metric = std::find(kPrefixes.begin(), kPrefixes.end(), parts[0]);
    if (metric == kPrefixes.end())
        return std::nullopt;
    crossing.metric = SlaMetric(metric - kPrefixes.begin());
    crossing.cycle = parts[1].toInt();
    const QChar kind = parts[2].front();
    if (kind == u'g') {
        crossing.kind = SlaCrossing::Kind::Goal;
    } else if (kind == u'w') {
        crossing.kind = SlaCrossing::Kind::Warning;
        crossing.step = parts[2].mid(1).toInt();
    } else {
        crossing.kind = SlaCrossing::Kind::Breach;
    }
    crossing.atMs = text.mid(at + 1).toLongLong();
    return crossing;
}

// The event kinds and status keys the SLA reads, coded as their index by SQL
// so that reading a history copies no text.
const QStringList kEventKinds = {QStringLiteral("created"), QStringLiteral("status"),
                                 QStringLiteral("reopened"), QStringLiteral("reply")};
const QStringList kStatusKeys = {QStringLiteral("new"),      QStringLiteral("open"),
                                 QStringLiteral("pending"),  QStringLiteral("on_hold"),
                                 QStringLiteral("resolved"), QStringLiteral("closed")};

QString codeOf(const QString& column, const QStringList& keys)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (qsizetype i = 0; i < keys.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(keys.at(i)).arg(i);
    return sql + QStringLiteral(" ELSE -1 END");
}

QString keyOf(const QStringList& keys, qint64 code)
{
    return code >= 0 && code < keys.size() ? keys.at(code) : QString();
}

// Whether a crossing ("fr:1:w0@<ms>") counts as reported. A report covers
// the same crossing at the same or an earlier instant: a tightened policy
// that moves a reported warning earlier does not repeat it, while a loosened
// one that moves it later reports it again when it comes.
bool isReported(const QString& crossing, const QStringList& reported)
{
    const qsizetype at = crossing.indexOf(u'@');
    const QStringView key = QStringView(crossing).left(at + 1);
    const qint64 atMs = QStringView(crossing).mid(at + 1).toLongLong();
    for (const QString& entry : reported) {
        if (entry.startsWith(key) && atMs <= QStringView(entry).mid(at + 1).toLongLong())
            return true;
    }
    return false;
}

QStringList splitList(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(u';');
}

// One ticket as the SLA needs it.
struct TicketHistory
{
    TicketId id = 0;
    SlaTicketFacts facts;
    TicketStatus status = TicketStatus::New;
    qint64 createdAt = 0;
    qint64 dueAt = kNoDeadline;
    QStringList notified;
    QList<TicketEvent> events;
    QList<Message> messages;
};

// What is written for one ticket.
struct ComputedSla
{
    QString policy;
    QString calendar;
    SlaClockState state;
    QString crossings;
    std::optional<qint64> nextCrossingAt;
    qint64 dueAt = kNoDeadline;
};

QString whereClause(Scope scope, const QList<TicketId>& ids)
{
    switch (scope) {
    case Scope::Open:
        return QStringLiteral("t.status_rank < 4");
    case Scope::All:
        // A boolean, as PostgreSQL wants in WHERE.
        return QStringLiteral("1 = 1");
    case Scope::Ids:
        break;
    }
    // Ids are integers, written as numbers: no user text reaches the SQL.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (TicketId id : ids)
        numbers.append(QString::number(id));
    return QStringLiteral("t.id IN (%1)").arg(numbers.join(u','));
}

// The recomputation's statements. On SQLite a SqliteStatement: the loops over
// every ticket spend more in QVariant conversions than in SQLite itself. On
// PostgreSQL, where the raw handle does not exist and the network round trip
// dominates, a QSqlQuery. Placeholders are plain "?" in both.
class SlaStatement
{
public:
    static Result<SlaStatement> prepare(const QSqlDatabase& db, const QString& sql)
    {
        SlaStatement result;
        if (!SqlDialect::of(db).isPostgres()) {
            auto statement = SqliteStatement::prepare(sqliteHandle(db), sql);
            if (!statement)
                return statement.error();
            result.m_sqlite.emplace(std::move(statement).value());
            return result;
        }
        result.m_query.emplace(db);
        result.m_query->setForwardOnly(true);
        if (!result.m_query->prepare(sql))
            return queryError(*result.m_query);
        return result;
    }

    // Indexes are 1-based, as in SQLite.
    void bind(int index, qint64 value)
    {
        if (m_sqlite)
            m_sqlite->bind(index, value);
        else
            m_query->bindValue(index - 1, value);
    }
    void bind(int index, const std::optional<qint64>& value)
    {
        if (m_sqlite)
            m_sqlite->bind(index, value);
        else
            m_query->bindValue(index - 1, nullable(value));
    }
    // A null QString binds '', as SqliteStatement does: the columns are NOT NULL.
    void bind(int index, const QString& value)
    {
        if (m_sqlite)
            m_sqlite->bind(index, value);
        else
            m_query->bindValue(index - 1, value.isNull() ? QStringLiteral("") : value);
    }
    // True when a row is ready, false when done.
    Result<bool> step()
    {
        if (m_sqlite)
            return m_sqlite->step();
        if (!m_query->isActive() && !m_query->exec())
            return queryError(*m_query);
        return m_query->next();
    }
    Status execute()
    {
        if (m_sqlite)
            return m_sqlite->execute();
        if (!m_query->exec())
            return queryError(*m_query);
        m_changes = m_query->numRowsAffected();
        m_query->finish();
        return {};
    }
    void reset()
    {
        if (m_sqlite)
            m_sqlite->reset();
        else
            m_query->finish();
    }
    // Rows changed by the last execute().
    int changes() const { return m_sqlite ? m_sqlite->changes() : m_changes; }

    // Columns are 0-based.
    qint64 int64(int column) const
    {
        return m_sqlite ? m_sqlite->int64(column) : m_query->value(column).toLongLong();
    }
    QString text(int column) const
    {
        return m_sqlite ? m_sqlite->text(column) : m_query->value(column).toString();
    }

private:
    std::optional<SqliteStatement> m_sqlite;
    std::optional<QSqlQuery> m_query;
    int m_changes = 0;
};

} // namespace

// Reads ticket histories a chunk at a time and writes their computed SLA.
class SlaRecomputation
{
public:
    SlaRecomputation(QSqlDatabase db, const SlaPolicySet& policies,
                     const SlaConfigRepository& config, qint64 nowMs)
        : m_db(std::move(db))
        , m_policies(policies)
        , m_config(config)
        , m_now(nowMs)
        , m_needTags(std::any_of(policies.policies().cbegin(), policies.policies().cend(),
                                 [](const SlaPolicy& p) { return !p.tags.isEmpty(); }))
    {}

    Status run(const QString& where, SlaRecomputeReport& report)
    {
        if (Status status = prepareReads(where); !status)
            return status;
        if (Status status = prepareWrites(); !status)
            return status;
        TicketId after = 0;
        for (;;) {
            QList<TicketHistory> chunk;
            if (Status status = readChunk(after, chunk); !status)
                return status;
            if (chunk.isEmpty())
                return {};
            for (const TicketHistory& ticket : chunk) {
                auto computed = compute(ticket);
                if (!computed)
                    return computed.error();
                auto changed = write(ticket, *computed);
                if (!changed)
                    return changed.error();
                ++report.tickets;
                report.changed += *changed ? 1 : 0;
            }
            after = chunk.last().id;
        }
    }

private:
    Status prepareReads(const QString& where);
    Status readChunk(TicketId after, QList<TicketHistory>& chunk);
    Status readEvents(TicketId first, TicketId last, QHash<TicketId, TicketHistory*>& byId);
    Status readMessages(TicketId first, TicketId last, QHash<TicketId, TicketHistory*>& byId);
    Status readTags(TicketId first, TicketId last, QHash<TicketId, TicketHistory*>& byId);
    Result<ComputedSla> compute(const TicketHistory& ticket);
    Status prepareWrites();
    Result<bool> write(const TicketHistory& ticket, const ComputedSla& computed);

    QSqlDatabase m_db;
    const SlaPolicySet& m_policies;
    const SlaConfigRepository& m_config;
    qint64 m_now;
    bool m_needTags;
    QHash<QString, BusinessCalendar> m_calendars;
    std::optional<SlaStatement> m_tickets;
    std::optional<SlaStatement> m_events;
    std::optional<SlaStatement> m_messages;
    std::optional<SlaStatement> m_tags;
    std::optional<SlaStatement> m_upsert;
    std::optional<SlaStatement> m_updateDue;
};

Status SlaRecomputation::prepareReads(const QString& where)
{
    auto prepare = [this](std::optional<SlaStatement>& target, const QString& sql) -> Status {
        auto statement = SlaStatement::prepare(m_db, sql);
        if (!statement)
            return statement.error();
        target.emplace(std::move(statement).value());
        return {};
    };
    const QString range = QStringLiteral("(%1) AND t.id BETWEEN ? AND ?").arg(where);
    Status status = prepare(
        m_tickets, QStringLiteral("SELECT t.id, t.type, t.priority, t.channel, t.status, "
                                  "t.created_at, t.sla_due_at, COALESCE(g.name, ''), "
                                  "COALESCE(c.tier, ''), COALESCE(s.notified, '') FROM tickets t "
                                  "LEFT JOIN groups g ON g.id = t.group_id "
                                  "LEFT JOIN customers c ON c.id = t.requester_id "
                                  "LEFT JOIN ticket_sla s ON s.ticket_id = t.id "
                                  "WHERE (%1) AND t.id > ? ORDER BY t.id LIMIT %2")
                       .arg(where)
                       .arg(kChunk));
    if (status)
        status = prepare(m_events,
                         QStringLiteral("SELECT e.ticket_id, %2, %3, %4, "
                                        "e.at FROM tickets t JOIN ticket_events e ON e.ticket_id "
                                        "= t.id WHERE %1 AND (e.kind = 'created' OR e.kind = "
                                        "'status' OR e.kind = 'reopened' OR e.kind = 'reply') "
                                        "ORDER BY e.ticket_id, e.at, e.id")
                             .arg(range, codeOf(QStringLiteral("e.kind"), kEventKinds),
                                  codeOf(QStringLiteral("e.old_value"), kStatusKeys),
                                  codeOf(QStringLiteral("e.new_value"), kStatusKeys)));
    if (status)
        status = prepare(
            m_messages,
            QStringLiteral("SELECT m.ticket_id, CASE WHEN m.kind = 'reply' THEN 1 ELSE 0 END, "
                           "m.created_at "
                           "FROM tickets t JOIN messages m ON m.ticket_id = t.id "
                           "WHERE %1 AND (m.kind = 'customer' OR m.kind = 'reply') "
                           "ORDER BY m.ticket_id, m.created_at, m.id")
                .arg(range));
    if (status && m_needTags)
        status = prepare(m_tags, QStringLiteral("SELECT g.ticket_id, g.tag FROM tickets t "
                                                "JOIN ticket_tags g ON g.ticket_id = t.id "
                                                "WHERE %1")
                                     .arg(range));
    return status;
}

Status SlaRecomputation::readChunk(TicketId after, QList<TicketHistory>& chunk)
{
    SlaStatement& query = *m_tickets;
    query.bind(1, after);
    for (;;) {
        auto row = query.step();
        if (!row) {
            query.reset();
            return row.error();
        }
        if (!*row)
            break;
        TicketHistory ticket;
        ticket.id = query.int64(0);
        ticket.facts.type = ticketTypeFromKey(query.text(1)).value_or(ticket.facts.type);
        ticket.facts.priority = int(query.int64(2));
        ticket.facts.channel = channelFromKey(query.text(3)).value_or(ticket.facts.channel);
        ticket.status = ticketStatusFromKey(query.text(4)).value_or(TicketStatus::New);
        ticket.createdAt = query.int64(5);
        ticket.dueAt = query.int64(6);
        ticket.facts.group = query.text(7);
        ticket.facts.customerTier = query.text(8);
        ticket.notified = splitList(query.text(9));
        chunk.append(std::move(ticket));
    }
    query.reset();
    if (chunk.isEmpty())
        return {};
    QHash<TicketId, TicketHistory*> byId;
    byId.reserve(chunk.size());
    for (TicketHistory& ticket : chunk)
        byId.insert(ticket.id, &ticket);
    const TicketId first = chunk.first().id;
    const TicketId last = chunk.last().id;
    if (Status status = readEvents(first, last, byId); !status)
        return status;
    if (Status status = readMessages(first, last, byId); !status)
        return status;
    return m_needTags ? readTags(first, last, byId) : Status();
}

// Runs a chunk's query and hands each row to `read`; resets it afterwards.
template <typename Read>
Status eachRow(SlaStatement& query, TicketId first, TicketId last, Read read)
{
    query.bind(1, first);
    query.bind(2, last);
    for (;;) {
        auto row = query.step();
        if (!row) {
            query.reset();
            return row.error();
        }
        if (!*row)
            break;
        read(query);
    }
    query.reset();
    return {};
}

Status SlaRecomputation::readEvents(TicketId first, TicketId last,
                                    QHash<TicketId, TicketHistory*>& byId)
{
    return eachRow(*m_events, first, last, [&byId](const SlaStatement& row) {
        TicketHistory* ticket = byId.value(row.int64(0));
        if (!ticket)
            return;
        // Codes map back to shared strings: no text is copied per event.
        TicketEvent event;
        event.kind = keyOf(kEventKinds, row.int64(1));
        event.oldValue = keyOf(kStatusKeys, row.int64(2));
        event.newValue = keyOf(kStatusKeys, row.int64(3));
        event.at = row.int64(4);
        ticket->events.append(std::move(event));
    });
}

Status SlaRecomputation::readMessages(TicketId first, TicketId last,
                                      QHash<TicketId, TicketHistory*>& byId)
{
    return eachRow(*m_messages, first, last, [&byId](const SlaStatement& row) {
        TicketHistory* ticket = byId.value(row.int64(0));
        if (!ticket)
            return;
        Message message;
        message.kind = row.int64(1) != 0 ? MessageKind::Reply : MessageKind::Customer;
        message.createdAt = row.int64(2);
        ticket->messages.append(std::move(message));
    });
}

Status SlaRecomputation::readTags(TicketId first, TicketId last,
                                  QHash<TicketId, TicketHistory*>& byId)
{
    return eachRow(*m_tags, first, last, [&byId](const SlaStatement& row) {
        if (TicketHistory* ticket = byId.value(row.int64(0)))
            ticket->facts.tags.append(row.text(1));
    });
}

Result<ComputedSla> SlaRecomputation::compute(const TicketHistory& ticket)
{
    ComputedSla result;
    const SlaPolicy* policy = m_policies.match(ticket.facts);
    if (!policy)
        return result;
    result.policy = policy->name;
    result.calendar = policy->calendar;
    auto cached = m_calendars.constFind(policy->calendar);
    if (cached == m_calendars.cend()) {
        auto calendar = m_config.calendar(policy->calendar);
        if (!calendar)
            return Error(calendar.error().kind, calendar.error().message,
                         Tr::tr("SLA policy %1").arg(policy->name));
        cached = m_calendars.insert(policy->calendar, *calendar);
    }
    QList<TicketEvent> events = ticket.events;
    const bool hasCreated = std::any_of(events.cbegin(), events.cend(), [](const TicketEvent& e) {
        return e.kind == QLatin1String("created");
    });
    if (!hasCreated) {
        TicketEvent created;
        created.kind = QStringLiteral("created");
        created.at = ticket.createdAt;
        events.prepend(created);
    }
    result.state =
        SlaClock::compute(SlaClock::inputsFrom(events, ticket.messages), *policy, *cached, m_now);

    QStringList crossings;
    const bool open =
        ticket.status != TicketStatus::Resolved && ticket.status != TicketStatus::Closed;
    for (const SlaCrossing& crossing : result.state.allCrossings()) {
        const QString key = encodeCrossing(crossing);
        crossings.append(key);
        if (open && !isReported(key, ticket.notified) &&
            (!result.nextCrossingAt || crossing.atMs < *result.nextCrossingAt))
            result.nextCrossingAt = crossing.atMs;
    }
    result.crossings = crossings.join(u';');
    for (const SlaMetricState& metric : result.state.metrics) {
        if (metric.phase == SlaPhase::Running && metric.limitDueAt)
            result.dueAt = std::min(result.dueAt, *metric.limitDueAt);
    }
    return result;
}

Status SlaRecomputation::prepareWrites()
{
    QStringList columns = {QStringLiteral("ticket_id"), QStringLiteral("policy"),
                           QStringLiteral("calendar"), QStringLiteral("computed_at")};
    QStringList changed = {
        QStringLiteral("ticket_sla.policy IS DISTINCT FROM excluded.policy"),
        QStringLiteral("ticket_sla.calendar IS DISTINCT FROM excluded.calendar"),
        QStringLiteral("ticket_sla.crossings IS DISTINCT FROM excluded.crossings"),
        QStringLiteral("ticket_sla.next_crossing_at IS DISTINCT FROM "
                       "excluded.next_crossing_at")};
    for (const QString& prefix : kPrefixes) {
        for (const QString& column : kPerMetricColumns)
            columns.append(prefix + u'_' + column);
        for (const QString& column : kSignatureColumns)
            changed.append(QStringLiteral("ticket_sla.%1_%2 IS DISTINCT FROM excluded.%1_%2")
                               .arg(prefix, column));
    }
    columns << QStringLiteral("next_crossing_at") << QStringLiteral("crossings");
    QStringList updates;
    for (const QString& column : columns.mid(1))
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    QStringList marks(columns.size(), QStringLiteral("?"));

    auto upsert = SlaStatement::prepare(
        m_db, QStringLiteral("INSERT INTO ticket_sla (%1) VALUES (%2) "
                             "ON CONFLICT (ticket_id) DO UPDATE SET %3 WHERE %4")
                  .arg(columns.join(u','), marks.join(u','), updates.join(u','),
                       changed.join(QStringLiteral(" OR "))));
    if (!upsert)
        return upsert.error();
    m_upsert.emplace(std::move(upsert).value());
    auto updateDue = SlaStatement::prepare(
        m_db, QStringLiteral("UPDATE tickets SET sla_due_at = ? WHERE id = ?"));
    if (!updateDue)
        return updateDue.error();
    m_updateDue.emplace(std::move(updateDue).value());
    return {};
}

Result<bool> SlaRecomputation::write(const TicketHistory& ticket, const ComputedSla& computed)
{
    SlaStatement& upsert = *m_upsert;
    int column = 1;
    upsert.bind(column++, ticket.id);
    upsert.bind(column++, computed.policy);
    upsert.bind(column++, computed.calendar);
    upsert.bind(column++, m_now);
    for (const SlaMetricState& metric : computed.state.metrics) {
        upsert.bind(column++, qint64(metric.phase));
        upsert.bind(column++, qint64(metric.state));
        upsert.bind(column++, metric.target ? std::optional<qint64>(metric.target->goalSeconds)
                                            : std::nullopt);
        upsert.bind(column++, metric.target ? std::optional<qint64>(metric.target->limitSeconds)
                                            : std::nullopt);
        upsert.bind(column++, metric.goalDueAt);
        upsert.bind(column++, metric.limitDueAt);
        upsert.bind(column++, metric.elapsedSeconds);
        upsert.bind(column++, metric.secondsLeft);
        upsert.bind(column++, metric.pausedSeconds);
        upsert.bind(column++, metric.metAt);
        upsert.bind(column++, metric.breachedAt);
        upsert.bind(column++, qint64(metric.cycle));
    }
    upsert.bind(column++, computed.nextCrossingAt);
    upsert.bind(column++, computed.crossings);
    if (Status status = upsert.execute(); !status)
        return status.error();
    const bool changed = upsert.changes() > 0;
    if (computed.dueAt != ticket.dueAt) {
        m_updateDue->bind(1, computed.dueAt);
        m_updateDue->bind(2, ticket.id);
        if (Status status = m_updateDue->execute(); !status)
            return status.error();
    }
    return changed;
}

SlaService::SlaService(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_config(m_database)
{}

Result<SlaRecomputeReport> SlaService::recompute(const QString& where,
                                                 const std::function<Result<bool>(int)>& pass) const
{
    QSqlDatabase db = m_database->connection();
    // Reads the histories, then writes: immediate, so that two desktops
    // recomputing after their writes take turns and the later one reads the
    // other's ticket changes, instead of failing on SQLite or storing a
    // stale SLA on PostgreSQL.
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error(ErrorKind::Runtime, Tr::tr("the database is busy; try again"));
    auto policies = m_config.policies();
    if (!policies)
        return policies.error();
    QElapsedTimer timer;
    timer.start();
    SlaRecomputeReport report;
    for (int index = 0;; ++index) {
        if (pass) {
            auto more = pass(index);
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
        SlaRecomputation recomputation(db, *policies, m_config, m_clock.nowMs());
        if (Status status = recomputation.run(where, report); !status)
            return status.error();
        if (!pass)
            break;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    report.elapsedMs = timer.elapsed();
    qCInfo(lcSla) << "SLA recomputed for" << report.tickets << "tickets," << report.changed
                  << "changed, in" << report.elapsedMs << "ms";
    return report;
}

Result<SlaRecomputeReport> SlaService::recomputeTickets(const QList<TicketId>& ids) const
{
    // A short list goes into the statement. A long one (an import) goes
    // through a temporary table a slice at a time: SQLite walks an IN table
    // in full for each chunk read, so the table holds one slice only.
    constexpr qsizetype kInlineIds = 500;
    constexpr qsizetype kSlice = 4000;
    if (ids.size() <= kInlineIds)
        return recompute(whereClause(Scope::Ids, ids), {});
    QList<TicketId> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    // PostgreSQL names the session's temporary schema pg_temp.
    const QString idsTable = SqlDialect::of(m_database->connection()).isPostgres()
                                 ? QStringLiteral("pg_temp.sla_recompute_ids")
                                 : QStringLiteral("temp.sla_recompute_ids");
    auto fillSlice = [this, &sorted, &idsTable](int index) -> Result<bool> {
        const qsizetype from = qsizetype(index) * kSlice;
        if (from >= sorted.size())
            return false;
        const QSqlDatabase db = m_database->connection();
        const bool postgres = SqlDialect::of(db).isPostgres();
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sla_recompute_ids "
                               "(id %1 PRIMARY KEY)")
                    .arg(postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"))) ||
            !query.exec(QStringLiteral("DELETE FROM %1").arg(idsTable)))
            return queryError(query);
        auto insert = SlaStatement::prepare(
            db,
            QStringLiteral("INSERT INTO %1 (id) VALUES (?) ON CONFLICT DO NOTHING").arg(idsTable));
        if (!insert)
            return insert.error();
        for (qsizetype i = from; i < std::min(from + kSlice, sorted.size()); ++i) {
            insert->bind(1, sorted.at(i));
            if (Status status = insert->execute(); !status)
                return status.error();
        }
        return true;
    };
    return recompute(QStringLiteral("t.id IN (SELECT id FROM %1)").arg(idsTable), fillSlice);
}

Result<SlaRecomputeReport> SlaService::recomputeOpen() const
{
    return recompute(whereClause(Scope::Open, {}), {});
}

Result<SlaRecomputeReport> SlaService::recomputeAll() const
{
    return recompute(whereClause(Scope::All, {}), {});
}

Result<SlaRecomputeReport> SlaService::savePolicies(const SlaPolicySet& policies) const
{
    if (Status status = m_config.savePolicies(policies, m_clock.nowMs()); !status)
        return status.error();
    return recomputeOpen();
}

Result<SlaRecomputeReport> SlaService::saveCalendar(const QString& name,
                                                    const BusinessCalendar& calendar) const
{
    if (Status status = m_config.saveCalendar(name, calendar, m_clock.nowMs()); !status)
        return status.error();
    return recomputeOpen();
}

Result<TicketSla> SlaService::ticketSla(TicketId id) const
{
    auto slas = ticketSlas({id});
    if (!slas)
        return slas.error();
    if (!slas->contains(id))
        return Error(ErrorKind::NotFound, Tr::tr("no SLA has been computed for this ticket yet"),
                     QStringLiteral("#%1").arg(id));
    return slas->value(id);
}

namespace {

TicketSla readTicketSla(const QSqlQuery& query)
{
    TicketSla sla;
    sla.ticketId = query.value(0).toLongLong();
    sla.policy = query.value(1).toString();
    sla.calendar = query.value(2).toString();
    sla.computedAt = query.value(3).toLongLong();
    sla.notified = splitList(query.value(5).toString());
    int column = 6;
    for (SlaMetricState& metric : sla.state.metrics) {
        metric.phase = SlaPhase(query.value(column++).toInt());
        metric.state = SlaState(query.value(column++).toInt());
        const QVariant goal = query.value(column++);
        const QVariant limit = query.value(column++);
        if (!goal.isNull())
            metric.target = SlaTarget::range(goal.toLongLong(), limit.toLongLong());
        metric.goalDueAt = optionalValue(query.value(column++));
        metric.limitDueAt = optionalValue(query.value(column++));
        metric.elapsedSeconds = query.value(column++).toLongLong();
        metric.secondsLeft = query.value(column++).toLongLong();
        metric.pausedSeconds = query.value(column++).toLongLong();
        metric.metAt = optionalValue(query.value(column++));
        metric.breachedAt = optionalValue(query.value(column++));
        metric.cycle = query.value(column++).toInt();
    }
    for (const QString& text : splitList(query.value(4).toString())) {
        if (const auto crossing = decodeCrossing(text))
            sla.state.metrics[size_t(crossing->metric)].crossings.append(*crossing);
    }
    for (SlaMetricState& metric : sla.state.metrics) {
        for (const SlaCrossing& crossing : metric.crossings) {
            if (crossing.kind != SlaCrossing::Kind::Warning)
                continue;
            if (crossing.atMs <= sla.computedAt)
                ++metric.warningsPassed;
            else if (!metric.nextWarningAt)
                metric.nextWarningAt = crossing.atMs;
        }
    }
    return sla;
}

} // namespace

Result<QHash<TicketId, TicketSla>> SlaService::ticketSlas(const QList<TicketId>& ids) const
{
    QHash<TicketId, TicketSla> result;
    if (ids.isEmpty())
        return result;
    QStringList columns = {QStringLiteral("ticket_id"), QStringLiteral("policy"),
                           QStringLiteral("calendar"),  QStringLiteral("computed_at"),
                           QStringLiteral("crossings"), QStringLiteral("notified")};
    for (const QString& prefix : kPrefixes) {
        for (const QString& column : kPerMetricColumns)
            columns.append(prefix + u'_' + column);
    }
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // whereClause writes the ids as numbers; t is this table's alias there.
    if (!query.exec(QStringLiteral("SELECT %1 FROM ticket_sla t WHERE %2")
                        .arg(columns.join(u','),
                             whereClause(Scope::Ids, ids)
                                 .replace(QStringLiteral("t.id"), QStringLiteral("t.ticket_id")))))
        return queryError(query);
    while (query.next()) {
        TicketSla sla = readTicketSla(query);
        result.insert(sla.ticketId, sla);
    }
    return result;
}

Result<QList<PendingSlaCrossing>> SlaService::pendingCrossings(qint64 untilMs, int limit) const
{
    if (limit <= 0)
        return QList<PendingSlaCrossing>();
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.ticket_id, t.subject, COALESCE(t.assignee_id, 0), COALESCE(t.group_id, 0), "
        "s.crossings, s.notified, s.next_crossing_at FROM ticket_sla s JOIN tickets t ON "
        "t.id = s.ticket_id WHERE s.next_crossing_at <= ? AND t.status_rank < 4 "
        "ORDER BY s.next_crossing_at"));
    query.addBindValue(untilMs);
    if (!query.exec())
        return queryError(query);
    QList<PendingSlaCrossing> result;
    auto byTime = [](const PendingSlaCrossing& a, const PendingSlaCrossing& b) {
        return a.crossing.atMs < b.crossing.atMs;
    };
    while (query.next()) {
        // Rows come by their earliest crossing, but a row may hold later ones
        // too: stop only once no further row can beat the limit-th soonest.
        if (result.size() >= limit) {
            std::nth_element(result.begin(), result.begin() + (limit - 1), result.end(), byTime);
            if (query.value(6).toLongLong() > result.at(limit - 1).crossing.atMs)
                break;
        }
        const QStringList notified = splitList(query.value(5).toString());
        for (const QString& text : splitList(query.value(4).toString())) {
            const auto crossing = decodeCrossing(text);
            if (!crossing || crossing->atMs > untilMs || isReported(text, notified))
                continue;
            PendingSlaCrossing pending;
            pending.ticketId = query.value(0).toLongLong();
            pending.subject = query.value(1).toString();
            pending.assigneeId = query.value(2).toLongLong();
            pending.groupId = query.value(3).toLongLong();
            pending.crossing = *crossing;
            pending.reportKey = text;
            result.append(pending);
        }
    }
    std::stable_sort(result.begin(), result.end(), byTime);
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

Result<std::optional<qint64>> SlaService::nextCrossingAfter(qint64 untilMs) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT MIN(next_crossing_at) FROM ticket_sla "
                                 "WHERE next_crossing_at > ?"));
    query.addBindValue(untilMs);
    if (!query.exec() || !query.next())
        return queryError(query);
    return optionalValue(query.value(0));
}

namespace {

// Adds keys to a ticket's reported crossings and moves its next_crossing_at on.
Status recordReported(QSqlDatabase& db, TicketId id, const QStringList& keys)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT crossings, notified FROM ticket_sla WHERE ticket_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error(ErrorKind::NotFound, Tr::tr("no SLA has been computed for this ticket yet"),
                     QStringLiteral("#%1").arg(id));
    const QStringList crossings = splitList(query.value(0).toString());
    QStringList notified = splitList(query.value(1).toString());
    for (const QString& key : keys) {
        if (!notified.contains(key))
            notified.append(key);
    }
    std::optional<qint64> next;
    for (const QString& text : crossings) {
        const auto crossing = decodeCrossing(text);
        if (crossing && !isReported(text, notified) && (!next || crossing->atMs < *next))
            next = crossing->atMs;
    }
    query.prepare(QStringLiteral(
        "UPDATE ticket_sla SET notified = ?, next_crossing_at = ? WHERE ticket_id = ?"));
    const QString joined = notified.join(u';');
    query.addBindValue(joined.isNull() ? QStringLiteral("") : joined);
    query.addBindValue(nullable(next));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    return {};
}

} // namespace

Status SlaService::markReported(TicketId id, const QStringList& keys) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate); // read, then write
    if (Status status = recordReported(db, id, keys); !status)
        return status;
    return transaction.commit();
}

Status SlaService::markReportedUntil(qint64 untilMs) const
{
    auto pending = pendingCrossings(untilMs, std::numeric_limits<int>::max());
    if (!pending)
        return pending.error();
    QHash<TicketId, QStringList> keys;
    for (const PendingSlaCrossing& crossing : *pending)
        keys[crossing.ticketId].append(crossing.reportKey);
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate); // read, then write
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (Status status = recordReported(db, it.key(), it.value()); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace Switchboard
