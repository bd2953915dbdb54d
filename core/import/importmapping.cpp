// SPDX-License-Identifier: MIT
#include "importmapping.h"

#include "builtinmappings.h"
#include "common/tr.h"
#include "tickets/ticket.h"
#include "timeparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Switchboard {
namespace {

constexpr std::array<const char*, kImportFieldCount> kFieldKeys = {"external_id",
                                                                   "subject",
                                                                   "body",
                                                                   "requester",
                                                                   "channel",
                                                                   "type",
                                                                   "priority",
                                                                   "status",
                                                                   "assignee",
                                                                   "group",
                                                                   "tags",
                                                                   "created",
                                                                   "first_response",
                                                                   "resolved",
                                                                   "closed",
                                                                   "satisfaction_score",
                                                                   "satisfaction_comment"};

// Reading one JSON document with the path of the value being read, so every
// message says where the problem is.
class MappingParser
{
public:
    explicit MappingParser(QString origin)
        : m_origin(std::move(origin))
    {}

    Error error(const QString& path, const QString& message) const
    {
        return Error{ErrorKind::BadInput, Tr::tr("mapping: %1: %2").arg(path, message), m_origin};
    }

    Status onlyKeys(const QJsonObject& object, const QString& path,
                    const QStringList& allowed) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString& key = it.key();
            if (key.startsWith(u'_') || key == QLatin1String("description") ||
                allowed.contains(key))
                continue;
            return error(path.isEmpty() ? key : path + u'.' + key,
                         Tr::tr("unknown key (expected one of: %1)")
                             .arg(allowed.join(QStringLiteral(", "))));
        }
        return {};
    }

    Result<QString> text(const QJsonValue& value, const QString& path,
                         bool allowEmpty = false) const
    {
        if (value.isDouble())
            return QString::number(value.toDouble());
        if (!value.isString() || (!allowEmpty && value.toString().trimmed().isEmpty()))
            return error(path, Tr::tr("expected a non-empty text"));
        return value.toString();
    }

    Result<QStringList> texts(const QJsonValue& value, const QString& path) const
    {
        if (value.isString())
            return QStringList{value.toString()};
        if (!value.isArray())
            return error(path, Tr::tr("expected a text or a list of texts"));
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto item = text(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), true);
            if (!item)
                return item.error();
            result << item.value();
        }
        return result;
    }

    // A target value of `field`: checked now, so a typo in a mapping fails
    // before the first row.
    Result<QString> target(ImportField field, const QJsonValue& value, const QString& path) const
    {
        auto raw = text(value, path, true);
        if (!raw)
            return raw.error();
        auto normalised = normalizedImportValue(field, raw.value());
        if (!normalised)
            return error(path,
                         Tr::tr("'%1' is not valid for %2 (expected %3)")
                             .arg(raw.value(), importFieldKey(field), importValueHint(field)));
        return normalised.value();
    }

    Result<ValueSpec> valueSpec(const QJsonValue& value, const QString& path,
                                std::optional<ImportField> field) const
    {
        ValueSpec spec;
        if (value.isString()) {
            spec.column = value.toString().trimmed();
            if (spec.column.isEmpty())
                return error(path, Tr::tr("expected a column name"));
            return spec;
        }
        if (!value.isObject())
            return error(path, Tr::tr("expected a column name or an object with \"column\", "
                                      "\"value\" or \"join\""));
        const QJsonObject object = value.toObject();
        if (Status keys = onlyKeys(object, path,
                                   {QStringLiteral("column"), QStringLiteral("value"),
                                    QStringLiteral("join"), QStringLiteral("separator"),
                                    QStringLiteral("map"), QStringLiteral("rewrite"),
                                    QStringLiteral("when"), QStringLiteral("default")});
            !keys)
            return keys.error();
        const int sources = int(object.contains(QStringLiteral("column"))) +
                            int(object.contains(QStringLiteral("value"))) +
                            int(object.contains(QStringLiteral("join")));
        if (sources != 1)
            return error(path, Tr::tr("give exactly one of \"column\", \"value\" and \"join\""));
        if (Status source = readSource(object, path, field, spec); !source)
            return source.error();
        if (Status rest = readModifiers(object, path, field, spec); !rest)
            return rest.error();
        return spec;
    }

private:
    Status readSource(const QJsonObject& object, const QString& path,
                      std::optional<ImportField> field, ValueSpec& spec) const
    {
        if (object.contains(QStringLiteral("column"))) {
            auto column =
                text(object.value(QStringLiteral("column")), path + QLatin1String(".column"));
            if (!column)
                return column.error();
            spec.column = column->trimmed();
        } else if (object.contains(QStringLiteral("value"))) {
            spec.kind = ValueSpec::Kind::Constant;
            const QString at = path + QLatin1String(".value");
            auto constant = field ? target(*field, object.value(QStringLiteral("value")), at)
                                  : text(object.value(QStringLiteral("value")), at);
            if (!constant)
                return constant.error();
            spec.constant = constant.value();
        } else {
            spec.kind = ValueSpec::Kind::Join;
            const QJsonValue parts = object.value(QStringLiteral("join"));
            if (!parts.isArray() || parts.toArray().isEmpty())
                return error(path + QLatin1String(".join"), Tr::tr("expected a list of columns"));
            const QJsonArray array = parts.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                auto part = valueSpec(array.at(i), QStringLiteral("%1.join[%2]").arg(path).arg(i),
                                      std::nullopt);
                if (!part)
                    return part.error();
                spec.parts << part.value();
            }
            if (object.contains(QStringLiteral("separator"))) {
                auto separator = text(object.value(QStringLiteral("separator")),
                                      path + QLatin1String(".separator"), true);
                if (!separator)
                    return separator.error();
                spec.separator = separator.value();
            }
        }
        return {};
    }

    Status readModifiers(const QJsonObject& object, const QString& path,
                         std::optional<ImportField> field, ValueSpec& spec) const
    {
        if (object.contains(QStringLiteral("map"))) {
            const QJsonValue map = object.value(QStringLiteral("map"));
            if (!map.isObject())
                return error(path + QLatin1String(".map"),
                             Tr::tr("expected an object of value: value"));
            const QJsonObject entries = map.toObject();
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                const QString at = QStringLiteral("%1.map.%2").arg(path, it.key());
                if (it.value().isNull()) {
                    spec.map.insert(it.key().trimmed(), std::nullopt);
                    continue;
                }
                auto mapped = field ? target(*field, it.value(), at) : text(it.value(), at, true);
                if (!mapped)
                    return mapped.error();
                spec.map.insert(it.key().trimmed(), mapped.value());
            }
        }
        if (object.contains(QStringLiteral("rewrite"))) {
            const QJsonObject rewrite = object.value(QStringLiteral("rewrite")).toObject();
            const QString at = path + QLatin1String(".rewrite");
            if (Status keys =
                    onlyKeys(rewrite, at, {QStringLiteral("pattern"), QStringLiteral("replace")});
                !keys)
                return keys.error();
            auto pattern =
                text(rewrite.value(QStringLiteral("pattern")), at + QLatin1String(".pattern"));
            auto replace = text(rewrite.value(QStringLiteral("replace")),
                                at + QLatin1String(".replace"), true);
            if (!pattern)
                return pattern.error();
            if (!replace)
                return replace.error();
            spec.rewrite = QRegularExpression(pattern.value());
            if (!spec.rewrite.isValid())
                return error(at + QLatin1String(".pattern"), spec.rewrite.errorString());
            spec.replacement = replace.value();
        }
        if (object.contains(QStringLiteral("when"))) {
            const QJsonObject when = object.value(QStringLiteral("when")).toObject();
            const QString at = path + QLatin1String(".when");
            if (Status keys = onlyKeys(when, at, {QStringLiteral("column"), QStringLiteral("in")});
                !keys)
                return keys.error();
            auto column = text(when.value(QStringLiteral("column")), at + QLatin1String(".column"));
            auto values = texts(when.value(QStringLiteral("in")), at + QLatin1String(".in"));
            if (!column)
                return column.error();
            if (!values)
                return values.error();
            spec.whenColumn = column->trimmed();
            spec.whenValues = values.value();
        }
        if (object.contains(QStringLiteral("default"))) {
            const QString at = path + QLatin1String(".default");
            auto fallback = field ? target(*field, object.value(QStringLiteral("default")), at)
                                  : text(object.value(QStringLiteral("default")), at, true);
            if (!fallback)
                return fallback.error();
            spec.defaultValue = fallback.value();
        }
        return {};
    }

    QString m_origin;
};

QString normalisedKey(const QString& value)
{
    QString key = value.trimmed().toLower();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    return key;
}

std::optional<QString> boundedNumber(const QString& value, int low, int high)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || number != double(int(number)) || number < low || number > high)
        return std::nullopt;
    return QString::number(int(number));
}

// Resolves the columns a spec names; adds those missing to `missing`.
void bindSpec(ValueSpec& spec, const QStringList& header, QStringList& missing)
{
    if (spec.kind == ValueSpec::Kind::Column) {
        spec.columnIndex = int(header.indexOf(spec.column));
        if (spec.columnIndex < 0 && !missing.contains(spec.column))
            missing << spec.column;
    }
    for (ValueSpec& part : spec.parts)
        bindSpec(part, header, missing);
    if (!spec.whenColumn.isEmpty()) {
        spec.whenIndex = int(header.indexOf(spec.whenColumn));
        if (spec.whenIndex < 0 && !missing.contains(spec.whenColumn))
            missing << spec.whenColumn;
    }
}

void bindColumn(const QString& column, int& index, const QStringList& header, QStringList& missing)
{
    if (column.isEmpty())
        return;
    index = int(header.indexOf(column));
    if (index < 0 && !missing.contains(column))
        missing << column;
}

} // namespace

QString importFieldKey(ImportField field)
{
    return QString::fromLatin1(kFieldKeys[size_t(field)]);
}

std::optional<ImportField> importFieldFromKey(const QString& key)
{
    for (int i = 0; i < kImportFieldCount; ++i) {
        if (key == QLatin1String(kFieldKeys[size_t(i)]))
            return ImportField(i);
    }
    return std::nullopt;
}

const std::array<ImportField, kImportFieldCount>& allImportFields()
{
    static const std::array<ImportField, kImportFieldCount> fields = [] {
        std::array<ImportField, kImportFieldCount> all{};
        for (int i = 0; i < kImportFieldCount; ++i)
            all[size_t(i)] = ImportField(i);
        return all;
    }();
    return fields;
}

bool isTimeField(ImportField field)
{
    return field == ImportField::Created || field == ImportField::FirstResponse ||
           field == ImportField::Resolved || field == ImportField::Closed;
}

std::optional<QString> normalizedImportValue(ImportField field, const QString& value)
{
    switch (field) {
    case ImportField::Channel: {
        QString key = normalisedKey(value);
        if (key == QLatin1String("e_mail"))
            key = QStringLiteral("email");
        return channelFromKey(key) ? std::optional<QString>(key) : std::nullopt;
    }
    case ImportField::Type: {
        const QString key = normalisedKey(value);
        return ticketTypeFromKey(key) ? std::optional<QString>(key) : std::nullopt;
    }
    case ImportField::Status: {
        const QString key = normalisedKey(value);
        return ticketStatusFromKey(key) ? std::optional<QString>(key) : std::nullopt;
    }
    case ImportField::Priority:
        return boundedNumber(value, 1, 4);
    case ImportField::SatisfactionScore:
        return boundedNumber(value, 1, 5);
    default:
        return value;
    }
}

QString importValueHint(ImportField field)
{
    switch (field) {
    case ImportField::Channel:
        return QStringLiteral("email, chat, phone, web");
    case ImportField::Type:
        return QStringLiteral("consultation, fault, order, complaint");
    case ImportField::Status:
        return QStringLiteral("new, open, pending, on_hold, resolved, closed");
    case ImportField::Priority:
        return QStringLiteral("1, 2, 3, 4");
    case ImportField::SatisfactionScore:
        return QStringLiteral("1, 2, 3, 4, 5");
    default:
        return QString();
    }
}

QString ValueSpec::columnsText() const
{
    switch (kind) {
    case Kind::Column:
        return column;
    case Kind::Constant:
        return whenColumn;
    case Kind::Join: {
        QStringList names;
        for (const ValueSpec& part : parts)
            names << part.columnsText();
        return names.join(QStringLiteral(" + "));
    }
    }
    return {};
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorKind::BadInput,
                     Tr::tr("mapping: not valid JSON: %1 at character %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset + 1),
                     origin};
    if (!document.isObject())
        return Error{ErrorKind::BadInput, Tr::tr("mapping: expected a JSON object"), origin};
    ImportMapping mapping;
    mapping.m_origin = origin;
    mapping.m_json = document.object();
    if (Status parsed = mapping.parse(mapping.m_json); !parsed)
        return parsed.error();
    return mapping;
}

Result<ImportMapping> ImportMapping::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such mapping file"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Runtime,
                     Tr::tr("could not read the mapping: %1").arg(file.errorString()), path};
    return fromJson(file.readAll(), path);
}

Result<ImportMapping> ImportMapping::builtin(const QString& name)
{
    const QByteArray json = builtinMappingJson(name);
    if (json.isEmpty())
        return Error{ErrorKind::Usage, Tr::tr("unknown format '%1' (expected %2)")
                                           .arg(name, builtinNames().join(QStringLiteral(", ")))};
    return fromJson(json, QStringLiteral("builtin:%1").arg(name));
}

QStringList ImportMapping::builtinNames()
{
    return builtinMappingNames();
}

bool ImportMapping::isEmptyValue(QStringView text) const
{
    if (text.isEmpty())
        return true;
    for (const QString& empty : m_emptyValues) {
        if (text == empty)
            return true;
    }
    return false;
}

Status ImportMapping::parse(const QJsonObject& root)
{
    MappingParser parser(m_origin);
    if (Status keys = parser.onlyKeys(root, QString(),
                                      {QStringLiteral("source"), QStringLiteral("time_formats"),
                                       QStringLiteral("time_zone"), QStringLiteral("empty_values"),
                                       QStringLiteral("fields"), QStringLiteral("event_log")});
        !keys)
        return keys;
    static const QRegularExpression sourcePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,39}$"));
    const QString source = root.value(QStringLiteral("source")).toString();
    if (!sourcePattern.match(source).hasMatch())
        return parser.error(QStringLiteral("source"),
                            Tr::tr("expected a short name of lowercase letters, digits, '.', "
                                   "'_' or '-' (it identifies the system the tickets come from)"));
    m_source = source;

    auto formats = root.contains(QStringLiteral("time_formats"))
                       ? parser.texts(root.value(QStringLiteral("time_formats")),
                                      QStringLiteral("time_formats"))
                       : Result<QStringList>(QStringList{QStringLiteral("iso")});
    if (!formats)
        return formats.error();
    for (const QString& format : std::as_const(formats.value())) {
        if (auto problem = TimeParser::checkFormat(format))
            return parser.error(QStringLiteral("time_formats"), *problem);
    }
    m_timeFormats = formats.value();
    m_timeZone = root.value(QStringLiteral("time_zone")).toString(QStringLiteral("UTC"));
    if (m_timeZone != QLatin1String("UTC") &&
        !QTimeZone::isTimeZoneIdAvailable(m_timeZone.toUtf8()))
        return parser.error(
            QStringLiteral("time_zone"),
            Tr::tr("'%1' is not an IANA time zone (such as Europe/Moscow)").arg(m_timeZone));
    if (root.contains(QStringLiteral("empty_values"))) {
        auto empty = parser.texts(root.value(QStringLiteral("empty_values")),
                                  QStringLiteral("empty_values"));
        if (!empty)
            return empty.error();
        m_emptyValues = empty.value();
    }

    const QJsonValue fields = root.value(QStringLiteral("fields"));
    if (!fields.isObject())
        return parser.error(QStringLiteral("fields"),
                            Tr::tr("expected an object of field: column"));
    const QJsonObject fieldObject = fields.toObject();
    for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it) {
        const QString path = QStringLiteral("fields.%1").arg(it.key());
        if (it.key().startsWith(u'_'))
            continue;
        const auto field = importFieldFromKey(it.key());
        if (!field) {
            QStringList keys;
            for (const char* key : kFieldKeys)
                keys << QString::fromLatin1(key);
            return parser.error(
                path,
                Tr::tr("unknown field (expected one of: %1)").arg(keys.join(QStringLiteral(", "))));
        }
        auto spec = parser.valueSpec(it.value(), path,
                                     isTimeField(*field) ? std::nullopt
                                                         : std::optional<ImportField>(*field));
        if (!spec)
            return spec.error();
        m_fields[size_t(*field)] = spec.value();
    }
    if (root.contains(QStringLiteral("event_log"))) {
        if (Status eventLog = parseEventLog(root.value(QStringLiteral("event_log"))); !eventLog)
            return eventLog;
    }
    if (!m_fields[size_t(ImportField::ExternalId)] && m_eventLog.enabled) {
        ValueSpec ticket;
        ticket.column = m_eventLog.ticketColumn;
        m_fields[size_t(ImportField::ExternalId)] = ticket;
    }
    if (!m_fields[size_t(ImportField::ExternalId)])
        return parser.error(QStringLiteral("fields.external_id"),
                            Tr::tr("required: the column that identifies a ticket in the "
                                   "source, so importing again updates instead of duplicating"));
    if (!m_fields[size_t(ImportField::Created)] && !m_eventLog.enabled)
        return parser.error(QStringLiteral("fields.created"),
                            Tr::tr("required: the column with the time the ticket was created"));
    return {};
}

Status ImportMapping::parseEventLog(const QJsonValue& value)
{
    MappingParser parser(m_origin);
    const QString path = QStringLiteral("event_log");
    if (!value.isObject())
        return parser.error(path, Tr::tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (Status keys = parser.onlyKeys(object, path,
                                      {QStringLiteral("ticket"), QStringLiteral("time"),
                                       QStringLiteral("order"), QStringLiteral("actor"),
                                       QStringLiteral("track"), QStringLiteral("reopen"),
                                       QStringLiteral("first_response")});
        !keys)
        return keys;
    auto ticket =
        parser.text(object.value(QStringLiteral("ticket")), path + QLatin1String(".ticket"));
    auto time = parser.text(object.value(QStringLiteral("time")), path + QLatin1String(".time"));
    if (!ticket)
        return ticket.error();
    if (!time)
        return time.error();
    m_eventLog.enabled = true;
    m_eventLog.ticketColumn = ticket->trimmed();
    m_eventLog.timeColumn = time->trimmed();
    if (object.contains(QStringLiteral("order"))) {
        auto order =
            parser.text(object.value(QStringLiteral("order")), path + QLatin1String(".order"));
        if (!order)
            return order.error();
        m_eventLog.orderColumn = order->trimmed();
    }
    if (object.contains(QStringLiteral("actor"))) {
        auto actor = parser.valueSpec(object.value(QStringLiteral("actor")),
                                      path + QLatin1String(".actor"), ImportField::Assignee);
        if (!actor)
            return actor.error();
        m_eventLog.actor = actor.value();
    }
    const QList<ImportField> trackable = {ImportField::Status, ImportField::Assignee,
                                          ImportField::Group, ImportField::Priority};
    if (object.contains(QStringLiteral("track"))) {
        auto track =
            parser.texts(object.value(QStringLiteral("track")), path + QLatin1String(".track"));
        if (!track)
            return track.error();
        for (const QString& key : std::as_const(track.value())) {
            const auto field = importFieldFromKey(key);
            if (!field || !trackable.contains(*field))
                return parser.error(path + QLatin1String(".track"),
                                    Tr::tr("'%1' cannot be tracked (expected status, assignee, "
                                           "group or priority)")
                                        .arg(key));
            m_eventLog.tracked << *field;
        }
    } else {
        m_eventLog.tracked = trackable;
    }
    const QJsonValue reopen = object.value(QStringLiteral("reopen"));
    if (!reopen.isUndefined() && !reopen.isBool())
        return parser.error(path + QLatin1String(".reopen"), Tr::tr("expected true or false"));
    m_eventLog.reopen = reopen.toBool(true);
    const QJsonValue firstResponse = object.value(QStringLiteral("first_response"));
    if (!firstResponse.isUndefined() && !firstResponse.isNull() &&
        firstResponse.toString() != QLatin1String("first_status_change"))
        return parser.error(path + QLatin1String(".first_response"),
                            Tr::tr("expected \"first_status_change\" or null"));
    m_eventLog.firstResponseFromStatus = firstResponse.isString();
    return {};
}

Status ImportMapping::bind(const QStringList& header, const QString& fileName)
{
    QStringList missing;
    for (auto& spec : m_fields) {
        if (spec)
            bindSpec(*spec, header, missing);
    }
    if (m_eventLog.enabled) {
        bindColumn(m_eventLog.ticketColumn, m_eventLog.ticketIndex, header, missing);
        bindColumn(m_eventLog.timeColumn, m_eventLog.timeIndex, header, missing);
        bindColumn(m_eventLog.orderColumn, m_eventLog.orderIndex, header, missing);
        if (m_eventLog.actor)
            bindSpec(*m_eventLog.actor, header, missing);
    }
    if (missing.isEmpty())
        return {};
    return Error{
        ErrorKind::BadInput,
        Tr::tr("the file has no column %1 that the mapping %2 names (its columns: %3)")
            .arg(missing.join(QStringLiteral(", ")), m_origin, header.join(QStringLiteral(", "))),
        QStringLiteral("%1:1").arg(fileName)};
}

} // namespace Switchboard
