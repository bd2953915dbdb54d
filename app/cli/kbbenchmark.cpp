// SPDX-License-Identifier: MIT
#include "kbbenchmark.h"

#include "benchsamples.h"
#include "clitr.h"
#include "progressprinter.h"

#include "common/clock.h"
#include "common/logging.h"
#include "demo/demoarticlegenerator.h"
#include "kb/articlebulkwriter.h"
#include "kb/kbsearch.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Switchboard::Cli {
namespace {

// A question as a user types it into the knowledge base, and the tag of the
// articles that answer it.
struct Question
{
    const char16_t* text;
    const char* tag;
};

// Natural questions, not keywords: inflected Russian, unspaced Chinese,
// English paraphrases of the titles.
const Question kQuestions[] = {
    {u"не печатает принтер", "printer"},
    {u"принтер печатает пустые листы", "printer"},
    {u"замятие бумаги в принтере", "printer"},
    {u"как переустановить драйвер принтера", "printer"},
    {u"сброс пароля", "password"},
    {u"забыл пароль от личного кабинета", "password"},
    {u"не приходит письмо для сброса пароля", "password"},
    {u"как включить двухфакторную аутентификацию", "password"},
    {u"не подключается vpn", "vpn"},
    {u"vpn отключается на ноутбуке", "vpn"},
    {u"внутренние сайты не открываются через VPN", "vpn"},
    {u"как настроить почту на телефоне", "email"},
    {u"почтовый ящик переполнен", "email"},
    {u"копия счёта", "invoice"},
    {u"как изменить реквизиты в счёте", "invoice"},
    {u"как отменить заказ", "order"},
    {u"где мой заказ", "delivery"},
    {u"посылка пришла повреждённой", "delivery"},
    {u"учётная запись заблокирована", "account"},
    {u"почему медленный wi-fi", "wifi"},
    {u"как перезагрузить роутер", "wifi"},
    {u"когда вернут деньги за возврат", "refund"},
    {u"вернуть товар", "refund"},
    {u"重置密码", "password"},
    {u"忘记密码怎么办", "password"},
    {u"收不到重置密码邮件", "password"},
    {u"打印机无法连接", "printer"},
    {u"打印机卡纸", "printer"},
    {u"打印机打印空白页", "printer"},
    {u"如何安装打印机驱动", "printer"},
    {u"VPN连接不上", "vpn"},
    {u"VPN经常断开", "vpn"},
    {u"手机设置邮箱", "email"},
    {u"邮箱满了", "email"},
    {u"发票副本", "invoice"},
    {u"怎么取消订单", "order"},
    {u"修改订单", "order"},
    {u"查询物流", "delivery"},
    {u"包裹损坏", "delivery"},
    {u"账户被锁定", "account"},
    {u"注销账户", "account"},
    {u"无线网络很慢", "wifi"},
    {u"重启路由器", "wifi"},
    {u"退款什么时候到账", "refund"},
    {u"如何退货", "refund"},
    {u"how do I reset my password", "password"},
    {u"forgot my password", "password"},
    {u"password reset email not received", "password"},
    {u"printer not printing", "printer"},
    {u"printer prints blank pages", "printer"},
    {u"paper jam", "printer"},
    {u"install printer driver", "printer"},
    {u"vpn keeps disconnecting", "vpn"},
    {u"cannot open internal sites on vpn", "vpn"},
    {u"set up email on my phone", "email"},
    {u"mailbox full", "email"},
    {u"recover deleted email", "email"},
    {u"where can I download my invoice", "invoice"},
    {u"cancel my order", "order"},
    {u"change order after placing it", "order"},
    {u"track my parcel", "delivery"},
    {u"delivery is late", "delivery"},
    {u"account locked", "account"},
    {u"delete my account", "account"},
    {u"wifi is slow", "wifi"},
    {u"restart router", "wifi"},
    {u"when will I get my refund", "refund"},
    {u"return a faulty item", "refund"},
};

// Typed letter by letter into the knowledge view's search field.
const char16_t* const kTyped[] = {
    u"принтер не печатает", u"сброс пароля", u"доставка заказа",      u"重置密码",
    u"打印机卡纸",          u"退款",         u"printer not printing", u"reset password",
    u"vpn disconnects",
};

// As the CLI searches (kb search): the whole question, ten results.
constexpr int kCliLimit = 10;
// As the knowledge view searches while typing (KnowledgeView's kSearchLimit).
constexpr int kAppLimit = 50;
constexpr int kRelevantRank = 3;

// The stock tokenizer's query: any of the words as typed, each quoted so
// nothing in them is FTS5 syntax.
QString stockMatch(const QString& question)
{
    QStringList words;
    for (QString word : question.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        words << QLatin1Char('"') + word + QLatin1Char('"');
    }
    return words.join(QLatin1String(" OR "));
}

bool hasTag(const QString& tags, const QString& tag)
{
    return tags.split(QLatin1Char(',')).contains(tag);
}

struct Figures
{
    qint64 articles = 0;
    QHash<QString, qint64> byLanguage;
    qint64 translations = 0;
    qint64 words = 0;
    double generationS = 0;
    double rowsS = 0;
    double indexS = 0;
    double stockIndexS = 0;
    double databaseMb = 0;
    double stockDatabaseMb = 0;
    BenchSamples questions;
    BenchSamples questionsAgain;
    BenchSamples typing;
    BenchSamples stockQuestions;
    int questionCount = 0;
    int found = 0;
    int relevant = 0;
    int stockFound = 0;
    int stockRelevant = 0;
};

// The stock index: a plain FTS5 table over title and body with the default
// unicode61 tokenizer, filled in one transaction, rowids as in ours.
Result<double> buildStockIndex(const DatabasePtr& database, const QList<ImportedArticle>& items,
                               const QList<qint64>& ids)
{
    QSqlDatabase db = database->connection();
    sqlite3* handle = sqliteHandle(db);
    auto create = SqliteStatement::prepare(
        handle, QStringLiteral("CREATE VIRTUAL TABLE stock_fts USING fts5 (title, body, "
                               "tokenize = 'unicode61')"));
    if (!create)
        return create.error();
    if (Status status = create->execute(); !status)
        return status.error();
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(db, Transaction::Mode::Immediate);
    auto insert = SqliteStatement::prepare(
        handle, QStringLiteral("INSERT INTO stock_fts (rowid, title, body) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < items.size(); ++i) {
        insert->bind(1, ids.at(i));
        insert->bind(2, items.at(i).article.title);
        insert->bind(3, items.at(i).article.body);
        if (Status status = insert->execute(); !status)
            return status.error();
    }
    const double ms = elapsedMs(timer);
    if (Status status = transaction.commit(); !status)
        return status.error();
    return ms;
}

Result<Figures> measure(const QString& folder, int articleCount)
{
    Figures f;
    const FixedClock clock(Clock::system().nowMs());
    auto ours = Database::open(folder + QStringLiteral("/kb.sqlite"));
    if (!ours)
        return ours.error();

    // 1. The articles, generated once for both indexes.
    QElapsedTimer timer;
    timer.start();
    DemoArticleOptions options;
    options.articles = articleCount;
    const QList<ImportedArticle> items =
        DemoArticleGenerator(ours.value(), clock, options).articles();
    f.generationS = elapsedMs(timer) / 1000.0;
    QHash<qint64, QString> tagsOf;
    for (const ImportedArticle& item : items) {
        ++f.byLanguage[item.article.lang];
        f.words += demoWordCount(item.article.body, item.article.lang);
        if (item.translationOfIndex >= 0)
            ++f.translations;
    }
    f.articles = items.size();

    // 2. Our index: rows, then the index built from them in one pass.
    ArticleBulkWriter writer(ours.value(), clock);
    ProgressPrinter progress(CliTr::tr("writing articles"));
    writer.setProgressCallback(
        [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    auto written = writer.create(items);
    if (!written)
        return written.error();
    f.rowsS = double(written->rowsMs) / 1000.0;
    f.indexS = double(written->indexMs) / 1000.0;
    for (qsizetype i = 0; i < items.size(); ++i)
        tagsOf.insert(written->ids.at(i), items.at(i).article.tags);

    // 3. The stock index of the same articles, in a database of its own.
    auto stock = Database::open(folder + QStringLiteral("/stock.sqlite"));
    if (!stock)
        return stock.error();
    auto stockMs = buildStockIndex(stock.value(), items, written->ids);
    if (!stockMs)
        return stockMs.error();
    f.stockIndexS = stockMs.value() / 1000.0;

    // 4. Questions through KbSearch, as `kb search` runs them. One query
    // first opens the connection and loads the tokenizer, as the app does
    // before anyone types.
    const KbSearch search(ours.value());
    KbSearchOptions cli;
    cli.prefixLastWord = false;
    cli.limit = kCliLimit;
    if (auto warm = search.search(QStringLiteral("warm up"), cli); !warm)
        return warm.error();
    sqlite3* stockHandle = sqliteHandle(stock.value()->connection());
    auto stockQuery = SqliteStatement::prepare(
        stockHandle, QStringLiteral("SELECT rowid FROM stock_fts WHERE stock_fts MATCH ? "
                                    "ORDER BY rank LIMIT %1")
                         .arg(kCliLimit));
    if (!stockQuery)
        return stockQuery.error();
    for (const Question& question : kQuestions) {
        const QString text = QString::fromUtf16(question.text);
        const QString tag = QString::fromLatin1(question.tag);
        ++f.questionCount;
        timer.restart();
        auto result = search.search(text, cli);
        const double ms = elapsedMs(timer);
        f.questions.add(ms);
        if (!result)
            return result.error();
        qCDebug(lcBench) << "question" << text << ms << "ms," << result->hits.size() << "hits"
                         << result->notice;
        if (!result->hits.isEmpty())
            ++f.found;
        for (qsizetype i = 0; i < result->hits.size() && i < kRelevantRank; ++i) {
            if (hasTag(tagsOf.value(result->hits.at(i).id), tag)) {
                ++f.relevant;
                break;
            }
        }

        timer.restart();
        stockQuery->bind(1, stockMatch(text));
        QList<qint64> hits;
        for (;;) {
            auto row = stockQuery->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            hits << stockQuery->int64(0);
        }
        stockQuery->reset();
        f.stockQuestions.add(elapsedMs(timer));
        if (!hits.isEmpty())
            ++f.stockFound;
        for (qsizetype i = 0; i < hits.size() && i < kRelevantRank; ++i) {
            if (hasTag(tagsOf.value(hits.at(i)), tag)) {
                ++f.stockRelevant;
                break;
            }
        }
    }

    // The same questions once more: the first pass reads the index for the
    // first time since it was built; a desktop that has been searching
    // for a while answers like the second.
    for (const Question& question : kQuestions) {
        timer.restart();
        auto result = search.search(QString::fromUtf16(question.text), cli);
        f.questionsAgain.add(elapsedMs(timer));
        if (!result)
            return result.error();
    }

    // 5. As you type, as the knowledge view searches: the last word may be
    // unfinished, fifty results with highlighted snippets.
    KbSearchOptions app;
    app.limit = kAppLimit;
    for (const char16_t* typed : kTyped) {
        const QList<uint> letters = QString::fromUtf16(typed).toUcs4();
        for (qsizetype n = 1; n <= letters.size(); ++n) {
            const QString prefix =
                QString::fromUcs4(reinterpret_cast<const char32_t*>(letters.constData()), n);
            if (prefix.trimmed().isEmpty() || prefix.endsWith(QLatin1Char(' ')))
                continue; // the view waits for the next letter
            timer.restart();
            auto result = search.search(prefix, app);
            const double ms = elapsedMs(timer);
            f.typing.add(ms);
            if (!result)
                return result.error();
            qCDebug(lcBench) << "typed" << prefix << ms << "ms," << result->hits.size() << "hits";
        }
    }
    f.databaseMb = double(QFileInfo(ours.value()->path()).size()) / (1024.0 * 1024.0);
    f.stockDatabaseMb = double(QFileInfo(stock.value()->path()).size()) / (1024.0 * 1024.0);
    return f;
}

} // namespace

int runKbBenchmark(CliContext& context, int articles, bool json)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return context.fail(Error{ErrorKind::Runtime, CliTr::tr("cannot create a temporary folder"),
                                  dir.errorString()});
    auto figures = measure(dir.path(), articles);
    if (!figures)
        return context.fail(figures.error());
    const Figures& f = figures.value();
    const double ratio = f.stockIndexS > 0 ? f.indexS / f.stockIndexS : 0;
    if (json) {
        QJsonObject object{
            {QStringLiteral("articles"), f.articles},
            {QStringLiteral("articles_ru"), f.byLanguage.value(QStringLiteral("ru"))},
            {QStringLiteral("articles_zh"), f.byLanguage.value(QStringLiteral("zh"))},
            {QStringLiteral("articles_en"), f.byLanguage.value(QStringLiteral("en"))},
            {QStringLiteral("translations"), f.translations},
            {QStringLiteral("words"), f.words},
            {QStringLiteral("generation_s"), BenchSamples::round(f.generationS)},
            {QStringLiteral("rows_s"), BenchSamples::round(f.rowsS)},
            {QStringLiteral("index_build_s"), BenchSamples::round(f.indexS)},
            {QStringLiteral("stock_index_build_s"), BenchSamples::round(f.stockIndexS)},
            {QStringLiteral("index_build_ratio"), BenchSamples::round(ratio)},
            {QStringLiteral("database_mb"), std::round(f.databaseMb)},
            {QStringLiteral("stock_database_mb"), std::round(f.stockDatabaseMb)},
            {QStringLiteral("questions"), f.questionCount},
            {QStringLiteral("question_ms"), f.questions.toJson()},
            {QStringLiteral("question_again_ms"), f.questionsAgain.toJson()},
            {QStringLiteral("typing_ms"), f.typing.toJson()},
            {QStringLiteral("stock_question_ms"), f.stockQuestions.toJson()},
            {QStringLiteral("found"), f.found},
            {QStringLiteral("relevant_top3"), f.relevant},
            {QStringLiteral("stock_found"), f.stockFound},
            {QStringLiteral("stock_relevant_top3"), f.stockRelevant},
            {QStringLiteral("cpu_cores"), QThread::idealThreadCount()},
            {QStringLiteral("machine"), QSysInfo::prettyProductName()}};
        context.printJson(QJsonDocument(object));
        return ExitOk;
    }
    const QLocale locale;
    context.print(CliTr::tr("articles:                %1 (ru %2, zh %3, en %4; %5 translations; "
                            "%6 words)")
                      .arg(locale.toString(f.articles))
                      .arg(locale.toString(f.byLanguage.value(QStringLiteral("ru"))))
                      .arg(locale.toString(f.byLanguage.value(QStringLiteral("zh"))))
                      .arg(locale.toString(f.byLanguage.value(QStringLiteral("en"))))
                      .arg(locale.toString(f.translations))
                      .arg(locale.toString(f.words)));
    context.print(CliTr::tr("generation:              %1 s, rows written in %2 s")
                      .arg(f.generationS, 0, 'f', 1)
                      .arg(f.rowsS, 0, 'f', 1));
    context.print(CliTr::tr("index build, ours:       %1 s (%2 MB database)")
                      .arg(f.indexS, 0, 'f', 1)
                      .arg(f.databaseMb, 0, 'f', 0));
    context.print(
        CliTr::tr("index build, unicode61:  %1 s (%2 MB database); ours takes %3 times as "
                  "long")
            .arg(f.stockIndexS, 0, 'f', 1)
            .arg(f.stockDatabaseMb, 0, 'f', 0)
            .arg(ratio, 0, 'f', 2));
    context.print(CliTr::tr("questions:               %1").arg(f.questions.toText()));
    context.print(CliTr::tr("questions, asked again:  %1").arg(f.questionsAgain.toText()));
    context.print(CliTr::tr("as you type:             %1").arg(f.typing.toText()));
    context.print(CliTr::tr("questions, unicode61:    %1").arg(f.stockQuestions.toText()));
    context.print(CliTr::tr("answered, ours:          %1 of %2 find something, %3 have a matching "
                            "article in the first %4")
                      .arg(f.found)
                      .arg(f.questionCount)
                      .arg(f.relevant)
                      .arg(kRelevantRank));
    context.print(CliTr::tr("answered, unicode61:     %1 of %2 find something, %3 have a matching "
                            "article in the first %4")
                      .arg(f.stockFound)
                      .arg(f.questionCount)
                      .arg(f.stockRelevant)
                      .arg(kRelevantRank));
    return ExitOk;
}

} // namespace Switchboard::Cli
