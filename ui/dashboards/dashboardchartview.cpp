// SPDX-License-Identifier: MIT
#include "dashboardchartview.h"

#include <QCategoryAxis>

#include "dashboardformat.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QHelpEvent>
#include <QLegend>
#include <QToolTip>

namespace Switchboard {

DashboardChartView::DashboardChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setAnimationOptions(QChart::NoAnimation);
    // Axis and bar labels in the user's digits and decimal separator.
    chart()->setLocalizeNumbers(true);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QSize DashboardChartView::sizeHint() const
{
    return {560, 320};
}

QSize DashboardChartView::minimumSizeHint() const
{
    return {320, 260};
}

void DashboardChartView::resetChart(const QString& title)
{
    QChart* c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis*> axes = c->axes();
    for (QAbstractAxis* axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    const QPalette& p = palette();
    c->setTheme(DashboardFormat::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme sets its own background and fonts; the dashboard's are the window's.
    c->setBackgroundBrush(p.color(QPalette::Window));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setTitleBrush(p.color(QPalette::WindowText));
    c->setTitle(title);
    c->legend()->setFont(font());
    c->legend()->setLabelColor(p.color(QPalette::WindowText));
    setBackgroundBrush(p.color(QPalette::Window));
    setAccessibleName(title);
}

void DashboardChartView::addAxis(QAbstractAxis* axis, Qt::Alignment alignment)
{
    axis->setLabelsFont(font());
    axis->setLabelsBrush(textColor());
    QFont titleFont = font();
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(textColor());
    chart()->addAxis(axis, alignment);
}

void DashboardChartView::showTip(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

QString DashboardChartView::title() const
{
    return chart()->title();
}

bool DashboardChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && !m_definition.isEmpty()) {
        // Above the plot area is the title (and nothing a value tooltip covers).
        const auto* help = static_cast<QHelpEvent*>(event);
        const QPointF plotTop = mapFromScene(chart()->mapToScene(chart()->plotArea().topLeft()));
        if (help->pos().y() < plotTop.y()) {
            QToolTip::showText(help->globalPos(), m_definition, this);
            return true;
        }
    }
    return QChartView::event(event);
}

void DashboardChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

QColor DashboardChartView::textColor() const
{
    return palette().color(QPalette::WindowText);
}

QColor DashboardChartView::blue() const
{
    return DashboardFormat::isDark(palette()) ? DashboardFormat::skyBlue()
                                              : DashboardFormat::blue();
}

QCategoryAxis* DashboardChartView::addBucketAxis(int count,
                                                 const std::function<QString(int)>& label)
{
    constexpr int kMaxAxisLabels = 8;
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setMin(-0.5);
    x->setMax(count - 0.5);
    x->setStartValue(-0.5);
    const int every = std::max(1, (count + kMaxAxisLabels - 1) / kMaxAxisLabels);
    for (int i = 0; i < count; i += every)
        x->append(label(i), i);
    x->setGridLineVisible(false);
    addAxis(x, Qt::AlignBottom);
    return x;
}

} // namespace Switchboard
