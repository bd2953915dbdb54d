// SPDX-License-Identifier: MIT
// The JSON form of SLA policies: what Settings exports and the database stores.
#include "sla/slapolicyformat.h"

#include <QTest>

using namespace Switchboard;

class TestSlaPolicyFormat : public QObject
{
    Q_OBJECT

private slots:
    void defaultsRoundTrip()
    {
        const SlaPolicySet defaults = defaultSlaPolicies();
        auto parsed = SlaPolicyFormat::parse(SlaPolicyFormat::serialise(defaults),
                                             QStringLiteral("defaults"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->policies(), defaults.policies());
    }

    void readsRangesSingleNumbersAndLadders()
    {
        auto parsed = SlaPolicyFormat::parse(R"([{
            "name": "fault-p2", "types": ["fault"], "priorities": [2], "channels": ["phone"],
            "calendar": "builtin:ru-2026",
            "first_response": {"goal_minutes": 120, "limit_minutes": 240},
            "resolution": 1440,
            "warnings": [{"percent": 50}, {"minutes_before": 30}],
            "pause_on_hold": true}])",
                                             QStringLiteral("p.json"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        const SlaPolicy& policy = parsed->policies().first();
        QCOMPARE(policy.firstResponse, SlaTarget::range(7200, 14400));
        QCOMPARE(policy.resolution, SlaTarget::single(86400));
        QVERIFY(!policy.nextResponse);
        QCOMPARE(policy.channels, QList<Channel>{Channel::Phone});
        QCOMPARE(policy.warnings.size(), 2);
        QCOMPARE(policy.warnings.at(1), SlaWarning::before(1800));
        QVERIFY(policy.pauseOnHold);
        QVERIFY(policy.groups.isEmpty());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("[{") << QStringLiteral("JSON");
        QTest::newRow("not a list") << QByteArray("{}") << QStringLiteral("list");
        QTest::newRow("typo") << QByteArray(R"([{"name": "a", "prioritys": [1]}])")
                              << QStringLiteral("prioritys");
        QTest::newRow("limit below goal")
            << QByteArray(
                   R"([{"name": "a", "first_response": {"goal_minutes": 60, "limit_minutes": 30}}])")
            << QStringLiteral("limit");
        QTest::newRow("fractional minutes")
            << QByteArray(R"([{"name": "a", "first_response": 1.5}])") << QStringLiteral("minutes");
        QTest::newRow("unknown type")
            << QByteArray(R"([{"name": "a", "types": ["bug"]}])") << QStringLiteral("bug");
        QTest::newRow("priority 5")
            << QByteArray(R"([{"name": "a", "priorities": [5]}])") << QStringLiteral("1 to 4");
        QTest::newRow("percent 120")
            << QByteArray(R"([{"name": "a", "warnings": [{"percent": 120}]}])")
            << QStringLiteral("percent");
        QTest::newRow("same name twice")
            << QByteArray(R"([{"name": "a"}, {"name": "a"}])") << QStringLiteral("same name");
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto parsed = SlaPolicyFormat::parse(json, QStringLiteral("p.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
        QVERIFY2(parsed.error().toString().contains(expected),
                 qPrintable(parsed.error().toString()));
        QVERIFY2(parsed.error().toString().contains(QStringLiteral("p.json")),
                 qPrintable(parsed.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicyFormat)
#include "tst_slapolicyformat.moc"
