// SPDX-License-Identifier: MIT
// Team mode's storage: URLs, opening and migrating a PostgreSQL database,
// and refusing what must not be touched. Runs against the throwaway test
// server (tests/CMakeLists.txt, postgres fixture).
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/postgresschemamigrator.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <thread>

using namespace Switchboard;
using Switchboard::Test::TempDatabase;

namespace {

int latestVersion()
{
    return PostgresSchemaMigrator(schemaMigrations()).latestVersion();
}

// A server database that is dropped when the test ends.
class ServerDatabase
{
public:
    ServerDatabase()
    {
        auto created = TempDatabase::createServerDatabase();
        if (created)
            m_url = created.value();
    }
    ~ServerDatabase()
    {
        if (!m_url.isEmpty())
            TempDatabase::dropServerDatabase(QUrl(m_url).path().mid(1));
    }
    QString url() const { return m_url; }

private:
    QString m_url;
};

qint64 scalar(const DatabasePtr& database, const QString& sql)
{
    QSqlQuery query(database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The tables of a server database, read over a plain connection.
QStringList publicTables(const QString& url)
{
    const QUrl parsed(url);
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        db.setHostName(parsed.host());
        db.setPort(parsed.port());
        db.setUserName(parsed.userName());
        db.setDatabaseName(parsed.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
            while (query.next())
                tables.append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return tables;
}

} // namespace

class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private slots:
    void parsesUrls()
    {
        auto parsed = DatabaseLocation::parse(QStringLiteral(
            "postgresql://lead:s3cret@db.example.org:6543/support?sslmode=verify-full"
            "&sslrootcert=/etc/ssl/team.pem"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const DatabaseLocation& location = parsed.value();
        QVERIFY(location.isPostgres());
        QCOMPARE(location.host(), QStringLiteral("db.example.org"));
        QCOMPARE(location.port(), 6543);
        QCOMPARE(location.user(), QStringLiteral("lead"));
        QCOMPARE(location.password(), QStringLiteral("s3cret"));
        QCOMPARE(location.databaseName(), QStringLiteral("support"));
        QCOMPARE(location.connectOptions(),
                 QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ssl/team.pem"));
        // Titles and logs never show the password.
        QVERIFY(!location.displayName().contains(QStringLiteral("s3cret")));
        QVERIFY(location.displayName().contains(QStringLiteral("sslmode=verify-full")));

        auto socket =
            DatabaseLocation::parse(QStringLiteral("postgres:///switchboard?host=/run/postgresql"));
        QVERIFY(socket.ok());
        QCOMPARE(socket.value().host(), QStringLiteral("/run/postgresql"));

        QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://host/")).ok());
        auto typo = DatabaseLocation::parse(QStringLiteral("postgresql://h/db?sslmod=require"));
        QVERIFY(!typo.ok());
        QVERIFY(typo.error().message.contains(QStringLiteral("sslmod")));
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("mysql://h/db")).ok());
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("tickets.sqlite")).value().isPostgres());
    }

    void migratesAnEmptyDatabase()
    {
        ServerDatabase server;
        QVERIFY(!server.url().isEmpty());
        auto opened = Database::open(server.url());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        const DatabasePtr database = opened.value();
        QCOMPARE(database->backend(), SqlBackend::Postgres);
        QCOMPARE(database->schemaVersion(), latestVersion());
        QCOMPARE(
            scalar(database, QStringLiteral("SELECT schema_version FROM switchboard_database")),
            qint64(latestVersion()));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(latestVersion()));
        // Millisecond timestamps need 64-bit columns.
        QCOMPARE(
            scalar(database, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                            "table_name = 'tickets' AND column_name = 'created_at' "
                                            "AND data_type = 'bigint'")),
            qint64(1));

        // Queue orders page by (column, id) as on SQLite, where the rowid
        // ends every index.
        QCOMPARE(
            scalar(database,
                   QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'tickets' "
                                  "AND indexname IN ('tickets_channel', 'tickets_open_priority') "
                                  "AND indexdef LIKE '%, id)%'")),
            qint64(2));

        // Opening again changes nothing.
        auto again = Database::open(server.url());
        QVERIFY(again.ok());
        QCOMPARE(scalar(again.value(), QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(latestVersion()));
    }

    void desktopsStartingTogetherMigrateOnce()
    {
        ServerDatabase server;
        QVERIFY(!server.url().isEmpty());
        constexpr int kDesktops = 4;
        std::vector<QString> errors(kDesktops);
        std::vector<std::thread> desktops;
        for (int i = 0; i < kDesktops; ++i) {
            desktops.emplace_back([&, i] {
                auto opened = Database::open(server.url());
                if (!opened)
                    errors[i] = opened.error().toString();
                else
                    opened.value()->closeThreadConnection();
            });
        }
        for (std::thread& desktop : desktops)
            desktop.join();
        for (const QString& error : errors)
            QVERIFY2(error.isEmpty(), qPrintable(error));
        auto opened = Database::open(server.url());
        QVERIFY(opened.ok());
        QCOMPARE(scalar(opened.value(), QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(latestVersion()));
    }

    void refusesAnotherProgramsDatabase()
    {
        ServerDatabase server;
        {
            Database::Options bare;
            bare.migrations = {};
            auto raw = Database::open(server.url(), bare);
            QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().toString()));
            QSqlQuery query(raw.value()->connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
        }
        auto opened = Database::open(server.url());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("another program")),
                 qPrintable(opened.error().message));
        // Nothing was written: the foreign table is still the only one.
        QCOMPARE(publicTables(server.url()), QStringList{QStringLiteral("invoices")});
    }

    void refusesANewerSchema()
    {
        TempDatabase temp;
        QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));
        {
            QSqlQuery query(temp.database()->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE switchboard_database SET schema_version = %1")
                                   .arg(latestVersion() + 1)));
        }
        auto opened = Database::open(temp.path());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer Switchboard")),
                 qPrintable(opened.error().message));
    }

    void reportsAServerThatIsNotThere()
    {
        QUrl url(TempDatabase::postgresServerUrl());
        url.setPort(1); // nothing listens there
        url.setQuery(QStringLiteral("connect_timeout=2"));
        auto opened = Database::open(url.toString());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("cannot connect")),
                 qPrintable(opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgresdatabase.moc"
