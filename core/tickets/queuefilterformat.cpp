// SPDX-License-Identifier: MIT
#include "queuefilterformat.h"

#include "common/tr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Switchboard {
namespace {

const QString kStatuses = QStringLiteral("statuses");
const QString kPriorities = QStringLiteral("priorities");
const QString kTypes = QStringLiteral("types");
const QString kChannels = QStringLiteral("channels");
const QString kGroups = QStringLiteral("groups");
const QString kAssignees = QStringLiteral("assignees");
const QString kTags = QStringLiteral("tags");
const QString kCreatedFrom = QStringLiteral("created_from");
const QString kCreatedTo = QStringLiteral("created_to");
const QString kText = QStringLiteral("text");

Error badField(const QString& where, const QString& field, const QString& reason)
{
    return Error(ErrorKind::BadInput, Tr::tr("filter field \"%1\": %2").arg(field, reason), where);
}

template <typename T> QJsonArray keyArray(const QList<T>& values)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(toKey(value));
    return array;
}

QJsonValue dateJson(const std::optional<QDate>& date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The array under `field` (empty when missing or null), or an error.
Result<QJsonArray> arrayOf(const QJsonObject& object, const QString& field, const QString& where)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return badField(where, field, Tr::tr("expected a list"));
    return value.toArray();
}

template <typename T>
Result<QList<T>> readKeys(const QJsonObject& object, const QString& field, const QString& where,
                          std::optional<T> (*fromKey)(const QString&))
{
    auto array = arrayOf(object, field, where);
    if (!array)
        return array.error();
    QList<T> values;
    for (const QJsonValue& item : std::as_const(*array)) {
        const std::optional<T> value = item.isString() ? fromKey(item.toString()) : std::nullopt;
        if (!value)
            return badField(
                where, field,
                Tr::tr("unknown value %1")
                    .arg(QString::fromUtf8(
                        QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact))));
        if (!values.contains(*value))
            values << *value;
    }
    return values;
}

Result<QStringList> readNames(const QJsonObject& object, const QString& field, const QString& where)
{
    auto array = arrayOf(object, field, where);
    if (!array)
        return array.error();
    QStringList names;
    for (const QJsonValue& item : std::as_const(*array)) {
        const QString name = item.toString().trimmed();
        if (!item.isString() || name.isEmpty())
            return badField(where, field, Tr::tr("expected a list of non-empty texts"));
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Result<std::optional<QDate>> readDate(const QJsonObject& object, const QString& field,
                                      const QString& where)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<QDate>();
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid())
        return badField(where, field, Tr::tr("expected a date such as 2026-03-31"));
    return std::optional<QDate>(date);
}

} // namespace

QJsonObject QueueFilterFormat::toJson(const QueueFilterDefinition& definition)
{
    QJsonArray priorities;
    for (int priority : definition.priorities)
        priorities.append(priority);
    QJsonArray assignees = QJsonArray::fromStringList(definition.assignees);
    if (definition.unassigned)
        assignees.append(QJsonValue::Null);
    return QJsonObject{{kStatuses, keyArray(definition.statuses)},
                       {kPriorities, priorities},
                       {kTypes, keyArray(definition.types)},
                       {kChannels, keyArray(definition.channels)},
                       {kGroups, QJsonArray::fromStringList(definition.groups)},
                       {kAssignees, assignees},
                       {kTags, QJsonArray::fromStringList(definition.tags)},
                       {kCreatedFrom, dateJson(definition.createdFrom)},
                       {kCreatedTo, dateJson(definition.createdTo)},
                       {kText, definition.text}};
}

Result<QueueFilterDefinition> QueueFilterFormat::fromJson(const QJsonObject& object,
                                                          const QString& where)
{
    static const QSet<QString> known = {kStatuses,  kPriorities, kTypes,       kChannels,  kGroups,
                                        kAssignees, kTags,       kCreatedFrom, kCreatedTo, kText};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return badField(where, it.key(), Tr::tr("unknown field"));
    }
    QueueFilterDefinition definition;
    auto statuses = readKeys<TicketStatus>(object, kStatuses, where, &ticketStatusFromKey);
    if (!statuses)
        return statuses.error();
    definition.statuses = *statuses;
    auto types = readKeys<TicketType>(object, kTypes, where, &ticketTypeFromKey);
    if (!types)
        return types.error();
    definition.types = *types;
    auto channels = readKeys<Channel>(object, kChannels, where, &channelFromKey);
    if (!channels)
        return channels.error();
    definition.channels = *channels;

    auto priorities = arrayOf(object, kPriorities, where);
    if (!priorities)
        return priorities.error();
    for (const QJsonValue& item : std::as_const(*priorities)) {
        const double value = item.toDouble(0);
        if (!item.isDouble() || value != double(int(value)) || value < 1 || value > 4)
            return badField(where, kPriorities, Tr::tr("expected priorities from 1 to 4"));
        if (!definition.priorities.contains(int(value)))
            definition.priorities << int(value);
    }

    auto groups = readNames(object, kGroups, where);
    if (!groups)
        return groups.error();
    definition.groups = *groups;
    auto tags = readNames(object, kTags, where);
    if (!tags)
        return tags.error();
    definition.tags = *tags;

    auto assignees = arrayOf(object, kAssignees, where);
    if (!assignees)
        return assignees.error();
    for (const QJsonValue& item : std::as_const(*assignees)) {
        if (item.isNull()) {
            definition.unassigned = true;
            continue;
        }
        const QString login = item.toString().trimmed();
        if (!item.isString() || login.isEmpty())
            return badField(where, kAssignees,
                            Tr::tr("expected agent logins, or null for unassigned"));
        if (!definition.assignees.contains(login))
            definition.assignees << login;
    }

    auto from = readDate(object, kCreatedFrom, where);
    if (!from)
        return from.error();
    auto to = readDate(object, kCreatedTo, where);
    if (!to)
        return to.error();
    if (*from && *to && **to < **from)
        return badField(where, kCreatedTo, Tr::tr("the range ends before it starts"));
    definition.createdFrom = *from;
    definition.createdTo = *to;

    const QJsonValue text = object.value(kText);
    if (!text.isUndefined() && !text.isNull() && !text.isString())
        return badField(where, kText, Tr::tr("expected a text"));
    definition.text = text.toString().trimmed();
    return definition;
}

QByteArray QueueFilterFormat::serialise(const QueueFilterDefinition& definition)
{
    return QJsonDocument(toJson(definition)).toJson(QJsonDocument::Compact);
}

Result<QueueFilterDefinition> QueueFilterFormat::parse(const QByteArray& json, const QString& where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorKind::BadInput,
                     Tr::tr("the filter is not valid JSON: %1").arg(error.errorString()), where);
    if (!document.isObject())
        return Error(ErrorKind::BadInput, Tr::tr("a filter must be a JSON object"), where);
    return fromJson(document.object(), where);
}

std::pair<std::optional<qint64>, std::optional<qint64>>
QueueFilterFormat::createdRange(std::optional<QDate> from, std::optional<QDate> to,
                                const QTimeZone& zone)
{
    std::pair<std::optional<qint64>, std::optional<qint64>> range;
    if (from && from->isValid())
        range.first = from->startOfDay(zone).toMSecsSinceEpoch();
    if (to && to->isValid())
        range.second = to->addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    return range;
}

std::pair<std::optional<QDate>, std::optional<QDate>>
QueueFilterFormat::createdDays(std::optional<qint64> fromMs, std::optional<qint64> toMs,
                               const QTimeZone& zone)
{
    std::pair<std::optional<QDate>, std::optional<QDate>> days;
    if (fromMs)
        days.first = QDateTime::fromMSecsSinceEpoch(*fromMs, zone).date();
    // The range ends before toMs: its last day is the one holding toMs - 1.
    if (toMs)
        days.second = QDateTime::fromMSecsSinceEpoch(*toMs - 1, zone).date();
    return days;
}

} // namespace Switchboard
