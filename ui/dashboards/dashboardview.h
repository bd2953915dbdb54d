// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "dashboardperiod.h"
#include "dashboardworker.h"
#include "kpitablemodel.h"
#include "storage/database.h"
#include "tickets/queuequery.h"

#include <QThread>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace Switchboard {

class AgentRatingsChart;
class BacklogChart;
class ChannelTypeChart;
class ResponseTrendChart;
class SlaComplianceChart;
class SlaTrendChart;
class TimeInStatusChart;
class VolumeHeatmap;

// The dashboards area: a period picker, "business hours" and refresh on top
// with a status line; then the KPI table (target, actual, status, previous
// period, trend, action; targets and actions editable and stored) and the
// charts in a grid of two columns (one when narrow): first-response trend,
// backlog, volume by weekday and hour with the staffing overlay, time in
// status, SLA outcomes, SLA compliance by bucket, tickets by channel and
// type, and the agents' scorecard across the full width (its context menu
// edits the scorecard weights). Every chart's context menu exports it as
// PNG or SVG, or the whole dashboard as a PDF report; the table's exports it
// as CSV. Every figure comes from MetricsEngine (docs/metrics.md) on a
// worker thread with its own connection; the answer of an older request is
// dropped, so picking periods quickly never waits for the database. Computes
// when first shown, then on each change or Refresh (F5). Owns the worker and
// its thread.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(DatabasePtr database, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardView() override;

    void setPeriodKind(DashboardPeriod::Kind kind);
    DashboardPeriod::Kind periodKind() const;
    // Chooses Custom: whole local days, both included.
    void setCustomPeriod(const QDate& from, const QDate& to);
    // Business time of builtin:weekdays-9-18 instead of calendar time.
    void setBusinessHours(bool on);
    bool businessHours() const;
    // The KPI table's targets; the trend's goal line is the first-response one.
    void setTargets(const KpiTargets& targets);

    // The period of the latest request.
    DashboardPeriod period() const { return m_period; }
    // True from a request until its report and trend are shown.
    bool isLoading() const { return m_loadingReport || m_loadingDetails || m_loadingTrend; }
    // True when the shown period has no tickets and the empty state is up.
    bool isShowingEmptyState() const;
    KpiTableModel* kpiModel() const { return m_model; }
    VolumeHeatmap* heatmap() const { return m_heatmap; }
    ResponseTrendChart* trendChart() const { return m_trend; }
    TimeInStatusChart* timeInStatusChart() const { return m_timeInStatus; }
    SlaComplianceChart* slaChart() const { return m_sla; }
    SlaTrendChart* slaTrendChart() const { return m_slaTrend; }
    AgentRatingsChart* agentRatingsChart() const { return m_agents; }
    BacklogChart* backlogChart() const { return m_backlog; }
    ChannelTypeChart* channelTypeChart() const { return m_channels; }
    // Every chart of the grid, in reading order (the heatmap as its titled box).
    QList<QWidget*> charts() const;
    // Team leads edit the KPI targets, action notes and scorecard weights;
    // others only read them.
    void setTargetsEditable(bool editable);

    // The KPI table as CSV (UTF-8) / the whole dashboard as a PNG image; the
    // buttons ask for a file and call these.
    Status exportCsv(const QString& path) const;
    Status exportPng(const QString& path) const;
    // The PDF report: title, period, the KPI table, then every chart.
    Status exportPdf(const QString& path) const;
    // One chart of charts() as a PNG or SVG file.
    Status exportChartPng(QWidget* chart, const QString& path) const;
    Status exportChartSvg(QWidget* chart, const QString& path) const;

public slots:
    // Computes the dashboard of the chosen period again.
    void refresh();

signals:
    // After every answer to the latest request: figures, the empty state or an error.
    void reportShown();
    // After the trend of the latest request (or its failure).
    void trendShown();
    // After the scorecard, staffing and breakdown of the latest request.
    void detailsShown();
    // "Show tickets" (the period) or a click on a trend point (its bucket):
    // the tickets created then; the main window opens them in the queue.
    void showTicketsRequested(const Switchboard::QueueFilter& filter);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createToolbar();
    QWidget* createContent();
    void applyAnswer(const DashboardAnswer& answer);
    void applyDetails(const DashboardDetails& details);
    void applyTrend(const DashboardTrend& trend);
    void showProgress(quint64 generation, int done, int total);
    void updateCustomVisibility();
    void updateBusy();
    void fitTableHeight();
    void layoutCharts();
    void showEmptyState(const QString& text);
    // The scorecard weights dialog; refreshes after OK.
    void editScorecardWeights();
    void askExportCsv();
    void askExportPng();
    void askExportPdf();
    void askExportChart(QWidget* chart, bool svg);
    void addExportActions(QWidget* chart);
    QString chartTitle(QWidget* chart) const;
    QString fileStamp() const;
    QueueFilter createdIn(const DashboardPeriod& period) const;
    QString basisText() const;

    DatabasePtr m_database;
    const Clock& m_clock;
    std::unique_ptr<DashboardWorker> m_worker;
    QThread m_thread;
    quint64 m_generation = 0;
    bool m_loadingReport = false;
    bool m_loadingTrend = false;
    bool m_loadingDetails = false;
    bool m_loadedOnce = false;
    DashboardPeriod m_period;
    KpiTargets m_targets;
    QTimer m_dateDelay;

    QComboBox* m_periodKind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QCheckBox* m_businessHours = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_showTickets = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    KpiTableModel* m_model = nullptr;
    QGridLayout* m_grid = nullptr;
    int m_gridColumns = 0;
    QWidget* m_heatmapBox = nullptr;
    VolumeHeatmap* m_heatmap = nullptr;
    ResponseTrendChart* m_trend = nullptr;
    TimeInStatusChart* m_timeInStatus = nullptr;
    SlaComplianceChart* m_sla = nullptr;
    SlaTrendChart* m_slaTrend = nullptr;
    AgentRatingsChart* m_agents = nullptr;
    QAction* m_editWeights = nullptr;
    BacklogChart* m_backlog = nullptr;
    ChannelTypeChart* m_channels = nullptr;
    QLabel* m_heatmapTitle = nullptr;
};

} // namespace Switchboard
