// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace Switchboard {

// What detection found at the start of a file.
struct DetectedEncoding
{
    QString name;      // canonical: UTF-8, UTF-16LE, UTF-16BE, windows-1251, KOI8-R, GB18030
    int bomLength = 0; // bytes of byte-order mark to skip
    QString reason;    // why, for --inspect: "byte-order mark", "valid UTF-8", ...
};

// Turns bytes in one encoding into text, chunk by chunk: a character split
// between two chunks is completed by the next one. Legacy code pages go
// through ICU's converters, which Qt 6.4 does not expose. Decoding stops at
// the first byte sequence that is not valid in the encoding, so bad input
// is reported instead of silently becoming U+FFFD.
class TextDecoder
{
public:
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    // Any name ICU knows ("cp1251", "koi8-r", "gbk", "utf-16le" ...);
    // BadInput when there is no such encoding.
    static Result<std::unique_ptr<TextDecoder>> create(const QString& name);

    // Guesses the encoding of the first bytes of a file. In order: a BOM;
    // UTF-16 without BOM from its zero bytes; valid UTF-8 (pure ASCII
    // included); GB18030 when the bytes above 0x7F pair up as double-byte
    // lead and trail almost without exception and do not read as Russian;
    // else Cyrillic, where windows-1251 and KOI8-R are told apart by which
    // of them makes the frequent Russian lowercase letters out of the bytes.
    // Text in other single-byte code pages (Latin-1 ...) must be named.
    // `complete`: the sample is the whole file (a cut-off character at its
    // end is then an error rather than the next chunk's start).
    static DetectedEncoding detect(QByteArrayView sample, bool complete = false);

    // The canonical name of an encoding name, as detect() spells them.
    QString name() const { return m_name; }

    // Decodes the next bytes; `last` flushes an incomplete final sequence
    // (which is then an error). On an invalid sequence, returns the text
    // before it and error() is set; later calls return nothing.
    QString decode(QByteArrayView bytes, bool last);
    const std::optional<QString>& error() const { return m_error; }
    // Bytes consumed so far, for locating an error.
    qint64 bytesDecoded() const { return m_bytesDecoded; }

private:
    TextDecoder() = default;

    struct Converter;
    std::unique_ptr<Converter> m_converter;
    QString m_name;
    std::optional<QString> m_error;
    qint64 m_bytesDecoded = 0;
};

} // namespace Switchboard
