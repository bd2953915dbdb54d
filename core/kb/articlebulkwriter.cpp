// SPDX-License-Identifier: MIT
#include "articlebulkwriter.h"

#include "common/tr.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

namespace Switchboard {
namespace {

std::optional<qint64> idOrNull(qint64 id)
{
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// As ArticleRepository stores it: UTC ms of the day's midnight.
std::optional<qint64> reviewByValue(const QDate& date)
{
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

Error queryError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the knowledge base could not be saved: %1").arg(query.lastError().text())};
}

constexpr qint64 kProgressStep = 1000;
// FTS5's in-memory term buffer for a bulk rebuild, and FTS5's default.
constexpr qint64 kRebuildHashSize = 16 * 1024 * 1024;
constexpr qint64 kFts5DefaultHashSize = 1024 * 1024;

} // namespace

ArticleBulkWriter::ArticleBulkWriter(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Result<ArticleBulkResult> ArticleBulkWriter::create(const QList<ImportedArticle>& items) const
{
    if (m_database->backend() != SqlBackend::Sqlite)
        return Error{ErrorKind::Usage,
                     Tr::tr("bulk loading writes SQLite files only; load into a file and copy it "
                            "to the team database with \"migrate --to\"")};
    QSqlDatabase db = m_database->connection();
    sqlite3* handle = sqliteHandle(db);
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("could not start a transaction")};
    const qint64 now = m_clock.nowMs();
    ArticleBulkResult result;
    QElapsedTimer timer;
    timer.start();

    // The insert trigger would tokenize every article inside its INSERT;
    // the rebuild below does the same work once, sequentially.
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                    "name = 'articles_fts_insert'")))
        return queryError(schema);
    const QString trigger = schema.next() ? schema.value(0).toString() : QString();
    schema.finish();
    if (!trigger.isEmpty() && !schema.exec(QStringLiteral("DROP TRIGGER articles_fts_insert")))
        return queryError(schema);

    QHash<QString, qint64> categories;
    QSqlQuery findCategory(db);
    findCategory.prepare(
        QStringLiteral("SELECT id FROM article_categories WHERE parent_id IS ? AND name = ?"));
    QSqlQuery addCategory(db);
    addCategory.prepare(
        QStringLiteral("INSERT INTO article_categories (parent_id, name) VALUES (?, ?)"));
    auto ensureCategory = [&](const QString& path) -> Result<qint64> {
        if (auto found = categories.constFind(path); found != categories.cend())
            return found.value();
        qint64 id = 0;
        for (const QString& name : categoryPathParts(path)) {
            if (name.isEmpty())
                return Error{ErrorKind::BadInput, Tr::tr("a category name is empty"), path};
            findCategory.addBindValue(id > 0 ? QVariant(id)
                                             : QVariant(QMetaType(QMetaType::LongLong)));
            findCategory.addBindValue(name);
            if (!findCategory.exec())
                return queryError(findCategory);
            if (findCategory.next()) {
                id = findCategory.value(0).toLongLong();
                findCategory.finish();
                continue;
            }
            findCategory.finish();
            addCategory.addBindValue(id > 0 ? QVariant(id)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
            addCategory.addBindValue(name);
            if (!addCategory.exec())
                return queryError(addCategory);
            id = addCategory.lastInsertId().toLongLong();
        }
        categories.insert(path, id);
        return id;
    };

    auto insertArticle = SqliteStatement::prepare(
        handle,
        QStringLiteral("INSERT INTO articles (title, body, lang, status, category_id, tags, "
                       "author_id, translation_of, review_by, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto insertRevision = SqliteStatement::prepare(
        handle, QStringLiteral("INSERT INTO article_revisions (article_id, title, body, "
                               "author_id, at) VALUES (?, ?, ?, ?, ?)"));
    auto link = SqliteStatement::prepare(
        handle, QStringLiteral("UPDATE articles SET translation_of = ? WHERE id = ?"));
    if (!insertArticle)
        return insertArticle.error();
    if (!insertRevision)
        return insertRevision.error();
    if (!link)
        return link.error();

    const qint64 total = items.size();
    result.ids.reserve(total);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ImportedArticle& item = items.at(i);
        const Article& article = item.article;
        qint64 category = 0;
        if (!item.categoryPath.isEmpty()) {
            auto id = ensureCategory(item.categoryPath);
            if (!id)
                return id.error();
            category = id.value();
        }
        // A link to an earlier item is known now; later ones are set below.
        qint64 translationOf = article.translationOf;
        if (item.translationOfIndex >= 0)
            translationOf =
                item.translationOfIndex < i ? result.ids.at(item.translationOfIndex) : 0;
        const qint64 created = article.createdAt > 0 ? article.createdAt : now;
        const qint64 updated = article.updatedAt > 0 ? article.updatedAt : created;
        SqliteStatement& a = insertArticle.value();
        a.bind(1, article.title);
        a.bind(2, article.body);
        a.bind(3, article.lang);
        a.bind(4, article.status);
        a.bind(5, idOrNull(category));
        a.bind(6, article.tags);
        a.bind(7, idOrNull(article.authorId));
        a.bind(8, idOrNull(translationOf));
        a.bind(9, reviewByValue(article.reviewBy));
        a.bind(10, created);
        a.bind(11, updated);
        if (Status status = a.execute(); !status)
            return Error{status.error().kind, status.error().message, item.location};
        const qint64 id = sqlite3_last_insert_rowid(handle);
        result.ids.append(id);
        SqliteStatement& r = insertRevision.value();
        r.bind(1, id);
        r.bind(2, article.title);
        r.bind(3, article.body);
        r.bind(4, idOrNull(article.authorId));
        r.bind(5, updated);
        if (Status status = r.execute(); !status)
            return status.error();
        if (m_progress && (i + 1) % kProgressStep == 0)
            m_progress(i + 1, total);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int index = items.at(i).translationOfIndex;
        if (index <= i || index >= items.size())
            continue;
        link->bind(1, result.ids.at(index));
        link->bind(2, result.ids.at(i));
        if (Status status = link->execute(); !status)
            return status.error();
    }
    result.rowsMs = timer.restart();

    if (!trigger.isEmpty()) {
        if (!schema.exec(trigger))
            return queryError(schema);
        // FTS5 writes the terms it collects in memory out as a new segment
        // whenever they reach 'hashsize' (1 MB by default) and merges
        // segments as they pile up: rebuilding tens of thousands of articles
        // wrote hundreds of small segments and merged them again and again.
        // A larger buffer for the rebuild writes fewer, larger segments
        // (about a fifth less time at 10,000 articles, some 20 MB more
        // memory meanwhile). The table's own setting is put back afterwards,
        // so later single-article writes are as before.
        if (!schema.exec(QStringLiteral("SELECT v FROM articles_fts_config WHERE k = "
                                        "'hashsize'")))
            return queryError(schema);
        const QVariant hashSize = schema.next() ? schema.value(0) : QVariant();
        schema.finish();
        if (!schema.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES "
                                        "('hashsize', %1)")
                             .arg(kRebuildHashSize)))
            return queryError(schema);
        // External content: 'rebuild' reads title and body of every article,
        // as the trigger would have, and replaces the whole index.
        if (!schema.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES "
                                        "('rebuild')")))
            return queryError(schema);
        // The setting FTS5 held before (its default when there was none, and
        // then no row, as before).
        if (!schema.exec(
                QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES "
                               "('hashsize', %1)")
                    .arg(hashSize.isValid() ? hashSize.toLongLong() : kFts5DefaultHashSize)))
            return queryError(schema);
        if (!hashSize.isValid() &&
            !schema.exec(QStringLiteral("DELETE FROM articles_fts_config WHERE k = 'hashsize'")))
            return queryError(schema);
    }
    result.indexMs = timer.restart();
    if (Status status = transaction.commit(); !status)
        return status.error();
    result.commitMs = timer.elapsed();
    if (m_progress)
        m_progress(total, total);
    return result;
}

} // namespace Switchboard
