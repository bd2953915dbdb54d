// SPDX-License-Identifier: MIT
#include "slatrendchart.h"

#include "dashboardformat.h"
#include "slacompliancechart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Switchboard {
namespace {

constexpr std::array<SlaMetric, kSlaMetricCount> kMetrics{
    SlaMetric::FirstResponse, SlaMetric::NextResponse, SlaMetric::Resolution};

} // namespace

SlaTrendChart::SlaTrendChart(QWidget* parent)
    : DashboardChartView(parent)
{
    setObjectName(QStringLiteral("dashboardSlaTrend"));
    setDefinition(tr("SLA compliance: of the SLA outcomes decided in each period, the share met "
                     "(done within the goal) or at goal (after the goal, within the limit), per "
                     "metric; the dashed line is the 95 % reference."));
    rebuild();
}

void SlaTrendChart::setComputing(DashboardPeriod::Step step)
{
    m_points.clear();
    m_step = step;
    m_computing = true;
    m_error.clear();
    rebuild();
}

void SlaTrendChart::setTrend(const DashboardTrend& trend)
{
    m_points = trend.points;
    m_step = trend.step;
    m_computing = false;
    m_error = trend.error ? trend.error->toString() : QString();
    rebuild();
}

QList<QPointF> SlaTrendChart::values(SlaMetric metric) const
{
    QList<QPointF> values;
    for (int i = 0; i < m_points.size(); ++i) {
        if (const auto compliance = m_points[i].sla[size_t(metric)].compliancePercent())
            values.append(QPointF(i, *compliance));
    }
    return values;
}

QString SlaTrendChart::pointText(SlaMetric metric, int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const DashboardTrendPoint& point = m_points[index];
    const SlaCompliance& sla = point.sla[size_t(metric)];
    const QString bucket = DashboardFormat::bucketTitle(point.bucket, m_step);
    const auto compliance = sla.compliancePercent();
    if (!compliance) {
        return tr("%1, %2: no outcome decided", "metric, bucket")
            .arg(SlaComplianceChart::metricName(metric), bucket);
    }
    return tr("%1, %2: %3 (%4 met + at goal of %5)", "metric, bucket, compliance, counts")
        .arg(SlaComplianceChart::metricName(metric), bucket, DashboardFormat::percent(compliance),
             DashboardFormat::count(sla.met + sla.atGoal), DashboardFormat::count(sla.measured()));
}

void SlaTrendChart::rebuild()
{
    QString title;
    switch (m_step) {
    case DashboardPeriod::Step::Day:
        title = tr("SLA compliance by day");
        break;
    case DashboardPeriod::Step::Week:
        title = tr("SLA compliance by week");
        break;
    case DashboardPeriod::Step::Month:
        title = tr("SLA compliance by month");
        break;
    }
    if (m_computing)
        title = tr("SLA compliance — computing…");
    else if (!m_error.isEmpty())
        title = tr("SLA compliance — could not compute: %1").arg(m_error);
    resetChart(title);
    if (m_points.isEmpty()) {
        setAccessibleDescription(title);
        return;
    }

    // Okabe–Ito, as elsewhere on the dashboard; vermilion stays for breaches.
    const std::array<QColor, kSlaMetricCount> colors{blue(), DashboardFormat::orange(),
                                                     DashboardFormat::green()};
    QStringList description;
    QList<QLineSeries*> lines;
    for (const SlaMetric metric : kMetrics) {
        auto* line = new QLineSeries;
        line->setName(SlaComplianceChart::metricName(metric));
        line->append(values(metric));
        line->setPen(QPen(colors[size_t(metric)], 2.5));
        line->setPointsVisible(true);
        line->setMarkerSize(6);
        chart()->addSeries(line);
        lines.append(line);
        for (int i = 0; i < m_points.size(); ++i)
            description.append(pointText(metric, i));
    }

    auto* reference = new QLineSeries;
    reference->setName(tr("%1 reference").arg(DashboardFormat::percent(kReferencePercent)));
    reference->append(-0.5, kReferencePercent);
    reference->append(m_points.size() - 0.5, kReferencePercent);
    QColor referenceColor = textColor();
    referenceColor.setAlphaF(0.6f);
    reference->setPen(QPen(referenceColor, 1.5, Qt::DashLine));
    chart()->addSeries(reference);
    chart()->legend()->setVisible(true);

    QCategoryAxis* x = addBucketAxis(int(m_points.size()), [this](int i) {
        return DashboardFormat::bucketLabel(m_points[i].bucket, m_step);
    });

    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("% met or at goal"));
    addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    reference->attachAxis(x);
    reference->attachAxis(y);

    for (int m = 0; m < kSlaMetricCount; ++m) {
        const SlaMetric metric = kMetrics[size_t(m)];
        connect(lines[m], &QLineSeries::hovered, this,
                [this, metric](const QPointF& point, bool state) {
                    const int index = int(std::lround(point.x()));
                    showTip(state ? pointText(metric, index) : QString());
                });
    }
    setAccessibleDescription(description.join(u'\n'));
}

} // namespace Switchboard
