// SPDX-License-Identifier: MIT
#include "articlerepository.h"

#include "common/tr.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace Switchboard {
namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// A review date is stored as the UTC ms of its midnight, like every other time.
QVariant reviewByValue(const QDate& date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::LongLong));
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDate reviewByDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc()).date();
}

// Guards the walk up the category tree against a cycle made by hand.
constexpr int kMaxCategoryDepth = 64;

bool sameContent(const Article& a, const Article& b)
{
    return a.title == b.title && a.body == b.body && a.lang == b.lang && a.status == b.status &&
           a.categoryId == b.categoryId && a.tags == b.tags && a.authorId == b.authorId &&
           a.translationOf == b.translationOf && a.reviewBy == b.reviewBy;
}

Error databaseError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the knowledge base could not be saved: %1").arg(query.lastError().text())};
}

} // namespace

ArticleRepository::ArticleRepository(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QStringList categoryPathParts(const QString& path)
{
    QStringList parts = path.split(QLatin1Char('/'));
    for (QString& part : parts)
        part = part.trimmed();
    return parts;
}

Status ArticleRepository::addRevision(QSqlDatabase& db, qint64 id, const Article& article,
                                      qint64 at) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO article_revisions (article_id, title, body, "
                                 "author_id, at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(text(article.title));
    query.addBindValue(text(article.body));
    query.addBindValue(idOrNull(article.authorId));
    query.addBindValue(at);
    if (!query.exec())
        return databaseError(query);
    return {};
}

Result<qint64> ArticleRepository::insert(QSqlDatabase& db, const Article& article,
                                         qint64 explicitId, const QString& importKey,
                                         qint64 now) const
{
    QSqlQuery query(db);
    // The id column is left out unless given: PostgreSQL's identity column,
    // unlike SQLite's rowid, does not number an explicit NULL.
    query.prepare(
        QStringLiteral("INSERT INTO articles (%1title, body, lang, status, category_id, tags, "
                       "author_id, translation_of, review_by, import_key, created_at, updated_at) "
                       "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .arg(explicitId > 0 ? QStringLiteral("id, ") : QString(),
                 explicitId > 0 ? QStringLiteral("?, ") : QString()));
    if (explicitId > 0)
        query.addBindValue(explicitId);
    query.addBindValue(text(article.title));
    query.addBindValue(text(article.body));
    query.addBindValue(text(article.lang));
    query.addBindValue(text(article.status));
    query.addBindValue(idOrNull(article.categoryId));
    query.addBindValue(text(article.tags));
    query.addBindValue(idOrNull(article.authorId));
    query.addBindValue(idOrNull(article.translationOf));
    query.addBindValue(reviewByValue(article.reviewBy));
    query.addBindValue(textOrNull(importKey));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (explicitId > 0) {
        if (Status synced = SqlDialect::syncIdentity(db, QStringLiteral("articles")); !synced)
            return synced.error();
    }
    if (Status status = addRevision(db, id, article, now); !status)
        return status.error();
    return id;
}

// Saves every field but the author, which stays the article's creator.
Status ArticleRepository::write(QSqlDatabase& db, const Article& article, qint64 now) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE articles SET title = ?, body = ?, lang = ?, status = ?, category_id = ?, "
        "tags = ?, translation_of = ?, review_by = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(text(article.title));
    query.addBindValue(text(article.body));
    query.addBindValue(text(article.lang));
    query.addBindValue(text(article.status));
    query.addBindValue(idOrNull(article.categoryId));
    query.addBindValue(text(article.tags));
    query.addBindValue(idOrNull(article.translationOf));
    query.addBindValue(reviewByValue(article.reviewBy));
    query.addBindValue(now);
    query.addBindValue(article.id);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 0)
        return Error{ErrorKind::NotFound, Tr::tr("there is no such article"),
                     QString::number(article.id)};
    query.finish();
    return addRevision(db, article.id, article, now);
}

Result<qint64> ArticleRepository::create(const Article& article) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    auto id = insert(db, article, 0, QString(), m_clock.nowMs());
    if (!id)
        return id;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ArticleRepository::update(const Article& article) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (Status status = write(db, article, m_clock.nowMs()); !status)
        return status;
    return transaction.commit();
}

namespace {

const QString kArticleColumns =
    QStringLiteral("id, title, body, lang, status, category_id, tags, author_id, translation_of, "
                   "created_at, updated_at, review_by");

Article articleFrom(const QSqlQuery& query)
{
    Article article;
    article.id = query.value(0).toLongLong();
    article.title = query.value(1).toString();
    article.body = query.value(2).toString();
    article.lang = query.value(3).toString();
    article.status = query.value(4).toString();
    article.categoryId = query.value(5).toLongLong();
    article.tags = query.value(6).toString();
    article.authorId = query.value(7).toLongLong();
    article.translationOf = query.value(8).toLongLong();
    article.createdAt = query.value(9).toLongLong();
    article.updatedAt = query.value(10).toLongLong();
    article.reviewBy = reviewByDate(query.value(11));
    return article;
}

// The columns revisionFrom() reads, in its order.
const QString kRevisionColumns = QStringLiteral("id, article_id, title, body, author_id, at");

ArticleRevision revisionFrom(const QSqlQuery& query)
{
    ArticleRevision revision;
    revision.id = query.value(0).toLongLong();
    revision.articleId = query.value(1).toLongLong();
    revision.title = query.value(2).toString();
    revision.body = query.value(3).toString();
    revision.authorId = query.value(4).toLongLong();
    revision.at = query.value(5).toLongLong();
    return revision;
}

} // namespace

Result<Article> ArticleRepository::get(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(kArticleColumns));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such article"), QString::number(id)};
    return articleFrom(query);
}

Result<bool> ArticleRepository::exists(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    return query.next();
}

Result<QList<Article>> ArticleRepository::all() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM articles ORDER BY id").arg(kArticleColumns)))
        return databaseError(query);
    QList<Article> articles;
    while (query.next())
        articles.append(articleFrom(query));
    return articles;
}

Result<int> ArticleRepository::revisionCount(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM article_revisions WHERE article_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return databaseError(query);
    return query.value(0).toInt();
}

Result<QList<ArticleRevision>> ArticleRepository::revisions(qint64 articleId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM article_revisions WHERE article_id = ? "
                                 "ORDER BY at, id")
                      .arg(kRevisionColumns));
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    QList<ArticleRevision> list;
    while (query.next())
        list.append(revisionFrom(query));
    return list;
}

Result<ArticleRevision> ArticleRepository::revision(qint64 revisionId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM article_revisions WHERE id = ?").arg(kRevisionColumns));
    query.addBindValue(revisionId);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such revision"),
                     QString::number(revisionId)};
    return revisionFrom(query);
}

Status ArticleRepository::restoreRevision(qint64 revisionId, qint64 authorId) const
{
    auto revision = this->revision(revisionId);
    if (!revision)
        return revision.error();
    auto article = get(revision->articleId);
    if (!article)
        return article.error();
    article->title = revision->title;
    article->body = revision->body;
    // update() keeps the article's author and records this one on the revision.
    if (authorId > 0)
        article->authorId = authorId;
    return update(article.value());
}

Result<QString> ArticleRepository::categoryPath(qint64 categoryId) const
{
    QStringList names;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT parent_id, name FROM article_categories WHERE id = ?"));
    for (qint64 id = categoryId; id > 0 && names.size() < kMaxCategoryDepth;) {
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(query);
        if (!query.next())
            return Error{ErrorKind::NotFound, Tr::tr("there is no such category"),
                         QString::number(id)};
        id = query.value(0).toLongLong();
        names.prepend(query.value(1).toString());
    }
    return names.join(QLatin1Char('/'));
}

Result<qint64> ArticleRepository::categoryIdByPath(const QString& path) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id FROM article_categories "
                                 "WHERE parent_id IS NOT DISTINCT FROM ? AND name = ?"));
    qint64 id = 0;
    for (const QString& name : categoryPathParts(path)) {
        if (name.isEmpty())
            continue;
        query.addBindValue(idOrNull(id));
        query.addBindValue(name);
        if (!query.exec())
            return databaseError(query);
        if (!query.next())
            return Error{ErrorKind::NotFound, Tr::tr("there is no such category"), path};
        id = query.value(0).toLongLong();
    }
    if (id == 0)
        return Error{ErrorKind::NotFound, Tr::tr("there is no such category"), path};
    return id;
}

Result<QString> ArticleRepository::agentLogin(qint64 agentId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT login FROM agents WHERE id = ?"));
    query.addBindValue(agentId);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such agent"),
                     QString::number(agentId)};
    return query.value(0).toString();
}

Result<qint64> ArticleRepository::ensureCategory(QSqlDatabase& db, const QString& path) const
{
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM article_categories "
                                "WHERE parent_id IS NOT DISTINCT FROM ? AND name = ?"));
    QSqlQuery add(db);
    add.prepare(QStringLiteral(
        "INSERT INTO article_categories (parent_id, name) VALUES (?, ?) RETURNING id"));
    qint64 id = 0;
    for (const QString& name : categoryPathParts(path)) {
        find.addBindValue(idOrNull(id));
        find.addBindValue(name);
        if (!find.exec())
            return databaseError(find);
        if (find.next()) {
            id = find.value(0).toLongLong();
            continue;
        }
        add.addBindValue(idOrNull(id));
        add.addBindValue(name);
        if (!add.exec() || !add.next())
            return databaseError(add);
        id = add.value(0).toLongLong();
        add.finish();
    }
    return id;
}

Result<ImportCounts>
ArticleRepository::saveImported(const QList<ImportedArticle>& items, bool dryRun,
                                const std::function<bool(int done)>& proceed) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    const qint64 now = m_clock.nowMs();
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged
    };
    QList<qint64> ids;
    QList<Outcome> outcomes;
    QHash<QString, qint64> categories;
    QHash<qint64, QString> seen; // article id -> location of the item that saves it
    QSqlQuery byKey(db);
    byKey.prepare(QStringLiteral("SELECT id FROM articles WHERE import_key = ?"));

    for (const ImportedArticle& item : items) {
        if (proceed && !proceed(int(ids.size())))
            return Error{ErrorKind::Runtime,
                         Tr::tr("the import was cancelled; nothing was written")};
        Article article = item.article;
        if (!item.categoryPath.isEmpty()) {
            auto category = categories.constFind(item.categoryPath);
            if (category == categories.cend()) {
                auto made = ensureCategory(db, item.categoryPath);
                if (!made)
                    return made.error();
                category = categories.insert(item.categoryPath, made.value());
            }
            article.categoryId = category.value();
        } else {
            article.categoryId = 0;
        }

        qint64 target = 0;
        if (article.id > 0) {
            auto found = exists(article.id);
            if (!found)
                return found.error();
            target = found.value() ? article.id : 0;
        } else if (!item.importKey.isEmpty()) {
            byKey.addBindValue(item.importKey);
            if (!byKey.exec())
                return databaseError(byKey);
            if (byKey.next())
                target = byKey.value(0).toLongLong();
            byKey.finish();
        }
        if (target > 0 && seen.contains(target))
            return Error{ErrorKind::BadInput,
                         Tr::tr("article %1 is also imported from %2")
                             .arg(QString::number(target), seen.value(target)),
                         item.location};

        if (target == 0) {
            // Links inside the import are set once every id is known.
            if (item.translationOfIndex >= 0)
                article.translationOf = 0;
            auto id =
                insert(db, article, article.id, article.id > 0 ? QString() : item.importKey, now);
            if (!id)
                return Error{id.error().kind, id.error().message, item.location};
            target = id.value();
            outcomes.append(Outcome::Created);
        } else {
            auto old = get(target);
            if (!old)
                return old.error();
            article.id = target;
            article.authorId = old->authorId;
            if (item.translationOfIndex >= 0)
                article.translationOf = old->translationOf;
            if (sameContent(article, old.value())) {
                outcomes.append(Outcome::Unchanged);
            } else {
                if (Status status = write(db, article, now); !status)
                    return Error{status.error().kind, status.error().message, item.location};
                outcomes.append(Outcome::Updated);
            }
        }
        seen.insert(target, item.location);
        ids.append(target);
    }

    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT translation_of FROM articles WHERE id = ?"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("UPDATE articles SET translation_of = ?, updated_at = ? "
                                "WHERE id = ?"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int index = items.at(i).translationOfIndex;
        if (index < 0 || index >= ids.size())
            continue;
        current.addBindValue(ids.at(i));
        if (!current.exec() || !current.next())
            return databaseError(current);
        const qint64 was = current.value(0).toLongLong();
        current.finish();
        if (was == ids.at(index))
            continue;
        link.addBindValue(ids.at(index));
        link.addBindValue(now);
        link.addBindValue(ids.at(i));
        if (!link.exec())
            return Error{ErrorKind::Runtime, databaseError(link).message, items.at(i).location};
        if (outcomes.at(i) == Outcome::Unchanged)
            outcomes[i] = Outcome::Updated;
    }

    ImportCounts counts;
    for (Outcome outcome : std::as_const(outcomes)) {
        if (outcome == Outcome::Created)
            ++counts.created;
        else if (outcome == Outcome::Updated)
            ++counts.updated;
        else
            ++counts.unchanged;
    }
    if (dryRun) {
        transaction.rollback();
        return counts;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return counts;
}

} // namespace Switchboard
