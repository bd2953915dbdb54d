// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Switchboard {

// What a team lead set for one KPI of the dashboard's table: its target (in
// the KPI's unit: seconds, percent 0..100 or a score 1..5) and an action
// note ("two more agents on the morning shift"). targetSet false keeps the
// built-in default; targetSet with an empty target means "no target".
struct KpiTargetEntry
{
    bool targetSet = false;
    std::optional<double> target;
    QString action;

    bool isEmpty() const { return !targetSet && action.isEmpty(); }
    friend bool operator==(const KpiTargetEntry&, const KpiTargetEntry&) = default;
};

// The team's KPI targets and action notes by KPI key ("first_response_median",
// ...; the keys are the caller's). Stored in app_settings under kSettingsKey
// as {"key": {"target": 3600, "action": "..."}, ...}; "target": null is "no
// target", an absent "target" the default.
struct KpiTargetSettings
{
    static inline const QString kSettingsKey = QStringLiteral("kpi.targets");

    QMap<QString, KpiTargetEntry> entries;

    KpiTargetEntry entry(const QString& key) const { return entries.value(key); }
    QJsonObject toJson() const;
    // BadInput for a value that is not an object, a target that is not a
    // finite number or null, or an action that is not text (location: the key).
    static Result<KpiTargetSettings> fromJson(const QJsonObject& object);

    friend bool operator==(const KpiTargetSettings&, const KpiTargetSettings&) = default;
};

// Reads and writes the KPI targets through the app_settings access of
// MetricsRepository, on the calling thread's connection. The settings are
// team-wide: every console of the database sees the same targets.
class KpiTargetRepository
{
public:
    explicit KpiTargetRepository(DatabasePtr database);

    // Empty settings when nothing is stored; BadInput when the stored value
    // is not valid JSON of the form above.
    Result<KpiTargetSettings> load() const;
    // Stores one KPI's entry, keeping the others as they are stored now (a
    // read and a write in one immediate transaction, so two team leads
    // editing different rows at once both keep their edit).
    Status saveEntry(const QString& key, const KpiTargetEntry& entry) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
