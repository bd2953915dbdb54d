// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchartview.h"
#include "dashboardworker.h"

namespace Switchboard {

// Tickets created in the period by channel (email, chat, phone, web) and by
// type (consultation, fault, order, complaint): eight vertical bars in two
// colour groups, each with its count on top; the tooltip adds the share of
// the period's tickets. Clicking a bar asks for those tickets.
class ChannelTypeChart : public DashboardChartView
{
    Q_OBJECT

public:
    explicit ChannelTypeChart(QWidget* parent = nullptr);

    void setComputing();
    void setBreakdown(const DashboardBreakdown& breakdown);
    void setError(const QString& error);

    const std::optional<DashboardBreakdown>& breakdown() const { return m_breakdown; }
    // Bars left to right: the four channels, then the four types.
    static int barCount() { return 8; }
    QString barName(int bar) const;
    qint64 barValue(int bar) const;
    // "Chat: 1,234 tickets created, 24.3 % of the period's".
    QString barText(int bar) const;

signals:
    // One of them is set: the bar's channel or type.
    void barActivated(std::optional<Switchboard::Channel> channel,
                      std::optional<Switchboard::TicketType> type);

protected:
    void rebuild() override;

private:
    std::optional<DashboardBreakdown> m_breakdown;
    bool m_computing = false;
    QString m_error;
};

} // namespace Switchboard
