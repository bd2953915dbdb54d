// SPDX-License-Identifier: MIT
// demo: summary on stdout (text and JSON), refusal of a database with tickets
// (exit code 3), usage errors (exit code 2).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using Switchboard::Test::runCli;
namespace Test = Switchboard::Test;

class TestDemoCommand : public QObject
{
    Q_OBJECT

private slots:
    void fillsOnceThenRefuses();
    void sameSeedAndNowGiveSameSummary();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestDemoCommand::fillsOnceThenRefuses()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Test::CliRun first =
        runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--tickets"),
                QStringLiteral("300"), QStringLiteral("--agents"), QStringLiteral("5")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(QString::fromUtf8(first.out).contains(QRegularExpression(
                 QStringLiteral("^created 300 tickets, \\d+ messages, \\d+ events, 5 agents in "
                                "[0-9.]+ s\\n$"))),
             first.out.constData());
    // Not a terminal: progress comes in coarse steps, ending at 100 %.
    QVERIFY(first.err.contains("100 %"));

    const Test::CliRun second = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                        QStringLiteral("--tickets"), QStringLiteral("10")});
    QCOMPARE(second.exitCode, 3);
    QVERIFY(second.out.isEmpty());
    QVERIFY(second.err.startsWith("switchboard-cli: "));
    QVERIFY(second.err.contains("300"));
}

void TestDemoCommand::sameSeedAndNowGiveSameSummary()
{
    QJsonObject summaries[2];
    for (int i = 0; i < 2; ++i) {
        const QString db = m_dir.filePath(QStringLiteral("seeded%1.sqlite").arg(i));
        const Test::CliRun run =
            runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--tickets"),
                    QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("42"),
                    QStringLiteral("--now"), QStringLiteral("2026-03-02T09:15:00+03:00"),
                    QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        summaries[i] = QJsonDocument::fromJson(run.out).object();
    }
    QCOMPARE(summaries[0].value(QStringLiteral("tickets")).toInt(), 500);
    QCOMPARE(summaries[0].value(QStringLiteral("now")).toString(),
             QStringLiteral("2026-03-02T09:15:00+03:00"));
    // A new demo database gets a knowledge base too.
    QCOMPARE(summaries[0].value(QStringLiteral("articles")).toInt(), 300);
    for (const char* key : {"messages", "events", "agents", "customers", "articles"})
        QCOMPARE(summaries[0].value(QLatin1String(key)), summaries[1].value(QLatin1String(key)));
}

void TestDemoCommand::usageErrors()
{
    const QString db = m_dir.filePath(QStringLiteral("unused.sqlite"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--tickets"), QStringLiteral("-5")},
          QStringList{QStringLiteral("--agents"), QStringLiteral("0")},
          QStringList{QStringLiteral("--articles"), QStringLiteral("-1")},
          QStringList{QStringLiteral("--days"), QStringLiteral("x")},
          QStringList{QStringLiteral("--seed"), QStringLiteral("-1")},
          QStringList{QStringLiteral("--now"), QStringLiteral("2026-03-02 09:15")},
          QStringList{QStringLiteral("extra")}}) {
        const Test::CliRun run =
            runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("demo")} + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
    }
    QVERIFY(!QFile::exists(db));
    const Test::CliRun help = runCli({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--tickets") && help.out.contains("exit code 3"));
}

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "tst_democommand.moc"
