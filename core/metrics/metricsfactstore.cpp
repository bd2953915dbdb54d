// SPDX-License-Identifier: MIT
#include "metricsfactstore.h"

#include "common/tr.h"
#include "factitem.h"
#include "metricsrepository.h"
#include "pgstatement.h"
#include "storage/sqldialect.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"
#include "ticketfacts.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

namespace Switchboard {
namespace {

Q_LOGGING_CATEGORY(lcFacts, "switchboard.metrics.facts")

using HourKey = QPair<qint64, GroupId>;

struct HourRow
{
    qint64 openDelta = 0;
    QByteArray items;
    HourSums sums;
    bool stored = false; // a row exists in the table
};

// The sums column: eight native int64, or NULL when all are 0.
QByteArray encodeSums(const HourSums& sums)
{
    if (sums.isEmpty())
        return {};
    QByteArray out(qsizetype(sizeof(sums.values)), Qt::Uninitialized);
    std::memcpy(out.data(), sums.values.data(), sizeof(sums.values));
    return out;
}

HourSums decodeSums(const QByteArray& bytes)
{
    HourSums sums;
    if (bytes.size() == qsizetype(sizeof(sums.values)))
        std::memcpy(sums.values.data(), bytes.constData(), sizeof(sums.values));
    return sums;
}

Error sqlError(const QSqlQuery& query, const QString& what)
{
    qCWarning(lcFacts) << what << query.lastError().text();
    return Error{ErrorKind::Runtime, what, query.lastError().text()};
}

Error cancelled()
{
    return Error{ErrorKind::Runtime, Tr::tr("building the dashboard figures was cancelled")};
}

QString groupFilter(const QList<GroupId>& groups, QVariantList& values)
{
    if (groups.isEmpty())
        return {};
    QStringList marks;
    for (GroupId group : groups) {
        marks << QStringLiteral("?");
        values << group;
    }
    return QStringLiteral(" AND group_id IN (%1)").arg(marks.join(u','));
}

// Adds or takes away (sign -1) items in the rows they belong to.
void apply(QHash<HourKey, HourRow>& rows, GroupId group, const QList<FactItem>& items, int sign,
           const std::function<HourRow&(const HourKey&)>& row)
{
    Q_UNUSED(rows)
    for (const FactItem& item : items) {
        HourRow& target = row({item.hour, group});
        if (sign > 0) {
            FactCodec::appendHourItem(target.items, target.sums, item);
            target.openDelta += FactCodec::openDelta(item.kind);
        } else if (FactCodec::removeHourItem(target.items, target.sums, item)) {
            target.openDelta -= FactCodec::openDelta(item.kind);
        } else {
            qCWarning(lcFacts) << "a stored fact item was missing from hour" << item.hour;
        }
    }
}

// Written once for both backends (MetricsStatements): the C API on SQLite,
// QSqlQuery and server-side cursors on PostgreSQL.
template <typename Statement>
Status refreshQueuedWith(const DatabasePtr& database, const QList<TicketId>& ids)
{
    QSqlDatabase db = database->connection();
    using Statements = MetricsStatements<Statement>;
    auto readTicket =
        Statements::prepare(db, QStringLiteral("SELECT group_id, items FROM metrics_ticket_facts "
                                               "WHERE ticket_id = ?"));
    auto readHour =
        Statements::prepare(db, QStringLiteral("SELECT open_delta, items, sums FROM metrics_hourly "
                                               "WHERE hour = ? AND group_id = ?"));
    if (!readTicket)
        return readTicket.error();
    if (!readHour)
        return readHour.error();

    QHash<HourKey, HourRow> rows;
    Status failed;
    auto row = [&](const HourKey& key) -> HourRow& {
        auto found = rows.find(key);
        if (found != rows.end())
            return *found;
        HourRow loaded;
        readHour->reset();
        readHour->bind(1, key.first);
        readHour->bind(2, key.second);
        auto step = readHour->step();
        if (!step)
            failed = step.error();
        else if (*step) {
            loaded.openDelta = readHour->int64(0);
            loaded.items = QByteArray(readHour->blobView(1)); // a deep copy
            loaded.items.detach();
            loaded.sums = decodeSums(readHour->blobView(2));
            loaded.stored = true;
        }
        return *rows.insert(key, loaded);
    };

    // What each ticket contributed so far, taken away first.
    for (TicketId id : ids) {
        readTicket->reset();
        readTicket->bind(1, id);
        auto step = readTicket->step();
        if (!step)
            return step.error();
        if (!*step)
            continue;
        const GroupId group = readTicket->int64(0);
        QList<FactItem> old;
        if (!FactCodec::decodeTicketItems(QByteArray(readTicket->blobView(1)), old))
            return Error{ErrorKind::Runtime, Tr::tr("the stored dashboard figures are damaged"),
                         QString::number(id)};
        apply(rows, group, old, -1, row);
    }
    if (!failed)
        return failed;

    auto writeTicket = Statements::prepare(
        db, QStringLiteral("INSERT INTO metrics_ticket_facts (ticket_id, group_id, items) "
                           "VALUES (?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE "
                           "SET group_id = excluded.group_id, items = excluded.items"));
    if (!writeTicket)
        return writeTicket.error();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM metrics_ticket_facts WHERE ticket_id = ?"));
    for (TicketId id : ids) {
        remove.addBindValue(id);
        if (!remove.exec())
            return sqlError(remove, Tr::tr("could not update the dashboard figures"));
    }
    MetricsRepository repository(database);
    Status read = repository.readHistoriesOf(ids, [&](const MetricsTicketHistory& history) {
        const QList<FactItem> items = TicketFacts::itemsOf(history);
        apply(rows, history.groupId, items, +1, row);
        writeTicket->reset();
        writeTicket->bind(1, history.id);
        writeTicket->bind(2, history.groupId);
        writeTicket->bindBlob(3, FactCodec::encodeTicketItems(items));
        if (Status status = writeTicket->execute(); !status && failed)
            failed = status;
    });
    if (!read)
        return read;
    if (!failed)
        return failed;

    auto writeHour = Statements::prepare(
        db, QStringLiteral("INSERT INTO metrics_hourly (hour, group_id, open_delta, items, sums) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hour, group_id) DO UPDATE "
                           "SET open_delta = excluded.open_delta, items = excluded.items, "
                           "sums = excluded.sums"));
    auto deleteHour = Statements::prepare(
        db, QStringLiteral("DELETE FROM metrics_hourly WHERE hour = ? AND group_id = ?"));
    if (!writeHour)
        return writeHour.error();
    if (!deleteHour)
        return deleteHour.error();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const bool empty = it->items.isEmpty() && it->sums.isEmpty();
        if (empty && !it->stored)
            continue;
        Statement& statement = empty ? *deleteHour : *writeHour;
        statement.bind(1, it.key().first);
        statement.bind(2, it.key().second);
        if (!empty) {
            statement.bind(3, it->openDelta);
            statement.bindBlob(4, it->items);
            statement.bindBlob(5, encodeSums(it->sums));
        }
        if (Status status = statement.execute(); !status)
            return status;
    }
    return {};
}

template <typename Statement>
Status rebuildWith(const DatabasePtr& database, const std::function<bool(qint64, qint64)>& progress)
{
    QSqlDatabase db = database->connection();
    using Statements = MetricsStatements<Statement>;
    QSqlQuery sql(db);
    if (!sql.exec(QStringLiteral("DELETE FROM metrics_hourly")) ||
        !sql.exec(QStringLiteral("DELETE FROM metrics_ticket_facts")) ||
        !sql.exec(QStringLiteral("SELECT count(*) FROM tickets")) || !sql.next())
        return sqlError(sql, Tr::tr("could not update the dashboard figures"));
    const qint64 total = sql.value(0).toLongLong();
    sql.finish();

    auto writeTicket =
        Statements::prepare(db, QStringLiteral("INSERT INTO metrics_ticket_facts "
                                               "(ticket_id, group_id, items) VALUES (?, ?, ?)"));
    if (!writeTicket)
        return writeTicket.error();
    QHash<HourKey, HourRow> rows;
    Status failed;
    bool stopped = false;
    qint64 done = 0;
    MetricsRepository repository(database);
    Status read = repository.readAllHistories([&](const MetricsTicketHistory& history) {
        if (stopped || !failed)
            return;
        const QList<FactItem> items = TicketFacts::itemsOf(history);
        for (const FactItem& item : items) {
            HourRow& row = rows[{item.hour, history.groupId}];
            FactCodec::appendHourItem(row.items, row.sums, item);
            row.openDelta += FactCodec::openDelta(item.kind);
        }
        writeTicket->reset();
        writeTicket->bind(1, history.id);
        writeTicket->bind(2, history.groupId);
        writeTicket->bindBlob(3, FactCodec::encodeTicketItems(items));
        if (Status status = writeTicket->execute(); !status)
            failed = status;
        if (++done % 10000 == 0 && progress && !progress(done, total))
            stopped = true;
    });
    if (!read)
        return read;
    if (!failed)
        return failed;
    if (stopped)
        return cancelled();

    QList<HourKey> keys = rows.keys();
    std::sort(keys.begin(), keys.end());
    auto writeHour = Statements::prepare(
        db, QStringLiteral("INSERT INTO metrics_hourly "
                           "(hour, group_id, open_delta, items, sums) VALUES (?, ?, ?, ?, ?)"));
    if (!writeHour)
        return writeHour.error();
    for (const HourKey& key : std::as_const(keys)) {
        const HourRow& row = rows[key];
        writeHour->bind(1, key.first);
        writeHour->bind(2, key.second);
        writeHour->bind(3, row.openDelta);
        writeHour->bindBlob(4, row.items);
        writeHour->bindBlob(5, encodeSums(row.sums));
        if (Status status = writeHour->execute(); !status)
            return status;
    }
    if (progress && !progress(total, total))
        return cancelled();
    return {};
}

template <typename Statement>
Status
readHoursWith(const QSqlDatabase& db, qint64 fromHour, qint64 toHour, const QList<GroupId>& groups,
              const std::function<void(qint64, qint64, const QByteArray&, const HourSums&)>& visit)
{
    QVariantList ignored;
    auto statement = MetricsStatements<Statement>::stream(
        db, QStringLiteral("SELECT hour, open_delta, items, sums FROM metrics_hourly "
                           "WHERE hour >= ? AND hour < ?%1 ORDER BY hour")
                .arg(groupFilter(groups, ignored)));
    if (!statement)
        return statement.error();
    statement->bind(1, fromHour);
    statement->bind(2, toHour);
    for (qsizetype i = 0; i < groups.size(); ++i)
        statement->bind(int(i) + 3, groups.at(i));
    for (;;) {
        auto step = statement->step();
        if (!step)
            return step.error();
        if (!*step)
            return {};
        visit(statement->int64(0), statement->int64(1), statement->blobView(2),
              decodeSums(statement->blobView(3)));
    }
}

} // namespace

MetricsFactStore::MetricsFactStore(DatabasePtr database)
    : m_database(std::move(database))
{}

QString MetricsFactStore::stateKey()
{
    return QStringLiteral("metrics.facts_version");
}

Result<bool> MetricsFactStore::isBuilt() const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    sql.addBindValue(stateKey());
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the dashboard figures"));
    return sql.next() && sql.value(0).toInt() == kFactsVersion;
}

Result<qint64> MetricsFactStore::queuedTickets() const
{
    QSqlQuery sql(m_database->connection());
    if (!sql.exec(QStringLiteral("SELECT count(*) FROM metrics_dirty")) || !sql.next())
        return sqlError(sql, Tr::tr("could not read the dashboard figures"));
    return sql.value(0).toLongLong();
}

Status MetricsFactStore::invalidate() const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("DELETE FROM app_settings WHERE key = ?"));
    sql.addBindValue(stateKey());
    if (!sql.exec() || !sql.exec(QStringLiteral("DELETE FROM metrics_dirty")))
        return sqlError(sql, Tr::tr("could not reset the dashboard figures"));
    return {};
}

Result<MetricsFactStore::Refresh>
MetricsFactStore::refresh(const std::function<bool(qint64, qint64)>& progress) const
{
    QSqlDatabase db = m_database->connection();
    auto built = isBuilt();
    if (!built)
        return built.error();
    auto queued = queuedTickets();
    if (!queued)
        return queued.error();
    if (*built && *queued == 0)
        return Refresh{};

    QElapsedTimer timer;
    timer.start();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("could not update the dashboard figures"),
                     db.lastError().text()};
    Refresh done;
    if (!*built || *queued > kRebuildThreshold) {
        if (Status status = rebuild(progress); !status)
            return status.error();
        done.rebuilt = true;
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM metrics_ticket_facts")) ||
            !count.next())
            return sqlError(count, Tr::tr("could not update the dashboard figures"));
        done.tickets = count.value(0).toLongLong();
    } else {
        QList<TicketId> ids;
        QSqlQuery read(db);
        if (!read.exec(QStringLiteral("SELECT ticket_id FROM metrics_dirty ORDER BY ticket_id")))
            return sqlError(read, Tr::tr("could not update the dashboard figures"));
        while (read.next())
            ids << read.value(0).toLongLong();
        read.finish();
        constexpr qsizetype kChunk = 2000;
        for (qsizetype start = 0; start < ids.size(); start += kChunk) {
            if (progress && !progress(start, ids.size()))
                return cancelled();
            if (Status status = refreshQueued(ids.mid(start, kChunk)); !status)
                return status.error();
        }
        done.tickets = ids.size();
    }
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    finish.addBindValue(stateKey());
    finish.addBindValue(QString::number(kFactsVersion));
    if (!finish.exec() || !finish.exec(QStringLiteral("DELETE FROM metrics_dirty")))
        return sqlError(finish, Tr::tr("could not update the dashboard figures"));
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcFacts) << (done.rebuilt ? "rebuilt" : "refreshed") << "facts of" << done.tickets
                    << "tickets in" << timer.elapsed() << "ms";
    return done;
}

Status MetricsFactStore::refreshQueued(const QList<TicketId>& ids) const
{
    if (m_database->backend() == SqlBackend::Postgres)
        return refreshQueuedWith<PgStatement>(m_database, ids);
    return refreshQueuedWith<SqliteStatement>(m_database, ids);
}

Status MetricsFactStore::rebuild(const std::function<bool(qint64, qint64)>& progress) const
{
    if (m_database->backend() == SqlBackend::Postgres)
        return rebuildWith<PgStatement>(m_database, progress);
    return rebuildWith<SqliteStatement>(m_database, progress);
}

Status MetricsFactStore::readHours(
    qint64 fromHour, qint64 toHour, const QList<GroupId>& groups,
    const std::function<void(qint64, qint64, const QByteArray&, const HourSums&)>& visit) const
{
    const QSqlDatabase db = m_database->connection();
    if (m_database->backend() == SqlBackend::Postgres)
        return readHoursWith<PgStatement>(db, fromHour, toHour, groups, visit);
    return readHoursWith<SqliteStatement>(db, fromHour, toHour, groups, visit);
}

Result<qint64> MetricsFactStore::openAt(qint64 hour, const QList<GroupId>& groups) const
{
    QVariantList values{hour};
    const QString filter = groupFilter(groups, values);
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT COALESCE(sum(open_delta), 0) FROM metrics_hourly "
                               "WHERE hour < ?%1")
                    .arg(filter));
    for (const QVariant& value : std::as_const(values))
        sql.addBindValue(value);
    if (!sql.exec() || !sql.next())
        return sqlError(sql, Tr::tr("could not read the dashboard figures"));
    return sql.value(0).toLongLong();
}

} // namespace Switchboard
