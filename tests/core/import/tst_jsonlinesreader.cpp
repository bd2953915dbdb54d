// SPDX-License-Identifier: MIT
// JSON Lines: the first object's keys are the columns; values become text
// as a CSV export would hold them; a bad line is reported by its number.
#include "import/jsonlinesreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class TestJsonLinesReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void values();
    void badLine();

private:
    QString write(const QByteArray& bytes);
    QTemporaryDir m_dir;
};

QString TestJsonLinesReader::write(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("tickets.jsonl"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestJsonLinesReader::values()
{
    const QString path = write(
        R"({"id": "A-1", "priority": 2, "score": 4.5, "vip": true, "tags": ["vpn", "urgent"], "note": null})"
        "\n\n"
        R"({"id": "A-2", "priority": 3, "extra": "ignored"})"
        "\r\n");
    auto reader = RecordReader::open(path);
    QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().toString()));
    QCOMPARE(reader.value()->format(), RecordFormat::JsonLines);
    const QStringList header = reader.value()->header();
    QCOMPARE(header, (QStringList{"id", "note", "priority", "score", "tags", "vip"}));
    SourceRecord record;
    QVERIFY(reader.value()->next(record).value());
    QCOMPARE(record.line, 1);
    QCOMPARE(record.values, (QStringList{"A-1", "", "2", "4.5", "vpn, urgent", "true"}));
    QVERIFY(reader.value()->next(record).value());
    QCOMPARE(record.line, 3);
    QCOMPARE(record.values, (QStringList{"A-2", "", "3", "", "", ""}));
    QVERIFY(!reader.value()->next(record).value());
}

void TestJsonLinesReader::badLine()
{
    const QString path = write("{\"id\": \"A-1\"}\n{\"id\": \"A-2\",}\n");
    auto reader = RecordReader::open(path);
    QVERIFY(reader.ok());
    SourceRecord record;
    QVERIFY(reader.value()->next(record).value());
    auto second = reader.value()->next(record);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::BadInput);
    QVERIFY2(second.error().location.endsWith(QLatin1String("tickets.jsonl:2")),
             qPrintable(second.error().location));

    const QString array = write("[1, 2]\n");
    auto notObject = RecordReader::open(array);
    QVERIFY(!notObject.ok());
    QVERIFY(notObject.error().message.contains(QLatin1String("one JSON object")));
}

QTEST_GUILESS_MAIN(TestJsonLinesReader)
#include "tst_jsonlinesreader.moc"
