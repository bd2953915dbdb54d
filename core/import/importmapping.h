// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <optional>

namespace Switchboard {

// The ticket fields an import fills, named as in mapping files and exports.
enum class ImportField
{
    ExternalId,
    Subject,
    Body,
    Requester,
    Channel,
    Type,
    Priority,
    Status,
    Assignee,
    Group,
    Tags,
    Created,
    FirstResponse,
    Resolved,
    Closed,
    SatisfactionScore,
    SatisfactionComment,
};
constexpr int kImportFieldCount = 17;

QString importFieldKey(ImportField field); // "external_id", "first_response" ...
std::optional<ImportField> importFieldFromKey(const QString& key);
const std::array<ImportField, kImportFieldCount>& allImportFields();
bool isTimeField(ImportField field);

// A value of an enumerated or numeric field in its stored form: status,
// channel and type keys ("On hold" -> "on_hold"), priority 1..4 and
// satisfaction 1..5 as digits; other fields unchanged. nullopt when the
// value is not valid for the field.
std::optional<QString> normalizedImportValue(ImportField field, const QString& value);
// What normalizedImportValue() accepts, for messages ("email, chat, phone, web").
QString importValueHint(ImportField field);

// How one value is taken from a row, applied in this order:
//   when     the row says nothing about the field unless `whenColumn`
//            holds one of `whenValues`
//   source   a column, a constant, or several values joined (empty parts
//            left out)
//   empty    a cell that is blank or one of the mapping's empty values is
//            empty; `default` then stands in
//   rewrite  a regular expression replacement ("^Value (\d+)$" -> "Agent \1")
//   map      the source's value -> ours; mapped to null, the row says
//            nothing; values not in the map pass through (and must then be
//            valid for the field)
struct ValueSpec
{
    enum class Kind
    {
        Column,
        Constant,
        Join,
    };
    Kind kind = Kind::Column;
    QString column;
    int columnIndex = -1; // set by ImportMapping::bind()
    QString constant;
    QList<ValueSpec> parts;
    QString separator = QStringLiteral(" / ");
    QHash<QString, std::optional<QString>> map;
    QRegularExpression rewrite;
    QString replacement;
    QString whenColumn;
    int whenIndex = -1;
    QStringList whenValues;
    std::optional<QString> defaultValue;

    // The column(s) it reads, for error messages: "priority", "category + subcategory".
    QString columnsText() const;
};

// How the rows of an event log (many rows per ticket) become one ticket
// with its history.
struct EventLogSpec
{
    bool enabled = false;
    QString ticketColumn; // rows with the same value belong to one ticket
    int ticketIndex = -1;
    QString timeColumn; // when the row's change happened
    int timeIndex = -1;
    QString orderColumn; // optional: orders rows with the same time (a counter)
    int orderIndex = -1;
    std::optional<ValueSpec> actor; // who made the change: an agent label
    // Fields whose changes become history events (status, assignee, group,
    // priority); other fields take their last non-empty value.
    QList<ImportField> tracked;
    bool reopen = true; // resolved/closed -> an earlier status is "reopened"
    // The first response is the first change away from "new", when no
    // column gives it.
    bool firstResponseFromStatus = false;
};

// A column mapping: which columns of an export become which ticket fields,
// how their values translate, how times are read and, for event logs, how
// rows group into tickets with a history. Read from JSON (a file given with
// --mapping or a built-in one); every problem is reported with the JSON path
// ("fields.status.map: 'x' is not a status ...") before any row is read.
//
//   {
//     "source": "servicenow",              key kept with each external id
//     "time_formats": ["d/M/yyyy H:mm"],   Qt-style patterns or "iso"
//     "time_zone": "America/Sao_Paulo",    IANA zone of times without offset
//     "empty_values": ["?"],               cells that mean "no value"
//     "fields": { "external_id": "number", "priority": {"column": "priority",
//                 "map": {"1 - Critical": 1}}, "type": {"value": "fault"},
//                 "subject": {"join": ["category", "u_symptom"], "separator": " / "},
//                 "assignee": {"column": "Resource", "when": {"column": "Activity",
//                 "in": ["Take in charge ticket"]}, "rewrite": {"pattern":
//                 "^Value (\\d+)$", "replace": "Agent \\1"}}, ... },
//     "event_log": { "ticket": "number", "time": "sys_updated_at",
//                    "order": "sys_mod_count", "actor": "Resource",
//                    "track": ["status", "assignee", "group", "priority"],
//                    "reopen": true, "first_response": "first_status_change" }
//   }
// Keys starting with "_" and "description" are comments.
class ImportMapping
{
public:
    static Result<ImportMapping> fromJson(const QByteArray& json, const QString& origin);
    static Result<ImportMapping> fromFile(const QString& path);
    // servicenow, helpdesk, csv and jsonl (see builtinmappings.h).
    static Result<ImportMapping> builtin(const QString& name);
    static QStringList builtinNames();

    QJsonObject json() const { return m_json; }
    QString origin() const { return m_origin; }
    QString source() const { return m_source; }
    QStringList timeFormats() const { return m_timeFormats; }
    QString timeZone() const { return m_timeZone; }
    bool isEmptyValue(QStringView text) const;
    const std::optional<ValueSpec>& field(ImportField field) const
    {
        return m_fields[size_t(field)];
    }
    const EventLogSpec& eventLog() const { return m_eventLog; }

    // Finds every column the mapping names in the file's header (the first
    // of repeated names). BadInput listing what is missing.
    Status bind(const QStringList& header, const QString& fileName);

private:
    Status parse(const QJsonObject& root);
    Status parseEventLog(const QJsonValue& value);

    QJsonObject m_json;
    QString m_origin;
    QString m_source;
    QStringList m_timeFormats;
    QString m_timeZone;
    QStringList m_emptyValues;
    std::array<std::optional<ValueSpec>, kImportFieldCount> m_fields;
    EventLogSpec m_eventLog;
};

} // namespace Switchboard
