// SPDX-License-Identifier: MIT
#include "kbcatalog.h"

#include "common/tr.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace Switchboard {
namespace {

// The columns summaryFrom() reads, in its order.
const QString kSummaryColumns = QStringLiteral(
    "a.id, a.title, a.lang, a.status, a.category_id, a.translation_of, a.updated_at, a.review_by, "
    "a.helpful_count, a.not_helpful_count, a.insert_count");

// Keeps each IN list well below SQLite's limit on bound parameters.
constexpr qsizetype kIdsPerQuery = 500;

KbArticleSummary summaryFrom(const QSqlQuery& query)
{
    KbArticleSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.title = query.value(1).toString();
    summary.lang = query.value(2).toString();
    summary.status = query.value(3).toString();
    summary.categoryId = query.value(4).toLongLong();
    summary.translationOf = query.value(5).toLongLong();
    summary.updatedAt = query.value(6).toLongLong();
    if (!query.value(7).isNull())
        summary.reviewBy =
            QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), QTimeZone::utc()).date();
    summary.helpfulCount = query.value(8).toInt();
    summary.notHelpfulCount = query.value(9).toInt();
    summary.insertCount = query.value(10).toInt();
    return summary;
}

Error readError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the knowledge base could not be read: %1").arg(query.lastError().text())};
}

Result<QList<KbArticleSummary>> readSummaries(QSqlQuery& query)
{
    if (!query.exec())
        return readError(query);
    QList<KbArticleSummary> list;
    while (query.next())
        list.append(summaryFrom(query));
    return list;
}

} // namespace

KbCatalog::KbCatalog(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<QList<KbCategory>> KbCatalog::categories() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT id, parent_id, name, position FROM article_categories")))
        return readError(query);
    QHash<qint64, KbCategory> byId;
    QHash<qint64, QList<qint64>> children; // parent id (0: top level) -> ids
    while (query.next()) {
        KbCategory category;
        category.id = query.value(0).toLongLong();
        category.parentId = query.value(1).toLongLong();
        category.name = query.value(2).toString();
        category.position = query.value(3).toInt();
        byId.insert(category.id, category);
        children[category.parentId].append(category.id);
    }
    if (!query.exec(QStringLiteral("SELECT category_id, count(*) FROM articles "
                                   "WHERE category_id IS NOT NULL GROUP BY category_id")))
        return readError(query);
    while (query.next()) {
        auto category = byId.find(query.value(0).toLongLong());
        if (category != byId.end())
            category->ownArticleCount = query.value(1).toInt();
    }

    for (QList<qint64>& siblings : children) {
        std::sort(siblings.begin(), siblings.end(), [&byId](qint64 a, qint64 b) {
            const KbCategory& ca = byId[a];
            const KbCategory& cb = byId[b];
            if (ca.position != cb.position)
                return ca.position < cb.position;
            const int byName = QString::localeAwareCompare(ca.name, cb.name);
            return byName != 0 ? byName < 0 : a < b;
        });
    }

    // Depth first from the top level, so parents come before their children
    // and the totals add up from the leaves. A cycle made by hand in the
    // database is not reachable from the top and is left out.
    QList<KbCategory> ordered;
    QSet<qint64> visited;
    std::function<int(qint64)> visit = [&](qint64 id) {
        if (visited.contains(id))
            return 0;
        visited.insert(id);
        const qsizetype index = ordered.size();
        ordered.append(byId.value(id));
        int total = ordered.at(index).ownArticleCount;
        for (qint64 child : children.value(id))
            total += visit(child);
        ordered[index].articleCount = total;
        return total;
    };
    for (qint64 id : children.value(0))
        visit(id);
    return ordered;
}

Result<int> KbCatalog::articleCount() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles")) || !query.next())
        return readError(query);
    return query.value(0).toInt();
}

Result<QList<KbArticleSummary>> KbCatalog::articles(const KbBrowseOptions& options) const
{
    QString sql = QStringLiteral("SELECT %1 FROM articles AS a WHERE TRUE").arg(kSummaryColumns);
    if (options.categoryId > 0)
        sql += QStringLiteral(
            " AND a.category_id IN (WITH RECURSIVE below(id) AS (SELECT CAST(:category AS "
            "BIGINT) UNION "
            "SELECT c.id FROM article_categories AS c JOIN below ON c.parent_id = below.id) "
            "SELECT id FROM below)");
    if (!options.lang.isEmpty())
        sql += QStringLiteral(" AND a.lang = :lang");
    if (!options.status.isEmpty())
        sql += QStringLiteral(" AND a.status = :status");
    sql += options.order == KbBrowseOrder::Title
               ? QStringLiteral(" ORDER BY a.title, a.id")
               : QStringLiteral(" ORDER BY a.updated_at DESC, a.id DESC");
    sql += QStringLiteral(" LIMIT :limit");

    QSqlQuery query(m_database->connection());
    if (!query.prepare(sql))
        return readError(query);
    if (options.categoryId > 0)
        query.bindValue(QStringLiteral(":category"), options.categoryId);
    if (!options.lang.isEmpty())
        query.bindValue(QStringLiteral(":lang"), options.lang);
    if (!options.status.isEmpty())
        query.bindValue(QStringLiteral(":status"), options.status);
    query.bindValue(QStringLiteral(":limit"), std::max(0, options.limit));
    return readSummaries(query);
}

Result<QList<KbArticleSummary>> KbCatalog::summaries(const QList<qint64>& ids) const
{
    QHash<qint64, KbArticleSummary> found;
    QSqlQuery query(m_database->connection());
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerQuery) {
        const QList<qint64> chunk = ids.mid(from, kIdsPerQuery);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        if (!query.prepare(QStringLiteral("SELECT %1 FROM articles AS a WHERE a.id IN (%2)")
                               .arg(kSummaryColumns, marks.join(QLatin1Char(',')))))
            return readError(query);
        for (qint64 id : chunk)
            query.addBindValue(id);
        auto part = readSummaries(query);
        if (!part)
            return part.error();
        for (const KbArticleSummary& summary : std::as_const(part.value()))
            found.insert(summary.id, summary);
    }
    QList<KbArticleSummary> ordered;
    for (qint64 id : ids) {
        auto summary = found.constFind(id);
        if (summary != found.cend())
            ordered.append(summary.value());
    }
    return ordered;
}

Result<QList<KbArticleSummary>> KbCatalog::translations(qint64 articleId) const
{
    // Translations point at their original, one level deep (ArticleEditor
    // and the Markdown import both link to the original, never to another
    // translation), so the original and its translations are the group.
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM articles AS a, (SELECT coalesce(translation_of, "
                                 "id) AS root FROM articles WHERE id = :id) AS r "
                                 "WHERE (a.id = r.root OR a.translation_of = r.root) "
                                 "AND a.id <> :id ORDER BY a.lang, a.id")
                      .arg(kSummaryColumns));
    query.bindValue(QStringLiteral(":id"), articleId);
    return readSummaries(query);
}

Result<QList<KbArticleSummary>> KbCatalog::dueForReview(const QDate& today, int limit) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM articles AS a WHERE a.status = 'published' AND "
                                 "a.review_by <= ? ORDER BY a.review_by, a.id LIMIT ?")
                      .arg(kSummaryColumns));
    // review_by holds the UTC ms of the day's midnight (ArticleRepository).
    query.addBindValue(QDateTime(today, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    query.addBindValue(std::max(0, limit));
    return readSummaries(query);
}

Result<QList<KbArticleSummary>> KbCatalog::mostUsed(int limit) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM articles AS a WHERE a.insert_count > 0 "
                                 "ORDER BY a.insert_count DESC, a.id LIMIT ?")
                      .arg(kSummaryColumns));
    query.addBindValue(std::max(0, limit));
    return readSummaries(query);
}

Result<QList<KbArticleSummary>> KbCatalog::leastHelpful(int minVotes, int limit) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM articles AS a WHERE a.not_helpful_count > 0 AND "
                       "a.helpful_count + a.not_helpful_count >= ? ORDER BY "
                       "a.not_helpful_count * 1.0 / (a.helpful_count + a.not_helpful_count) DESC, "
                       "a.not_helpful_count DESC, a.id LIMIT ?")
            .arg(kSummaryColumns));
    query.addBindValue(std::max(1, minVotes));
    query.addBindValue(std::max(0, limit));
    return readSummaries(query);
}

} // namespace Switchboard
