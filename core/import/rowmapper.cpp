// SPDX-License-Identifier: MIT
#include "rowmapper.h"

#include "common/tr.h"

namespace Switchboard {

RowMapper::RowMapper(ImportMapping mapping, TimeParser times, QString path)
    : m_mapping(std::move(mapping))
    , m_times(std::move(times))
    , m_path(std::move(path))
{}

Result<RowMapper> RowMapper::create(ImportMapping mapping, const RecordReader& reader)
{
    const QString path = reader.source().path();
    if (Status bound = mapping.bind(reader.header(), path); !bound)
        return bound.error();
    auto times = TimeParser::create(mapping.timeFormats(), mapping.timeZone());
    if (!times)
        return Error{times.error().kind, times.error().message, mapping.origin()};
    return RowMapper(std::move(mapping), std::move(times.value()), path);
}

Error RowMapper::badValue(const SourceRecord& record, const QString& column,
                          const QString& reason) const
{
    return Error{ErrorKind::BadInput, reason,
                 Tr::tr("%1:%2, column %3").arg(m_path).arg(record.line).arg(column)};
}

MappedValue RowMapper::evaluate(const ValueSpec& spec, const SourceRecord& record) const
{
    MappedValue value;
    if (spec.whenIndex >= 0 &&
        !spec.whenValues.contains(record.values.at(spec.whenIndex).trimmed()))
        return value;
    QString raw;
    switch (spec.kind) {
    case ValueSpec::Kind::Column:
        raw = record.values.at(spec.columnIndex).trimmed();
        break;
    case ValueSpec::Kind::Constant:
        raw = spec.constant;
        break;
    case ValueSpec::Kind::Join: {
        QStringList parts;
        for (const ValueSpec& part : spec.parts) {
            const MappedValue partValue = evaluate(part, record);
            if (partValue.isSet())
                parts << partValue.text;
        }
        raw = parts.join(spec.separator);
        break;
    }
    }
    if (m_mapping.isEmptyValue(raw)) {
        if (spec.defaultValue) {
            value.state = MappedValue::State::Set;
            value.text = *spec.defaultValue;
        } else {
            value.state = MappedValue::State::Empty;
        }
        return value;
    }
    if (!spec.rewrite.pattern().isEmpty())
        raw.replace(spec.rewrite, spec.replacement);
    if (!spec.map.isEmpty()) {
        const auto mapped = spec.map.constFind(raw);
        if (mapped != spec.map.cend()) {
            if (!mapped.value())
                return value;
            raw = *mapped.value();
        }
    }
    value.state = MappedValue::State::Set;
    value.text = raw;
    return value;
}

Status RowMapper::convert(ImportField field, const ValueSpec& spec, MappedValue& value,
                          const SourceRecord& record)
{
    if (!value.isSet())
        return {};
    if (isTimeField(field)) {
        const auto time = m_times.parse(value.text);
        if (!time)
            return badValue(
                record, spec.columnsText(),
                Tr::tr("'%1' is not a time in the format %2").arg(value.text, m_times.describe()));
        value.number = *time;
        return {};
    }
    const auto normalised = normalizedImportValue(field, value.text);
    if (!normalised)
        return badValue(record, spec.columnsText(),
                        Tr::tr("'%1' is not a valid %2 (expected %3; map other values in "
                               "fields.%2.map of the mapping)")
                            .arg(value.text, importFieldKey(field), importValueHint(field)));
    value.text = *normalised;
    if (field == ImportField::Priority || field == ImportField::SatisfactionScore)
        value.number = value.text.toInt();
    return {};
}

Result<MappedRow> RowMapper::map(const SourceRecord& record)
{
    MappedRow row;
    row.line = record.line;
    for (const ImportField field : allImportFields()) {
        const auto& spec = m_mapping.field(field);
        if (!spec)
            continue;
        MappedValue& value = row.fields[size_t(field)];
        value = evaluate(*spec, record);
        if (Status converted = convert(field, *spec, value, record); !converted)
            return converted.error();
    }
    const auto& idSpec = *m_mapping.field(ImportField::ExternalId);
    const MappedValue& id = row.fields[size_t(ImportField::ExternalId)];
    if (!id.isSet())
        return badValue(record, idSpec.columnsText(), Tr::tr("every row needs a ticket id"));
    row.ticketKey = id.text;

    const EventLogSpec& log = m_mapping.eventLog();
    if (!log.enabled)
        return row;
    const QString timeText = record.values.at(log.timeIndex).trimmed();
    const auto time = m_mapping.isEmptyValue(timeText) ? std::nullopt : m_times.parse(timeText);
    if (!time)
        return badValue(
            record, log.timeColumn,
            timeText.isEmpty() || m_mapping.isEmptyValue(timeText)
                ? Tr::tr("every row of an event log needs the time of its change")
                : Tr::tr("'%1' is not a time in the format %2").arg(timeText, m_times.describe()));
    row.time = *time;
    if (log.orderIndex >= 0) {
        const QString orderText = record.values.at(log.orderIndex).trimmed();
        bool ok = m_mapping.isEmptyValue(orderText);
        if (!ok)
            row.order = orderText.toLongLong(&ok);
        if (!ok)
            return badValue(record, log.orderColumn,
                            Tr::tr("'%1' is not a whole number").arg(orderText));
    }
    if (log.actor)
        row.actor = evaluate(*log.actor, record);
    return row;
}

} // namespace Switchboard
