// SPDX-License-Identifier: MIT
#include "textdecoder.h"

#include "common/tr.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>

namespace Switchboard {
namespace {

// Russian letter frequencies (per cent, lowercase а..я), from large corpora.
constexpr std::array<double, 32> kRussianFrequency = {
    8.01, 1.59, 4.54, 1.70,  2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49,
    4.40, 3.21, 6.70, 10.97, 2.81, 4.73, 5.47, 6.26, 2.62, 0.26, 0.97,
    0.48, 1.44, 0.73, 0.36,  0.04, 1.90, 1.74, 0.32, 0.64, 2.01};

// Per-byte Russian score above which paired bytes are Russian, not Chinese.
constexpr double kRussianPerLetter = 2.5;

bool isUtf8(QByteArrayView sample, bool complete)
{
    // decode() is lazy: the text must be taken for the bytes to be checked.
    QStringDecoder decoder(QStringConverter::Utf8);
    QString text = decoder.decode(sample);
    if (complete)
        text += decoder.decode(QByteArrayView());
    return !decoder.hasError();
}

// UTF-16 text without a BOM that is mostly Latin or Cyrillic has a zero (or
// 0x04) high byte in nearly every other position.
std::optional<QString> utf16WithoutBom(QByteArrayView sample)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 8)
        return std::nullopt;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        zeroEven += sample[i] == 0;
        zeroOdd += sample[i + 1] == 0;
    }
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs)
        return QStringLiteral("UTF-16LE");
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs)
        return QStringLiteral("UTF-16BE");
    return std::nullopt;
}

bool isGbLead(quint8 b)
{
    return b >= 0x81 && b <= 0xfe;
}

// GBK/GB18030 text: every byte above 0x7F starts a two-byte (or four-byte)
// sequence. Cyrillic code pages put one letter per byte, so about every
// other word leaves a lead byte followed by a space or punctuation.
bool looksLikeGb18030(QByteArrayView sample)
{
    qsizetype sequences = 0, strays = 0;
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n;) {
        const quint8 b = quint8(sample[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            break; // cut off at the sample's end
        const quint8 c = quint8(sample[i + 1]);
        if (isGbLead(b) && ((c >= 0x40 && c <= 0x7e) || (c >= 0x80 && c <= 0xfe))) {
            ++sequences;
            i += 2;
        } else if (isGbLead(b) && c >= 0x30 && c <= 0x39 && i + 3 < n &&
                   isGbLead(quint8(sample[i + 2])) && quint8(sample[i + 3]) >= 0x30 &&
                   quint8(sample[i + 3]) <= 0x39) {
            ++sequences;
            i += 4;
        } else {
            ++strays;
            ++i;
        }
    }
    return sequences > 0 && strays * 50 <= sequences;
}

// The characters bytes 0x80..0xFF stand for in a single-byte code page.
std::array<char16_t, 128> highHalf(const char* encoding)
{
    std::array<char16_t, 128> table{};
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encoding, &status);
    if (U_FAILURE(status))
        return table;
    for (int b = 0; b < 128; ++b) {
        const char byte = char(0x80 + b);
        UChar out[4];
        status = U_ZERO_ERROR;
        const int32_t length = ucnv_toUChars(converter, out, 4, &byte, 1, &status);
        table[size_t(b)] = U_SUCCESS(status) && length == 1 ? char16_t(out[0]) : 0;
    }
    ucnv_close(converter);
    return table;
}

// How Russian the high bytes look when read in a code page, per byte:
// lowercase letters weighted by how frequent they are; capitals count a
// little (text is mostly lowercase, and reading one code page as the other
// turns lowercase into capitals).
double russianScore(QByteArrayView sample, const std::array<char16_t, 128>& table)
{
    double score = 0;
    qsizetype high = 0;
    for (const char byte : sample) {
        const quint8 b = quint8(byte);
        if (b < 0x80)
            continue;
        ++high;
        const char16_t c = table[b - 0x80];
        if (c >= u'а' && c <= u'я')
            score += kRussianFrequency[size_t(c - u'а')];
        else if (c >= u'А' && c <= u'Я')
            score += 0.2 * kRussianFrequency[size_t(c - u'А')];
    }
    return high > 0 ? score / double(high) : 0;
}

QString canonicalName(const char* icuName)
{
    const QString name = QString::fromLatin1(icuName);
    static const std::array<std::pair<const char*, const char*>, 4> known = {{
        {"ibm-5347_P100-1998", "windows-1251"},
        {"ibm-878_P100-1996", "KOI8-R"},
        {"gb18030", "GB18030"},
        {"windows-936-2000", "GBK"},
    }};
    for (const auto& [icu, canonical] : known) {
        if (name == QLatin1String(icu))
            return QString::fromLatin1(canonical);
    }
    return name;
}

} // namespace

struct TextDecoder::Converter
{
    ~Converter()
    {
        if (handle)
            ucnv_close(handle);
    }
    UConverter* handle = nullptr;
};

TextDecoder::~TextDecoder() = default;

Result<std::unique_ptr<TextDecoder>> TextDecoder::create(const QString& name)
{
    const QByteArray encoded = name.trimmed().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    UConverter* handle = encoded.isEmpty() ? nullptr : ucnv_open(encoded.constData(), &status);
    if (!handle || U_FAILURE(status))
        return Error{ErrorKind::BadInput, Tr::tr("unknown encoding"), name};
    std::unique_ptr<TextDecoder> decoder(new TextDecoder);
    decoder->m_converter = std::make_unique<Converter>();
    decoder->m_converter->handle = handle;
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(handle, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    status = U_ZERO_ERROR;
    decoder->m_name = canonicalName(ucnv_getName(handle, &status));
    return decoder;
}

DetectedEncoding TextDecoder::detect(QByteArrayView sample, bool complete)
{
    const auto starts = [&](std::initializer_list<quint8> bom) {
        if (sample.size() < qsizetype(bom.size()))
            return false;
        qsizetype i = 0;
        for (const quint8 b : bom) {
            if (quint8(sample[i++]) != b)
                return false;
        }
        return true;
    };
    if (starts({0xef, 0xbb, 0xbf}))
        return {QStringLiteral("UTF-8"), 3, Tr::tr("byte-order mark")};
    if (starts({0xff, 0xfe}))
        return {QStringLiteral("UTF-16LE"), 2, Tr::tr("byte-order mark")};
    if (starts({0xfe, 0xff}))
        return {QStringLiteral("UTF-16BE"), 2, Tr::tr("byte-order mark")};
    if (auto utf16 = utf16WithoutBom(sample))
        return {*utf16, 0, Tr::tr("zero bytes of UTF-16")};
    if (isUtf8(sample, complete))
        return {QStringLiteral("UTF-8"), 0, Tr::tr("valid UTF-8")};
    static const auto cp1251 = highHalf("windows-1251");
    static const auto koi8 = highHalf("KOI8-R");
    const double asCp1251 = russianScore(sample, cp1251);
    const double asKoi8 = russianScore(sample, koi8);
    // A short Russian text can pair up by chance ("Привет" is three valid
    // GBK characters); read as Russian it then scores well above any Chinese
    // text (Russian prose about 5.5 per letter, capitals about 3, Chinese
    // below 2).
    if (looksLikeGb18030(sample) && std::max(asCp1251, asKoi8) < kRussianPerLetter)
        return {QStringLiteral("GB18030"), 0, Tr::tr("double-byte Chinese sequences")};
    if (asKoi8 > asCp1251)
        return {QStringLiteral("KOI8-R"), 0, Tr::tr("Russian letter frequencies")};
    return {QStringLiteral("windows-1251"), 0, Tr::tr("Russian letter frequencies")};
}

QString TextDecoder::decode(QByteArrayView bytes, bool last)
{
    if (m_error)
        return {};
    UConverter* handle = m_converter->handle;
    // At most one UTF-16 unit per byte, plus what ICU carried over.
    QString text(bytes.size() + 8, Qt::Uninitialized);
    UChar* target = reinterpret_cast<UChar*>(text.data());
    UChar* const targetStart = target;
    const char* source = bytes.data();
    const char* const sourceStart = source;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(handle, &target, targetStart + text.size(), &source, source + bytes.size(),
                   nullptr, last, &status);
    m_bytesDecoded += source - sourceStart;
    text.truncate(target - targetStart);
    if (U_FAILURE(status)) {
        m_error =
            status == U_TRUNCATED_CHAR_FOUND
                ? Tr::tr("the text ends inside a %1 character").arg(m_name)
                : Tr::tr("the text is not valid %1 (byte %2)").arg(m_name).arg(m_bytesDecoded);
    }
    return text;
}

} // namespace Switchboard
