// SPDX-License-Identifier: MIT
#include "databasecopier.h"

#include "common/logging.h"
#include "common/tr.h"
#include "databaselocation.h"
#include "schemamigrator.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <tuple>

namespace Switchboard {

// What is copied of one table: the columns both sides store (generated
// columns are recomputed by the target), in the source's order.
struct DatabaseCopier::Table
{
    QString name;
    QStringList columns;
    QStringList keyColumns;
    // Target identity columns among columns: their sequences move past the copied ids.
    QStringList identityColumns;
    // Columns referencing this table's own single-column key (parent
    // categories, translations, linked tickets), and that key's index.
    QList<int> selfReferences;
    int keyIndex = -1;
    QStringList referencedTables;
};

namespace {

// Tables whose rows make a database "in use": a target holding any of them
// is refused. Others may hold what migrations seed (reply templates).
const QStringList& dataTables()
{
    static const QStringList tables = {
        QStringLiteral("tickets"),   QStringLiteral("agents"),
        QStringLiteral("customers"), QStringLiteral("groups"),
        QStringLiteral("articles"),  QStringLiteral("article_categories"),
        QStringLiteral("messages"),
    };
    return tables;
}

// Bookkeeping of each backend, not data: the target keeps its own.
bool isBookkeeping(const QString& table)
{
    return table.startsWith(QLatin1String("sqlite_")) ||
           table == QLatin1String("schema_migrations") ||
           table == QLatin1String("switchboard_database");
}

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString quotedList(const QStringList& identifiers)
{
    QStringList result;
    result.reserve(identifiers.size());
    for (const QString& identifier : identifiers)
        result.append(quoted(identifier));
    return result.join(QLatin1String(", "));
}

Error queryError(const QString& what, const QSqlQuery& query, const QString& location = {})
{
    // One line: server messages carry DETAIL lines.
    return Error{ErrorKind::Runtime,
                 QStringLiteral("%1: %2").arg(what, query.lastError().text().simplified()),
                 location};
}

// Order-independent checksum of a table's rows: the sum of one MD5 per row
// over a canonical text of its values. Both sides hash the same columns the
// same way, so neither needs the other's sort order (SQLite sorts text by
// bytes, PostgreSQL by its collation), and the target is read in whatever
// order is cheapest.
class RowChecksum
{
public:
    void addValue(const QVariant& value, bool isNull)
    {
        if (isNull) {
            m_row.append("N;", 2);
            return;
        }
        // Integers and text compare by their text, so a number SQLite kept
        // as text in an INTEGER column still matches its PostgreSQL value.
        const QByteArray bytes = value.typeId() == QMetaType::QByteArray
                                     ? value.toByteArray()
                                     : value.toString().toUtf8();
        m_row.append('V');
        m_row.append(QByteArray::number(bytes.size()));
        m_row.append(':');
        m_row.append(bytes);
    }

    void endRow()
    {
        const QByteArray digest = QCryptographicHash::hash(m_row, QCryptographicHash::Md5);
        m_low += qFromLittleEndian<quint64>(digest.constData());
        m_high += qFromLittleEndian<quint64>(digest.constData() + 8);
        m_row.clear();
        ++m_rows;
    }

    qint64 rows() const { return m_rows; }
    QString hex() const
    {
        return QStringLiteral("%1%2")
            .arg(m_high, 16, 16, QLatin1Char('0'))
            .arg(m_low, 16, 16, QLatin1Char('0'));
    }

private:
    QByteArray m_row;
    quint64 m_low = 0;
    quint64 m_high = 0;
    qint64 m_rows = 0;
};

QString insertStatement(const QString& table, const QStringList& columns, bool overriding, int rows)
{
    QString tuple = QStringLiteral("(?");
    for (int i = 1; i < columns.size(); ++i)
        tuple += QLatin1String(", ?");
    tuple += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) %3VALUES ")
                      .arg(quoted(table), quotedList(columns),
                           overriding ? QStringLiteral("OVERRIDING SYSTEM VALUE ") : QString());
    sql.reserve(sql.size() + rows * (tuple.size() + 2));
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            sql += QLatin1String(", ");
        sql += tuple;
    }
    return sql;
}

} // namespace

Result<DatabasePtr> DatabaseCopier::openSource(const QString& path)
{
    auto location = DatabaseLocation::parse(path);
    if (!location)
        return location.error();
    if (location->isPostgres())
        return Error{ErrorKind::Usage,
                     Tr::tr("the database to migrate must be an SQLite file, not a server"),
                     location->displayName()};
    const QString file = location->filePath();
    SchemaMigrator migrator(schemaMigrations());
    auto inspection = migrator.inspect(file);
    if (!inspection)
        return inspection.error();
    if (!inspection->exists)
        return Error{ErrorKind::NotFound, Tr::tr("the database file does not exist"), file};
    if (inspection->empty)
        return Error{ErrorKind::BadInput, Tr::tr("the database file holds no Switchboard data"),
                     file};
    // Upgrading would write to the file being migrated; the user decides.
    if (inspection->version != migrator.latestVersion())
        return Error{ErrorKind::BadInput,
                     Tr::tr("the database file has schema version %1 but this Switchboard "
                            "migrates version %2; open it once with this version to upgrade it")
                         .arg(inspection->version)
                         .arg(migrator.latestVersion()),
                     file};
    Database::Options options;
    options.createIfMissing = false;
    return Database::open(path, options);
}

DatabaseCopier::DatabaseCopier(DatabasePtr source, DatabasePtr target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{}

void DatabaseCopier::report(Phase phase, const QString& table, qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(phase, table, done, total);
}

Status DatabaseCopier::execTarget(const QString& statement) const
{
    QSqlQuery query(m_target->connection());
    if (!query.exec(statement))
        return queryError(Tr::tr("the target database refused a statement"), query, statement);
    return {};
}

Result<QList<DatabaseCopier::Table>> DatabaseCopier::plan() const
{
    const QSqlDatabase source = m_source->connection();
    const QSqlDatabase target = m_target->connection();

    // What the target stores of each table, generated columns excluded.
    struct TargetTable
    {
        QStringList columns;
        QSet<QString> generated;
        QSet<QString> identity;
    };
    QHash<QString, TargetTable> targetTables;
    {
        QSqlQuery query(target);
        if (!query.exec(QStringLiteral(
                "SELECT table_name, column_name, is_generated, is_identity "
                "FROM information_schema.columns WHERE table_schema = current_schema() "
                "ORDER BY table_name, ordinal_position")))
            return queryError(Tr::tr("cannot read the target schema"), query);
        while (query.next()) {
            TargetTable& table = targetTables[query.value(0).toString()];
            const QString column = query.value(1).toString();
            if (query.value(2).toString() == QLatin1String("ALWAYS"))
                table.generated.insert(column);
            else
                table.columns.append(column);
            if (query.value(3).toString() == QLatin1String("YES"))
                table.identity.insert(column);
        }
    }

    QSqlQuery query(source);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'")))
        return queryError(Tr::tr("cannot read the source schema"), query);
    QStringList names;
    QStringList virtualTables;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (query.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                                 Qt::CaseInsensitive))
            virtualTables.append(name);
        else
            names.append(name);
    }

    QList<Table> tables;
    for (const QString& name : std::as_const(names)) {
        // FTS5 shadow tables (tickets_fts_data, ...) belong to their index,
        // which the target replaces with its own search.
        const bool shadow =
            std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                        [&](const QString& v) { return name.startsWith(v + QLatin1Char('_')); });
        if (shadow || isBookkeeping(name) || name.contains(QLatin1String("_fts")))
            continue;
        const auto found = targetTables.constFind(name);
        if (found == targetTables.cend()) {
            qCInfo(lcStorage) << "migrate: skipping" << name << "(not in the target schema)";
            continue;
        }

        Table table;
        table.name = name;
        QList<QPair<int, QString>> key;
        if (!query.exec(
                QStringLiteral("SELECT name, pk, hidden FROM pragma_table_xinfo('%1')").arg(name)))
            return queryError(Tr::tr("cannot read the source schema"), query, name);
        while (query.next()) {
            const QString column = query.value(0).toString();
            if (query.value(2).toInt() != 0 || found->generated.contains(column))
                continue; // generated: each side computes its own
            if (!found->columns.contains(column))
                return Error{ErrorKind::BadInput,
                             Tr::tr("the target database has no column for %1.%2; both must "
                                    "have the same schema")
                                 .arg(name, column)};
            table.columns.append(column);
            if (found->identity.contains(column))
                table.identityColumns.append(column);
            if (query.value(1).toInt() > 0)
                key.append({query.value(1).toInt(), column});
        }
        std::sort(key.begin(), key.end());
        for (const auto& part : std::as_const(key))
            table.keyColumns.append(part.second);
        if (table.keyColumns.size() == 1)
            table.keyIndex = table.columns.indexOf(table.keyColumns.first());

        if (!query.exec(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM "
                                       "pragma_foreign_key_list('%1')")
                            .arg(name)))
            return queryError(Tr::tr("cannot read the source schema"), query, name);
        while (query.next()) {
            const QString referenced = query.value(0).toString();
            if (referenced != name) {
                table.referencedTables.append(referenced);
                continue;
            }
            const QString to = query.value(2).toString();
            const int column = table.columns.indexOf(query.value(1).toString());
            if (table.keyIndex >= 0 && column >= 0 &&
                (to.isEmpty() || to == table.keyColumns.first()))
                table.selfReferences.append(column);
        }
        tables.append(table);
    }

    // Parents before children (Kahn's algorithm, keeping the schema's order
    // among tables that are ready at the same time).
    QList<Table> ordered;
    QSet<QString> placed;
    QSet<QString> copied;
    for (const Table& table : std::as_const(tables))
        copied.insert(table.name);
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const Table& table : std::as_const(tables)) {
            if (placed.contains(table.name))
                continue;
            const bool ready = std::all_of(
                table.referencedTables.cbegin(), table.referencedTables.cend(),
                [&](const QString& r) { return placed.contains(r) || !copied.contains(r); });
            if (!ready)
                continue;
            ordered.append(table);
            placed.insert(table.name);
            progressed = true;
        }
        if (!progressed)
            return Error{ErrorKind::Runtime,
                         Tr::tr("the tables reference each other in a cycle; cannot choose a "
                                "copy order")};
    }
    return ordered;
}

Status DatabaseCopier::checkTarget(const QList<Table>& tables) const
{
    QSqlQuery source(m_source->connection());
    if (!source.exec(QStringLiteral("PRAGMA user_version")) || !source.next())
        return queryError(Tr::tr("cannot read the source schema version"), source);
    const int sourceVersion = source.value(0).toInt();
    source.finish();
    QSqlQuery target(m_target->connection());
    if (!target.exec(QStringLiteral("SELECT schema_version FROM switchboard_database")) ||
        !target.next())
        return queryError(Tr::tr("cannot read the target schema version"), target);
    const int targetVersion = target.value(0).toInt();
    if (sourceVersion != targetVersion)
        return Error{ErrorKind::BadInput,
                     Tr::tr("the source has schema version %1 and the target %2; both must have "
                            "the same version")
                         .arg(sourceVersion)
                         .arg(targetVersion),
                     m_target->path()};

    QStringList found;
    for (const Table& table : tables) {
        if (!dataTables().contains(table.name))
            continue;
        if (!target.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))) ||
            !target.next())
            return queryError(Tr::tr("cannot read the target database"), target, table.name);
        if (const qint64 rows = target.value(0).toLongLong(); rows > 0)
            found.append(QStringLiteral("%1 %2").arg(rows).arg(table.name));
    }
    if (!found.isEmpty())
        return Error{ErrorKind::Conflict,
                     Tr::tr("the target database already holds data (%1); migrate into an "
                            "empty database")
                         .arg(found.join(QLatin1String(", "))),
                     m_target->path()};
    return {};
}

Status DatabaseCopier::copyTable(const Table& table, QSqlQuery& insert, TableReport& result) const
{
    const QSqlDatabase source = m_source->connection();
    const QSqlDatabase target = m_target->connection();
    qint64 total = 0;
    {
        QSqlQuery count(source);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))) ||
            !count.next())
            return queryError(Tr::tr("cannot read the source database"), count, table.name);
        total = count.value(0).toLongLong();
    }

    QSqlQuery select(source);
    select.setForwardOnly(true);
    const QString order =
        table.keyColumns.isEmpty() ? QStringLiteral("rowid") : quotedList(table.keyColumns);
    if (!select.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                         .arg(quotedList(table.columns), quoted(table.name), order)))
        return queryError(Tr::tr("cannot read the source database"), select, table.name);

    const int width = int(table.columns.size());
    const bool overriding = !table.identityColumns.isEmpty();
    // One statement carries many rows; PostgreSQL takes at most 65535
    // parameters in one.
    const int batchRows = qMax(1, qMin(m_batchRows, 60000 / width));
    QList<QVariant> batch;
    batch.reserve(batchRows * width);
    int preparedRows = 0;
    qint64 done = 0;
    RowChecksum checksum;
    // Self-references to rows not copied yet (a category moved under a newer
    // one): inserted empty, set once the whole table is in.
    QList<std::tuple<qint64, int, qint64>> deferred;
    const QVariant nullValue{QMetaType::fromType<qlonglong>()};

    auto flush = [&]() -> Status {
        const int rows = int(batch.size() / width);
        if (rows == 0)
            return {};
        if (rows != preparedRows) {
            if (!insert.prepare(insertStatement(table.name, table.columns, overriding, rows)))
                return queryError(Tr::tr("cannot copy table %1").arg(table.name), insert);
            preparedRows = rows;
        }
        for (int i = 0; i < batch.size(); ++i)
            insert.bindValue(i, batch.at(i));
        if (!insert.exec())
            return queryError(
                Tr::tr("cannot copy table %1").arg(table.name), insert,
                table.keyIndex >= 0
                    ? Tr::tr("rows %1 to %2")
                          .arg(batch.at(table.keyIndex).toString(),
                               batch.at((rows - 1) * width + table.keyIndex).toString())
                    : table.name);
        done += rows;
        batch.clear();
        report(Phase::Copying, table.name, done, total);
        return {};
    };

    while (select.next()) {
        for (int i = 0; i < width; ++i) {
            QVariant value = select.value(i);
            const bool isNull = select.isNull(i);
            checksum.addValue(value, isNull);
            if (!isNull && table.selfReferences.contains(i) &&
                value.toLongLong() > select.value(table.keyIndex).toLongLong()) {
                deferred.append({select.value(table.keyIndex).toLongLong(), i, value.toLongLong()});
                value = nullValue;
            }
            batch.append(value);
        }
        checksum.endRow();
        if (batch.size() >= batchRows * width) {
            if (Status flushed = flush(); !flushed)
                return flushed;
        }
    }
    if (select.lastError().isValid())
        return queryError(Tr::tr("cannot read the source database"), select, table.name);
    if (Status flushed = flush(); !flushed)
        return flushed;
    insert.finish();
    // Integers only (the check above compared them as such), so they are
    // written into the statement: a prepared one could not be deallocated
    // once a failure aborted the transaction.
    QSqlQuery update(target);
    for (const auto& [key, column, value] : std::as_const(deferred)) {
        if (!update.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 = %5")
                             .arg(quoted(table.name), quoted(table.columns.at(column)))
                             .arg(value)
                             .arg(quoted(table.keyColumns.first()))
                             .arg(key)))
            return queryError(Tr::tr("cannot copy table %1").arg(table.name), update,
                              QString::number(key));
    }
    report(Phase::Copying, table.name, done, qMax(total, done));

    result.table = table.name;
    result.rows = checksum.rows();
    result.checksum = checksum.hex();
    return {};
}

Result<DatabaseCopier::TableReport> DatabaseCopier::readTarget(const Table& table) const
{
    QSqlQuery query(m_target->connection());
    // A cursor streams the table in slices; a plain SELECT would load
    // millions of rows into memory at once.
    if (!query.exec(QStringLiteral("DECLARE switchboard_verify NO SCROLL CURSOR FOR "
                                   "SELECT %1 FROM %2")
                        .arg(quotedList(table.columns), quoted(table.name))))
        return queryError(Tr::tr("cannot verify table %1").arg(table.name), query);
    RowChecksum checksum;
    const int width = int(table.columns.size());
    for (;;) {
        if (!query.exec(QStringLiteral("FETCH FORWARD 10000 FROM switchboard_verify")))
            return queryError(Tr::tr("cannot verify table %1").arg(table.name), query);
        qint64 fetched = 0;
        while (query.next()) {
            for (int i = 0; i < width; ++i)
                checksum.addValue(query.value(i), query.isNull(i));
            checksum.endRow();
            ++fetched;
        }
        if (fetched == 0)
            break;
        report(Phase::Verifying, table.name, checksum.rows(), -1);
    }
    if (!query.exec(QStringLiteral("CLOSE switchboard_verify")))
        return queryError(Tr::tr("cannot verify table %1").arg(table.name), query);
    return TableReport{table.name, checksum.rows(), checksum.hex()};
}

Result<QStringList> DatabaseCopier::dropIndexesAndForeignKeys(const QList<Table>& tables) const
{
    QSet<QString> copied;
    for (const Table& table : tables)
        copied.insert(table.name);
    QStringList drops;
    QStringList indexes;
    QStringList foreignKeys;
    QSqlQuery query(m_target->connection());
    if (!query.exec(QStringLiteral(
            "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid WHERE k.contype = 'f' "
            "AND c.relnamespace = current_schema()::regnamespace ORDER BY k.oid")))
        return queryError(Tr::tr("cannot read the target schema"), query);
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (!copied.contains(table))
            continue;
        const QString name = quoted(query.value(1).toString());
        drops.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(quoted(table), name));
        foreignKeys.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                               .arg(quoted(table), name, query.value(2).toString()));
    }
    // Plain indexes only: primary keys and unique constraints keep checking
    // as rows arrive (and foreign keys need them).
    if (!query.exec(QStringLiteral(
            "SELECT c.relname, ic.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT EXISTS (SELECT 1 "
            "FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', "
            "'x')) ORDER BY i.indexrelid")))
        return queryError(Tr::tr("cannot read the target schema"), query);
    while (query.next()) {
        if (!copied.contains(query.value(0).toString()))
            continue;
        drops.append(QStringLiteral("DROP INDEX %1").arg(quoted(query.value(1).toString())));
        indexes.append(query.value(2).toString());
    }
    query.finish();
    for (const QString& statement : std::as_const(drops)) {
        if (Status s = execTarget(statement); !s)
            return s.error();
    }
    return indexes + foreignKeys;
}

Result<DatabaseCopier::Report> DatabaseCopier::copy()
{
    QElapsedTimer timer;
    timer.start();
    if (m_source->backend() != SqlBackend::Sqlite || m_target->backend() != SqlBackend::Postgres)
        return Error{ErrorKind::Usage,
                     Tr::tr("migration copies an SQLite file into a PostgreSQL database")};
    QSqlDatabase source = m_source->connection();
    QSqlDatabase target = m_target->connection();
    if (!source.isOpen())
        return Error{ErrorKind::Runtime, Tr::tr("cannot open the source database"),
                     m_source->path()};
    if (!target.isOpen())
        return Error{ErrorKind::Runtime, Tr::tr("cannot connect to the target database"),
                     m_target->path()};

    // Declared before the transaction so that it outlives it: its prepared
    // statement is deallocated after the rollback of a failed copy, not
    // inside the aborted transaction (which would only log a second error).
    QSqlQuery insert(target);
    // One snapshot of the file, however long the copy takes.
    Transaction read(source);
    if (!read.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("cannot start reading the source database"),
                     m_source->path()};
    // Immediate: desktops that already joined the target wait until the copy is done.
    Transaction write(target, Transaction::Mode::Immediate);
    if (!write.isActive())
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot start a transaction on the target database: %1")
                         .arg(target.lastError().text().trimmed()),
                     m_target->path()};

    auto planned = plan();
    if (!planned)
        return planned.error();
    const QList<Table>& tables = planned.value();
    if (Status checked = checkTarget(tables); !checked)
        return checked.error();

    // The target's own triggers would queue every copied ticket for the
    // dashboards and notify desktops row by row; the copy brings the
    // source's queue itself. ALTER TABLE is transactional: a rollback
    // re-enables them. Foreign keys are not user triggers and stay checked.
    for (const Table& table : tables) {
        if (Status s = execTarget(
                QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table.name)));
            !s)
            return s.error();
    }
    // Rows the migrations seeded (the shipped reply templates) come from the
    // source too, with the ids the file gave them.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (Status s = execTarget(QStringLiteral("DELETE FROM %1").arg(quoted(it->name))); !s)
            return s.error();
    }

    // Loading into indexed tables with foreign keys checks and updates them
    // row by row; building the indexes and validating the keys once at the
    // end is several times faster. All of it is transactional: a failure
    // restores them with the rollback.
    auto deferred = dropIndexesAndForeignKeys(tables);
    if (!deferred)
        return deferred.error();

    Report result;
    for (const Table& table : tables) {
        TableReport copied;
        if (Status s = copyTable(table, insert, copied); !s)
            return s.error();
        result.tables.append(copied);
        result.rows += copied.rows;
    }

    for (const QString& statement : std::as_const(deferred.value())) {
        if (Status s = execTarget(statement); !s)
            return s.error();
    }
    for (const Table& table : tables) {
        for (const QString& column : table.identityColumns) {
            if (Status s = execTarget(
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), max(%3)) "
                                   "FROM %4 HAVING max(%3) IS NOT NULL")
                        .arg(table.name, column, quoted(column), quoted(table.name)));
                !s)
                return s.error();
        }
        if (Status s = execTarget(
                QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table.name)));
            !s)
            return s.error();
    }
    // The knowledge-base revision moves, so every desktop's local search
    // index fetches the copied articles.
    if (Status s = execTarget(
            QStringLiteral("DO $$ BEGIN IF to_regclass('kb_sync_state') IS NOT NULL THEN "
                           "UPDATE kb_sync_state SET rev = rev + 1; END IF; END $$"));
        !s)
        return s.error();

    for (int i = 0; i < tables.size(); ++i) {
        auto verified = readTarget(tables.at(i));
        if (!verified)
            return verified.error();
        const TableReport& expected = result.tables.at(i);
        if (verified->rows != expected.rows || verified->checksum != expected.checksum)
            return Error{ErrorKind::Runtime,
                         Tr::tr("verification failed: the target has %1 rows (checksum %2) where "
                                "the source has %3 (checksum %4); nothing was migrated")
                             .arg(verified->rows)
                             .arg(verified->checksum)
                             .arg(expected.rows)
                             .arg(expected.checksum),
                         tables.at(i).name};
    }

    if (Status committed = write.commit(); !committed)
        return committed.error();
    read.rollback();

    // Fresh statistics, so the first queue pages on the server use the indexes.
    QSqlQuery analyze(target);
    if (!analyze.exec(QStringLiteral("ANALYZE")))
        qCWarning(lcStorage) << "migrate: ANALYZE failed:" << analyze.lastError().text();
    result.elapsedMs = timer.elapsed();
    qCInfo(lcStorage) << "migrated" << result.rows << "rows from" << m_source->path() << "to"
                      << m_target->path() << "in" << result.elapsedMs << "ms";
    return result;
}

} // namespace Switchboard
