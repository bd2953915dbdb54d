// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

// How an article came to be linked to a ticket (ticket_articles.kind).
enum class KbInsertKind
{
    Link,   // a link to the article inserted into a reply
    Text,   // the article's text inserted into a reply
    Manual, // linked by hand, without inserting anything
};

// An article's stored usage counters.
struct KbArticleUsage
{
    qint64 articleId = 0;
    int helpfulCount = 0;
    int notHelpfulCount = 0;
    int insertCount = 0;
};

// A frequent kind of request that resolved tickets had to answer without an
// article: a ticket type, or a subject as typed (folded for grouping).
struct KbCoverageGap
{
    QString key;                // the type key ("fault") or the folded subject
    QString subject;            // the example ticket's subject as written; empty for a type
    int ticketCount = 0;        // resolved or closed tickets of that kind without an article
    int resolvedCount = 0;      // all resolved or closed tickets of that kind in the window
    qint64 exampleTicketId = 0; // the newest of them
};

struct KbCoverageOptions
{
    // Only the newest `window` resolved or closed tickets are read: gaps are
    // about what agents meet now, and the window keeps the query's cost
    // independent of how many years of history the database holds.
    int window = 50000;
    int minTickets = 3; // a subject needs this many tickets without an article
    int limit = 20;     // subjects returned
};

struct KbCoverageReport
{
    QList<KbCoverageGap> types;    // every type with a ticket without an article, most first
    QList<KbCoverageGap> subjects; // the most frequent subjects, most first
    int ticketsRead = 0;           // resolved or closed tickets in the window
};

// How the knowledge base is used: agents' votes, articles inserted into
// tickets, and the coverage gaps found by comparing the two with resolved
// tickets. Keeps the counters on articles (helpful_count, not_helpful_count,
// insert_count) consistent with the rows they count, each change in one
// transaction. Usable from any thread.
class KbUsageRepository
{
public:
    explicit KbUsageRepository(DatabasePtr database, const Clock& clock = Clock::system());

    // One vote per agent and article: voting again replaces the agent's
    // earlier vote. Returns the article's counters after the vote.
    Result<KbArticleUsage> vote(qint64 articleId, qint64 agentId, bool helpful) const;
    // The agent's vote on the article; nullopt when the agent has not voted.
    Result<std::optional<bool>> voteOf(qint64 articleId, qint64 agentId) const;
    Result<KbArticleUsage> usage(qint64 articleId) const;

    // Counts one use of the article and links it to the ticket. Using the
    // same article in the same ticket again counts again but keeps the first
    // link (its kind, agent and time). agentId 0: no agent (an import).
    Result<KbArticleUsage> recordInsert(qint64 ticketId, qint64 articleId, qint64 agentId,
                                        KbInsertKind kind) const;
    // The articles linked to a ticket, in the order they were linked.
    Result<QList<qint64>> linkedArticles(qint64 ticketId) const;

    Result<KbCoverageReport> coverageGaps(const KbCoverageOptions& options = {}) const;

    static QString toKey(KbInsertKind kind);

private:
    Result<KbArticleUsage> usage(QSqlDatabase& db, qint64 articleId) const;

    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
