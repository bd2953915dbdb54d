// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

QT_FORWARD_DECLARE_CLASS(QFile)

namespace Switchboard {

// The bytes of an input file, inflated on the fly when the file is gzip
// (recognised by its magic bytes, not its name), so a 46 MB export is never
// unpacked to disk or held whole in memory. Owns the open file.
class ByteSource
{
public:
    static Result<std::unique_ptr<ByteSource>> open(const QString& path);
    ~ByteSource();
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    // The next bytes of content (inflated), at most about `maxBytes`; an
    // empty array at the end.
    Result<QByteArray> read(qsizetype maxBytes = 256 * 1024);
    bool atEnd() const;

    QString path() const { return m_path; }
    bool isCompressed() const { return m_compressed; }
    // Bytes of the file on disk read so far and in all: what progress shows.
    qint64 fileBytesRead() const { return m_fileBytesRead; }
    qint64 fileSize() const { return m_fileSize; }
    // The content's size: the file's, or for gzip the size its trailer
    // records (modulo 4 GiB, exact for a single member).
    qint64 contentSizeHint() const { return m_contentSizeHint; }

private:
    explicit ByteSource(QString path);
    Result<QByteArray> inflateSome(qsizetype maxBytes);

    struct Inflater;
    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<Inflater> m_inflater;
    bool m_compressed = false;
    bool m_ended = false;
    qint64 m_fileBytesRead = 0;
    qint64 m_fileSize = 0;
    qint64 m_contentSizeHint = 0;
};

} // namespace Switchboard
