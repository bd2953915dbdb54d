// SPDX-License-Identifier: MIT
#include "ticketrepository.h"

#include "common/logging.h"
#include "common/textfold.h"
#include "common/tr.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

// One ordered stretch of a queue order. Most orders have one segment; the
// assignee order has two (unassigned tickets, then agents by name) because a
// LEFT JOIN cannot be walked in name order through an index.
struct Segment
{
    QString from;
    QStringList keys;     // ORDER BY expressions, the last one is t.id
    QString extraWhere;   // segment condition, may be empty
};

const QString kColumns = QStringLiteral(
    "t.id, t.subject, c.name, c.email, t.channel, t.type, t.priority, t.status, a.name, "
    "t.created_at");
constexpr int kColumnCount = 10;

const QString kTicketsFirst = QStringLiteral(
    "tickets t JOIN customers c ON c.id = t.requester_id "
    "LEFT JOIN agents a ON a.id = t.assignee_id");

Segment singleKeySegment(const QString& key)
{
    return {kTicketsFirst, {key, QStringLiteral("t.id")}, {}};
}

QList<Segment> segmentsFor(QueueSortKey key)
{
    switch (key) {
    case QueueSortKey::Id: return {{kTicketsFirst, {QStringLiteral("t.id")}, {}}};
    case QueueSortKey::Subject: return {singleKeySegment(QStringLiteral("t.subject"))};
    case QueueSortKey::Channel: return {singleKeySegment(QStringLiteral("t.channel"))};
    case QueueSortKey::Type: return {singleKeySegment(QStringLiteral("t.type"))};
    case QueueSortKey::Priority: return {singleKeySegment(QStringLiteral("t.priority"))};
    case QueueSortKey::Status: return {singleKeySegment(QStringLiteral("t.status_rank"))};
    case QueueSortKey::Created: return {singleKeySegment(QStringLiteral("t.created_at"))};
    case QueueSortKey::Requester:
        // CROSS JOIN fixes customers as the outer loop, read in name order.
        return {{QStringLiteral("customers c CROSS JOIN tickets t ON t.requester_id = c.id "
                                "LEFT JOIN agents a ON a.id = t.assignee_id"),
                 {QStringLiteral("c.name"), QStringLiteral("c.id"), QStringLiteral("t.id")},
                 {}}};
    case QueueSortKey::Assignee:
        return {{QStringLiteral("tickets t JOIN customers c ON c.id = t.requester_id "
                                "LEFT JOIN agents a ON a.id = t.assignee_id"),
                 {QStringLiteral("t.id")},
                 QStringLiteral("t.assignee_id IS NULL")},
                {QStringLiteral("agents a CROSS JOIN tickets t ON t.assignee_id = a.id "
                                "JOIN customers c ON c.id = t.requester_id"),
                 {QStringLiteral("a.name"), QStringLiteral("a.id"), QStringLiteral("t.id")},
                 {}}};
    }
    return {};
}

struct Filter
{
    QStringList conditions;
    QVariantList values;
};

Filter filterFor(const QueueQuery& query)
{
    Filter filter;
    if (query.scope != QueueScope::All)
        filter.conditions << QStringLiteral("t.status_rank < 4");
    if (query.scope == QueueScope::Unassigned)
        filter.conditions << QStringLiteral("t.assignee_id IS NULL");

    const QString text = query.search.trimmed();
    if (text.isEmpty())
        return filter;
    const QString pattern = QLatin1Char('%') + escapeLike(foldForSearch(text)) + QLatin1Char('%');
    QString condition = QStringLiteral(
        "(t.subject_fold LIKE ? ESCAPE '\\' OR t.requester_id IN (SELECT id FROM customers "
        "WHERE name_fold LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')");
    filter.values << pattern << pattern << pattern;
    static const QRegularExpression idPattern(QStringLiteral("^#?(\\d{1,18})$"));
    const auto match = idPattern.match(text);
    if (match.hasMatch()) {
        condition += QStringLiteral(" OR t.id = ?");
        filter.values << match.captured(1).toLongLong();
    }
    condition += QLatin1Char(')');
    filter.conditions << condition;
    return filter;
}

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
    row.cursor << segmentIndex;
    for (int i = 0; i < keyCount; ++i)
        row.cursor << query.value(kColumnCount + i);
    return row;
}

Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error{ErrorKind::Runtime, Tr::tr("%1: %2").arg(what, query.lastError().text())};
}

} // namespace

TicketRepository::TicketRepository(DatabasePtr database) : m_database(std::move(database)) {}

Result<QList<QueueRow>> TicketRepository::queuePage(const QueueQuery& query,
                                                    const QueueRow* after, int limit) const
{
    QList<Segment> segments = segmentsFor(query.sortKey);
    const bool descending = query.order == Qt::DescendingOrder;
    if (descending)
        std::reverse(segments.begin(), segments.end());
    const Filter filter = filterFor(query);

    int startSegment = 0;
    if (after && !after->cursor.isEmpty())
        startSegment = after->cursor.first().toInt();

    QList<QueueRow> rows;
    QSqlQuery sql(m_database->connection());
    for (int s = startSegment; s < segments.size() && rows.size() < limit; ++s) {
        const Segment& segment = segments.at(s);
        QStringList conditions = filter.conditions;
        QVariantList values = filter.values;
        if (!segment.extraWhere.isEmpty())
            conditions << segment.extraWhere;
        if (after && s == startSegment && after->cursor.size() == segment.keys.size() + 1) {
            QStringList marks(segment.keys.size(), QStringLiteral("?"));
            conditions << QStringLiteral("(%1) %2 (%3)")
                              .arg(segment.keys.join(QStringLiteral(", ")),
                                   descending ? QStringLiteral("<") : QStringLiteral(">"),
                                   marks.join(QStringLiteral(", ")));
            values += after->cursor.mid(1);
        }
        QStringList order;
        for (const QString& key : segment.keys)
            order << key + (descending ? QStringLiteral(" DESC") : QString());
        const QString text =
            QStringLiteral("SELECT %1, %2 FROM %3 %4 ORDER BY %5 LIMIT ?")
                .arg(kColumns, segment.keys.join(QStringLiteral(", ")), segment.from,
                     conditions.isEmpty()
                         ? QString()
                         : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                     order.join(QStringLiteral(", ")));
        sql.prepare(text);
        for (const QVariant& value : std::as_const(values))
            sql.addBindValue(value);
        sql.addBindValue(limit - rows.size());
        if (!sql.exec())
            return sqlError(sql, Tr::tr("could not read the queue"));
        while (sql.next())
            rows << readRow(sql, segment.keys.size(), s);
    }
    return rows;
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
        return Error{ErrorKind::NotFound, Tr::tr("no such ticket"),
                     QStringLiteral("#%1").arg(id)};

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

    sql.prepare(QStringLiteral(
        "SELECT e.id, e.kind, COALESCE(a.login, ''), e.old_value, e.new_value, e.at "
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
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    sql.addBindValue(agent.login);
    sql.addBindValue(agent.name.trimmed());
    // A null QString binds as SQL NULL; these columns are NOT NULL ''.
    sql.addBindValue(agent.email.isNull() ? QStringLiteral("") : agent.email);
    sql.addBindValue(toKey(agent.role));
    sql.addBindValue(QStringList(agent.skills).join(QLatin1Char(',')) + QStringLiteral(""));
    sql.addBindValue(QStringList(agent.languages).join(QLatin1Char(',')) + QStringLiteral(""));
    sql.addBindValue(agent.active ? 1 : 0);
    sql.addBindValue(nowMs);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not add the agent"));
    Agent stored = agent;
    stored.id = sql.lastInsertId().toLongLong();
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

Result<qint64> TicketRepository::ticketCount() const
{
    QSqlQuery sql(m_database->connection());
    if (!sql.exec(QStringLiteral("SELECT count(*) FROM tickets")) || !sql.next())
        return sqlError(sql, Tr::tr("could not count tickets"));
    return sql.value(0).toLongLong();
}

} // namespace Switchboard
