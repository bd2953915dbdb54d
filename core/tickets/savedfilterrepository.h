// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "queuefilterformat.h"
#include "queuequery.h"
#include "storage/database.h"

#include <QTimeZone>

namespace Switchboard {

using SavedFilterId = qint64;

// Stands, in a QueueFilter's group or assignee list, for a name the stored
// definition gives but this database does not know: it matches no ticket,
// so a filter never shows more than it says.
inline constexpr qint64 kUnknownNameId = -1;

// A named queue filter, an agent's own or shared with the team.
struct SavedFilter
{
    SavedFilterId id = 0;
    QString name;
    AgentId ownerId = 0;
    QString ownerName;
    bool shared = false;
    qint64 createdAt = 0;
    QueueFilter filter;
    QString text; // the search text that goes with the filter
    // What is wrong with the stored definition, translated: names this
    // database does not have ("group “Hardware”"), or why it could not be
    // read at all (then `readable` is false and `filter` is empty).
    QStringList problems;
    bool readable = true;

    bool operator==(const SavedFilter&) const = default;
};

// Reads and writes saved_filters. Definitions are stored in the JSON of
// QueueFilterFormat with groups by name and agents by login, so a shared
// filter keeps its meaning across databases; this class turns them into ids
// and back. The created range is stored as calendar days of `zone`.
class SavedFilterRepository
{
public:
    explicit SavedFilterRepository(DatabasePtr database, const Clock& clock = Clock::system(),
                                   QTimeZone zone = QTimeZone::systemTimeZone());

    // My filters (me 0: none), then those others share, each by name.
    Result<QList<SavedFilter>> list(AgentId me) const;
    Result<SavedFilter> load(SavedFilterId id) const;
    // BadInput for an empty name, an unknown owner or an id no group or
    // agent has; Conflict when the owner has a filter of that name.
    Result<SavedFilter> save(const QString& name, AgentId owner, bool shared,
                             const QueueFilter& filter, const QString& text);
    // As save(); only the owner may change a filter (BadInput otherwise).
    Result<SavedFilter> update(SavedFilterId id, AgentId me, const QString& name, bool shared,
                               const QueueFilter& filter, const QString& text);
    // Only the owner may remove a filter (BadInput otherwise).
    Status remove(SavedFilterId id, AgentId me);

    // The shareable form of a filter: ids to names, times to days.
    Result<QueueFilterDefinition> definitionOf(const QueueFilter& filter,
                                               const QString& text) const;

private:
    Result<QString> checkedName(const QString& name, AgentId owner, SavedFilterId except) const;
    SavedFilter resolved(SavedFilter filter, const QByteArray& definition) const;

    DatabasePtr m_database;
    const Clock& m_clock;
    QTimeZone m_zone;
};

} // namespace Switchboard
