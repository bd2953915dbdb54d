// SPDX-License-Identifier: MIT
// Mapping files: the built-in ones load; mistakes are reported with their
// JSON path before any row is read.
#include "import/importmapping.h"

#include <QTest>

using namespace Switchboard;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void builtinsLoad();
    void invalid_data();
    void invalid();
    void bindNamesMissingColumns();
    void eventLogDefaults();
};

void TestImportMapping::builtinsLoad()
{
    for (const QString& name : ImportMapping::builtinNames()) {
        auto mapping = ImportMapping::builtin(name);
        QVERIFY2(mapping.ok(), mapping.ok() ? "" : qPrintable(mapping.error().toString()));
        QVERIFY(mapping->field(ImportField::ExternalId).has_value());
    }
    auto serviceNow = ImportMapping::builtin(QStringLiteral("servicenow"));
    QVERIFY(serviceNow.ok());
    QCOMPARE(serviceNow->source(), QStringLiteral("servicenow"));
    QCOMPARE(serviceNow->timeZone(), QStringLiteral("America/Sao_Paulo"));
    const ValueSpec& status = *serviceNow->field(ImportField::Status);
    QCOMPARE(status.map.value(QStringLiteral("Awaiting Vendor")), QStringLiteral("on_hold"));
    QVERIFY(status.map.contains(QStringLiteral("-100")));
    QVERIFY(!status.map.value(QStringLiteral("-100")).has_value());
    QVERIFY(serviceNow->eventLog().enabled);
    QCOMPARE(serviceNow->eventLog().orderColumn, QStringLiteral("sys_mod_count"));
    QVERIFY(serviceNow->isEmptyValue(u"?"));

    QVERIFY(!ImportMapping::builtin(QStringLiteral("zendesk")).ok());
    QCOMPARE(ImportMapping::builtin(QStringLiteral("zendesk")).error().kind, ErrorKind::Usage);
}

void TestImportMapping::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray fields = R"("fields": {"external_id": "id", "created": "opened"})";
    QTest::newRow("not json") << QByteArray("{\"source\": ") << "not valid JSON";
    QTest::newRow("no source") << QByteArray("{" + fields + "}") << "source:";
    QTest::newRow("unknown key") << QByteArray(R"({"source": "x", "colums": {}, )" + fields + "}")
                                 << "colums: unknown key";
    QTest::newRow("unknown field")
        << QByteArray(
               R"({"source": "x", "fields": {"external_id": "id", "created": "c", "sla": "s"}})")
        << "fields.sla: unknown field";
    QTest::newRow("bad status in map")
        << QByteArray(R"({"source": "x", "fields": {"external_id": "id", "created": "c",
                      "status": {"column": "state", "map": {"Active": "working"}}}})")
        << "fields.status.map.Active: 'working' is not valid for status";
    QTest::newRow("priority out of range")
        << QByteArray(R"({"source": "x", "fields": {"external_id": "id", "created": "c",
                      "priority": {"column": "p", "map": {"Critical": 0}}}})")
        << "fields.priority.map.Critical";
    QTest::newRow("bad constant")
        << QByteArray(R"({"source": "x", "fields": {"external_id": "id", "created": "c",
                      "channel": {"value": "fax"}}})")
        << "fields.channel.value: 'fax'";
    QTest::newRow("bad zone") << QByteArray(R"({"source": "x", "time_zone": "Europe/Atlantis", )" +
                                            fields + "}")
                              << "time_zone: 'Europe/Atlantis'";
    QTest::newRow("bad time format")
        << QByteArray(R"({"source": "x", "time_formats": ["dd MMM yyyy"], )" + fields + "}")
        << "time_formats:";
    QTest::newRow("no external id") << QByteArray(R"({"source": "x", "fields": {"created": "c"}})")
                                    << "fields.external_id: required";
    QTest::newRow("no created") << QByteArray(R"({"source": "x", "fields": {"external_id": "id"}})")
                                << "fields.created: required";
    QTest::newRow("two sources")
        << QByteArray(R"({"source": "x", "fields": {"external_id": "id", "created": "c",
                      "type": {"column": "t", "value": "fault"}}})")
        << "give exactly one of";
    QTest::newRow("bad regex")
        << QByteArray(R"({"source": "x", "fields": {"external_id": "id", "created": "c",
                      "assignee": {"column": "a", "rewrite": {"pattern": "(", "replace": ""}}}})")
        << "fields.assignee.rewrite.pattern";
    QTest::newRow("untrackable field")
        << QByteArray(R"({"source": "x", "fields": {"external_id": "id"},
                      "event_log": {"ticket": "id", "time": "t", "track": ["subject"]}})")
        << "event_log.track: 'subject' cannot be tracked";
}

void TestImportMapping::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto mapping = ImportMapping::fromJson(json, QStringLiteral("mine.json"));
    QVERIFY(!mapping.ok());
    QCOMPARE(mapping.error().kind, ErrorKind::BadInput);
    QCOMPARE(mapping.error().location, QStringLiteral("mine.json"));
    QVERIFY2(mapping.error().message.contains(message), qPrintable(mapping.error().message));
}

void TestImportMapping::bindNamesMissingColumns()
{
    auto mapping = ImportMapping::builtin(QStringLiteral("helpdesk"));
    QVERIFY(mapping.ok());
    const Status bound = mapping->bind({QStringLiteral("Case ID"), QStringLiteral("Activity")},
                                       QStringLiteral("cases.csv"));
    QVERIFY(!bound.ok());
    QCOMPARE(bound.error().location, QStringLiteral("cases.csv:1"));
    QVERIFY2(bound.error().message.contains(QLatin1String("Complete Timestamp")),
             qPrintable(bound.error().message));
}

void TestImportMapping::eventLogDefaults()
{
    auto mapping = ImportMapping::fromJson(
        R"({"source": "log", "fields": {"status": "state"},
            "event_log": {"ticket": "case", "time": "at"}})",
        QStringLiteral("log.json"));
    QVERIFY2(mapping.ok(), mapping.ok() ? "" : qPrintable(mapping.error().toString()));
    // The ticket column is the external id when none is named.
    QCOMPARE(mapping->field(ImportField::ExternalId)->column, QStringLiteral("case"));
    QCOMPARE(mapping->eventLog().tracked.size(), 4);
    QVERIFY(mapping->eventLog().reopen);
    QVERIFY(!mapping->eventLog().firstResponseFromStatus);
    QCOMPARE(mapping->timeFormats(), QStringList{QStringLiteral("iso")});
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
