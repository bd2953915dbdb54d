// SPDX-License-Identifier: MIT
#include "common/timeformat.h"

#include <QTest>

using namespace Switchboard;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatsWithZoneOffset_data();
    void formatsWithZoneOffset();
    void parsesInstants_data();
    void parsesInstants();
};

void TestTimeFormat::formatsWithZoneOffset_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("moscow") << qint64(1772432100000) << QByteArray("Europe/Moscow")
                            << QStringLiteral("2026-03-02T09:15:00+03:00");
    QTest::newRow("shanghai") << qint64(1772432100000) << QByteArray("Asia/Shanghai")
                              << QStringLiteral("2026-03-02T14:15:00+08:00");
    QTest::newRow("new york, negative offset")
        << qint64(1772432100000) << QByteArray("America/New_York")
        << QStringLiteral("2026-03-02T01:15:00-05:00");
    QTest::newRow("utc is Z") << qint64(1772432100000) << QByteArray("UTC")
                              << QStringLiteral("2026-03-02T06:15:00Z");
    QTest::newRow("seconds kept") << qint64(1772432107000) << QByteArray("Europe/Moscow")
                                  << QStringLiteral("2026-03-02T09:15:07+03:00");
}

void TestTimeFormat::formatsWithZoneOffset()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    const QTimeZone timeZone = zone == "UTC" ? QTimeZone::utc() : QTimeZone(zone);
    QVERIFY(timeZone.isValid());
    QCOMPARE(isoTimestamp(ms, timeZone), expected);
}

void TestTimeFormat::parsesInstants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("offset") << QStringLiteral("2026-03-02T09:15:00+03:00") << true
                            << qint64(1772432100000);
    QTest::newRow("no seconds") << QStringLiteral("2026-03-02T09:15+03:00") << true
                                << qint64(1772432100000);
    QTest::newRow("zulu") << QStringLiteral("2026-03-02T06:15:00Z") << true
                          << qint64(1772432100000);
    QTest::newRow("no offset is refused")
        << QStringLiteral("2026-03-02T09:15:00") << false << qint64(0);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::newRow("bad month") << QStringLiteral("2026-13-02T09:15:00Z") << false << qint64(0);
}

void TestTimeFormat::parsesInstants()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const auto parsed = parseIsoInstant(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ms);
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
