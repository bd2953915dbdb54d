// SPDX-License-Identifier: MIT
#include "businesscalendar.h"

#include "common/tr.h"

#include <QDateTime>

#include <algorithm>
#include <mutex>
#include <shared_mutex>
#include <vector>

namespace Switchboard {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01

int offsetAt(const QTimeZone& zone, qint64 utcSecond)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecond, Qt::UTC));
}

int localYearOf(const QTimeZone& zone, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().year();
}

std::optional<Error> checkHours(const BusinessCalendar::DayHours& hours, const QString& what)
{
    int previousEnd = -1;
    for (const BusinessCalendar::Interval& interval : hours) {
        if (interval.startSecond < 0 || interval.endSecond > kSecondsPerDay ||
            interval.startSecond >= interval.endSecond)
            return Error{
                ErrorKind::BadInput,
                Tr::tr("%1: an interval must start before it ends, within one day").arg(what)};
        if (interval.startSecond < previousEnd)
            return Error{ErrorKind::BadInput,
                         Tr::tr("%1: intervals overlap or are out of order").arg(what)};
        previousEnd = interval.endSecond;
    }
    return std::nullopt;
}

} // namespace

// The rules and the lazily computed UTC intervals of a range of local years.
// Intervals are half-open [start, end), sorted, and adjacent ones are merged,
// so every end is a real closing time. prefix[i] is the business time before
// interval i (size n + 1). Everything in milliseconds.
struct BusinessCalendar::Data
{
    Rules rules;
    DayHours defaultWorkdayHours;

    mutable std::shared_mutex mutex;
    std::vector<qint64> starts;
    std::vector<qint64> ends;
    std::vector<qint64> prefix{0};
    int firstYear = 0;
    int lastYear = -1; // empty while lastYear < firstYear
    qint64 coverStart = 0;
    qint64 coverEnd = 0;

    bool isEmpty() const { return lastYear < firstYear; }
    size_t size() const { return starts.size(); }

    // Whether t can be answered without computing another year: inside the
    // computed years, or beyond the first or last supported year (closed).
    bool covers(qint64 t) const
    {
        if (isEmpty())
            return false;
        if (t < coverStart)
            return firstYear == kFirstYear;
        if (t >= coverEnd)
            return lastYear == kLastYear;
        return true;
    }

    void yearIntervals(int year, std::vector<qint64>& outStarts, std::vector<qint64>& outEnds) const
    {
        const QDate first(year, 1, 1);
        const int days = first.daysInYear();
        for (int day = 0; day < days; ++day) {
            const QDate date = first.addDays(day);
            for (const Interval& interval : hoursOnDate(date)) {
                const qint64 start = localToUtcMs(rules.zone, date, interval.startSecond);
                const qint64 end = localToUtcMs(rules.zone, date, interval.endSecond);
                if (end <= start)
                    continue; // the whole interval fell into a DST gap
                if (!outEnds.empty() && start <= outEnds.back()) {
                    outEnds.back() = std::max(outEnds.back(), end);
                } else {
                    outStarts.push_back(start);
                    outEnds.push_back(end);
                }
            }
        }
    }

    DayHours hoursOnDate(const QDate& date) const
    {
        if (const auto it = rules.dateHours.constFind(date); it != rules.dateHours.cend())
            return *it;
        if (rules.holidays.contains(date))
            return {};
        if (rules.workdays.contains(date))
            return rules.workdayHours ? *rules.workdayHours : defaultWorkdayHours;
        return rules.week[size_t(date.dayOfWeek() - 1)];
    }

    void appendYear(int year)
    {
        std::vector<qint64> newStarts;
        std::vector<qint64> newEnds;
        yearIntervals(year, newStarts, newEnds);
        for (size_t i = 0; i < newStarts.size(); ++i) {
            if (!ends.empty() && newStarts[i] <= ends.back()) {
                // Open across midnight of New Year: one interval, no closing time.
                ends.back() = std::max(ends.back(), newEnds[i]);
                prefix.back() = prefix[prefix.size() - 2] + (ends.back() - starts.back());
            } else {
                starts.push_back(newStarts[i]);
                ends.push_back(newEnds[i]);
                prefix.push_back(prefix.back() + (newEnds[i] - newStarts[i]));
            }
        }
        if (isEmpty()) {
            firstYear = year;
            coverStart = localToUtcMs(rules.zone, QDate(year, 1, 1), 0);
        }
        lastYear = year;
        coverEnd = localToUtcMs(rules.zone, QDate(year + 1, 1, 1), 0);
    }

    void prependYear(int year)
    {
        std::vector<qint64> newStarts;
        std::vector<qint64> newEnds;
        yearIntervals(year, newStarts, newEnds);
        for (size_t i = 0; i < starts.size(); ++i) {
            if (!newEnds.empty() && starts[i] <= newEnds.back()) {
                newEnds.back() = std::max(newEnds.back(), ends[i]);
            } else {
                newStarts.push_back(starts[i]);
                newEnds.push_back(ends[i]);
            }
        }
        starts = std::move(newStarts);
        ends = std::move(newEnds);
        prefix.assign(1, 0);
        prefix.reserve(starts.size() + 1);
        for (size_t i = 0; i < starts.size(); ++i)
            prefix.push_back(prefix.back() + (ends[i] - starts[i]));
        firstYear = year;
        coverStart = localToUtcMs(rules.zone, QDate(year, 1, 1), 0);
    }

    // Computes years until t is covered. Needs the exclusive lock.
    void extendTo(qint64 t)
    {
        if (isEmpty())
            appendYear(std::clamp(localYearOf(rules.zone, t), kFirstYear, kLastYear));
        while (t < coverStart && firstYear > kFirstYear)
            prependYear(firstYear - 1);
        while (t >= coverEnd && lastYear < kLastYear)
            appendYear(lastYear + 1);
    }

    // Index of the last interval starting at or before t, or -1.
    qint64 intervalAtOrBefore(qint64 t) const
    {
        return qint64(std::upper_bound(starts.begin(), starts.end(), t) - starts.begin()) - 1;
    }

    // Business time from the start of the computed range to t (t covered).
    qint64 businessBefore(qint64 t) const
    {
        const qint64 i = intervalAtOrBefore(t);
        if (i < 0)
            return 0;
        return prefix[size_t(i)] + (std::min(t, ends[size_t(i)]) - starts[size_t(i)]);
    }

    bool openAt(qint64 t) const
    {
        const qint64 i = intervalAtOrBefore(t);
        return i >= 0 && t < ends[size_t(i)];
    }

    // The first opening at or after t, or nullopt when another year is needed.
    std::optional<qint64> nextOpeningFrom(qint64 t) const
    {
        const qint64 i = intervalAtOrBefore(t);
        if (i >= 0 && t < ends[size_t(i)])
            return t;
        if (size_t(i + 1) < size())
            return starts[size_t(i + 1)];
        if (lastYear == kLastYear)
            return std::max(t, coverEnd);
        return std::nullopt;
    }

    // The earliest instant whose business time from the range start is
    // target, or nullopt when another year is needed.
    std::optional<qint64> instantAt(qint64 target) const
    {
        const auto it = std::lower_bound(prefix.begin() + 1, prefix.end(), target);
        if (it == prefix.end())
            return lastYear == kLastYear ? std::optional<qint64>(coverEnd) : std::nullopt;
        const size_t j = size_t(it - prefix.begin()) - 1;
        return starts[j] + (target - prefix[j]);
    }

    // One query, first under the shared lock; if it needs another year,
    // again under the exclusive lock, computing years as it goes.
    template <typename Query> qint64 run(qint64 a, qint64 b, Query query)
    {
        {
            std::shared_lock lock(mutex);
            if (covers(a) && covers(b)) {
                if (const std::optional<qint64> answer = query(); answer)
                    return *answer;
            }
        }
        std::unique_lock lock(mutex);
        extendTo(a);
        extendTo(b);
        for (;;) {
            if (const std::optional<qint64> answer = query(); answer)
                return *answer;
            appendYear(lastYear + 1);
        }
    }
};

BusinessCalendar::BusinessCalendar() = default;

BusinessCalendar::BusinessCalendar(std::shared_ptr<Data> data)
    : m_data(std::move(data))
{}

Result<BusinessCalendar> BusinessCalendar::create(Rules rules)
{
    if (!rules.zone.isValid())
        return Error{ErrorKind::BadInput, Tr::tr("the time zone is not valid")};
    static const char* const dayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    bool anyHours = false;
    for (size_t day = 0; day < 7; ++day) {
        if (auto error = checkHours(rules.week[day], QString::fromLatin1(dayKeys[day])))
            return *error;
        anyHours = anyHours || !rules.week[day].isEmpty();
    }
    if (!anyHours)
        return Error{ErrorKind::BadInput,
                     Tr::tr("the calendar has no open hours in its week; it would never open")};
    if (rules.workdayHours) {
        if (auto error = checkHours(*rules.workdayHours, QStringLiteral("workday_hours")))
            return *error;
    }
    for (auto it = rules.dateHours.cbegin(); it != rules.dateHours.cend(); ++it) {
        if (auto error = checkHours(*it, it.key().toString(Qt::ISODate)))
            return *error;
    }
    for (const QDate& date : rules.holidays) {
        if (rules.workdays.contains(date))
            return Error{
                ErrorKind::BadInput,
                Tr::tr("%1 is both a holiday and a workday").arg(date.toString(Qt::ISODate))};
    }

    auto data = std::make_shared<Data>();
    for (size_t day = 0; day < 5; ++day) {
        if (!rules.week[day].isEmpty()) {
            data->defaultWorkdayHours = rules.week[day];
            break;
        }
    }
    if (!rules.workdays.isEmpty() && !rules.workdayHours && data->defaultWorkdayHours.isEmpty())
        return Error{ErrorKind::BadInput,
                     Tr::tr("workdays need workday_hours when no day from Monday to Friday "
                            "has hours")};
    data->rules = std::move(rules);
    return BusinessCalendar(std::move(data));
}

const BusinessCalendar::Rules& BusinessCalendar::rules() const
{
    static const Rules empty;
    return m_data ? m_data->rules : empty;
}

QTimeZone BusinessCalendar::timeZone() const
{
    return m_data ? m_data->rules.zone : QTimeZone::utc();
}

BusinessCalendar::DayHours BusinessCalendar::hoursOn(const QDate& date) const
{
    return m_data ? m_data->hoursOnDate(date) : DayHours{};
}

qint64 BusinessCalendar::addBusinessMinutes(qint64 startMs, qint64 minutes, Boundary boundary) const
{
    return addBusinessSeconds(startMs, minutes * 60, boundary);
}

qint64 BusinessCalendar::addBusinessSeconds(qint64 startMs, qint64 seconds, Boundary boundary) const
{
    if (!m_data || seconds < 0)
        return startMs;
    if (seconds == 0 && boundary == Boundary::Close)
        return startMs;
    Data& data = *m_data;
    const qint64 amount = seconds * 1000;
    // Step 1: the instant where the amount runs out (the earliest such
    // instant, so a run that ends at a closing time gives that closing time).
    const qint64 reached =
        amount == 0 ? startMs : data.run(startMs, startMs, [&]() -> std::optional<qint64> {
            return data.instantAt(data.businessBefore(startMs) + amount);
        });
    if (boundary == Boundary::Close)
        return reached;
    // Step 2 for NextOpen: a closing time (or, for 0 minutes, any closed
    // instant) becomes the next opening.
    return data.run(reached, reached, [&]() { return data.nextOpeningFrom(reached); });
}

qint64 BusinessCalendar::businessSecondsBetween(qint64 startMs, qint64 endMs) const
{
    if (!m_data || endMs <= startMs)
        return 0;
    Data& data = *m_data;
    const qint64 ms = data.run(startMs, endMs, [&]() -> std::optional<qint64> {
        return data.businessBefore(endMs) - data.businessBefore(startMs);
    });
    return ms / 1000;
}

qint64 BusinessCalendar::businessMinutesBetween(qint64 startMs, qint64 endMs) const
{
    return businessSecondsBetween(startMs, endMs) / 60;
}

bool BusinessCalendar::isOpenAt(qint64 ms) const
{
    if (!m_data)
        return false;
    Data& data = *m_data;
    return data.run(ms, ms, [&]() -> std::optional<qint64> { return data.openAt(ms) ? 1 : 0; }) !=
           0;
}

qint64 BusinessCalendar::nextOpening(qint64 ms) const
{
    if (!m_data)
        return ms;
    Data& data = *m_data;
    return data.run(ms, ms, [&]() { return data.nextOpeningFrom(ms); });
}

qint64 BusinessCalendar::localToUtcMs(const QTimeZone& zone, const QDate& date, int second)
{
    const qint64 local = (date.toJulianDay() - kEpochJulianDay) * kSecondsPerDay + second;
    if (zone == QTimeZone::utc())
        return local * 1000;
    // Offsets never exceed 14 h, so the true instant lies within this window;
    // zones change their offset at most once in it.
    constexpr qint64 window = 15 * 3600;
    const int before = offsetAt(zone, local - window);
    const int after = offsetAt(zone, local + window);
    if (before == after)
        return (local - before) * 1000;
    std::optional<qint64> first;
    for (const int offset : {before, after}) {
        const qint64 candidate = local - offset;
        if (offsetAt(zone, candidate) == offset && (!first || candidate < *first))
            first = candidate; // in a repeated hour the earlier occurrence wins
    }
    if (first)
        return *first * 1000;
    // In a gap: the first instant whose local time is at or after the wanted
    // one is the transition itself, the end of the gap.
    qint64 low = local - std::max(before, after);
    qint64 high = local - std::min(before, after);
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        if (middle + offsetAt(zone, middle) >= local)
            high = middle;
        else
            low = middle + 1;
    }
    return low * 1000;
}

} // namespace Switchboard
