// SPDX-License-Identifier: MIT
#pragma once

#include "article.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

#include <QList>

#include <functional>

namespace Switchboard {

// One saved state of an article's title and body.
struct ArticleRevision
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString title;
    QString body;
    qint64 authorId = 0; // 0: none
    qint64 at = 0;       // UTC ms
};

// One article of an import, already validated by the caller.
struct ImportedArticle
{
    // article.id > 0: update that article, or create it with that id when the
    // database has none (restoring an export into an empty database).
    Article article;
    // Identity of a file without an id: matched before saving, stored on create.
    QString importKey;
    QString categoryPath;        // "Hardware/Printers"; created as needed; empty: none
    int translationOfIndex = -1; // another item of the same import; wins over article.translationOf
    QString location;            // file:line, for errors found while saving
};

struct ImportCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

// Reads and writes articles and their categories. Every save also stores a
// revision, so the history of an article is never lost.
class ArticleRepository
{
public:
    explicit ArticleRepository(DatabasePtr database, const Clock& clock = Clock::system());

    // Returns the new id; ignores article.id, createdAt and updatedAt.
    Result<qint64> create(const Article& article) const;
    // Saves title, body and the other fields of an existing article.
    Status update(const Article& article) const;
    Result<Article> get(qint64 id) const;
    Result<bool> exists(qint64 id) const;
    // Every article, by id.
    Result<QList<Article>> all() const;

    // Number of revisions kept for an article.
    Result<int> revisionCount(qint64 id) const;
    // Revisions of an article, oldest first.
    Result<QList<ArticleRevision>> revisions(qint64 articleId) const;
    Result<ArticleRevision> revision(qint64 revisionId) const;
    // Puts the revision's title and body back; that save is a new revision,
    // so restoring can itself be undone. authorId: who restores it, recorded
    // as the new revision's author; 0 records the article's author.
    Status restoreRevision(qint64 revisionId, qint64 authorId = 0) const;

    // "Hardware/Printers" for a category id; empty for 0.
    Result<QString> categoryPath(qint64 categoryId) const;
    // The category at a path such as "Hardware/Printers" (NotFound if absent).
    Result<qint64> categoryIdByPath(const QString& path) const;
    Result<QString> agentLogin(qint64 agentId) const;

    // Saves all items in one transaction: all of them or none. With dryRun
    // everything is checked and counted, then rolled back.
    // proceed (optional) is called before each item with the number saved
    // so far; returning false rolls everything back with a "cancelled" error.
    Result<ImportCounts> saveImported(const QList<ImportedArticle>& items, bool dryRun,
                                      const std::function<bool(int done)>& proceed = {}) const;

private:
    Status addRevision(QSqlDatabase& db, qint64 id, const Article& article, qint64 at) const;
    Result<qint64> insert(QSqlDatabase& db, const Article& article, qint64 explicitId,
                          const QString& importKey, qint64 now) const;
    Status write(QSqlDatabase& db, const Article& article, qint64 now) const;
    Result<qint64> ensureCategory(QSqlDatabase& db, const QString& path) const;

    DatabasePtr m_database;
    const Clock& m_clock;
};

// Splits "Hardware / Printers" into its trimmed parts; empty parts stay, so
// callers can reject them.
QStringList categoryPathParts(const QString& path);

} // namespace Switchboard
