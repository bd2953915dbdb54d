// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include "common/tr.h"

#include <QHash>

#include <algorithm>

namespace Switchboard {
namespace {

enum class Parsed
{
    Record,
    End,
    NeedMore,
    Failed,
};

// Where a record ends and how its text splits. Parsing a record that is cut
// off by the end of the buffer gives NeedMore unless `final`, and the caller
// parses it again from its start with more text.
struct RecordParser
{
    RecordParser(QStringView text, QChar delimiter, bool final = false, qsizetype pos = 0)
        : text(text)
        , delimiter(delimiter)
        , final(final)
        , pos(pos)
    {}

    QStringView text;
    QChar delimiter;
    bool final = false;
    qsizetype pos = 0;
    int newlines = 0;
    QString error;

    Parsed parse(QStringList& fields)
    {
        fields.clear();
        newlines = 0;
        const qsizetype n = text.size();
        if (pos >= n)
            return final ? Parsed::End : Parsed::NeedMore;
        for (;;) {
            if (pos < n && text[pos] == u'"') {
                QString field;
                if (const Parsed p = quoted(field); p != Parsed::Record)
                    return p;
                fields.append(field);
                if (pos < n && text[pos] != delimiter && text[pos] != u'\n' && text[pos] != u'\r') {
                    error = Tr::tr("text after the closing quote of a field; a quote inside "
                                   "a quoted field must be doubled");
                    return Parsed::Failed;
                }
            } else {
                qsizetype end = pos;
                while (end < n && text[end] != delimiter && text[end] != u'\n' &&
                       text[end] != u'\r')
                    ++end;
                if (end == n && !final)
                    return Parsed::NeedMore;
                fields.append(text.mid(pos, end - pos).toString());
                pos = end;
            }
            if (pos == n)
                return final ? Parsed::Record : Parsed::NeedMore;
            if (text[pos] == delimiter) {
                ++pos;
                continue;
            }
            return lineBreak();
        }
    }

    Parsed quoted(QString& field)
    {
        const qsizetype n = text.size();
        const qsizetype opening = pos;
        ++pos;
        for (;;) {
            const qsizetype quote = text.indexOf(u'"', pos);
            if (quote < 0) {
                if (!final)
                    return Parsed::NeedMore;
                pos = opening;
                error = Tr::tr("a quoted field is not closed before the end of the file");
                return Parsed::Failed;
            }
            const QStringView part = text.mid(pos, quote - pos);
            newlines += int(part.count(u'\n'));
            field.append(part);
            if (quote + 1 >= n && !final)
                return Parsed::NeedMore;
            if (quote + 1 < n && text[quote + 1] == u'"') {
                field.append(u'"');
                pos = quote + 2;
                continue;
            }
            pos = quote + 1;
            return Parsed::Record;
        }
    }

    Parsed lineBreak()
    {
        if (text[pos] == u'\r') {
            if (pos + 1 == text.size() && !final)
                return Parsed::NeedMore;
            pos += pos + 1 < text.size() && text[pos + 1] == u'\n' ? 2 : 1;
        } else {
            ++pos;
        }
        ++newlines;
        return Parsed::Record;
    }
};

bool isBlank(const QStringList& fields)
{
    return fields.size() == 1 && fields.first().isEmpty();
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView sample)
{
    constexpr int kRows = 20;
    QChar best = u',';
    double bestConsistency = 0;
    qsizetype bestFields = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        RecordParser parser{sample, candidate};
        QStringList fields;
        QHash<qsizetype, int> counts;
        int rows = 0;
        while (rows < kRows && parser.parse(fields) == Parsed::Record) {
            if (isBlank(fields))
                continue;
            ++counts[fields.size()];
            ++rows;
        }
        if (rows == 0)
            continue;
        const auto modal = std::max_element(counts.begin(), counts.end());
        const double consistency = double(modal.value()) / rows;
        if (modal.key() < 2)
            continue;
        if (consistency > bestConsistency ||
            (consistency == bestConsistency && modal.key() > bestFields)) {
            best = candidate;
            bestConsistency = consistency;
            bestFields = modal.key();
        }
    }
    return best;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(std::unique_ptr<TextSource> source,
                                                   QChar delimiter)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(source)));
    auto more = reader->readMore(reader->m_buffer);
    if (!more)
        return more.error();
    reader->m_delimiter = delimiter.isNull() ? detectDelimiter(reader->m_buffer) : delimiter;
    qint64 line = 0;
    auto header = reader->readRecord(reader->m_header, line);
    if (!header)
        return header.error();
    if (!header.value())
        return Error{ErrorKind::BadInput, Tr::tr("the file is empty"), reader->location(1)};
    for (QString& name : reader->m_header)
        name = name.trimmed();
    return reader;
}

Result<bool> CsvReader::readRecord(QStringList& fields, qint64& line)
{
    for (;;) {
        RecordParser parser{m_buffer, m_delimiter, m_sourceEnded, m_pos};
        const Parsed parsed = parser.parse(fields);
        if (parsed == Parsed::End)
            return false;
        if (parsed == Parsed::Failed)
            return Error{ErrorKind::BadInput, parser.error, location(m_line + parser.newlines)};
        if (parsed == Parsed::NeedMore) {
            m_dropped += m_pos;
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            auto more = readMore(m_buffer);
            if (!more)
                return Error{more.error().kind, more.error().message, location(m_line)};
            m_sourceEnded = !more.value();
            continue;
        }
        line = m_line;
        m_line += parser.newlines;
        m_pos = parser.pos;
        if (!isBlank(fields))
            return true;
    }
}

Result<bool> CsvReader::next(SourceRecord& record)
{
    auto read = readRecord(record.values, record.line);
    if (!read || !read.value())
        return read;
    if (record.values.size() != m_header.size())
        return Error{ErrorKind::BadInput,
                     Tr::tr("this row has %1 fields, the header has %2")
                         .arg(record.values.size())
                         .arg(m_header.size()),
                     location(record.line)};
    return true;
}

} // namespace Switchboard
