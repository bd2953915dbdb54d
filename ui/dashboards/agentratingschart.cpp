// SPDX-License-Identifier: MIT
#include "agentratingschart.h"

#include "dashboardformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QSet>
#include <QValueAxis>

#include <algorithm>

namespace Switchboard {
namespace {

// Height per bar, so two dozen agents stay readable.
constexpr int kBarHeight = 22;

QString total(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

AgentRatingsChart::AgentRatingsChart(QWidget* parent)
    : DashboardChartView(parent)
{
    setObjectName(QStringLiteral("dashboardAgentRatings"));
    setDefinition(tr("Each agent's scorecard total: the weighted mean of the scores (0–100, 50 "
                     "at the team's median) for reaction time, quality, effectiveness, "
                     "communication and feedback."));
    rebuild();
}

void AgentRatingsChart::setComputing()
{
    m_agents.clear();
    m_teamTotal.reset();
    m_computing = true;
    m_error.clear();
    rebuild();
}

void AgentRatingsChart::setScorecard(const ScorecardPeriod& period, int lowSampleBelow)
{
    m_agents.clear();
    for (const AgentScore& agent : period.agents) {
        if (agent.total)
            m_agents.append(agent);
    }
    // The engine lists them best first already; sorting again keeps the
    // chart right whatever the caller passes.
    std::stable_sort(m_agents.begin(), m_agents.end(),
                     [](const AgentScore& a, const AgentScore& b) { return *a.total > *b.total; });
    m_teamTotal = period.teamTotal;
    m_lowSampleBelow = lowSampleBelow;
    m_computing = false;
    m_error.clear();
    // Grows with the team; the layout's resize that follows rebuilds it at that height.
    setMinimumHeight(std::min(sizeHint().height(), 900));
    updateGeometry();
    rebuild();
}

void AgentRatingsChart::setError(const QString& error)
{
    m_agents.clear();
    m_teamTotal.reset();
    m_computing = false;
    m_error = error;
    rebuild();
}

QString AgentRatingsChart::label(const AgentScore& agent) const
{
    const QString name = agent.name.isEmpty() ? agent.login : agent.name;
    return agent.lowSample ? tr("%1 *", "an agent with a low sample").arg(name) : name;
}

QString AgentRatingsChart::barText(int index) const
{
    if (index < 0 || index >= m_agents.size())
        return {};
    const AgentScore& agent = m_agents[index];
    const QString name = agent.name.isEmpty() ? agent.login : agent.name;
    QString text = tr("%1: total %2 of 100; %3 resolved, %Ln rated ticket(s)", "", int(agent.rated))
                       .arg(name, total(*agent.total), DashboardFormat::count(agent.resolved));
    if (agent.rank)
        text = tr("%1. %2", "rank. agent's figures").arg(QLocale().toString(*agent.rank), text);
    if (m_teamTotal)
        text += u'\n' + tr("Team average: %1").arg(total(*m_teamTotal));
    if (agent.lowSample) {
        text += u'\n' + tr("Low sample: fewer than %Ln rated ticket(s), one more rating can move "
                           "the total by tens of points.",
                           "", m_lowSampleBelow);
    }
    return text;
}

QSize AgentRatingsChart::sizeHint() const
{
    const QSize base = DashboardChartView::sizeHint();
    return {base.width(), std::max<int>(base.height(), 140 + int(m_agents.size()) * kBarHeight)};
}

void AgentRatingsChart::resizeEvent(QResizeEvent* event)
{
    DashboardChartView::resizeEvent(event);
    // Qt Charts elides the category labels to the room they had when the
    // axis was built and keeps them so; the chart grows with the team after
    // it is filled (and the page's scroll bar may come and go), so build it
    // again at its new size.
    if (!m_agents.isEmpty() && !m_building && event->size() != m_builtSize)
        rebuild();
}

void AgentRatingsChart::rebuild()
{
    m_builtSize = size();
    const QScopedValueRollback building(m_building, true);
    QString title = tr("Agents' scorecard total, best first");
    if (m_computing)
        title = tr("Agents' scorecard — computing…");
    else if (!m_error.isEmpty())
        title = tr("Agents' scorecard — could not compute: %1").arg(m_error);
    resetChart(title);
    if (m_agents.isEmpty()) {
        if (!m_computing && m_error.isEmpty())
            chart()->setTitle(tr("Agents' scorecard — no agent resolved or was rated"));
        setAccessibleDescription(chart()->title());
        return;
    }

    // Two sets stacked, one of them 0 in every row: the low-sample agents
    // get their own (hatched) look without shifting the bars.
    auto* regular = new QBarSet(tr("Scorecard total"));
    auto* low = new QBarSet(tr("Low sample (fewer than %Ln rated)", "", m_lowSampleBelow));
    regular->setColor(blue());
    regular->setBorderColor(blue());
    QColor grey = palette().color(QPalette::Mid);
    low->setBrush(QBrush(grey, Qt::BDiagPattern));
    low->setBorderColor(grey);
    // A horizontal bar axis runs bottom up: the best agent goes last.
    QStringList categories;
    QStringList description;
    const qsizetype n = m_agents.size();
    QSet<QString> seen;
    for (qsizetype row = 0; row < n; ++row) {
        const AgentScore& agent = m_agents[n - 1 - row];
        regular->append(agent.lowSample ? 0.0 : *agent.total);
        low->append(agent.lowSample ? *agent.total : 0.0);
        // A category axis merges equal names: two agents called alike get their logins.
        QString text = label(agent);
        if (seen.contains(text))
            text = tr("%1 (%2)", "agent name (login)").arg(text, agent.login);
        seen.insert(text);
        categories.append(text);
    }
    for (qsizetype i = 0; i < n; ++i)
        description.append(barText(int(i)));

    auto* series = new QHorizontalStackedBarSeries;
    series->append(regular);
    bool anyLow = false;
    for (const AgentScore& agent : std::as_const(m_agents))
        anyLow = anyLow || agent.lowSample;
    if (anyLow)
        series->append(low);
    else
        delete low;
    series->setBarWidth(0.7);
    chart()->addSeries(series);

    auto* y = new QBarCategoryAxis;
    y->append(categories);
    // Qt Charts elides category labels to a width it guesses before the
    // names are known; names are the point of this chart.
    y->setTruncateLabels(false);
    y->setGridLineVisible(false);
    addAxis(y, Qt::AlignLeft);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("total score, 0–100 (50: the team's median)"));
    addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);

    if (m_teamTotal) {
        // A line on a second, hidden value axis spanning the bars' rows.
        auto* average = new QLineSeries;
        average->setName(tr("Team average %1").arg(total(*m_teamTotal)));
        average->append(*m_teamTotal, 0);
        average->append(*m_teamTotal, 1);
        average->setPen(QPen(textColor(), 1.5, Qt::DashLine));
        chart()->addSeries(average);
        auto* rows = new QValueAxis;
        rows->setRange(0, 1);
        rows->setVisible(false);
        addAxis(rows, Qt::AlignRight);
        average->attachAxis(x);
        average->attachAxis(rows);
        const QString averageText = average->name();
        connect(average, &QLineSeries::hovered, this,
                [this, averageText](const QPointF&, bool state) {
                    showTip(state ? averageText : QString());
                });
        description.append(averageText);
    }
    chart()->legend()->setVisible(true);

    auto rowToIndex = [n](int row) { return int(n - 1 - row); };
    for (QBarSet* set : series->barSets()) {
        connect(set, &QBarSet::hovered, this, [this, rowToIndex](bool state, int row) {
            showTip(state ? barText(rowToIndex(row)) : QString());
        });
        connect(set, &QBarSet::clicked, this, [this, rowToIndex](int row) {
            const int index = rowToIndex(row);
            if (index >= 0 && index < m_agents.size())
                emit agentActivated(m_agents[index].agent);
        });
    }
    setAccessibleDescription(description.join(u'\n'));
}

} // namespace Switchboard
