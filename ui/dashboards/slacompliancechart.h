// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchartview.h"
#include "metrics/kpireport.h"

namespace Switchboard {

// SLA outcomes decided in the period, one stacked bar per metric (first
// response, next response, resolution) split into met, at goal and
// breached, each as a share of that metric's outcomes so the metrics
// compare; the counts are in the labels of the axis and the tooltips.
class SlaComplianceChart : public DashboardChartView
{
    Q_OBJECT

public:
    using Outcomes = std::array<SlaCompliance, kSlaMetricCount>;

    explicit SlaComplianceChart(QWidget* parent = nullptr);

    void setOutcomes(const Outcomes& outcomes);
    const Outcomes& outcomes() const { return m_outcomes; }
    // "First response: 1,204 met (91.2 %), 40 at goal (3.0 %), 76 breached (5.8 %)".
    QString metricText(SlaMetric metric) const;
    static QString metricName(SlaMetric metric);

protected:
    void rebuild() override;

private:
    Outcomes m_outcomes{};
};

} // namespace Switchboard
