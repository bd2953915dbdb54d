// SPDX-License-Identifier: MIT
#pragma once

#include "articlerepository.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

#include <QList>

#include <functional>

namespace Switchboard {

struct ArticleBulkResult
{
    QList<qint64> ids;  // one per item, in their order
    qint64 rowsMs = 0;  // writing the rows (articles, revisions, categories)
    qint64 indexMs = 0; // building the search index from them
    qint64 commitMs = 0;
};

// Writes many new articles at once: the demo knowledge base and the search
// benchmark. ArticleRepository::create() commits and indexes every article on
// its own, which for tens of thousands of them costs minutes. Here one
// transaction holds all of them, and the search index is not fed row by row by
// the insert trigger but rebuilt once at the end from the articles table. The
// rebuild tokenizes exactly the title and body the trigger would have passed,
// so the index holds the same terms either way. Like create(), every article
// also gets its first revision. Use it on the thread that created it.
class ArticleBulkWriter
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ArticleBulkWriter(DatabasePtr database, const Clock& clock = Clock::system());

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    // Creates every item (article.id, importKey are ignored; createdAt and
    // updatedAt are kept when set, else "now"). categoryPath creates missing
    // categories; translationOfIndex links to another item. All or nothing.
    Result<ArticleBulkResult> create(const QList<ImportedArticle>& items) const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
    Progress m_progress;
};

} // namespace Switchboard
