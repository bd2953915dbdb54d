// SPDX-License-Identifier: MIT
#include "dashboardview.h"

#include "agentratingschart.h"
#include "backlogchart.h"
#include "channeltypechart.h"
#include "common/messagebox.h"
#include "common/slapresentation.h"
#include "dashboardexporter.h"
#include "dashboardformat.h"
#include "kpitargetdelegate.h"
#include "responsetrendchart.h"
#include "scorecardweightsdialog.h"
#include "slacompliancechart.h"
#include "slatrendchart.h"
#include "timeinstatuschart.h"
#include "volumeheatmap.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace Switchboard {
namespace {

// Joins the keystrokes of a date typed into a date edit into one request.
constexpr int kDateDelayMs = 300;
// Below this width the charts stack in one column.
constexpr int kTwoColumnWidth = 1100;

// Nothing happened in the period: no ticket created, resolved, answered or rated.
bool isEmptyReport(const KpiReport& report)
{
    return report.ticketsCreated == 0 && report.ticketsResolved == 0 &&
           report.response.count == 0 && report.ratingsCount == 0;
}

QString dateStamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date().toString(Qt::ISODate);
}

} // namespace

DashboardView::DashboardView(DatabasePtr database, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_worker(std::make_unique<DashboardWorker>(database, clock))
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Dashboards"));

    qRegisterMetaType<DashboardRequest>();
    qRegisterMetaType<DashboardAnswer>();
    qRegisterMetaType<DashboardDetails>();
    qRegisterMetaType<DashboardTrend>();
    m_thread.setObjectName(QStringLiteral("dashboard-metrics"));
    m_worker->moveToThread(&m_thread);
    // finished is emitted on the worker thread itself: the only place its
    // database connection may be closed.
    connect(&m_thread, &QThread::finished, m_worker.get(), &DashboardWorker::releaseConnection,
            Qt::DirectConnection);
    connect(m_worker.get(), &DashboardWorker::reportComputed, this, &DashboardView::applyAnswer,
            Qt::QueuedConnection);
    connect(m_worker.get(), &DashboardWorker::detailsComputed, this, &DashboardView::applyDetails,
            Qt::QueuedConnection);
    connect(m_worker.get(), &DashboardWorker::trendProgressed, this, &DashboardView::showProgress,
            Qt::QueuedConnection);
    connect(m_worker.get(), &DashboardWorker::trendComputed, this, &DashboardView::applyTrend,
            Qt::QueuedConnection);
    connect(
        m_worker.get(), &DashboardWorker::factsProgressed, this,
        [this](quint64 generation, qint64 done, qint64 total) {
            if (generation != m_generation || total <= 0)
                return;
            // Per mille: a progress bar's range is an int.
            m_busy->setRange(0, 1000);
            m_busy->setValue(int(1000 * done / total));
            m_busy->setToolTip(
                tr("Preparing the figures: %L1 of %L2 tickets").arg(done).arg(total));
        },
        Qt::QueuedConnection);
    m_thread.start();

    m_model = new KpiTableModel(this);
    // The team's stored targets and action notes, read once here: a small
    // settings row, not worth a round trip through the worker.
    m_model->setTargetStore(database);
    m_targets = m_model->targets();
    connect(m_model, &KpiTableModel::saveFailed, this, [this](const QString& message) {
        MessageBox::critical(this, tr("KPI targets"), tr("The change was not saved."), message);
    });
    connect(m_model, &KpiTableModel::dataChanged, this, [this] {
        m_targets = m_model->targets();
        m_trend->setGoalSeconds(m_targets[KpiRow::FirstResponseMedian]);
    });
    // The toolbar first, so that Tab goes from the period to the figures.
    QWidget* toolbar = createToolbar();
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("dashboardStack"));
    m_stack->addWidget(createContent());
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);

    m_dateDelay.setSingleShot(true);
    m_dateDelay.setInterval(kDateDelayMs);
    connect(&m_dateDelay, &QTimer::timeout, this, &DashboardView::refresh);

    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &DashboardView::refresh);

    const QDate today = m_clock.now().toLocalTime().date();
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    updateCustomVisibility();
    layoutCharts();
    m_exportCsv->setEnabled(false);
}

DashboardView::~DashboardView()
{
    m_worker->supersede(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

QWidget* DashboardView::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* periodLabel = new QLabel(tr("&Period:"), bar);
    m_periodKind = new QComboBox(bar);
    m_periodKind->setObjectName(QStringLiteral("dashboardPeriod"));
    m_periodKind->setAccessibleName(tr("Reporting period"));
    m_periodKind->addItem(tr("This week"), int(DashboardPeriod::Kind::ThisWeek));
    m_periodKind->addItem(tr("Last 7 days"), int(DashboardPeriod::Kind::Last7Days));
    m_periodKind->addItem(tr("Last 30 days"), int(DashboardPeriod::Kind::Last30Days));
    m_periodKind->addItem(tr("This quarter"), int(DashboardPeriod::Kind::ThisQuarter));
    m_periodKind->addItem(tr("Custom…"), int(DashboardPeriod::Kind::Custom));
    m_periodKind->setCurrentIndex(m_periodKind->findData(int(DashboardPeriod::Kind::Last30Days)));
    m_periodKind->setToolTip(tr("The previous period, for the trend, is the same length just "
                                "before this one."));
    periodLabel->setBuddy(m_periodKind);

    m_fromLabel = new QLabel(tr("&From:"), bar);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(tr("&To:"), bar);
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setCalendarPopup(true);
    m_toLabel->setBuddy(m_to);

    m_businessHours = new QCheckBox(tr("&Business hours"), bar);
    m_businessHours->setObjectName(QStringLiteral("dashboardBusinessHours"));
    m_businessHours->setAccessibleName(tr("Measure in business hours"));
    m_businessHours->setToolTip(tr("Count durations in business time, Monday to Friday "
                                   "09:00–18:00 in your time zone (%1), instead of calendar time.")
                                    .arg(DashboardWorker::businessCalendarSpec()));

    m_refresh = new QPushButton(tr("&Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setAccessibleName(tr("Refresh the dashboard"));
    m_refresh->setToolTip(
        tr("Compute the figures again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_showTickets = new QPushButton(tr("Show &tickets"), bar);
    m_showTickets->setObjectName(QStringLiteral("dashboardShowTickets"));
    m_showTickets->setAccessibleName(tr("Show the tickets created in the period"));
    m_showTickets->setToolTip(tr("Open the tickets created in the period in the queue"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), bar);
    m_exportCsv->setObjectName(QStringLiteral("dashboardExportCsv"));
    m_exportCsv->setAccessibleName(tr("Export the KPI table as CSV"));
    m_exportPng = new QPushButton(tr("Export P&NG…"), bar);
    m_exportPng->setObjectName(QStringLiteral("dashboardExportPng"));
    m_exportPng->setAccessibleName(tr("Export the dashboard as a PNG image"));
    m_exportPdf = new QPushButton(tr("Export P&DF…"), bar);
    m_exportPdf->setObjectName(QStringLiteral("dashboardExportPdf"));
    m_exportPdf->setAccessibleName(tr("Export the dashboard as a PDF report"));
    m_exportPdf->setToolTip(tr("A PDF report: the period, the KPI table and every chart. Each "
                               "chart's context menu exports it alone as PNG or SVG."));

    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setAccessibleName(tr("Computing the dashboard"));
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setVisible(false);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setAccessibleName(tr("Dashboard status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(periodLabel);
    controls->addWidget(m_periodKind);
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(m_businessHours);
    controls->addSpacing(12);
    controls->addWidget(m_refresh);
    controls->addWidget(m_showTickets);
    controls->addStretch(1);
    controls->addWidget(m_exportCsv);
    controls->addWidget(m_exportPng);
    controls->addWidget(m_exportPdf);
    auto* status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(status);

    connect(m_periodKind, &QComboBox::currentIndexChanged, this, [this] {
        if (periodKind() == DashboardPeriod::Kind::Custom && m_loadedOnce) {
            // Custom starts from the dates just shown, ready to adjust.
            const QSignalBlocker blockFrom(m_from);
            const QSignalBlocker blockTo(m_to);
            m_from->setDate(QDateTime::fromMSecsSinceEpoch(m_period.fromMs).toLocalTime().date());
            m_to->setDate(
                QDateTime::fromMSecsSinceEpoch(std::max(m_period.fromMs, m_period.toMs - 1))
                    .toLocalTime()
                    .date());
        }
        updateCustomVisibility();
        if (m_loadedOnce || isVisible())
            refresh();
    });
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (periodKind() == DashboardPeriod::Kind::Custom)
                m_dateDelay.start();
        });
    }
    connect(m_businessHours, &QCheckBox::toggled, this, [this] {
        if (m_loadedOnce || isVisible())
            refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_showTickets, &QPushButton::clicked, this,
            [this] { emit showTicketsRequested(createdIn(m_period)); });
    connect(m_exportCsv, &QPushButton::clicked, this, &DashboardView::askExportCsv);
    connect(m_exportPng, &QPushButton::clicked, this, &DashboardView::askExportPng);
    connect(m_exportPdf, &QPushButton::clicked, this, &DashboardView::askExportPdf);
    return bar;
}

QWidget* DashboardView::createContent()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the table and the charts, and the area scrolls to them.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget(m_scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setAutoFillBackground(true);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("dashboardKpiTable"));
    m_table->setAccessibleName(tr("Key performance indicators"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegate(new KpiTargetDelegate(m_table));
    m_table->setEditTriggers(m_model->isEditable() ? QAbstractItemView::DoubleClicked |
                                                         QAbstractItemView::EditKeyPressed
                                                   : QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* tableCsv = new QAction(tr("Export table as CSV…"), m_table);
    connect(tableCsv, &QAction::triggered, this, &DashboardView::askExportCsv);
    m_table->addAction(tableCsv);
    // Arrows move between cells; Tab goes on to the charts.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The table shows every row; the page scrolls, not the table. A narrow
    // window gets a horizontal scroll bar, and room for it.
    connect(m_table->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &DashboardView::fitTableHeight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    m_trend = new ResponseTrendChart(m_content);
    m_trend->setGoalSeconds(m_targets[KpiRow::FirstResponseMedian]);
    connect(
        m_trend, &ResponseTrendChart::bucketActivated, this,
        [this](const DashboardPeriod& bucket) { emit showTicketsRequested(createdIn(bucket)); });
    m_timeInStatus = new TimeInStatusChart(m_content);
    m_sla = new SlaComplianceChart(m_content);
    m_slaTrend = new SlaTrendChart(m_content);
    m_backlog = new BacklogChart(m_content);
    connect(m_backlog, &BacklogChart::bucketActivated, this, [this](const DashboardPeriod& bucket) {
        emit showTicketsRequested(createdIn(bucket));
    });
    m_channels = new ChannelTypeChart(m_content);
    connect(m_channels, &ChannelTypeChart::barActivated, this,
            [this](std::optional<Channel> channel, std::optional<TicketType> type) {
                QueueFilter filter = createdIn(m_period);
                if (channel)
                    filter.channels = {*channel};
                if (type)
                    filter.types = {*type};
                emit showTicketsRequested(filter);
            });
    m_agents = new AgentRatingsChart(m_content);
    // The queue cannot filter "resolved in the period": the agent's tickets
    // created in it are the nearest honest list.
    connect(m_agents, &AgentRatingsChart::agentActivated, this, [this](AgentId agent) {
        QueueFilter filter = createdIn(m_period);
        filter.assignees = {agent};
        emit showTicketsRequested(filter);
    });

    m_heatmapBox = new QWidget(m_content);
    m_heatmapBox->setObjectName(QStringLiteral("dashboardHeatmapBox"));
    auto* heatmapTitle = new QLabel(tr("Tickets created by weekday and hour"), m_heatmapBox);
    m_heatmapTitle = heatmapTitle;
    heatmapTitle->setToolTip(tr("Tickets created in the period by local weekday and hour of day; "
                                "under each count, the agents needed (Erlang C) and the agents "
                                "available on average in that hour."));
    QFont boldFont = heatmapTitle->font();
    boldFont.setBold(true);
    heatmapTitle->setFont(boldFont);
    heatmapTitle->setAlignment(Qt::AlignCenter);
    m_heatmap = new VolumeHeatmap(m_heatmapBox);
    m_heatmap->setObjectName(QStringLiteral("dashboardHeatmap"));
    heatmapTitle->setBuddy(m_heatmap);
    auto* heatmapLayout = new QVBoxLayout(m_heatmapBox);
    heatmapLayout->setContentsMargins(4, 8, 4, 4);
    heatmapLayout->addWidget(heatmapTitle);
    heatmapLayout->addWidget(m_heatmap, 1);

    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 4, 4, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addSpacing(8);
    layout->addLayout(m_grid, 1);
    m_scroll->setWidget(m_content);

    setTabOrder(m_table, m_trend);
    setTabOrder(m_trend, m_heatmap);
    setTabOrder(m_heatmap, m_timeInStatus);
    setTabOrder(m_timeInStatus, m_sla);
    setTabOrder(m_sla, m_slaTrend);
    setTabOrder(m_slaTrend, m_backlog);
    setTabOrder(m_backlog, m_channels);
    setTabOrder(m_channels, m_agents);
    // The weights first in the scorecard's menu: what a team lead looks for there.
    m_editWeights = new QAction(tr("Scorecard &weights…"), m_agents);
    m_editWeights->setObjectName(QStringLiteral("dashboardEditWeights"));
    m_editWeights->setToolTip(tr("How much each criterion counts in an agent's total"));
    m_editWeights->setEnabled(m_model->isEditable());
    connect(m_editWeights, &QAction::triggered, this, &DashboardView::editScorecardWeights);
    m_agents->addAction(m_editWeights);
    for (QWidget* chart : charts())
        addExportActions(chart);
    // The heatmap itself has the focus; its menu is the box's.
    m_heatmap->setContextMenuPolicy(Qt::NoContextMenu);
    return m_scroll;
}

void DashboardView::setPeriodKind(DashboardPeriod::Kind kind)
{
    m_periodKind->setCurrentIndex(m_periodKind->findData(int(kind)));
}

DashboardPeriod::Kind DashboardView::periodKind() const
{
    return DashboardPeriod::Kind(m_periodKind->currentData().toInt());
}

void DashboardView::setCustomPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockKind(m_periodKind);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_periodKind->setCurrentIndex(m_periodKind->findData(int(DashboardPeriod::Kind::Custom)));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    updateCustomVisibility();
    if (m_loadedOnce || isVisible())
        refresh();
}

void DashboardView::setBusinessHours(bool on)
{
    m_businessHours->setChecked(on);
}

bool DashboardView::businessHours() const
{
    return m_businessHours->isChecked();
}

void DashboardView::setTargets(const KpiTargets& targets)
{
    m_targets = targets;
    m_model->setTargets(targets);
    m_trend->setGoalSeconds(targets[KpiRow::FirstResponseMedian]);
}

bool DashboardView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void DashboardView::refresh()
{
    m_dateDelay.stop();
    m_loadedOnce = true;
    auto query = DashboardWorker::reportingQuery(businessHours());
    if (!query) {
        ++m_generation;
        m_loadingReport = m_loadingTrend = false;
        updateBusy();
        showEmptyState(
            tr("Could not set up the reporting calendar: %1").arg(query.error().toString()));
        m_status->setText(m_empty->text());
        emit reportShown();
        return;
    }
    const QTimeZone zone = query->calendar ? query->calendar->timeZone() : QTimeZone::utc();
    m_period = DashboardPeriod::of(periodKind(), m_clock.nowMs(), zone, QLocale().firstDayOfWeek(),
                                   m_from->date(), m_to->date());

    DashboardRequest request;
    request.generation = ++m_generation;
    request.query = std::move(query).value();
    request.query.fromMs = m_period.fromMs;
    request.query.toMs = m_period.toMs;
    request.previous = m_period.previous();
    request.step = m_period.trendStep();
    request.buckets = m_period.buckets(zone, QLocale().firstDayOfWeek());

    m_loadingReport = true;
    m_loadingDetails = true;
    m_loadingTrend = !request.buckets.isEmpty();
    m_busy->setRange(0, 0);
    updateBusy();
    m_status->setText(tr("Computing %1…").arg(DashboardFormat::period(m_period)));
    m_trend->setComputing(request.step);
    m_backlog->setComputing(request.step);
    m_slaTrend->setComputing(request.step);
    m_agents->setComputing();
    m_channels->setComputing();
    m_heatmap->setStaffing(std::nullopt);

    m_worker->supersede(request.generation);
    DashboardWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void DashboardView::applyAnswer(const DashboardAnswer& answer)
{
    if (answer.generation != m_generation)
        return;
    m_loadingReport = false;
    if (answer.error || !answer.current) {
        m_loadingTrend = false;
        m_loadingDetails = false;
        const QString message = answer.error ? answer.error->toString() : QString();
        qCWarning(lcUiDashboards) << "dashboard report failed:" << message;
        m_model->clear();
        showEmptyState(tr("Could not compute the dashboard: %1. Try Refresh; if it fails again, "
                          "the log has the details.")
                           .arg(message));
        m_status->setText(
            tr("Failed at %1")
                .arg(SlaPresentation::wallClockNear(m_clock.nowMs(), m_clock.nowMs())));
        updateBusy();
        emit reportShown();
        return;
    }
    const KpiReport& report = *answer.current;
    const QString updated = SlaPresentation::wallClockNear(m_clock.nowMs(), m_clock.nowMs());
    m_status->setText(tr("Updated %1 · %Ln ticket(s) in the period", "", int(report.ticketsCreated))
                          .arg(updated));
    m_status->setToolTip(tr("Computed in %Ln ms", "", int(answer.elapsedMs)));
    if (isEmptyReport(report)) {
        // Nothing to draw: the trend of an empty period is empty too.
        m_loadingTrend = false;
        m_loadingDetails = false;
        m_worker->supersede(m_generation + 1);
        ++m_generation;
        m_model->clear();
        showEmptyState(tr("No tickets in this period — choose a longer period"));
        updateBusy();
        emit reportShown();
        return;
    }

    m_model->setReports(report, answer.previous);
    m_table->resizeColumnsToContents();
    fitTableHeight();
    QString title = tr("%1 · %2").arg(DashboardFormat::period(m_period), basisText());
    if (answer.previous) {
        title +=
            tr(" · compared with %1")
                .arg(DashboardFormat::period({answer.previous->fromMs, answer.previous->toMs}));
    }
    m_title->setText(title);
    m_heatmap->setVolume(report.volume, QString::fromUtf8(report.timeZone.id()));
    m_timeInStatus->setTimeInStatus(report.timeInStatus);
    m_sla->setOutcomes(report.sla);
    m_stack->setCurrentWidget(m_scroll);
    m_exportCsv->setEnabled(true);
    m_exportPng->setEnabled(true);
    m_exportPdf->setEnabled(true);
    updateBusy();
    emit reportShown();
}

void DashboardView::applyDetails(const DashboardDetails& details)
{
    if (details.generation != m_generation)
        return;
    m_loadingDetails = false;
    if (details.agents) {
        m_agents->setScorecard(details.agents->current, details.agents->lowSampleBelow);
    } else {
        const QString error = details.agentsError ? details.agentsError->toString() : QString();
        qCWarning(lcUiDashboards) << "dashboard scorecard failed:" << error;
        m_agents->setError(error);
    }
    if (details.staffingError)
        qCWarning(lcUiDashboards) << "dashboard staffing failed:"
                                  << details.staffingError->toString();
    m_heatmap->setStaffing(details.staffing);
    if (details.breakdown) {
        m_channels->setBreakdown(*details.breakdown);
    } else {
        const QString error =
            details.breakdownError ? details.breakdownError->toString() : QString();
        qCWarning(lcUiDashboards) << "dashboard breakdown failed:" << error;
        m_channels->setError(error);
    }
    updateBusy();
    emit detailsShown();
}

void DashboardView::showProgress(quint64 generation, int done, int total)
{
    if (generation != m_generation)
        return;
    m_busy->setRange(0, total);
    m_busy->setValue(done);
    m_busy->setToolTip(tr("Trend: %1 of %2").arg(done).arg(total));
}

void DashboardView::applyTrend(const DashboardTrend& trend)
{
    if (trend.generation != m_generation)
        return;
    m_loadingTrend = false;
    if (trend.error)
        qCWarning(lcUiDashboards) << "dashboard trend failed:" << trend.error->toString();
    m_trend->setTrend(trend);
    m_backlog->setTrend(trend);
    m_slaTrend->setTrend(trend);
    updateBusy();
    emit trendShown();
}

void DashboardView::fitTableHeight()
{
    int height = m_table->horizontalHeader()->height() + m_table->verticalHeader()->length() +
                 2 * m_table->frameWidth();
    if (m_table->horizontalScrollBar()->maximum() > 0)
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

void DashboardView::updateBusy()
{
    m_busy->setVisible(isLoading());
    m_stack->setCursor(isLoading() ? Qt::BusyCursor : Qt::ArrowCursor);
}

void DashboardView::updateCustomVisibility()
{
    const bool custom = periodKind() == DashboardPeriod::Kind::Custom;
    for (QWidget* widget : {static_cast<QWidget*>(m_fromLabel), static_cast<QWidget*>(m_from),
                            static_cast<QWidget*>(m_toLabel), static_cast<QWidget*>(m_to)})
        widget->setVisible(custom);
}

void DashboardView::showEmptyState(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    m_exportCsv->setEnabled(false);
    m_exportPng->setEnabled(true);
    m_exportPdf->setEnabled(false);
}

void DashboardView::layoutCharts()
{
    const int columns = width() >= kTwoColumnWidth ? 2 : 1;
    if (columns == m_gridColumns)
        return;
    m_gridColumns = columns;
    const QList<QWidget*> cells = charts();
    for (QWidget* cell : cells)
        m_grid->removeWidget(cell);
    // The agents' scorecard last, across the whole width: it grows with the team.
    for (int i = 0; i < cells.size() - 1; ++i)
        m_grid->addWidget(cells[i], i / columns, i % columns);
    m_grid->addWidget(cells.last(), int((cells.size() - 1 + columns - 1) / columns), 0, 1, columns);
    for (int column = 0; column < 2; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCharts();
}

QueueFilter DashboardView::createdIn(const DashboardPeriod& period) const
{
    QueueFilter filter;
    filter.createdFromMs = period.fromMs;
    filter.createdToMs = period.toMs;
    return filter;
}

QString DashboardView::basisText() const
{
    return businessHours()
               ? tr("business hours, Mon–Fri 09:00–18:00")
               : tr("calendar time, %1").arg(QString::fromUtf8(QTimeZone::systemTimeZone().id()));
}

QList<QWidget*> DashboardView::charts() const
{
    return {m_trend, m_backlog,  m_heatmapBox, m_timeInStatus,
            m_sla,   m_slaTrend, m_channels,   m_agents};
}

void DashboardView::setTargetsEditable(bool editable)
{
    m_model->setEditable(editable);
    m_editWeights->setEnabled(m_model->isEditable());
    m_table->setEditTriggers(m_model->isEditable() ? QAbstractItemView::DoubleClicked |
                                                         QAbstractItemView::EditKeyPressed
                                                   : QAbstractItemView::NoEditTriggers);
}

void DashboardView::editScorecardWeights()
{
    ScorecardWeightsDialog dialog(m_database, this);
    // The dialog stores the weights itself; the totals change with them.
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

Status DashboardView::exportCsv(const QString& path) const
{
    if (m_model->isEmpty())
        return Error{ErrorKind::BadInput, tr("the KPI table is empty")};
    return DashboardExporter::writeCsv(path, m_model->toCsv());
}

Status DashboardView::exportPdf(const QString& path) const
{
    if (m_model->isEmpty())
        return Error{ErrorKind::BadInput, tr("the KPI table is empty")};
    DashboardExporter::Report report;
    report.title = tr("Help-desk dashboard");
    report.subtitle = m_title->text();
    report.table = m_model;
    report.charts = charts();
    return DashboardExporter::writePdf(report, path);
}

Status DashboardView::exportChartPng(QWidget* chart, const QString& path) const
{
    if (!chart)
        return Error{ErrorKind::BadInput, tr("no chart")};
    return DashboardExporter::writePng(*chart, path);
}

Status DashboardView::exportChartSvg(QWidget* chart, const QString& path) const
{
    if (!chart)
        return Error{ErrorKind::BadInput, tr("no chart")};
    return DashboardExporter::writeSvg(*chart, path, chartTitle(chart));
}

QString DashboardView::chartTitle(QWidget* chart) const
{
    if (auto* view = qobject_cast<DashboardChartView*>(chart))
        return view->title();
    if (chart == m_heatmapBox)
        return m_heatmapTitle->text();
    return chart ? chart->accessibleName() : QString();
}

QString DashboardView::fileStamp() const
{
    return QStringLiteral("%1-%2").arg(dateStamp(m_period.fromMs), dateStamp(m_period.toMs - 1));
}

void DashboardView::addExportActions(QWidget* chart)
{
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* png = new QAction(tr("Export as PNG…"), chart);
    connect(png, &QAction::triggered, this, [this, chart] { askExportChart(chart, false); });
    auto* svg = new QAction(tr("Export as SVG…"), chart);
    connect(svg, &QAction::triggered, this, [this, chart] { askExportChart(chart, true); });
    auto* pdf = new QAction(tr("Export dashboard as PDF…"), chart);
    connect(pdf, &QAction::triggered, this, &DashboardView::askExportPdf);
    auto* csv = new QAction(tr("Export KPI table as CSV…"), chart);
    connect(csv, &QAction::triggered, this, &DashboardView::askExportCsv);
    chart->addActions({png, svg, pdf, csv});
}

void DashboardView::askExportChart(QWidget* chart, bool svg)
{
    const QString base = chart->objectName().remove(QStringLiteral("dashboard")).toLower();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(QStringLiteral("%1-%2.%3")
                          .arg(base.isEmpty() ? QStringLiteral("chart") : base, fileStamp(),
                               svg ? QStringLiteral("svg") : QStringLiteral("png")));
    const QString caption = svg ? tr("Export chart as SVG") : tr("Export chart as PNG");
    const QString path = QFileDialog::getSaveFileName(
        this, caption, suggested, svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Status result = svg ? exportChartSvg(chart, path) : exportChartPng(chart, path);
    if (!result)
        MessageBox::critical(this, caption, tr("The chart was not saved."),
                             result.error().toString());
}

void DashboardView::askExportPdf()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("dashboard-%1.pdf").arg(fileStamp()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto result = exportPdf(path); !result) {
        MessageBox::critical(this, tr("Export dashboard as PDF"), tr("The report was not saved."),
                             result.error().toString());
    }
}

Status DashboardView::exportPng(const QString& path) const
{
    // The whole dashboard, also the part scrolled out of view.
    QWidget* page = m_stack->currentWidget() == m_scroll ? m_content : m_stack->currentWidget();
    const QPixmap image = page->grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return Error{ErrorKind::Runtime, tr("could not write the image"), path};
    return {};
}

void DashboardView::askExportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("kpi-%1-%2.csv")
                          .arg(dateStamp(m_period.fromMs), dateStamp(m_period.toMs - 1)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export KPI table"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto result = exportCsv(path); !result) {
        MessageBox::critical(this, tr("Export KPI table"), tr("The KPI table was not saved."),
                             result.error().toString());
    }
}

void DashboardView::askExportPng()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(QStringLiteral("dashboard-%1-%2.png")
                          .arg(dateStamp(m_period.fromMs), dateStamp(m_period.toMs - 1)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard image"), suggested,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (auto result = exportPng(path); !result) {
        MessageBox::critical(this, tr("Export dashboard image"), tr("The image was not saved."),
                             result.error().toString());
    }
}

} // namespace Switchboard
