// SPDX-License-Identifier: MIT
// bench: a quick run on a small data set proves the command works end to end
// and keeps its JSON keys. The timing goals themselves live in the benchmark
// (make bench), not in unit tests.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestBenchCommand : public QObject
{
    Q_OBJECT

private slots:
    void smallRunPrintsEveryFigure();
    void badTicketCountIsUsageError();
    void articlesRunPrintsSearchFigures();
    void badArticleCountIsUsageError();
};

void TestBenchCommand::smallRunPrintsEveryFigure()
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path()); // the default database stays untouched
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                  {QStringLiteral("bench"), QStringLiteral("--tickets"), QStringLiteral("2000"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject figures = document.object();
    QCOMPARE(figures.value(QStringLiteral("tickets")).toInt(), 2000);
    for (const char* key : {"generation_tickets_per_s", "generation_s", "open_ms", "first_page_ms",
                            "peak_rss_mb", "messages", "events", "sla_monitor_start_ms"}) {
        QVERIFY2(figures.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(figures.value(QLatin1String(key)).toDouble() >= 0, key);
    }
    QVERIFY(figures.value(QStringLiteral("generation_tickets_per_s")).toDouble() > 0);
    for (const char* key : {"sort_ms", "sort_all_ms", "filter_ms", "filter_open_ms"}) {
        const QJsonObject latency = figures.value(QLatin1String(key)).toObject();
        for (const char* field : {"p50", "p95", "max"})
            QVERIFY2(latency.value(QLatin1String(field)).isDouble(), key);
        QVERIFY2(latency.value(QStringLiteral("p50")).toDouble() <=
                     latency.value(QStringLiteral("max")).toDouble(),
                 key);
        QVERIFY2(latency.value(QStringLiteral("samples")).toInt() > 0, key);
    }
    // Writes through TicketService on open tickets, and another process's
    // change seen through DatabaseChangeWatcher.
    QVERIFY(figures.value(QStringLiteral("write_tickets")).toInt() > 0);
    for (const char* prefix : {"claim", "reply", "status"}) {
        const QString name = QLatin1String(prefix);
        double previous = 0;
        for (const char* field : {"_p50_ms", "_p95_ms", "_max_ms"}) {
            const QString key = name + QLatin1String(field);
            QVERIFY2(figures.value(key).isDouble(), qPrintable(key));
            const double value = figures.value(key).toDouble();
            QVERIFY2(value >= previous, qPrintable(key)); // p50 <= p95 <= max, all >= 0
            previous = value;
        }
    }
    for (const char* key : {"change_seen_ms", "change_seen_max_ms", "change_seen_after_exit_ms"}) {
        QVERIFY2(figures.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(figures.value(QLatin1String(key)).toDouble() >= 0, key);
    }
    QCOMPARE(figures.value(QStringLiteral("change_runs")).toInt(), 5);
    QVERIFY(figures.value(QStringLiteral("change_seen_after_exit_ms")).toDouble() <=
            figures.value(QStringLiteral("change_seen_ms")).toDouble());
    QVERIFY(figures.value(QStringLiteral("change_seen_ms")).toDouble() <=
            figures.value(QStringLiteral("change_seen_max_ms")).toDouble());
    // The data set lived in a temporary folder: nothing is left behind.
    QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestBenchCommand::badTicketCountIsUsageError()
{
    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                  {QStringLiteral("bench"), QStringLiteral("--tickets"), QStringLiteral("many")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("switchboard-cli: "));
}

// bench --articles: the knowledge-base benchmark on a few hundred demo
// articles; figures exist, counts add up, and our index answers at least as
// many questions as the stock unicode61 one.
void TestBenchCommand::articlesRunPrintsSearchFigures()
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                  {QStringLiteral("bench"), QStringLiteral("--articles"), QStringLiteral("300"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject figures = document.object();
    QCOMPARE(figures.value(QStringLiteral("articles")).toInt(), 300);
    // About a third in each language.
    int languages = 0;
    for (const char* key : {"articles_ru", "articles_zh", "articles_en"}) {
        const int count = figures.value(QLatin1String(key)).toInt();
        QVERIFY2(count >= 60 && count <= 140, key);
        languages += count;
    }
    QCOMPARE(languages, 300);
    QVERIFY(figures.value(QStringLiteral("translations")).toInt() > 0);
    // 300 to 800 words each.
    const double words = figures.value(QStringLiteral("words")).toDouble();
    QVERIFY(words >= 300 * 300 && words <= 300 * 800);
    for (const char* key :
         {"generation_s", "rows_s", "index_build_s", "stock_index_build_s", "index_build_ratio"}) {
        QVERIFY2(figures.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(figures.value(QLatin1String(key)).toDouble() >= 0, key);
    }
    const int questions = figures.value(QStringLiteral("questions")).toInt();
    QVERIFY(questions >= 60);
    for (const char* key : {"question_ms", "question_again_ms", "typing_ms", "stock_question_ms"}) {
        const QJsonObject latency = figures.value(QLatin1String(key)).toObject();
        for (const char* field : {"p50", "p95", "max"})
            QVERIFY2(latency.value(QLatin1String(field)).isDouble(), key);
        QVERIFY2(latency.value(QStringLiteral("p50")).toDouble() <=
                     latency.value(QStringLiteral("p95")).toDouble(),
                 key);
        QVERIFY2(latency.value(QStringLiteral("p95")).toDouble() <=
                     latency.value(QStringLiteral("max")).toDouble(),
                 key);
        QVERIFY2(latency.value(QStringLiteral("samples")).toInt() > 0, key);
    }
    QCOMPARE(
        figures.value(QStringLiteral("question_ms")).toObject().value(QStringLiteral("samples")),
        QJsonValue(questions));
    const int found = figures.value(QStringLiteral("found")).toInt();
    const int relevant = figures.value(QStringLiteral("relevant_top3")).toInt();
    const int stockFound = figures.value(QStringLiteral("stock_found")).toInt();
    const int stockRelevant = figures.value(QStringLiteral("stock_relevant_top3")).toInt();
    QVERIFY(relevant <= found && found <= questions);
    QVERIFY(stockRelevant <= stockFound && stockFound <= questions);
    // Unspaced Chinese and inflected Russian are what the stock tokenizer misses.
    QVERIFY2(found > stockFound, qPrintable(QStringLiteral("%1 vs %2").arg(found).arg(stockFound)));
    QVERIFY(relevant >= questions * 3 / 4);
    QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestBenchCommand::badArticleCountIsUsageError()
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--articles"), QStringLiteral("0")},
          QStringList{QStringLiteral("--articles"), QStringLiteral("many")},
          QStringList{QStringLiteral("--articles"), QStringLiteral("10"),
                      QStringLiteral("--tickets"), QStringLiteral("10")}}) {
        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                      QStringList{QStringLiteral("bench")} + arguments);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 2, qPrintable(arguments.join(u' ')));
        QVERIFY(process.readAllStandardError().startsWith("switchboard-cli: "));
    }
}

QTEST_GUILESS_MAIN(TestBenchCommand)
#include "tst_benchcommand.moc"
