// SPDX-License-Identifier: MIT
#include "slapolicy.h"

#include "common/tr.h"

#include <QSet>

#include <algorithm>

namespace Switchboard {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;

template <typename T> bool anyOf(const QList<T>& allowed, const T& value)
{
    return allowed.isEmpty() || allowed.contains(value);
}

} // namespace

qint64 SlaWarning::thresholdSeconds(qint64 limitSeconds) const
{
    const qint64 raw =
        kind == Kind::PercentOfLimit ? limitSeconds * value / 100 : limitSeconds - value;
    return std::clamp<qint64>(raw, 0, limitSeconds);
}

bool SlaPolicy::matches(const SlaTicketFacts& facts) const
{
    if (!anyOf(types, facts.type) || !anyOf(priorities, facts.priority) ||
        !anyOf(channels, facts.channel) || !anyOf(groups, facts.group) ||
        !anyOf(customerTiers, facts.customerTier))
        return false;
    if (tags.isEmpty())
        return true;
    return std::any_of(facts.tags.cbegin(), facts.tags.cend(),
                       [this](const QString& tag) { return tags.contains(tag); });
}

const std::optional<SlaTarget>& SlaPolicy::target(SlaMetric metric) const
{
    switch (metric) {
    case SlaMetric::FirstResponse:
        return firstResponse;
    case SlaMetric::NextResponse:
        return nextResponse;
    case SlaMetric::Resolution:
        break;
    }
    return resolution;
}

QList<qint64> SlaPolicy::warningThresholds(const SlaTarget& target) const
{
    QList<qint64> result;
    result.reserve(warnings.size());
    for (const SlaWarning& warning : warnings)
        result.append(warning.thresholdSeconds(target.limitSeconds));
    std::sort(result.begin(), result.end());
    return result;
}

Status SlaPolicy::validate() const
{
    const QString where = name;
    if (name.trimmed().isEmpty())
        return Error(ErrorKind::BadInput, Tr::tr("an SLA policy needs a name"));
    if (calendar.trimmed().isEmpty())
        return Error(ErrorKind::BadInput, Tr::tr("an SLA policy needs a calendar"), where);
    const std::pair<const std::optional<SlaTarget>*, QString> targets[] = {
        {&firstResponse, Tr::tr("first response")},
        {&nextResponse, Tr::tr("next response")},
        {&resolution, Tr::tr("resolution")},
    };
    for (const auto& [target, label] : targets) {
        if (!target->has_value())
            continue;
        if ((*target)->goalSeconds <= 0)
            return Error(ErrorKind::BadInput,
                         Tr::tr("the %1 goal must be longer than zero").arg(label), where);
        if ((*target)->limitSeconds < (*target)->goalSeconds)
            return Error(ErrorKind::BadInput,
                         Tr::tr("the %1 limit must not be shorter than its goal").arg(label),
                         where);
    }
    for (const SlaWarning& warning : warnings) {
        if (warning.kind == SlaWarning::Kind::PercentOfLimit &&
            (warning.value <= 0 || warning.value > 100))
            return Error(ErrorKind::BadInput,
                         Tr::tr("a warning must lie between 1 and 100 percent of the limit"),
                         where);
        if (warning.kind == SlaWarning::Kind::SecondsBeforeLimit && warning.value <= 0)
            return Error(ErrorKind::BadInput,
                         Tr::tr("a warning before the limit must be longer than zero"), where);
    }
    return {};
}

SlaPolicySet::SlaPolicySet(QList<SlaPolicy> policies)
    : m_policies(std::move(policies))
{}

const SlaPolicy* SlaPolicySet::match(const SlaTicketFacts& facts) const
{
    for (const SlaPolicy& policy : m_policies) {
        if (policy.matches(facts))
            return &policy;
    }
    return nullptr;
}

Status SlaPolicySet::validate() const
{
    QSet<QString> names;
    for (const SlaPolicy& policy : m_policies) {
        if (Status status = policy.validate(); !status)
            return status;
        if (names.contains(policy.name))
            return Error(ErrorKind::BadInput, Tr::tr("two SLA policies have the same name"),
                         policy.name);
        names.insert(policy.name);
    }
    return {};
}

SlaPolicySet defaultSlaPolicies()
{
    const QString business = QStringLiteral("builtin:weekdays-9-18");
    auto policy = [&](const char* name, QList<TicketType> types, SlaTarget first,
                      bool pauseOnHold) {
        SlaPolicy p;
        p.name = QString::fromLatin1(name);
        p.types = std::move(types);
        p.calendar = business;
        p.firstResponse = first;
        p.nextResponse = first;
        p.pauseOnHold = pauseOnHold;
        return p;
    };

    SlaPolicy faultP1 =
        policy("fault-p1", {TicketType::Fault}, SlaTarget::single(1 * kHour), false);
    faultP1.priorities = {1};
    faultP1.calendar = QStringLiteral("builtin:24x7");

    SlaPolicy faultP2 =
        policy("fault-p2", {TicketType::Fault}, SlaTarget::range(2 * kHour, 4 * kHour), true);
    faultP2.priorities = {2};

    SlaPolicy faultP3 =
        policy("fault-p3-p4", {TicketType::Fault}, SlaTarget::range(8 * kHour, 12 * kHour), true);
    faultP3.priorities = {3, 4};

    SlaPolicy customOrder =
        policy("custom-order", {TicketType::Order}, SlaTarget::single(24 * kHour), true);
    customOrder.tags = {QStringLiteral("custom")};
    customOrder.nextResponse = SlaTarget::range(48 * kHour, 72 * kHour);

    SlaPolicy order = policy("order", {TicketType::Order}, SlaTarget::single(24 * kHour), true);

    SlaPolicy complaint =
        policy("complaint", {TicketType::Complaint}, SlaTarget::single(1 * kHour), false);
    complaint.resolution = SlaTarget::single(24 * kHour);

    SlaPolicy consultation =
        policy("consultation", {TicketType::Consultation}, SlaTarget::single(15 * kMinute), false);

    SlaPolicy fallback = policy("default", {}, SlaTarget::range(4 * kHour, 8 * kHour), true);

    return SlaPolicySet(
        {faultP1, faultP2, faultP3, customOrder, order, complaint, consultation, fallback});
}

} // namespace Switchboard
