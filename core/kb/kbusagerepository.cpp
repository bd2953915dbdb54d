// SPDX-License-Identifier: MIT
#include "kbusagerepository.h"

#include "common/tr.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Switchboard {
namespace {

Error saveError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the knowledge base could not be saved: %1").arg(query.lastError().text())};
}

Error readError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the knowledge base could not be read: %1").arg(query.lastError().text())};
}

Error noArticle(qint64 id)
{
    return Error{ErrorKind::NotFound, Tr::tr("there is no such article"), QString::number(id)};
}

// Existence checks for the rows a write refers to, so that a wrong id reads
// as "no such agent" rather than as SQLite's "FOREIGN KEY constraint failed".
Result<bool> rowExists(QSqlDatabase& db, const QString& table, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return readError(query);
    return query.next();
}

} // namespace

KbUsageRepository::KbUsageRepository(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QString KbUsageRepository::toKey(KbInsertKind kind)
{
    switch (kind) {
    case KbInsertKind::Link:
        return QStringLiteral("link");
    case KbInsertKind::Text:
        return QStringLiteral("text");
    case KbInsertKind::Manual:
        break;
    }
    return QStringLiteral("manual");
}

Result<KbArticleUsage> KbUsageRepository::usage(QSqlDatabase& db, qint64 articleId) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT helpful_count, not_helpful_count, insert_count "
                                 "FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return noArticle(articleId);
    KbArticleUsage usage;
    usage.articleId = articleId;
    usage.helpfulCount = query.value(0).toInt();
    usage.notHelpfulCount = query.value(1).toInt();
    usage.insertCount = query.value(2).toInt();
    return usage;
}

Result<KbArticleUsage> KbUsageRepository::usage(qint64 articleId) const
{
    QSqlDatabase db = m_database->connection();
    return usage(db, articleId);
}

Result<KbArticleUsage> KbUsageRepository::vote(qint64 articleId, qint64 agentId, bool helpful) const
{
    if (agentId <= 0)
        return Error{ErrorKind::Usage, Tr::tr("votes are counted per agent: choose who you are "
                                              "before voting")};
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);

    // The counters move first, by the difference between the agent's earlier
    // vote (read inside the same statement) and the new one. Writing before
    // reading also takes SQLite's write lock at once: a transaction that
    // reads first can fail to upgrade when another connection wrote meanwhile.
    QSqlQuery counters(db);
    counters.prepare(QStringLiteral(
        "UPDATE articles SET "
        "helpful_count = helpful_count + CASE WHEN ? = 1 THEN 1 ELSE 0 END - coalesce((SELECT "
        "CASE WHEN helpful = 1 THEN 1 ELSE 0 END FROM article_votes WHERE article_id = ? AND "
        "agent_id = ?), 0), "
        "not_helpful_count = not_helpful_count + CASE WHEN ? = 0 THEN 1 ELSE 0 END - "
        "coalesce((SELECT CASE WHEN helpful = 0 THEN 1 ELSE 0 END FROM article_votes WHERE "
        "article_id = ? AND agent_id = ?), 0) "
        "WHERE id = ?"));
    for (int i = 0; i < 2; ++i) {
        counters.addBindValue(helpful ? 1 : 0);
        counters.addBindValue(articleId);
        counters.addBindValue(agentId);
    }
    counters.addBindValue(articleId);
    if (!counters.exec())
        return saveError(counters);
    if (counters.numRowsAffected() == 0)
        return noArticle(articleId);
    counters.finish();

    auto agent = rowExists(db, QStringLiteral("agents"), agentId);
    if (!agent)
        return agent.error();
    if (!agent.value())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such agent"),
                     QString::number(agentId)};

    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO article_votes (article_id, agent_id, helpful, at) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (article_id, agent_id) "
                                  "DO UPDATE SET helpful = excluded.helpful, at = excluded.at"));
    upsert.addBindValue(articleId);
    upsert.addBindValue(agentId);
    upsert.addBindValue(helpful ? 1 : 0);
    upsert.addBindValue(m_clock.nowMs());
    if (!upsert.exec())
        return saveError(upsert);
    upsert.finish();

    auto result = usage(db, articleId);
    if (!result)
        return result;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return result;
}

Result<std::optional<bool>> KbUsageRepository::voteOf(qint64 articleId, qint64 agentId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT helpful FROM article_votes WHERE article_id = ? AND agent_id = ?"));
    query.addBindValue(articleId);
    query.addBindValue(agentId);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return std::optional<bool>{};
    return std::optional<bool>{query.value(0).toInt() != 0};
}

Result<KbArticleUsage> KbUsageRepository::recordInsert(qint64 ticketId, qint64 articleId,
                                                       qint64 agentId, KbInsertKind kind) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);

    // A write first, for the same reason as in vote().
    QSqlQuery count(db);
    count.prepare(QStringLiteral("UPDATE articles SET insert_count = insert_count + 1 "
                                 "WHERE id = ?"));
    count.addBindValue(articleId);
    if (!count.exec())
        return saveError(count);
    if (count.numRowsAffected() == 0)
        return noArticle(articleId);
    count.finish();

    auto ticket = rowExists(db, QStringLiteral("tickets"), ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such ticket"),
                     QString::number(ticketId)};
    if (agentId > 0) {
        auto agent = rowExists(db, QStringLiteral("agents"), agentId);
        if (!agent)
            return agent.error();
        if (!agent.value())
            return Error{ErrorKind::NotFound, Tr::tr("there is no such agent"),
                         QString::number(agentId)};
    }

    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO ticket_articles (ticket_id, article_id, kind, "
                                "agent_id, at) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (ticket_id, article_id) DO NOTHING"));
    link.addBindValue(ticketId);
    link.addBindValue(articleId);
    link.addBindValue(toKey(kind));
    link.addBindValue(agentId > 0 ? QVariant(agentId) : QVariant(QMetaType(QMetaType::LongLong)));
    link.addBindValue(m_clock.nowMs());
    if (!link.exec())
        return saveError(link);
    link.finish();

    auto result = usage(db, articleId);
    if (!result)
        return result;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return result;
}

Result<QList<qint64>> KbUsageRepository::linkedArticles(qint64 ticketId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT article_id FROM ticket_articles WHERE ticket_id = ? "
                                 "ORDER BY at, article_id"));
    query.addBindValue(ticketId);
    if (!query.exec())
        return readError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<KbCoverageReport> KbUsageRepository::coverageGaps(const KbCoverageOptions& options) const
{
    // One statement, so the window is read once: `recent` is the newest
    // resolved or closed tickets, read backwards along the rowid (no sort),
    // each marked by one primary-key probe of ticket_articles. Only those
    // rows are grouped, by type and by folded subject; a last row carries
    // the window's size. Kind 0: type, 1: subject, 2: the size.
    const QString sql = QStringLiteral(R"(
WITH recent AS MATERIALIZED (
    SELECT t.id, t.type, t.subject_fold,
        CASE WHEN NOT EXISTS (SELECT 1 FROM ticket_articles AS ta WHERE ta.ticket_id = t.id)
            THEN 1 ELSE 0 END AS bare
    FROM tickets AS t WHERE t.status_rank >= 4 ORDER BY t.id DESC LIMIT :window),
types AS (
    SELECT 0 AS kind, type AS key, sum(bare) AS bare, count(*) AS total,
        max(CASE WHEN bare = 1 THEN id END) AS example
    FROM recent GROUP BY type HAVING sum(bare) > 0),
subjects AS (
    SELECT 1 AS kind, subject_fold AS key, sum(bare) AS bare, count(*) AS total,
        max(CASE WHEN bare = 1 THEN id END) AS example
    FROM recent GROUP BY subject_fold HAVING sum(bare) >= :min
    ORDER BY bare DESC, example DESC LIMIT :limit),
size AS (SELECT 2 AS kind, '' AS key, 0 AS bare, count(*) AS total, 0 AS example FROM recent)
SELECT g.kind, g.key, g.bare, g.total, g.example, t.subject
FROM (SELECT * FROM types UNION ALL SELECT * FROM subjects UNION ALL SELECT * FROM size) AS g
LEFT JOIN tickets AS t ON t.id = g.example
ORDER BY g.kind, g.bare DESC, g.example DESC)");

    QSqlQuery query(m_database->connection());
    if (!query.prepare(sql))
        return readError(query);
    query.bindValue(QStringLiteral(":window"), std::max(0, options.window));
    query.bindValue(QStringLiteral(":min"), std::max(1, options.minTickets));
    query.bindValue(QStringLiteral(":limit"), std::max(0, options.limit));
    if (!query.exec())
        return readError(query);

    KbCoverageReport report;
    while (query.next()) {
        const int kind = query.value(0).toInt();
        if (kind == 2) {
            report.ticketsRead = query.value(3).toInt();
            continue;
        }
        KbCoverageGap gap;
        gap.key = query.value(1).toString();
        gap.ticketCount = query.value(2).toInt();
        gap.resolvedCount = query.value(3).toInt();
        gap.exampleTicketId = query.value(4).toLongLong();
        if (kind == 1) {
            gap.subject = query.value(5).toString();
            report.subjects.append(gap);
        } else {
            report.types.append(gap);
        }
    }
    return report;
}

} // namespace Switchboard
