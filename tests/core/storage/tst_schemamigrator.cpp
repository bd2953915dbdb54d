// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Switchboard;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int latestVersion()
{
    return schemaMigrations().last().version;
}

// A made-up future step after the real ones, to prove that upgrades run and
// back up the old file.
Migration fakeFutureVersion()
{
    return {latestVersion() + 1,
            QStringLiteral("test: add ticket notes"),
            {QStringLiteral("CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT)"),
             QStringLiteral("ALTER TABLE tickets ADD COLUMN test_flag INTEGER NOT NULL DEFAULT 0")},
            {},
            {}};
}

int pragmaValue(const DatabasePtr& db, const QString& pragma)
{
    QSqlQuery query(db->connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseGetsLatestSchema();
    void connectionsUseWalAndForeignKeys();
    void reopeningDoesNotBackUp();
    void upgradesFromVersion1WithBackup();
    void newerSchemaIsRefusedUntouched();
    void nonDatabaseFileIsRefusedUntouched();
    void foreignSqliteFileIsRefusedUntouched();
    void corruptFileIsRefusedUntouched();
    void failedMigrationLeavesPreviousVersion();
    void connectionSetupRunsOnEveryConnection();
    void failingConnectionSetupRefusesToOpen();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }
};

void TestSchemaMigrator::freshDatabaseGetsLatestSchema()
{
    const QString path = newPath();
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), schemaMigrations().last().version);
    QCOMPARE(pragmaValue(db.value(), QStringLiteral("user_version")),
             schemaMigrations().last().version);
    QCOMPARE(pragmaValue(db.value(), QStringLiteral("application_id")), kApplicationId);
    QVERIFY(db.value()->backupPath().isEmpty());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM tickets")));
}

void TestSchemaMigrator::connectionsUseWalAndForeignKeys()
{
    auto db = Database::open(newPath());
    QVERIFY(db.ok());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(pragmaValue(db.value(), QStringLiteral("foreign_keys")), 1);
    QVERIFY(pragmaValue(db.value(), QStringLiteral("busy_timeout")) >= 1000);
    // Foreign keys are enforced: a ticket for a missing customer is rejected.
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO tickets (subject, channel, type, priority, status, requester_id, "
        "created_at, updated_at) VALUES ('x', 'email', 'fault', 1, 'new', 999, 0, 0)")));
}

void TestSchemaMigrator::reopeningDoesNotBackUp()
{
    const QString path = newPath();
    {
        QVERIFY(Database::open(path).ok());
    }
    auto again = Database::open(path);
    QVERIFY(again.ok());
    QVERIFY(again.value()->backupPath().isEmpty());
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral("*.bak")})
                 .filter(QFileInfo(path).fileName())
                 .size(),
             0);
}

void TestSchemaMigrator::upgradesFromVersion1WithBackup()
{
    const QString path = newPath();
    {
        Database::Options v1;
        v1.migrations = {schemaMigrations().first()};
        auto db = Database::open(path, v1);
        QVERIFY(db.ok());
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO customers (name, email, created_at) VALUES "
                                          "('Анна', 'a@example.com', 1)")));
    }
    // Every real migration after version 1, then the fake one.
    Database::Options future;
    future.migrations = schemaMigrations() << fakeFutureVersion();
    auto upgraded = Database::open(path, future);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().toString()));
    QCOMPARE(upgraded.value()->schemaVersion(), latestVersion() + 1);
    QCOMPARE(pragmaValue(upgraded.value(), QStringLiteral("user_version")), latestVersion() + 1);
    QSqlQuery query(upgraded.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM test_notes")));
    // Version 2's knowledge base came in on the way, with a working index.
    QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts "
                                       "MATCH 'printer'")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM customers")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Анна"));
    query.finish();

    // The backup is a complete version-1 database with the data in it.
    const QString backup = upgraded.value()->backupPath();
    QVERIFY(QFile::exists(backup));
    Database::Options v1;
    v1.migrations = {schemaMigrations().first()};
    v1.createIfMissing = false;
    auto restored = Database::open(backup, v1);
    QVERIFY(restored.ok());
    QCOMPARE(restored.value()->schemaVersion(), 1);
    QSqlQuery old(restored.value()->connection());
    QVERIFY(old.exec(QStringLiteral("SELECT count(*) FROM customers")) && old.next());
    QCOMPARE(old.value(0).toInt(), 1);
}

void TestSchemaMigrator::newerSchemaIsRefusedUntouched()
{
    const QString path = newPath();
    {
        Database::Options future;
        future.migrations = schemaMigrations() << fakeFutureVersion();
        QVERIFY(Database::open(path, future).ok());
    }
    const QByteArray before = fileHash(path);
    auto refused = Database::open(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("newer")),
             qPrintable(refused.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestSchemaMigrator::nonDatabaseFileIsRefusedUntouched()
{
    const QString path = newPath();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,subject\n1,Printer is broken\n");
    }
    const QByteArray before = fileHash(path);
    auto refused = Database::open(path);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("not a Switchboard database")));
    QCOMPARE(refused.error().location, QFileInfo(path).absoluteFilePath());
    QCOMPARE(fileHash(path), before);
}

void TestSchemaMigrator::foreignSqliteFileIsRefusedUntouched()
{
    const QString path = newPath();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase("other");
    const QByteArray before = fileHash(path);
    auto refused = Database::open(path);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("another program")));
    QCOMPARE(fileHash(path), before);
}

void TestSchemaMigrator::corruptFileIsRefusedUntouched()
{
    const QString path = newPath();
    {
        QVERIFY(Database::open(path).ok());
    }
    {
        // Keep the SQLite header, destroy the rest of the first pages.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(8192, '\xA5'));
    }
    const QByteArray before = fileHash(path);
    auto refused = Database::open(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("damaged")) ||
                 refused.error().message.contains(QStringLiteral("not a Switchboard")),
             qPrintable(refused.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestSchemaMigrator::failedMigrationLeavesPreviousVersion()
{
    const QString path = newPath();
    {
        QVERIFY(Database::open(path).ok());
    }
    Database::Options broken;
    broken.migrations =
        schemaMigrations() << Migration{
            latestVersion() + 1,
            QStringLiteral("broken"),
            {QStringLiteral("CREATE TABLE half (id INTEGER)"), QStringLiteral("THIS IS NOT SQL")},
            {},
            {}};
    auto failed = Database::open(path, broken);
    QVERIFY(!failed.ok());
    QVERIFY(
        failed.error().message.contains(QStringLiteral("migration %1").arg(latestVersion() + 1)));
    auto reopened = Database::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(pragmaValue(reopened.value(), QStringLiteral("user_version")), latestVersion());
    QSqlQuery query(reopened.value()->connection());
    QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM half")));
}

void TestSchemaMigrator::connectionSetupRunsOnEveryConnection()
{
    // The defaults (here: the knowledge-base tokenizer, added by the test
    // harness as main() adds it) plus a counter.
    auto calls = std::make_shared<std::atomic_int>(0);
    Database::Options options;
    QVERIFY(!options.connectionSetup.isEmpty());
    options.connectionSetup.append([calls](QSqlDatabase&) {
        ++*calls;
        return Status();
    });
    auto db = Database::open(newPath(), options);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(calls->load(), 2); // the migrator's connection and this thread's

    // A worker thread's connection gets the setup too, so the tokenizer of
    // articles_fts works there.
    bool workerOk = false;
    QString workerError;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QSqlQuery query(db.value()->connection());
        workerOk = query.exec(
            QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'printer'"));
        workerError = query.lastError().text();
        query.finish();
        query = QSqlQuery();
        db.value()->closeThreadConnection();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY2(workerOk, qPrintable(workerError));
    QCOMPARE(calls->load(), 3);
}

void TestSchemaMigrator::failingConnectionSetupRefusesToOpen()
{
    Database::Options options;
    options.connectionSetup.append([](QSqlDatabase&) {
        return Status(Error{ErrorKind::Runtime, QStringLiteral("setup refused")});
    });
    auto db = Database::open(newPath(), options);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("setup refused")),
             qPrintable(db.error().toString()));
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
