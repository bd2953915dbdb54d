// SPDX-License-Identifier: MIT
#pragma once

#include "recordreader.h"

#include <QHash>
#include <QJsonObject>

namespace Switchboard {

// JSON Lines: one JSON object per line; blank lines are skipped. The header
// is the keys of the first object; later objects may leave keys out (read
// as empty) and add others (ignored). Values become text the way a CSV
// export would write them: strings as they are, numbers without a needless
// ".0", booleans as true/false, null as empty, arrays of scalars joined with
// ", " (tags), objects as compact JSON.
class JsonLinesReader final : public RecordReader
{
public:
    static Result<std::unique_ptr<JsonLinesReader>> open(std::unique_ptr<TextSource> source);

    RecordFormat format() const override { return RecordFormat::JsonLines; }
    QStringList header() const override { return m_header; }
    Result<bool> next(SourceRecord& record) override;
    qint64 charsConsumed() const override { return m_dropped + m_pos; }

private:
    using RecordReader::RecordReader;
    // The next non-blank line and its number; false at the end.
    Result<bool> nextLine(QString& line, qint64& number);
    Result<QJsonObject> parse(const QString& line, qint64 number) const;

    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_dropped = 0; // characters removed from the front of m_buffer
    qint64 m_line = 0;    // lines consumed
    bool m_sourceEnded = false;
    QStringList m_header;
    QHash<QString, int> m_columns;
    std::optional<SourceRecord> m_first; // read to find the header
};

} // namespace Switchboard
