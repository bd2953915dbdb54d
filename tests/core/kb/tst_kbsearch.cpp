// SPDX-License-Identifier: MIT
#include "kb/articlerepository.h"
#include "kb/kblocalindex.h"
#include "kb/kbsearch.h"
#include "kb/kbtokenizer.h"
#include "tempdatabase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

struct Fixture
{
    const char* key;
    const char* title;
    const char* body;
    const char* lang;
    const char* status;
};

// Small on purpose: tests check which rows come back and in what order,
// never bm25 values (near zero on tiny corpora).
const Fixture kArticles[] = {
    {"printer-title", "Printer does not print", "If it shows an error, restart it.", "en",
     "published"},
    {"printer-body", "Network settings",
     "The printer can also be reached over the network. Configure the router first.", "en",
     "published"},
    {"printer-ru", "Принтер не печатает", "Перезапустите принтер и проверьте картридж.", "ru",
     "published"},
    {"password-zh", "如何重置我的密码", "打开设置，点击重置密码。", "zh", "published"},
    {"password-en", "Reset your password", "Open settings and click reset password.", "en",
     "draft"},
    {"password-ru", "Сброс пароля", "Откройте настройки и сбросьте пароль.", "ru", "archived"},
    {"phrase", "Paper jam", "Remove the jammed paper, then the printer resets itself.", "en",
     "published"},
    {"scattered", "Maintenance", "Before the reset, unplug the printer.", "en", "published"},
    {"network-body", "Router guide",
     "Network printer: the network printer needs the network settings of the printer.", "en",
     "published"},
};

} // namespace

class TestKbSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void syntaxIsText_data();
    void syntaxIsText();
    void typoCorrection();
    void noTypoCorrectionWhenFound();
    void snippetHighlights();
    void everyHitHasASnippet();
    void shortPageKeepsTheOrder();
    void rankingEqualsTierSql_data();
    void rankingEqualsTierSql();
    void chineseQuestionWithLoneCharacter();
    void updateReindexesAndKeepsRevisions();
    void categoryAndTagFilters();
    void revisionsRestore();

private:
    QStringList search(const QString& text, const KbSearchOptions& options = {});

    TempDatabase m_db;
    QHash<qint64, QString> m_keys;
    QHash<QString, qint64> m_ids;
};

void TestKbSearch::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.errorString()));
    ArticleRepository repository(m_db.database());
    for (const Fixture& f : kArticles) {
        Article article;
        article.title = QString::fromUtf8(f.title);
        article.body = QString::fromUtf8(f.body);
        article.lang = QString::fromLatin1(f.lang);
        article.status = QString::fromLatin1(f.status);
        auto id = repository.create(article);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        m_keys.insert(id.value(), QString::fromLatin1(f.key));
        m_ids.insert(QString::fromLatin1(f.key), id.value());
    }
}

QStringList TestKbSearch::search(const QString& text, const KbSearchOptions& options)
{
    auto result = KbSearch(m_db.database()).search(text, options);
    if (!result)
        return {QStringLiteral("error: ") + result.error().toString()};
    QStringList keys;
    for (const KbSearchHit& hit : std::as_const(result->hits))
        keys.append(m_keys.value(hit.id));
    return keys;
}

void TestKbSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("prefix");
    // Keys starting with '*' may come back in any order among themselves.
    QTest::addColumn<QStringList>("expected");
    const QString any;
    QTest::newRow("title beats body")
        << QStringLiteral("printer") << QStringLiteral("en") << any << false
        << QStringList{QStringLiteral("printer-title"), QStringLiteral("*printer-body"),
                       QStringLiteral("*phrase"), QStringLiteral("*scattered"),
                       QStringLiteral("*network-body")};
    QTest::newRow("all terms in title first")
        << QStringLiteral("network settings") << QStringLiteral("en") << any << false
        << QStringList{QStringLiteral("printer-body"), QStringLiteral("network-body")};
    QTest::newRow("russian inflection, language filter")
        << QStringLiteral("принтера") << QStringLiteral("ru") << any << false
        << QStringList{QStringLiteral("printer-ru")};
    QTest::newRow("chinese unspaced") << QStringLiteral("重置密码") << any << any << false
                                      << QStringList{QStringLiteral("password-zh")};
    QTest::newRow("chinese two characters") << QStringLiteral("密码") << any << any << false
                                            << QStringList{QStringLiteral("password-zh")};
    QTest::newRow("status filter excludes draft")
        << QStringLiteral("password") << any << QStringLiteral("published") << false
        << QStringList{};
    QTest::newRow("status filter keeps draft")
        << QStringLiteral("reset password") << any << QStringLiteral("draft") << false
        << QStringList{QStringLiteral("password-en")};
    QTest::newRow("prefix while typing") << QStringLiteral("configure rou") << any << any << true
                                         << QStringList{QStringLiteral("printer-body")};
    QTest::newRow("no prefix when typing is done")
        << QStringLiteral("configure rou") << any << any << false
        << QStringList{QStringLiteral("printer-body")}; // found by the OR fallback only
    QTest::newRow("short last word while typing is left out")
        << QStringLiteral("configure r") << any << any << true
        << QStringList{QStringLiteral("printer-body")};
    QTest::newRow("short last word that is a word counts")
        << QStringLiteral("printer it") << QStringLiteral("en") << any << true
        << QStringList{QStringLiteral("printer-title")};
    QTest::newRow("prefix of a russian word") << QStringLiteral("карт") << any << any << true
                                              << QStringList{QStringLiteral("printer-ru")};
    QTest::newRow("exact phrase first")
        << QStringLiteral("printer resets") << QStringLiteral("en") << any << false
        << QStringList{QStringLiteral("phrase"), QStringLiteral("scattered")};
    QTest::newRow("nothing") << QStringLiteral("zebra") << any << any << false << QStringList{};
}

void TestKbSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QString, lang);
    QFETCH(QString, status);
    QFETCH(bool, prefix);
    QFETCH(QStringList, expected);
    KbSearchOptions options;
    options.lang = lang;
    options.status = status;
    options.prefixLastWord = prefix;
    QStringList actual = search(query, options);
    const qsizetype ordered =
        std::count_if(expected.cbegin(), expected.cend(),
                      [](const QString& k) { return !k.startsWith(QLatin1Char('*')); });
    for (QString& key : expected)
        key.remove(0, key.startsWith(QLatin1Char('*')) ? 1 : 0);
    if (actual.size() == expected.size()) {
        std::sort(actual.begin() + ordered, actual.end());
        std::sort(expected.begin() + ordered, expected.end());
    }
    QCOMPARE(actual, expected);
}

void TestKbSearch::syntaxIsText_data()
{
    QTest::addColumn<QString>("query");
    const QStringList queries = {
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("\""),
        QStringLiteral("\"printer"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("*"),
        QStringLiteral(":"),
        QStringLiteral("-"),
        QStringLiteral("printer AND"),
        QStringLiteral("NOT printer"),
        QStringLiteral("title:printer"),
        QStringLiteral("-printer"),
        QStringLiteral("printer*"),
        QStringLiteral("NEAR(printer paper)"),
        QStringLiteral("^printer"),
        QStringLiteral("{title body}: printer"),
        QStringLiteral("+"),
        QStringLiteral("printer OR"),
        QStringLiteral("'"),
        QStringLiteral("\"\"\""),
    };
    for (const QString& q : queries)
        QTest::newRow(qPrintable(QStringLiteral("query %1").arg(q))) << q;
}

void TestKbSearch::syntaxIsText()
{
    QFETCH(QString, query);
    auto result = KbSearch(m_db.database()).search(query);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    // Operator words are searched as words; where the query names the
    // printer, the printer articles come back.
    if (query.contains(QStringLiteral("printer")))
        QVERIFY(!result->hits.isEmpty());
}

void TestKbSearch::typoCorrection()
{
    auto result = KbSearch(m_db.database()).search(QStringLiteral("pinter"));
    QVERIFY(result.ok());
    QVERIFY(!result->hits.isEmpty());
    QCOMPARE(m_keys.value(result->hits.first().id), QStringLiteral("printer-title"));
    QCOMPARE(result->correctedQuery, QStringLiteral("printer"));
    QVERIFY2(result->notice.contains(QStringLiteral("printer")), qPrintable(result->notice));

    auto russian = KbSearch(m_db.database()).search(QStringLiteral("картиридж"));
    QVERIFY(russian.ok());
    QCOMPARE(russian->hits.size(), 1);
    QVERIFY(!russian->notice.isEmpty());
}

void TestKbSearch::noTypoCorrectionWhenFound()
{
    auto result = KbSearch(m_db.database()).search(QStringLiteral("printer"));
    QVERIFY(result.ok());
    QVERIFY(result->correctedQuery.isEmpty());
    QVERIFY(result->notice.isEmpty());
}

void TestKbSearch::snippetHighlights()
{
    KbSearchOptions options;
    options.lang = QStringLiteral("ru");
    auto result = KbSearch(m_db.database()).search(QStringLiteral("картриджа"), options);
    QVERIFY(result.ok());
    QCOMPARE(result->hits.size(), 1);
    QVERIFY2(result->hits.first().snippet.contains(QStringLiteral("[картридж]")),
             qPrintable(result->hits.first().snippet));
    QCOMPARE(result->hits.first().lang, QStringLiteral("ru"));
    QCOMPARE(result->hits.first().title, QStringLiteral("Принтер не печатает"));
}

void TestKbSearch::everyHitHasASnippet()
{
    KbSearchOptions options;
    options.lang = QStringLiteral("en");
    auto result = KbSearch(m_db.database()).search(QStringLiteral("netw"), options);
    QVERIFY(result.ok());
    QCOMPARE(result->hits.size(), 2);
    for (const KbSearchHit& hit : std::as_const(result->hits))
        QVERIFY2(hit.snippet.contains(QStringLiteral("[network]"), Qt::CaseInsensitive),
                 qPrintable(hit.snippet));
}

void TestKbSearch::shortPageKeepsTheOrder()
{
    // Only the tiers that fill a page are ranked: a short page must still be
    // the start of the full ranking.
    KbSearchOptions options;
    options.lang = QStringLiteral("en");
    options.prefixLastWord = false;
    const QStringList full = search(QStringLiteral("printer"), options);
    QCOMPARE(full.size(), 5);
    QCOMPARE(full.first(), QStringLiteral("printer-title"));
    for (int limit = 1; limit <= 5; ++limit) {
        options.limit = limit;
        QCOMPARE(search(QStringLiteral("printer"), options), full.mid(0, limit));
    }
    options.limit = 10;
    const QStringList phrase = search(QStringLiteral("printer resets"), options);
    options.limit = 1;
    QCOMPARE(search(QStringLiteral("printer resets"), options), phrase.mid(0, 1));
}

void TestKbSearch::rankingEqualsTierSql_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("prefix");
    // The AND of the words unless noted.
    QTest::newRow("one word: title beats body, ties by rowid")
        << QStringLiteral("printer") << false;
    QTest::newRow("two words: every tier") << QStringLiteral("printer reset") << false;
    QTest::newRow("prefix of the last word") << QStringLiteral("printer res") << true;
    QTest::newRow("three words") << QStringLiteral("reset printer queue") << false;
    QTest::newRow("russian") << QStringLiteral("сброс принтера") << false;
    QTest::newRow("chinese bigram phrases") << QStringLiteral("打印机无法连接") << false;
    QTest::newRow("or fallback, bm25 only") << QStringLiteral("printer zebra") << false;
}

// kb_rank computes the tiers and bm25 in one pass over each row's term
// positions; this is the SQL it replaced (a full FTS5 query per tier and
// bm25()). The order, and the scores to the last bit, must be the same,
// for every page size (short pages skip bm25 below the tiers that fill them).
void TestKbSearch::rankingEqualsTierSql()
{
    QFETCH(QString, query);
    QFETCH(bool, prefix);
    TempDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorString()));
    ArticleRepository repository(db.database());
    const QString filler = QStringLiteral(
        "The queue of this office, the router, the scanner and the screen, described in detail "
        "with more words than the others have, so that the length of an article matters. ");
    struct Text
    {
        const char* title;
        QString body;
    };
    const QList<Text> texts = {
        {"Printer reset", QStringLiteral("Hold the button.")},                    // tiers 3
        {"Reset the office printer", QStringLiteral("Hold the button.")},         // 2
        {"Reset the office printer", QStringLiteral("Hold the button.")},         // 2, tie
        {"Office hardware", QStringLiteral("A printer reset clears the queue.")}, // 1
        {"Office hardware", filler + QStringLiteral("printer reset, printer reset, printer.")},
        {"Office hardware", QStringLiteral("Reset it; the printer then restarts.")}, // 0
        {"Office hardware", QStringLiteral("Reset it; the printer then restarts.")}, // 0, tie
        {"Printer", filler + QStringLiteral("reset queue printer queue reset")},
        {"Printer", QStringLiteral("Nothing else.")},
        {"Printer queue", QStringLiteral("reset the printer queue, then reset printer queue")},
        {"Network", filler + QStringLiteral("printer printer printer printer printer")},
        {"Сброс принтера", QStringLiteral("Как сбросить принтер.")},
        {"Принтер", QStringLiteral("Сброс принтера и очереди. Принтеры сбрасывают очередь.")},
        {"打印机无法连接", QStringLiteral("检查打印机的网络设置。")},
        {"网络", QStringLiteral("打印机无法连接时，重启。无法连接打印机。")},
        {"无法连接网络", QStringLiteral("打印文件时断开。")},
    };
    // Every third one in another language, for a filtered search.
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Article article;
        article.title = QString::fromUtf8(texts.at(i).title);
        article.body = texts.at(i).body;
        article.lang = i % 3 == 2 ? QStringLiteral("ru") : QStringLiteral("en");
        QVERIFY(repository.create(article).ok());
    }
    // Enough other articles that the words are rare (a positive idf).
    for (int i = 0; i < 40; ++i) {
        Article article;
        article.title = QStringLiteral("Mail %1").arg(i);
        article.body = QStringLiteral("Mailbox quota and signatures, part %1.").arg(i);
        article.lang = QStringLiteral("en");
        QVERIFY(repository.create(article).ok());
    }

    const QList<KbQueryTerm> terms = kbQueryTerms(query);
    QVERIFY(!terms.isEmpty());
    QString match = KbSearch::matchAll(terms, prefix);
    QStringList tokens;
    for (const KbQueryTerm& term : terms)
        tokens.append(term.tokens);
    const QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
    // One token is no phrase.
    QString tier =
        QStringLiteral(
            "((f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :title)) * 2 + "
            "(%1 AND f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH "
            ":phrase)))")
            .arg(tokens.size() > 1 ? 1 : 0);
    auto index = KbLocalIndex::searchDatabase(db.database());
    QVERIFY(index.ok());
    QSqlQuery sql(index.value()->connection());
    QVERIFY(sql.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts "
                                       "MATCH ?")));
    sql.addBindValue(match);
    QVERIFY(sql.exec() && sql.next());
    if (sql.value(0).toInt() == 0) {
        // What search() falls back to: any of the words, bm25 alone.
        match = tokens.join(QLatin1String(" OR "));
        tier = QStringLiteral("0");
    }
    sql.finish();
    // Unfiltered, then only English: rows a filter drops must not count for
    // the page.
    for (const QString& lang : {QString(), QStringLiteral("en")}) {
        QVERIFY(sql.prepare(
            QStringLiteral("SELECT f.rowid, bm25(articles_fts, 10.0, 1.0) AS rank, %1 AS tier "
                           "FROM articles_fts AS f JOIN articles AS a ON a.id = f.rowid "
                           "WHERE articles_fts MATCH :match AND (:lang = '' OR a.lang = :lang) "
                           "ORDER BY tier DESC, rank, f.rowid")
                .arg(tier)));
        sql.bindValue(QStringLiteral(":match"), match);
        sql.bindValue(QStringLiteral(":lang"), lang.isNull() ? QStringLiteral("") : lang);
        if (tier != QStringLiteral("0")) {
            sql.bindValue(QStringLiteral(":title"), QStringLiteral("title : (%1)").arg(match));
            sql.bindValue(QStringLiteral(":phrase"), phrase);
        }
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        QList<std::pair<qint64, double>> expected;
        QSet<int> tiers;
        while (sql.next()) {
            expected.append({sql.value(0).toLongLong(),
                             -sql.value(1).toDouble() + sql.value(2).toInt() * 1000.0});
            tiers.insert(sql.value(2).toInt());
        }
        sql.finish();
        QVERIFY(expected.size() >= (lang.isEmpty() ? 2 : 1));
        if (query == QStringLiteral("printer reset") && lang.isEmpty())
            QCOMPARE(tiers, (QSet<int>{0, 1, 2, 3}));

        for (int limit : {1, 2, 3, 5, 100}) {
            KbSearchOptions options;
            options.prefixLastWord = prefix;
            options.limit = limit;
            options.lang = lang;
            auto result = KbSearch(db.database()).search(query, options);
            QVERIFY(result.ok());
            QList<std::pair<qint64, double>> actual;
            for (const KbSearchHit& hit : std::as_const(result->hits))
                actual.append({hit.id, hit.score});
            // Exact: the same bm25, not merely the same order.
            QCOMPARE(actual, expected.mid(0, limit));
        }
    }
}

void TestKbSearch::chineseQuestionWithLoneCharacter()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    ArticleRepository repository(db.database());
    Article printer;
    printer.title = QStringLiteral("网络打印机无法连接怎么办");
    printer.body = QStringLiteral("检查打印机的网络设置。");
    printer.lang = QStringLiteral("zh");
    auto printerId = repository.create(printer);
    QVERIFY(printerId.ok());
    // Has every word but 打印机: the lone 机 must not be dropped or make the
    // question fall back to any of its words.
    Article other;
    other.title = QStringLiteral("无法连接网络");
    other.body = QStringLiteral("打印文件时断开。");
    other.lang = QStringLiteral("zh");
    QVERIFY(repository.create(other).ok());
    KbSearchOptions options;
    options.prefixLastWord = false;
    auto result = KbSearch(db.database()).search(QStringLiteral("打印机无法连接"), options);
    QVERIFY(result.ok());
    QCOMPARE(result->hits.size(), 1);
    QCOMPARE(result->hits.first().id, printerId.value());
    QVERIFY(result->notice.isEmpty());
}

void TestKbSearch::updateReindexesAndKeepsRevisions()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    ArticleRepository repository(db.database());
    Article article;
    article.title = QStringLiteral("Scanner");
    article.body = QStringLiteral("Old text about faxes.");
    auto id = repository.create(article);
    QVERIFY(id.ok());
    auto stored = repository.get(id.value());
    QVERIFY(stored.ok());
    stored->body = QStringLiteral("New text about scanners.");
    QVERIFY(repository.update(stored.value()).ok());
    QCOMPARE(repository.revisionCount(id.value()).value(), 2);

    KbSearch search(db.database());
    KbSearchOptions exact;
    exact.prefixLastWord = false;
    QCOMPARE(search.search(QStringLiteral("faxes"), exact)->hits.size(), 0);
    QCOMPARE(search.search(QStringLiteral("scanners"), exact)->hits.size(), 1);

    stored->id = id.value() + 100;
    QCOMPARE(repository.update(stored.value()).error().kind, ErrorKind::NotFound);
}

void TestKbSearch::categoryAndTagFilters()
{
    TempDatabase db;
    ArticleRepository repository(db.database());
    ImportedArticle printer;
    printer.article.title = QStringLiteral("Printer offline");
    printer.article.tags = QStringLiteral("printer,network");
    printer.categoryPath = QStringLiteral("Hardware/Printers");
    ImportedArticle scanner;
    scanner.article.title = QStringLiteral("Printer and scanner");
    scanner.article.tags = QStringLiteral("scanner");
    scanner.categoryPath = QStringLiteral("Hardware");
    ImportedArticle other;
    other.article.title = QStringLiteral("Printer invoices");
    other.article.tags = QStringLiteral("network");
    other.categoryPath = QStringLiteral("Billing");
    QVERIFY(repository.saveImported({printer, scanner, other}, false).ok());
    const auto titles = [&](const KbSearchOptions& options) {
        QStringList list;
        auto result = KbSearch(db.database()).search(QStringLiteral("printer"), options);
        if (!result)
            return QStringList{result.error().toString()};
        for (const KbSearchHit& hit : std::as_const(result->hits))
            list.append(hit.title);
        list.sort();
        return list;
    };
    KbSearchOptions options;
    options.categoryPath = QStringLiteral("Hardware");
    QCOMPARE(titles(options), (QStringList{QStringLiteral("Printer and scanner"),
                                           QStringLiteral("Printer offline")}));
    options.categoryPath = QStringLiteral("Hardware/Printers");
    QCOMPARE(titles(options), QStringList{QStringLiteral("Printer offline")});
    options.categoryPath.clear();
    options.tag = QStringLiteral("network");
    QCOMPARE(titles(options),
             (QStringList{QStringLiteral("Printer invoices"), QStringLiteral("Printer offline")}));
    options.categoryPath = QStringLiteral("Hardware");
    QCOMPARE(titles(options), QStringList{QStringLiteral("Printer offline")});
    options.categoryPath = QStringLiteral("Nowhere");
    auto missing = KbSearch(db.database()).search(QStringLiteral("printer"), options);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestKbSearch::revisionsRestore()
{
    TempDatabase db;
    ArticleRepository repository(db.database());
    Article article;
    article.title = QStringLiteral("First title");
    article.body = QStringLiteral("one\ntwo");
    auto id = repository.create(article);
    QVERIFY(id.ok());
    article = repository.get(id.value()).value();
    article.title = QStringLiteral("Second title");
    article.body = QStringLiteral("one\nthree");
    QVERIFY(repository.update(article).ok());

    auto list = repository.revisions(id.value());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).title, QStringLiteral("First title"));
    QCOMPARE(list->at(1).body, QStringLiteral("one\nthree"));
    QCOMPARE(repository.revision(list->at(0).id).value().body, QStringLiteral("one\ntwo"));

    QVERIFY(repository.restoreRevision(list->at(0).id).ok());
    const Article restored = repository.get(id.value()).value();
    QCOMPARE(restored.title, QStringLiteral("First title"));
    QCOMPARE(restored.body, QStringLiteral("one\ntwo"));
    QCOMPARE(repository.revisionCount(id.value()).value(), 3);
    QCOMPARE(KbSearch(db.database()).search(QStringLiteral("first")).value().hits.size(), 1);
    QCOMPARE(repository.restoreRevision(999).error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestKbSearch)
#include "tst_kbsearch.moc"
