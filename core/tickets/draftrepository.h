// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "ticket.h"

#include <optional>

namespace Switchboard {

// An unsent reply or note, one per agent and ticket.
struct ReplyDraft
{
    QString body;
    bool internal = false;
    qint64 updatedAt = 0;
};

// Keeps drafts in the database as the operator types, so a crash, a restart
// or a reload after a conflict never loses what was written.
class DraftRepository
{
public:
    explicit DraftRepository(DatabasePtr database);

    // An empty (or blank) body removes the draft.
    Status save(TicketId ticket, AgentId agent, const ReplyDraft& draft) const;
    Result<std::optional<ReplyDraft>> load(TicketId ticket, AgentId agent) const;
    Status remove(TicketId ticket, AgentId agent) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
