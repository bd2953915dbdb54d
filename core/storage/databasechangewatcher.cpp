// SPDX-License-Identifier: MIT
#include "databasechangewatcher.h"

#include "common/logging.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>

namespace Switchboard {
namespace {

const QString kTicketsChannel = QStringLiteral("switchboard_tickets");
const QString kSlaChannel = QStringLiteral("switchboard_sla");

// The triggers' payload: comma-separated ticket ids, or "*" after a bulk
// write (empty list: everything).
QList<qint64> idsOf(const QString& payload)
{
    QList<qint64> ids;
    for (const QStringView part : QStringView(payload).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok)
            return {};
        ids.append(id);
    }
    return ids;
}

} // namespace

DatabaseChangeWatcher::DatabaseChangeWatcher(DatabasePtr database, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_postgres(m_database->backend() == SqlBackend::Postgres)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseChangeWatcher::check);
}

DatabaseChangeWatcher::~DatabaseChangeWatcher()
{
    stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
        delete m_probe;
    }
}

void DatabaseChangeWatcher::start()
{
    if (m_postgres) {
        if (!listen())
            markLost(QStringLiteral("cannot listen"));
    } else {
        check(); // the baseline: what is there now is not a change
    }
    m_timer.start();
}

void DatabaseChangeWatcher::stop()
{
    m_timer.stop();
    if (m_driver) {
        disconnect(m_driver, nullptr, this, nullptr);
        if (m_driver->isOpen()) {
            m_driver->unsubscribeFromNotification(kTicketsChannel);
            m_driver->unsubscribeFromNotification(kSlaChannel);
        }
    }
    m_driver = nullptr;
}

bool DatabaseChangeWatcher::check()
{
    return m_postgres ? checkConnection() : checkDataVersion();
}

bool DatabaseChangeWatcher::checkDataVersion()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        qCWarning(lcStorage) << "cannot read data_version:" << query.lastError().text();
        return false;
    }
    const qint64 version = query.value(0).toLongLong();
    const bool moved = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (moved) {
        emit ticketsChanged({});
        emit slaChanged({});
        emit changed();
    }
    return moved;
}

bool DatabaseChangeWatcher::checkConnection()
{
    if (m_lost) {
        if (QDateTime::currentMSecsSinceEpoch() - m_lastAttemptMs >= m_reconnectIntervalMs)
            tryReconnect();
        return false;
    }
    // Local state only, no round trip: libpq's status turns bad once any
    // query on this connection found the server gone, and a reopened
    // connection (Database::connection() heals broken ones) listens no more.
    if (!m_driver || !m_driver->isOpen() ||
        !m_driver->subscribedToNotifications().contains(kTicketsChannel)) {
        markLost(QStringLiteral("connection closed"));
        return true;
    }
    return false;
}

bool DatabaseChangeWatcher::listen()
{
    QSqlDatabase db = m_database->connection();
    QSqlDriver* driver = db.driver();
    if (!db.isOpen() || !driver)
        return false;
    if (!driver->subscribeToNotification(kTicketsChannel) ||
        !driver->subscribeToNotification(kSlaChannel)) {
        qCWarning(lcStorage) << "cannot listen for changes:" << driver->lastError().text();
        return false;
    }
    if (m_driver != driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this,
                &DatabaseChangeWatcher::handleNotification);
    }
    // The driver reads notifications when its socket turns readable, and so
    // notices a closed socket. Where the driver owns its notifier as a child
    // (newer Qt; not 6.4), looking right after it (this connection comes
    // after the driver's own) reports the loss at once; otherwise the
    // timer's check() does, within one interval.
    if (auto* notifier = driver->findChild<QSocketNotifier*>()) {
        connect(notifier, &QSocketNotifier::activated, this, &DatabaseChangeWatcher::socketActivity,
                Qt::UniqueConnection);
    }
    return true;
}

void DatabaseChangeWatcher::socketActivity()
{
    if (m_lost || !m_driver || m_driver->isOpen())
        return;
    // libpq closed the socket: stop the driver's notifier from watching a
    // dead descriptor until the connection is reopened.
    if (auto* notifier = qobject_cast<QSocketNotifier*>(sender()))
        notifier->setEnabled(false);
    markLost(QStringLiteral("notification socket closed"));
}

void DatabaseChangeWatcher::handleNotification(const QString& name,
                                               QSqlDriver::NotificationSource source,
                                               const QVariant& payload)
{
    // Like SQLite's data_version, which ignores the connection's own
    // commits: this window already shows what it wrote itself.
    if (source == QSqlDriver::SelfSource)
        return;
    const QList<qint64> ids = idsOf(payload.toString());
    if (name == kTicketsChannel)
        emit ticketsChanged(ids);
    else if (name == kSlaChannel)
        emit slaChanged(ids);
    else
        return;
    emit changed();
}

void DatabaseChangeWatcher::markLost(const QString& reason)
{
    if (!m_lost) {
        m_lost = true;
        qCWarning(lcStorage) << "lost the connection to" << m_database->path() << "(" << reason
                             << "); reconnecting";
        emit connectionLost();
    }
    tryReconnect();
}

void DatabaseChangeWatcher::tryReconnect()
{
    if (m_probe)
        return; // one attempt at a time
    m_lastAttemptMs = QDateTime::currentMSecsSinceEpoch();
    // Connecting may wait up to connect_timeout for a host that does not
    // answer: a throwaway connection on a short-lived thread finds out, and
    // only a server that answered is reconnected to from this thread.
    auto reachable = std::make_shared<std::atomic<bool>>(false);
    DatabasePtr database = m_database;
    m_probe = QThread::create([database, reachable] {
        {
            const QSqlDatabase db = database->connection();
            reachable->store(db.isOpen());
        }
        database->closeThreadConnection();
    });
    connect(m_probe, &QThread::finished, this, [this, reachable] {
        m_probe->deleteLater();
        m_probe = nullptr;
        if (reachable->load() && m_lost)
            reconnected();
    });
    m_probe->start();
}

void DatabaseChangeWatcher::reconnected()
{
    if (Status reopened = m_database->reconnectThreadConnection(); !reopened) {
        qCWarning(lcStorage) << reopened.error().toString();
        return;
    }
    if (!listen())
        return;
    m_lost = false;
    // Other threads' connections from before the outage are checked (and
    // reopened) on their next use, so the reload below does not fail once.
    m_database->connectionsMayBeStale();
    qCInfo(lcStorage) << "reconnected to" << m_database->path();
    emit connectionRestored();
    emit ticketsChanged({});
    emit slaChanged({});
    emit changed();
}

} // namespace Switchboard
