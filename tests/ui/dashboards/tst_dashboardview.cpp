// SPDX-License-Identifier: MIT
// The dashboard on a hand-made history: tickets worked through TicketService
// on a fixed clock, with first responses whose times the comments work out.
// Every figure the view shows is checked against MetricsEngine on the same
// query and, where it matters, against the hand-computed value.
#include "common/clock.h"
#include "dashboards/dashboardformat.h"
#include "dashboards/dashboardview.h"
#include "dashboards/dashboardworker.h"
#include "dashboards/kpitablemodel.h"
#include "dashboards/responsetrendchart.h"
#include "dashboards/slacompliancechart.h"
#include "dashboards/timeinstatuschart.h"
#include "dashboards/volumeheatmap.h"
#include "metrics/metricsengine.h"
#include "tickets/ticketservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tempdatabase.h"
#include "ticketbuilder.h"

using namespace Switchboard;

namespace {

constexpr int kWaitMs = 20000;
constexpr qint64 kMinute = 60 * 1000;

// QVERIFY2 evaluates its message even on success, so read the error safely.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// A local time in the system zone, the zone the dashboard reports in.
qint64 local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::systemTimeZone())
        .toMSecsSinceEpoch();
}

// Friday 2026-03-20 12:00 local: "last 30 days" is 2026-02-18 12:00 to now.
const qint64 kNow = local(2026, 3, 20, 12);

template <typename T> T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

QVariant cell(const KpiTableModel& model, KpiRow row, int column, int role = Qt::DisplayRole)
{
    return model.index(int(row), column).data(role);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheEnginesFiguresForLast30Days();
    void heatmapCountsTicketsByLocalWeekdayAndHour();
    void trendHasADailyPointPerBucket();
    void chartsShowTimeInStatusAndSla();
    void businessHoursMeasureInBusinessTime();
    void periodWithoutTicketsShowsTheEmptyState();
    void olderAnswersAreDropped();
    void exportsCsvAndPng();
    void controlsHaveNamesForScreenReaders();
    void tabGoesFromThePeriodThroughTheFigures();
    void showTicketsAsksForThePeriod();

private:
    TicketId ticket(qint64 createdAt, qint64 firstReplyAfterMs,
                    std::optional<TicketStatus> then = std::nullopt);
    std::optional<KpiReport> engineReport(bool businessHours) const;
    bool waitUntilIdle();

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketService> m_service;
    std::unique_ptr<DashboardView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<double> m_firstResponses; // seconds, of the tickets in the last 30 days
    QString m_failure;
};

TicketId TestDashboardView::ticket(qint64 createdAt, qint64 firstReplyAfterMs,
                                   std::optional<TicketStatus> then)
{
    m_clock->setMs(createdAt);
    NewTicketRequest request;
    request.subject = QStringLiteral("Printer jams");
    request.requesterEmail = QStringLiteral("olga@example.ru");
    request.body = QStringLiteral("The paper is stuck");
    auto created = m_service->create(request);
    if (!created) {
        m_failure = created.error().toString();
        return 0;
    }
    m_clock->setMs(createdAt + firstReplyAfterMs);
    ReplyRequest reply;
    reply.agent = QStringLiteral("anna");
    reply.body = QStringLiteral("Please try again");
    reply.thenStatus = then;
    if (auto replied = m_service->reply(created->id, reply); !replied)
        m_failure = replied.error().toString();
    return created->id;
}

void TestDashboardView::init()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kNow);
    m_service = std::make_unique<TicketService>(m_db->database(), *m_clock);
    QVERIFY(m_service->setAcknowledgementsEnabled(false).ok());
    Test::TicketBuilder builder(m_db->database());
    builder.agent(QStringLiteral("anna"), QStringLiteral("Anna"));
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));

    m_failure.clear();
    m_firstResponses.clear();
    // Tuesday 2026-03-03, 10:00-10:20: five tickets answered after 10, 20,
    // 30, 40 and 90 minutes, all inside business hours.
    const QList<int> minutes{10, 20, 30, 40, 90};
    for (int i = 0; i < minutes.size(); ++i) {
        ticket(local(2026, 3, 3, 10, 5 * i), minutes[i] * kMinute);
        m_firstResponses.append(minutes[i] * 60.0);
    }
    // Thursday 2026-03-05 15:00 and 15:30: answered after 1 h and 2 h and resolved.
    ticket(local(2026, 3, 5, 15), 60 * kMinute, TicketStatus::Resolved);
    ticket(local(2026, 3, 5, 15, 30), 120 * kMinute, TicketStatus::Resolved);
    m_firstResponses << 3600.0 << 7200.0;
    // Friday 2026-03-13 17:30, answered Monday 09:30: 64 h of calendar time
    // (less or more across a DST change), 1 h of business time.
    const qint64 friday = local(2026, 3, 13, 17, 30);
    const qint64 monday = local(2026, 3, 16, 9, 30);
    ticket(friday, monday - friday);
    m_firstResponses.append(double(monday - friday) / 1000.0);
    // The previous 30 days: one ticket answered after 20 minutes.
    ticket(local(2026, 2, 10, 10), 20 * kMinute);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    m_clock->setMs(kNow);

    m_view = std::make_unique<DashboardView>(m_db->database(), *m_clock);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->kpiModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1400, 1000);
}

void TestDashboardView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_service.reset();
    m_db.reset();
}

std::optional<KpiReport> TestDashboardView::engineReport(bool businessHours) const
{
    auto query = DashboardWorker::reportingQuery(businessHours);
    if (!query)
        return std::nullopt;
    const DashboardPeriod period =
        DashboardPeriod::of(DashboardPeriod::Kind::Last30Days, kNow, QTimeZone::systemTimeZone());
    query->fromMs = period.fromMs;
    query->toMs = period.toMs;
    auto report = MetricsEngine(m_db->database(), *m_clock).kpi(*query);
    if (!report)
        return std::nullopt;
    return report.value();
}

bool TestDashboardView::waitUntilIdle()
{
    return QTest::qWaitFor([this] { return !m_view->isLoading(); }, kWaitMs);
}

void TestDashboardView::showsTheEnginesFiguresForLast30Days()
{
    QSignalSpy shown(m_view.get(), &DashboardView::reportShown);
    m_view->show();
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(m_view->periodKind(), DashboardPeriod::Kind::Last30Days);
    QCOMPARE(m_view->period().toMs, kNow);
    QCOMPARE(m_view->period().fromMs, kNow - 30 * 24 * 60 * kMinute);

    const auto expected = engineReport(false);
    QVERIFY(expected.has_value());
    // 10, 20, 30, 40, 60, 90, 120 min and ~64 h: the median is between 40 and 60 min.
    QCOMPARE(expected->firstResponse.count, 8);
    QCOMPARE(*expected->firstResponse.medianSeconds, median(m_firstResponses));
    QCOMPARE(*expected->firstResponse.medianSeconds, 3000.0);

    const KpiTableModel& model = *m_view->kpiModel();
    QCOMPARE(model.rowCount(), kKpiRowCount);
    QCOMPARE(cell(model, KpiRow::FirstResponseMedian, KpiTableModel::ActualColumn,
                  KpiTableModel::ValueRole)
                 .toDouble(),
             *expected->firstResponse.medianSeconds);
    QCOMPARE(cell(model, KpiRow::FirstResponseMedian, KpiTableModel::ActualColumn).toString(),
             DashboardFormat::duration(3000.0));
    QCOMPARE(DashboardFormat::duration(3000.0), QStringLiteral("50 min"));
    QCOMPARE(cell(model, KpiRow::FirstResponseMedian, KpiTableModel::TargetColumn).toString(),
             QStringLiteral("≤ 1 h"));
    // 50 min against 1 h: on target, told by an icon and a word.
    QCOMPARE(cell(model, KpiRow::FirstResponseMedian, KpiTableModel::StatusColumn,
                  KpiTableModel::StatusRole)
                 .toInt(),
             int(KpiStatus::OnTarget));
    QCOMPARE(cell(model, KpiRow::FirstResponseMedian, KpiTableModel::StatusColumn).toString(),
             QStringLiteral("On target"));
    QVERIFY(
        !cell(model, KpiRow::FirstResponseMedian, KpiTableModel::StatusColumn, Qt::DecorationRole)
             .value<QIcon>()
             .isNull());
    // The previous 30 days had one first response of 20 min: up 30 min, worse.
    QCOMPARE(cell(model, KpiRow::FirstResponseMedian, KpiTableModel::PreviousColumn).toString(),
             QStringLiteral("20 min"));
    QCOMPARE(cell(model, KpiRow::FirstResponseMedian, KpiTableModel::TrendColumn).toString(),
             QStringLiteral("▲ 30 min, worse"));

    // The other rows are the engine's too.
    for (int row = 0; row < kKpiRowCount; ++row) {
        const auto value = KpiTableModel::value(*expected, KpiRow(row));
        const QVariant shownValue =
            model.index(row, KpiTableModel::ActualColumn).data(KpiTableModel::ValueRole);
        QCOMPARE(shownValue.isValid(), value.has_value());
        if (value)
            QCOMPARE(shownValue.toDouble(), *value);
    }
    // Two of the eight tickets created in the period are resolved.
    QCOMPARE(cell(model, KpiRow::ResolvedPercent, KpiTableModel::ActualColumn).toString(),
             DashboardFormat::percent(100.0 * 2 / 8));

    auto* status = child<QLabel>(*m_view, "dashboardStatus");
    QVERIFY(status);
    // Tests load no translation, so plurals read "ticket(s)"; the app's English one says "tickets".
    QVERIFY2(status->text().contains(QStringLiteral("· 8 ticket")) &&
                 status->text().endsWith(QStringLiteral(" in the period")),
             qPrintable(status->text()));
    QVERIFY(!m_view->isShowingEmptyState());
}

void TestDashboardView::heatmapCountsTicketsByLocalWeekdayAndHour()
{
    QSignalSpy shown(m_view.get(), &DashboardView::reportShown);
    m_view->show();
    QVERIFY(shown.wait(kWaitMs));
    const VolumeHeatmap* heatmap = m_view->heatmap();
    // Monday is row 0: Tuesday 10:00 holds the five, Thursday 15:00 two,
    // Friday 17:00 one.
    QCOMPARE(heatmap->count(1, 10), 5);
    QCOMPARE(heatmap->count(3, 15), 2);
    QCOMPARE(heatmap->count(4, 17), 1);
    QCOMPARE(heatmap->maximum(), 5);
    const auto expected = engineReport(false);
    QVERIFY(expected.has_value());
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour)
            QCOMPARE(heatmap->count(day, hour), expected->volume[size_t(day)][size_t(hour)]);
    }
    QVERIFY2(heatmap->cellText(1, 10).contains(QStringLiteral("10:00–11:00: 5 ticket")),
             qPrintable(heatmap->cellText(1, 10)));
    QVERIFY(heatmap->cellRect(1, 10).isValid());
}

void TestDashboardView::trendHasADailyPointPerBucket()
{
    QSignalSpy trendShown(m_view.get(), &DashboardView::trendShown);
    m_view->show();
    QVERIFY(trendShown.wait(kWaitMs));
    const ResponseTrendChart* chart = m_view->trendChart();
    QCOMPARE(chart->step(), DashboardPeriod::Step::Day);
    // 2026-02-18 12:00 to 2026-03-20 12:00: two half days and 29 whole ones.
    QCOMPARE(chart->points().size(), 31);
    QCOMPARE(chart->points().first().bucket.fromMs, m_view->period().fromMs);
    QCOMPARE(chart->points().last().bucket.toMs, m_view->period().toMs);
    const auto tuesday = std::find_if(chart->points().begin(), chart->points().end(),
                                      [](const DashboardTrendPoint& point) {
                                          return point.bucket.fromMs == local(2026, 3, 3, 0);
                                      });
    QVERIFY(tuesday != chart->points().end());
    // 10, 20, 30, 40, 90 min: mean 38 min; p90 at rank 3.6, 40 + 0.6 × 50 = 70 min.
    QCOMPARE(tuesday->firstResponse.count, 5);
    QCOMPARE(*tuesday->firstResponse.averageSeconds, 2280.0);
    QCOMPARE(*tuesday->firstResponse.p90Seconds, 4200.0);
    const int index = int(tuesday - chart->points().begin());
    QVERIFY2(chart->pointText(index).contains(QStringLiteral("mean 38 min, 90th percentile 1 h "
                                                             "10 min, 5 first response")),
             qPrintable(chart->pointText(index)));
}

void TestDashboardView::chartsShowTimeInStatusAndSla()
{
    QSignalSpy shown(m_view.get(), &DashboardView::reportShown);
    m_view->show();
    QVERIFY(shown.wait(kWaitMs));
    const auto expected = engineReport(false);
    QVERIFY(expected.has_value());
    const TimeInStatusChart* times = m_view->timeInStatusChart();
    QCOMPARE(times->timeInStatus().tickets, expected->timeInStatus.tickets);
    QCOMPARE(times->timeInStatus().tickets, 2);
    // Resolved on reply after 1 h and 2 h, all of it new: new is the bottleneck.
    QCOMPARE(times->timeInStatus().bottleneck, std::optional(TicketStatus::New));
    QVERIFY2(times->title().contains(displayName(TicketStatus::New).toLower()),
             qPrintable(times->title()));
    QVERIFY2(times->barText(TicketStatus::New).contains(QStringLiteral("1 h 30 min")),
             qPrintable(times->barText(TicketStatus::New)));
    QVERIFY(m_view->slaChart()->outcomes() == expected->sla);
}

void TestDashboardView::businessHoursMeasureInBusinessTime()
{
    QSignalSpy shown(m_view.get(), &DashboardView::reportShown);
    m_view->show();
    QVERIFY(shown.wait(kWaitMs));
    const KpiTableModel& model = *m_view->kpiModel();
    auto average = [&] {
        return cell(model, KpiRow::AverageResponse, KpiTableModel::ActualColumn,
                    KpiTableModel::ValueRole)
            .toDouble();
    };
    double calendarTotal = 0;
    for (const double seconds : std::as_const(m_firstResponses))
        calendarTotal += seconds;
    QCOMPARE(average(), calendarTotal / 8);

    QVERIFY(waitUntilIdle());
    shown.clear();
    child<QCheckBox>(*m_view, "dashboardBusinessHours")->click();
    QVERIFY(m_view->businessHours());
    QVERIFY(shown.wait(kWaitMs));
    // The weekend answer counts 30 min on Friday and 30 on Monday:
    // (10 + 20 + 30 + 40 + 90 + 60 + 120 + 60) min / 8 = 53 min 45 s.
    QCOMPARE(average(), 3225.0);
    const auto expected = engineReport(true);
    QVERIFY(expected.has_value());
    QCOMPARE(average(), *expected->response.averageSeconds);
    QVERIFY2(child<QLabel>(*m_view, "dashboardTitle")->text().contains(QStringLiteral("business")),
             qPrintable(child<QLabel>(*m_view, "dashboardTitle")->text()));
}

void TestDashboardView::periodWithoutTicketsShowsTheEmptyState()
{
    QSignalSpy shown(m_view.get(), &DashboardView::reportShown);
    m_view->show();
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(m_view->kpiModel()->rowCount(), kKpiRowCount);

    // A week in January: nothing was created, answered or resolved.
    shown.clear();
    m_view->setCustomPeriod(QDate(2026, 1, 5), QDate(2026, 1, 11));
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(m_view->periodKind(), DashboardPeriod::Kind::Custom);
    QCOMPARE(m_view->period().fromMs, local(2026, 1, 5, 0));
    QCOMPARE(m_view->period().toMs, local(2026, 1, 12, 0));
    QVERIFY(m_view->isShowingEmptyState());
    QCOMPARE(m_view->kpiModel()->rowCount(), 0);
    auto* empty = child<QLabel>(*m_view, "dashboardEmptyState");
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No tickets in this period — choose a longer period"));
    QVERIFY(!child<QPushButton>(*m_view, "dashboardExportCsv")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
    QVERIFY(!child<QProgressBar>(*m_view, "dashboardBusy")->isVisible());

    // The date edits drive the same period; back to a filled one by the combo.
    QVERIFY(child<QDateEdit>(*m_view, "dashboardFrom")->isVisible());
    shown.clear();
    auto* combo = child<QComboBox>(*m_view, "dashboardPeriod");
    combo->setCurrentIndex(combo->findData(int(DashboardPeriod::Kind::Last30Days)));
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY(!m_view->isShowingEmptyState());
    QCOMPARE(m_view->kpiModel()->rowCount(), kKpiRowCount);
    QVERIFY(!child<QDateEdit>(*m_view, "dashboardFrom")->isVisible());
}

void TestDashboardView::olderAnswersAreDropped()
{
    QSignalSpy shown(m_view.get(), &DashboardView::reportShown);
    QSignalSpy trendShown(m_view.get(), &DashboardView::trendShown);
    m_view->show(); // the first request
    m_view->refresh();
    m_view->setPeriodKind(DashboardPeriod::Kind::Last7Days);
    QVERIFY(m_view->isLoading());
    QVERIFY(trendShown.wait(kWaitMs));
    QVERIFY(waitUntilIdle());
    // Only the last of the three requests reached the screen: the last 7
    // days hold the Friday ticket answered on Monday.
    QCOMPARE(shown.size(), 1);
    QCOMPARE(trendShown.size(), 1);
    QCOMPARE(m_view->period().fromMs, kNow - 7 * 24 * 60 * kMinute);
    QCOMPARE(m_view->trendChart()->points().size(), 8);
    QCOMPARE(cell(*m_view->kpiModel(), KpiRow::FirstResponseMedian, KpiTableModel::ActualColumn,
                  KpiTableModel::ValueRole)
                 .toDouble(),
             m_firstResponses.last());
}

void TestDashboardView::exportsCsvAndPng()
{
    QSignalSpy shown(m_view.get(), &DashboardView::reportShown);
    m_view->show();
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY(waitUntilIdle());
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("kpi.csv"));
    const auto csv = m_view->exportCsv(csvPath);
    QVERIFY2(csv.ok(), why(csv).constData());
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + kKpiRowCount);
    QCOMPARE(lines[0], QStringLiteral("KPI,Target,Actual,Status,Previous period,Trend,Action,"
                                      "Actual (number),Previous (number),Unit"));
    QCOMPARE(lines[1], QStringLiteral("\"First response, median\",≤ 1 h,50 min,On target,20 min,"
                                      "\"▲ 30 min, worse\",,3000.000,1200.000,seconds"));

    const QString pngPath = dir.filePath(QStringLiteral("dashboard.png"));
    const auto png = m_view->exportPng(pngPath);
    QVERIFY2(png.ok(), why(png).constData());
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    // The whole dashboard: the table and the charts below it.
    QVERIFY(image.height() >= child<QTableView>(*m_view, "dashboardKpiTable")->height() + 520);
}

void TestDashboardView::controlsHaveNamesForScreenReaders()
{
    m_view->show();
    QVERIFY(waitUntilIdle());
    for (const char* name :
         {"dashboardPeriod", "dashboardFrom", "dashboardTo", "dashboardBusinessHours",
          "dashboardRefresh", "dashboardShowTickets", "dashboardExportCsv", "dashboardExportPng",
          "dashboardExportPdf", "dashboardKpiTable", "dashboardHeatmap", "dashboardResponseTrend",
          "dashboardTimeInStatus", "dashboardSlaCompliance", "dashboardBacklog",
          "dashboardChannelType", "dashboardAgentRatings"}) {
        auto* widget = child<QWidget>(*m_view, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
    }
    QVERIFY2(m_view->heatmap()->accessibleDescription().contains(QStringLiteral("Busiest")),
             qPrintable(m_view->heatmap()->accessibleDescription()));
}

void TestDashboardView::tabGoesFromThePeriodThroughTheFigures()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QVERIFY(waitUntilIdle());
    auto* period = child<QComboBox>(*m_view, "dashboardPeriod");
    period->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), period);
    QStringList visited;
    for (int i = 0; i < 15; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    const QStringList expected{
        QStringLiteral("dashboardBusinessHours"), QStringLiteral("dashboardRefresh"),
        QStringLiteral("dashboardShowTickets"),   QStringLiteral("dashboardExportCsv"),
        QStringLiteral("dashboardExportPng"),     QStringLiteral("dashboardExportPdf"),
        QStringLiteral("dashboardKpiTable"),      QStringLiteral("dashboardResponseTrend"),
        QStringLiteral("dashboardHeatmap"),       QStringLiteral("dashboardTimeInStatus"),
        QStringLiteral("dashboardSlaCompliance"), QStringLiteral("dashboardSlaTrend"),
        QStringLiteral("dashboardBacklog"),       QStringLiteral("dashboardChannelType"),
        QStringLiteral("dashboardAgentRatings")};
    QCOMPARE(visited.mid(0, expected.size()), expected);
    // The heatmap's cells by the arrow keys.
    m_view->heatmap()->setFocus();
    QTest::keyClick(m_view->heatmap(), Qt::Key_Down);
    QTest::keyClick(m_view->heatmap(), Qt::Key_End);
    QVERIFY2(m_view->heatmap()->accessibleDescription().startsWith(
                 QStringLiteral("Current cell: %1.").arg(m_view->heatmap()->cellText(1, 23))),
             qPrintable(m_view->heatmap()->accessibleDescription()));
}

void TestDashboardView::showTicketsAsksForThePeriod()
{
    m_view->show();
    QVERIFY(waitUntilIdle());
    QSignalSpy requested(m_view.get(), &DashboardView::showTicketsRequested);
    child<QPushButton>(*m_view, "dashboardShowTickets")->click();
    QCOMPARE(requested.size(), 1);
    const auto filter = requested.first().first().value<QueueFilter>();
    QCOMPARE(filter.createdFromMs, std::optional(m_view->period().fromMs));
    QCOMPARE(filter.createdToMs, std::optional(m_view->period().toMs));
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
