// SPDX-License-Identifier: MIT
#include "common/clock.h"
#include "kb/articlebulkwriter.h"
#include "kb/kbsearch.h"
#include "tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestArticleBulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void bulkIndexIsSearchableAndSettingsKept();
};

void TestArticleBulkWriter::bulkIndexIsSearchableAndSettingsKept()
{
    TempDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorString()));
    const FixedClock clock(1'700'000'000'000);
    QList<ImportedArticle> items;
    auto add = [&](const QString& title, const QString& body, const QString& lang) {
        ImportedArticle item;
        item.article.title = title;
        item.article.body = body;
        item.article.lang = lang;
        item.article.status = QStringLiteral("published");
        items.append(item);
    };
    add(QStringLiteral("Принтер не печатает"),
        QStringLiteral("Проверьте, что принтеры включены, и don't panic."), QStringLiteral("ru"));
    add(QStringLiteral("如何重置我的密码"), QStringLiteral("打开设置，选择重置密码。"),
        QStringLiteral("zh"));
    add(QStringLiteral("Printing problems"),
        QStringLiteral("Update the driver to version 3.14 first."), QStringLiteral("en"));
    auto written = ArticleBulkWriter(db.database(), clock).create(items);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QCOMPARE(written->ids.size(), 3);

    // The index holds what the trigger would have indexed.
    KbSearch search(db.database());
    for (const auto& [query, index] :
         {std::pair{QStringLiteral("принтера"), 0}, std::pair{QStringLiteral("重置密码"), 1},
          std::pair{QStringLiteral("printed"), 2}, std::pair{QStringLiteral("3.14"), 2}}) {
        auto found = search.search(query);
        QVERIFY2(found.ok(), qPrintable(query));
        QVERIFY2(!found->hits.isEmpty(), qPrintable(query));
        QCOMPARE(found->hits.first().id, written->ids.at(index));
    }

    QSqlQuery sql(db.database()->connection());
    QVERIFY2(sql.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES "
                                     "('integrity-check', 1)")),
             qPrintable(sql.lastError().text()));
    // The larger buffer was for the rebuild only: the table's settings are
    // as the migration left them.
    QVERIFY(sql.exec(QStringLiteral("SELECT count(*) FROM articles_fts_config WHERE k = "
                                    "'hashsize'")));
    QVERIFY(sql.next());
    QCOMPARE(sql.value(0).toInt(), 0);
    // The insert trigger is back: a later article is indexed on its own.
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO articles (title, body, lang, status, "
                                    "created_at, updated_at) VALUES ('Сканер', 'Сканеры "
                                    "сканируют', 'ru', 'published', 0, 0)")));
    auto later = search.search(QStringLiteral("сканер"));
    QVERIFY(later.ok());
    QCOMPARE(later->hits.size(), 1);
}

QTEST_GUILESS_MAIN(TestArticleBulkWriter)
#include "tst_articlebulkwriter.moc"
