// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "slapolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Switchboard {

// The JSON form of SLA policies, as stored in the database and exchanged by
// Settings and the CLI. A policy set is an array, first match first:
//   [{"name": "fault-p2", "types": ["fault"], "priorities": [2],
//     "channels": [], "groups": [], "customer_tiers": [], "tags": [],
//     "calendar": "builtin:weekdays-9-18",
//     "first_response": {"goal_minutes": 120, "limit_minutes": 240},
//     "next_response": {"goal_minutes": 120, "limit_minutes": 240},
//     "resolution": null,
//     "warnings": [{"percent": 80}, {"minutes_before": 30}],
//     "pause_on_hold": true}]
// A target may also be a single number of minutes (goal = limit). Unknown
// fields are errors, so a typo never silently drops a condition.
class SlaPolicyFormat
{
public:
    static QJsonObject toJson(const SlaPolicy& policy);
    // where names the origin (file, policy position) in errors.
    static Result<SlaPolicy> fromJson(const QJsonObject& object, const QString& where);

    static QByteArray serialise(const SlaPolicySet& policies);
    static Result<SlaPolicySet> parse(const QByteArray& json, const QString& source);
};

} // namespace Switchboard
