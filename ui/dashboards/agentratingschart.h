// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchartview.h"
#include "metrics/agentscorecard.h"

#include <optional>

namespace Switchboard {

// The agents' scorecard totals of the period (MetricsEngine::agents(), the
// rating system of REQUIREMENTS.md): one horizontal bar per agent, best on
// top, the team average as a dashed vertical line. Agents with fewer rated
// tickets than the low-sample threshold get hatched grey bars and a "*"
// after their name: one more rating can move their total by tens of points.
// Agents without a total are listed in the tooltip text only. Clicking a bar
// asks for the agent's tickets.
class AgentRatingsChart : public DashboardChartView
{
    Q_OBJECT

public:
    explicit AgentRatingsChart(QWidget* parent = nullptr);

    void setComputing();
    void setScorecard(const ScorecardPeriod& period, int lowSampleBelow);
    void setError(const QString& error);

    // The agents with a total, best first (the bars, top to bottom).
    const QList<AgentScore>& agents() const { return m_agents; }
    std::optional<double> teamAverage() const { return m_teamTotal; }
    // "1. Anna Ivanova: total 72.4 of 100; 38 resolved, 12 rated tickets".
    QString barText(int index) const;

    QSize sizeHint() const override;

signals:
    void agentActivated(Switchboard::AgentId agent);

protected:
    void rebuild() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QString label(const AgentScore& agent) const;

    QList<AgentScore> m_agents;
    std::optional<double> m_teamTotal;
    int m_lowSampleBelow = Scorecard::kLowSampleBelow;
    bool m_computing = false;
    QString m_error;
    QSize m_builtSize;
    bool m_building = false;
};

} // namespace Switchboard
