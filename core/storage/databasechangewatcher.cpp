// SPDX-License-Identifier: MIT
#include "databasechangewatcher.h"

#include "common/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

DatabaseChangeWatcher::DatabaseChangeWatcher(DatabasePtr database, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseChangeWatcher::check);
}

void DatabaseChangeWatcher::start()
{
    check(); // the baseline: what is there now is not a change
    m_timer.start();
}

void DatabaseChangeWatcher::stop()
{
    m_timer.stop();
}

bool DatabaseChangeWatcher::check()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        qCWarning(lcStorage) << "cannot read data_version:" << query.lastError().text();
        return false;
    }
    const qint64 version = query.value(0).toLongLong();
    const bool moved = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (moved)
        emit changed();
    return moved;
}

} // namespace Switchboard
