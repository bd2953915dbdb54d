// SPDX-License-Identifier: MIT
#include "timeinstatuschart.h"

#include "dashboardformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace Switchboard {

TimeInStatusChart::TimeInStatusChart(QWidget* parent)
    : DashboardChartView(parent)
{
    setObjectName(QStringLiteral("dashboardTimeInStatus"));
    setDefinition(tr("Where the tickets resolved in the period spent their time, from creation "
                     "to resolution: the mean per ticket in each working status."));
    rebuild();
}

QList<TicketStatus> TimeInStatusChart::statuses()
{
    return {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold};
}

void TimeInStatusChart::setTimeInStatus(const TimeInStatus& times)
{
    m_times = times;
    rebuild();
}

QString TimeInStatusChart::title() const
{
    if (m_times.bottleneck) {
        return tr("Time in status — bottleneck: %1")
            .arg(displayName(*m_times.bottleneck).toLower());
    }
    return tr("Time in status");
}

QString TimeInStatusChart::barText(TicketStatus status) const
{
    return tr("%1: %2 on average over %Ln resolved ticket(s)", "", int(m_times.tickets))
        .arg(displayName(status), DashboardFormat::duration(m_times.mean(status)));
}

void TimeInStatusChart::rebuild()
{
    resetChart(title());
    if (m_times.tickets == 0) {
        setAccessibleDescription(tr("No ticket was resolved in the period."));
        return;
    }
    // A horizontal bar axis runs bottom up; reversed, the statuses read in
    // their lifecycle order from the top.
    QList<TicketStatus> order = statuses();
    std::reverse(order.begin(), order.end());
    double largest = 0;
    for (const TicketStatus status : std::as_const(order))
        largest = std::max(largest, m_times.mean(status).value_or(0));
    const bool minutes = largest < 2 * 3600;
    const double unit = minutes ? 60.0 : 3600.0;

    auto* set = new QBarSet(tr("Mean time per resolved ticket"));
    set->setColor(blue());
    set->setBorderColor(blue());
    set->setSelectedColor(DashboardFormat::vermilion());
    set->setLabelColor(textColor());
    QStringList categories;
    QStringList description;
    for (int i = 0; i < order.size(); ++i) {
        const TicketStatus status = order[i];
        set->append(m_times.mean(status).value_or(0) / unit);
        if (status == m_times.bottleneck) {
            categories.append(tr("%1 (bottleneck)").arg(displayName(status)));
            set->selectBar(i);
        } else {
            categories.append(displayName(status));
        }
    }
    for (const TicketStatus status : statuses())
        description.append(barText(status));

    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    series->setLabelsFormat(minutes ? tr("@value min") : tr("@value h"));
    chart()->addSeries(series);
    chart()->legend()->setVisible(false);

    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    addAxis(y, Qt::AlignLeft);
    auto* x = new QValueAxis;
    // Room on the right for the value labels outside the bars.
    x->setRange(0, std::max(1.0, largest / unit * 1.2));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(minutes ? tr("minutes per ticket, mean") : tr("hours per ticket, mean"));
    addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);

    connect(set, &QBarSet::hovered, this, [this, order](bool state, int index) {
        showTip(state && index >= 0 && index < order.size() ? barText(order[index]) : QString());
    });
    setAccessibleDescription(description.join(u'\n'));
}

} // namespace Switchboard
