// SPDX-License-Identifier: MIT
#include "slapolicyformat.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Switchboard {
namespace {

constexpr qint64 kMinute = 60;

const QString kName = QStringLiteral("name");
const QString kTypes = QStringLiteral("types");
const QString kPriorities = QStringLiteral("priorities");
const QString kChannels = QStringLiteral("channels");
const QString kGroups = QStringLiteral("groups");
const QString kTiers = QStringLiteral("customer_tiers");
const QString kTags = QStringLiteral("tags");
const QString kCalendar = QStringLiteral("calendar");
const QString kFirstResponse = QStringLiteral("first_response");
const QString kNextResponse = QStringLiteral("next_response");
const QString kResolution = QStringLiteral("resolution");
const QString kWarnings = QStringLiteral("warnings");
const QString kPauseOnHold = QStringLiteral("pause_on_hold");
const QString kGoal = QStringLiteral("goal_minutes");
const QString kLimit = QStringLiteral("limit_minutes");
const QString kPercent = QStringLiteral("percent");
const QString kBefore = QStringLiteral("minutes_before");

Error badField(const QString& where, const QString& field, const QString& reason)
{
    return Error(ErrorKind::BadInput, Tr::tr("SLA policy field \"%1\": %2").arg(field, reason),
                 where);
}

QJsonArray stringArray(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QJsonValue targetJson(const std::optional<SlaTarget>& target)
{
    if (!target)
        return QJsonValue::Null;
    return QJsonObject{{kGoal, double(target->goalSeconds / kMinute)},
                       {kLimit, double(target->limitSeconds / kMinute)}};
}

Result<QStringList> readStrings(const QJsonObject& object, const QString& field,
                                const QString& where)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return badField(where, field, Tr::tr("expected a list"));
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return badField(where, field, Tr::tr("expected a list of non-empty texts"));
        result.append(item.toString().trimmed());
    }
    return result;
}

// Whole positive minutes; JSON numbers are doubles, so check they are integral.
std::optional<qint64> wholeMinutes(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double minutes = value.toDouble();
    if (minutes != double(qint64(minutes)) || minutes <= 0 || minutes > 1e7)
        return std::nullopt;
    return qint64(minutes);
}

Result<std::optional<SlaTarget>> readTarget(const QJsonObject& object, const QString& field,
                                            const QString& where)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<SlaTarget>();
    if (value.isDouble()) {
        const auto minutes = wholeMinutes(value);
        if (!minutes)
            return badField(where, field, Tr::tr("expected whole minutes greater than zero"));
        return std::optional<SlaTarget>(SlaTarget::single(*minutes * kMinute));
    }
    if (!value.isObject())
        return badField(where, field, Tr::tr("expected minutes or {goal_minutes, limit_minutes}"));
    const QJsonObject target = value.toObject();
    for (const QString& key : target.keys()) {
        if (key != kGoal && key != kLimit)
            return badField(where, field, Tr::tr("unknown field \"%1\"").arg(key));
    }
    const auto goal = wholeMinutes(target.value(kGoal));
    const auto limit = target.contains(kLimit) ? wholeMinutes(target.value(kLimit)) : goal;
    if (!goal || !limit)
        return badField(where, field, Tr::tr("goal and limit must be whole minutes above zero"));
    return std::optional<SlaTarget>(SlaTarget::range(*goal * kMinute, *limit * kMinute));
}

Result<QList<SlaWarning>> readWarnings(const QJsonObject& object, const QString& where)
{
    const QJsonValue value = object.value(kWarnings);
    if (value.isUndefined())
        return QList<SlaWarning>{SlaWarning::percent(80)};
    if (!value.isArray())
        return badField(where, kWarnings, Tr::tr("expected a list"));
    QList<SlaWarning> result;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject step = item.toObject();
        if (step.size() != 1)
            return badField(where, kWarnings,
                            Tr::tr("each warning is {\"percent\": P} or {\"minutes_before\": M}"));
        if (step.contains(kPercent)) {
            const auto percent = wholeMinutes(step.value(kPercent));
            if (!percent || *percent > 100)
                return badField(where, kWarnings, Tr::tr("percent must be 1 to 100"));
            result.append(SlaWarning::percent(*percent));
        } else if (step.contains(kBefore)) {
            const auto minutes = wholeMinutes(step.value(kBefore));
            if (!minutes)
                return badField(where, kWarnings,
                                Tr::tr("minutes before the limit must be above zero"));
            result.append(SlaWarning::before(*minutes * kMinute));
        } else {
            return badField(where, kWarnings,
                            Tr::tr("each warning is {\"percent\": P} or {\"minutes_before\": M}"));
        }
    }
    return result;
}

template <typename T>
Result<QList<T>> readKeys(const QJsonObject& object, const QString& field, const QString& where,
                          std::optional<T> (*fromKey)(const QString&))
{
    const auto keys = readStrings(object, field, where);
    if (!keys)
        return keys.error();
    QList<T> result;
    for (const QString& key : *keys) {
        const auto value = fromKey(key);
        if (!value)
            return badField(where, field, Tr::tr("unknown value \"%1\"").arg(key));
        result.append(*value);
    }
    return result;
}

Result<QList<int>> readPriorities(const QJsonObject& object, const QString& where)
{
    const QJsonValue value = object.value(kPriorities);
    QList<int> result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray())
        return badField(where, kPriorities, Tr::tr("expected a list of 1 to 4"));
    for (const QJsonValue& item : value.toArray()) {
        const int priority = item.toInt(0);
        if (!item.isDouble() || priority < 1 || priority > 4 || item.toDouble() != priority)
            return badField(where, kPriorities, Tr::tr("expected a list of 1 to 4"));
        result.append(priority);
    }
    return result;
}

Status checkFields(const QJsonObject& object, const QString& where)
{
    static const QSet<QString> known = {
        kName,     kTypes,         kPriorities,   kChannels,   kGroups,   kTiers,      kTags,
        kCalendar, kFirstResponse, kNextResponse, kResolution, kWarnings, kPauseOnHold};
    for (const QString& key : object.keys()) {
        if (!known.contains(key))
            return Error(ErrorKind::BadInput, Tr::tr("unknown SLA policy field \"%1\"").arg(key),
                         where);
    }
    return {};
}

} // namespace

QJsonObject SlaPolicyFormat::toJson(const SlaPolicy& policy)
{
    QJsonArray types, priorities, channels, warnings;
    for (TicketType type : policy.types)
        types.append(toKey(type));
    for (int priority : policy.priorities)
        priorities.append(priority);
    for (Channel channel : policy.channels)
        channels.append(toKey(channel));
    for (const SlaWarning& warning : policy.warnings) {
        if (warning.kind == SlaWarning::Kind::PercentOfLimit)
            warnings.append(QJsonObject{{kPercent, double(warning.value)}});
        else
            warnings.append(QJsonObject{{kBefore, double(warning.value / kMinute)}});
    }
    return {
        {kName, policy.name},
        {kTypes, types},
        {kPriorities, priorities},
        {kChannels, channels},
        {kGroups, stringArray(policy.groups)},
        {kTiers, stringArray(policy.customerTiers)},
        {kTags, stringArray(policy.tags)},
        {kCalendar, policy.calendar},
        {kFirstResponse, targetJson(policy.firstResponse)},
        {kNextResponse, targetJson(policy.nextResponse)},
        {kResolution, targetJson(policy.resolution)},
        {kWarnings, warnings},
        {kPauseOnHold, policy.pauseOnHold},
    };
}

Result<SlaPolicy> SlaPolicyFormat::fromJson(const QJsonObject& object, const QString& where)
{
    if (Status status = checkFields(object, where); !status)
        return status.error();
    SlaPolicy policy;
    policy.name = object.value(kName).toString().trimmed();
    const QString at = policy.name.isEmpty() ? where : where + QStringLiteral(", ") + policy.name;
    policy.calendar = object.value(kCalendar).toString(policy.calendar).trimmed();
    policy.pauseOnHold = object.value(kPauseOnHold).toBool(false);

    auto types = readKeys<TicketType>(object, kTypes, at, &ticketTypeFromKey);
    auto channels = readKeys<Channel>(object, kChannels, at, &channelFromKey);
    auto priorities = readPriorities(object, at);
    auto groups = readStrings(object, kGroups, at);
    auto tiers = readStrings(object, kTiers, at);
    auto tags = readStrings(object, kTags, at);
    auto first = readTarget(object, kFirstResponse, at);
    auto next = readTarget(object, kNextResponse, at);
    auto resolution = readTarget(object, kResolution, at);
    auto warnings = readWarnings(object, at);
    if (!types)
        return types.error();
    if (!channels)
        return channels.error();
    if (!priorities)
        return priorities.error();
    for (const auto* list : {&groups, &tiers, &tags}) {
        if (!*list)
            return list->error();
    }
    for (const auto* target : {&first, &next, &resolution}) {
        if (!*target)
            return target->error();
    }
    if (!warnings)
        return warnings.error();
    policy.types = *types;
    policy.channels = *channels;
    policy.priorities = *priorities;
    policy.groups = *groups;
    policy.customerTiers = *tiers;
    policy.tags = *tags;
    policy.firstResponse = *first;
    policy.nextResponse = *next;
    policy.resolution = *resolution;
    policy.warnings = *warnings;
    if (Status status = policy.validate(); !status)
        return Error(status.error().kind, status.error().message, at);
    return policy;
}

QByteArray SlaPolicyFormat::serialise(const SlaPolicySet& policies)
{
    QJsonArray array;
    for (const SlaPolicy& policy : policies.policies())
        array.append(toJson(policy));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Result<SlaPolicySet> SlaPolicyFormat::parse(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorKind::BadInput,
                     Tr::tr("not valid JSON: %1").arg(parseError.errorString()),
                     source + QStringLiteral(", offset %1").arg(parseError.offset));
    if (!document.isArray())
        return Error(ErrorKind::BadInput, Tr::tr("expected a list of SLA policies"), source);
    QList<SlaPolicy> policies;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = source + QStringLiteral(" #%1").arg(i + 1);
        if (!array.at(i).isObject())
            return Error(ErrorKind::BadInput, Tr::tr("expected an SLA policy object"), where);
        auto policy = fromJson(array.at(i).toObject(), where);
        if (!policy)
            return policy.error();
        policies.append(*policy);
    }
    SlaPolicySet set(policies);
    if (Status status = set.validate(); !status)
        return Error(status.error().kind, status.error().message, source);
    return set;
}

} // namespace Switchboard
