// SPDX-License-Identifier: MIT
// RFC 4180 reading: quotes, embedded line breaks, doubled quotes, the
// delimiter found from the rows, physical line numbers in errors, gzip and
// legacy encodings read directly, records split across read chunks.
#include "import/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLe(QByteArray& out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += char((value >> (8 * i)) & 0xff);
}

// A gzip file holding `data` in stored (uncompressed) deflate blocks: what
// gzip writes, without needing zlib in the test.
QByteArray gzip(const QByteArray& data)
{
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    qsizetype pos = 0;
    do {
        const qsizetype length = std::min<qsizetype>(65535, data.size() - pos);
        const bool last = pos + length == data.size();
        out += char(last ? 1 : 0);
        appendLe(out, quint32(length), 2);
        appendLe(out, quint32(~length & 0xffff), 2);
        out += data.mid(pos, length);
        pos += length;
    } while (pos < data.size());
    appendLe(out, crc32(data), 4);
    appendLe(out, quint32(data.size()), 4);
    return out;
}

struct Read
{
    QStringList header;
    QList<SourceRecord> records;
    QChar delimiter;
    QString error;
    QString errorLocation;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void quoting();
    void delimiter_data();
    void delimiter();
    void badRows_data();
    void badRows();
    void gzipIsReadDirectly();
    void legacyEncoding();
    void recordsAcrossChunks();

private:
    QString write(const QString& name, const QByteArray& bytes);
    Read read(const QString& path, const QString& encoding = {});

    QTemporaryDir m_dir;
};

QString TestCsvReader::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

Read TestCsvReader::read(const QString& path, const QString& encoding)
{
    Read result;
    auto reader = RecordReader::open(path, RecordFormat::Csv, encoding);
    if (!reader) {
        result.error = reader.error().message;
        result.errorLocation = reader.error().location;
        return result;
    }
    result.header = reader.value()->header();
    result.delimiter = static_cast<CsvReader&>(*reader.value()).delimiter();
    SourceRecord record;
    for (;;) {
        auto more = reader.value()->next(record);
        if (!more) {
            result.error = more.error().message;
            result.errorLocation = more.error().location;
            break;
        }
        if (!more.value())
            break;
        result.records << record;
    }
    return result;
}

void TestCsvReader::quoting()
{
    const QString path = write(QStringLiteral("quoting.csv"),
                               "id,subject,body\r\n"
                               "1,\"Printer, 3rd floor\",\"He said \"\"it's broken\"\"\"\r\n"
                               "\r\n"
                               "2,\"Two\r\nlines\",plain 5\" screen\r\n"
                               "3,,\"\"\n"
                               "4,last,\"no newline\"");
    const Read r = read(path);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.header, (QStringList{"id", "subject", "body"}));
    QCOMPARE(r.records.size(), 4);
    QCOMPARE(r.records[0].values,
             (QStringList{"1", "Printer, 3rd floor", "He said \"it's broken\""}));
    QCOMPARE(r.records[0].line, 2);
    QCOMPARE(r.records[1].values, (QStringList{"2", "Two\r\nlines", "plain 5\" screen"}));
    QCOMPARE(r.records[1].line, 4); // the blank line 3 is skipped
    QCOMPARE(r.records[2].values, (QStringList{"3", "", ""}));
    QCOMPARE(r.records[2].line, 6);
    QCOMPARE(r.records[3].values, (QStringList{"4", "last", "no newline"}));
    QCOMPARE(r.records[3].line, 7);
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("secondRow");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ","
                           << QStringList{"4", "5", "6"};
    QTest::newRow("semicolon with commas in values")
        << QByteArray("id;subject;created\n1;Hello, world;29/02/2016 10:00\n"
                      "2;\"Quoted; semicolon\";1/3/2016 9:05\n")
        << ";" << QStringList{"2", "Quoted; semicolon", "1/3/2016 9:05"};
    QTest::newRow("tab") << QByteArray("a\tb\n1,5\t2;3\n4\t5\n") << "\t" << QStringList{"4", "5"};
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, secondRow);
    const Read r = read(write(QStringLiteral("delimiter.csv"), content));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(QString(r.delimiter), delimiter);
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records[1].values, secondRow);
}

void TestCsvReader::badRows_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("short row") << QByteArray("a,b,c\n1,2,3\n\"x\ny\",2\n") << "bad.csv:3"
                               << "this row has 2 fields, the header has 3";
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << "bad.csv:3"
                                    << "a quoted field is not closed";
    QTest::newRow("text after quote") << QByteArray("a,b\n1,\"x\"y\n") << "bad.csv:2"
                                      << "text after the closing quote";
    QTest::newRow("empty file") << QByteArray() << "bad.csv:1"
                                << "the file is empty";
}

void TestCsvReader::badRows()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const Read r = read(write(QStringLiteral("bad.csv"), content));
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY2(r.errorLocation.endsWith(location), qPrintable(r.errorLocation));
}

void TestCsvReader::gzipIsReadDirectly()
{
    QByteArray csv = "number,state\n";
    for (int i = 0; i < 5000; ++i)
        csv += QByteArray("INC") + QByteArray::number(i) + ",\"Awaiting User Info\"\n";
    // Named .csv: gzip is recognised by its bytes, not the name.
    const Read r = read(write(QStringLiteral("log.csv"), gzip(csv)));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records.size(), 5000);
    QCOMPARE(r.records.last().values, (QStringList{"INC4999", "Awaiting User Info"}));
    QCOMPARE(r.records.last().line, 5001);

    QByteArray cut = gzip(csv);
    cut.chop(cut.size() / 2);
    const Read damaged = read(write(QStringLiteral("cut.csv.gz"), cut));
    QVERIFY2(!damaged.error.isEmpty(), "a cut gzip file must not read as complete");
}

void TestCsvReader::legacyEncoding()
{
    // "Тема;Статус" / "Принтер;открыто" in windows-1251, detected.
    const QByteArray cp1251(
        "\xd2\xe5\xec\xe0;\xd1\xf2\xe0\xf2\xf3\xf1\r\n"
        "\xcf\xf0\xe8\xed\xf2\xe5\xf0 \xed\xe5 \xef\xe5\xf7\xe0\xf2\xe0\xe5\xf2;"
        "\xee\xf2\xea\xf0\xfb\xf2\xee\r\n");
    const Read r = read(write(QStringLiteral("ru.csv"), cp1251));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.header, (QStringList{QStringLiteral("Тема"), QStringLiteral("Статус")}));
    QCOMPARE(r.records.first().values,
             (QStringList{QStringLiteral("Принтер не печатает"), QStringLiteral("открыто")}));

    const Read forced =
        read(write(QStringLiteral("forced.csv"), "a,b\n1,\xe9t\xe9\n"), QStringLiteral("latin1"));
    QVERIFY2(forced.error.isEmpty(), qPrintable(forced.error));
    QCOMPARE(forced.records.first().values.at(1), QStringLiteral("été"));

    const Read invalid =
        read(write(QStringLiteral("invalid.csv"), "a,b\n1,2\n3,\xff\n"), QStringLiteral("utf-8"));
    QVERIFY2(invalid.error.contains(QLatin1String("UTF-8")), qPrintable(invalid.error));
    QVERIFY2(invalid.errorLocation.endsWith(QLatin1String(":3")),
             qPrintable(invalid.errorLocation));
}

void TestCsvReader::recordsAcrossChunks()
{
    // Far more than one read chunk, with quoted line breaks everywhere, so
    // records are cut at every possible point between chunks.
    QByteArray csv = "id;note\n";
    for (int i = 0; i < 20000; ++i)
        csv += QByteArray::number(i) + ";\"line one " + QByteArray::number(i) +
               "\nline \"\"two\"\"\"\n";
    const Read r = read(write(QStringLiteral("big.csv"), csv));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records.size(), 20000);
    for (int i : {0, 1, 4097, 19999}) {
        QCOMPARE(r.records[i].values.at(1), QStringLiteral("line one %1\nline \"two\"").arg(i));
        QCOMPARE(r.records[i].line, 2 + 2 * i);
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
