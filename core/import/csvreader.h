// SPDX-License-Identifier: MIT
#pragma once

#include "recordreader.h"

namespace Switchboard {

// RFC 4180 CSV: quoted fields may hold delimiters, doubled quotes and line
// breaks; records end with CRLF, LF or CR. The first non-blank record is the
// header; every later record must have as many fields (a short or long row
// usually means a quoting mistake further up, so it is an error, not a
// guess). Blank lines are skipped. A quote inside an unquoted field is kept
// as text, as spreadsheets write it.
class CsvReader final : public RecordReader
{
public:
    // `delimiter` null: detected from the first rows.
    static Result<std::unique_ptr<CsvReader>> open(std::unique_ptr<TextSource> source,
                                                   QChar delimiter = QChar());

    // Of ',', ';' and tab, the one that splits the sample's first rows into
    // the same number (at least two) of fields most consistently; ties go to
    // the one giving more fields, then to the comma.
    static QChar detectDelimiter(QStringView sample);

    QChar delimiter() const { return m_delimiter; }
    RecordFormat format() const override { return RecordFormat::Csv; }
    QStringList header() const override { return m_header; }
    Result<bool> next(SourceRecord& record) override;
    qint64 charsConsumed() const override { return m_dropped + m_pos; }

private:
    using RecordReader::RecordReader;
    Result<bool> readRecord(QStringList& fields, qint64& line);

    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_dropped = 0; // characters removed from the front of m_buffer
    qint64 m_line = 1;    // physical line at m_pos
    bool m_sourceEnded = false;
    QChar m_delimiter;
    QStringList m_header;
};

} // namespace Switchboard
