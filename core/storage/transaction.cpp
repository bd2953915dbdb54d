// SPDX-License-Identifier: MIT
#include "transaction.h"

#include "common/logging.h"
#include "common/tr.h"

#include <QSqlError>

namespace Switchboard {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStorage) << "could not begin transaction:" << m_db.lastError().text();
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
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
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
    if (!m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
    m_active = false;
}

} // namespace Switchboard
