// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchartview.h"
#include "dashboardworker.h"

namespace Switchboard {

// SLA compliance over the period: per trend bucket (day, week or month) and
// per metric (first response, next response, resolution) the share of the
// outcomes decided in the bucket that were met or at goal
// (SlaCompliance::compliancePercent()), one line per metric, with a dashed
// reference line at 95 %. A bucket that decided nothing for a metric has no
// point on its line (the line joins its neighbours) rather than a 0. Fed by the same per-bucket
// reports as the backlog chart, so it costs no query of its own.
class SlaTrendChart : public DashboardChartView
{
    Q_OBJECT

public:
    // The reference line, in percent.
    static constexpr double kReferencePercent = 95.0;

    explicit SlaTrendChart(QWidget* parent = nullptr);

    void setComputing(DashboardPeriod::Step step);
    void setTrend(const DashboardTrend& trend);

    const QList<DashboardTrendPoint>& points() const { return m_points; }
    // The drawn line of a metric: (bucket index, compliance %) for each
    // bucket that decided at least one outcome of it.
    QList<QPointF> values(SlaMetric metric) const;
    // "First response, Mon 02.03.2026: 96.4 % (54 met + at goal of 56)".
    QString pointText(SlaMetric metric, int index) const;

protected:
    void rebuild() override;

private:
    QList<DashboardTrendPoint> m_points;
    DashboardPeriod::Step m_step = DashboardPeriod::Step::Day;
    bool m_computing = false;
    QString m_error;
};

} // namespace Switchboard
