// SPDX-License-Identifier: MIT
// The period picker's rules: which instants each choice covers in a time
// zone, the previous period, and how a trend cuts a period into buckets.
#include "dashboards/dashboardperiod.h"

#include <QTest>

using namespace Switchboard;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

const QTimeZone kMoscow("Europe/Moscow");
const QTimeZone kBerlin("Europe/Berlin");

qint64 at(const QTimeZone& zone, int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), zone).toMSecsSinceEpoch();
}

} // namespace

class TestDashboardPeriod : public QObject
{
    Q_OBJECT

private slots:
    void periods_data();
    void periods();
    void customIsCutAtNowAndSwapsReversedDates();
    void previousHasTheSameLengthJustBefore();
    void steps_data();
    void steps();
    void dailyBucketsCoverThePeriodAtLocalMidnights();
    void dailyBucketsAcrossADstChange();
    void weeklyAndMonthlyBuckets();
};

void TestDashboardPeriod::periods_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    // Now: Thursday 2026-05-14 15:30 in Moscow.
    const qint64 now = at(kMoscow, 2026, 5, 14, 15, 30);
    QTest::newRow("this week starts on Monday")
        << int(DashboardPeriod::Kind::ThisWeek) << at(kMoscow, 2026, 5, 11) << now;
    QTest::newRow("last 7 days") << int(DashboardPeriod::Kind::Last7Days) << now - 7 * kDayMs
                                 << now;
    QTest::newRow("last 30 days") << int(DashboardPeriod::Kind::Last30Days) << now - 30 * kDayMs
                                  << now;
    QTest::newRow("this quarter") << int(DashboardPeriod::Kind::ThisQuarter)
                                  << at(kMoscow, 2026, 4, 1) << now;
}

void TestDashboardPeriod::periods()
{
    QFETCH(int, kind);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const qint64 now = at(kMoscow, 2026, 5, 14, 15, 30);
    const DashboardPeriod period = DashboardPeriod::of(DashboardPeriod::Kind(kind), now, kMoscow);
    QCOMPARE(period.fromMs, from);
    QCOMPARE(period.toMs, to);
}

void TestDashboardPeriod::customIsCutAtNowAndSwapsReversedDates()
{
    const qint64 now = at(kMoscow, 2026, 5, 14, 15, 30);
    const auto past = DashboardPeriod::of(DashboardPeriod::Kind::Custom, now, kMoscow, Qt::Monday,
                                          QDate(2026, 3, 1), QDate(2026, 3, 31));
    QCOMPARE(past.fromMs, at(kMoscow, 2026, 3, 1));
    QCOMPARE(past.toMs, at(kMoscow, 2026, 4, 1));
    const auto reversed = DashboardPeriod::of(DashboardPeriod::Kind::Custom, now, kMoscow,
                                              Qt::Monday, QDate(2026, 3, 31), QDate(2026, 3, 1));
    QCOMPARE(reversed, past);
    const auto untilToday = DashboardPeriod::of(DashboardPeriod::Kind::Custom, now, kMoscow,
                                                Qt::Monday, QDate(2026, 5, 1), QDate(2026, 5, 31));
    QCOMPARE(untilToday.fromMs, at(kMoscow, 2026, 5, 1));
    QCOMPARE(untilToday.toMs, now);
    // A week starting on Sunday, as in the United States.
    const auto week =
        DashboardPeriod::of(DashboardPeriod::Kind::ThisWeek, now, kMoscow, Qt::Sunday);
    QCOMPARE(week.fromMs, at(kMoscow, 2026, 5, 10));
}

void TestDashboardPeriod::previousHasTheSameLengthJustBefore()
{
    const DashboardPeriod period{1000, 5000};
    QCOMPARE(period.previous(), (DashboardPeriod{-3000, 1000}));
    QCOMPARE(period.previous().lengthMs(), period.lengthMs());
}

void TestDashboardPeriod::steps_data()
{
    QTest::addColumn<qint64>("length");
    QTest::addColumn<int>("step");
    QTest::newRow("a day") << kDayMs << int(DashboardPeriod::Step::Day);
    QTest::newRow("31 days") << 31 * kDayMs << int(DashboardPeriod::Step::Day);
    QTest::newRow("32 days") << 32 * kDayMs << int(DashboardPeriod::Step::Week);
    QTest::newRow("a quarter") << 92 * kDayMs << int(DashboardPeriod::Step::Week);
    QTest::newRow("a leap year") << 366 * kDayMs << int(DashboardPeriod::Step::Week);
    QTest::newRow("two years") << 731 * kDayMs << int(DashboardPeriod::Step::Month);
}

void TestDashboardPeriod::steps()
{
    QFETCH(qint64, length);
    QFETCH(int, step);
    QCOMPARE(int(DashboardPeriod{0, length}.trendStep()), step);
}

void TestDashboardPeriod::dailyBucketsCoverThePeriodAtLocalMidnights()
{
    const qint64 now = at(kMoscow, 2026, 5, 14, 15, 30);
    const auto period = DashboardPeriod::of(DashboardPeriod::Kind::Last7Days, now, kMoscow);
    const auto buckets = period.buckets(kMoscow);
    // Half of May 7, May 8 to 13, half of May 14.
    QCOMPARE(buckets.size(), 8);
    QCOMPARE(buckets.first(), (DashboardPeriod{period.fromMs, at(kMoscow, 2026, 5, 8)}));
    QCOMPARE(buckets[1], (DashboardPeriod{at(kMoscow, 2026, 5, 8), at(kMoscow, 2026, 5, 9)}));
    QCOMPARE(buckets.last(), (DashboardPeriod{at(kMoscow, 2026, 5, 14), now}));
    for (int i = 1; i < buckets.size(); ++i)
        QCOMPARE(buckets[i].fromMs, buckets[i - 1].toMs);
}

void TestDashboardPeriod::dailyBucketsAcrossADstChange()
{
    // Berlin moves to summer time on 2026-03-29: that day is 23 hours long.
    const auto period =
        DashboardPeriod::of(DashboardPeriod::Kind::Custom, at(kBerlin, 2026, 6, 1), kBerlin,
                            Qt::Monday, QDate(2026, 3, 28), QDate(2026, 3, 30));
    const auto buckets = period.buckets(kBerlin);
    QCOMPARE(buckets.size(), 3);
    QCOMPARE(buckets[0].lengthMs(), 24 * kHourMs);
    QCOMPARE(buckets[1].lengthMs(), 23 * kHourMs);
    QCOMPARE(buckets[2].lengthMs(), 24 * kHourMs);
}

void TestDashboardPeriod::weeklyAndMonthlyBuckets()
{
    const qint64 now = at(kMoscow, 2026, 5, 14, 15, 30);
    // 2026-04-01 is a Wednesday: a partial week, then Mondays.
    const auto quarter = DashboardPeriod::of(DashboardPeriod::Kind::ThisQuarter, now, kMoscow);
    const auto weeks = quarter.buckets(kMoscow);
    QCOMPARE(quarter.trendStep(), DashboardPeriod::Step::Week);
    QCOMPARE(weeks.first(), (DashboardPeriod{at(kMoscow, 2026, 4, 1), at(kMoscow, 2026, 4, 6)}));
    QCOMPARE(weeks[1], (DashboardPeriod{at(kMoscow, 2026, 4, 6), at(kMoscow, 2026, 4, 13)}));
    QCOMPARE(weeks.last(), (DashboardPeriod{at(kMoscow, 2026, 5, 11), now}));
    QCOMPARE(weeks.size(), 7);

    const auto years = DashboardPeriod::of(DashboardPeriod::Kind::Custom, now, kMoscow, Qt::Monday,
                                           QDate(2024, 1, 15), QDate(2025, 12, 31));
    const auto months = years.buckets(kMoscow);
    QCOMPARE(years.trendStep(), DashboardPeriod::Step::Month);
    QCOMPARE(months.size(), 24);
    QCOMPARE(months.first(), (DashboardPeriod{at(kMoscow, 2024, 1, 15), at(kMoscow, 2024, 2, 1)}));
    QCOMPARE(months.last().toMs, at(kMoscow, 2026, 1, 1));
}

QTEST_GUILESS_MAIN(TestDashboardPeriod)
#include "tst_dashboardperiod.moc"
