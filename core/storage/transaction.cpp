// SPDX-License-Identifier: MIT
#include "transaction.h"

#include "common/logging.h"
#include "common/tr.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

namespace {

// The advisory lock immediate transactions take on PostgreSQL ("SwWr").
constexpr qint64 kWriteLockKey = 0x53775772;

bool execute(const QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
    , m_mode(mode)
{
    QString error;
    if (m_mode == Mode::Immediate && SqlDialect::of(m_db).isPostgres()) {
        // SQLite's write lock, on a server: immediate transactions of every
        // desktop take turns, so a read-then-write (routing, claims) cannot
        // interleave with another one. Plain writes still run concurrently.
        m_active = execute(m_db, QStringLiteral("BEGIN"), &error);
        if (m_active &&
            !execute(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey),
                     &error)) {
            QString ignored;
            execute(m_db, QStringLiteral("ROLLBACK"), &ignored);
            m_active = false;
        }
    } else if (m_mode == Mode::Immediate) {
        m_active = execute(m_db, QStringLiteral("BEGIN IMMEDIATE"), &error);
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            error = m_db.lastError().text();
    }
    if (!m_active)
        qCWarning(lcStorage) << "could not begin transaction:" << error;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{ErrorKind::Runtime, Tr::tr("no transaction is active")};
    QString reason;
    const bool committed = m_mode == Mode::Immediate
                               ? execute(m_db, QStringLiteral("COMMIT"), &reason)
                               : m_db.commit();
    if (!committed) {
        if (reason.isEmpty())
            reason = m_db.lastError().text();
        rollback();
        return Error{ErrorKind::Runtime, Tr::tr("could not save changes: %1").arg(reason)};
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QString error;
    const bool rolledBack = m_mode == Mode::Immediate
                                ? execute(m_db, QStringLiteral("ROLLBACK"), &error)
                                : m_db.rollback();
    if (!rolledBack)
        qCWarning(lcStorage) << "rollback failed:"
                             << (error.isEmpty() ? m_db.lastError().text() : error);
    m_active = false;
}

} // namespace Switchboard
