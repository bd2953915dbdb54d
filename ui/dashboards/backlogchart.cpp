// SPDX-License-Identifier: MIT
#include "backlogchart.h"

#include "dashboardformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Switchboard {
BacklogChart::BacklogChart(QWidget* parent)
    : DashboardChartView(parent)
{
    setObjectName(QStringLiteral("dashboardBacklog"));
    setDefinition(tr("Backlog: tickets open (in a working status) at an instant, created earlier "
                     "and not resolved or closed then."));
    rebuild();
}

void BacklogChart::setComputing(DashboardPeriod::Step step)
{
    m_points.clear();
    m_step = step;
    m_computing = true;
    m_error.clear();
    rebuild();
}

void BacklogChart::setTrend(const DashboardTrend& trend)
{
    m_points = trend.points;
    m_step = trend.step;
    m_computing = false;
    m_error = trend.error ? trend.error->toString() : QString();
    rebuild();
}

QString BacklogChart::pointText(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const DashboardTrendPoint& point = m_points[index];
    return tr("%1: %2 open at the end (%3 at the start); %4 created, %5 resolved")
        .arg(DashboardFormat::bucketTitle(point.bucket, m_step),
             DashboardFormat::count(point.backlogEnd), DashboardFormat::count(point.backlogStart),
             DashboardFormat::count(point.created), DashboardFormat::count(point.resolved));
}

void BacklogChart::rebuild()
{
    QString title;
    switch (m_step) {
    case DashboardPeriod::Step::Day:
        title = tr("Backlog: open tickets at the end of each day");
        break;
    case DashboardPeriod::Step::Week:
        title = tr("Backlog: open tickets at the end of each week");
        break;
    case DashboardPeriod::Step::Month:
        title = tr("Backlog: open tickets at the end of each month");
        break;
    }
    if (m_computing)
        title = tr("Backlog — computing…");
    else if (!m_error.isEmpty())
        title = tr("Backlog — could not compute: %1").arg(m_error);
    resetChart(title);
    if (m_points.isEmpty()) {
        setAccessibleDescription(title);
        return;
    }

    auto* backlog = new QLineSeries;
    backlog->setName(tr("Open tickets"));
    qint64 largest = 1;
    QStringList description;
    for (int i = 0; i < m_points.size(); ++i) {
        backlog->append(i, double(m_points[i].backlogEnd));
        largest = std::max({largest, m_points[i].backlogEnd, m_points[i].backlogStart});
        description.append(pointText(i));
    }
    backlog->setPen(QPen(blue(), 2.5));
    backlog->setPointsVisible(true);
    backlog->setMarkerSize(7);
    chart()->addSeries(backlog);
    chart()->legend()->setVisible(false);

    QCategoryAxis* x = addBucketAxis(int(m_points.size()), [this](int i) {
        return DashboardFormat::bucketLabel(m_points[i].bucket, m_step);
    });

    auto* y = new QValueAxis;
    y->setRange(0, double(largest) * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("open tickets"));
    addAxis(y, Qt::AlignLeft);
    backlog->attachAxis(x);
    backlog->attachAxis(y);

    auto indexAt = [this](const QPointF& value) {
        const int index = int(std::lround(value.x()));
        return index >= 0 && index < m_points.size() ? index : -1;
    };
    connect(backlog, &QLineSeries::hovered, this,
            [this, indexAt](const QPointF& point, bool state) {
                showTip(state ? pointText(indexAt(point)) : QString());
            });
    connect(backlog, &QLineSeries::clicked, this, [this, indexAt](const QPointF& point) {
        const int index = indexAt(point);
        if (index >= 0)
            emit bucketActivated(m_points[index].bucket);
    });
    setAccessibleDescription(description.join(u'\n'));
}

} // namespace Switchboard
