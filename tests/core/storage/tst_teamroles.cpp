// SPDX-License-Identifier: MIT
// The team server set up as README ("Team mode") says: an owner role that
// migrates, docs/team-roles.sql run as the owner, and an operator role that
// works tickets and searches the knowledge base but cannot change the schema.
#include "kb/articlerepository.h"
#include "kb/kbsearch.h"
#include "storage/database.h"
#include "tempdatabase.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Switchboard;
using Switchboard::Test::TempDatabase;

namespace {

// Runs statements as the test server's superuser in the given database.
bool asSuperuser(const QString& databaseName, const QStringList& statements, QString* error)
{
    QUrl url(TempDatabase::postgresServerUrl());
    const QString name = QStringLiteral("sb-roles-%1").arg(QUuid::createUuid().toString());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(databaseName);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok)
                *error = statement + QStringLiteral(": ") + query.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString urlAs(const QString& user, const QString& databaseName)
{
    QUrl url(TempDatabase::postgresServerUrl());
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_owner = QStringLiteral("sb_owner_") + suffix;
        m_team = QStringLiteral("sb_team_") + suffix;
        m_operator = QStringLiteral("sb_op_") + suffix;
        m_database = QStringLiteral("sb_roles_") + suffix;
        QString error;
        QVERIFY2(
            asSuperuser(QStringLiteral("postgres"),
                        {QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_owner),
                         QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(m_team),
                         QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(m_operator, m_team),
                         QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' "
                                        "TEMPLATE template0")
                             .arg(m_database, m_owner)},
                        &error),
            qPrintable(error));
    }

    void cleanupTestCase()
    {
        QString error;
        asSuperuser(QStringLiteral("postgres"),
                    {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_operator),
                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_team),
                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_owner)},
                    &error);
    }

    void ownerMigratesAndOperatorWorks()
    {
        // The owner's first start creates the schema (pg_trgm included: a
        // trusted extension the database owner may create).
        {
            auto owner = Database::open(urlAs(m_owner, m_database));
            QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().toString()));
            QFile script(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/docs/team-roles.sql"));
            QVERIFY(script.open(QIODevice::ReadOnly));
            QString sql = QString::fromUtf8(script.readAll());
            sql.replace(QStringLiteral("switchboard_owner"), m_owner);
            sql.replace(QStringLiteral("switchboard_team"), m_team);
            QSqlQuery query(owner.value()->connection());
            for (QString statement : sql.split(QLatin1Char(';'))) {
                QStringList lines;
                for (const QString& line : statement.split(QLatin1Char('\n'))) {
                    if (!line.trimmed().startsWith(QLatin1String("--")))
                        lines.append(line);
                }
                statement = lines.join(QLatin1Char('\n')).trimmed();
                if (!statement.isEmpty())
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            Agent anna;
            anna.login = QStringLiteral("anna");
            anna.name = QStringLiteral("Анна Смирнова");
            QVERIFY(TicketRepository(owner.value()).addAgent(anna, 0).ok());
        }

        auto opened = Database::open(urlAs(m_operator, m_database));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        const DatabasePtr database = opened.value();
        TicketService service(database);
        NewTicketRequest request;
        request.subject = QStringLiteral("Принтер не печатает");
        request.requesterEmail = QStringLiteral("olga@example.org");
        request.body = QStringLiteral("Горит красная лампа.");
        auto created = service.create(request);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        QVERIFY(service.claim(created->id, QStringLiteral("anna")).ok());
        ReplyRequest reply;
        reply.agent = QStringLiteral("anna");
        reply.body = QStringLiteral("Проверьте картридж.");
        auto replied = service.reply(created->id, reply);
        QVERIFY2(replied.ok(), qPrintable(replied.ok() ? QString() : replied.error().toString()));
        QVERIFY(
            service.setStatus(created->id, TicketStatus::Resolved, QStringLiteral("anna")).ok());

        Article article;
        article.title = QStringLiteral("Принтер не печатает");
        article.body = QStringLiteral("Замените картридж принтера.");
        article.lang = QStringLiteral("ru");
        QVERIFY(ArticleRepository(database).create(article).ok());
        auto found = KbSearch(database).search(QStringLiteral("принтера"));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE(found->hits.size(), 1);

        // The schema is the owner's alone.
        QSqlQuery query(database->connection());
        QVERIFY(!query.exec(QStringLiteral("CREATE TABLE mine (id int)")));
        QVERIFY(!query.exec(QStringLiteral("DROP TABLE tickets")));
    }

private:
    QString m_owner;
    QString m_team;
    QString m_operator;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
