// SPDX-License-Identifier: MIT
// Team mode, the operator's view of an outage: the team database becomes
// unreachable (every backend terminated and new connections refused, as
// during a server restart), the main window says so across the top, the
// reply being typed stays in the editor, and once the server is back the
// banner goes away and the draft is stored. PostgreSQL only.
#include "common/connectionbanner.h"
#include "common/mainwindow.h"
#include "storage/databasechangewatcher.h"
#include "tempdatabase.h"
#include "ticket/replyeditor.h"
#include "ticket/ticketpane.h"
#include "tickets/draftrepository.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Switchboard;
using Switchboard::Test::TempDatabase;

namespace {

bool exec(const DatabasePtr& database, const QString& sql, qint64* value = nullptr)
{
    QSqlQuery query(database->connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    if (value)
        *value = query.next() ? query.value(0).toLongLong() : -1;
    return true;
}

} // namespace

class TestConnectionBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void outageShowsBannerKeepsAndLaterSavesTheDraft();

private:
    // The server stops taking connections and drops every one but the
    // administrator's: the app sees what a server restart looks like.
    bool startOutage();
    bool endOutage();
    bool serverExec(const QString& sql, qint64* value = nullptr);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    DatabasePtr m_admin; // the administrator's connection, kept through the outage
    QString m_databaseName;
    qint64 m_ticket = 0;
    Agent m_agent;
};

void TestConnectionBanner::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionbanner"));
}

void TestConnectionBanner::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    QVERIFY(m_temp->isPostgres());
    m_databaseName = QUrl(m_temp->path()).path().mid(1);
    auto admin = Database::open(m_temp->path());
    QVERIFY(admin);
    m_admin = admin.value();
    // Plain SQL: the test is about the connection, not the ticket services.
    qint64 customer = 0;
    QVERIFY(exec(m_admin,
                 QStringLiteral("INSERT INTO customers (name, email, created_at) VALUES ('Ann', "
                                "'ann@example.com', 1) RETURNING id"),
                 &customer));
    qint64 agent = 0;
    QVERIFY(exec(m_admin,
                 QStringLiteral("INSERT INTO agents (login, name, created_at) VALUES ('olga', "
                                "'Olga', 1) RETURNING id"),
                 &agent));
    QVERIFY(exec(m_admin,
                 QStringLiteral("INSERT INTO tickets (subject, subject_fold, channel, type, "
                                "priority, status, requester_id, assignee_id, created_at, "
                                "updated_at) VALUES ('VPN drops', 'vpn drops', 'email', 'fault', "
                                "2, 'open', %1, %2, 1, 1) RETURNING id")
                     .arg(customer)
                     .arg(agent),
                 &m_ticket));
    m_agent.id = agent;
    m_agent.login = QStringLiteral("olga");
    m_agent.name = QStringLiteral("Olga");
}

void TestConnectionBanner::cleanup()
{
    QVERIFY(endOutage());
    m_databaseName.clear();
    m_admin.reset();
    m_temp.reset();
}

// The administrator works from the server's maintenance database: a
// database cannot refuse connections while one is its own.
bool TestConnectionBanner::serverExec(const QString& sql, qint64* value)
{
    const QUrl url(TempDatabase::postgresServerUrl());
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning() << sql << query.lastError().text();
            if (ok && value)
                *value = query.next() ? query.value(0).toLongLong() : -1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

bool TestConnectionBanner::startOutage()
{
    qint64 terminated = 0;
    return serverExec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false")
                          .arg(m_databaseName)) &&
           serverExec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                     "pg_stat_activity WHERE datname = '%1'")
                          .arg(m_databaseName),
                      &terminated) &&
           terminated > 0;
}

bool TestConnectionBanner::endOutage()
{
    return m_databaseName.isEmpty() ||
           serverExec(
               QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(m_databaseName));
}

void TestConnectionBanner::outageShowsBannerKeepsAndLaterSavesTheDraft()
{
    MainWindow window(m_temp->database());
    window.changeWatcher()->setReconnectIntervalMs(200);
    window.setCurrentAgent(m_agent, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openTicket(m_ticket));
    ConnectionBanner* banner = window.connectionBanner();
    QVERIFY(banner->isHidden());

    QSignalSpy lost(window.changeWatcher(), &DatabaseChangeWatcher::connectionLost);
    QSignalSpy restored(window.changeWatcher(), &DatabaseChangeWatcher::connectionRestored);
    QVERIFY(startOutage());
    QVERIFY(lost.count() > 0 || lost.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 1000);
    QCOMPARE(banner->text(), QStringLiteral("Connection to the team database was lost. "
                                            "Reconnecting\u2026 Your draft is kept."));

    // The operator keeps typing; the draft cannot be stored, and stays.
    const QString reply = QStringLiteral("Please restart the VPN client and try again.");
    QPlainTextEdit* edit = window.ticketPane()->replyEditor()->textEdit();
    edit->setFocus();
    edit->setPlainText(reply);
    QTRY_VERIFY_WITH_TIMEOUT(window.ticketPane()->hasUnsavedDraft(), 3000);
    QCOMPARE(edit->toPlainText(), reply);
    QVERIFY(banner->isVisible());
    QCOMPARE(restored.count(), 0);

    // The server is back: banner gone, draft stored, text still there.
    QVERIFY(endOutage());
    QVERIFY(restored.wait(5000));
    QVERIFY(banner->isHidden());
    QCOMPARE(edit->toPlainText(), reply);
    QTRY_VERIFY_WITH_TIMEOUT(!window.ticketPane()->hasUnsavedDraft(), 1000);
    auto elsewhere = Database::open(m_temp->path()); // another desktop reads it
    QVERIFY(elsewhere);
    auto stored = DraftRepository(elsewhere.value()).load(m_ticket, m_agent.id);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toString()));
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->body, reply);
}

QTEST_MAIN(TestConnectionBanner)
#include "tst_connectionbanner.moc"
