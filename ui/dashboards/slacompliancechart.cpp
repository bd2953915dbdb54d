// SPDX-License-Identifier: MIT
#include "slacompliancechart.h"

#include "dashboardformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

namespace Switchboard {
namespace {

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

} // namespace

SlaComplianceChart::SlaComplianceChart(QWidget* parent)
    : DashboardChartView(parent)
{
    setObjectName(QStringLiteral("dashboardSlaCompliance"));
    setDefinition(tr("The SLA outcomes decided in the period per metric: met (done within the "
                     "goal), at goal (after the goal, within the limit) and breached (past the "
                     "limit)."));
    rebuild();
}

void SlaComplianceChart::setOutcomes(const Outcomes& outcomes)
{
    m_outcomes = outcomes;
    rebuild();
}

QString SlaComplianceChart::metricName(SlaMetric metric)
{
    switch (metric) {
    case SlaMetric::FirstResponse:
        return tr("First response");
    case SlaMetric::NextResponse:
        return tr("Next response");
    case SlaMetric::Resolution:
        break;
    }
    return tr("Resolution");
}

QString SlaComplianceChart::metricText(SlaMetric metric) const
{
    const SlaCompliance& sla = m_outcomes[size_t(metric)];
    if (sla.measured() == 0)
        return tr("%1: no outcome decided in the period").arg(metricName(metric));
    const qint64 measured = sla.measured();
    return tr("%1: %2 met (%3), %4 at goal (%5), %6 breached (%7)")
        .arg(metricName(metric), DashboardFormat::count(sla.met),
             DashboardFormat::percent(share(sla.met, measured)), DashboardFormat::count(sla.atGoal),
             DashboardFormat::percent(share(sla.atGoal, measured)),
             DashboardFormat::count(sla.breached),
             DashboardFormat::percent(share(sla.breached, measured)));
}

void SlaComplianceChart::rebuild()
{
    resetChart(tr("SLA outcomes by metric"));
    qint64 measured = 0;
    for (const SlaCompliance& sla : m_outcomes)
        measured += sla.measured();
    if (measured == 0) {
        setAccessibleDescription(tr("No SLA outcome was decided in the period."));
        return;
    }

    auto* met = new QBarSet(tr("Met"));
    auto* atGoal = new QBarSet(tr("At goal"));
    auto* breached = new QBarSet(tr("Breached"));
    met->setColor(DashboardFormat::green());
    atGoal->setColor(blue());
    breached->setColor(DashboardFormat::vermilion());
    for (QBarSet* set : {met, atGoal, breached})
        set->setBorderColor(palette().color(QPalette::Window));
    // Bottom up, so that first response is on top.
    const QList<SlaMetric> order{SlaMetric::Resolution, SlaMetric::NextResponse,
                                 SlaMetric::FirstResponse};
    QStringList categories;
    QStringList description;
    for (const SlaMetric metric : order) {
        const SlaCompliance& sla = m_outcomes[size_t(metric)];
        met->append(share(sla.met, sla.measured()));
        atGoal->append(share(sla.atGoal, sla.measured()));
        breached->append(share(sla.breached, sla.measured()));
        const auto compliance = sla.compliancePercent();
        categories.append(
            compliance ? tr("%1<br>%2 compliant of %3", "metric, compliance, outcomes (HTML)")
                             .arg(metricName(metric), DashboardFormat::percent(compliance),
                                  DashboardFormat::count(sla.measured()))
                       : tr("%1<br>none decided", "HTML").arg(metricName(metric)));
    }
    for (const SlaMetric metric :
         {SlaMetric::FirstResponse, SlaMetric::NextResponse, SlaMetric::Resolution})
        description.append(metricText(metric));

    auto* series = new QHorizontalStackedBarSeries;
    series->append({met, atGoal, breached});
    // No labels in the bars: a breach rate of 0.5 % next to one of 14 %
    // would print one over the other. The axis has the compliance, the
    // tooltip and the accessible description every share and count.
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    chart()->legend()->setVisible(true);

    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    addAxis(y, Qt::AlignLeft);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("% of outcomes decided in the period"));
    addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);

    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, order](bool state, int index, QBarSet*) {
                showTip(state && index >= 0 && index < order.size() ? metricText(order[index])
                                                                    : QString());
            });
    setAccessibleDescription(description.join(u'\n'));
}

} // namespace Switchboard
