// SPDX-License-Identifier: MIT
// kb_view_snapshot: renders the knowledge view on a database into a PNG,
// and measures the coverage-gap query there. A developer tool, not a test:
//
//   switchboard-cli --db /tmp/kb.sqlite demo --tickets 1000000
//   QT_QPA_PLATFORM=offscreen kb_view_snapshot --db /tmp/kb.sqlite --seed --filler 1987
//       --link --measure --search "пароль" --out /tmp/kb-view.png   (one line)
//
// --seed adds the sample articles (and --filler N archived ones) when the
// database has no articles; --link makes agents' history: it links most
// resolved tickets whose subject an article answers to that article, and
// adds votes, so the lists and the coverage gaps have something to show.
#include "kb/articleeditor.h"
#include "kb/articlerepository.h"
#include "kb/kbresultmodel.h"
#include "kb/kbsearch.h"
#include "kb/kbusagerepository.h"
#include "kb/knowledgeview.h"
#include "kbsamples.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Switchboard;

namespace {

void say(const QString& text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

bool exec(QSqlQuery& query, const QString& sql)
{
    if (query.exec(sql))
        return true;
    say(QStringLiteral("SQL failed: %1\n%2").arg(query.lastError().text(), sql));
    return false;
}

Status addFiller(const DatabasePtr& database, int count)
{
    // Topics of their own, so that they do not crowd the samples' searches.
    const QStringList ru{QStringLiteral("Смена тарифа"), QStringLiteral("Возврат средств"),
                         QStringLiteral("Резервное копирование"), QStringLiteral("Перенос данных")};
    const QStringList zh{QStringLiteral("修改绑定手机"), QStringLiteral("发票抬头"),
                         QStringLiteral("退款进度"), QStringLiteral("账户注销")};
    const QStringList en{QStringLiteral("Exporting reports"), QStringLiteral("Single sign-on"),
                         QStringLiteral("Changing the billing address"),
                         QStringLiteral("Calendar sync")};
    QList<ImportedArticle> items;
    for (int i = 0; i < count; ++i) {
        ImportedArticle item;
        const int pick = i % 3;
        const QStringList& topics = pick == 0 ? ru : pick == 1 ? zh : en;
        const QString topic = topics.at((i / 3) % topics.size());
        item.article.lang = pick == 0   ? QStringLiteral("ru")
                            : pick == 1 ? QStringLiteral("zh")
                                        : QStringLiteral("en");
        item.article.title = QStringLiteral("%1 (%2)").arg(topic).arg(1000 + i);
        item.article.body = QStringLiteral("%1. %2 %3.").arg(topic, topic).arg(i);
        item.article.status = QStringLiteral("archived");
        item.importKey = QStringLiteral("filler/%1.md").arg(i);
        item.categoryPath = QStringLiteral("Архив");
        items.append(item);
    }
    // Older than the samples, so the samples lead "recently changed".
    FixedClock then(QDateTime::currentMSecsSinceEpoch() - 400LL * 24 * 3600 * 1000);
    auto saved = ArticleRepository(database, then).saveImported(items, false);
    if (!saved)
        return saved.error();
    return {};
}

// Links resolved tickets to the article that answers their subject (four
// in five of them, as agents forget some), counts the inserts, and lets
// agents vote. Plain SQL: this is test data, written in bulk.
bool addHistory(const DatabasePtr& database, const QHash<QString, qint64>& ids)
{
    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    const QList<QPair<QString, QString>> answers = {
        {QStringLiteral("printer-ru"), QStringLiteral("принтер не печатает")},
        {QStringLiteral("printer-en"), QStringLiteral("printer%")},
        {QStringLiteral("reset-ru"), QStringLiteral("не приходит письмо для сброса пароля")},
        {QStringLiteral("reset-zh"), QStringLiteral("%重置密码%")},
        {QStringLiteral("locked-ru"), QStringLiteral("учетная запись заблокирована")},
        {QStringLiteral("code-zh"), QStringLiteral("登录时验证码错误")},
        {QStringLiteral("vpn-en"), QStringLiteral("%vpn%")},
    };
    if (!db.transaction())
        return false;
    for (const auto& [key, pattern] : answers) {
        if (!ids.contains(key))
            continue;
        query.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO ticket_articles (ticket_id, article_id, kind, agent_id, at) "
            "SELECT id, ?, CASE WHEN id % 2 THEN 'text' ELSE 'link' END, assignee_id, "
            "coalesce(resolved_at, updated_at) FROM tickets WHERE status_rank >= 4 AND "
            "subject_fold LIKE ? AND id % 5 <> 0"));
        query.addBindValue(ids.value(key));
        query.addBindValue(pattern);
        if (!query.exec()) {
            say(query.lastError().text());
            return false;
        }
    }
    if (!exec(query, QStringLiteral("UPDATE articles SET insert_count = (SELECT count(*) FROM "
                                    "ticket_articles WHERE article_id = articles.id)")))
        return false;
    // Each agent votes on a few articles; payment-en and notify-ru are the
    // ones agents find wanting.
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO article_votes (article_id, agent_id, "
                                 "helpful, at) SELECT ?, id, ?, created_at FROM agents WHERE "
                                 "id % ? = 0"));
    const QList<std::tuple<QString, int, int>> votes = {
        {QStringLiteral("printer-ru"), 1, 1}, {QStringLiteral("reset-ru"), 1, 2},
        {QStringLiteral("reset-zh"), 1, 3},   {QStringLiteral("payment-en"), 0, 2},
        {QStringLiteral("notify-ru"), 0, 3},  {QStringLiteral("vpn-en"), 1, 4},
    };
    for (const auto& [key, helpful, every] : votes) {
        query.addBindValue(ids.value(key));
        query.addBindValue(helpful);
        query.addBindValue(every);
        if (!query.exec())
            return false;
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO article_votes (article_id, agent_id, "
                                 "helpful, at) SELECT ?, id, 1, created_at FROM agents WHERE "
                                 "id % 5 = 1"));
    query.addBindValue(ids.value(QStringLiteral("payment-en")));
    if (!query.exec())
        return false;
    if (!exec(query,
              QStringLiteral("UPDATE articles SET helpful_count = (SELECT count(*) FROM "
                             "article_votes WHERE article_id = articles.id AND helpful = 1), "
                             "not_helpful_count = (SELECT count(*) FROM article_votes WHERE "
                             "article_id = articles.id AND helpful = 0)")))
        return false;
    return db.commit();
}

QHash<QString, qint64> sampleIds(const DatabasePtr& database)
{
    QHash<QString, qint64> ids;
    QSqlQuery query(database->connection());
    query.exec(QStringLiteral("SELECT import_key, id FROM articles WHERE import_key LIKE "
                              "'samples/%'"));
    while (query.next()) {
        QString key = query.value(0).toString().mid(8);
        key.chop(3);
        ids.insert(key, query.value(1).toLongLong());
    }
    return ids;
}

void measureGaps(const DatabasePtr& database)
{
    KbUsageRepository usage(database);
    for (int window : {50000, 1000000000}) {
        KbCoverageOptions options;
        options.window = window;
        QList<qint64> times;
        QList<qint64> cpuTimes; // this process's CPU: what the machine's load does not inflate
        KbCoverageReport report;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            auto result = usage.coverageGaps(options);
            times.append(timer.elapsed());
            cpuTimes.append((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
            if (!result) {
                say(result.error().toString());
                return;
            }
            report = result.value();
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        say(QStringLiteral("coverage gaps, window %1: read %2 tickets, %3 subjects, %4 types; "
                           "wall min %5 ms, median %6 ms, max %7 ms; CPU median %8 ms")
                .arg(window)
                .arg(report.ticketsRead)
                .arg(report.subjects.size())
                .arg(report.types.size())
                .arg(times.first())
                .arg(times.at(2))
                .arg(times.last())
                .arg(cpuTimes.at(2)));
        for (const KbCoverageGap& gap : std::as_const(report.subjects).mid(0, 5))
            say(QStringLiteral("  %1: %2 of %3, e.g. #%4")
                    .arg(gap.subject)
                    .arg(gap.ticketCount)
                    .arg(gap.resolvedCount)
                    .arg(gap.exampleTicketId));
    }
    for (const QString& text : {QStringLiteral("пароль"), QStringLiteral("密码"),
                                QStringLiteral("printer"), QStringLiteral("принтера")}) {
        QElapsedTimer timer;
        timer.start();
        auto result = KbSearch(database).search(text, {});
        say(QStringLiteral("kb search \"%1\": %2 hits in %3 ms")
                .arg(text)
                .arg(result ? result->hits.size() : -1)
                .arg(timer.elapsed()));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the knowledge view into a PNG."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Add the sample articles if there are none."));
    const QCommandLineOption filler(QStringLiteral("filler"),
                                    QStringLiteral("With --seed: N archived articles more."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption link(QStringLiteral("link"),
                                  QStringLiteral("Link resolved tickets to articles and vote, "
                                                 "if nothing is linked yet."));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     QStringLiteral("Time the coverage-gap query and searches."));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Text to search."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("Show a list instead: the navigation entry's "
                                                 "name, such as \"Coverage gaps\"."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption editorOut(
        QStringLiteral("editor-out"),
        QStringLiteral("Also open the editor on the chosen article, change a line without "
                       "saving, and save its Text tab to FILE and its comparison with the "
                       "current revision to FILE-revisions.png."),
        QStringLiteral("FILE"));
    parser.addOptions({dbOption, seed, filler, link, measure, search, list, out, editorOut});
    parser.process(app);

    auto opened = Database::open(parser.value(dbOption));
    if (!opened) {
        say(opened.error().toString());
        return 1;
    }
    DatabasePtr database = opened.value();
    const Clock& clock = Clock::system();

    if (parser.isSet(seed) && ArticleRepository(database).all()->isEmpty()) {
        if (const int n = parser.value(filler).toInt(); n > 0) {
            if (Status status = addFiller(database, n); !status) {
                say(status.error().toString());
                return 1;
            }
        }
        auto added = Test::KbSamples::add(database, clock);
        if (!added) {
            say(added.error().toString());
            return 1;
        }
        say(QStringLiteral("added %1 sample articles").arg(added->size()));
    }
    if (parser.isSet(link)) {
        QSqlQuery any(database->connection());
        any.exec(QStringLiteral("SELECT count(*) FROM ticket_articles"));
        any.next();
        const bool empty = any.value(0).toLongLong() == 0;
        any.finish();
        if (empty && !addHistory(database, sampleIds(database))) {
            say(QStringLiteral("could not add the history"));
            return 1;
        }
    }
    if (parser.isSet(measure))
        measureGaps(database);
    if (!parser.isSet(out))
        return 0;

    KnowledgeView view(database, clock);
    view.resize(1440, 860);
    QSqlQuery agent(database->connection());
    agent.exec(QStringLiteral("SELECT min(id) FROM agents"));
    if (agent.next())
        view.setCurrentAgent(agent.value(0).toLongLong());
    agent.finish();
    view.show();
    QSignalSpy shown(&view, &KnowledgeView::resultsShown);
    auto settle = [&] {
        while (view.isLoading() && shown.wait(30000)) {
        }
    };
    settle();
    auto* tree = view.findChild<QTreeWidget*>(QStringLiteral("kbNavigation"));
    if (parser.isSet(list)) {
        const auto items = tree->findItems(parser.value(list), Qt::MatchRecursive);
        if (!items.isEmpty())
            tree->setCurrentItem(items.first());
        settle();
    }
    if (parser.isSet(search)) {
        view.findChild<QLineEdit*>(QStringLiteral("kbSearch"))->setText(parser.value(search));
        QTest::qWait(400); // the search waits for a pause in typing
        settle();
    }
    auto* results = view.findChild<QListView*>(QStringLiteral("kbResults"));
    if (view.resultModel()->rowCount() > 0)
        results->setCurrentIndex(view.resultModel()->index(0));
    results->setFocus();
    QTest::qWait(200);
    bool ok = view.grab().save(parser.value(out));
    say(ok ? QStringLiteral("saved %1").arg(parser.value(out))
           : QStringLiteral("cannot save %1").arg(parser.value(out)));
    if (parser.isSet(editorOut) && view.shownArticleId() > 0) {
        ArticleEditor* editor = view.editArticle(view.shownArticleId());
        editor->resize(1200, 720);
        auto* text = editor->findChild<QPlainTextEdit*>(QStringLiteral("markdownEdit"));
        QStringList lines = text->toPlainText().split(QLatin1Char('\n'));
        if (lines.size() > 2)
            lines[2] = lines[2] + QStringLiteral(" (edited)");
        lines.append(QString());
        lines.append(QStringLiteral("A line added in the editor."));
        text->setPlainText(lines.join(QLatin1Char('\n')));
        auto* beside = editor->findChild<QComboBox*>(QStringLiteral("besideChoice"));
        if (beside->count() > 1)
            beside->setCurrentIndex(1);
        QTest::qWait(400);
        const QString file = parser.value(editorOut);
        ok = editor->grab().save(file) && ok;
        editor->findChild<QTabWidget*>(QStringLiteral("editorTabs"))->setCurrentIndex(1);
        auto* revisions = editor->findChild<QTreeWidget*>(QStringLiteral("revisionList"));
        revisions->setCurrentItem(revisions->topLevelItem(0));
        editor->findChild<QPushButton*>(QStringLiteral("compareButton"))->click();
        QTest::qWait(200);
        QString second = file;
        second.replace(QStringLiteral(".png"), QStringLiteral("-revisions.png"));
        ok = editor->grab().save(second) && ok;
        say(QStringLiteral("saved %1 and %2").arg(file, second));
    }
    return ok ? 0 : 1;
}
