// SPDX-License-Identifier: MIT
#include "kb/kbqueryworker.h"
#include "kb/kbresultmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Switchboard;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

const QString kOpen(KbQueryWorker::kHighlightOpen);
const QString kClose(KbQueryWorker::kHighlightClose);

KbArticleSummary summary(qint64 id, const QString& title)
{
    KbArticleSummary s;
    s.id = id;
    s.title = title;
    s.lang = QStringLiteral("ru");
    s.status = QStringLiteral("published");
    s.updatedAt = kNowMs;
    return s;
}

} // namespace

class TestKbResultModel : public QObject
{
    Q_OBJECT

private slots:
    void plainSnippet_data();
    void plainSnippet();
    void searchRows();
    void listDetails();
    void coverageRows();
};

void TestKbResultModel::plainSnippet_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("emphasis") << QStringLiteral("**Питание** и `кабель`")
                              << QStringLiteral("Питание и кабель");
    QTest::newRow("link keeps its words")
        << QStringLiteral("see [the guide](https://example.com/a_b) now")
        << QStringLiteral("see the guide now");
    QTest::newRow("headings, bullets and breaks")
        << QStringLiteral("# Title\n\n- one\n- two\n> quote")
        << QStringLiteral("Title one two quote");
    QTest::newRow("marks stay") << (QStringLiteral("…перезапустите ") + kOpen +
                                    QStringLiteral("принтер") + kClose + QStringLiteral("…"))
                                << (QStringLiteral("…перезапустите ") + kOpen +
                                    QStringLiteral("принтер") + kClose + QStringLiteral("…"));
    QTest::newRow("chinese") << QStringLiteral("1. 在登录页面点击**忘记密码**。")
                             << QStringLiteral("1. 在登录页面点击忘记密码。");
}

void TestKbResultModel::plainSnippet()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(KbResultModel::plainSnippet(markdown), plain);
}

void TestKbResultModel::searchRows()
{
    FixedClock clock(kNowMs);
    KbResultModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KbListAnswer answer;
    answer.kind = KbListKind::Search;
    answer.articles = {summary(7, QStringLiteral("Принтер не печатает")),
                       summary(9, QStringLiteral("Принтер зажёвывает бумагу"))};
    answer.snippets = {
        QStringLiteral("**Проверьте** ") + kOpen + QStringLiteral("принтер") + kClose, QString()};
    model.setAnswer(answer);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("Принтер не печатает"));
    QCOMPARE(first.data(KbResultModel::ArticleIdRole).toLongLong(), 7);
    QCOMPARE(first.data(KbResultModel::LanguageMarkRole).toString(), QStringLiteral("RU"));
    QCOMPARE(first.data(KbResultModel::SnippetRole).toString(),
             QStringLiteral("Проверьте ") + kOpen + QStringLiteral("принтер") + kClose);
    QVERIFY(!first.data(KbResultModel::DateRole).toString().isEmpty());
    // Screen readers hear the words, not the marks.
    const QString spoken = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("Проверьте принтер")), qPrintable(spoken));
    QVERIFY(!spoken.contains(kOpen));
    QCOMPARE(model.rowOfArticle(9), 1);
    QCOMPARE(model.rowOfArticle(8), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestKbResultModel::listDetails()
{
    FixedClock clock(kNowMs);
    KbResultModel model(clock);
    KbArticleSummary used = summary(1, QStringLiteral("Used"));
    used.insertCount = 12;
    used.helpfulCount = 1;
    used.notHelpfulCount = 3;
    used.categoryId = 5;
    KbListAnswer answer;
    answer.kind = KbListKind::MostUsed;
    answer.articles = {used};
    model.setAnswer(answer);
    // Plural forms come from the translation, which tests do not load.
    QVERIFY(model.index(0)
                .data(KbResultModel::DetailRole)
                .toString()
                .startsWith(QStringLiteral("Used in replies 12 time")));

    answer.kind = KbListKind::LeastHelpful;
    model.setAnswer(answer);
    QVERIFY(model.index(0)
                .data(KbResultModel::DetailRole)
                .toString()
                .startsWith(QStringLiteral("75% not helpful, 4 vote")));

    answer.kind = KbListKind::Browse;
    model.setAnswer(answer);
    model.setCategoryPaths({{5, QStringLiteral("Hardware/Printers")}});
    QCOMPARE(model.index(0).data(KbResultModel::DetailRole).toString(),
             QStringLiteral("Published \u00b7 Hardware/Printers"));
}

void TestKbResultModel::coverageRows()
{
    FixedClock clock(kNowMs);
    KbResultModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KbListAnswer answer;
    answer.kind = KbListKind::CoverageGaps;
    KbCoverageGap subject;
    subject.key = QStringLiteral("重置密码失败");
    subject.subject = QStringLiteral("重置密码失败");
    subject.ticketCount = 4;
    subject.resolvedCount = 4;
    subject.exampleTicketId = 1234;
    KbCoverageGap type;
    type.key = QStringLiteral("fault");
    type.ticketCount = 10;
    type.resolvedCount = 12;
    type.exampleTicketId = 99;
    answer.coverage.subjects = {subject};
    answer.coverage.types = {type};
    model.setAnswer(answer);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("重置密码失败"));
    QCOMPARE(model.index(0).data(KbResultModel::ArticleIdRole).toLongLong(), 0);
    QCOMPARE(model.index(0).data(KbResultModel::TicketIdRole).toLongLong(), 1234);
    QVERIFY(model.index(0).data(KbResultModel::LanguageMarkRole).toString().isEmpty());
    const QString detail = model.index(0).data(KbResultModel::DetailRole).toString();
    QVERIFY2(detail.startsWith(QStringLiteral("4 resolved ticket")) &&
                 detail.endsWith(QStringLiteral("without an article \u00b7 newest #1234")),
             qPrintable(detail));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Type: fault"));
    QVERIFY(model.index(1)
                .data(KbResultModel::DetailRole)
                .toString()
                .startsWith(QStringLiteral("10 of 12 resolved ticket")));
}

QTEST_MAIN(TestKbResultModel)
#include "tst_kbresultmodel.moc"
