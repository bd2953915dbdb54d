// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchartview.h"
#include "metrics/kpireport.h"

namespace Switchboard {

// Where the tickets resolved in the period spent their time: one horizontal
// bar per working status (new, open, pending, on hold) with its mean per
// ticket. The bottleneck's bar is drawn in vermilion, marked in its label
// and named in the title.
class TimeInStatusChart : public DashboardChartView
{
    Q_OBJECT

public:
    explicit TimeInStatusChart(QWidget* parent = nullptr);

    void setTimeInStatus(const TimeInStatus& times);
    const TimeInStatus& timeInStatus() const { return m_times; }
    QString title() const;
    // "Pending: 47 h 42 min on average over 1,204 resolved tickets".
    QString barText(TicketStatus status) const;

    static QList<TicketStatus> statuses(); // the bars, top to bottom

protected:
    void rebuild() override;

private:
    TimeInStatus m_times;
};

} // namespace Switchboard
