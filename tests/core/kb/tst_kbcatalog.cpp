// SPDX-License-Identifier: MIT
#include "kb/articlerepository.h"
#include "kb/kbcatalog.h"
#include "kb/kbusagerepository.h"
#include "tempdatabase.h"
#include "ticketbuilder.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

QStringList titles(const QList<KbArticleSummary>& list)
{
    QStringList result;
    for (const KbArticleSummary& summary : list)
        result.append(summary.title);
    return result;
}

} // namespace

class TestKbCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void categoryTreeCountsSubcategories();
    void browsesCategoriesWithFilters();
    void summariesKeepTheAskedOrder();
    void translationsFormOneGroup();
    void dueForReview();
    void mostUsedAndLeastHelpful();

private:
    qint64 add(const QString& title, const QString& category,
               const QString& lang = QStringLiteral("en"),
               const QString& status = QStringLiteral("published"), const QDate& reviewBy = {},
               qint64 translationOf = 0);
    qint64 categoryId(const QString& path);

    TempDatabase m_db;
    FixedClock m_clock{kNowMs};
    QHash<QString, qint64> m_ids;
};

qint64 TestKbCatalog::add(const QString& title, const QString& category, const QString& lang,
                          const QString& status, const QDate& reviewBy, qint64 translationOf)
{
    ImportedArticle item;
    item.article.title = title;
    item.article.body = QStringLiteral("Text of ") + title;
    item.article.lang = lang;
    item.article.status = status;
    item.article.reviewBy = reviewBy;
    item.article.translationOf = translationOf;
    item.importKey = title;
    item.categoryPath = category;
    ArticleRepository repository(m_db.database(), m_clock);
    // Each article a little later than the one before, so "recently updated"
    // has one answer.
    m_clock.advanceMs(1000);
    auto saved = repository.saveImported({item}, false);
    if (!saved)
        return 0;
    QSqlQuery query(m_db.database()->connection());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE import_key = ?"));
    query.addBindValue(title);
    if (!query.exec() || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    m_ids.insert(title, id);
    return id;
}

qint64 TestKbCatalog::categoryId(const QString& path)
{
    auto id = ArticleRepository(m_db.database()).categoryIdByPath(path);
    return id ? id.value() : 0;
}

void TestKbCatalog::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.errorString()));
    const QDate today = QDateTime::fromMSecsSinceEpoch(kNowMs, QTimeZone::utc()).date();
    QVERIFY(add(QStringLiteral("Printer offline"), QStringLiteral("Hardware/Printers")));
    QVERIFY(add(QStringLiteral("Принтер не печатает"), QStringLiteral("Hardware/Printers"),
                QStringLiteral("ru"), QStringLiteral("published"), today.addDays(-10)));
    QVERIFY(add(QStringLiteral("Paper jam"), QStringLiteral("Hardware/Printers"),
                QStringLiteral("en"), QStringLiteral("draft"), today.addDays(-30)));
    QVERIFY(add(QStringLiteral("Router setup"), QStringLiteral("Hardware/Network"),
                QStringLiteral("en"), QStringLiteral("published"), today));
    QVERIFY(add(QStringLiteral("Laptop battery"), QStringLiteral("Hardware")));
    const qint64 original =
        add(QStringLiteral("Reset your password"), QStringLiteral("Accounts"), QStringLiteral("en"),
            QStringLiteral("published"), today.addDays(1));
    QVERIFY(original);
    QVERIFY(add(QStringLiteral("Сброс пароля"), QStringLiteral("Accounts"), QStringLiteral("ru"),
                QStringLiteral("published"), today.addDays(-1), original));
    QVERIFY(add(QStringLiteral("如何重置密码"), QStringLiteral("Accounts"), QStringLiteral("zh"),
                QStringLiteral("draft"), {}, original));
    QVERIFY(add(QStringLiteral("Uncategorised note"), QString()));
    // An empty category still shows in the tree.
    QVERIFY(add(QStringLiteral("Moved away"), QStringLiteral("Software/Office")));
    Article moved = ArticleRepository(m_db.database()).get(m_ids.value("Moved away")).value();
    moved.categoryId = 0;
    QVERIFY(ArticleRepository(m_db.database(), m_clock).update(moved).ok());
}

void TestKbCatalog::categoryTreeCountsSubcategories()
{
    auto categories = KbCatalog(m_db.database()).categories();
    QVERIFY2(categories.ok(),
             qPrintable(categories.ok() ? QString() : categories.error().toString()));
    QStringList tree;
    QHash<qint64, int> depth;
    for (const KbCategory& c : std::as_const(categories.value())) {
        depth.insert(c.id, c.parentId ? depth.value(c.parentId) + 1 : 0);
        tree.append(QStringLiteral("%1%2 %3/%4")
                        .arg(QString(depth.value(c.id) * 2, QLatin1Char(' ')), c.name)
                        .arg(c.ownArticleCount)
                        .arg(c.articleCount));
    }
    // Parents before children; siblings by name (all positions are 0).
    QCOMPARE(tree, (QStringList{
                       QStringLiteral("Accounts 3/3"),
                       QStringLiteral("Hardware 1/5"),
                       QStringLiteral("  Network 1/1"),
                       QStringLiteral("  Printers 3/3"),
                       QStringLiteral("Software 0/0"),
                       QStringLiteral("  Office 0/0"),
                   }));
    QCOMPARE(KbCatalog(m_db.database()).articleCount().value(), 10);
}

void TestKbCatalog::browsesCategoriesWithFilters()
{
    KbCatalog catalog(m_db.database());
    KbBrowseOptions options;
    options.categoryId = categoryId(QStringLiteral("Hardware"));
    options.order = KbBrowseOrder::Title;
    QCOMPARE(titles(catalog.articles(options).value()),
             (QStringList{QStringLiteral("Laptop battery"), QStringLiteral("Paper jam"),
                          QStringLiteral("Printer offline"), QStringLiteral("Router setup"),
                          QStringLiteral("Принтер не печатает")}));
    options.status = QStringLiteral("published");
    options.lang = QStringLiteral("en");
    QCOMPARE(titles(catalog.articles(options).value()),
             (QStringList{QStringLiteral("Laptop battery"), QStringLiteral("Printer offline"),
                          QStringLiteral("Router setup")}));

    KbBrowseOptions recent;
    recent.limit = 3;
    QCOMPARE(titles(catalog.articles(recent).value()),
             (QStringList{QStringLiteral("Moved away"), QStringLiteral("Uncategorised note"),
                          QStringLiteral("如何重置密码")}));
}

void TestKbCatalog::summariesKeepTheAskedOrder()
{
    const QList<qint64> ids{m_ids.value("Router setup"), 99999, m_ids.value("Paper jam")};
    auto summaries = KbCatalog(m_db.database()).summaries(ids);
    QVERIFY(summaries.ok());
    QCOMPARE(titles(summaries.value()),
             (QStringList{QStringLiteral("Router setup"), QStringLiteral("Paper jam")}));
    const KbArticleSummary& jam = summaries->at(1);
    QCOMPARE(jam.lang, QStringLiteral("en"));
    QCOMPARE(jam.status, QStringLiteral("draft"));
    QCOMPARE(jam.categoryId, categoryId(QStringLiteral("Hardware/Printers")));
    QVERIFY(jam.updatedAt > kNowMs);
    QVERIFY(jam.reviewBy.isValid());
}

void TestKbCatalog::translationsFormOneGroup()
{
    KbCatalog catalog(m_db.database());
    const qint64 original = m_ids.value("Reset your password");
    QCOMPARE(titles(catalog.translations(original).value()),
             (QStringList{QStringLiteral("Сброс пароля"), QStringLiteral("如何重置密码")}));
    QCOMPARE(titles(catalog.translations(m_ids.value("Сброс пароля")).value()),
             (QStringList{QStringLiteral("Reset your password"), QStringLiteral("如何重置密码")}));
    QVERIFY(catalog.translations(m_ids.value("Paper jam")).value().isEmpty());
}

void TestKbCatalog::dueForReview()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(kNowMs, QTimeZone::utc()).date();
    auto due = KbCatalog(m_db.database()).dueForReview(today);
    QVERIFY(due.ok());
    // Published only (the overdue draft is not listed), most overdue first,
    // today included, tomorrow not.
    QCOMPARE(titles(due.value()),
             (QStringList{QStringLiteral("Принтер не печатает"), QStringLiteral("Сброс пароля"),
                          QStringLiteral("Router setup")}));
}

void TestKbCatalog::mostUsedAndLeastHelpful()
{
    TicketBuilder builder(m_db.database());
    const CustomerId customer =
        builder.customer(QStringLiteral("Olga"), QStringLiteral("olga@example.ru"));
    const TicketId t = builder.ticket(builder.draft(QStringLiteral("Printer"), customer));
    QList<AgentId> agents;
    for (int i = 0; i < 4; ++i)
        agents.append(builder.agent(QStringLiteral("agent%1").arg(i), QStringLiteral("Agent")));
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));

    KbUsageRepository usage(m_db.database(), m_clock);
    const qint64 offline = m_ids.value("Printer offline");
    const qint64 router = m_ids.value("Router setup");
    const qint64 laptop = m_ids.value("Laptop battery");
    for (int i = 0; i < 3; ++i)
        QVERIFY(usage.recordInsert(t, router, agents.at(0), KbInsertKind::Text).ok());
    QVERIFY(usage.recordInsert(t, offline, agents.at(0), KbInsertKind::Link).ok());

    // offline: 1 of 4 not helpful; router: 2 of 3; laptop: 1 of 1, too few votes.
    for (int i = 0; i < 4; ++i)
        QVERIFY(usage.vote(offline, agents.at(i), i != 0).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(usage.vote(router, agents.at(i), i == 0).ok());
    QVERIFY(usage.vote(laptop, agents.at(0), false).ok());
    // Only helpful votes: not on the list at all.
    for (int i = 0; i < 4; ++i)
        QVERIFY(usage.vote(m_ids.value("Paper jam"), agents.at(i), true).ok());

    KbCatalog catalog(m_db.database());
    QCOMPARE(titles(catalog.mostUsed().value()),
             (QStringList{QStringLiteral("Router setup"), QStringLiteral("Printer offline")}));
    const QList<KbArticleSummary> used = catalog.mostUsed().value();
    QCOMPARE(used.first().insertCount, 3);
    QCOMPARE(titles(catalog.leastHelpful(3).value()),
             (QStringList{QStringLiteral("Router setup"), QStringLiteral("Printer offline")}));
    QCOMPARE(titles(catalog.leastHelpful(1).value()),
             (QStringList{QStringLiteral("Laptop battery"), QStringLiteral("Router setup"),
                          QStringLiteral("Printer offline")}));
    const KbArticleSummary worst = catalog.leastHelpful(3).value().first();
    QCOMPARE(worst.helpfulCount, 1);
    QCOMPARE(worst.notHelpfulCount, 2);
}

QTEST_GUILESS_MAIN(TestKbCatalog)
#include "tst_kbcatalog.moc"
