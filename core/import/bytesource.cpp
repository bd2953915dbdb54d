// SPDX-License-Identifier: MIT
#include "bytesource.h"

#include "common/tr.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

namespace Switchboard {
namespace {

constexpr qsizetype kInputChunk = 64 * 1024;

Error readError(const QString& path, const QString& reason)
{
    return Error{ErrorKind::Runtime, Tr::tr("could not read the file: %1").arg(reason), path};
}

} // namespace

struct ByteSource::Inflater
{
    Inflater() { m_ok = inflateInit2(&stream, 15 + 32) == Z_OK; }
    ~Inflater() { inflateEnd(&stream); }

    z_stream stream{};
    QByteArray input;
    bool m_ok = false;
    // True before the first member and after each one ends: the only places
    // where the file may end.
    bool betweenMembers = true;
};

ByteSource::ByteSource(QString path)
    : m_path(std::move(path))
{}

ByteSource::~ByteSource() = default;

Result<std::unique_ptr<ByteSource>> ByteSource::open(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such file"), path};
    std::unique_ptr<ByteSource> source(new ByteSource(path));
    source->m_file = std::make_unique<QFile>(path);
    if (!source->m_file->open(QIODevice::ReadOnly))
        return readError(path, source->m_file->errorString());
    source->m_fileSize = source->m_file->size();
    source->m_contentSizeHint = source->m_fileSize;
    const QByteArray magic = source->m_file->peek(2);
    source->m_compressed =
        magic.size() == 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b;
    if (!source->m_compressed)
        return source;
    source->m_inflater = std::make_unique<Inflater>();
    if (!source->m_inflater->m_ok)
        return readError(path, Tr::tr("could not start decompressing"));
    // gzip keeps the uncompressed size (mod 2^32) in its last four bytes.
    if (source->m_fileSize >= 18 && source->m_file->seek(source->m_fileSize - 4)) {
        const QByteArray trailer = source->m_file->read(4);
        if (trailer.size() == 4)
            source->m_contentSizeHint =
                qint64(quint8(trailer[0])) | qint64(quint8(trailer[1])) << 8 |
                qint64(quint8(trailer[2])) << 16 | qint64(quint8(trailer[3])) << 24;
    }
    if (!source->m_file->seek(0))
        return readError(path, source->m_file->errorString());
    return source;
}

bool ByteSource::atEnd() const
{
    return m_ended;
}

Result<QByteArray> ByteSource::read(qsizetype maxBytes)
{
    if (m_ended)
        return QByteArray();
    if (m_compressed)
        return inflateSome(maxBytes);
    QByteArray bytes = m_file->read(maxBytes);
    if (bytes.isEmpty()) {
        if (m_file->error() != QFileDevice::NoError)
            return readError(m_path, m_file->errorString());
        m_ended = true;
    }
    m_fileBytesRead += bytes.size();
    return bytes;
}

Result<QByteArray> ByteSource::inflateSome(qsizetype maxBytes)
{
    Inflater& z = *m_inflater;
    QByteArray output(maxBytes, Qt::Uninitialized);
    z.stream.next_out = reinterpret_cast<Bytef*>(output.data());
    z.stream.avail_out = uInt(maxBytes);
    while (z.stream.avail_out > 0) {
        if (z.stream.avail_in == 0) {
            z.input = m_file->read(kInputChunk);
            m_fileBytesRead += z.input.size();
            if (z.input.isEmpty()) {
                if (m_file->error() != QFileDevice::NoError)
                    return readError(m_path, m_file->errorString());
                if (!z.betweenMembers)
                    return readError(m_path, Tr::tr("the compressed file is cut short"));
                m_ended = true;
                break;
            }
            z.stream.next_in = reinterpret_cast<Bytef*>(z.input.data());
            z.stream.avail_in = uInt(z.input.size());
        }
        const int rc = inflate(&z.stream, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            // Concatenated gzip members (as `cat a.gz b.gz` makes) continue.
            if (inflateReset(&z.stream) != Z_OK)
                return readError(m_path, Tr::tr("could not decompress"));
            z.betweenMembers = true;
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return readError(m_path,
                             Tr::tr("the compressed data is damaged (%1)")
                                 .arg(QString::fromLatin1(z.stream.msg ? z.stream.msg : "?")));
        z.betweenMembers = false;
    }
    output.truncate(maxBytes - qsizetype(z.stream.avail_out));
    return output;
}

} // namespace Switchboard
