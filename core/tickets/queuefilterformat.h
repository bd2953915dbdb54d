// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "ticket.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace Switchboard {

// A queue filter and its search text as they are stored and shared: groups
// by name, agents by login and the created range as calendar days, so a
// definition means the same in every database and time zone.
// SavedFilterRepository resolves the names to a QueueFilter's ids.
struct QueueFilterDefinition
{
    QList<TicketStatus> statuses;
    QList<int> priorities;
    QList<TicketType> types;
    QList<Channel> channels;
    QStringList groups;      // group names
    QStringList assignees;   // agent logins
    bool unassigned = false; // null among "assignees"
    QStringList tags;
    std::optional<QDate> createdFrom; // first day included
    std::optional<QDate> createdTo;   // last day included
    QString text;

    bool operator==(const QueueFilterDefinition&) const = default;
};

// The JSON form of a QueueFilterDefinition (saved_filters.definition):
//   {"statuses": ["open", "pending"], "priorities": [1, 2], "types": ["fault"],
//    "channels": ["email"], "groups": ["Hardware"], "assignees": ["anna", null],
//    "tags": ["vip"], "created_from": "2026-03-01", "created_to": "2026-03-31",
//    "text": "printer"}
// Every key is written; a missing key reads as "any". Unknown keys and
// values are errors, so a definition from a newer version never silently
// matches more than it says.
class QueueFilterFormat
{
public:
    static QJsonObject toJson(const QueueFilterDefinition& definition);
    // where names the origin (filter name, file) in errors.
    static Result<QueueFilterDefinition> fromJson(const QJsonObject& object, const QString& where);

    static QByteArray serialise(const QueueFilterDefinition& definition);
    static Result<QueueFilterDefinition> parse(const QByteArray& json, const QString& where);

    // Calendar days [from, to] in `zone` as UTC ms [start of from, start of
    // the day after to), the form QueueFilter holds; and back.
    static std::pair<std::optional<qint64>, std::optional<qint64>>
    createdRange(std::optional<QDate> from, std::optional<QDate> to, const QTimeZone& zone);
    static std::pair<std::optional<QDate>, std::optional<QDate>>
    createdDays(std::optional<qint64> fromMs, std::optional<qint64> toMs, const QTimeZone& zone);
};

} // namespace Switchboard
