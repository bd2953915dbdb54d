// SPDX-License-Identifier: MIT
#include "channeltypechart.h"

#include "dashboardformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr int kChannels = 4;

Channel channelOf(int bar)
{
    return Channel(bar);
}

TicketType typeOf(int bar)
{
    return TicketType(bar - kChannels);
}

} // namespace

ChannelTypeChart::ChannelTypeChart(QWidget* parent)
    : DashboardChartView(parent)
{
    setObjectName(QStringLiteral("dashboardChannelType"));
    setDefinition(tr("Tickets created in the period, counted once by the channel they came "
                     "through and once by their type."));
    rebuild();
}

void ChannelTypeChart::setComputing()
{
    m_breakdown.reset();
    m_computing = true;
    m_error.clear();
    rebuild();
}

void ChannelTypeChart::setBreakdown(const DashboardBreakdown& breakdown)
{
    m_breakdown = breakdown;
    m_computing = false;
    m_error.clear();
    rebuild();
}

void ChannelTypeChart::setError(const QString& error)
{
    m_breakdown.reset();
    m_computing = false;
    m_error = error;
    rebuild();
}

QString ChannelTypeChart::barName(int bar) const
{
    return bar < kChannels ? displayName(channelOf(bar)) : displayName(typeOf(bar));
}

qint64 ChannelTypeChart::barValue(int bar) const
{
    if (!m_breakdown || bar < 0 || bar >= barCount())
        return 0;
    return bar < kChannels ? m_breakdown->byChannel[size_t(bar)]
                           : m_breakdown->byType[size_t(bar - kChannels)];
}

QString ChannelTypeChart::barText(int bar) const
{
    if (!m_breakdown || bar < 0 || bar >= barCount())
        return {};
    qint64 all = 0;
    for (const qint64 count : m_breakdown->byChannel)
        all += count;
    const qint64 value = barValue(bar);
    const std::optional<double> share =
        all > 0 ? std::optional(100.0 * double(value) / double(all)) : std::nullopt;
    return tr("%1: %Ln ticket(s) created, %2 of the period's", "", int(value))
        .arg(barName(bar), DashboardFormat::percent(share));
}

void ChannelTypeChart::rebuild()
{
    QString title = tr("Tickets created by channel and by type");
    if (m_computing)
        title = tr("Tickets by channel and type — computing…");
    else if (!m_error.isEmpty())
        title = tr("Tickets by channel and type — could not compute: %1").arg(m_error);
    resetChart(title);
    if (!m_breakdown) {
        setAccessibleDescription(title);
        return;
    }

    // Two sets stacked, each 0 outside its own four bars: one colour per
    // group without the gaps of grouped bars.
    auto* channels = new QBarSet(tr("By channel"));
    auto* types = new QBarSet(tr("By type"));
    channels->setColor(blue());
    channels->setBorderColor(blue());
    types->setColor(DashboardFormat::orange());
    types->setBorderColor(DashboardFormat::orange());
    for (QBarSet* set : {channels, types})
        set->setLabelColor(textColor());
    QStringList categories;
    QStringList description;
    qint64 largest = 1;
    for (int bar = 0; bar < barCount(); ++bar) {
        const qint64 value = barValue(bar);
        channels->append(bar < kChannels ? double(value) : 0.0);
        types->append(bar < kChannels ? 0.0 : double(value));
        categories.append(barName(bar));
        description.append(barText(bar));
        largest = std::max(largest, value);
    }
    auto* series = new QStackedBarSeries;
    series->append({channels, types});
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    chart()->addSeries(series);
    chart()->legend()->setVisible(true);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, double(largest) * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("tickets created"));
    addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    for (QBarSet* set : {channels, types}) {
        connect(set, &QBarSet::hovered, this,
                [this](bool state, int bar) { showTip(state ? barText(bar) : QString()); });
        connect(set, &QBarSet::clicked, this, [this](int bar) {
            if (bar < 0 || bar >= barCount())
                return;
            if (bar < kChannels)
                emit barActivated(channelOf(bar), std::nullopt);
            else
                emit barActivated(std::nullopt, typeOf(bar));
        });
    }
    setAccessibleDescription(description.join(u'\n'));
}

} // namespace Switchboard
