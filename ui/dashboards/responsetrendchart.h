// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchartview.h"
#include "dashboardworker.h"

namespace Switchboard {

// First-response time over the period, bucket by bucket (days, weeks or
// months): the mean and the 90th percentile as two lines, and the goal as a
// dashed line. A bucket without first responses has no point. Clicking a
// point asks for that bucket's tickets.
class ResponseTrendChart : public DashboardChartView
{
    Q_OBJECT

public:
    explicit ResponseTrendChart(QWidget* parent = nullptr);

    // Shows "computing" until setTrend(); keeps nothing of the last trend.
    void setComputing(DashboardPeriod::Step step);
    void setTrend(const DashboardTrend& trend);
    void setGoalSeconds(std::optional<double> seconds);

    const QList<DashboardTrendPoint>& points() const { return m_points; }
    DashboardPeriod::Step step() const { return m_step; }
    // "Mon 02.03.2026: mean 25 min, 90th percentile 52 min, 4 first responses".
    QString pointText(int index) const;

signals:
    void bucketActivated(const Switchboard::DashboardPeriod& bucket);

protected:
    void rebuild() override;

private:
    int bucketAt(const QPointF& value) const;

    QList<DashboardTrendPoint> m_points;
    DashboardPeriod::Step m_step = DashboardPeriod::Step::Day;
    std::optional<double> m_goalSeconds = 3600.0;
    bool m_computing = false;
    QString m_error;
};

} // namespace Switchboard
