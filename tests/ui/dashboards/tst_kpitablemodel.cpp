// SPDX-License-Identifier: MIT
// The KPI table's rules on hand-made reports: status against targets
// (amber within 10 %), trend arrows and words, texts and the CSV export.
#include "dashboards/dashboardformat.h"
#include "dashboards/kpitablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

namespace {

KpiReport report(double firstResponseMedian, double resolvedPercent, double satisfaction)
{
    KpiReport r;
    r.ticketsCreated = 100;
    r.ticketsResolved = 90;
    r.firstResponse.count = 100;
    r.firstResponse.medianSeconds = firstResponseMedian;
    r.resolvedPercent = resolvedPercent;
    r.ratingsCount = 10;
    r.satisfactionAverage = satisfaction;
    return r;
}

QString text(const KpiTableModel& model, KpiRow row, int column)
{
    return model.index(int(row), column).data().toString();
}

} // namespace

class TestKpiTableModel : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void emptyUntilGivenAReport();
    void trendSaysDirectionAndMeaningInWords();
    void undefinedFiguresReadNotAvailable();
    void targetsCanChange();
    void csvQuotesFieldsAndKeepsRawNumbers();
    void durations_data();
    void durations();
};

void TestKpiTableModel::status_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("actual");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("expected");
    const int median = int(KpiRow::FirstResponseMedian);
    const int resolved = int(KpiRow::ResolvedPercent);
    const int satisfaction = int(KpiRow::SatisfactionAverage);
    // Lower is better: up to the target green, up to 110 % of it amber.
    QTest::newRow("median under 1 h") << median << 3000.0 << 3600.0 << int(KpiStatus::OnTarget);
    QTest::newRow("median exactly 1 h") << median << 3600.0 << 3600.0 << int(KpiStatus::OnTarget);
    QTest::newRow("median 66 min") << median << 3960.0 << 3600.0 << int(KpiStatus::NearTarget);
    QTest::newRow("median 66 min 1 s") << median << 3961.0 << 3600.0 << int(KpiStatus::OffTarget);
    // Higher is better: from the target green, down to 90 % of it amber.
    QTest::newRow("95 % resolved") << resolved << 95.0 << 95.0 << int(KpiStatus::OnTarget);
    QTest::newRow("90 % resolved") << resolved << 90.0 << 95.0 << int(KpiStatus::NearTarget);
    QTest::newRow("85.5 % resolved") << resolved << 85.5 << 95.0 << int(KpiStatus::NearTarget);
    QTest::newRow("85 % resolved") << resolved << 85.0 << 95.0 << int(KpiStatus::OffTarget);
    QTest::newRow("satisfaction 4") << satisfaction << 4.0 << 4.5 << int(KpiStatus::OffTarget);
    QTest::newRow("satisfaction 4.1") << satisfaction << 4.1 << 4.5 << int(KpiStatus::NearTarget);
    QTest::newRow("satisfaction 4.8") << satisfaction << 4.8 << 4.5 << int(KpiStatus::OnTarget);
    QTest::newRow("reopen rate is lower-better")
        << int(KpiRow::ReopenRate) << 5.4 << 5.0 << int(KpiStatus::NearTarget);
}

void TestKpiTableModel::status()
{
    QFETCH(int, row);
    QFETCH(double, actual);
    QFETCH(double, target);
    QFETCH(int, expected);
    QCOMPARE(int(KpiTableModel::status(KpiRow(row), actual, target)), expected);
    QCOMPARE(KpiTableModel::status(KpiRow(row), std::nullopt, target), KpiStatus::NoData);
    QCOMPARE(KpiTableModel::status(KpiRow(row), actual, std::nullopt), KpiStatus::NoTarget);
}

void TestKpiTableModel::emptyUntilGivenAReport()
{
    KpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isEmpty());
    model.setReports(report(3000, 96, 4.6), std::nullopt);
    QCOMPARE(model.rowCount(), kKpiRowCount);
    QCOMPARE(model.columnCount(), int(KpiTableModel::ColumnCount));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::KpiColumn),
             QStringLiteral("First response, median"));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::ActualColumn),
             QStringLiteral("50 min"));
    QCOMPARE(text(model, KpiRow::ResolvedPercent, KpiTableModel::TargetColumn),
             QStringLiteral("≥ 95.0 %"));
    QCOMPARE(text(model, KpiRow::SatisfactionAverage, KpiTableModel::ActualColumn),
             QStringLiteral("4.60 / 5"));
    QCOMPARE(text(model, KpiRow::FcrPercent, KpiTableModel::TargetColumn), QStringLiteral("—"));
    QCOMPARE(text(model, KpiRow::FcrPercent, KpiTableModel::StatusColumn),
             QStringLiteral("No target"));
    // Without a previous period there is nothing to compare with.
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::PreviousColumn),
             QStringLiteral("—"));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::TrendColumn),
             QStringLiteral("—"));
    // A second report only changes data.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReports(report(4000, 80, 4.0), std::nullopt);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestKpiTableModel::trendSaysDirectionAndMeaningInWords()
{
    KpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReports(report(3000, 96, 4.2), report(4200, 90.5, 4.2));
    // A median 20 min shorter is better; 5.5 points more resolved is better.
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::TrendColumn),
             QStringLiteral("▼ 20 min, better"));
    QCOMPARE(text(model, KpiRow::ResolvedPercent, KpiTableModel::TrendColumn),
             QStringLiteral("▲ 5.5 pts, better"));
    QCOMPARE(text(model, KpiRow::SatisfactionAverage, KpiTableModel::TrendColumn),
             QStringLiteral("= unchanged"));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::PreviousColumn),
             QStringLiteral("1 h 10 min"));
    model.setReports(report(4200, 90.5, 4.0), report(3000, 96, 4.2));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::TrendColumn),
             QStringLiteral("▲ 20 min, worse"));
    QCOMPARE(text(model, KpiRow::SatisfactionAverage, KpiTableModel::TrendColumn),
             QStringLiteral("▼ 0.20, worse"));
    // Worse and better differ in colour too, but never only in colour.
    const QColor worse = model.index(int(KpiRow::FirstResponseMedian), KpiTableModel::TrendColumn)
                             .data(Qt::ForegroundRole)
                             .value<QColor>();
    QCOMPARE(worse, DashboardFormat::vermilion());
    // A change the table cannot show is no change.
    model.setReports(report(3000, 96, 4.2), report(3010, 96.01, 4.2));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::TrendColumn),
             QStringLiteral("= unchanged"));
    QCOMPARE(text(model, KpiRow::ResolvedPercent, KpiTableModel::TrendColumn),
             QStringLiteral("= unchanged"));
}

void TestKpiTableModel::undefinedFiguresReadNotAvailable()
{
    KpiTableModel model;
    KpiReport empty;
    model.setReports(empty, empty);
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::ActualColumn),
             QStringLiteral("n/a"));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::StatusColumn),
             QStringLiteral("No data"));
    QVERIFY(!model.index(int(KpiRow::FirstResponseMedian), KpiTableModel::ActualColumn)
                 .data(KpiTableModel::ValueRole)
                 .isValid());
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::TrendColumn),
             QStringLiteral("—"));
    QVERIFY(!model.index(int(KpiRow::FirstResponseMedian), KpiTableModel::ActualColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestKpiTableModel::targetsCanChange()
{
    KpiTableModel model;
    model.setReports(report(3000, 96, 4.6), std::nullopt);
    QCOMPARE(model.index(int(KpiRow::FirstResponseMedian), KpiTableModel::StatusColumn)
                 .data(KpiTableModel::StatusRole)
                 .toInt(),
             int(KpiStatus::OnTarget));
    KpiTargets targets;
    targets.set(KpiRow::FirstResponseMedian, 900); // 15 min, the consultation SLA
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTargets(targets);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::TargetColumn),
             QStringLiteral("≤ 15 min"));
    QCOMPARE(text(model, KpiRow::FirstResponseMedian, KpiTableModel::StatusColumn),
             QStringLiteral("Off target"));
}

void TestKpiTableModel::csvQuotesFieldsAndKeepsRawNumbers()
{
    KpiTableModel model;
    model.setReports(report(3000.5, 96, 4.6), std::nullopt);
    const QStringList lines = model.toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + kKpiRowCount);
    // The action column is empty without a note.
    QCOMPARE(lines[1], QStringLiteral("\"First response, median\",≤ 1 h,50 min,On target,—,—,,"
                                      "3000.500,,seconds"));
    QCOMPARE(lines[4], QStringLiteral("Resolved,≥ 95.0 %,96.0 %,On target,—,—,,96.000,,percent"));
}

void TestKpiTableModel::durations_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << 42.0 << QStringLiteral("42 s");
    QTest::newRow("rounds to a minute") << 59.6 << QStringLiteral("1 min");
    QTest::newRow("minutes") << 1500.0 << QStringLiteral("25 min");
    QTest::newRow("nearest minute") << 5129.0 << QStringLiteral("1 h 25 min");
    QTest::newRow("whole hours") << 7200.0 << QStringLiteral("2 h");
    QTest::newRow("days") << 183600.0 << QStringLiteral("2 d 3 h");
}

void TestKpiTableModel::durations()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(DashboardFormat::duration(seconds), text);
}

QTEST_MAIN(TestKpiTableModel)
#include "tst_kpitablemodel.moc"
