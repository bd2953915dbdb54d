// SPDX-License-Identifier: MIT
#include "responsetrendchart.h"

#include "dashboardformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Switchboard {
namespace {

// Axis labels a plot of ~500 px holds without overlapping.

} // namespace

ResponseTrendChart::ResponseTrendChart(QWidget* parent)
    : DashboardChartView(parent)
{
    setObjectName(QStringLiteral("dashboardResponseTrend"));
    setDefinition(tr("First response: for each ticket first answered in the bucket, the time "
                     "from its creation to that first public reply, pending time not counted."));
    rebuild();
}

void ResponseTrendChart::setComputing(DashboardPeriod::Step step)
{
    m_points.clear();
    m_step = step;
    m_computing = true;
    m_error.clear();
    rebuild();
}

void ResponseTrendChart::setTrend(const DashboardTrend& trend)
{
    m_points = trend.points;
    m_step = trend.step;
    m_computing = false;
    m_error = trend.error ? trend.error->toString() : QString();
    rebuild();
}

void ResponseTrendChart::setGoalSeconds(std::optional<double> seconds)
{
    m_goalSeconds = seconds;
    rebuild();
}

QString ResponseTrendChart::pointText(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const DashboardTrendPoint& point = m_points[index];
    const QString title = DashboardFormat::bucketTitle(point.bucket, m_step);
    if (point.firstResponse.count == 0)
        return tr("%1: no first responses").arg(title);
    return tr("%1: mean %2, 90th percentile %3, %Ln first response(s)", "",
              int(point.firstResponse.count))
        .arg(title, DashboardFormat::duration(point.firstResponse.averageSeconds),
             DashboardFormat::duration(point.firstResponse.p90Seconds));
}

int ResponseTrendChart::bucketAt(const QPointF& value) const
{
    const int index = int(std::lround(value.x()));
    return index >= 0 && index < m_points.size() ? index : -1;
}

void ResponseTrendChart::rebuild()
{
    QString title = tr("First-response time: mean and 90th percentile");
    if (m_computing)
        title = tr("First-response time — computing…");
    else if (!m_error.isEmpty())
        title = tr("First-response time — could not compute: %1").arg(m_error);
    resetChart(title);
    if (m_points.isEmpty()) {
        setAccessibleDescription(title);
        return;
    }

    double largest = m_goalSeconds.value_or(0);
    for (const DashboardTrendPoint& point : std::as_const(m_points))
        largest = std::max(largest, point.firstResponse.p90Seconds.value_or(0));
    // Minutes while everything fits in three hours, hours beyond.
    const bool minutes = largest <= 3 * 3600;
    const double unit = minutes ? 60.0 : 3600.0;

    auto* mean = new QLineSeries;
    mean->setName(tr("Mean"));
    auto* p90 = new QLineSeries;
    p90->setName(tr("90th percentile"));
    QStringList description;
    for (int i = 0; i < m_points.size(); ++i) {
        const DurationStats& stats = m_points[i].firstResponse;
        if (stats.averageSeconds)
            mean->append(i, *stats.averageSeconds / unit);
        if (stats.p90Seconds)
            p90->append(i, *stats.p90Seconds / unit);
        description.append(pointText(i));
    }
    // Different strokes as well as colours: solid mean, dotted 90th
    // percentile, dashed goal.
    mean->setPen(QPen(blue(), 2.5));
    mean->setPointsVisible(true);
    mean->setMarkerSize(7);
    QPen p90Pen(DashboardFormat::orange(), 2.5, Qt::DotLine);
    p90Pen.setCapStyle(Qt::RoundCap);
    p90->setPen(p90Pen);
    p90->setPointsVisible(true);
    p90->setMarkerSize(7);
    chart()->addSeries(mean);
    chart()->addSeries(p90);

    QLineSeries* goal = nullptr;
    if (m_goalSeconds) {
        goal = new QLineSeries;
        goal->setName(tr("Goal %1").arg(DashboardFormat::duration(*m_goalSeconds)));
        goal->append(-0.5, *m_goalSeconds / unit);
        goal->append(m_points.size() - 0.5, *m_goalSeconds / unit);
        goal->setPen(QPen(textColor(), 1.5, Qt::DashLine));
        chart()->addSeries(goal);
    }

    QCategoryAxis* x = addBucketAxis(int(m_points.size()), [this](int i) {
        return DashboardFormat::bucketLabel(m_points[i].bucket, m_step);
    });

    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, largest / unit * 1.05));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(minutes ? tr("minutes") : tr("hours"));
    addAxis(y, Qt::AlignLeft);

    for (QLineSeries* series : {mean, p90, goal}) {
        if (!series)
            continue;
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QLineSeries* series : {mean, p90}) {
        connect(series, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
            showTip(state ? pointText(bucketAt(point)) : QString());
        });
        connect(series, &QLineSeries::clicked, this, [this](const QPointF& point) {
            const int index = bucketAt(point);
            if (index >= 0)
                emit bucketActivated(m_points[index].bucket);
        });
    }
    if (goal) {
        const QString goalText = goal->name();
        connect(goal, &QLineSeries::hovered, this, [this, goalText](const QPointF&, bool state) {
            showTip(state ? goalText : QString());
        });
        description.append(goalText);
    }
    setAccessibleDescription(description.join(u'\n'));
}

} // namespace Switchboard
