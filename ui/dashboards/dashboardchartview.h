// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QCategoryAxis;

#include <QChartView>

namespace Switchboard {

// A chart of the dashboards: follows the window's palette (light or dark
// theme, the window's background, its text colour), rebuilds its series
// when the palette changes, and shows per-value tooltips. Subclasses hold
// their data and draw it in rebuild(). Focusable, so a screen reader
// reaches it and reads the values from its accessible description. Hovering
// the title shows the figure's definition (docs/metrics.md).
class DashboardChartView : public QChartView
{
    Q_OBJECT

public:
    explicit DashboardChartView(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // One sentence: what the chart's figure is; the title's tooltip.
    void setDefinition(const QString& definition) { m_definition = definition; }
    QString definition() const { return m_definition; }
    QString title() const;

protected:
    // Draws the data from scratch: call resetChart() first.
    virtual void rebuild() = 0;
    // Removes every series and axis and applies the palette; `title` on top.
    void resetChart(const QString& title);
    void showTip(const QString& text);
    // Attaches `axis` to the chart at `alignment`, in the window's font and text colour.
    void addAxis(QAbstractAxis* axis, Qt::Alignment alignment);
    // The x axis of a trend: one category per bucket at 0 .. count - 1,
    // labelled by `label` for at most eight of them.
    QCategoryAxis* addBucketAxis(int count, const std::function<QString(int)>& label);
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

    QColor textColor() const;
    // The Okabe–Ito blue, lighter on a dark background.
    QColor blue() const;

private:
    QString m_definition;
};

} // namespace Switchboard
