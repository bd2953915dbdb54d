// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "kbarticlesummary.h"
#include "storage/database.h"

#include <QDate>
#include <QList>

namespace Switchboard {

// One node of the category tree.
struct KbCategory
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: a top-level category
    QString name;
    int position = 0;
    int ownArticleCount = 0; // articles filed directly here
    int articleCount = 0;    // including every category below
};

enum class KbBrowseOrder
{
    RecentlyUpdated, // newest change first
    Title,
};

// Which articles a browse lists; empty strings mean "any".
struct KbBrowseOptions
{
    qint64 categoryId = 0; // that category and every category below it; 0: all articles
    QString lang;
    QString status;
    KbBrowseOrder order = KbBrowseOrder::RecentlyUpdated;
    int limit = 200;
};

// Read-only lists of the knowledge base: the category tree with its counts,
// the articles of a category, an article's translations, and the trainer's
// lists (most used, least helpful, due for review). Writes go through
// ArticleRepository and KbUsageRepository. Usable from any thread: each call
// uses the calling thread's connection.
class KbCatalog
{
public:
    explicit KbCatalog(DatabasePtr database);

    // Every category, parents before children, siblings by position and name.
    Result<QList<KbCategory>> categories() const;
    Result<int> articleCount() const;
    Result<QList<KbArticleSummary>> articles(const KbBrowseOptions& options) const;
    // The summaries of the given articles, in the order of `ids`; unknown ids
    // are left out (an article deleted since the ids were found).
    Result<QList<KbArticleSummary>> summaries(const QList<qint64>& ids) const;
    // The other language versions of an article: the article it translates
    // and every translation of that original, without the article itself.
    Result<QList<KbArticleSummary>> translations(qint64 articleId) const;
    // Published articles whose review date is `today` or earlier, most
    // overdue first.
    Result<QList<KbArticleSummary>> dueForReview(const QDate& today, int limit = 200) const;
    // Articles inserted into replies at least once, most inserted first.
    Result<QList<KbArticleSummary>> mostUsed(int limit = 200) const;
    // Articles with at least `minVotes` votes, the highest share of "not
    // helpful" first: a share, not a count, so that a much-read article with
    // a few complaints does not outrank one that most readers reject.
    Result<QList<KbArticleSummary>> leastHelpful(int minVotes = 3, int limit = 200) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
