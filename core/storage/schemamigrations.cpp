// SPDX-License-Identifier: MIT
#include "migration.h"

namespace Switchboard {
namespace {

// PostgreSQL: tells every listening desktop which tickets a statement
// changed (DatabaseChangeWatcher). One notification per statement, not per
// row, and "*" instead of a list when a bulk write touched many, so an
// import does not flood the notification queue. %1 names the channel, %2
// the ticket id column of the transition table.
QString notifyFunction(const QString& name, const QString& channel, const QString& idColumn)
{
    return QStringLiteral(R"(CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    changed_count bigint;
    ids text;
BEGIN
    SELECT count(*) INTO changed_count FROM changed_rows;
    IF changed_count = 0 THEN
        RETURN NULL;
    ELSIF changed_count > 200 THEN
        PERFORM pg_notify('%2', '*');
    ELSE
        SELECT string_agg(DISTINCT %3::text, ',') INTO ids FROM changed_rows;
        PERFORM pg_notify('%2', ids);
    END IF;
    RETURN NULL;
END
$body$)")
        .arg(name, channel, idColumn);
}

QString ticketNotifyFunction()
{
    return notifyFunction(QStringLiteral("switchboard_notify_tickets"),
                          QStringLiteral("switchboard_tickets"), QStringLiteral("id"));
}

QString notifyTrigger(const QString& table, const QString& function, const QString& name,
                      const QString& operation, const QString& rows)
{
    return QStringLiteral("CREATE TRIGGER %1_notify_%2 AFTER %3 ON %1 REFERENCING %4 TABLE AS "
                          "changed_rows FOR EACH STATEMENT EXECUTE FUNCTION %5()")
        .arg(table, name, operation, rows, function);
}

QString ticketNotifyTrigger(const QString& name, const QString& operation, const QString& rows)
{
    return notifyTrigger(QStringLiteral("tickets"), QStringLiteral("switchboard_notify_tickets"),
                         name, operation, rows);
}

// v1: people, tickets, their conversation and the event history that every
// later derived figure (SLA state, metrics) is computed from.
Migration version1()
{
    return {
        1,
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
        CHECK (role = 'operator' OR role = 'lead' OR role = 'trainer' OR role = 'admin'),
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
            // Allowed values are checked with OR chains, not IN lists: SQLite
            // builds a temporary b-tree for an IN list on every inserted row,
            // which made bulk loading several times slower.
            // subject_fold holds the case-folded subject: SQLite's LIKE folds
            // ASCII only, so Cyrillic search needs folding done by us.
            // status_rank orders statuses by lifecycle rather than by name.
            // search_text is what the trigram index holds (see tickets_fts).
            QStringLiteral(R"(CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    subject_fold TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL
        CHECK (channel = 'email' OR channel = 'chat' OR channel = 'phone' OR channel = 'web'),
    type TEXT NOT NULL CHECK (type = 'consultation' OR type = 'fault' OR type = 'order'
        OR type = 'complaint'),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    status TEXT NOT NULL CHECK (status = 'new' OR status = 'open' OR status = 'pending'
        OR status = 'on_hold' OR status = 'resolved' OR status = 'closed'),
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
    version INTEGER NOT NULL DEFAULT 1,
    search_text TEXT GENERATED ALWAYS AS (subject_fold || char(31, 31)) VIRTUAL
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
            // The same orders over the open scope only (new .. on hold): a
            // queue of a few thousand open tickets among a million closed
            // ones is then paged without skipping the closed ones.
            QStringLiteral("CREATE INDEX tickets_open_id ON tickets (id) WHERE status_rank < 4"),
            QStringLiteral(
                "CREATE INDEX tickets_open_created ON tickets (created_at) WHERE status_rank < 4"),
            QStringLiteral(
                "CREATE INDEX tickets_open_subject ON tickets (subject) WHERE status_rank < 4"),
            QStringLiteral(
                "CREATE INDEX tickets_open_priority ON tickets (priority) WHERE status_rank < 4"),
            QStringLiteral(
                "CREATE INDEX tickets_open_status ON tickets (status_rank) WHERE status_rank < 4"),
            QStringLiteral(
                "CREATE INDEX tickets_open_channel ON tickets (channel) WHERE status_rank < 4"),
            QStringLiteral(
                "CREATE INDEX tickets_open_type ON tickets (type) WHERE status_rank < 4"),
            QStringLiteral("CREATE INDEX tickets_open_requester ON tickets (requester_id) "
                           "WHERE status_rank < 4"),
            QStringLiteral("CREATE INDEX tickets_open_assignee ON tickets (assignee_id) "
                           "WHERE status_rank < 4"),
            QStringLiteral(R"(CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (ticket_id, tag)
) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX ticket_tags_tag ON ticket_tags (tag)"),
            QStringLiteral(R"(CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind = 'customer' OR kind = 'reply' OR kind = 'note' OR kind = 'system'),
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
        },
        {
            // Substring search over a million subjects: a trigram index
            // finds the candidates and LIKE on subject_fold then decides, so
            // results are exactly LIKE's. Only row ids are stored
            // (detail=none): the LIKE check makes positions unnecessary, and
            // the index is half the size and built twice as fast. It holds
            // search_text, the folded subject plus two U+001F characters, so
            // that every character of a subject starts a trigram: a query of
            // one or two characters then matches the indexed trigrams that
            // start with it, which tickets_fts_terms lists. Folding is ours
            // (case_sensitive 1), so index terms and folded queries agree.
            // Kept in step with tickets by the triggers below.
            QStringLiteral("CREATE VIRTUAL TABLE tickets_fts USING fts5 (search_text, "
                           "content='tickets', content_rowid='id', "
                           "tokenize='trigram case_sensitive 1', detail='none', "
                           "columnsize=0)"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE tickets_fts_terms USING fts5vocab (tickets_fts, 'row')"),
            QStringLiteral(R"(CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO tickets_fts (rowid, search_text) VALUES (new.id, new.search_text);
END)"),
            QStringLiteral(R"(CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
END)"),
            QStringLiteral(
                R"(CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject_fold ON tickets
BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO tickets_fts (rowid, search_text) VALUES (new.id, new.search_text);
END)"),
        },
        {
            // Subject search: pg_trgm serves LIKE '%...%' on the folded subject
            // as tickets_fts does on SQLite. pg_trgm is a trusted extension, so
            // the database owner may create it.
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
            QStringLiteral("CREATE INDEX tickets_subject_trgm ON tickets "
                           "USING gin (subject_fold gin_trgm_ops)"),
            ticketNotifyFunction(),
            ticketNotifyTrigger(QStringLiteral("insert"), QStringLiteral("INSERT"),
                                QStringLiteral("NEW")),
            ticketNotifyTrigger(QStringLiteral("update"), QStringLiteral("UPDATE"),
                                QStringLiteral("NEW")),
            ticketNotifyTrigger(QStringLiteral("delete"), QStringLiteral("DELETE"),
                                QStringLiteral("OLD")),
        }};
}

// v2: the knowledge base. articles_fts needs the "switchboard" tokenizer
// registered on the connection (kb/kbdatabase.h does it for every connection).
Migration version2()
{
    return {
        2,
        QStringLiteral("knowledge base"),
        {
            QStringLiteral(R"(CREATE TABLE article_categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES article_categories (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (parent_id, name)
))"),
            // tags: comma-separated, searched rarely enough not to need a table.
            // translation_of links a translation to the article it was made from.
            // review_by: UTC ms of the day's midnight. import_key: the relative
            // path of the Markdown file that created the article, so importing
            // the same folder again updates instead of duplicating.
            QStringLiteral(R"(CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL CHECK (lang = 'ru' OR lang = 'zh' OR lang = 'en'),
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status = 'draft' OR status = 'published' OR status = 'archived'),
    category_id INTEGER REFERENCES article_categories (id) ON DELETE SET NULL,
    tags TEXT NOT NULL DEFAULT '',
    author_id INTEGER REFERENCES agents (id),
    translation_of INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    review_by INTEGER,
    import_key TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    helpful_count INTEGER NOT NULL DEFAULT 0,
    not_helpful_count INTEGER NOT NULL DEFAULT 0,
    insert_count INTEGER NOT NULL DEFAULT 0
))"),
            QStringLiteral("CREATE INDEX articles_category ON articles (category_id)"),
            QStringLiteral("CREATE INDEX articles_lang_status ON articles (lang, status)"),
            QStringLiteral("CREATE INDEX articles_translation ON articles (translation_of)"),
            QStringLiteral(R"(CREATE TABLE article_revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id INTEGER REFERENCES agents (id),
    at INTEGER NOT NULL
))"),
            QStringLiteral(
                "CREATE INDEX article_revisions_article ON article_revisions (article_id, at)"),
        },
        {
            // External content: the text lives once, in articles. Column 0 is
            // the title so bm25 can weigh it above the body.
            QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, "
                           "content='articles', content_rowid='id', tokenize='switchboard')"),
            // The index vocabulary, for typo correction.
            QStringLiteral(
                "CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab (articles_fts, 'row')"),
            QStringLiteral(R"(CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END)"),
            QStringLiteral(R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END)"),
            QStringLiteral(
                R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles
BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END)"),
        },
        {
            // Each desktop keeps a local FTS5 index of the articles
            // (kb/kblocalindex.h). sync_rev numbers every searchable change;
            // kb_sync_state.rev moves, inside the writing transaction, with
            // every change a desktop must fetch, so one row read tells it
            // whether anything happened since it last synchronised.
            QStringLiteral("CREATE SEQUENCE articles_sync_rev_seq"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN sync_rev BIGINT NOT NULL "
                           "DEFAULT nextval('articles_sync_rev_seq')"),
            QStringLiteral("CREATE TABLE kb_sync_state (id INT PRIMARY KEY CHECK (id = 1), "
                           "rev BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO kb_sync_state VALUES (1, 0)"),
            QStringLiteral(R"(CREATE FUNCTION articles_sync_touch() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    NEW.sync_rev := nextval('articles_sync_rev_seq');
    RETURN NEW;
END
$body$)"),
            QStringLiteral(R"(CREATE FUNCTION kb_sync_bump() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    UPDATE kb_sync_state SET rev = rev + 1 WHERE id = 1;
    RETURN NULL;
END
$body$)"),
            // Votes and insert counts change no search result: not a change.
            QStringLiteral("CREATE TRIGGER articles_sync_touch BEFORE UPDATE ON articles "
                           "FOR EACH ROW WHEN ((OLD.title, OLD.body, OLD.lang, OLD.status, "
                           "OLD.category_id, OLD.tags) IS DISTINCT FROM (NEW.title, NEW.body, "
                           "NEW.lang, NEW.status, NEW.category_id, NEW.tags)) "
                           "EXECUTE FUNCTION articles_sync_touch()"),
            QStringLiteral("CREATE TRIGGER articles_sync_bump_update AFTER UPDATE ON articles "
                           "FOR EACH ROW WHEN (OLD.sync_rev IS DISTINCT FROM NEW.sync_rev) "
                           "EXECUTE FUNCTION kb_sync_bump()"),
            QStringLiteral("CREATE TRIGGER articles_sync_bump AFTER INSERT OR DELETE ON "
                           "articles FOR EACH STATEMENT EXECUTE FUNCTION kb_sync_bump()"),
            QStringLiteral("CREATE TRIGGER article_categories_sync_bump AFTER INSERT OR UPDATE "
                           "OR DELETE ON article_categories FOR EACH STATEMENT "
                           "EXECUTE FUNCTION kb_sync_bump()"),
        }};
}

// The SQL columns of one metric's stored SLA state in ticket_sla; p is the
// metric's prefix (fr, nr, res). See TicketSla for their meaning.
QString slaMetricColumns(const QString& p)
{
    return QStringLiteral(R"(
    %1_phase INTEGER NOT NULL DEFAULT 0,
    %1_state INTEGER NOT NULL DEFAULT 0,
    %1_goal_s INTEGER,
    %1_limit_s INTEGER,
    %1_goal_due INTEGER,
    %1_limit_due INTEGER,
    %1_elapsed INTEGER NOT NULL DEFAULT 0,
    %1_left INTEGER NOT NULL DEFAULT 0,
    %1_paused INTEGER NOT NULL DEFAULT 0,
    %1_met_at INTEGER,
    %1_breached_at INTEGER,
    %1_cycle INTEGER NOT NULL DEFAULT 0,)")
        .arg(p);
}

// v3: SLA. Calendars and the ordered policies are stored as the JSON the CLI
// and Settings read and write. ticket_sla keeps each ticket's computed SLA
// state so the queue, the monitor and the reports need no recomputation;
// tickets.sla_due_at is the nearest running limit (or the far-future
// sentinel when no clock runs), so "most urgent first" is an index scan.
Migration version3()
{
    return {
        3,
        QStringLiteral("SLA policies, calendars and per-ticket state"),
        {
            QStringLiteral(R"(CREATE TABLE sla_calendars (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL
))"),
            QStringLiteral(R"(CREATE TABLE sla_policies (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL
))"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN sla_due_at INTEGER NOT NULL "
                           "DEFAULT 253402300799000"),
            QStringLiteral("CREATE INDEX tickets_sla_due ON tickets (sla_due_at)"),
            QStringLiteral("CREATE INDEX tickets_open_sla_due ON tickets (sla_due_at) "
                           "WHERE status_rank < 4"),
            QStringLiteral(R"(CREATE TABLE ticket_sla (
    ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    policy TEXT NOT NULL,
    calendar TEXT NOT NULL,
    computed_at INTEGER NOT NULL,%1%2%3
    next_crossing_at INTEGER,
    crossings TEXT NOT NULL DEFAULT '',
    notified TEXT NOT NULL DEFAULT ''
))")
                .arg(slaMetricColumns(QStringLiteral("fr")), slaMetricColumns(QStringLiteral("nr")),
                     slaMetricColumns(QStringLiteral("res"))),
            QStringLiteral("CREATE INDEX ticket_sla_next_crossing ON ticket_sla "
                           "(next_crossing_at) WHERE next_crossing_at IS NOT NULL"),
        },
        {},
        {
            // SLA state stored by one desktop re-arms the monitors of the others.
            notifyFunction(QStringLiteral("switchboard_notify_sla"),
                           QStringLiteral("switchboard_sla"), QStringLiteral("ticket_id")),
            notifyTrigger(QStringLiteral("ticket_sla"), QStringLiteral("switchboard_notify_sla"),
                          QStringLiteral("insert"), QStringLiteral("INSERT"),
                          QStringLiteral("NEW")),
            notifyTrigger(QStringLiteral("ticket_sla"), QStringLiteral("switchboard_notify_sla"),
                          QStringLiteral("update"), QStringLiteral("UPDATE"),
                          QStringLiteral("NEW")),
        }};
}

// v4: knowledge-base usage. A ticket is linked to an article when an agent
// inserts it into a reply (as a link or as text) or links it by hand; votes
// are one per agent and article, so counts cannot be inflated by clicking.
Migration version4()
{
    return {
        4,
        QStringLiteral("knowledge-base usage"),
        {
            QStringLiteral(R"(CREATE TABLE ticket_articles (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'link' OR kind = 'text' OR kind = 'manual'),
    agent_id INTEGER REFERENCES agents (id),
    at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, article_id)
) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX ticket_articles_article ON ticket_articles (article_id)"),
            QStringLiteral(R"(CREATE TABLE article_votes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    at INTEGER NOT NULL,
    PRIMARY KEY (article_id, agent_id)
) WITHOUT ROWID)"),
        },
        {},
        {}};
}

// v5: history from other systems and customer ratings. External ids are
// kept per source so importing the same export twice finds its tickets
// again; a rating is one survey result per ticket (REQUIREMENTS.md, rating
// system: overall score and the five criteria).
Migration version5()
{
    return {5,
            QStringLiteral("external ids and satisfaction ratings"),
            {
                QStringLiteral(R"(CREATE TABLE ticket_external_ids (
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    PRIMARY KEY (source, external_id)
) WITHOUT ROWID)"),
                QStringLiteral(
                    "CREATE INDEX ticket_external_ids_ticket ON ticket_external_ids (ticket_id)"),
                QStringLiteral(R"(CREATE TABLE ticket_ratings (
    ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    reaction INTEGER CHECK (reaction BETWEEN 1 AND 5),
    quality INTEGER CHECK (quality BETWEEN 1 AND 5),
    effectiveness INTEGER CHECK (effectiveness BETWEEN 1 AND 5),
    communication INTEGER CHECK (communication BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source = 'operator' OR source = 'survey' OR source = 'import'),
    entered_by INTEGER REFERENCES agents (id),
    rated_at INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX ticket_ratings_rated ON ticket_ratings (rated_at)"),
            },
            {},
            {}};
}

// v6: working the queue. Agents get an availability and a limit of open
// tickets (0: no limit), groups a routing mode with a round-robin cursor.
// first_contact_resolution is set when a ticket is resolved (1: one public
// reply and never reopened) and cleared to 0 by a reopening; linked_from
// points a follow-up ticket at the closed one the customer wrote about.
// Drafts are one per agent and ticket, saved as the operator types, so a
// crash loses nothing. app_settings holds team-wide settings as text.
Migration version6()
{
    return {
        6,
        QStringLiteral("lifecycle, routing, templates, drafts and time tracking"),
        {
            QStringLiteral("ALTER TABLE agents ADD COLUMN availability TEXT NOT NULL DEFAULT "
                           "'online' CHECK (availability = 'online' OR availability = 'away' "
                           "OR availability = 'offline')"),
            QStringLiteral("ALTER TABLE agents ADD COLUMN max_open INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE groups ADD COLUMN routing TEXT NOT NULL DEFAULT 'manual' "
                           "CHECK (routing = 'manual' OR routing = 'round_robin' OR "
                           "routing = 'least_open' OR routing = 'skills')"),
            QStringLiteral(
                "ALTER TABLE groups ADD COLUMN routing_cursor INTEGER NOT NULL DEFAULT 0"),
            // IANA zone; empty: the zone of the desktop that formats the time.
            QStringLiteral("ALTER TABLE customers ADD COLUMN timezone TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN first_contact_resolution INTEGER"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN linked_from INTEGER "
                           "REFERENCES tickets (id) ON DELETE SET NULL"),
            // Backfill: resolved tickets with exactly one public reply and no reopening.
            QStringLiteral(R"(UPDATE tickets SET first_contact_resolution = CASE WHEN
    (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'reply') = 1
    AND NOT EXISTS (SELECT 1 FROM ticket_events e
                    WHERE e.ticket_id = tickets.id AND e.kind = 'reopened') THEN 1 ELSE 0 END
WHERE resolved_at IS NOT NULL)"),
            QStringLiteral(R"(CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE reply_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL CHECK (lang = 'ru' OR lang = 'zh' OR lang = 'en'),
    body TEXT NOT NULL,
    usage_count INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES agents (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (name, lang)
))"),
            // The automatic acknowledgement is a template like any other, so
            // team leads can reword it; these are its shipped texts.
            QStringLiteral(R"(INSERT INTO reply_templates (name, category, lang, body, created_at,
    updated_at) VALUES
('acknowledgement', 'system', 'en', 'Hello {{customer.name}},

we have received your request #{{ticket.id}} and will answer by {{sla.first_response.due}}.', 0, 0),
('acknowledgement', 'system', 'ru', 'Здравствуйте, {{customer.name}}!

Мы получили ваше обращение №{{ticket.id}} и ответим до {{sla.first_response.due}}.', 0, 0),
('acknowledgement', 'system', 'zh', '{{customer.name}}，您好！

我们已收到您的请求 #{{ticket.id}}，将在 {{sla.first_response.due}} 之前答复您。', 0, 0))"),
            QStringLiteral(R"(CREATE TABLE drafts (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, agent_id)
) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE time_entries (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents (id),
    started_at INTEGER NOT NULL,
    seconds INTEGER NOT NULL CHECK (seconds > 0),
    source TEXT NOT NULL CHECK (source = 'timer' OR source = 'manual'),
    note TEXT NOT NULL DEFAULT ''
))"),
            QStringLiteral("CREATE INDEX time_entries_ticket ON time_entries (ticket_id)"),
            QStringLiteral(
                "CREATE INDEX time_entries_agent ON time_entries (agent_id, started_at)"),
            QStringLiteral(R"(CREATE TABLE saved_filters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    owner_id INTEGER REFERENCES agents (id) ON DELETE CASCADE,
    shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    definition TEXT NOT NULL,
    created_at INTEGER NOT NULL
))"),
        },
        {},
        {}};
}

// v7: the "Recently resolved" view reads tickets by resolution time.
Migration version7()
{
    return {7,
            QStringLiteral("resolution-time index"),
            {QStringLiteral("CREATE INDEX tickets_resolved ON tickets (resolved_at) "
                            "WHERE resolved_at IS NOT NULL")},
            {},
            {}};
}

// The same queue on PostgreSQL, with the same conditions, through two
// trigger functions (rows keyed by ticket_id, and tickets themselves).
QStringList postgresMetricsDirtyTriggers()
{
    auto function = [](const QString& name, const QString& id) {
        return QStringLiteral(R"(CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    INSERT INTO metrics_dirty (ticket_id)
        VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.%2 ELSE NEW.%2 END)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$body$)")
            .arg(name, id);
    };
    auto trigger = [](const QString& name, const QString& when, const QString& function) {
        return QStringLiteral("CREATE TRIGGER metrics_dirty_%1 %2 EXECUTE FUNCTION %3()")
            .arg(name, when, function);
    };
    const QString byTicket = QStringLiteral("metrics_dirty_by_ticket_id");
    const QString byId = QStringLiteral("metrics_dirty_by_id");
    const QString slaChanged = QStringLiteral(
        "(OLD.fr_phase, OLD.fr_state, OLD.fr_met_at, OLD.fr_breached_at, OLD.fr_limit_due, "
        "OLD.nr_phase, OLD.nr_state, OLD.nr_met_at, OLD.nr_breached_at, OLD.nr_limit_due, "
        "OLD.res_phase, OLD.res_state, OLD.res_met_at, OLD.res_breached_at, OLD.res_limit_due) "
        "IS DISTINCT FROM "
        "(NEW.fr_phase, NEW.fr_state, NEW.fr_met_at, NEW.fr_breached_at, NEW.fr_limit_due, "
        "NEW.nr_phase, NEW.nr_state, NEW.nr_met_at, NEW.nr_breached_at, NEW.nr_limit_due, "
        "NEW.res_phase, NEW.res_state, NEW.res_met_at, NEW.res_breached_at, NEW.res_limit_due)");
    return {
        function(byTicket, QStringLiteral("ticket_id")),
        function(byId, QStringLiteral("id")),
        trigger(QStringLiteral("event_insert"),
                QStringLiteral("AFTER INSERT ON ticket_events FOR EACH ROW "
                               "WHEN (NEW.kind IN ('status', 'reopened', 'reply'))"),
                byTicket),
        trigger(QStringLiteral("event_update"),
                QStringLiteral("AFTER UPDATE ON ticket_events FOR EACH ROW"), byTicket),
        trigger(QStringLiteral("event_delete"),
                QStringLiteral("AFTER DELETE ON ticket_events FOR EACH ROW"), byTicket),
        trigger(QStringLiteral("message_insert"),
                QStringLiteral("AFTER INSERT ON messages FOR EACH ROW "
                               "WHEN (NEW.kind = 'customer')"),
                byTicket),
        trigger(QStringLiteral("message_delete"),
                QStringLiteral("AFTER DELETE ON messages FOR EACH ROW "
                               "WHEN (OLD.kind = 'customer')"),
                byTicket),
        trigger(QStringLiteral("sla_insert"),
                QStringLiteral("AFTER INSERT ON ticket_sla FOR EACH ROW"), byTicket),
        trigger(QStringLiteral("sla_update"),
                QStringLiteral("AFTER UPDATE ON ticket_sla FOR EACH ROW WHEN (%1)").arg(slaChanged),
                byTicket),
        trigger(QStringLiteral("ticket_update"),
                QStringLiteral("AFTER UPDATE OF created_at, group_id ON tickets FOR EACH ROW "
                               "WHEN ((OLD.created_at, OLD.group_id) IS DISTINCT FROM "
                               "(NEW.created_at, NEW.group_id))"),
                byId),
        trigger(QStringLiteral("ticket_delete"),
                QStringLiteral("AFTER DELETE ON tickets FOR EACH ROW"), byId),
    };
}

// v8: hourly facts for the dashboards (docs/metrics.md, "Daily facts").
// Triggers queue every ticket whose history or stored SLA outcome changed,
// whoever wrote it; MetricsFactStore folds the queue into the facts.
Migration version8()
{
    auto dirty = [](const QString& name, const QString& when, const QString& id) {
        // Not INSERT OR IGNORE: an outer statement's conflict clause (an
        // upsert of ticket_sla) would override it and fail the write.
        return QStringLiteral("CREATE TRIGGER metrics_dirty_%1 %2 BEGIN "
                              "INSERT INTO metrics_dirty (ticket_id) SELECT %3 WHERE NOT EXISTS "
                              "(SELECT 1 FROM metrics_dirty WHERE ticket_id = %3); END")
            .arg(name, when, id);
    };
    return {
        8,
        QStringLiteral("hourly metrics facts"),
        {
            QStringLiteral(
                "CREATE TABLE metrics_hourly (hour INTEGER NOT NULL, "
                "group_id INTEGER NOT NULL, open_delta INTEGER NOT NULL, "
                "items BLOB NOT NULL, sums BLOB, PRIMARY KEY (hour, group_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE metrics_ticket_facts (ticket_id INTEGER PRIMARY KEY, "
                           "group_id INTEGER NOT NULL, items BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE metrics_dirty (ticket_id INTEGER PRIMARY KEY)"),
        },
        {dirty(QStringLiteral("event_insert"),
               QStringLiteral("AFTER INSERT ON ticket_events "
                              "WHEN NEW.kind IN ('status', 'reopened', 'reply')"),
               QStringLiteral("NEW.ticket_id")),
         dirty(QStringLiteral("event_update"), QStringLiteral("AFTER UPDATE ON ticket_events"),
               QStringLiteral("NEW.ticket_id")),
         dirty(QStringLiteral("event_delete"), QStringLiteral("AFTER DELETE ON ticket_events"),
               QStringLiteral("OLD.ticket_id")),
         dirty(QStringLiteral("message_insert"),
               QStringLiteral("AFTER INSERT ON messages WHEN NEW.kind = 'customer'"),
               QStringLiteral("NEW.ticket_id")),
         dirty(QStringLiteral("message_delete"),
               QStringLiteral("AFTER DELETE ON messages WHEN OLD.kind = 'customer'"),
               QStringLiteral("OLD.ticket_id")),
         dirty(QStringLiteral("sla_insert"), QStringLiteral("AFTER INSERT ON ticket_sla"),
               QStringLiteral("NEW.ticket_id")),
         dirty(QStringLiteral("sla_update"),
               QStringLiteral("AFTER UPDATE ON ticket_sla WHEN %1")
                   .arg(QStringLiteral(
                       "OLD.fr_phase IS NOT NEW.fr_phase OR OLD.fr_state IS NOT NEW.fr_state OR "
                       "OLD.fr_met_at IS NOT NEW.fr_met_at OR OLD.fr_breached_at IS NOT "
                       "NEW.fr_breached_at OR OLD.fr_limit_due IS NOT NEW.fr_limit_due OR "
                       "OLD.nr_phase IS NOT NEW.nr_phase OR OLD.nr_state IS NOT NEW.nr_state OR "
                       "OLD.nr_met_at IS NOT NEW.nr_met_at OR OLD.nr_breached_at IS NOT "
                       "NEW.nr_breached_at OR OLD.nr_limit_due IS NOT NEW.nr_limit_due OR "
                       "OLD.res_phase IS NOT NEW.res_phase OR OLD.res_state IS NOT NEW.res_state "
                       "OR OLD.res_met_at IS NOT NEW.res_met_at OR OLD.res_breached_at IS NOT "
                       "NEW.res_breached_at OR OLD.res_limit_due IS NOT NEW.res_limit_due")),
               QStringLiteral("NEW.ticket_id")),
         dirty(QStringLiteral("ticket_update"),
               QStringLiteral("AFTER UPDATE OF created_at, group_id ON tickets "
                              "WHEN OLD.created_at IS NOT NEW.created_at "
                              "OR OLD.group_id IS NOT NEW.group_id"),
               QStringLiteral("NEW.id")),
         dirty(QStringLiteral("ticket_delete"), QStringLiteral("AFTER DELETE ON tickets"),
               QStringLiteral("OLD.id"))},
        postgresMetricsDirtyTriggers()};
}

} // namespace

QList<Migration> schemaMigrations()
{
    return {version1(), version2(), version3(), version4(),
            version5(), version6(), version7(), version8()};
}

} // namespace Switchboard
