// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardperiod.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace Switchboard {

// How the dashboards write numbers and paint them: durations as "1 h 25 min"
// in the user's language, percentages, scores and counts with the locale's
// digits and grouping, "n/a" for figures a period does not define; and the
// Okabe–Ito colours (distinct for colour-blind readers) the charts and the
// KPI table share with the SLA states.
class DashboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)

public:
    // "42 s" under a minute, else SlaPresentation::duration of the nearest
    // minute ("12 min", "1 h 25 min", "2 d 3 h").
    static QString duration(double seconds);
    static QString duration(const std::optional<double>& seconds);
    static QString percent(const std::optional<double>& value); // "95.2 %"
    static QString score(const std::optional<double>& value);   // "4.36 / 5"
    static QString count(qint64 value);                         // "24,769"
    static QString notAvailable();                              // "n/a"
    // The period's local dates, both included: "01.03.2026 – 30.03.2026".
    static QString period(const DashboardPeriod& period);
    // A trend bucket's label on an axis: the day and month it starts on
    // ("3 Mar", "03.03", "3/3"), or the month and year.
    static QString bucketLabel(const DashboardPeriod& bucket, DashboardPeriod::Step step);
    // The same for a tooltip: "Mon 02.03.2026", "week of 02.03.2026", "March 2026".
    static QString bucketTitle(const DashboardPeriod& bucket, DashboardPeriod::Step step);

    static QColor blue();      // at goal, better, the mean
    static QColor skyBlue();   // blue on a dark background
    static QColor orange();    // within 10 % of a target, the 90th percentile
    static QColor vermilion(); // breached, off target, worse, the bottleneck
    static QColor green();     // met, on target
    // True when the palette is a dark one (light text on a dark window).
    static bool isDark(const QPalette& palette);
};

} // namespace Switchboard
