// SPDX-License-Identifier: MIT
// Team mode's knowledge-base search: the desktop's local FTS5 replica of the
// server's articles follows every change, including one committed while it
// synchronised, and fetches nothing when nothing searchable changed.
#include "kb/articlerepository.h"
#include "kb/kblocalindex.h"
#include "kb/kbsearch.h"
#include "kb/kbusagerepository.h"
#include "tempdatabase.h"
#include "tickets/ticketrepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Switchboard;
using Switchboard::Test::TempDatabase;

namespace {

QStringList titlesFor(const DatabasePtr& database, const QString& text)
{
    QStringList titles;
    auto found = KbSearch(database).search(text);
    if (!found)
        return {QStringLiteral("error: ") + found.error().toString()};
    for (const KbSearchHit& hit : std::as_const(found->hits))
        titles.append(hit.title);
    titles.sort();
    return titles;
}

Article article(const QString& title, const QString& body, const QString& lang)
{
    Article a;
    a.title = title;
    a.body = body;
    a.lang = lang;
    a.status = QStringLiteral("published");
    return a;
}

// An article inserted by another desktop's connection, inside a transaction
// the test commits when it chooses.
class OtherDesktop
{
public:
    explicit OtherDesktop(const QString& url)
    {
        auto opened = Database::open(url);
        if (opened)
            m_database = opened.value();
    }
    bool begin() { return exec(QStringLiteral("BEGIN")); }
    bool insert(const QString& title)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("INSERT INTO articles (title, body, lang, status, created_at, "
                                     "updated_at) VALUES (?, '', 'en', 'published', 0, 0)"));
        query.addBindValue(title);
        return query.exec();
    }
    bool commit() { return exec(QStringLiteral("COMMIT")); }
    bool isValid() const { return m_database != nullptr; }

private:
    bool exec(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql);
    }
    DatabasePtr m_database;
};

} // namespace

class TestKbLocalIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_folder = QDir::temp().filePath(
            QStringLiteral("sb-kb-index-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        qputenv("SWITCHBOARD_KB_INDEX_DIR", m_folder.toUtf8());
    }
    void cleanupTestCase() { QDir(m_folder).removeRecursively(); }

    void searchFollowsEditsAndDeletions()
    {
        TempDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(db.isPostgres());
        ArticleRepository articles(db.database());
        auto printer = articles.create(article(QStringLiteral("Принтер не печатает"),
                                               QStringLiteral("Проверьте кабель принтера."),
                                               QStringLiteral("ru")));
        QVERIFY(printer.ok());
        auto password = articles.create(article(QStringLiteral("如何重置密码"),
                                                QStringLiteral("打开设置，选择重置密码。"),
                                                QStringLiteral("zh")));
        QVERIFY(password.ok());
        // Inflected Russian and unspaced Chinese, as on SQLite.
        QCOMPARE(titlesFor(db.database(), QStringLiteral("принтера")),
                 QStringList{QStringLiteral("Принтер не печатает")});
        QCOMPARE(titlesFor(db.database(), QStringLiteral("重置密码")),
                 QStringList{QStringLiteral("如何重置密码")});
        // The replica is a local SQLite file in the configured folder.
        auto index = KbLocalIndex::forServer(db.database());
        QVERIFY(index.ok());
        QVERIFY(index.value()->replicaPath().startsWith(m_folder));

        Article edited = articles.get(printer.value()).value();
        edited.title = QStringLiteral("Сканер не сканирует");
        QVERIFY(articles.update(edited).ok());
        QCOMPARE(titlesFor(db.database(), QStringLiteral("сканер")),
                 QStringList{QStringLiteral("Сканер не сканирует")});
        QCOMPARE(titlesFor(db.database(), QStringLiteral("принтер")),
                 QStringList{QStringLiteral("Сканер не сканирует")}); // still in the body

        QSqlQuery remove(db.database()->connection());
        QVERIFY(remove.exec(
            QStringLiteral("DELETE FROM articles WHERE id = %1").arg(password.value())));
        remove.finish();
        QCOMPARE(titlesFor(db.database(), QStringLiteral("密码")), QStringList{});
    }

    void votesFetchNothing()
    {
        TempDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        ArticleRepository articles(db.database());
        auto id =
            articles.create(article(QStringLiteral("VPN setup"),
                                    QStringLiteral("Install the client."), QStringLiteral("en")));
        QVERIFY(id.ok());
        auto index = KbLocalIndex::forServer(db.database());
        QVERIFY(index.ok());
        QVERIFY(index.value()->synchronise(db.database()).ok());
        auto idle = index.value()->synchronise(db.database());
        QVERIFY(idle.ok());
        QVERIFY(!idle->changed);

        Agent agent;
        agent.login = QStringLiteral("mei");
        agent.name = QStringLiteral("Mei");
        TicketRepository tickets(db.database());
        auto added = tickets.addAgent(agent, 0);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QVERIFY(KbUsageRepository(db.database()).vote(id.value(), added->id, true).ok());
        auto afterVote = index.value()->synchronise(db.database());
        QVERIFY(afterVote.ok());
        QCOMPARE(afterVote->fetched, 0);
    }

    void aChangeCommittedAfterASyncIsFetchedByTheNext()
    {
        TempDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        OtherDesktop other(db.path());
        QVERIFY(other.isValid());
        QVERIFY(other.insert(QStringLiteral("Wireless keyboard pairing")));
        // Another desktop's transaction is still open while this one searches:
        // its article is not there yet, and the synchronisation does not wait.
        QVERIFY(other.begin());
        QVERIFY(other.insert(QStringLiteral("Keyboard layout switching")));
        QCOMPARE(titlesFor(db.database(), QStringLiteral("keyboard")),
                 QStringList{QStringLiteral("Wireless keyboard pairing")});
        QVERIFY(other.commit());
        QCOMPARE(titlesFor(db.database(), QStringLiteral("keyboard")),
                 (QStringList{QStringLiteral("Keyboard layout switching"),
                              QStringLiteral("Wireless keyboard pairing")}));
    }

private:
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestKbLocalIndex)
#include "tst_kblocalindex.moc"
