// SPDX-License-Identifier: MIT
#include "importinspector.h"

#include "common/tr.h"
#include "csvreader.h"
#include "timeparser.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Switchboard {
namespace {

constexpr qint64 kSampleRecords = 2000;
constexpr int kDistinctLimit = 200;
constexpr int kMapLimit = 40;

// Markers exports use for "no value".
const QStringList& emptyMarkers()
{
    static const QStringList markers = {QStringLiteral("?"),    QStringLiteral("NULL"),
                                        QStringLiteral("null"), QStringLiteral("N/A"),
                                        QStringLiteral("n/a"),  QStringLiteral("-")};
    return markers;
}

// Day-first before month-first: when every sampled day is 12 or less both
// read, and outside the US day-first is the likelier.
const QStringList& timeFormatCandidates()
{
    static const QStringList formats = {QStringLiteral("iso"),
                                        QStringLiteral("yyyy/M/d H:mm:ss"),
                                        QStringLiteral("yyyy/M/d H:mm"),
                                        QStringLiteral("yyyy-M-d H:mm:ss"),
                                        QStringLiteral("yyyy-M-d H:mm"),
                                        QStringLiteral("d/M/yyyy H:mm:ss"),
                                        QStringLiteral("d/M/yyyy H:mm"),
                                        QStringLiteral("M/d/yyyy H:mm:ss"),
                                        QStringLiteral("M/d/yyyy H:mm"),
                                        QStringLiteral("M/d/yyyy h:mm:ss AP"),
                                        QStringLiteral("M/d/yyyy h:mm AP"),
                                        QStringLiteral("d.M.yyyy H:mm:ss"),
                                        QStringLiteral("d.M.yyyy H:mm"),
                                        QStringLiteral("yyyy-M-d"),
                                        QStringLiteral("d/M/yyyy"),
                                        QStringLiteral("d.M.yyyy")};
    return formats;
}

QString timeFormatOf(const QStringList& values)
{
    if (values.isEmpty())
        return {};
    for (const QString& format : timeFormatCandidates()) {
        auto parser = TimeParser::create({format}, QStringLiteral("UTC"));
        if (!parser)
            continue;
        bool all = true;
        for (const QString& value : values)
            all = all && parser->parse(value).has_value();
        if (all)
            return format;
    }
    return {};
}

QString normalisedName(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return key;
}

// A guess at our value for a source value of an enumerated field; empty when
// there is none worth making.
QString guessValue(ImportField field, const QString& value)
{
    if (auto direct = normalizedImportValue(field, value))
        return *direct;
    const QString v = value.toLower();
    auto has = [&](const char* pattern) {
        return v.contains(QRegularExpression(QString::fromLatin1(pattern)));
    };
    switch (field) {
    case ImportField::Status:
        return has("hold|vendor|third|problem|suspend")    ? QStringLiteral("on_hold")
               : has("pend|wait|await|user info|customer") ? QStringLiteral("pending")
               : has("resolv|solved|done|fixed")           ? QStringLiteral("resolved")
               : has("clos|cancel")                        ? QStringLiteral("closed")
               : has("new|creat|submit|insert")            ? QStringLiteral("new")
               : has("open|activ|progress|assign|work")    ? QStringLiteral("open")
                                                           : QString();
    case ImportField::Priority: {
        // "1 - Critical", "P2", "3": a leading number is the level.
        const auto digit = QRegularExpression(QStringLiteral("^p?([1-4])\\b")).match(v);
        return digit.hasMatch()                     ? digit.captured(1)
               : has("crit|urgent|highest|blocker") ? QStringLiteral("1")
               : has("high|major")                  ? QStringLiteral("2")
               : has("medium|moderate|normal")      ? QStringLiteral("3")
               : has("low|minor|trivial")           ? QStringLiteral("4")
                                                    : QString();
    }
    case ImportField::Channel:
        return has("mail")                    ? QStringLiteral("email")
               : has("chat|messeng|whatsapp") ? QStringLiteral("chat")
               : has("phone|call|ivr|voice")  ? QStringLiteral("phone")
               : has("web|portal|self|form")  ? QStringLiteral("web")
                                              : QString();
    case ImportField::Type:
        return has("incident|fault|error|bug|failure|break") ? QStringLiteral("fault")
               : has("order|deliver|purchase|request")       ? QStringLiteral("order")
               : has("complain|claim|refund")                ? QStringLiteral("complaint")
               : has("question|info|consult|how")            ? QStringLiteral("consultation")
                                                             : QString();
    default:
        return QString();
    }
}

struct Guess
{
    ImportField field;
    const char* pattern;
    bool time;
};

// Most specific first, so "resolved_at" becomes resolved, not created.
const std::array<Guess, kImportFieldCount>& guesses()
{
    static const std::array<Guess, kImportFieldCount> all = {{
        {ImportField::ExternalId,
         "^(external_id|id|number|ticket(_?(id|number|no))?|case(_?id)?|issue(_?(key|id))?|"
         "incident(_?(id|number))?|key|no)$",
         false},
        {ImportField::FirstResponse, "first_?(response|reply)|responded", true},
        {ImportField::Resolved, "resolved|solved", true},
        {ImportField::Closed, "closed", true},
        {ImportField::Created, "created|opened|submitted|reported|start|timestamp|date|time", true},
        {ImportField::SatisfactionScore, "satisfaction|csat|rating|score", false},
        {ImportField::SatisfactionComment, "feedback|comment", false},
        {ImportField::Subject, "subject|title|summary|short_description|topic", false},
        {ImportField::Body, "^(body|description|details|text|message|content)$", false},
        {ImportField::Requester, "requester|caller|customer|reporter|client|e_?mail|submitter",
         false},
        {ImportField::Channel, "channel|contact_type|medium|origin|via", false},
        {ImportField::Type, "^(type|ticket_type|issue_type|request_type|kind)$", false},
        {ImportField::Priority, "priority|severity|urgency|seriousness", false},
        {ImportField::Status, "status|state|stage|activity", false},
        {ImportField::Assignee, "assignee|assigned_to|agent|owner|resource|resolver|handler",
         false},
        {ImportField::Group, "group|team|queue|workgroup|department", false},
        {ImportField::Tags, "^(tags?|labels?)$", false},
    }};
    return all;
}

// Several rows per ticket: an event log. Its time is the latest-looking
// time column other than the creation.
void addEventLog(QJsonObject& mapping, const QList<ColumnProfile>& columns,
                 const QHash<ImportField, const ColumnProfile*>& chosen, const QSet<QString>& used,
                 QStringList& timeFormats)
{
    QString eventTime;
    for (const ColumnProfile& column : columns) {
        if (column.timeFormat.isEmpty() || used.contains(column.name))
            continue;
        if (eventTime.isEmpty() ||
            normalisedName(column.name)
                .contains(QRegularExpression(QStringLiteral("updated|modified|changed|event"))))
            eventTime = column.name;
    }
    const ColumnProfile* created = chosen.value(ImportField::Created);
    if (eventTime.isEmpty() && created) {
        // The only time there is: it dates the rows, and a ticket is
        // created at its first row anyway.
        eventTime = created->name;
        QJsonObject fields = mapping.value(QStringLiteral("fields")).toObject();
        fields.remove(importFieldKey(ImportField::Created));
        mapping.insert(QStringLiteral("fields"), fields);
    }
    QJsonArray track;
    for (const ImportField field :
         {ImportField::Status, ImportField::Assignee, ImportField::Group, ImportField::Priority}) {
        if (chosen.contains(field))
            track.append(importFieldKey(field));
    }
    QJsonObject log{{QStringLiteral("ticket"), chosen.value(ImportField::ExternalId)->name},
                    {QStringLiteral("time"), eventTime},
                    {QStringLiteral("track"), track},
                    {QStringLiteral("reopen"), true}};
    if (!chosen.contains(ImportField::FirstResponse))
        log.insert(QStringLiteral("first_response"), QStringLiteral("first_status_change"));
    mapping.insert(QStringLiteral("event_log"), log);
    for (const ColumnProfile& column : columns) {
        if (column.name == eventTime && !timeFormats.contains(column.timeFormat))
            timeFormats << column.timeFormat;
    }
}

} // namespace

QJsonObject ImportInspector::draft(const QList<ColumnProfile>& columns,
                                   const QHash<QString, QStringList>& distinctValues,
                                   const QString& source)
{
    QJsonObject fields;
    QSet<QString> used;
    QStringList timeFormats;
    QHash<ImportField, const ColumnProfile*> chosen;
    for (const Guess& guess : guesses()) {
        const QRegularExpression pattern(QString::fromLatin1(guess.pattern));
        for (const ColumnProfile& column : columns) {
            if (used.contains(column.name) || guess.time != !column.timeFormat.isEmpty())
                continue;
            const QString name = normalisedName(column.name);
            if (name == importFieldKey(guess.field) || pattern.match(name).hasMatch()) {
                used.insert(column.name);
                chosen.insert(guess.field, &column);
                break;
            }
        }
    }
    for (const ImportField field : allImportFields()) {
        const ColumnProfile* column = chosen.value(field);
        if (!column)
            continue;
        if (!column->timeFormat.isEmpty() && !timeFormats.contains(column->timeFormat))
            timeFormats << column->timeFormat;
        const bool enumerated = field == ImportField::Status || field == ImportField::Priority ||
                                field == ImportField::Channel || field == ImportField::Type;
        const QStringList values = distinctValues.value(column->name);
        if (!enumerated || values.size() > kMapLimit) {
            fields.insert(importFieldKey(field), column->name);
            continue;
        }
        QJsonObject map;
        for (const QString& value : values)
            map.insert(value, guessValue(field, value));
        fields.insert(importFieldKey(field), QJsonObject{{QStringLiteral("column"), column->name},
                                                         {QStringLiteral("map"), map}});
    }
    QJsonObject mapping{{QStringLiteral("source"), source},
                        {QStringLiteral("time_zone"), QStringLiteral("UTC")},
                        {QStringLiteral("_time_zone"),
                         QStringLiteral("the IANA zone the times were written in, if they have "
                                        "no offset; check day/month order in time_formats")},
                        {QStringLiteral("fields"), fields}};
    QStringList empties;
    for (const QStringList& values : distinctValues) {
        for (const QString& marker : emptyMarkers()) {
            if (values.contains(marker) && !empties.contains(marker))
                empties << marker;
        }
    }
    if (!empties.isEmpty())
        mapping.insert(QStringLiteral("empty_values"), QJsonArray::fromStringList(empties));
    const ColumnProfile* id = chosen.value(ImportField::ExternalId);
    if (id && id->repeats)
        addEventLog(mapping, columns, chosen, used, timeFormats);
    mapping.insert(QStringLiteral("time_formats"),
                   QJsonArray::fromStringList(
                       timeFormats.isEmpty() ? QStringList{QStringLiteral("iso")} : timeFormats));
    return mapping;
}

Result<ImportInspection> ImportInspector::inspect(const QString& path,
                                                  std::optional<RecordFormat> format,
                                                  const QString& encoding,
                                                  const std::optional<ImportMapping>& mapping)
{
    auto opened = RecordReader::open(path, format, encoding);
    if (!opened)
        return opened.error();
    RecordReader& reader = *opened.value();
    ImportInspection inspection;
    inspection.path = path;
    inspection.encoding = reader.source().encoding();
    if (const auto& detected = reader.source().detection())
        inspection.encodingReason = detected->reason;
    inspection.compressed = reader.source().bytes().isCompressed();
    inspection.format = reader.format();
    if (const auto* csv = dynamic_cast<const CsvReader*>(&reader))
        inspection.delimiter = csv->delimiter();
    const QStringList header = reader.header();
    QList<QSet<QString>> seen(header.size());
    QHash<QString, QStringList> distinct;
    QList<bool> repeats(header.size(), false);
    SourceRecord record;
    while (inspection.sampledRecords < kSampleRecords) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!more.value()) {
            inspection.exact = true;
            break;
        }
        ++inspection.sampledRecords;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString value = record.values.at(i).trimmed();
            if (seen[i].contains(value)) {
                repeats[i] = repeats[i] || !value.isEmpty();
                continue;
            }
            if (seen[i].size() < kDistinctLimit) {
                seen[i].insert(value);
                distinct[header.at(i)] << value;
            }
        }
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        ColumnProfile column;
        column.name = header.at(i);
        column.repeats = repeats.at(i);
        const QStringList& values = distinct[column.name];
        column.distinct = int(values.size());
        QStringList filled;
        for (const QString& value : values) {
            if (!value.isEmpty() && !emptyMarkers().contains(value))
                filled << value;
        }
        column.samples = filled.mid(0, 3);
        column.timeFormat = timeFormatOf(filled);
        inspection.columns << column;
    }
    inspection.estimatedRecords = inspection.sampledRecords;
    const TextSource& text = reader.source();
    if (!inspection.exact && reader.charsConsumed() > 0 && text.charsRead() > 0) {
        const double bytesPerChar = double(text.bytesDecoded()) / double(text.charsRead());
        const double bytesSampled = double(reader.charsConsumed()) * bytesPerChar;
        inspection.estimatedRecords = qint64(double(inspection.sampledRecords) *
                                             double(text.bytes().contentSizeHint()) / bytesSampled);
    }
    if (mapping) {
        inspection.draftMapping = mapping->json();
    } else {
        QString source = QFileInfo(path).baseName().toLower();
        source.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
        source = source.left(40);
        if (source.isEmpty() || !source.front().isLetterOrNumber())
            source = QStringLiteral("import");
        inspection.draftMapping = draft(inspection.columns, distinct, source);
    }
    return inspection;
}

} // namespace Switchboard
