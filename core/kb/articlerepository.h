// SPDX-License-Identifier: MIT
#pragma once

#include "article.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

namespace Switchboard {

// Reads and writes articles. Every save also stores a revision, so the
// history of an article is never lost.
class ArticleRepository
{
public:
    explicit ArticleRepository(DatabasePtr database, const Clock& clock = Clock::system());

    // Returns the new id; ignores article.id, createdAt and updatedAt.
    Result<qint64> create(const Article& article) const;
    // Saves title, body and the other fields of an existing article.
    Status update(const Article& article) const;
    Result<Article> get(qint64 id) const;
    // Number of revisions kept for an article.
    Result<int> revisionCount(qint64 id) const;

private:
    Status addRevision(QSqlDatabase& db, qint64 id, const Article& article, qint64 at) const;

    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
