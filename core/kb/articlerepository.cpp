// SPDX-License-Identifier: MIT
#include "articlerepository.h"

#include "common/tr.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
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

Result<qint64> ArticleRepository::create(const Article& article) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    const qint64 now = m_clock.nowMs();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO articles (title, body, lang, status, category_id, tags, author_id, "
        "translation_of, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(article.title));
    query.addBindValue(text(article.body));
    query.addBindValue(text(article.lang));
    query.addBindValue(text(article.status));
    query.addBindValue(idOrNull(article.categoryId));
    query.addBindValue(text(article.tags));
    query.addBindValue(idOrNull(article.authorId));
    query.addBindValue(idOrNull(article.translationOf));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return databaseError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    if (Status status = addRevision(db, id, article, now); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ArticleRepository::update(const Article& article) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    const qint64 now = m_clock.nowMs();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE articles SET title = ?, body = ?, lang = ?, status = ?, category_id = ?, "
        "tags = ?, translation_of = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(text(article.title));
    query.addBindValue(text(article.body));
    query.addBindValue(text(article.lang));
    query.addBindValue(text(article.status));
    query.addBindValue(idOrNull(article.categoryId));
    query.addBindValue(text(article.tags));
    query.addBindValue(idOrNull(article.translationOf));
    query.addBindValue(now);
    query.addBindValue(article.id);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 0)
        return Error{ErrorKind::NotFound, Tr::tr("there is no such article"),
                     QString::number(article.id)};
    query.finish();
    if (Status status = addRevision(db, article.id, article, now); !status)
        return status;
    return transaction.commit();
}

Result<Article> ArticleRepository::get(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT id, title, body, lang, status, category_id, tags, author_id, translation_of, "
        "created_at, updated_at FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such article"), QString::number(id)};
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
    return article;
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

} // namespace Switchboard
