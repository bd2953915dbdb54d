// SPDX-License-Identifier: MIT
#pragma once

#include "textsource.h"

#include <QStringList>

namespace Switchboard {

// One record of an input file: its values in header order, and the
// physical line it starts on (1-based; the header is line 1 of a CSV).
struct SourceRecord
{
    QStringList values;
    qint64 line = 0;
};

enum class RecordFormat
{
    Csv,
    JsonLines,
};

// Reads the records of a tabular input file (CSV or JSON Lines) one at a
// time, so the file is never held whole. Owns its TextSource.
class RecordReader
{
public:
    virtual ~RecordReader() = default;

    // Opens `path` as `format`; a null format picks JSON Lines for .jsonl,
    // .ndjson (also gzipped), CSV otherwise. `encoding` empty: detected.
    static Result<std::unique_ptr<RecordReader>> open(const QString& path,
                                                      std::optional<RecordFormat> format = {},
                                                      const QString& encoding = {});
    static RecordFormat formatForPath(const QString& path);

    virtual RecordFormat format() const = 0;
    // Column names, in file order (a name may repeat).
    virtual QStringList header() const = 0;
    // The next record into `record`; false at the end. A malformed record
    // is a BadInput error located "file:line".
    virtual Result<bool> next(SourceRecord& record) = 0;

    const TextSource& source() const { return *m_source; }
    // Characters of text taken by the records read so far.
    virtual qint64 charsConsumed() const = 0;
    // "file:line" for messages about a record.
    QString location(qint64 line) const;

protected:
    explicit RecordReader(std::unique_ptr<TextSource> source);
    // The next chunk of text appended to `buffer`; false at the end.
    Result<bool> readMore(QString& buffer);

    std::unique_ptr<TextSource> m_source;
};

} // namespace Switchboard
