// SPDX-License-Identifier: MIT
#include "migration.h"

namespace Switchboard {
namespace {

// v1: people, tickets, their conversation and the event history that every
// later derived figure (SLA state, metrics) is computed from.
Migration version1()
{
    return {1,
            QStringLiteral("initial schema"),
            {
                QStringLiteral(R"(CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
))"),
                QStringLiteral(R"(CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'operator'
        CHECK (role IN ('operator', 'lead', 'trainer', 'admin')),
    skills TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX agents_name ON agents (name)"),
                QStringLiteral(R"(CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, agent_id)
))"),
                QStringLiteral(R"(CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    organisation TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    tier TEXT NOT NULL DEFAULT 'standard',
    name_fold TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX customers_name ON customers (name)"),
                QStringLiteral("CREATE INDEX customers_name_fold ON customers (name_fold)"),
                // subject_fold holds the case-folded subject: SQLite's LIKE folds
                // ASCII only, so Cyrillic search needs folding done by us.
                // status_rank orders statuses by lifecycle rather than by name.
                QStringLiteral(R"(CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    subject_fold TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL CHECK (channel IN ('email', 'chat', 'phone', 'web')),
    type TEXT NOT NULL CHECK (type IN ('consultation', 'fault', 'order', 'complaint')),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    status TEXT NOT NULL
        CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'resolved', 'closed')),
    status_rank INTEGER GENERATED ALWAYS AS (CASE status
        WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2
        WHEN 'on_hold' THEN 3 WHEN 'resolved' THEN 4 ELSE 5 END) VIRTUAL,
    requester_id INTEGER NOT NULL REFERENCES customers (id),
    assignee_id INTEGER REFERENCES agents (id),
    group_id INTEGER REFERENCES groups (id),
    language TEXT NOT NULL DEFAULT 'en',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    first_response_at INTEGER,
    resolved_at INTEGER,
    closed_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1
))"),
                // One index per sortable queue column: with the implicit rowid
                // suffix each serves ORDER BY col, id and its keyset WHERE.
                QStringLiteral("CREATE INDEX tickets_created ON tickets (created_at)"),
                QStringLiteral("CREATE INDEX tickets_subject ON tickets (subject)"),
                QStringLiteral("CREATE INDEX tickets_priority ON tickets (priority)"),
                QStringLiteral("CREATE INDEX tickets_status ON tickets (status_rank)"),
                QStringLiteral("CREATE INDEX tickets_channel ON tickets (channel)"),
                QStringLiteral("CREATE INDEX tickets_type ON tickets (type)"),
                QStringLiteral("CREATE INDEX tickets_requester ON tickets (requester_id)"),
                QStringLiteral("CREATE INDEX tickets_assignee ON tickets (assignee_id)"),
                QStringLiteral("CREATE INDEX tickets_group ON tickets (group_id)"),
                QStringLiteral(R"(CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (ticket_id, tag)
) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX ticket_tags_tag ON ticket_tags (tag)"),
                QStringLiteral(R"(CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'reply', 'note', 'system')),
    author_agent_id INTEGER REFERENCES agents (id),
    author_customer_id INTEGER REFERENCES customers (id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX messages_ticket ON messages (ticket_id, created_at)"),
                QStringLiteral(R"(CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES agents (id),
    kind TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    at INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at)"),
            }};
}

} // namespace

QList<Migration> schemaMigrations()
{
    return {version1()};
}

} // namespace Switchboard
