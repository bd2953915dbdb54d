// SPDX-License-Identifier: MIT
// Export timestamps: day-first and year-first patterns without padding,
// ISO-8601, wall-clock times in a zone with daylight saving.
#include "common/timeformat.h"
#include "import/timeparser.h"

#include <QTest>

using namespace Switchboard;

class TestTimeParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void firstMatchingFormatWins();
    void badFormats_data();
    void badFormats();
    void unknownZone();
};

void TestTimeParser::parse_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: not a time in that format
    QTest::newRow("day-first unpadded") << "d/M/yyyy H:mm"
                                        << "UTC"
                                        << "29/2/2016 01:16"
                                        << "2016-02-29T01:16:00Z";
    QTest::newRow("day-first padded pattern, unpadded text") << "dd/MM/yyyy HH:mm"
                                                             << "UTC"
                                                             << "5/3/2016 9:07"
                                                             << "2016-03-05T09:07:00Z";
    QTest::newRow("day-first is not month-first") << "dd/MM/yyyy HH:mm"
                                                  << "UTC"
                                                  << "13/01/2016 10:00"
                                                  << "2016-01-13T10:00:00Z";
    QTest::newRow("no 13th month") << "M/d/yyyy H:mm"
                                   << "UTC"
                                   << "13/01/2016 10:00"
                                   << "";
    QTest::newRow("no 30 February") << "d/M/yyyy H:mm"
                                    << "UTC"
                                    << "30/2/2016 10:00"
                                    << "";
    QTest::newRow("year first with seconds") << "yyyy/M/d HH:mm:ss"
                                             << "UTC"
                                             << "2012/10/9 14:50:17"
                                             << "2012-10-09T14:50:17Z";
    QTest::newRow("trailing text") << "yyyy/M/d HH:mm:ss"
                                   << "UTC"
                                   << "2012/10/9 14:50:17x"
                                   << "";
    QTest::newRow("two-digit year and AM/PM") << "M/d/yy h:mm AP"
                                              << "UTC"
                                              << "3/1/16 2:05 PM"
                                              << "2016-03-01T14:05:00Z";
    QTest::newRow("midnight is 12 AM") << "M/d/yyyy h:mm ap"
                                       << "UTC"
                                       << "3/1/2016 12:30 am"
                                       << "2016-03-01T00:30:00Z";
    QTest::newRow("milliseconds") << "yyyy-MM-dd HH:mm:ss.zzz"
                                  << "UTC"
                                  << "2016-03-01 10:00:00.25"
                                  << "2016-03-01T10:00:00Z";
    QTest::newRow("moscow") << "d.M.yyyy H:mm"
                            << "Europe/Moscow"
                            << "2.3.2026 9:15"
                            << "2026-03-02T06:15:00Z";
    QTest::newRow("rome summer") << "yyyy/M/d H:mm:ss"
                                 << "Europe/Rome"
                                 << "2012/7/9 14:50:17"
                                 << "2012-07-09T12:50:17Z";
    QTest::newRow("rome winter") << "yyyy/M/d H:mm:ss"
                                 << "Europe/Rome"
                                 << "2012/1/9 14:50:17"
                                 << "2012-01-09T13:50:17Z";
    // Rome skipped 02:00-03:00 on 2012-03-25: the instant after the jump.
    QTest::newRow("skipped by the spring jump") << "yyyy/M/d H:mm:ss"
                                                << "Europe/Rome"
                                                << "2012/3/25 2:30:00"
                                                << "2012-03-25T01:30:00Z";
    QTest::newRow("sao paulo 2016") << "d/M/yyyy H:mm"
                                    << "America/Sao_Paulo"
                                    << "29/2/2016 08:56"
                                    << "2016-02-29T11:56:00Z";
    QTest::newRow("iso with offset") << "iso"
                                     << "Europe/Moscow"
                                     << "2026-03-02T09:15:00+03:00"
                                     << "2026-03-02T06:15:00Z";
    QTest::newRow("iso Z") << "iso"
                           << "Europe/Moscow"
                           << "2026-03-02T09:15:00Z"
                           << "2026-03-02T09:15:00Z";
    QTest::newRow("iso without offset is the zone's") << "iso"
                                                      << "Europe/Moscow"
                                                      << "2026-03-02T09:15:00"
                                                      << "2026-03-02T06:15:00Z";
    QTest::newRow("iso garbage") << "iso"
                                 << "UTC"
                                 << "yesterday"
                                 << "";
}

void TestTimeParser::parse()
{
    QFETCH(QString, format);
    QFETCH(QString, zone);
    QFETCH(QString, text);
    QFETCH(QString, utc);
    auto parser = TimeParser::create({format}, zone);
    QVERIFY2(parser.ok(), parser.ok() ? "" : qPrintable(parser.error().message));
    const auto parsed = parser->parse(text);
    QCOMPARE(parsed ? isoTimestamp(*parsed, QTimeZone::utc()) : QString(), utc);
    // The cached second answer is the same.
    const auto again = parser->parse(text);
    QCOMPARE(again, parsed);
}

void TestTimeParser::firstMatchingFormatWins()
{
    auto parser = TimeParser::create({QStringLiteral("d/M/yyyy H:mm"), QStringLiteral("iso")},
                                     QStringLiteral("UTC"));
    QVERIFY(parser.ok());
    QCOMPARE(isoTimestamp(*parser->parse(u"4/3/2016 10:00"), QTimeZone::utc()),
             QStringLiteral("2016-03-04T10:00:00Z"));
    QCOMPARE(isoTimestamp(*parser->parse(u"2016-03-04T10:00:00Z"), QTimeZone::utc()),
             QStringLiteral("2016-03-04T10:00:00Z"));
    QCOMPARE(parser->describe(), QStringLiteral("d/M/yyyy H:mm | iso"));
}

void TestTimeParser::badFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("month names") << "dd MMM yyyy";
    QTest::newRow("unknown letter") << "yyyy-MM-dd Q";
    QTest::newRow("no day") << "yyyy-MM";
    QTest::newRow("three-digit year") << "yyy-M-d";
    QTest::newRow("unclosed quote") << "yyyy-M-d 'at";
}

void TestTimeParser::badFormats()
{
    QFETCH(QString, format);
    QVERIFY(TimeParser::checkFormat(format).has_value());
    QVERIFY(!TimeParser::create({format}, QStringLiteral("UTC")).ok());
}

void TestTimeParser::unknownZone()
{
    auto parser = TimeParser::create({QStringLiteral("iso")}, QStringLiteral("Mars/Olympus"));
    QVERIFY(!parser.ok());
    QVERIFY(parser.error().message.contains(QLatin1String("Mars/Olympus")));
}

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
