// SPDX-License-Identifier: MIT
#include "ticketbulkwriter.h"

#include "common/logging.h"
#include "common/textfold.h"
#include "common/tr.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <vector>

namespace Switchboard {
namespace {

// The connection's sqlite3 handle; null when the driver is not QSQLITE.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Text is bound without a copy: the caller's QString outlives the statement's
// step, and SQLite converts UTF-16 to the file's UTF-8 itself.
void bindText(sqlite3_stmt* statement, int index, const QString& value)
{
    sqlite3_bind_text16(statement, index, value.utf16(), int(value.size() * sizeof(char16_t)),
                        SQLITE_STATIC);
}

// UTF-8 copies of a batch's texts in one buffer: binding UTF-16 makes SQLite
// convert and allocate once per value, which showed up as a tenth of the
// bulk-load time. The buffer is sized before any text is added, so the
// pointers handed to SQLite stay valid until the batch's step.
class Utf8Arena
{
public:
    void reset(qsizetype utf16Units)
    {
        m_used = 0;
        const size_t needed = size_t(m_encoder.requiredSpace(utf16Units));
        if (m_data.size() < needed)
            m_data.resize(needed);
    }

    void bind(sqlite3_stmt* statement, int index, QStringView text)
    {
        char* begin = m_data.data() + m_used;
        char* end = m_encoder.appendToBuffer(begin, text);
        m_used += size_t(end - begin);
        sqlite3_bind_text(statement, index, begin, int(end - begin), SQLITE_STATIC);
    }

    void bindNullable(sqlite3_stmt* statement, int index, const QString& text)
    {
        if (text.isNull())
            sqlite3_bind_null(statement, index);
        else
            bind(statement, index, text);
    }

private:
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    std::vector<char> m_data;
    size_t m_used = 0;
};

void bindKey(sqlite3_stmt* statement, int index, const QByteArray& key)
{
    sqlite3_bind_text(statement, index, key.constData(), int(key.size()), SQLITE_STATIC);
}

void bindId(sqlite3_stmt* statement, int index, qint64 id)
{
    if (id > 0)
        sqlite3_bind_int64(statement, index, id);
    else
        sqlite3_bind_null(statement, index);
}

void bindOptional(sqlite3_stmt* statement, int index, const std::optional<qint64>& value)
{
    if (value)
        sqlite3_bind_int64(statement, index, *value);
    else
        sqlite3_bind_null(statement, index);
}

// Storage keys as UTF-8, built once, so binding them costs no conversion.
template <typename Enum, int N> const QByteArray& keyBytes(Enum value)
{
    static const std::array<QByteArray, N> keys = [] {
        std::array<QByteArray, N> result;
        for (int i = 0; i < N; ++i)
            result[size_t(i)] = toKey(Enum(i)).toUtf8();
        return result;
    }();
    return keys[size_t(value)];
}

constexpr const char* kInsertGroup = "INSERT INTO groups (name, description) VALUES (?, ?)";
constexpr const char* kInsertAgent =
    "INSERT INTO agents (login, name, email, role, skills, languages, active, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertMember =
    "INSERT INTO group_members (group_id, agent_id) VALUES (?, ?)";
constexpr const char* kInsertCustomer =
    "INSERT INTO customers (name, email, organisation, language, tier, name_fold, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertTicket =
    "INSERT INTO tickets (subject, subject_fold, channel, type, priority, status, requester_id, "
    "assignee_id, group_id, language, created_at, updated_at, first_response_at, resolved_at, "
    "closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertTag =
    "INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?, ?)";
constexpr const char* kInsertMessage =
    "INSERT INTO messages (ticket_id, kind, author_agent_id, author_customer_id, body, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertEvent =
    "INSERT INTO ticket_events (ticket_id, actor_id, kind, old_value, new_value, at) "
    "VALUES (?, ?, ?, ?, ?, ?)";

// On PostgreSQL there is no sqlite3 handle: each row is one QSqlQuery
// INSERT, slower but the same rows. Text binds '' for a null QString, as
// bindText does; `nullable` columns bind NULL instead.
QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant nullableText(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalValue(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

// Runs one INSERT on a server connection; with `returningId`, returns the new row's id.
Result<qint64> insertRow(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                         const char* what, bool returningId)
{
    QSqlQuery query(db);
    query.prepare(returningId ? sql + QStringLiteral(" RETURNING id") : sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || (returningId && !query.next()))
        return Error{ErrorKind::Runtime,
                     Tr::tr("could not write %1: %2").arg(Tr::tr(what), query.lastError().text())};
    return returningId ? query.value(0).toLongLong() : 0;
}

// Rows loaded in bulk are cached generously; the default is restored after.
constexpr int kBulkCacheKiB = 256 * 1024;

// During a bulk load, messages and events are written this many rows per
// INSERT: SQLite's fixed cost per statement (cursors, constraint set-up,
// statement journal) is then paid once per batch instead of once per row.
constexpr int kBatchRows = 64;

QByteArray batchSql(const char* single)
{
    const QByteArray sql(single);
    const qsizetype values = sql.indexOf("VALUES ") + 7;
    const QByteArray row = sql.mid(values);
    QByteArray result = sql.left(values);
    for (int i = 0; i < kBatchRows; ++i) {
        if (i > 0)
            result += ", ";
        result += row;
    }
    return result;
}

struct PendingMessage
{
    TicketId ticket = 0;
    MessageKind kind = MessageKind::Customer;
    AgentId agent = 0;
    CustomerId customer = 0;
    QString body;
    qint64 at = 0;
};

struct PendingEvent
{
    TicketId ticket = 0;
    AgentId actor = 0;
    QString kind;
    QString oldValue;
    QString newValue;
    qint64 at = 0;
};

qsizetype textSize(const PendingMessage& m)
{
    return m.body.size();
}
qsizetype textSize(const PendingEvent& e)
{
    return e.kind.size() + e.oldValue.size() + e.newValue.size();
}

void bindMessage(sqlite3_stmt* statement, int base, const PendingMessage& m, Utf8Arena& arena)
{
    sqlite3_bind_int64(statement, base + 1, m.ticket);
    bindKey(statement, base + 2, keyBytes<MessageKind, 4>(m.kind));
    bindId(statement, base + 3, m.agent);
    bindId(statement, base + 4, m.customer);
    arena.bind(statement, base + 5, m.body);
    sqlite3_bind_int64(statement, base + 6, m.at);
}

void bindEvent(sqlite3_stmt* statement, int base, const PendingEvent& e, Utf8Arena& arena)
{
    sqlite3_bind_int64(statement, base + 1, e.ticket);
    bindId(statement, base + 2, e.actor);
    arena.bind(statement, base + 3, e.kind);
    arena.bindNullable(statement, base + 4, e.oldValue);
    arena.bindNullable(statement, base + 5, e.newValue);
    sqlite3_bind_int64(statement, base + 6, e.at);
}

// Binds `count` rows from `rows` into a statement of `count` rows.
template <typename Row, typename Bind>
void bindRows(sqlite3_stmt* statement, const Row* rows, int count, Utf8Arena& arena, Bind bind)
{
    qsizetype units = 0;
    for (int i = 0; i < count; ++i)
        units += textSize(rows[i]);
    arena.reset(units);
    for (int i = 0; i < count; ++i)
        bind(statement, i * 6, rows[i], arena);
}

} // namespace

struct TicketBulkWriter::Statements
{
    explicit Statements(const QSqlDatabase& connection)
        : db(sqliteHandle(connection))
        , postgres(SqlDialect::of(connection).isPostgres())
    {
        if (postgres)
            return;
        if (!db) {
            error = Tr::tr("fast writing needs an SQLite database");
            return;
        }
        const QByteArray messageBatchSql = batchSql(kInsertMessage);
        const QByteArray eventBatchSql = batchSql(kInsertEvent);
        const std::array<std::pair<sqlite3_stmt**, const char*>, 10> all = {{
            {&group, kInsertGroup},
            {&agent, kInsertAgent},
            {&member, kInsertMember},
            {&customer, kInsertCustomer},
            {&ticket, kInsertTicket},
            {&tag, kInsertTag},
            {&message, kInsertMessage},
            {&event, kInsertEvent},
            {&messageBatch, messageBatchSql.constData()},
            {&eventBatch, eventBatchSql.constData()},
        }};
        for (const auto& [statement, sql] : all) {
            if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) !=
                SQLITE_OK) {
                error = Tr::tr("could not prepare the writer: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(db)));
                return;
            }
        }
    }

    ~Statements()
    {
        for (sqlite3_stmt* statement : {group, agent, member, customer, ticket, tag, message, event,
                                        messageBatch, eventBatch})
            sqlite3_finalize(statement);
    }

    Status failure() const { return Error{ErrorKind::Runtime, error}; }

    // Runs an INSERT whose parameters are bound; resets it for the next row.
    // `what` is translated only on failure: this runs for every row.
    Status step(sqlite3_stmt* statement, const char* what) const
    {
        if (sqlite3_step(statement) != SQLITE_DONE) {
            const QString reason = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(statement);
            return Error{ErrorKind::Runtime,
                         Tr::tr("could not write %1: %2").arg(Tr::tr(what), reason)};
        }
        sqlite3_reset(statement);
        return {};
    }

    Status exec(const QString& sql) const
    {
        char* message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
            sqlite3_free(message);
            return Error{ErrorKind::Runtime,
                         Tr::tr("could not prepare the database for loading: %1").arg(reason)};
        }
        return {};
    }

    // First column of every row of a query without parameters.
    Result<QStringList> column(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return Error{ErrorKind::Runtime, QString::fromUtf8(sqlite3_errmsg(db))};
        QStringList values;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            values << QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return Error{ErrorKind::Runtime, QString::fromUtf8(sqlite3_errmsg(db))};
        return values;
    }

    sqlite3* db = nullptr;
    bool postgres = false; // rows go through QSqlQuery, no statements prepared here
    QString error;
    sqlite3_stmt* group = nullptr;
    sqlite3_stmt* agent = nullptr;
    sqlite3_stmt* member = nullptr;
    sqlite3_stmt* customer = nullptr;
    sqlite3_stmt* ticket = nullptr;
    sqlite3_stmt* tag = nullptr;
    sqlite3_stmt* message = nullptr;
    sqlite3_stmt* event = nullptr;
    sqlite3_stmt* messageBatch = nullptr;
    sqlite3_stmt* eventBatch = nullptr;
    std::vector<PendingMessage> pendingMessages;
    std::vector<PendingEvent> pendingEvents;
    Utf8Arena arena;

    // Writes buffered rows: full batches, and with `all` the rest row by row.
    Status flush(bool all)
    {
        while (pendingMessages.size() >= size_t(kBatchRows)) {
            bindRows(messageBatch, pendingMessages.data(), kBatchRows, arena, bindMessage);
            Status status = step(messageBatch, QT_TRANSLATE_NOOP("Switchboard", "message"));
            pendingMessages.erase(pendingMessages.begin(), pendingMessages.begin() + kBatchRows);
            if (!status)
                return status;
        }
        while (pendingEvents.size() >= size_t(kBatchRows)) {
            bindRows(eventBatch, pendingEvents.data(), kBatchRows, arena, bindEvent);
            Status status = step(eventBatch, QT_TRANSLATE_NOOP("Switchboard", "event"));
            pendingEvents.erase(pendingEvents.begin(), pendingEvents.begin() + kBatchRows);
            if (!status)
                return status;
        }
        if (!all)
            return {};
        for (const PendingMessage& m : pendingMessages) {
            bindRows(message, &m, 1, arena, bindMessage);
            if (Status status = step(message, QT_TRANSLATE_NOOP("Switchboard", "message")); !status)
                return status;
        }
        pendingMessages.clear();
        for (const PendingEvent& e : pendingEvents) {
            bindRows(event, &e, 1, arena, bindEvent);
            if (Status status = step(event, QT_TRANSLATE_NOOP("Switchboard", "event")); !status)
                return status;
        }
        pendingEvents.clear();
        return {};
    }
};

TicketBulkWriter::TicketBulkWriter(DatabasePtr database)
    : m_database(std::move(database))
    , m_statements(std::make_unique<Statements>(m_database->connection()))
{}

TicketBulkWriter::~TicketBulkWriter() = default;

Result<GroupId> TicketBulkWriter::addGroup(const QString& name, const QString& description)
{
    const Statements& s = *m_statements;
    if (!s.error.isEmpty())
        return s.failure().error();
    if (s.postgres)
        return insertRow(m_database->connection(), QString::fromLatin1(kInsertGroup),
                         {textValue(name), textValue(description)},
                         QT_TRANSLATE_NOOP("Switchboard", "group"), true);
    bindText(s.group, 1, name);
    bindText(s.group, 2, description);
    if (Status status = s.step(s.group, QT_TRANSLATE_NOOP("Switchboard", "group")); !status)
        return status.error();
    return sqlite3_last_insert_rowid(s.db);
}

Result<AgentId> TicketBulkWriter::addAgent(const Agent& agent, qint64 createdAt, GroupId group)
{
    const Statements& s = *m_statements;
    if (!s.error.isEmpty())
        return s.failure().error();
    const QString skills = agent.skills.join(QLatin1Char(','));
    const QString languages = agent.languages.join(QLatin1Char(','));
    if (s.postgres) {
        const QSqlDatabase db = m_database->connection();
        auto id = insertRow(db, QString::fromLatin1(kInsertAgent),
                            {textValue(agent.login), textValue(agent.name), textValue(agent.email),
                             toKey(agent.role), textValue(skills), textValue(languages),
                             agent.active ? 1 : 0, createdAt},
                            QT_TRANSLATE_NOOP("Switchboard", "agent"), true);
        if (id && group > 0) {
            if (auto member = insertRow(db, QString::fromLatin1(kInsertMember), {group, *id},
                                        QT_TRANSLATE_NOOP("Switchboard", "group member"), false);
                !member)
                return member.error();
        }
        return id;
    }
    bindText(s.agent, 1, agent.login);
    bindText(s.agent, 2, agent.name);
    bindText(s.agent, 3, agent.email);
    bindKey(s.agent, 4, keyBytes<AgentRole, 4>(agent.role));
    bindText(s.agent, 5, skills);
    bindText(s.agent, 6, languages);
    sqlite3_bind_int(s.agent, 7, agent.active ? 1 : 0);
    sqlite3_bind_int64(s.agent, 8, createdAt);
    if (Status status = s.step(s.agent, QT_TRANSLATE_NOOP("Switchboard", "agent")); !status)
        return status.error();
    const AgentId id = sqlite3_last_insert_rowid(s.db);
    if (group > 0) {
        sqlite3_bind_int64(s.member, 1, group);
        sqlite3_bind_int64(s.member, 2, id);
        if (Status status = s.step(s.member, QT_TRANSLATE_NOOP("Switchboard", "group member"));
            !status)
            return status.error();
    }
    return id;
}

Result<CustomerId> TicketBulkWriter::addCustomer(const NewCustomer& customer)
{
    const Statements& s = *m_statements;
    if (!s.error.isEmpty())
        return s.failure().error();
    const QString folded = foldForSearch(customer.name);
    if (s.postgres)
        return insertRow(m_database->connection(), QString::fromLatin1(kInsertCustomer),
                         {textValue(customer.name), textValue(customer.email),
                          textValue(customer.organisation), textValue(customer.language),
                          textValue(customer.tier), textValue(folded), customer.createdAt},
                         QT_TRANSLATE_NOOP("Switchboard", "customer"), true);
    bindText(s.customer, 1, customer.name);
    bindText(s.customer, 2, customer.email);
    bindText(s.customer, 3, customer.organisation);
    bindText(s.customer, 4, customer.language);
    bindText(s.customer, 5, customer.tier);
    bindText(s.customer, 6, folded);
    sqlite3_bind_int64(s.customer, 7, customer.createdAt);
    if (Status status = s.step(s.customer, QT_TRANSLATE_NOOP("Switchboard", "customer")); !status)
        return status.error();
    return sqlite3_last_insert_rowid(s.db);
}

Result<TicketId> TicketBulkWriter::addTicket(const NewTicket& t)
{
    Statements& s = *m_statements;
    if (!s.error.isEmpty())
        return s.failure().error();
    const QString folded = foldForSearch(t.subject);
    if (s.postgres) {
        const QSqlDatabase db = m_database->connection();
        auto id = insertRow(db, QString::fromLatin1(kInsertTicket),
                            {textValue(t.subject), textValue(folded), toKey(t.channel),
                             toKey(t.type), t.priority, toKey(t.status), t.requesterId,
                             idValue(t.assigneeId), idValue(t.groupId), textValue(t.language),
                             t.createdAt, t.updatedAt > 0 ? t.updatedAt : t.createdAt,
                             optionalValue(t.firstResponseAt), optionalValue(t.resolvedAt),
                             optionalValue(t.closedAt)},
                            QT_TRANSLATE_NOOP("Switchboard", "ticket"), true);
        if (!id)
            return id;
        for (const QString& name : t.tags) {
            if (auto tag = insertRow(db,
                                     QStringLiteral("INSERT INTO ticket_tags (ticket_id, tag) "
                                                    "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                     {*id, textValue(name)},
                                     QT_TRANSLATE_NOOP("Switchboard", "tag"), false);
                !tag)
                return tag.error();
        }
        return id;
    }
    s.arena.reset(t.subject.size() + folded.size() + t.language.size());
    s.arena.bind(s.ticket, 1, t.subject);
    s.arena.bind(s.ticket, 2, folded);
    bindKey(s.ticket, 3, keyBytes<Channel, 4>(t.channel));
    bindKey(s.ticket, 4, keyBytes<TicketType, 4>(t.type));
    sqlite3_bind_int(s.ticket, 5, t.priority);
    bindKey(s.ticket, 6, keyBytes<TicketStatus, 6>(t.status));
    sqlite3_bind_int64(s.ticket, 7, t.requesterId);
    bindId(s.ticket, 8, t.assigneeId);
    bindId(s.ticket, 9, t.groupId);
    s.arena.bind(s.ticket, 10, t.language);
    sqlite3_bind_int64(s.ticket, 11, t.createdAt);
    sqlite3_bind_int64(s.ticket, 12, t.updatedAt > 0 ? t.updatedAt : t.createdAt);
    bindOptional(s.ticket, 13, t.firstResponseAt);
    bindOptional(s.ticket, 14, t.resolvedAt);
    bindOptional(s.ticket, 15, t.closedAt);
    if (Status status = s.step(s.ticket, QT_TRANSLATE_NOOP("Switchboard", "ticket")); !status)
        return status.error();
    const TicketId id = sqlite3_last_insert_rowid(s.db);
    for (const QString& name : t.tags) {
        sqlite3_bind_int64(s.tag, 1, id);
        bindText(s.tag, 2, name);
        if (Status status = s.step(s.tag, QT_TRANSLATE_NOOP("Switchboard", "tag")); !status)
            return status.error();
    }
    return id;
}

Status TicketBulkWriter::addMessage(TicketId ticket, MessageKind kind, AgentId authorAgent,
                                    CustomerId authorCustomer, const QString& body, qint64 at)
{
    Statements& s = *m_statements;
    if (!s.error.isEmpty())
        return s.failure();
    if (s.postgres) {
        auto row = insertRow(m_database->connection(), QString::fromLatin1(kInsertMessage),
                             {ticket, toKey(kind), idValue(authorAgent), idValue(authorCustomer),
                              textValue(body), at},
                             QT_TRANSLATE_NOOP("Switchboard", "message"), false);
        return row ? Status() : Status(row.error());
    }
    PendingMessage m{ticket, kind, authorAgent, authorCustomer, body, at};
    if (m_bulkLoading) {
        s.pendingMessages.push_back(std::move(m));
        return s.flush(false);
    }
    bindRows(s.message, &m, 1, s.arena, bindMessage);
    return s.step(s.message, QT_TRANSLATE_NOOP("Switchboard", "message"));
}

Status TicketBulkWriter::addEvent(TicketId ticket, AgentId actor, const QString& kind,
                                  const QString& oldValue, const QString& newValue, qint64 at)
{
    Statements& s = *m_statements;
    if (!s.error.isEmpty())
        return s.failure();
    if (s.postgres) {
        auto row = insertRow(m_database->connection(), QString::fromLatin1(kInsertEvent),
                             {ticket, idValue(actor), textValue(kind), nullableText(oldValue),
                              nullableText(newValue), at},
                             QT_TRANSLATE_NOOP("Switchboard", "event"), false);
        return row ? Status() : Status(row.error());
    }
    PendingEvent e{ticket, actor, kind, oldValue, newValue, at};
    if (m_bulkLoading) {
        s.pendingEvents.push_back(std::move(e));
        return s.flush(false);
    }
    bindRows(s.event, &e, 1, s.arena, bindEvent);
    return s.step(s.event, QT_TRANSLATE_NOOP("Switchboard", "event"));
}

Status TicketBulkWriter::bulkLoad(const std::function<Status()>& load)
{
    Statements& s = *m_statements;
    if (!s.error.isEmpty())
        return s.failure();
    if (s.postgres) {
        // The SQLite shortcuts (journal, dropped indexes, batches) do not
        // apply: on the server a bulk load is the rows in one transaction.
        Transaction transaction(m_database->connection());
        if (!transaction.isActive())
            return Error{ErrorKind::Runtime, Tr::tr("could not start a transaction")};
        if (Status status = load(); !status)
            return status;
        return transaction.commit();
    }
    auto hasTickets = s.column("SELECT EXISTS (SELECT 1 FROM tickets)");
    if (!hasTickets)
        return Error{ErrorKind::Runtime, hasTickets.error().message};
    const bool empty = hasTickets->value(0) == QLatin1String("0");

    // Connection settings can change only outside a transaction. Another
    // connection in WAL mode keeps the journal mode as it is; that is slower
    // but just as correct.
    auto journal = s.column("PRAGMA journal_mode");
    auto synchronous = s.column("PRAGMA synchronous");
    auto cache = s.column("PRAGMA cache_size");
    auto foreignKeys = s.column("PRAGMA foreign_keys");
    auto mmap = s.column("PRAGMA mmap_size");
    if (!journal || !synchronous || !cache || !foreignKeys || !mmap)
        return Error{ErrorKind::Runtime, Tr::tr("could not read the database settings")};
    if (empty) {
        if (journal->value(0) == QLatin1String("wal"))
            (void)s.column("PRAGMA journal_mode = TRUNCATE");
        (void)s.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        (void)s.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
        // Looking up three parent rows for every message and event cost a
        // tenth of the load; into an empty database every reference comes
        // from ids this writer returned.
        (void)s.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        // Building the indexes reads every page once; through the memory map
        // they would all stay resident (and count as the process's memory).
        (void)s.column("PRAGMA mmap_size = 0");
    }
    auto restore = qScopeGuard([&] {
        if (!empty)
            return;
        (void)s.exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(foreignKeys->value(0)));
        (void)s.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(mmap->value(0)));
        (void)s.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cache->value(0)));
        (void)s.exec(QStringLiteral("PRAGMA synchronous = %1").arg(synchronous->value(0)));
        if (journal->value(0) == QLatin1String("wal"))
            (void)s.column("PRAGMA journal_mode = WAL");
    });

    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("could not start a transaction")};
    if (empty) {
        if (Status status = beginBulkLoad(); !status)
            return status;
    }
    // Whatever happens, leave the writer in its row-by-row mode.
    auto leave = qScopeGuard([&] {
        m_bulkLoading = false;
        m_droppedSchema.clear();
        s.pendingMessages.clear();
        s.pendingEvents.clear();
    });
    QElapsedTimer timer;
    timer.start();
    if (Status status = load(); !status)
        return status;
    const qint64 loaded = timer.elapsed();
    if (Status status = endBulkLoad(); !status)
        return status;
    const qint64 indexed = timer.elapsed();
    Status committed = transaction.commit();
    qCDebug(lcTickets) << "bulk load: rows" << loaded << "ms, indexes" << indexed - loaded
                       << "ms, commit" << timer.elapsed() - indexed << "ms";
    return committed;
}

Status TicketBulkWriter::beginBulkLoad()
{
    const Statements& s = *m_statements;
    // Indexes of messages and events stay: rows arrive in (ticket, time)
    // order, so SQLite only appends to them. Ticket indexes see random keys.
    auto schema =
        s.column("SELECT type || char(31) || name || char(31) || sql FROM sqlite_master "
                 "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
                 "AND (tbl_name IN ('tickets', 'ticket_tags') OR name LIKE 'metrics\\_dirty\\_%' "
                 "ESCAPE '\\') ORDER BY type, name");
    if (!schema)
        return Error{ErrorKind::Runtime, schema.error().message};
    for (const QString& row : std::as_const(schema.value())) {
        const QStringList parts = row.split(QChar(31));
        if (parts.size() != 3)
            continue;
        const QString drop = parts.at(0) == QLatin1String("index")
                                 ? QStringLiteral("DROP INDEX \"%1\"").arg(parts.at(1))
                                 : QStringLiteral("DROP TRIGGER \"%1\"").arg(parts.at(1));
        if (Status status = s.exec(drop); !status)
            return status;
        // Indexes first, then triggers: the ORDER BY above already sorts so.
        m_droppedSchema << parts.at(2);
    }
    m_bulkLoading = true;
    qCDebug(lcTickets) << "bulk load: dropped" << m_droppedSchema.size() << "indexes and triggers";
    return {};
}

Status TicketBulkWriter::endBulkLoad()
{
    Statements& s = *m_statements;
    if (!m_bulkLoading)
        return {};
    if (Status status = s.flush(true); !status)
        return status;
    m_bulkLoading = false;
    for (const QString& statement : std::as_const(m_droppedSchema)) {
        if (Status status = s.exec(statement); !status)
            return status;
    }
    m_droppedSchema.clear();
    // The metrics triggers were off: queue every ticket for the facts, as
    // they would have (all are new: bulk loads start from an empty database).
    auto queue = s.column("SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'metrics_dirty'");
    if (queue && !queue->isEmpty()) {
        if (Status status = s.exec(QStringLiteral(
                "INSERT OR IGNORE INTO metrics_dirty (ticket_id) SELECT id FROM tickets"));
            !status)
            return status;
    }
    auto search = s.column("SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name = 'tickets_fts'");
    if (search && !search->isEmpty()) {
        if (Status status =
                s.exec(QStringLiteral("INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')"));
            !status)
            return status;
    }
    return {};
}

} // namespace Switchboard
