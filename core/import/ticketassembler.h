// SPDX-License-Identifier: MIT
#pragma once

#include "importbatch.h"
#include "rowmapper.h"

#include <QSet>

#include <vector>

namespace Switchboard {

// Turns mapped rows into tickets with their history.
//
// Flat files (no event_log): one row per ticket; a ticket id seen twice is
// an error naming both lines. The history is what the row states: created,
// the assignment and group at creation, a "reply" at the first response,
// and status changes to the final status (open/pending/on hold at the first
// response, resolved at the resolved time, closed at the closed time).
//
// Event logs: rows are grouped by ticket id in memory, so they need not be
// contiguous, and sorted by (time, order column, line). A ticket starts
// "new" at its creation; each change of a tracked field between consecutive
// rows becomes an event at the later row's time, by the row's actor:
//   status    "status" old -> new status key, or "reopened" when a resolved
//             or closed ticket goes back to an earlier status
//   assignee  "assignee" old -> new login ("" = unassigned)
//   group     "group" old -> new group name ("" = none)
//   priority  "priority" old -> new number (the first row's is the initial one)
// plus "created" and a "reply" at the first response. Fields that are not
// tracked take their last non-empty value in that order, but the creation
// time its earliest; tags are the union.
// Events dated before the creation (clock skew in the source) are moved to
// it, so the history starts with "created".
//
// Unset fields: subject = the external id, channel email, type
// consultation, priority 3; the status, when not mapped, follows from the
// times (closed, resolved, open after a first response, else new); resolved
// for a resolved or closed ticket without a time is its last change to
// resolved, else its closing.
class TicketAssembler
{
public:
    explicit TicketAssembler(const ImportMapping& mapping, QString path);

    Status add(const MappedRow& row);
    int ticketCount() const { return int(m_drafts.size()); }
    // The tickets, in order of creation (then of first line).
    Result<QList<ImportedTicket>> finish();
    QHash<QString, QString> agentNames() const { return m_agentNames; }

private:
    struct SortKey
    {
        qint64 time = 0;
        qint64 order = 0;
        qint64 line = 0;
        friend auto operator<=>(const SortKey&, const SortKey&) = default;
    };
    struct Slot
    {
        MappedValue value;
        SortKey key;
    };
    // A row's tracked values, compact: an event log has many rows per
    // ticket and all of them are held until the file is read.
    struct TrackedRow
    {
        SortKey key;
        qint8 status = -1;        // TicketStatus, -1: the row says nothing
        qint8 priority = 0;       // 0: the row says nothing
        bool hasAssignee = false; // false: the row says nothing
        bool hasGroup = false;
        QString assignee; // login, empty: unassigned
        QString group;    // empty: no group
        QString actor;    // login
    };
    struct Draft
    {
        QString externalId;
        qint64 line = 0;
        std::array<Slot, kImportFieldCount> latest;
        QStringList tags;
        std::vector<TrackedRow> rows;
    };
    struct History;

    bool tracks(ImportField field) const;
    void keepLatest(Draft& draft, const MappedRow& row, const SortKey& key);
    QString login(const MappedValue& label);
    // One shared copy of each repeated text (logins, group names).
    QString intern(const QString& text);
    Result<ImportedTicket> build(Draft& draft);
    void fillFields(const Draft& draft, ExchangeTicket& ticket) const;
    void replayLog(const Draft& draft, ImportedTicket& imported, History& history) const;
    void describeFlat(ImportedTicket& imported, History& history) const;
    void settleTimes(ImportedTicket& imported, const History& history) const;

    const ImportMapping& m_mapping;
    QString m_path;
    std::vector<Draft> m_drafts;
    QHash<QString, qsizetype> m_index; // external id -> draft
    QHash<QString, QString> m_agentNames;
    QSet<QString> m_texts;
};

} // namespace Switchboard
