// SPDX-License-Identifier: MIT
#pragma once

#include "bytesource.h"
#include "textdecoder.h"

namespace Switchboard {

// The text of an input file, chunk by chunk: bytes from a ByteSource
// (inflated if gzip), decoded in the encoding detected from the first 64 KiB
// or the one forced by name; a byte-order mark is dropped.
class TextSource
{
public:
    // `encoding` empty: detect. NotFound for a missing file, BadInput for an
    // unknown encoding name.
    static Result<std::unique_ptr<TextSource>> open(const QString& path,
                                                    const QString& encoding = {});

    // The next chunk of text; an empty string at the end. A byte sequence
    // invalid in the encoding is a BadInput error, after the text before it
    // has been returned.
    Result<QString> read();
    bool atEnd() const { return m_ended; }

    QString path() const { return m_bytes->path(); }
    QString encoding() const { return m_decoder->name(); }
    bool encodingDetected() const { return m_detected.has_value(); }
    // How the encoding was found, when it was detected.
    const std::optional<DetectedEncoding>& detection() const { return m_detected; }
    const ByteSource& bytes() const { return *m_bytes; }
    // Characters returned and the bytes they came from, BOM included: how
    // many bytes a character takes on average, for estimates.
    qint64 charsRead() const { return m_chars; }
    qint64 bytesDecoded() const { return m_decoder->bytesDecoded() + m_bomLength; }

private:
    TextSource() = default;

    std::unique_ptr<ByteSource> m_bytes;
    std::unique_ptr<TextDecoder> m_decoder;
    std::optional<DetectedEncoding> m_detected;
    QByteArray m_pending; // read for detection, not decoded yet
    bool m_ended = false;
    qint64 m_chars = 0;
    int m_bomLength = 0;
};

} // namespace Switchboard
