// SPDX-License-Identifier: MIT
#include "recordreader.h"

#include "csvreader.h"
#include "jsonlinesreader.h"

namespace Switchboard {

RecordReader::RecordReader(std::unique_ptr<TextSource> source)
    : m_source(std::move(source))
{}

RecordFormat RecordReader::formatForPath(const QString& path)
{
    QString name = path.toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    return name.endsWith(QLatin1String(".jsonl")) || name.endsWith(QLatin1String(".ndjson"))
               ? RecordFormat::JsonLines
               : RecordFormat::Csv;
}

Result<std::unique_ptr<RecordReader>>
RecordReader::open(const QString& path, std::optional<RecordFormat> format, const QString& encoding)
{
    auto source = TextSource::open(path, encoding);
    if (!source)
        return source.error();
    if (format.value_or(formatForPath(path)) == RecordFormat::JsonLines) {
        auto reader = JsonLinesReader::open(std::move(source.value()));
        if (!reader)
            return reader.error();
        return std::unique_ptr<RecordReader>(std::move(reader.value()));
    }
    auto reader = CsvReader::open(std::move(source.value()));
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordReader>(std::move(reader.value()));
}

QString RecordReader::location(qint64 line) const
{
    return QStringLiteral("%1:%2").arg(m_source->path()).arg(line);
}

Result<bool> RecordReader::readMore(QString& buffer)
{
    auto chunk = m_source->read();
    if (!chunk)
        return chunk.error();
    if (chunk->isEmpty())
        return false;
    buffer += chunk.value();
    return true;
}

} // namespace Switchboard
