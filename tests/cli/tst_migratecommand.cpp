// SPDX-License-Identifier: MIT
// migrate --to URL through the real executable, against the test
// PostgreSQL server: every table arrives with equal counts, rows round-trip
// byte-equal (Cyrillic, Chinese), identity sequences continue after the
// copied ids, triggers work again afterwards, a used target is refused
// untouched, and a failure half-way leaves the target empty.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <tuple>

#include "clirunner.h"
#include "storage/database.h"
#include "tempdatabase.h"

using namespace Switchboard;
namespace Test = Switchboard::Test;

namespace {

// A plain connection to an SQLite file, for reading and corrupting sources
// behind the application's back.
class SqliteFile
{
public:
    explicit SqliteFile(const QString& path)
        : m_name(QStringLiteral("tst-migrate-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~SqliteFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

// Rows of a query as one text per row, NULL told apart from ''.
QList<QByteArray> rows(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<QByteArray> result;
    if (!query.exec()) {
        result.append("error: " + query.lastError().text().toUtf8());
        return result;
    }
    while (query.next()) {
        QByteArray row;
        for (int i = 0; i < query.record().count(); ++i)
            row +=
                (query.isNull(i) ? QByteArray("<null>") : query.value(i).toString().toUtf8()) + '|';
        result.append(row);
    }
    return result;
}

// The tables a migration must carry: the SQLite schema without its search
// indexes and bookkeeping.
QStringList dataTables(const QSqlDatabase& sqlite)
{
    QSqlQuery query(sqlite);
    query.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND instr(name, '_fts') = 0 AND name <> 'schema_migrations' ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QMap<QString, qint64> counts(const QSqlDatabase& db, const QStringList& tables)
{
    QMap<QString, qint64> result;
    for (const QString& table : tables)
        result.insert(table, scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    return result;
}

bool hasScript(const QString& text, char16_t low, char16_t high)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [&](QChar c) { return c.unicode() >= low && c.unicode() <= high; });
}

} // namespace

class TestMigrateCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void copiesEveryTableVerified();
    void refusesTargetWithData();
    void forwardReferencesWithinATable();
    void constraintFailureLeavesTargetEmpty();
    void unreachableServerFails();
    void refusesOtherSchemaVersion();
    void usageErrors();

private:
    QString demoFile(const QString& name);
    QString serverDatabase();
    Test::CliRun migrate(const QString& source, const QString& url, bool json = true) const;

    QTemporaryDir m_dir;
    QString m_source;
    QStringList m_serverDatabases;
};

QString TestMigrateCommand::demoFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    const Test::CliRun run = Test::runCli({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                           QStringLiteral("--tickets"), QStringLiteral("300"),
                                           QStringLiteral("--articles"), QStringLiteral("20")});
    if (run.exitCode != 0)
        qWarning("demo failed: %s", run.err.constData());
    return run.exitCode == 0 ? path : QString();
}

QString TestMigrateCommand::serverDatabase()
{
    auto created = Test::TempDatabase::createServerDatabase();
    if (!created)
        return {};
    m_serverDatabases.append(QUrl(created.value()).path().mid(1));
    return created.value();
}

Test::CliRun TestMigrateCommand::migrate(const QString& source, const QString& url, bool json) const
{
    QStringList arguments{QStringLiteral("--db"), source, QStringLiteral("migrate"),
                          QStringLiteral("--to"), url};
    if (json)
        arguments.append(QStringLiteral("--json"));
    return Test::runCli(arguments);
}

void TestMigrateCommand::initTestCase()
{
    QVERIFY(!Test::TempDatabase::postgresServerUrl().isEmpty());
    m_source = demoFile(QStringLiteral("source.sqlite"));
    QVERIFY(!m_source.isEmpty());
}

void TestMigrateCommand::cleanupTestCase()
{
    for (const QString& name : std::as_const(m_serverDatabases))
        Test::TempDatabase::dropServerDatabase(name);
}

void TestMigrateCommand::copiesEveryTableVerified()
{
    const QString url = serverDatabase();
    QVERIFY(!url.isEmpty());
    const Test::CliRun run = migrate(m_source, url);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();

    SqliteFile file(m_source);
    const QSqlDatabase sqlite = file.db();
    auto opened = Database::open(url);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    const QSqlDatabase pg = opened.value()->connection();

    // Every table, with the same number of rows on both sides and in the summary.
    const QStringList tables = dataTables(sqlite);
    QVERIFY(tables.contains(QStringLiteral("tickets")) &&
            tables.contains(QStringLiteral("metrics_hourly")));
    QMap<QString, qint64> reported;
    for (const QJsonValue& table : summary.value(QStringLiteral("tables")).toArray())
        reported.insert(table[QStringLiteral("name")].toString(),
                        table[QStringLiteral("rows")].toInteger());
    QCOMPARE(QStringList(reported.keys()), tables);
    const QMap<QString, qint64> source = counts(sqlite, tables);
    QCOMPARE(counts(pg, tables), source);
    QCOMPARE(reported, source);
    QCOMPARE(source.value(QStringLiteral("tickets")), 300);
    QCOMPARE(source.value(QStringLiteral("articles")), 20);
    QVERIFY(source.value(QStringLiteral("ticket_events")) > 300);

    // A Cyrillic ticket with its events and messages, column by column.
    QSqlQuery pick(sqlite);
    QVERIFY(pick.exec(QStringLiteral("SELECT t.id, t.subject FROM tickets t WHERE "
                                     "(SELECT count(*) FROM ticket_events e WHERE e.ticket_id = "
                                     "t.id) > 3 ORDER BY t.id")));
    qint64 ticketId = 0;
    while (pick.next() && ticketId == 0) {
        if (hasScript(pick.value(1).toString(), 0x0400, 0x04FF))
            ticketId = pick.value(0).toLongLong();
    }
    pick.finish();
    QVERIFY2(ticketId > 0, "the demo data has no Cyrillic ticket with events");
    const QString ticketSql = QStringLiteral(
        "SELECT id, subject, subject_fold, channel, type, priority, status, status_rank, "
        "requester_id, assignee_id, group_id, language, created_at, updated_at, "
        "first_response_at, resolved_at, closed_at, version, sla_due_at, "
        "first_contact_resolution, linked_from FROM tickets WHERE id = ?");
    const QList<QByteArray> ticket = rows(sqlite, ticketSql, {ticketId});
    QCOMPARE(ticket.size(), 1);
    QCOMPARE(rows(pg, ticketSql, {ticketId}), ticket);
    for (const QString& sql :
         {QStringLiteral("SELECT id, actor_id, kind, old_value, new_value, at FROM ticket_events "
                         "WHERE ticket_id = ? ORDER BY id"),
          QStringLiteral("SELECT id, kind, author_agent_id, author_customer_id, body, "
                         "created_at FROM messages WHERE ticket_id = ? ORDER BY id")}) {
        const QList<QByteArray> expected = rows(sqlite, sql, {ticketId});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rows(pg, sql, {ticketId}), expected);
    }

    // A Russian and a Chinese article, byte for byte.
    for (const auto& [lang, low, high] : {std::tuple{"ru", char16_t(0x0400), char16_t(0x04FF)},
                                          std::tuple{"zh", char16_t(0x4E00), char16_t(0x9FFF)}}) {
        const qint64 articleId =
            scalar(sqlite, QStringLiteral("SELECT min(id) FROM articles WHERE lang = ?"),
                   {QString::fromLatin1(lang)});
        QVERIFY2(articleId > 0, lang);
        const QString articleSql = QStringLiteral(
            "SELECT id, title, body, lang, status, category_id, tags, author_id, translation_of, "
            "review_by, import_key, created_at, updated_at FROM articles WHERE id = ?");
        const QList<QByteArray> article = rows(sqlite, articleSql, {articleId});
        QCOMPARE(article.size(), 1);
        QVERIFY(hasScript(QString::fromUtf8(article.first()), low, high));
        QCOMPARE(rows(pg, articleSql, {articleId}), article);
    }

    // The indexes and foreign keys dropped for the load are all back.
    const QString fresh = serverDatabase();
    auto empty = Database::open(fresh);
    QVERIFY(empty);
    const QString schemaSql = QStringLiteral(
        "SELECT (SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes "
        "WHERE schemaname = current_schema()) || (SELECT string_agg(conname || "
        "pg_get_constraintdef(oid), ';' ORDER BY conname) FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace)");
    const QList<QByteArray> expectedSchema = rows(empty.value()->connection(), schemaSql, {});
    QVERIFY(expectedSchema.value(0).contains("tickets_subject_trgm") &&
            expectedSchema.value(0).contains("messages_ticket_id_fkey"));
    QCOMPARE(rows(pg, schemaSql, {}), expectedSchema);

    // New rows continue after the copied ids, and the target's triggers are
    // back on: a status event queues its ticket for the dashboards.
    const qint64 maxTicket = scalar(sqlite, QStringLiteral("SELECT max(id) FROM tickets"));
    const qint64 requester = scalar(sqlite, QStringLiteral("SELECT min(id) FROM customers"));
    const qint64 newTicket = scalar(
        pg,
        QStringLiteral("INSERT INTO tickets (subject, channel, type, priority, status, "
                       "requester_id, created_at, updated_at) VALUES ('after the migration', "
                       "'email', 'fault', 2, 'new', ?, 0, 0) RETURNING id"),
        {requester});
    QCOMPARE(newTicket, maxTicket + 1);
    const qint64 newEvent =
        scalar(pg,
               QStringLiteral("INSERT INTO ticket_events (ticket_id, kind, new_value, at) "
                              "VALUES (?, 'status', 'open', 0) RETURNING id"),
               {newTicket});
    QCOMPARE(newEvent, scalar(sqlite, QStringLiteral("SELECT max(id) FROM ticket_events")) + 1);
    QCOMPARE(scalar(pg, QStringLiteral("SELECT count(*) FROM metrics_dirty WHERE ticket_id = ?"),
                    {newTicket}),
             1);
    const qint64 newArticle =
        scalar(pg, QStringLiteral("INSERT INTO articles (title, lang, created_at, updated_at) "
                                  "VALUES ('after the migration', 'en', 0, 0) RETURNING id"));
    QCOMPARE(newArticle, scalar(sqlite, QStringLiteral("SELECT max(id) FROM articles")) + 1);
}

void TestMigrateCommand::refusesTargetWithData()
{
    const QString url = serverDatabase();
    QVERIFY(!url.isEmpty());
    const Test::CliRun first = migrate(m_source, url, false);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("tickets") && first.out.contains("checksum ok") &&
                 first.out.contains("migrated "),
             first.out.constData());

    auto opened = Database::open(url);
    QVERIFY(opened);
    const QSqlDatabase pg = opened.value()->connection();
    SqliteFile file(m_source);
    const QStringList tables = dataTables(file.db());
    // A desktop already worked on the team database.
    QCOMPARE(scalar(pg,
                    QStringLiteral("UPDATE tickets SET subject = 'edited on the server' "
                                   "WHERE id = (SELECT min(id) FROM tickets) RETURNING id"),
                    {}) > 0,
             true);
    const QMap<QString, qint64> before = counts(pg, tables);

    const Test::CliRun second = migrate(m_source, url);
    QCOMPARE(second.exitCode, 3);
    QVERIFY(second.out.isEmpty());
    QVERIFY2(second.err.contains("switchboard-cli: ") && second.err.contains("300 tickets"),
             second.err.constData());
    QCOMPARE(counts(pg, tables), before);
    QCOMPARE(scalar(pg, QStringLiteral("SELECT count(*) FROM tickets "
                                       "WHERE subject = 'edited on the server'")),
             1);
}

void TestMigrateCommand::forwardReferencesWithinATable()
{
    // An old ticket linked to a newer one, an old category moved under a newer one.
    const QString moved = m_dir.filePath(QStringLiteral("moved.sqlite"));
    QVERIFY(QFile::copy(m_source, moved));
    const QString linkSql =
        QStringLiteral("SELECT linked_from FROM tickets WHERE id = (SELECT min(id) FROM tickets)");
    const QString parentSql =
        QStringLiteral("SELECT parent_id FROM article_categories WHERE id = (SELECT min(id) FROM "
                       "article_categories)");
    qint64 link = 0;
    qint64 parent = 0;
    {
        SqliteFile file(moved);
        QSqlQuery query(file.db());
        QVERIFY(query.exec(QStringLiteral("UPDATE tickets SET linked_from = (SELECT max(id) FROM "
                                          "tickets) WHERE id = (SELECT min(id) FROM tickets)")));
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE article_categories SET parent_id = (SELECT max(id) FROM article_categories) "
            "WHERE id = (SELECT min(id) FROM article_categories)")));
        link = scalar(file.db(), linkSql);
        parent = scalar(file.db(), parentSql);
    }
    QVERIFY(link > 1 && parent > 1);
    const QString url = serverDatabase();
    QVERIFY(!url.isEmpty());
    const Test::CliRun run = migrate(moved, url);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto opened = Database::open(url);
    QVERIFY(opened);
    const QSqlDatabase pg = opened.value()->connection();
    QCOMPARE(scalar(pg, linkSql), link);
    QCOMPARE(scalar(pg, parentSql), parent);
}

void TestMigrateCommand::constraintFailureLeavesTargetEmpty()
{
    // The last message points at a ticket that does not exist: SQLite
    // without foreign keys took it, PostgreSQL refuses it after tickets,
    // events and most messages were copied.
    const QString broken = demoFile(QStringLiteral("broken.sqlite"));
    QVERIFY(!broken.isEmpty());
    {
        SqliteFile file(broken);
        QSqlQuery query(file.db());
        QVERIFY2(query.exec(QStringLiteral("UPDATE messages SET ticket_id = 987654321 "
                                           "WHERE id = (SELECT max(id) FROM messages)")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    const QString url = serverDatabase();
    QVERIFY(!url.isEmpty());
    const Test::CliRun run = migrate(broken, url);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("switchboard-cli: ") && run.err.contains("messages_ticket_id_fkey"),
             run.err.constData());

    auto opened = Database::open(url);
    QVERIFY(opened);
    const QSqlDatabase pg = opened.value()->connection();
    SqliteFile file(broken);
    for (const QString& table : dataTables(file.db())) {
        const qint64 expected = table == QLatin1String("reply_templates") ? 3 : 0;
        QVERIFY2(scalar(pg, QStringLiteral("SELECT count(*) FROM %1").arg(table)) == expected,
                 qPrintable(table));
    }
    // Still usable: the fixed file then migrates into the same target.
    {
        QSqlQuery query(file.db());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM messages WHERE ticket_id = 987654321")));
    }
    const Test::CliRun retry = migrate(broken, url);
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    QCOMPARE(scalar(pg, QStringLiteral("SELECT count(*) FROM tickets")), 300);
}

void TestMigrateCommand::unreachableServerFails()
{
    const QString url = serverDatabase();
    QVERIFY(!url.isEmpty());
    QUrl wrongPort(url);
    wrongPort.setPort(1);
    const Test::CliRun run = migrate(m_source, wrongPort.toString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("switchboard-cli: cannot connect"), run.err.constData());
    // The real database was not even given a schema.
    Database::Options options;
    options.createIfMissing = false;
    auto opened = Database::open(url, options);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::NotFound);
}

void TestMigrateCommand::refusesOtherSchemaVersion()
{
    const QString older = m_dir.filePath(QStringLiteral("older.sqlite"));
    QVERIFY(QFile::copy(m_source, older));
    {
        SqliteFile file(older);
        QSqlQuery query(file.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    const QString url = serverDatabase();
    QVERIFY(!url.isEmpty());
    const Test::CliRun run = migrate(older, url);
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("schema version 7"), run.err.constData());
    // The source was not upgraded behind the user's back.
    SqliteFile file(older);
    QCOMPARE(scalar(file.db(), QStringLiteral("PRAGMA user_version")), 7);
}

void TestMigrateCommand::usageErrors()
{
    for (const QStringList& arguments :
         {QStringList{}, QStringList{QStringLiteral("--to"), m_dir.filePath(QStringLiteral("x"))},
          QStringList{QStringLiteral("--to"), QStringLiteral("postgresql://localhost/x"),
                      QStringLiteral("extra")}}) {
        const Test::CliRun run = Test::runCli(
            QStringList{QStringLiteral("--db"), m_source, QStringLiteral("migrate")} + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
    }
    const Test::CliRun help = Test::runCli({QStringLiteral("migrate"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--to"));
}

QTEST_GUILESS_MAIN(TestMigrateCommand)
#include "tst_migratecommand.moc"
