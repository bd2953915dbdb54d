// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/staffingreport.h"

#include <QWidget>

#include <array>
#include <optional>

namespace Switchboard {

// Tickets created by weekday (rows, Monday first) and hour of day (columns)
// as a grid of cells: a sequential single-hue scale (light to dark blue,
// readable for colour-blind users and in greyscale) with the count written
// in every cell, a legend of the scale, and the exact figure in a tooltip.
// Keyboard: the arrow keys move a focus frame from cell to cell, and the
// accessible description reads the cell out. With a staffing plan
// (MetricsEngine::staffing) each cell also shows "needed/available" agents
// under its count, is framed in vermilion where fewer agents were available
// than needed, and its tooltip lists arrivals, needed and available.
class VolumeHeatmap : public QWidget
{
    Q_OBJECT

public:
    using Grid = std::array<std::array<qint64, 24>, 7>;

    explicit VolumeHeatmap(QWidget* parent = nullptr);

    // zoneName: the time zone the hours are in, for the tooltip.
    void setVolume(const Grid& volume, const QString& zoneName);
    qint64 count(int weekday, int hour) const { return m_volume[size_t(weekday)][size_t(hour)]; }
    qint64 maximum() const { return m_max; }
    // Empty: no overlay (not computed, or it failed).
    void setStaffing(const std::optional<StaffingReport>& staffing);
    const std::optional<StaffingReport>& staffing() const { return m_staffing; }
    // True when the plan says fewer agents were available than needed; weekday 0 is Monday.
    bool isUnderstaffed(int weekday, int hour) const;
    // "Tuesday, 10:00–11:00: 412 tickets".
    QString cellText(int weekday, int hour) const;
    // Where a cell is drawn, for tests and tooltips; weekday 0 is Monday.
    QRect cellRect(int weekday, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Geometry
    {
        int left = 0; // of the first cell column
        int top = 0;  // of the first cell row
        double cellWidth = 0;
        double cellHeight = 0;
        QRect legend;
    };
    Geometry geometry() const;
    QColor cellColor(qint64 count) const;
    void updateDescription();

    const StaffingSlot* slot(int weekday, int hour) const;
    QString staffingText(int weekday, int hour) const;

    Grid m_volume{};
    std::optional<StaffingReport> m_staffing;
    qint64 m_max = 0;
    qint64 m_total = 0;
    QString m_zoneName;
    int m_currentDay = 0;
    int m_currentHour = 0;
};

} // namespace Switchboard
