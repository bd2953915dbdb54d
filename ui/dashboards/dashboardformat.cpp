// SPDX-License-Identifier: MIT
#include "dashboardformat.h"

#include "common/slapresentation.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Switchboard {
namespace {

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}

// The locale's short date without the year, for axis labels of days within
// a year: "d MMM yyyy" gives "d MMM", "dd.MM.yyyy" "dd.MM", "yyyy/M/d" "M/d".
QString dayMonthFormat(const QLocale& locale)
{
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(year);
    return format.isEmpty() ? QStringLiteral("d.M") : format;
}

} // namespace

QString DashboardFormat::duration(double seconds)
{
    if (std::abs(seconds) < 59.5)
        return tr("%1 s", "duration in seconds").arg(QLocale().toString(std::llround(seconds)));
    return SlaPresentation::duration(std::llround(seconds / 60.0) * 60);
}

QString DashboardFormat::duration(const std::optional<double>& seconds)
{
    return seconds ? duration(*seconds) : notAvailable();
}

QString DashboardFormat::percent(const std::optional<double>& value)
{
    if (!value)
        return notAvailable();
    return tr("%1 %", "a percentage").arg(QLocale().toString(*value, 'f', 1));
}

QString DashboardFormat::score(const std::optional<double>& value)
{
    if (!value)
        return notAvailable();
    return tr("%1 / 5", "a satisfaction score out of 5").arg(QLocale().toString(*value, 'f', 2));
}

QString DashboardFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DashboardFormat::notAvailable()
{
    return tr("n/a", "a figure the period does not define");
}

QString DashboardFormat::period(const DashboardPeriod& period)
{
    const QLocale locale;
    const QDate first = localDate(period.fromMs);
    const QDate last = localDate(std::max(period.fromMs, period.toMs - 1));
    if (first == last)
        return locale.toString(first, QLocale::ShortFormat);
    return tr("%1 – %2", "a range of dates")
        .arg(locale.toString(first, QLocale::ShortFormat),
             locale.toString(last, QLocale::ShortFormat));
}

QString DashboardFormat::bucketLabel(const DashboardPeriod& bucket, DashboardPeriod::Step step)
{
    const QLocale locale;
    const QDate date = localDate(bucket.fromMs);
    if (step == DashboardPeriod::Step::Month)
        return tr("%1 %2", "short month and year")
            .arg(locale.standaloneMonthName(date.month(), QLocale::ShortFormat))
            .arg(date.year());
    return locale.toString(date, dayMonthFormat(locale));
}

QString DashboardFormat::bucketTitle(const DashboardPeriod& bucket, DashboardPeriod::Step step)
{
    const QLocale locale;
    const QDate date = localDate(bucket.fromMs);
    switch (step) {
    case DashboardPeriod::Step::Day:
        return tr("%1 %2", "weekday and date")
            .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                 locale.toString(date, QLocale::ShortFormat));
    case DashboardPeriod::Step::Week:
        return tr("week of %1").arg(locale.toString(date, QLocale::ShortFormat));
    case DashboardPeriod::Step::Month:
        break;
    }
    return tr("%1 %2", "month and year")
        .arg(locale.standaloneMonthName(date.month(), QLocale::LongFormat))
        .arg(date.year());
}

// Okabe–Ito, as SlaPresentation uses them.
QColor DashboardFormat::blue()
{
    return {0x00, 0x72, 0xB2};
}

QColor DashboardFormat::skyBlue()
{
    return {0x56, 0xB4, 0xE9};
}

QColor DashboardFormat::orange()
{
    return {0xE6, 0x9F, 0x00};
}

QColor DashboardFormat::vermilion()
{
    return {0xD5, 0x5E, 0x00};
}

QColor DashboardFormat::green()
{
    return {0x00, 0x9E, 0x73};
}

bool DashboardFormat::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace Switchboard
