// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchartview.h"
#include "dashboardworker.h"

namespace Switchboard {

// The backlog over the period: tickets open (in a working status) at the end
// of each trend bucket (day, week or month), as a line with a point per
// bucket, from the same per-bucket reports as the response trend
// (KpiReport::backlogEnd), so it costs no query of its own. The tooltip has
// the backlog at the bucket's start and end and the tickets created and
// resolved in it. Clicking a point asks for the bucket's tickets.
class BacklogChart : public DashboardChartView
{
    Q_OBJECT

public:
    explicit BacklogChart(QWidget* parent = nullptr);

    void setComputing(DashboardPeriod::Step step);
    void setTrend(const DashboardTrend& trend);

    const QList<DashboardTrendPoint>& points() const { return m_points; }
    // "Mon 02.03.2026: 412 open at the end (398 at the start); 120 created, 106 resolved".
    QString pointText(int index) const;

signals:
    void bucketActivated(const Switchboard::DashboardPeriod& bucket);

protected:
    void rebuild() override;

private:
    QList<DashboardTrendPoint> m_points;
    DashboardPeriod::Step m_step = DashboardPeriod::Step::Day;
    bool m_computing = false;
    QString m_error;
};

} // namespace Switchboard
