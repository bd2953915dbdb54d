// SPDX-License-Identifier: MIT
#include "pgstatement.h"

#include "common/tr.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>

namespace Switchboard {
namespace {

Q_LOGGING_CATEGORY(lcPgStatement, "switchboard.metrics.sql")

// Rows fetched per round trip: large enough that the trips cost little
// next to the rows, small enough that a batch of events stays a few MB.
constexpr int kCursorBatch = 5000;

QString nextCursorName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("switchboard_metrics_%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

PgStatement::PgStatement(const QSqlDatabase& db, const QString& sql, bool cursor)
    : m_db(db)
    , m_sql(sql)
    , m_query(db)
    , m_isCursor(cursor)
{}

Result<PgStatement> PgStatement::prepare(const QSqlDatabase& db, const QString& sql)
{
    PgStatement statement(db, sql, false);
    if (!statement.m_query.prepare(sql))
        return statement.error(Tr::tr("could not prepare a database statement: %1"));
    return statement;
}

Result<PgStatement> PgStatement::cursor(const QSqlDatabase& db, const QString& sql)
{
    return PgStatement(db, sql, true);
}

PgStatement::PgStatement(PgStatement&& other) noexcept
    : m_db(std::move(other.m_db))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
    , m_values(std::move(other.m_values))
    , m_isCursor(other.m_isCursor)
    , m_started(std::exchange(other.m_started, false))
    , m_cursorName(std::exchange(other.m_cursorName, QString()))
    , m_lastBatch(other.m_lastBatch)
{}

PgStatement& PgStatement::operator=(PgStatement&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::move(other.m_db);
        m_sql = std::move(other.m_sql);
        m_query = std::move(other.m_query);
        m_values = std::move(other.m_values);
        m_isCursor = other.m_isCursor;
        m_started = std::exchange(other.m_started, false);
        m_cursorName = std::exchange(other.m_cursorName, QString());
        m_lastBatch = other.m_lastBatch;
    }
    return *this;
}

PgStatement::~PgStatement()
{
    close();
}

void PgStatement::setValue(int index, const QVariant& value)
{
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void PgStatement::bind(int index, qint64 value)
{
    setValue(index, QVariant(value));
}

void PgStatement::bind(int index, const std::optional<qint64>& value)
{
    setValue(index, value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
}

void PgStatement::bindBlob(int index, const QByteArray& value)
{
    // SqliteStatement binds a null QByteArray as an empty blob, not NULL.
    setValue(index, value.isNull() ? QByteArray("") : value);
}

Result<bool> PgStatement::step()
{
    if (!m_started) {
        if (m_isCursor) {
            // The values are integers (checked), so writing them into the
            // text cannot inject anything.
            QString sql;
            qsizetype next = 0;
            for (QChar c : std::as_const(m_sql)) {
                if (c != u'?') {
                    sql += c;
                    continue;
                }
                const QVariant value = m_values.value(next++);
                if (value.isNull()) {
                    sql += QStringLiteral("NULL");
                    continue;
                }
                if (value.metaType() != QMetaType::fromType<qint64>())
                    return Error{ErrorKind::Runtime,
                                 Tr::tr("could not prepare a database statement: %1")
                                     .arg(QStringLiteral("a cursor takes integers only"))};
                sql += QString::number(value.toLongLong());
            }
            const QString name = nextCursorName();
            // WITH HOLD: valid outside a transaction block as well (then
            // PostgreSQL keeps the rows); inside one it streams as usual.
            if (!m_query.exec(
                    QStringLiteral("DECLARE %1 NO SCROLL CURSOR WITH HOLD FOR %2").arg(name, sql)))
                return error(Tr::tr("could not read the database: %1"));
            m_cursorName = name;
            m_started = true;
            m_lastBatch = false;
            if (auto fetched = nextBatch(); !fetched)
                return fetched;
        } else {
            for (qsizetype i = 0; i < m_values.size(); ++i)
                m_query.bindValue(int(i), m_values.at(i));
            if (!m_query.exec())
                return error(Tr::tr("could not read the database: %1"));
            m_started = true;
        }
    }
    for (;;) {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            return error(Tr::tr("could not read the database: %1"));
        if (!m_isCursor || m_lastBatch)
            return false;
        if (auto fetched = nextBatch(); !fetched)
            return fetched;
    }
}

Result<bool> PgStatement::nextBatch()
{
    if (!m_query.exec(
            QStringLiteral("FETCH FORWARD %1 FROM %2").arg(kCursorBatch).arg(m_cursorName)))
        return error(Tr::tr("could not read the database: %1"));
    m_lastBatch = m_query.size() < kCursorBatch;
    return true;
}

Status PgStatement::execute()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

void PgStatement::reset()
{
    if (m_isCursor)
        close();
    else
        m_query.finish();
    m_started = false;
}

void PgStatement::close()
{
    if (m_cursorName.isEmpty())
        return;
    m_query.finish();
    QSqlQuery closing(m_db);
    // Fails only when the transaction already failed, which drops the cursor.
    if (!closing.exec(QStringLiteral("CLOSE %1").arg(m_cursorName)))
        qCDebug(lcPgStatement) << "could not close a cursor:" << closing.lastError().text();
    m_cursorName.clear();
}

qint64 PgStatement::int64(int column) const
{
    // Comparisons read as booleans on PostgreSQL; toLongLong makes them 0 or 1.
    return m_query.value(column).toLongLong();
}

std::optional<qint64> PgStatement::optionalInt64(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QByteArray PgStatement::blobView(int column) const
{
    return m_query.value(column).toByteArray();
}

Error PgStatement::error(const QString& what) const
{
    qCWarning(lcPgStatement) << what.arg(m_query.lastError().text());
    return Error{ErrorKind::Runtime, what.arg(m_query.lastError().text())};
}

} // namespace Switchboard
