// SPDX-License-Identifier: MIT
#include "ticketrepository.h"

#include "common/logging.h"
#include "common/textfold.h"
#include "common/tr.h"
#include "storage/sqldialect.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace Switchboard {
namespace {

// How a page is read. Ordered: walk an index in the order of the page and
// stop after `limit` rows, so a page costs the same wherever it is. That is
// the plan for every queue without a search, and for the open scope (a few
// thousand rows, each order backed by a partial index) with one. Over all
// tickets a search may match rows that are rare, or common but late in the
// order; then the matches are found through the trigram index (or, for a
// text the index cannot narrow, by one pass over the table) and sorted:
// Candidates.
enum class Access
{
    Ordered,
    Candidates
};

// One ordered stretch of a queue order. Most orders have one segment; the
// assignee order has two (unassigned tickets, then agents by name) because a
// LEFT JOIN cannot be walked in name order through an index.
struct Segment
{
    QString orderedFrom;   // FROM clause that walks the order
    QString candidateFrom; // FROM clause for sorting matches: only what the keys need
    QStringList keys;      // ORDER BY expressions, the last one is t.id
    QString extraWhere;    // segment condition on t, may be empty
};

const QString kColumns = QStringLiteral(
    "t.id, t.subject, c.name, c.email, t.channel, t.type, t.priority, t.status, a.name, "
    "t.created_at, t.sla_due_at");
constexpr int kColumnCount = 11;

const QString kJoinNames = QStringLiteral(
    "JOIN customers c ON c.id = t.requester_id LEFT JOIN agents a ON a.id = t.assignee_id");
const QString kTicketsOnly = QStringLiteral("tickets t NOT INDEXED");

// The index that serves a tickets column in the open scope or in all tickets.
// INDEXED BY pins the plan: without statistics SQLite cannot tell that the
// partial index holds a hundredth of the rows, and a wrong guess costs seconds.
QString ticketsBy(const QString& column, bool open)
{
    return QStringLiteral("tickets t INDEXED BY tickets_%1%2 ")
        .arg(open ? QStringLiteral("open_") : QString(), column);
}

Segment singleKey(const QString& key, const QString& index, bool open)
{
    return {ticketsBy(index, open) + kJoinNames, kTicketsOnly, {key, QStringLiteral("t.id")}, {}};
}

QList<Segment> segmentsFor(QueueSortKey key, bool open)
{
    switch (key) {
    case QueueSortKey::Id: {
        Segment segment = singleKey(QStringLiteral("t.id"), QStringLiteral("id"), open);
        segment.keys = {QStringLiteral("t.id")};
        if (!open) // the table itself is in id order
            segment.orderedFrom = QStringLiteral("tickets t ") + kJoinNames;
        return {segment};
    }
    case QueueSortKey::Subject:
        return {singleKey(QStringLiteral("t.subject"), QStringLiteral("subject"), open)};
    case QueueSortKey::Channel:
        return {singleKey(QStringLiteral("t.channel"), QStringLiteral("channel"), open)};
    case QueueSortKey::Type:
        return {singleKey(QStringLiteral("t.type"), QStringLiteral("type"), open)};
    case QueueSortKey::Priority:
        return {singleKey(QStringLiteral("t.priority"), QStringLiteral("priority"), open)};
    case QueueSortKey::Status:
        return {singleKey(QStringLiteral("t.status_rank"), QStringLiteral("status"), open)};
    case QueueSortKey::Created:
        return {singleKey(QStringLiteral("t.created_at"), QStringLiteral("created"), open)};
    case QueueSortKey::Urgency:
        return {singleKey(QStringLiteral("t.sla_due_at"), QStringLiteral("sla_due"), open)};
    case QueueSortKey::Requester:
        // CROSS JOIN fixes customers as the outer loop, read in name order.
        return {{QStringLiteral("customers c INDEXED BY customers_name CROSS JOIN ") +
                     ticketsBy(QStringLiteral("requester"), open) +
                     QStringLiteral("ON t.requester_id = c.id "
                                    "LEFT JOIN agents a ON a.id = t.assignee_id"),
                 kTicketsOnly + QStringLiteral(" JOIN customers c ON c.id = t.requester_id"),
                 {QStringLiteral("c.name"), QStringLiteral("c.id"), QStringLiteral("t.id")},
                 {}}};
    case QueueSortKey::Assignee:
        return {{ticketsBy(QStringLiteral("assignee"), open) + kJoinNames,
                 kTicketsOnly,
                 {QStringLiteral("t.id")},
                 QStringLiteral("t.assignee_id IS NULL")},
                {QStringLiteral("agents a INDEXED BY agents_name CROSS JOIN ") +
                     ticketsBy(QStringLiteral("assignee"), open) +
                     QStringLiteral("ON t.assignee_id = a.id "
                                    "JOIN customers c ON c.id = t.requester_id"),
                 kTicketsOnly + QStringLiteral(" JOIN agents a ON a.id = t.assignee_id"),
                 {QStringLiteral("a.name"), QStringLiteral("a.id"), QStringLiteral("t.id")},
                 QStringLiteral("t.assignee_id IS NOT NULL")}};
    }
    return {};
}

// The conditions of a page: scope, filter and search, plus (over all
// tickets) a way to find the matches without walking the order.
struct Filter
{
    QStringList conditions;
    QVariantList values;
    bool search = false;
    // Only open tickets can match (an open scope, or a filter on open
    // statuses): the order is walked through the open partial indexes.
    bool openOnly = false;
    // Over all tickets with a search or a filter: matches may be rare or late
    // in the order, so the walk has a time budget and candidates back it up.
    bool bounded = false;
    // Matching row ids from the trigram index, the requesters, the ticket
    // number or a narrow filter field; empty when nothing narrows the
    // matches (then the candidates are all rows, read in one pass).
    QString candidates;
    QVariantList candidateValues;
    // Few enough candidates that sorting them beats walking the order.
    bool preferCandidates = false;
    // The conditions read the requester's row (c), so sorting needs it joined.
    bool joinCustomers = false;
};

// One way to narrow the matches: a `t.id IN (...)` condition and how many
// ids it yields (counted up to kCandidateLimit + 1).
struct CandidateSource
{
    QString condition;
    QVariantList values;
    qint64 count = 0;
};

// A search of this many matches or fewer is read through the trigram index
// and sorted; above it, the order is walked, which is fast when matches are
// dense early in the order. When they are not (a frequent term concentrated
// in the last priority, say), the walk runs out of its time budget and the
// candidates are sorted after all.
constexpr int kCandidateLimit = 20000;
constexpr qint64 kWalkBudgetNs = 50'000'000;
// A text of one or two characters matches the indexed trigrams that start
// with it; with more of them than this the term is common anyway.
constexpr int kPrefixTermLimit = 400;
// Up to this many matching customers are passed to the statements by id.
constexpr int kCustomerListLimit = 2000;

// An FTS5 string literal: quotes doubled, never a bareword or an operator.
QString literal(QString term)
{
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error{ErrorKind::Runtime, Tr::tr("%1: %2").arg(what, query.lastError().text())};
}

// The trigram-index query whose matches include every subject containing
// `folded` (a superset: the LIKE condition then decides, so results are
// exactly those of LIKE). The expression is bound as a parameter.
// Three or more characters: all of the text's trigrams must occur. One or
// two: any indexed trigram that starts with the text (search_text ends in
// two U+001F, so every occurrence starts one). nullopt: the index does not
// help (too many such trigrams); an empty string: no subject can match.
Result<std::optional<QString>> trigramQuery(const QString& folded, QSqlQuery& sql)
{
    const QList<uint> codePoints = folded.toUcs4();
    QStringList terms;
    if (codePoints.size() >= 3) {
        for (qsizetype i = 0; i + 3 <= codePoints.size(); ++i)
            terms << literal(QString::fromUcs4(
                reinterpret_cast<const char32_t*>(codePoints.constData() + i), 3));
        terms.removeDuplicates();
        return std::optional<QString>(terms.join(QStringLiteral(" AND ")));
    }
    // Terms compare as UTF-8 bytes; U+10FFFF sorts after every continuation.
    sql.prepare(
        QStringLiteral("SELECT term FROM tickets_fts_terms WHERE term >= ? AND term < ? LIMIT ?"));
    sql.addBindValue(folded);
    sql.addBindValue(folded + QString::fromUcs4(U"\U0010FFFF", 1));
    sql.addBindValue(kPrefixTermLimit + 1);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not search the queue"));
    while (sql.next())
        terms << literal(sql.value(0).toString());
    sql.finish();
    if (terms.size() > kPrefixTermLimit)
        return std::optional<QString>();
    return std::optional<QString>(terms.join(QStringLiteral(" OR ")));
}

// Counts the rows of `sql` up to `cap` (cheap for rare terms, bounded for
// frequent ones).
Result<qint64> countUpTo(QSqlQuery& query, const QString& sql, const QVariantList& values, int cap)
{
    query.prepare(QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?)").arg(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(cap + 1);
    if (!query.exec() || !query.next())
        return sqlError(query, Tr::tr("could not search the queue"));
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// Whether every listed status is an open one (and some are listed).
bool onlyOpenStatuses(const QList<TicketStatus>& statuses)
{
    return !statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), [](auto s) {
        return s != TicketStatus::Resolved && s != TicketStatus::Closed;
    });
}

// The filter's conditions, every value bound.
void addConditions(const QueueFilter& queueFilter, Filter& filter)
{
    auto addIn = [&filter](const QString& column, const QVariantList& values) {
        if (values.isEmpty())
            return;
        filter.conditions << QStringLiteral("%1 IN (%2)").arg(column, placeholders(values.size()));
        filter.values += values;
    };
    QVariantList values;
    for (TicketStatus status : queueFilter.statuses)
        values << toKey(status);
    addIn(QStringLiteral("t.status"), std::exchange(values, {}));
    for (int priority : queueFilter.priorities)
        values << priority;
    addIn(QStringLiteral("t.priority"), std::exchange(values, {}));
    for (TicketType type : queueFilter.types)
        values << toKey(type);
    addIn(QStringLiteral("t.type"), std::exchange(values, {}));
    for (Channel channel : queueFilter.channels)
        values << toKey(channel);
    addIn(QStringLiteral("t.channel"), std::exchange(values, {}));
    for (GroupId group : queueFilter.groups)
        values << group;
    addIn(QStringLiteral("t.group_id"), std::exchange(values, {}));

    bool unassigned = false;
    for (AgentId agent : queueFilter.assignees) {
        if (agent == 0)
            unassigned = true;
        else
            values << agent;
    }
    if (unassigned && values.isEmpty()) {
        filter.conditions << QStringLiteral("t.assignee_id IS NULL");
    } else if (unassigned) {
        filter.conditions << QStringLiteral("(t.assignee_id IN (%1) OR t.assignee_id IS NULL)")
                                 .arg(placeholders(values.size()));
        filter.values += std::exchange(values, {});
    } else {
        addIn(QStringLiteral("t.assignee_id"), std::exchange(values, {}));
    }

    if (!queueFilter.tags.isEmpty()) {
        filter.conditions << QStringLiteral("EXISTS (SELECT 1 FROM ticket_tags g WHERE "
                                            "g.ticket_id = t.id AND g.tag IN (%1))")
                                 .arg(placeholders(queueFilter.tags.size()));
        for (const QString& tag : queueFilter.tags)
            filter.values << tag;
    }
    if (queueFilter.createdFromMs) {
        filter.conditions << QStringLiteral("t.created_at >= ?");
        filter.values << *queueFilter.createdFromMs;
    }
    if (queueFilter.createdToMs) {
        filter.conditions << QStringLiteral("t.created_at < ?");
        filter.values << *queueFilter.createdToMs;
    }
}

// The ways a filter over all tickets can narrow its matches through an
// index, each counted up to the candidate limit. The status, priority, type
// and channel indexes are left out: a handful of values over a million rows
// is never narrow.
Result<QList<CandidateSource>> filterSources(const QueueFilter& queueFilter, QSqlQuery& sql)
{
    QList<CandidateSource> sources;
    auto add = [&](const QString& select, const QVariantList& values) -> Status {
        auto counted = countUpTo(sql, select, values, kCandidateLimit);
        if (!counted)
            return counted.error();
        sources << CandidateSource{QStringLiteral("t.id IN (%1)").arg(select), values, *counted};
        return {};
    };
    if (queueFilter.createdFromMs || queueFilter.createdToMs) {
        QStringList range;
        QVariantList values;
        if (queueFilter.createdFromMs) {
            range << QStringLiteral("created_at >= ?");
            values << *queueFilter.createdFromMs;
        }
        if (queueFilter.createdToMs) {
            range << QStringLiteral("created_at < ?");
            values << *queueFilter.createdToMs;
        }
        if (Status added = add(QStringLiteral("SELECT id FROM tickets INDEXED BY tickets_created "
                                              "WHERE %1")
                                   .arg(range.join(QStringLiteral(" AND "))),
                               values);
            !added)
            return added.error();
    }
    if (!queueFilter.tags.isEmpty()) {
        QVariantList values;
        for (const QString& tag : queueFilter.tags)
            values << tag;
        if (Status added = add(QStringLiteral("SELECT ticket_id FROM ticket_tags INDEXED BY "
                                              "ticket_tags_tag WHERE tag IN (%1)")
                                   .arg(placeholders(values.size())),
                               values);
            !added)
            return added.error();
    }
    if (!queueFilter.assignees.isEmpty()) {
        QVariantList values;
        for (AgentId agent : queueFilter.assignees) {
            if (agent != 0)
                values << agent;
        }
        QStringList selects;
        if (!values.isEmpty())
            selects << QStringLiteral("SELECT id FROM tickets INDEXED BY tickets_assignee WHERE "
                                      "assignee_id IN (%1)")
                           .arg(placeholders(values.size()));
        if (queueFilter.assignees.contains(0))
            selects << QStringLiteral("SELECT id FROM tickets INDEXED BY tickets_assignee WHERE "
                                      "assignee_id IS NULL");
        if (Status added = add(selects.join(QStringLiteral(" UNION ALL ")), values); !added)
            return added.error();
    }
    if (!queueFilter.groups.isEmpty()) {
        QVariantList values;
        for (GroupId group : queueFilter.groups)
            values << group;
        if (Status added = add(QStringLiteral("SELECT id FROM tickets INDEXED BY tickets_group "
                                              "WHERE group_id IN (%1)")
                                   .arg(placeholders(values.size())),
                               values);
            !added)
            return added.error();
    }
    return sources;
}

// The search's conditions; over all tickets also the candidates that
// narrow it (nullopt when nothing does).
Result<std::optional<CandidateSource>> addSearch(const QueueQuery& query, Filter& filter,
                                                 QSqlQuery& sql, const SqlDialect& dialect)
{
    const QString text = query.search.trimmed();
    if (text.isEmpty())
        return std::optional<CandidateSource>();
    filter.search = true;
    const QString folded = foldForSearch(text);
    const QString pattern = QLatin1Char('%') + escapeLike(folded) + QLatin1Char('%');
    static const QRegularExpression idPattern(QStringLiteral("^#?(\\d{1,18})$"));
    const auto match = idPattern.match(text);
    const bool byId = match.hasMatch();
    const qint64 id = byId ? match.captured(1).toLongLong() : 0;

    if (query.scope != QueueScope::All || filter.openOnly || dialect.isPostgres()) {
        // A few thousand open (or recently resolved) rows: the requester is
        // checked on the joined row. PostgreSQL has no FTS5 table: there the
        // same LIKE serves every scope, through the pg_trgm index on
        // subject_fold where the planner finds it narrow (also for one or two
        // characters, which the index cannot narrow, the result is LIKE's).
        // SQLite's LIKE ignores ASCII case, which e-mail addresses rely on
        // (the pattern is folded, the address is stored as typed);
        // PostgreSQL's does not, so there the address is lowered.
        filter.conditions << QStringLiteral("(t.subject_fold LIKE ? ESCAPE '\\' OR c.name_fold "
                                            "LIKE ? ESCAPE '\\' OR %2 LIKE ? ESCAPE '\\'%1)")
                                 .arg(byId ? QStringLiteral(" OR t.id = ?") : QString(),
                                      dialect.isPostgres() ? QStringLiteral("lower(c.email)")
                                                           : QStringLiteral("c.email"));
        filter.values << pattern << pattern << pattern;
        if (byId)
            filter.values << id;
        filter.joinCustomers = filter.joinCustomers || dialect.isPostgres();
        return std::optional<CandidateSource>();
    }

    // Over all tickets the matching customers are found once and passed to
    // every statement as a JSON array, so rows whose subject does not match
    // are checked without looking their customer up. A text that many
    // customers match ("a", a mail domain) is common anyway: its matches are
    // dense, and checking the joined customer row is cheaper than the list.
    sql.prepare(QStringLiteral("SELECT json_group_array(id), count(*) FROM (SELECT id FROM "
                               "customers WHERE name_fold LIKE ? ESCAPE '\\' OR email LIKE ? "
                               "ESCAPE '\\' LIMIT ?)"));
    sql.addBindValue(pattern);
    sql.addBindValue(pattern);
    sql.addBindValue(kCustomerListLimit + 1);
    if (!sql.exec() || !sql.next())
        return sqlError(sql, Tr::tr("could not search the queue"));
    const QString customers = sql.value(0).toString();
    const qint64 customerCount = sql.value(1).toLongLong();
    sql.finish();
    if (customerCount > kCustomerListLimit) {
        filter.conditions << QStringLiteral("(t.subject_fold LIKE ? ESCAPE '\\' OR c.name_fold "
                                            "LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\'%1)")
                                 .arg(byId ? QStringLiteral(" OR t.id = ?") : QString());
        filter.values << pattern << pattern << pattern;
        if (byId)
            filter.values << id;
        filter.joinCustomers = true;
        return std::optional<CandidateSource>();
    }
    const bool anyCustomer = customerCount > 0;

    QString condition = QStringLiteral("(t.subject_fold LIKE ? ESCAPE '\\'");
    filter.values << pattern;
    if (anyCustomer) {
        condition += QStringLiteral(" OR t.requester_id IN (SELECT value FROM json_each(?))");
        filter.values << customers;
    }
    if (byId) {
        condition += QStringLiteral(" OR t.id = ?");
        filter.values << id;
    }
    filter.conditions << condition + QLatin1Char(')');

    auto trigrams = trigramQuery(folded, sql);
    if (!trigrams)
        return trigrams.error();
    if (!trigrams.value())
        return std::optional<CandidateSource>();
    const QString& expression = *trigrams.value();
    const QString subjects =
        QStringLiteral("SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?");
    const QString requesters =
        QStringLiteral("SELECT t.id FROM json_each(?) r CROSS JOIN tickets t "
                       "INDEXED BY tickets_requester ON t.requester_id = r.value");
    QStringList sources;
    CandidateSource candidates;
    // Each source both narrows the candidates and counts them (up to the
    // limit), so the caller can choose between sorting them and an index walk.
    auto addSource = [&](const QString& source, const QVariant& value) -> Status {
        sources << source;
        candidates.values << value;
        auto counted = countUpTo(sql, source, {value}, kCandidateLimit);
        if (!counted)
            return counted.error();
        candidates.count += counted.value();
        return {};
    };
    if (!expression.isEmpty()) {
        if (Status added = addSource(subjects, expression); !added)
            return added.error();
    }
    if (anyCustomer) {
        if (Status added = addSource(requesters, customers); !added)
            return added.error();
    }
    if (byId) {
        sources << QStringLiteral("SELECT ?");
        candidates.values << id;
    }
    candidates.condition = sources.isEmpty()
                               ? QStringLiteral("1 = 0")
                               : QStringLiteral("t.id IN (%1)").arg(sources.join(u" UNION ALL "));
    return std::optional<CandidateSource>(candidates);
}

Result<Filter> filterFor(const QueueQuery& query, QSqlQuery& sql, const SqlDialect& dialect)
{
    Filter filter;
    filter.openOnly = isOpenScope(query.scope) || onlyOpenStatuses(query.filter.statuses);
    if (filter.openOnly)
        filter.conditions << QStringLiteral("t.status_rank < 4");
    if (query.scope == QueueScope::Unassigned)
        filter.conditions << QStringLiteral("t.assignee_id IS NULL");
    if (query.scope == QueueScope::Mine) {
        filter.conditions << QStringLiteral("t.assignee_id = ?");
        filter.values << query.agentId;
    }
    if (query.scope == QueueScope::Pending)
        filter.conditions << QStringLiteral("t.status_rank = 2");
    if (query.scope == QueueScope::RecentlyResolved) {
        // Few rows out of many: found through the resolution-time index and
        // sorted, never by walking an order over every ticket.
        filter.conditions << QStringLiteral("t.status_rank >= 4");
        filter.candidates = QStringLiteral("t.id IN (SELECT id FROM tickets INDEXED BY "
                                           "tickets_resolved WHERE resolved_at >= ?)");
        filter.candidateValues << query.resolvedSinceMs;
        filter.preferCandidates = true;
        filter.joinCustomers = true;
    }
    if (query.scope == QueueScope::BreachingSoon) {
        filter.conditions << QStringLiteral("t.sla_due_at <= ?");
        filter.values << query.dueBeforeMs;
    }
    addConditions(query.filter, filter);

    auto searched = addSearch(query, filter, sql, dialect);
    if (!searched)
        return searched.error();
    // PostgreSQL plans from statistics, and a walk cannot be interrupted
    // there: it always reads the page in one statement.
    filter.bounded = query.scope == QueueScope::All && !filter.openOnly &&
                     (filter.search || !query.filter.isEmpty()) && !dialect.isPostgres();
    if (!filter.bounded)
        return filter;

    // Of the search's candidates and the filter's, the fewest are sorted
    // when they are few enough; otherwise the search's (or, with no search
    // index to help, every row) back up a walk that runs out of time.
    auto sources = filterSources(query.filter, sql);
    if (!sources)
        return sources.error();
    const std::optional<CandidateSource>& search = searched.value();
    if (search)
        sources->prepend(*search);
    const CandidateSource* narrowest = nullptr;
    for (const CandidateSource& source : std::as_const(sources.value())) {
        if (source.count <= kCandidateLimit && (!narrowest || source.count < narrowest->count))
            narrowest = &source;
    }
    if (!narrowest && search)
        narrowest = &*search;
    if (narrowest) {
        filter.candidates = narrowest->condition;
        filter.candidateValues = narrowest->values;
        filter.preferCandidates = narrowest->count <= kCandidateLimit;
    }
    return filter;
}

// Interrupts a statement (through SQLite's progress handler) once its time
// is up, so an unlucky plan can be abandoned for a better one.
class WalkBudget
{
public:
    WalkBudget(const QSqlDatabase& db, qint64 budgetNs)
        : m_budgetNs(budgetNs)
    {
        const QVariant handle = db.driver()->handle();
        if (budgetNs > 0 && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3* const*>(handle.constData());
        if (m_db) {
            m_timer.start();
            sqlite3_progress_handler(m_db, 1000, &WalkBudget::check, this);
        }
    }
    ~WalkBudget()
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    WalkBudget(const WalkBudget&) = delete;
    WalkBudget& operator=(const WalkBudget&) = delete;

    bool expired() const { return m_expired; }

private:
    static int check(void* self)
    {
        auto* budget = static_cast<WalkBudget*>(self);
        budget->m_expired = budget->m_timer.nsecsElapsed() > budget->m_budgetNs;
        return budget->m_expired ? 1 : 0;
    }

    sqlite3* m_db = nullptr;
    qint64 m_budgetNs;
    QElapsedTimer m_timer;
    bool m_expired = false;
};

QueueRow readRow(const QSqlQuery& query, int keyCount, int segmentIndex)
{
    QueueRow row;
    row.id = query.value(0).toLongLong();
    row.subject = query.value(1).toString();
    row.requesterName = query.value(2).toString();
    row.requesterEmail = query.value(3).toString();
    row.channel = channelFromKey(query.value(4).toString()).value_or(Channel::Email);
    row.type = ticketTypeFromKey(query.value(5).toString()).value_or(TicketType::Consultation);
    row.priority = query.value(6).toInt();
    row.status = ticketStatusFromKey(query.value(7).toString()).value_or(TicketStatus::New);
    row.assigneeName = query.value(8).toString();
    row.createdAt = query.value(9).toLongLong();
    row.slaDueAt = query.value(10).toLongLong();
    row.cursor << segmentIndex;
    for (int i = 0; i < keyCount; ++i)
        row.cursor << query.value(kColumnCount + i);
    return row;
}

// Reads one page; with a budget, fails with ErrorKind::Conflict when it runs out.
Result<QList<QueueRow>> readPage(const Database& database, const QueueQuery& query,
                                 const Filter& filter, Access access, const QueueRow* after,
                                 int limit, qint64 budgetNs)
{
    QList<QueueRow> rows;
    QList<Segment> segments = segmentsFor(query.sortKey, filter.openOnly);
    const bool descending = query.order == Qt::DescendingOrder;
    if (descending)
        std::reverse(segments.begin(), segments.end());
    int startSegment = 0;
    if (after && !after->cursor.isEmpty())
        startSegment = after->cursor.first().toInt();

    const QSqlDatabase db = database.connection();
    QSqlQuery sql(db);
    WalkBudget budget(db, budgetNs);
    const QString greater = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString greaterOrEqual = descending ? QStringLiteral("<=") : QStringLiteral(">=");
    for (int s = startSegment; s < segments.size() && rows.size() < limit; ++s) {
        const Segment& segment = segments.at(s);
        QStringList conditions;
        QVariantList values;
        if (access == Access::Candidates && !filter.candidates.isEmpty()) {
            conditions << filter.candidates;
            values += filter.candidateValues;
        }
        conditions += filter.conditions;
        values += filter.values;
        if (!segment.extraWhere.isEmpty())
            conditions << segment.extraWhere;
        if (after && s == startSegment && after->cursor.size() == segment.keys.size() + 1) {
            // The leading key alone bounds the index range; the row value
            // then skips the rows of that key already shown.
            conditions << segment.keys.first() + u' ' + greaterOrEqual + QStringLiteral(" ?");
            values << after->cursor.at(1);
            QStringList marks(segment.keys.size(), QStringLiteral("?"));
            conditions << QStringLiteral("(%1) %2 (%3)")
                              .arg(segment.keys.join(QStringLiteral(", ")), greater,
                                   marks.join(QStringLiteral(", ")));
            values += after->cursor.mid(1);
        }
        QStringList order;
        for (const QString& key : segment.keys)
            order << key + (descending ? QStringLiteral(" DESC") : QString());
        const QString where = conditions.isEmpty() ? QStringLiteral("1 = 1")
                                                   : conditions.join(QStringLiteral(" AND "));
        const QString keys = segment.keys.join(QStringLiteral(", "));
        const QString orderBy = order.join(QStringLiteral(", "));
        QString text;
        if (access == Access::Ordered) {
            text = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT ?")
                       .arg(kColumns, keys, segment.orderedFrom, where, orderBy);
        } else {
            // Sort only row ids and keys (SQLite keeps the best `limit` of
            // them), then fetch the names and texts of that page alone.
            text = QStringLiteral("SELECT %1, %2 FROM (SELECT t.id AS page_id FROM %3 WHERE %4 "
                                  "ORDER BY %5 LIMIT ?) p CROSS JOIN tickets t ON t.id = "
                                  "p.page_id %6 ORDER BY %5")
                       .arg(kColumns, keys,
                            filter.joinCustomers && query.sortKey != QueueSortKey::Requester
                                ? segment.candidateFrom +
                                      QStringLiteral(" JOIN customers c ON c.id = t.requester_id")
                                : segment.candidateFrom,
                            where, orderBy, kJoinNames);
        }
        if (!sql.prepare(SqlDialect::of(db).withoutPlanHints(text)))
            return sqlError(sql, Tr::tr("could not read the queue"));
        for (const QVariant& value : std::as_const(values))
            sql.addBindValue(value);
        sql.addBindValue(limit - rows.size());
        const bool executed = sql.exec();
        while (executed && sql.next())
            rows << readRow(sql, int(segment.keys.size()), s);
        if (budget.expired())
            return Error{ErrorKind::Conflict, Tr::tr("the queue query ran out of time")};
        if (!executed || sql.lastError().isValid())
            return sqlError(sql, Tr::tr("could not read the queue"));
        sql.finish();
    }
    return rows;
}

} // namespace

TicketRepository::TicketRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<QList<QueueRow>> TicketRepository::queuePage(const QueueQuery& query, const QueueRow* after,
                                                    int limit) const
{
    if (limit <= 0)
        return QList<QueueRow>();
    QSqlQuery sql(m_database->connection());
    auto filtered = filterFor(query, sql, SqlDialect::of(m_database->connection()));
    if (!filtered)
        return filtered.error();
    const Filter& filter = filtered.value();
    if (query.scope == QueueScope::RecentlyResolved)
        return readPage(*m_database, query, filter, Access::Candidates, after, limit, 0);
    if (filter.bounded && filter.preferCandidates)
        return readPage(*m_database, query, filter, Access::Candidates, after, limit, 0);
    // A search or a filter over all tickets walks the order for a limited
    // time only; everything else walks it to the end of the page.
    auto walked = readPage(*m_database, query, filter, Access::Ordered, after, limit,
                           filter.bounded ? kWalkBudgetNs : 0);
    if (walked || walked.error().kind != ErrorKind::Conflict)
        return walked;
    qCDebug(lcTickets) << "queue walk ran out of time; sorting the candidates of" << query.search;
    return readPage(*m_database, query, filter, Access::Candidates, after, limit, 0);
}

Result<TicketDetail> TicketRepository::ticketDetail(TicketId id) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral(
        "SELECT t.id, t.subject, t.channel, t.type, t.priority, t.status, c.name, c.email, "
        "a.login, a.name, g.name, t.language, t.created_at, t.updated_at, t.first_response_at, "
        "t.resolved_at, t.closed_at, t.version "
        "FROM tickets t JOIN customers c ON c.id = t.requester_id "
        "LEFT JOIN agents a ON a.id = t.assignee_id LEFT JOIN groups g ON g.id = t.group_id "
        "WHERE t.id = ?"));
    sql.addBindValue(id);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the ticket"));
    if (!sql.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such ticket"), QStringLiteral("#%1").arg(id)};

    auto optionalMs = [&sql](int column) -> std::optional<qint64> {
        const QVariant value = sql.value(column);
        return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    };
    TicketDetail detail;
    Ticket& t = detail.ticket;
    t.id = sql.value(0).toLongLong();
    t.subject = sql.value(1).toString();
    t.channel = channelFromKey(sql.value(2).toString()).value_or(Channel::Email);
    t.type = ticketTypeFromKey(sql.value(3).toString()).value_or(TicketType::Consultation);
    t.priority = sql.value(4).toInt();
    t.status = ticketStatusFromKey(sql.value(5).toString()).value_or(TicketStatus::New);
    t.requesterName = sql.value(6).toString();
    t.requesterEmail = sql.value(7).toString();
    t.assigneeLogin = sql.value(8).toString();
    t.assigneeName = sql.value(9).toString();
    t.group = sql.value(10).toString();
    t.language = sql.value(11).toString();
    t.createdAt = sql.value(12).toLongLong();
    t.updatedAt = sql.value(13).toLongLong();
    t.firstResponseAt = optionalMs(14);
    t.resolvedAt = optionalMs(15);
    t.closedAt = optionalMs(16);
    t.version = sql.value(17).toInt();

    sql.prepare(QStringLiteral("SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag"));
    sql.addBindValue(id);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the ticket"));
    while (sql.next())
        t.tags << sql.value(0).toString();

    sql.prepare(QStringLiteral(
        "SELECT m.id, m.kind, COALESCE(a.login, c.email, ''), COALESCE(a.name, c.name, ''), "
        "m.body, m.created_at FROM messages m "
        "LEFT JOIN agents a ON a.id = m.author_agent_id "
        "LEFT JOIN customers c ON c.id = m.author_customer_id "
        "WHERE m.ticket_id = ? ORDER BY m.created_at, m.id"));
    sql.addBindValue(id);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the conversation"));
    while (sql.next()) {
        Message m;
        m.id = sql.value(0).toLongLong();
        m.kind = messageKindFromKey(sql.value(1).toString()).value_or(MessageKind::System);
        m.author = sql.value(2).toString();
        m.authorName = sql.value(3).toString();
        m.body = sql.value(4).toString();
        m.createdAt = sql.value(5).toLongLong();
        detail.messages << m;
    }

    sql.prepare(
        QStringLiteral("SELECT e.id, e.kind, COALESCE(a.login, ''), e.old_value, e.new_value, e.at "
                       "FROM ticket_events e LEFT JOIN agents a ON a.id = e.actor_id "
                       "WHERE e.ticket_id = ? ORDER BY e.at, e.id"));
    sql.addBindValue(id);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the ticket history"));
    while (sql.next()) {
        TicketEvent e;
        e.id = sql.value(0).toLongLong();
        e.kind = sql.value(1).toString();
        e.actor = sql.value(2).toString();
        e.oldValue = sql.value(3).toString();
        e.newValue = sql.value(4).toString();
        e.at = sql.value(5).toLongLong();
        detail.events << e;
    }
    return detail;
}

Result<Agent> TicketRepository::addAgent(const Agent& agent, qint64 nowMs)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!loginPattern.match(agent.login).hasMatch())
        return Error{ErrorKind::BadInput,
                     Tr::tr("a login may contain only Latin letters, digits and . _ @ -"),
                     agent.login};
    if (agent.name.trimmed().isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("an agent needs a name"), agent.login};

    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT 1 FROM agents WHERE login = ?"));
    sql.addBindValue(agent.login);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not add the agent"));
    if (sql.next())
        return Error{ErrorKind::Conflict, Tr::tr("an agent with this login already exists"),
                     agent.login};
    sql.prepare(QStringLiteral(
        "INSERT INTO agents (login, name, email, role, skills, languages, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    sql.addBindValue(agent.login);
    sql.addBindValue(agent.name.trimmed());
    // A null QString binds as SQL NULL; these columns are NOT NULL ''.
    sql.addBindValue(agent.email.isNull() ? QStringLiteral("") : agent.email);
    sql.addBindValue(toKey(agent.role));
    sql.addBindValue(QStringList(agent.skills).join(QLatin1Char(',')) + QStringLiteral(""));
    sql.addBindValue(QStringList(agent.languages).join(QLatin1Char(',')) + QStringLiteral(""));
    sql.addBindValue(agent.active ? 1 : 0);
    sql.addBindValue(nowMs);
    if (!sql.exec() || !sql.next())
        return sqlError(sql, Tr::tr("could not add the agent"));
    Agent stored = agent;
    stored.id = sql.value(0).toLongLong();
    stored.name = agent.name.trimmed();
    qCInfo(lcTickets) << "added agent" << stored.login;
    return stored;
}

Result<Agent> TicketRepository::agentByLogin(const QString& login) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT id, login, name, email, role, skills, languages, active "
                               "FROM agents WHERE login = ?"));
    sql.addBindValue(login);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the agent"));
    if (!sql.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such agent"), login};
    Agent agent;
    agent.id = sql.value(0).toLongLong();
    agent.login = sql.value(1).toString();
    agent.name = sql.value(2).toString();
    agent.email = sql.value(3).toString();
    agent.role = agentRoleFromKey(sql.value(4).toString()).value_or(AgentRole::Operator);
    agent.skills = sql.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    agent.languages = sql.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    agent.active = sql.value(7).toInt() != 0;
    return agent;
}

Result<QList<Agent>> TicketRepository::agents() const
{
    QSqlQuery sql(m_database->connection());
    if (!sql.exec(QStringLiteral("SELECT id, login, name, email, role, skills, languages, active "
                                 "FROM agents ORDER BY active DESC, name, id")))
        return sqlError(sql, Tr::tr("could not read the agents"));
    QList<Agent> agents;
    while (sql.next()) {
        Agent agent;
        agent.id = sql.value(0).toLongLong();
        agent.login = sql.value(1).toString();
        agent.name = sql.value(2).toString();
        agent.email = sql.value(3).toString();
        agent.role = agentRoleFromKey(sql.value(4).toString()).value_or(AgentRole::Operator);
        agent.skills = sql.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        agent.languages = sql.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        agent.active = sql.value(7).toInt() != 0;
        agents.append(agent);
    }
    return agents;
}

Result<QList<GroupSummary>> TicketRepository::groups() const
{
    QSqlQuery sql(m_database->connection());
    if (!sql.exec(QStringLiteral("SELECT id, name FROM groups ORDER BY name, id")))
        return sqlError(sql, Tr::tr("could not read the groups"));
    QList<GroupSummary> groups;
    while (sql.next())
        groups.append({sql.value(0).toLongLong(), sql.value(1).toString()});
    return groups;
}

Result<qint64> TicketRepository::ticketCount() const
{
    QSqlQuery sql(m_database->connection());
    if (!sql.exec(QStringLiteral("SELECT count(*) FROM tickets")) || !sql.next())
        return sqlError(sql, Tr::tr("could not count tickets"));
    return sql.value(0).toLongLong();
}

Result<qint64> TicketRepository::countDueBefore(qint64 dueBeforeMs) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(SqlDialect::of(m_database->connection())
                    .withoutPlanHints(QStringLiteral("SELECT count(*) FROM tickets INDEXED BY "
                                                     "tickets_open_sla_due WHERE status_rank < 4 "
                                                     "AND sla_due_at < ?")));
    sql.addBindValue(dueBeforeMs);
    if (!sql.exec() || !sql.next())
        return sqlError(sql, Tr::tr("could not count the tickets due soon"));
    return sql.value(0).toLongLong();
}

Result<QList<GroupId>> TicketRepository::groupsOf(AgentId agent) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT group_id FROM group_members WHERE agent_id = ?"));
    sql.addBindValue(agent);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the agent's groups"));
    QList<GroupId> groups;
    while (sql.next())
        groups.append(sql.value(0).toLongLong());
    return groups;
}

} // namespace Switchboard
