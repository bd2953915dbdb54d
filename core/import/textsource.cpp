// SPDX-License-Identifier: MIT
#include "textsource.h"

#include "common/tr.h"

namespace Switchboard {
namespace {

constexpr qsizetype kDetectionBytes = 64 * 1024;

} // namespace

Result<std::unique_ptr<TextSource>> TextSource::open(const QString& path, const QString& encoding)
{
    auto bytes = ByteSource::open(path);
    if (!bytes)
        return bytes.error();
    std::unique_ptr<TextSource> source(new TextSource);
    source->m_bytes = std::move(bytes.value());
    while (source->m_pending.size() < kDetectionBytes && !source->m_bytes->atEnd()) {
        auto chunk = source->m_bytes->read(kDetectionBytes - source->m_pending.size());
        if (!chunk)
            return chunk.error();
        source->m_pending += chunk.value();
    }
    const bool whole = source->m_bytes->atEnd();
    DetectedEncoding detected = TextDecoder::detect(source->m_pending, whole);
    auto decoder = TextDecoder::create(encoding.isEmpty() ? detected.name : encoding);
    if (!decoder)
        return decoder.error();
    source->m_decoder = std::move(decoder.value());
    // A BOM of the forced encoding is dropped too.
    const QString name = source->m_decoder->name();
    if (encoding.isEmpty() || name == detected.name) {
        source->m_pending.remove(0, detected.bomLength);
        source->m_bomLength = detected.bomLength;
    }
    if (encoding.isEmpty())
        source->m_detected = detected;
    return source;
}

Result<QString> TextSource::read()
{
    for (;;) {
        if (const auto& error = m_decoder->error())
            return Error{ErrorKind::BadInput, *error, path()};
        if (m_ended)
            return QString();
        QByteArray bytes;
        if (!m_pending.isEmpty()) {
            bytes.swap(m_pending);
        } else {
            auto chunk = m_bytes->read();
            if (!chunk)
                return chunk.error();
            bytes = std::move(chunk.value());
        }
        // ByteSource knows it has ended only after an empty read, so the
        // final call flushes with no bytes.
        const bool last = bytes.isEmpty() && m_bytes->atEnd();
        QString text = m_decoder->decode(bytes, last);
        m_ended = last;
        m_chars += text.size();
        if (!text.isEmpty())
            return text;
    }
}

} // namespace Switchboard
