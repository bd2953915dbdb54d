// SPDX-License-Identifier: MIT
// Live updates between desktops: a commit made through one Database shows up
// as a signal on another Database's watcher (SQLite: data_version polling;
// PostgreSQL: LISTEN/NOTIFY), and a PostgreSQL watcher survives its server
// connection being killed. Runs on both backends (tst_databasechangewatcher
// and tst_databasechangewatcher_pg).
#include "storage/database.h"
#include "storage/databasechangewatcher.h"
#include "tempdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Switchboard;
using Switchboard::Test::TempDatabase;

namespace {

qint64 scalar(const DatabasePtr& database, const QString& sql)
{
    QSqlQuery query(database->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

// What another desktop does when it creates a ticket, in plain SQL (one
// autocommitted statement, as a one-statement transaction would commit it).
qint64 insertTicket(const DatabasePtr& database, const QString& subject)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO tickets (subject, subject_fold, channel, type, priority, status, "
        "requester_id, created_at, updated_at) VALUES (?, ?, 'email', 'fault', 2, 'new', "
        "(SELECT min(id) FROM customers), 1, 1) RETURNING id"));
    query.addBindValue(subject);
    query.addBindValue(subject.toLower());
    if (!query.exec() || !query.next()) {
        qWarning() << "insert failed:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestDatabaseChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void anotherDesktopsTicketArrivesWithinASecond();
    void ownWritesAreNotReported();
    void bulkWriteMeansEverything();
    void slaChangesCarryTheirTickets();
    void notificationLatency();
    void queryErrorIsNotALostConnection();
    void terminatedConnectionIsReportedAndRestored();

private:
    std::unique_ptr<TempDatabase> m_temp;
    DatabasePtr m_here;  // this desktop: the one watching
    DatabasePtr m_there; // another desktop writing to the same database
};

void TestDatabaseChangeWatcher::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_here = m_temp->database();
    auto other = Database::open(m_temp->path());
    QVERIFY2(other, other ? "" : qPrintable(other.error().toString()));
    m_there = other.value();
    QSqlQuery query(m_there->connection());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO customers (name, email, created_at) VALUES ('Ann', 'ann@x', 1)")),
             qPrintable(query.lastError().text()));
}

void TestDatabaseChangeWatcher::cleanup()
{
    m_there.reset();
    m_here.reset();
    m_temp.reset();
}

void TestDatabaseChangeWatcher::anotherDesktopsTicketArrivesWithinASecond()
{
    DatabaseChangeWatcher watcher(m_here, 100);
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);
    QSignalSpy tickets(&watcher, &DatabaseChangeWatcher::ticketsChanged);
    watcher.start();
    QTest::qWait(150);
    QCOMPARE(changed.count(), 0); // what was there before start is not a change

    const qint64 id = insertTicket(m_there, QStringLiteral("Printer on fire"));
    QVERIFY(id > 0);
    QVERIFY(changed.wait(1000));
    QVERIFY(tickets.count() >= 1);
    // SQLite cannot tell which rows changed; the server says.
    const QList<qint64> expected = m_temp->isPostgres() ? QList<qint64>{id} : QList<qint64>{};
    QCOMPARE(tickets.first().first().value<QList<qint64>>(), expected);

    // And again: the watcher keeps watching.
    changed.clear();
    tickets.clear();
    QSqlQuery update(m_there->connection());
    QVERIFY(
        update.exec(QStringLiteral("UPDATE tickets SET status = 'open' WHERE id = %1").arg(id)));
    QVERIFY(changed.wait(1000));
    if (m_temp->isPostgres())
        QCOMPARE(tickets.first().first().value<QList<qint64>>(), QList<qint64>{id});
}

void TestDatabaseChangeWatcher::ownWritesAreNotReported()
{
    DatabaseChangeWatcher watcher(m_here, 50);
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);
    watcher.start();
    // This window shows what it wrote itself (SQLite's data_version does not
    // move for its own connection either).
    QVERIFY(insertTicket(m_here, QStringLiteral("Mine")) > 0);
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
    // A colleague's write still is.
    QVERIFY(insertTicket(m_there, QStringLiteral("Theirs")) > 0);
    QVERIFY(changed.wait(1000));
}

void TestDatabaseChangeWatcher::bulkWriteMeansEverything()
{
    if (!m_temp->isPostgres())
        QSKIP("PostgreSQL only: the triggers' payload");
    DatabaseChangeWatcher watcher(m_here);
    QSignalSpy tickets(&watcher, &DatabaseChangeWatcher::ticketsChanged);
    watcher.start();
    QSqlQuery query(m_there->connection());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO tickets (subject, subject_fold, channel, type, priority, status, "
                 "requester_id, created_at, updated_at) SELECT 'Bulk ' || n, 'bulk ' || n, "
                 "'web', 'order', 3, 'new', (SELECT min(id) FROM customers), n, n "
                 "FROM generate_series(1, 250) AS n")),
             qPrintable(query.lastError().text()));
    QVERIFY(tickets.wait(1000));
    QCOMPARE(tickets.count(), 1); // one notification per statement, not per row
    QVERIFY(tickets.first().first().value<QList<qint64>>().isEmpty());
}

void TestDatabaseChangeWatcher::slaChangesCarryTheirTickets()
{
    if (!m_temp->isPostgres())
        QSKIP("PostgreSQL only: SQLite cannot tell SLA writes apart");
    const qint64 a = insertTicket(m_there, QStringLiteral("A"));
    const qint64 b = insertTicket(m_there, QStringLiteral("B"));
    DatabaseChangeWatcher watcher(m_here);
    QSignalSpy sla(&watcher, &DatabaseChangeWatcher::slaChanged);
    QSignalSpy tickets(&watcher, &DatabaseChangeWatcher::ticketsChanged);
    watcher.start();
    QSqlQuery query(m_there->connection());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO ticket_sla (ticket_id, policy, calendar, "
                                       "computed_at) VALUES (%1, 'p', 'c', 1), (%2, 'p', 'c', 1)")
                            .arg(a)
                            .arg(b)),
             qPrintable(query.lastError().text()));
    QVERIFY(sla.wait(1000));
    QList<qint64> ids = sla.first().first().value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{a, b}));
    QCOMPARE(tickets.count(), 0); // SLA state is not a ticket change
}

void TestDatabaseChangeWatcher::notificationLatency()
{
    DatabaseChangeWatcher watcher(m_here, m_temp->isPostgres() ? 500 : 100);
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);
    watcher.start();
    QList<qint64> samples;
    for (int i = 0; i < 20; ++i) {
        changed.clear();
        QElapsedTimer timer; // the commit (an autocommitted insert), then the signal
        timer.start();
        QVERIFY(insertTicket(m_there, QStringLiteral("Latency %1").arg(i)) > 0);
        QVERIFY(changed.count() > 0 || changed.wait(2000));
        samples.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(samples.begin(), samples.end());
    // Reported, not asserted: the machine's load decides it.
    qInfo("%s notification latency, commit to signal, 20 commits: min %lld us, median %lld us, "
          "p95 %lld us, max %lld us",
          m_temp->isPostgres() ? "PostgreSQL LISTEN/NOTIFY" : "SQLite data_version (100 ms poll)",
          samples.first(), samples.at(samples.size() / 2), samples.at(samples.size() * 95 / 100),
          samples.last());
}

void TestDatabaseChangeWatcher::queryErrorIsNotALostConnection()
{
    QSqlQuery query(m_here->connection());
    QVERIFY(!query.exec(QStringLiteral("SELECT nonsense FROM nowhere")));
    QVERIFY(!Database::isConnectionLost(query.lastError()));
    QVERIFY(!Database::isConnectionLost(QSqlError()));
}

void TestDatabaseChangeWatcher::terminatedConnectionIsReportedAndRestored()
{
    if (!m_temp->isPostgres())
        QSKIP("PostgreSQL only: an SQLite file has no connection to lose");
    DatabaseChangeWatcher watcher(m_here, 100);
    watcher.setReconnectIntervalMs(200);
    QSignalSpy lost(&watcher, &DatabaseChangeWatcher::connectionLost);
    QSignalSpy restored(&watcher, &DatabaseChangeWatcher::connectionRestored);
    QSignalSpy tickets(&watcher, &DatabaseChangeWatcher::ticketsChanged);
    watcher.start();
    QVERIFY(!watcher.isConnectionLost());

    // A third desktop, idle while the server drops it.
    auto idle = Database::open(m_temp->path());
    QVERIFY(idle);
    QCOMPARE(scalar(idle.value(), QStringLiteral("SELECT 1")), 1);

    // What a server restart or an administrator does to every other backend.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(scalar(m_there, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                           "pg_stat_activity WHERE datname = current_database() "
                                           "AND pid <> pg_backend_pid()")) >= 2);
    QVERIFY(lost.count() == 1 || lost.wait(3000));
    const qint64 detectedMs = timer.elapsed();
    QVERIFY(restored.count() == 1 || restored.wait(5000));
    qInfo("terminated backend: loss reported after %lld ms, restored after %lld ms", detectedMs,
          timer.elapsed());
    QCOMPARE(lost.count(), 1);
    QVERIFY(!watcher.isConnectionLost());
    // What was said while away is unknown: "everything changed".
    QVERIFY(!tickets.isEmpty());
    QVERIFY(tickets.last().first().value<QList<qint64>>().isEmpty());

    // Notifications flow again, and this desktop's own connection works.
    tickets.clear();
    const qint64 id = insertTicket(m_there, QStringLiteral("After the outage"));
    QVERIFY(tickets.wait(1000));
    QCOMPARE(tickets.last().first().value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(scalar(m_here, QStringLiteral("SELECT count(*) FROM tickets")), 1);

    // The idle desktop's first query on the dead connection says why it
    // failed, and its next one runs on a reopened connection.
    {
        QSqlQuery query(idle.value()->connection());
        QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
        QVERIFY2(Database::isConnectionLost(query.lastError()),
                 qPrintable(query.lastError().text()));
    }
    QCOMPARE(scalar(idle.value(), QStringLiteral("SELECT 1")), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseChangeWatcher)
#include "tst_databasechangewatcher.moc"
