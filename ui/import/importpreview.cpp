// SPDX-License-Identifier: MIT
#include "importpreview.h"

#include "import/csvreader.h"
#include "import/rowmapper.h"
#include "tickets/ticket.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace Switchboard {
namespace {

// The ticket fields a person checks first, in the table's order.
const QList<ImportField>& previewFields()
{
    static const QList<ImportField> fields = {
        ImportField::ExternalId, ImportField::Subject,  ImportField::Requester,
        ImportField::Status,     ImportField::Priority, ImportField::Assignee,
        ImportField::Group,      ImportField::Created,  ImportField::Resolved};
    return fields;
}

QString fieldTitle(ImportField field)
{
    switch (field) {
    case ImportField::ExternalId:
        return ImportPreview::tr("Ticket");
    case ImportField::Subject:
        return ImportPreview::tr("Subject");
    case ImportField::Requester:
        return ImportPreview::tr("Requester");
    case ImportField::Status:
        return ImportPreview::tr("Status");
    case ImportField::Priority:
        return ImportPreview::tr("Priority");
    case ImportField::Assignee:
        return ImportPreview::tr("Assignee");
    case ImportField::Group:
        return ImportPreview::tr("Group");
    case ImportField::Created:
        return ImportPreview::tr("Created");
    case ImportField::Resolved:
        return ImportPreview::tr("Resolved");
    default:
        return importFieldKey(field);
    }
}

QString formatTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QString display(ImportField field, const MappedValue& value)
{
    if (!value.isSet())
        return QString();
    if (isTimeField(field))
        return formatTime(value.number);
    switch (field) {
    case ImportField::Status:
        if (const auto status = ticketStatusFromKey(value.text))
            return displayName(*status);
        return value.text;
    case ImportField::Priority:
        return ImportPreview::tr("P%1").arg(value.number);
    default:
        return value.text;
    }
}

std::optional<RecordFormat> chosenFormat(const TicketImportOptions& options)
{
    if (options.format == QLatin1String("jsonl"))
        return RecordFormat::JsonLines;
    if (!options.format.isEmpty())
        return RecordFormat::Csv;
    return std::nullopt;
}

} // namespace

ImportPreview ImportPreview::mapped(const TicketImportOptions& options, int rows)
{
    ImportPreview preview;
    auto mapping = TicketImporter::mappingFor(options);
    if (!mapping) {
        preview.m_error = mapping.error();
        return preview;
    }
    auto reader = RecordReader::open(options.path, chosenFormat(options), options.encoding);
    if (!reader) {
        preview.m_error = reader.error();
        return preview;
    }
    RecordReader& records = *reader.value();
    preview.m_encoding = records.source().encoding();
    preview.m_encodingDetected = records.source().encodingDetected();
    preview.m_format = records.format();
    if (const auto* csv = dynamic_cast<const CsvReader*>(&records))
        preview.m_delimiter = csv->delimiter();
    const bool eventLog = mapping->eventLog().enabled;
    auto mapper = RowMapper::create(std::move(mapping.value()), records);
    if (!mapper) {
        preview.m_error = mapper.error();
        return preview;
    }
    preview.m_headers << ImportPreview::tr("Line");
    if (eventLog)
        preview.m_headers << ImportPreview::tr("Changed");
    for (const ImportField field : previewFields())
        preview.m_headers << fieldTitle(field);

    SourceRecord record;
    while (preview.m_rows.size() < rows) {
        auto more = records.next(record);
        if (!more) {
            preview.m_error = more.error();
            break;
        }
        if (!more.value())
            break;
        auto row = mapper->map(record);
        if (!row) {
            preview.m_error = row.error();
            break;
        }
        Row shown;
        shown.line = row->line;
        shown.values << QLocale().toString(row->line);
        if (eventLog)
            shown.values << formatTime(row->time);
        for (const ImportField field : previewFields())
            shown.values << display(field, row->fields[size_t(field)]);
        preview.m_rows << shown;
    }
    return preview;
}

ImportPreview ImportPreview::detected(const TicketImportOptions& options)
{
    ImportPreview preview;
    preview.m_detected = true;
    auto inspection =
        ImportInspector::inspect(options.path, chosenFormat(options), options.encoding);
    if (!inspection) {
        preview.m_error = inspection.error();
        return preview;
    }
    const ImportInspection& found = inspection.value();
    preview.m_encoding = found.encoding;
    preview.m_encodingDetected = !found.encodingReason.isEmpty();
    preview.m_format = found.format;
    preview.m_delimiter = found.delimiter;
    preview.m_estimatedRecords = found.estimatedRecords;
    preview.m_exact = found.exact;
    preview.m_draftJson = found.draftMapping;
    preview.m_headers = QStringList{ImportPreview::tr("Column"), ImportPreview::tr("Sample values"),
                                    ImportPreview::tr("Time format")};
    for (const ColumnProfile& column : found.columns)
        preview.m_rows << Row{
            0, {column.name, column.samples.join(QStringLiteral(" | ")), column.timeFormat}};
    // The draft leaves values it cannot place empty, so that it does not
    // load until someone decides: then it has to be saved and edited.
    auto draft = ImportMapping::fromJson(QJsonDocument(found.draftMapping).toJson(),
                                         ImportPreview::tr("the drafted mapping"));
    if (draft)
        preview.m_draft = std::move(draft.value());
    else
        preview.m_error = draft.error();
    return preview;
}

} // namespace Switchboard
