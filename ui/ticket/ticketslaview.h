// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "sla/slaservice.h"
#include "sla/slatimeline.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;

namespace Switchboard {

class SlaTimelineBar;

// The SLA block of the ticket pane: the policy and calendar, one row per
// measured metric (state, business time left, wall-clock due times, pauses,
// when it was met or breached) and a timeline of when the clock ran, paused
// and stopped. It reads the SLA SlaService stored for the ticket and only
// advances it with the clock (TicketSla::metricAt), so a refresh every 30 s
// costs no query. Calendars are loaded once per spec and kept.
class TicketSlaView : public QWidget
{
    Q_OBJECT

public:
    // sla must outlive the view.
    TicketSlaView(SlaService* sla, const Clock& clock, QWidget* parent = nullptr);

    // The stored SLA of detail.ticket; the history gives the timeline.
    void showTicket(const TicketDetail& detail);
    void clear();
    // Advances countdowns, states and the timeline to the clock's now. The
    // view's timer calls it every kRefreshMs while a clock is counting.
    void refresh();

    static constexpr int kRefreshMs = 30 * 1000;
    // Periods listed under the timeline until the user asks for all.
    static constexpr int kShownPeriods = 4;

private:
    struct MetricRow
    {
        QLabel* icon = nullptr;
        QLabel* name = nullptr;
        QLabel* state = nullptr;
        QLabel* countdown = nullptr;
        QLabel* details = nullptr;
    };
    struct CachedCalendar
    {
        BusinessCalendar calendar;
        qint64 loadedAt = 0;
    };

    void showPlaceholder(const QString& text);
    const BusinessCalendar* calendarFor(const TicketSla& sla);
    QString calendarExplanation(const QString& spec, const BusinessCalendar& calendar) const;
    void fillRow(SlaMetric metric, qint64 nowMs);
    QString periodLabel(const SlaPeriod& period, qint64 nowMs) const;
    void fillTimeline(qint64 nowMs);

    SlaService* m_sla;
    const Clock& m_clock;
    QTimer m_timer;
    QHash<QString, CachedCalendar> m_calendars;

    std::optional<TicketSla> m_ticketSla;
    BusinessCalendar m_calendar;
    QString m_calendarText;
    QList<SlaPeriod> m_periods;

    QLabel* m_policy = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr;
    std::array<MetricRow, kSlaMetricCount> m_rows;
    SlaTimelineBar* m_timeline = nullptr;
    QLabel* m_periodsLabel = nullptr;
    QLabel* m_morePeriods = nullptr;
    bool m_periodsExpanded = false;
};

} // namespace Switchboard
