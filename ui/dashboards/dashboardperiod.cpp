// SPDX-License-Identifier: MIT
#include "dashboardperiod.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace Switchboard {
namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// A month of 31 days still counts as days, also across a DST change.
constexpr qint64 kMaxDailySpanMs = 31 * kDayMs + kHourMs;
constexpr qint64 kMaxWeeklySpanMs = 366 * kDayMs + kHourMs;

qint64 startOfDay(const QDate& date, const QTimeZone& zone)
{
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

QDate localDate(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

QDate weekStart(const QDate& date, Qt::DayOfWeek firstDayOfWeek)
{
    return date.addDays(-((date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
}

} // namespace

DashboardPeriod DashboardPeriod::of(Kind kind, qint64 nowMs, const QTimeZone& zone,
                                    Qt::DayOfWeek firstDayOfWeek, QDate from, QDate to)
{
    const QDate today = localDate(nowMs, zone);
    switch (kind) {
    case Kind::ThisWeek:
        return {startOfDay(weekStart(today, firstDayOfWeek), zone), nowMs};
    case Kind::Last7Days:
        return {nowMs - 7 * kDayMs, nowMs};
    case Kind::Last30Days:
        return {nowMs - 30 * kDayMs, nowMs};
    case Kind::ThisQuarter: {
        const int firstMonth = (today.month() - 1) / 3 * 3 + 1;
        return {startOfDay(QDate(today.year(), firstMonth, 1), zone), nowMs};
    }
    case Kind::Custom:
        break;
    }
    if (!from.isValid())
        from = today;
    if (!to.isValid())
        to = from;
    if (to < from)
        std::swap(from, to);
    DashboardPeriod period{startOfDay(from, zone), startOfDay(to.addDays(1), zone)};
    // Days still to come hold nothing yet; cutting them keeps the trend
    // from drawing empty buckets and the status line from promising them.
    if (period.fromMs < nowMs && nowMs < period.toMs)
        period.toMs = nowMs;
    return period;
}

DashboardPeriod::Step DashboardPeriod::trendStep() const
{
    if (lengthMs() <= kMaxDailySpanMs)
        return Step::Day;
    if (lengthMs() <= kMaxWeeklySpanMs)
        return Step::Week;
    return Step::Month;
}

QList<DashboardPeriod> DashboardPeriod::buckets(const QTimeZone& zone,
                                                Qt::DayOfWeek firstDayOfWeek) const
{
    QList<DashboardPeriod> list;
    if (isEmpty())
        return list;
    const Step step = trendStep();
    QDate date = localDate(fromMs, zone);
    if (step == Step::Week)
        date = weekStart(date, firstDayOfWeek);
    else if (step == Step::Month)
        date = QDate(date.year(), date.month(), 1);
    qint64 start = fromMs;
    while (start < toMs) {
        switch (step) {
        case Step::Day:
            date = date.addDays(1);
            break;
        case Step::Week:
            date = date.addDays(7);
            break;
        case Step::Month:
            date = date.addMonths(1);
            break;
        }
        const qint64 boundary = startOfDay(date, zone);
        if (boundary <= start)
            continue; // a zone whose midnight is skipped: take the next day
        const qint64 end = std::min(boundary, toMs);
        list.append({start, end});
        start = end;
    }
    return list;
}

} // namespace Switchboard
