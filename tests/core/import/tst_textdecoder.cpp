// SPDX-License-Identifier: MIT
// Encoding detection for every encoding an export arrives in, and decoding
// that survives characters split between chunks and stops at bad bytes.
#include "import/textdecoder.h"

#include <QTest>

using namespace Switchboard;

namespace {

const QString kRussian = QStringLiteral(
    "Здравствуйте! Принтер в отделе продаж не печатает с самого утра, заявка номер 4512.");
const QString kChinese =
    QStringLiteral("您好，我的打印机从早上开始无法打印，请帮忙处理。订单号 4512。");
// 𠀀 and 𠀁 are outside GBK: GB18030 writes them in four bytes.
const QString kChineseExtended = QStringLiteral("测试𠀀字符，用户名：张伟𠀁");

// The texts above as Python's codecs encode them (cp1251, koi8_r, gbk, gb18030).
const QByteArray kCp1251("\xc7\xe4\xf0\xe0\xe2\xf1\xf2\xe2\xf3\xe9\xf2\xe5\x21\x20\xcf\xf0\xe8\xed"
                         "\xf2\xe5\xf0\x20\xe2\x20"
                         "\xee\xf2\xe4\xe5\xeb\xe5\x20\xef\xf0\xee\xe4\xe0\xe6\x20\xed\xe5\x20\xef"
                         "\xe5\xf7\xe0\xf2\xe0\xe5"
                         "\xf2\x20\xf1\x20\xf1\xe0\xec\xee\xe3\xee\x20\xf3\xf2\xf0\xe0\x2c\x20\xe7"
                         "\xe0\xff\xe2\xea\xe0\x20"
                         "\xed\xee\xec\xe5\xf0\x20\x34\x35\x31\x32\x2e");
const QByteArray kKoi8r("\xfa\xc4\xd2\xc1\xd7\xd3\xd4\xd7\xd5\xca\xd4\xc5\x21\x20\xf0\xd2\xc9\xce"
                        "\xd4\xc5\xd2\x20\xd7\x20"
                        "\xcf\xd4\xc4\xc5\xcc\xc5\x20\xd0\xd2\xcf\xc4\xc1\xd6\x20\xce\xc5\x20\xd0"
                        "\xc5\xde\xc1\xd4\xc1\xc5"
                        "\xd4\x20\xd3\x20\xd3\xc1\xcd\xcf\xc7\xcf\x20\xd5\xd4\xd2\xc1\x2c\x20\xda"
                        "\xc1\xd1\xd7\xcb\xc1\x20"
                        "\xce\xcf\xcd\xc5\xd2\x20\x34\x35\x31\x32\x2e");
const QByteArray kGbk("\xc4\xfa\xba\xc3\xa3\xac\xce\xd2\xb5\xc4\xb4\xf2\xd3\xa1\xbb\xfa\xb4\xd3\xd4"
                      "\xe7\xc9\xcf\xbf\xaa"
                      "\xca\xbc\xce\xde\xb7\xa8\xb4\xf2\xd3\xa1\xa3\xac\xc7\xeb\xb0\xef\xc3\xa6\xb4"
                      "\xa6\xc0\xed\xa1\xa3"
                      "\xb6\xa9\xb5\xa5\xba\xc5\x20\x34\x35\x31\x32\xa1\xa3");
const QByteArray kGb18030("\xb2\xe2\xca\xd4\x95\x32\x82\x36\xd7\xd6\xb7\xfb\xa3\xac\xd3\xc3\xbb\xa7"
                          "\xc3\xfb\xa3\xba\xd5\xc5\xce\xb0\x95\x32\x82\x37");

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes += littleEndian ? QByteArray{1, low} + high : QByteArray{1, high} + low;
    }
    return bytes;
}

// A CSV line as an export would hold it.
QByteArray csvLine(const QByteArray& text)
{
    return "id,subject\r\n1,\"" + text + "\"\r\n2,\"" + text + "\"\r\n";
}

QString csvText(const QString& text)
{
    return QStringLiteral("id,subject\r\n1,\"%1\"\r\n2,\"%1\"\r\n").arg(text);
}

// Decodes in pieces of `step` bytes, as a file read in chunks would arrive.
QString decodeInSteps(TextDecoder& decoder, const QByteArray& bytes, int step)
{
    QString text;
    for (qsizetype i = 0; i < bytes.size(); i += step)
        text += decoder.decode(
            QByteArrayView(bytes).sliced(i, std::min<qsizetype>(step, bytes.size() - i)), false);
    return text + decoder.decode(QByteArrayView(), true);
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void decodesAcrossChunks_data();
    void decodesAcrossChunks();
    void invalidBytesStop();
    void truncatedEndIsAnError();
    void unknownEncoding();
    void aliases();
};

void TestTextDecoder::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<QString>("text");
    const QByteArray utf8 = csvText(kRussian).toUtf8();
    QTest::newRow("utf-8 with bom")
        << QByteArray("\xef\xbb\xbf") + utf8 << "UTF-8" << 3 << csvText(kRussian);
    QTest::newRow("utf-8") << utf8 << "UTF-8" << 0 << csvText(kRussian);
    QTest::newRow("ascii is utf-8")
        << QByteArray("a,b\n1,2\n") << "UTF-8" << 0 << QStringLiteral("a,b\n1,2\n");
    QTest::newRow("utf-16le with bom") << QByteArray("\xff\xfe") + utf16(csvText(kChinese), true)
                                       << "UTF-16LE" << 2 << csvText(kChinese);
    QTest::newRow("utf-16be with bom") << QByteArray("\xfe\xff") + utf16(csvText(kRussian), false)
                                       << "UTF-16BE" << 2 << csvText(kRussian);
    QTest::newRow("utf-16le without bom") << utf16(csvText(QStringLiteral("Printer")), true)
                                          << "UTF-16LE" << 0 << csvText(QStringLiteral("Printer"));
    QTest::newRow("windows-1251") << csvLine(kCp1251) << "windows-1251" << 0 << csvText(kRussian);
    QTest::newRow("koi8-r") << csvLine(kKoi8r) << "KOI8-R" << 0 << csvText(kRussian);
    QTest::newRow("gbk") << csvLine(kGbk) << "GB18030" << 0 << csvText(kChinese);
    QTest::newRow("gb18030 four-byte")
        << csvLine(kGb18030) << "GB18030" << 0 << csvText(kChineseExtended);
    QTest::newRow("windows-1251 word") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2") << "windows-1251"
                                       << 0 << QStringLiteral("Привет");
}

void TestTextDecoder::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, bomLength);
    QFETCH(QString, text);
    const DetectedEncoding detected = TextDecoder::detect(bytes, true);
    QCOMPARE(detected.name, encoding);
    QCOMPARE(detected.bomLength, bomLength);
    QVERIFY(!detected.reason.isEmpty());
    auto decoder = TextDecoder::create(detected.name);
    QVERIFY(decoder.ok());
    const QString decoded = decoder.value()->decode(QByteArrayView(bytes).sliced(bomLength), true);
    QVERIFY(!decoder.value()->error());
    QCOMPARE(decoded, text);
}

void TestTextDecoder::decodesAcrossChunks_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("utf-8") << "UTF-8" << kChineseExtended.toUtf8() << kChineseExtended;
    QTest::newRow("gb18030") << "GB18030" << kGb18030 << kChineseExtended;
    QTest::newRow("utf-16le") << "UTF-16LE" << utf16(kChineseExtended, true) << kChineseExtended;
    QTest::newRow("koi8-r") << "KOI8-R" << kKoi8r << kRussian;
}

void TestTextDecoder::decodesAcrossChunks()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    for (int step = 1; step <= 5; ++step) {
        auto decoder = TextDecoder::create(encoding);
        QVERIFY(decoder.ok());
        QCOMPARE(decodeInSteps(*decoder.value(), bytes, step), text);
        QVERIFY(!decoder.value()->error());
    }
}

void TestTextDecoder::invalidBytesStop()
{
    auto decoder = TextDecoder::create(QStringLiteral("utf-8"));
    QVERIFY(decoder.ok());
    const QString text = decoder.value()->decode("line one\nbad \xff byte", true);
    QCOMPARE(text, QStringLiteral("line one\nbad "));
    QVERIFY(decoder.value()->error().has_value());
    QVERIFY2(decoder.value()->error()->contains(QLatin1String("UTF-8")),
             qPrintable(*decoder.value()->error()));
    QVERIFY(decoder.value()->decode("more", true).isEmpty());
}

void TestTextDecoder::truncatedEndIsAnError()
{
    auto decoder = TextDecoder::create(QStringLiteral("UTF-8"));
    QVERIFY(decoder.ok());
    const QByteArray bytes = QStringLiteral("ok 您").toUtf8();
    (void)decoder.value()->decode(bytes.left(bytes.size() - 1), true);
    QVERIFY(decoder.value()->error().has_value());
}

void TestTextDecoder::unknownEncoding()
{
    auto decoder = TextDecoder::create(QStringLiteral("no-such-encoding"));
    QVERIFY(!decoder.ok());
    QCOMPARE(decoder.error().kind, ErrorKind::BadInput);
}

void TestTextDecoder::aliases()
{
    for (const char* name : {"cp1251", "windows-1251"}) {
        auto decoder = TextDecoder::create(QString::fromLatin1(name));
        QVERIFY(decoder.ok());
        QCOMPARE(decoder.value()->name(), QStringLiteral("windows-1251"));
    }
    auto koi8 = TextDecoder::create(QStringLiteral("koi8-r"));
    QVERIFY(koi8.ok());
    QCOMPARE(koi8.value()->name(), QStringLiteral("KOI8-R"));
    auto gbk = TextDecoder::create(QStringLiteral("gbk"));
    QVERIFY(gbk.ok());
    QCOMPARE(gbk.value()->decode(kGbk, true), kChinese);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
