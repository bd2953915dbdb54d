// SPDX-License-Identifier: MIT
// The scorecard weights dialog against the stored weights, and the SLA
// compliance trend chart against the trend points it is given.
#include "dashboards/agentratingschart.h"
#include "dashboards/dashboardformat.h"
#include "dashboards/dashboardview.h"
#include "dashboards/scorecardweightsdialog.h"
#include "dashboards/slacompliancechart.h"
#include "dashboards/slatrendchart.h"
#include "metrics/metricsengine.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "tempdatabase.h"

using namespace Switchboard;

namespace {

SlaCompliance sla(qint64 met, qint64 atGoal, qint64 breached)
{
    SlaCompliance result;
    result.met = met;
    result.atGoal = atGoal;
    result.breached = breached;
    return result;
}

DashboardTrend threeDays()
{
    DashboardTrend trend;
    trend.step = DashboardPeriod::Step::Day;
    const qint64 day = 24 * 3600 * 1000LL;
    const qint64 start = QDateTime(QDate(2026, 3, 2), QTime(0, 0)).toMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        DashboardTrendPoint point;
        point.bucket = {start + i * day, start + (i + 1) * day};
        trend.points.append(point);
    }
    trend.points[0].sla = {sla(8, 1, 1), sla(3, 0, 1), sla(10, 0, 0)};
    // Day 2 decided no next response: its line skips that day.
    trend.points[1].sla = {sla(5, 0, 5), sla(0, 0, 0), sla(6, 2, 2)};
    trend.points[2].sla = {sla(0, 0, 4), sla(2, 2, 0), sla(19, 0, 1)};
    return trend;
}

QLineSeries* seriesNamed(const QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries*>(series);
    }
    return nullptr;
}

QPushButton* button(ScorecardWeightsDialog& dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    return box ? box->button(which) : nullptr;
}

} // namespace

class TestScorecardWeights : public QObject
{
    Q_OBJECT

private slots:
    void slaTrendLinesAreTheBucketsCompliance();
    void slaTrendChartIsOnTheDashboard();
    void weightSavedWithOk();
    void allZeroShowsTheErrorAndStoresNothing();
    void cancelAndRestoreDefaults();
};

void TestScorecardWeights::slaTrendLinesAreTheBucketsCompliance()
{
    SlaTrendChart chart;
    chart.resize(700, 400);
    const DashboardTrend trend = threeDays();
    chart.setTrend(trend);
    for (const SlaMetric metric :
         {SlaMetric::FirstResponse, SlaMetric::NextResponse, SlaMetric::Resolution}) {
        QLineSeries* line = seriesNamed(chart.chart(), SlaComplianceChart::metricName(metric));
        QVERIFY(line);
        QList<QPointF> expected;
        for (int i = 0; i < trend.points.size(); ++i) {
            if (const auto percent = trend.points[i].sla[size_t(metric)].compliancePercent())
                expected.append(QPointF(i, *percent));
        }
        QCOMPARE(line->points(), expected);
        QCOMPARE(chart.values(metric), expected);
    }
    // The null bucket is skipped, not drawn as 0.
    QCOMPARE(seriesNamed(chart.chart(), SlaComplianceChart::metricName(SlaMetric::NextResponse))
                 ->count(),
             2);
    QCOMPARE(chart.values(SlaMetric::FirstResponse).at(0).y(), 90.0);
    QCOMPARE(chart.values(SlaMetric::FirstResponse).at(2).y(), 0.0);

    const QString tip = chart.pointText(SlaMetric::Resolution, 1);
    QVERIFY2(tip.contains(DashboardFormat::percent(80.0)) && tip.contains(QStringLiteral("8")) &&
                 tip.contains(QStringLiteral("10")),
             qPrintable(tip));
    QVERIFY2(chart.pointText(SlaMetric::NextResponse, 1).contains(QStringLiteral("no outcome")),
             qPrintable(chart.pointText(SlaMetric::NextResponse, 1)));

    // The 95 % reference line across the chart.
    QLineSeries* reference = nullptr;
    for (QAbstractSeries* series : chart.chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (line && line->count() == 2 && line->at(0).y() == SlaTrendChart::kReferencePercent &&
            line->at(1).y() == SlaTrendChart::kReferencePercent)
            reference = line;
    }
    QVERIFY(reference);
    QCOMPARE(reference->pen().style(), Qt::DashLine);
    QVERIFY(chart.title().contains(QStringLiteral("by day")));
    QVERIFY(chart.definition().endsWith(u'.'));
}

void TestScorecardWeights::slaTrendChartIsOnTheDashboard()
{
    Test::TempDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorString()));
    DashboardView view(db.database(), Clock::system());
    QVERIFY(view.slaTrendChart());
    const QList<QWidget*> charts = view.charts();
    // Next to the SLA outcomes, and so in the PDF report, which draws charts().
    const qsizetype outcomes = charts.indexOf(view.slaChart());
    QVERIFY(outcomes >= 0);
    QCOMPARE(charts.value(outcomes + 1), static_cast<QWidget*>(view.slaTrendChart()));
    // The weights are edited from the scorecard chart's menu.
    QStringList texts;
    for (QAction* action : view.agentRatingsChart()->actions())
        texts.append(action->text());
    QVERIFY2(texts.contains(QStringLiteral("Scorecard &weights…")), qPrintable(texts.join(u'|')));
}

void TestScorecardWeights::weightSavedWithOk()
{
    Test::TempDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorString()));
    ScorecardWeightsDialog dialog(db.database());
    dialog.show();
    QDoubleSpinBox* quality = dialog.spinBox(ScorecardCriterion::Quality);
    QCOMPARE(quality->value(), 1.0);
    QCOMPARE(quality->maximum(), 10.0);
    QCOMPARE(quality->singleStep(), 0.5);
    QVERIFY(!quality->toolTip().isEmpty());
    // Five weights of 1: 20 % each.
    QCOMPARE(dialog.shareLabel(ScorecardCriterion::Reaction)->text(),
             DashboardFormat::percent(20.0));

    quality->selectAll();
    QTest::keyClicks(quality, QStringLiteral("3"));
    QCOMPARE(quality->value(), 3.0);
    // 3 of 7.
    QCOMPARE(dialog.shareLabel(ScorecardCriterion::Quality)->text(),
             DashboardFormat::percent(300.0 / 7));
    QCOMPARE(dialog.shareLabel(ScorecardCriterion::Reaction)->text(),
             DashboardFormat::percent(100.0 / 7));

    QPushButton* ok = button(dialog, QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    const MetricsEngine engine(db.database());
    const auto stored = engine.scorecardWeights();
    QVERIFY(stored);
    QCOMPARE(stored->weight(ScorecardCriterion::Quality), 3.0);
    QCOMPARE(stored->weight(ScorecardCriterion::Reaction), 1.0);

    // A new dialog starts from what was stored.
    ScorecardWeightsDialog again(db.database());
    QCOMPARE(again.spinBox(ScorecardCriterion::Quality)->value(), 3.0);
}

void TestScorecardWeights::allZeroShowsTheErrorAndStoresNothing()
{
    Test::TempDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorString()));
    ScorecardWeightsDialog dialog(db.database());
    dialog.show();
    QVERIFY(dialog.errorText().isEmpty());
    for (const ScorecardCriterion criterion :
         {ScorecardCriterion::Reaction, ScorecardCriterion::Quality,
          ScorecardCriterion::Effectiveness, ScorecardCriterion::Communication,
          ScorecardCriterion::Feedback})
        dialog.spinBox(criterion)->setValue(0);
    QCOMPARE(dialog.shareLabel(ScorecardCriterion::Quality)->text(),
             DashboardFormat::notAvailable());

    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("above 0")),
             qPrintable(dialog.errorText()));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("scorecardWeightsError"));
    QVERIFY(error && error->isVisible());

    const MetricsEngine engine(db.database());
    const auto stored = engine.scorecardWeights();
    QVERIFY(stored);
    QCOMPARE(*stored, ScorecardWeights{}); // nothing stored: the defaults
    // Changing a weight clears the message.
    dialog.spinBox(ScorecardCriterion::Feedback)->setValue(2);
    QVERIFY(dialog.errorText().isEmpty());
}

void TestScorecardWeights::cancelAndRestoreDefaults()
{
    Test::TempDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorString()));
    ScorecardWeightsDialog dialog(db.database());
    dialog.show();
    dialog.spinBox(ScorecardCriterion::Reaction)->setValue(4.5);
    QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.weights(), ScorecardWeights{});
    dialog.spinBox(ScorecardCriterion::Reaction)->setValue(6);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const MetricsEngine engine(db.database());
    const auto stored = engine.scorecardWeights();
    QVERIFY(stored);
    QCOMPARE(stored->weight(ScorecardCriterion::Reaction), 1.0);
}

QTEST_MAIN(TestScorecardWeights)
#include "tst_scorecardweights.moc"
