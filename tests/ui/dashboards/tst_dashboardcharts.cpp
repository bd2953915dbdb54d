// SPDX-License-Identifier: MIT
// The dashboard's scorecard, backlog, channel and type, and staffing charts
// on a small demo history, each compared with MetricsEngine on the same
// query; the KPI targets edited through the table and read back by a new
// model; and the chart, PDF and CSV exports.
#include "common/clock.h"
#include "dashboards/agentratingschart.h"
#include "dashboards/backlogchart.h"
#include "dashboards/channeltypechart.h"
#include "dashboards/dashboardexporter.h"
#include "dashboards/dashboardformat.h"
#include "dashboards/dashboardview.h"
#include "dashboards/dashboardworker.h"
#include "dashboards/kpitablemodel.h"
#include "dashboards/responsetrendchart.h"
#include "dashboards/volumeheatmap.h"
#include "demo/demodatagenerator.h"
#include "metrics/kpitargetrepository.h"
#include "metrics/metricsengine.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tempdatabase.h"

using namespace Switchboard;

namespace {

constexpr int kWaitMs = 60000;

template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

QByteArray why(const Status& status)
{
    return status ? QByteArray() : status.error().toString().toUtf8();
}

qint64 local(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::systemTimeZone())
        .toMSecsSinceEpoch();
}

const qint64 kNow = local(2026, 3, 20, 12);

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

KpiReport reportWithFirstResponseMedian(double seconds)
{
    KpiReport report;
    report.ticketsCreated = 10;
    report.firstResponse.count = 10;
    report.firstResponse.medianSeconds = seconds;
    return report;
}

AgentScore agentRow(AgentId id, const QString& login, double total, qint64 rated, bool low)
{
    AgentScore row;
    row.agent = id;
    row.login = login;
    row.name = login;
    row.total = total;
    row.rated = rated;
    row.resolved = rated * 3;
    row.lowSample = low;
    return row;
}

} // namespace

class TestDashboardCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void scorecardChartFollowsTheEnginesRanking();
    void channelAndTypeBarsAreTheEnginesCounts();
    void backlogPointsAreTheEnginesBacklog();
    void heatmapOverlaysTheEnginesStaffing();
    void ratingsChartSortsBestFirstAndMarksLowSamples();
    void editedTargetPersistsAndRecolours();
    void targetEditedInTheTableIsStored();
    void everyChartHasExportActionsAndADefinition();
    void exportsSvgPngAndPdf();
    void csvQuoting_data();
    void csvQuoting();
    void csvOfAnyTable();

private:
    MetricsQuery query(const DashboardPeriod& period) const;

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<DashboardView> m_view;
};

void TestDashboardCharts::initTestCase()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kNow);
    DemoOptions options;
    options.tickets = 1500;
    options.agents = 8;
    options.days = 45;
    options.seed = 3;
    DemoDataGenerator generator(m_db->database(), *m_clock, options);
    const auto generated = generator.generate();
    QVERIFY2(generated, why(generated).constData());

    m_view = std::make_unique<DashboardView>(m_db->database(), *m_clock);
    m_view->resize(1400, 900);
    QSignalSpy details(m_view.get(), &DashboardView::detailsShown);
    m_view->show();
    QVERIFY(details.wait(kWaitMs));
    QVERIFY(QTest::qWaitFor([this] { return !m_view->isLoading(); }, kWaitMs));
    QVERIFY(!m_view->isShowingEmptyState());
}

void TestDashboardCharts::cleanupTestCase()
{
    m_view.reset();
}

MetricsQuery TestDashboardCharts::query(const DashboardPeriod& period) const
{
    auto reporting = DashboardWorker::reportingQuery(false);
    MetricsQuery q = reporting ? *reporting : MetricsQuery{};
    q.fromMs = period.fromMs;
    q.toMs = period.toMs;
    return q;
}

void TestDashboardCharts::scorecardChartFollowsTheEnginesRanking()
{
    const MetricsEngine engine(m_db->database(), *m_clock);
    const auto expected = engine.agents(query(m_view->period()));
    QVERIFY2(expected, why(expected).constData());
    QList<AgentId> ranked;
    for (const AgentScore& agent : expected->current.agents)
        if (agent.total)
            ranked.append(agent.agent);
    QVERIFY2(ranked.size() >= 3, "the demo should give several ranked agents");

    const AgentRatingsChart* chart = m_view->agentRatingsChart();
    QList<AgentId> shown;
    for (const AgentScore& agent : chart->agents())
        shown.append(agent.agent);
    QCOMPARE(shown, ranked);
    for (qsizetype i = 1; i < chart->agents().size(); ++i)
        QVERIFY(*chart->agents()[i - 1].total >= *chart->agents()[i].total);
    QVERIFY(expected->current.teamTotal.has_value());
    QCOMPARE(chart->teamAverage(), expected->current.teamTotal);
    // The team average is drawn and named in the description.
    QVERIFY2(chart->accessibleDescription().contains(
                 QStringLiteral("Team average %1")
                     .arg(QLocale().toString(*expected->current.teamTotal, 'f', 1))),
             qPrintable(chart->accessibleDescription()));
    // Exact values and the rated count in the tooltip text.
    const AgentScore& best = chart->agents().first();
    QVERIFY2(chart->barText(0).contains(QLocale().toString(*best.total, 'f', 1)),
             qPrintable(chart->barText(0)));
    QVERIFY2(chart->barText(0).contains(QStringLiteral("%1 rated").arg(best.rated)),
             qPrintable(chart->barText(0)));

    QSignalSpy requested(m_view.get(), &DashboardView::showTicketsRequested);
    emit m_view->agentRatingsChart()->agentActivated(best.agent);
    QCOMPARE(requested.size(), 1);
    const auto filter = requested.first().first().value<QueueFilter>();
    QCOMPARE(filter.assignees, QList<AgentId>{best.agent});
}

void TestDashboardCharts::channelAndTypeBarsAreTheEnginesCounts()
{
    const MetricsEngine engine(m_db->database(), *m_clock);
    const MetricsQuery base = query(m_view->period());
    const auto all = engine.kpi(base);
    QVERIFY2(all, why(all).constData());
    const ChannelTypeChart* chart = m_view->channelTypeChart();
    QVERIFY(chart->breakdown().has_value());
    qint64 channels = 0;
    qint64 types = 0;
    for (int bar = 0; bar < ChannelTypeChart::barCount(); ++bar) {
        MetricsQuery q = base;
        if (bar < 4)
            q.channels = {Channel(bar)};
        else
            q.types = {TicketType(bar - 4)};
        const auto report = engine.kpi(q);
        QVERIFY2(report, why(report).constData());
        QCOMPARE(chart->barValue(bar), report->ticketsCreated);
        (bar < 4 ? channels : types) += chart->barValue(bar);
    }
    QCOMPARE(channels, all->ticketsCreated);
    QCOMPARE(types, all->ticketsCreated);
    QVERIFY(all->ticketsCreated > 0);

    QSignalSpy requested(m_view.get(), &DashboardView::showTicketsRequested);
    emit m_view->channelTypeChart()->barActivated(Channel::Chat, std::nullopt);
    QCOMPARE(requested.size(), 1);
    const auto filter = requested.first().first().value<QueueFilter>();
    QCOMPARE(filter.channels, QList<Channel>{Channel::Chat});
    QCOMPARE(filter.createdFromMs, std::optional(m_view->period().fromMs));
}

void TestDashboardCharts::backlogPointsAreTheEnginesBacklog()
{
    const BacklogChart* chart = m_view->backlogChart();
    const auto& points = chart->points();
    QCOMPARE(points.size(), 31); // 30 days cut at local midnights
    const MetricsEngine engine(m_db->database(), *m_clock);
    for (const int i : {0, 10, int(points.size()) - 1}) {
        const auto report = engine.kpi(query(points[i].bucket));
        QVERIFY2(report, why(report).constData());
        QCOMPARE(points[i].backlogEnd, report->backlogEnd);
        QCOMPARE(points[i].backlogStart, report->backlogStart);
        QCOMPARE(points[i].created, report->ticketsCreated);
    }
    // One day's end is the next day's start.
    for (qsizetype i = 1; i < points.size(); ++i)
        QCOMPARE(points[i].backlogStart, points[i - 1].backlogEnd);
    QVERIFY2(chart->pointText(3).contains(DashboardFormat::count(points[3].backlogEnd)),
             qPrintable(chart->pointText(3)));
}

void TestDashboardCharts::heatmapOverlaysTheEnginesStaffing()
{
    const MetricsEngine engine(m_db->database(), *m_clock);
    const auto expected =
        engine.staffing(query(m_view->period()), DashboardWorker::kStaffingServiceLevel,
                        DashboardWorker::kStaffingAnswerWithinSeconds);
    QVERIFY2(expected, why(expected).constData());
    const VolumeHeatmap* heatmap = m_view->heatmap();
    QVERIFY(heatmap->staffing().has_value());
    int understaffed = 0;
    int staffed = 0;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const StaffingSlot& slot = expected->slot(day + 1, hour);
            QCOMPARE(heatmap->staffing()->slot(day + 1, hour).agentsNeeded, slot.agentsNeeded);
            const bool shortage = slot.agentsNeeded && slot.agentsAvailable &&
                                  *slot.agentsAvailable < *slot.agentsNeeded;
            QCOMPARE(heatmap->isUnderstaffed(day, hour), shortage);
            (shortage ? understaffed : staffed) += 1;
            if (slot.agentsNeeded) {
                const QString text = heatmap->cellText(day, hour);
                QVERIFY2(text.contains(QStringLiteral("Agents needed: %1")
                                           .arg(QLocale().toString(*slot.agentsNeeded))),
                         qPrintable(text));
                QVERIFY2(text.contains(QStringLiteral("Arrivals:")), qPrintable(text));
            }
        }
    }
    QVERIFY(staffed > 0);
}

void TestDashboardCharts::ratingsChartSortsBestFirstAndMarksLowSamples()
{
    AgentRatingsChart chart;
    ScorecardPeriod period;
    period.agents = {agentRow(1, QStringLiteral("boris"), 41.5, 20, false),
                     agentRow(2, QStringLiteral("anna"), 77.25, 3, true),
                     agentRow(3, QStringLiteral("vera"), 60.0, 14, false)};
    AgentScore noTotal = agentRow(4, QStringLiteral("gleb"), 0, 0, true);
    noTotal.total.reset();
    period.agents.append(noTotal);
    period.teamTotal = 59.6;
    chart.setScorecard(period, 10);
    QCOMPARE(chart.agents().size(), 3);
    QCOMPARE(chart.agents()[0].login, QStringLiteral("anna"));
    QCOMPARE(chart.agents()[1].login, QStringLiteral("vera"));
    QCOMPARE(chart.agents()[2].login, QStringLiteral("boris"));
    QCOMPARE(chart.teamAverage(), std::optional(59.6));
    QVERIFY2(chart.barText(0).contains(QStringLiteral("Low sample")), qPrintable(chart.barText(0)));
    QVERIFY(!chart.barText(1).contains(QStringLiteral("Low sample")));
    QVERIFY2(chart.barText(0).contains(QStringLiteral("77.3")), qPrintable(chart.barText(0)));
    QVERIFY2(chart.barText(0).startsWith(QStringLiteral("anna: total 77.3 of 100; 9 resolved, 3 "
                                                        "rated")),
             qPrintable(chart.barText(0)));
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("Team average 59.6")));
}

void TestDashboardCharts::editedTargetPersistsAndRecolours()
{
    Test::TempDatabase db;
    QVERIFY(db.isValid());
    const auto row = KpiRow::FirstResponseMedian;
    {
        KpiTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setTargetStore(db.database());
        model.setReports(reportWithFirstResponseMedian(3000), std::nullopt);
        QVERIFY(model.isEditable());
        const QModelIndex target = model.index(int(row), KpiTableModel::TargetColumn);
        const QModelIndex status = model.index(int(row), KpiTableModel::StatusColumn);
        QVERIFY(target.flags() & Qt::ItemIsEditable);
        QVERIFY(!(model.index(int(row), KpiTableModel::ActualColumn).flags() & Qt::ItemIsEditable));
        // 50 min against the default 1 h: on target, green.
        QCOMPARE(status.data(KpiTableModel::StatusRole).toInt(), int(KpiStatus::OnTarget));
        const QColor before = status.data(Qt::BackgroundRole).value<QColor>();
        QCOMPARE(target.data(Qt::EditRole).toDouble(), 60.0);

        QSignalSpy changed(&model, &KpiTableModel::dataChanged);
        QVERIFY(model.setData(target, 40.0)); // minutes
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.targets()[row], std::optional(2400.0));
        QCOMPARE(status.data(KpiTableModel::StatusRole).toInt(), int(KpiStatus::OffTarget));
        QCOMPARE(status.data().toString(), QStringLiteral("Off target"));
        const QColor after = status.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(after.rgb() != before.rgb());
        QCOMPARE(target.data().toString(), QStringLiteral("≤ 40 min"));

        QVERIFY(model.setData(model.index(int(row), KpiTableModel::ActionColumn),
                              QStringLiteral("Morning shift, \"two\" more agents")));
        // Cleared: no target, no status.
        QVERIFY(
            model.setData(model.index(int(KpiRow::FcrPercent), KpiTableModel::TargetColumn), 70.0));
        QVERIFY(model.setData(
            model.index(int(KpiRow::SatisfactionAverage), KpiTableModel::TargetColumn), 0.0));
        // Out of range for a percentage.
        QVERIFY(!model.setData(
            model.index(int(KpiRow::ResolvedPercent), KpiTableModel::TargetColumn), 120.0));
    }
    KpiTableModel reloaded;
    reloaded.setTargetStore(db.database());
    reloaded.setReports(reportWithFirstResponseMedian(3000), std::nullopt);
    QCOMPARE(reloaded.targets()[row], std::optional(2400.0));
    QCOMPARE(reloaded.action(row), QStringLiteral("Morning shift, \"two\" more agents"));
    QCOMPARE(reloaded.targets()[KpiRow::FcrPercent], std::optional(70.0));
    QCOMPARE(reloaded.targets()[KpiRow::SatisfactionAverage], std::nullopt);
    QCOMPARE(reloaded.targets()[KpiRow::ResolvedPercent], std::optional(95.0)); // the default
    QCOMPARE(reloaded.index(int(row), KpiTableModel::StatusColumn)
                 .data(KpiTableModel::StatusRole)
                 .toInt(),
             int(KpiStatus::OffTarget));
    QCOMPARE(reloaded.index(int(KpiRow::SatisfactionAverage), KpiTableModel::StatusColumn)
                 .data(KpiTableModel::StatusRole)
                 .toInt(),
             int(KpiStatus::NoTarget));
    // The action is in the CSV, quoted.
    QVERIFY2(
        reloaded.toCsv().contains(QStringLiteral("\"Morning shift, \"\"two\"\" more agents\"")),
        qPrintable(reloaded.toCsv()));

    // Without a store nothing is editable.
    KpiTableModel readOnly;
    readOnly.setReports(reportWithFirstResponseMedian(3000), std::nullopt);
    QVERIFY(!(readOnly.index(0, KpiTableModel::TargetColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!readOnly.setData(readOnly.index(0, KpiTableModel::TargetColumn), 10.0));
}

void TestDashboardCharts::targetEditedInTheTableIsStored()
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("dashboardKpiTable"));
    QVERIFY(table);
    const QModelIndex target =
        m_view->kpiModel()->index(int(KpiRow::ResolutionMedian), KpiTableModel::TargetColumn);
    table->setFocus();
    table->setCurrentIndex(target);
    table->edit(target);
    auto* editor = table->findChild<QDoubleSpinBox*>(QStringLiteral("kpiTargetEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->value(), 24 * 60.0); // the default, 24 h, in minutes
    QCOMPARE(editor->suffix(), QStringLiteral(" min"));
    editor->setValue(600);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_view->kpiModel()->targets()[KpiRow::ResolutionMedian], std::optional(36000.0));
    const auto stored = KpiTargetRepository(m_db->database()).load();
    QVERIFY2(stored, why(stored).constData());
    const KpiTargetEntry entry = stored->entry(KpiTableModel::key(KpiRow::ResolutionMedian));
    QVERIFY(entry.targetSet);
    QCOMPARE(entry.target, std::optional(36000.0));
    // The trend's goal follows the first-response target as it is edited.
    QVERIFY(m_view->kpiModel()->setData(
        m_view->kpiModel()->index(int(KpiRow::FirstResponseMedian), KpiTableModel::TargetColumn),
        45.0));
    QVERIFY2(m_view->trendChart()->accessibleDescription().contains(
                 QStringLiteral("Goal %1").arg(DashboardFormat::duration(2700.0))),
             qPrintable(m_view->trendChart()->accessibleDescription()));
}

void TestDashboardCharts::everyChartHasExportActionsAndADefinition()
{
    const QList<QWidget*> charts = m_view->charts();
    QCOMPARE(charts.size(), 8);
    for (QWidget* chart : charts) {
        QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList texts;
        for (QAction* action : chart->actions())
            texts.append(action->text());
        QVERIFY2(texts.contains(QStringLiteral("Export as PNG…")) &&
                     texts.contains(QStringLiteral("Export as SVG…")) &&
                     texts.contains(QStringLiteral("Export dashboard as PDF…")),
                 qPrintable(chart->objectName() + u' ' + texts.join(u'|')));
        if (auto* view = qobject_cast<DashboardChartView*>(chart))
            QVERIFY2(view->definition().endsWith(u'.'), qPrintable(chart->objectName()));
        QVERIFY(chart->isVisible());
    }
    for (int r = 0; r < kKpiRowCount; ++r) {
        const QString tip =
            m_view->kpiModel()->index(r, KpiTableModel::KpiColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(KpiTableModel::definition(KpiRow(r))), qPrintable(tip));
    }
}

void TestDashboardCharts::exportsSvgPngAndPdf()
{
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("trend.svg"));
    const Status svg = m_view->exportChartSvg(m_view->trendChart(), svgPath);
    QVERIFY2(svg, why(svg).constData());
    const QByteArray svgBytes = readAll(svgPath);
    QVERIFY(svgBytes.startsWith("<?xml"));
    QVERIFY(svgBytes.contains("<svg"));
    QVERIFY(svgBytes.contains("</svg>"));
    // Text stays text: the chart's title is in the document.
    QVERIFY(svgBytes.contains("First-response time"));

    const QString heatmapSvg = dir.filePath(QStringLiteral("heatmap.svg"));
    const Status heat = m_view->exportChartSvg(m_view->charts()[2], heatmapSvg);
    QVERIFY2(heat, why(heat).constData());
    QVERIFY(readAll(heatmapSvg).contains("<svg"));

    const QString pngPath = dir.filePath(QStringLiteral("agents.png"));
    const Status png = m_view->exportChartPng(m_view->agentRatingsChart(), pngPath);
    QVERIFY2(png, why(png).constData());
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), m_view->agentRatingsChart()->size());

    const QString pdfPath = dir.filePath(QStringLiteral("dashboard.pdf"));
    const Status pdf = m_view->exportPdf(pdfPath);
    QVERIFY2(pdf, why(pdf).constData());
    const QByteArray pdfBytes = readAll(pdfPath);
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() > 20000);
    // The table and seven charts do not fit one A4 page.
    QVERIFY(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page ") +
                pdfBytes.count("/Type /Page/") >=
            2);
    // Only the finished file is left.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);

    const Status bad = m_view->exportPdf(dir.filePath(QStringLiteral("missing/dir/x.pdf")));
    QVERIFY(!bad);
}

void TestDashboardCharts::csvQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Resolved") << QStringLiteral("Resolved");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return")
        << QStringLiteral("one\rtwo") << QStringLiteral("\"one\rtwo\"");
    QTest::newRow("cyrillic") << QStringLiteral("Решено") << QStringLiteral("Решено");
    QTest::newRow("empty") << QString() << QString();
}

void TestDashboardCharts::csvQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(DashboardExporter::csvField(text), field);
}

void TestDashboardCharts::csvOfAnyTable()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Agent"), QStringLiteral("Note")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("anna")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("fast, \"kind\"")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("boris")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("1.5")));
    QCOMPARE(DashboardExporter::toCsv(model),
             QStringLiteral("Agent,Note\r\nanna,\"fast, \"\"kind\"\"\"\r\nboris,1.5\r\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    const Status written = DashboardExporter::writeCsv(path, DashboardExporter::toCsv(model));
    QVERIFY2(written, why(written).constData());
    QVERIFY(readAll(path).startsWith("\xEF\xBB\xBF"
                                     "Agent,Note\r\n"));
}

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
