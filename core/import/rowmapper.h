// SPDX-License-Identifier: MIT
#pragma once

#include "importmapping.h"
#include "recordreader.h"
#include "timeparser.h"

namespace Switchboard {

// One field's value in one row.
struct MappedValue
{
    enum class State : quint8
    {
        NoInfo, // not mapped, mapped to null, or its "when" did not hold
        Empty,  // the cell is blank or an empty value: for an assignee, "unassigned"
        Set,
    };
    State state = State::NoInfo;
    QString text;      // stored form: status/channel/type key, label, tags, comment ...
    qint64 number = 0; // priority, satisfaction score, time (UTC ms)

    bool isSet() const { return state == State::Set; }
};

// A row in the mapping's terms.
struct MappedRow
{
    qint64 line = 0;
    QString ticketKey; // the external id
    qint64 time = 0;   // event logs: when the row's change happened
    qint64 order = 0;  // event logs: the order column's number
    std::array<MappedValue, kImportFieldCount> fields;
    MappedValue actor; // event logs: who made the change (a label)
};

// Applies a mapping to the records of one file: picks the columns, applies
// "when", empty values, rewrites and value maps, checks each value against
// its field and parses times. A value that does not fit is a BadInput error
// located "file:line, column NAME".
class RowMapper
{
public:
    // Binds the mapping to the reader's header.
    static Result<RowMapper> create(ImportMapping mapping, const RecordReader& reader);

    Result<MappedRow> map(const SourceRecord& record);
    const ImportMapping& mapping() const { return m_mapping; }

private:
    RowMapper(ImportMapping mapping, TimeParser times, QString path);

    MappedValue evaluate(const ValueSpec& spec, const SourceRecord& record) const;
    Status convert(ImportField field, const ValueSpec& spec, MappedValue& value,
                   const SourceRecord& record);
    Error badValue(const SourceRecord& record, const QString& column, const QString& reason) const;

    ImportMapping m_mapping;
    TimeParser m_times;
    QString m_path;
};

} // namespace Switchboard
