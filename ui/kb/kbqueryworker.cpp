// SPDX-License-Identifier: MIT
#include "kbqueryworker.h"

#include "common/uilogging.h"
#include "kb/kbsearch.h"

#include <QElapsedTimer>

namespace Switchboard {

KbQueryWorker::KbQueryWorker(DatabasePtr database)
    : m_database(database)
    , m_catalog(database)
    , m_usage(std::move(database))
{}

void KbQueryWorker::run(const KbListQuery& query)
{
    if (query.generation < m_latestGeneration.load())
        return;

    KbListAnswer answer;
    answer.generation = query.generation;
    answer.kind = query.kind;
    answer.text = query.text;
    QElapsedTimer timer;
    timer.start();

    auto take = [&answer](Result<QList<KbArticleSummary>> list) {
        if (list)
            answer.articles = std::move(list).value();
        else
            answer.error = list.error();
    };
    switch (query.kind) {
    case KbListKind::Search:
        search(query, answer);
        break;
    case KbListKind::Browse: {
        KbBrowseOptions options;
        options.categoryId = query.categoryId;
        options.lang = query.lang;
        options.status = query.status;
        options.limit = query.limit;
        // A category reads like a table of contents; everything at once is
        // most useful newest first.
        options.order =
            query.categoryId > 0 ? KbBrowseOrder::Title : KbBrowseOrder::RecentlyUpdated;
        take(m_catalog.articles(options));
        break;
    }
    case KbListKind::MostUsed:
        take(m_catalog.mostUsed(query.limit));
        break;
    case KbListKind::LeastHelpful:
        take(m_catalog.leastHelpful(3, query.limit));
        break;
    case KbListKind::DueForReview:
        take(m_catalog.dueForReview(query.today, query.limit));
        break;
    case KbListKind::CoverageGaps: {
        auto report = m_usage.coverageGaps();
        if (report)
            answer.coverage = std::move(report).value();
        else
            answer.error = report.error();
        break;
    }
    }
    answer.elapsedMs = timer.elapsed();
    qCDebug(lcUiKb) << "list" << int(query.kind) << "generation" << query.generation << "with"
                    << answer.articles.size() << "articles in" << answer.elapsedMs << "ms";
    emit listLoaded(answer);
}

void KbQueryWorker::search(const KbListQuery& query, KbListAnswer& answer) const
{
    KbSearchOptions options;
    options.lang = query.lang;
    options.status = query.status;
    options.categoryId = query.categoryId;
    options.limit = query.limit;
    options.highlightOpen = QString(kHighlightOpen);
    options.highlightClose = QString(kHighlightClose);
    auto result = KbSearch(m_database).search(query.text, options);
    if (!result) {
        answer.error = result.error();
        return;
    }
    // Hits carry no dates or counts; one more read of the few rows shown
    // is cheaper than widening the ranking query for every match.
    QList<qint64> ids;
    QHash<qint64, QString> snippets;
    for (const KbSearchHit& hit : std::as_const(result->hits)) {
        ids.append(hit.id);
        snippets.insert(hit.id, hit.snippet);
    }
    auto summaries = m_catalog.summaries(ids);
    if (!summaries) {
        answer.error = summaries.error();
        return;
    }
    answer.articles = std::move(summaries).value();
    for (const KbArticleSummary& summary : std::as_const(answer.articles))
        answer.snippets.append(snippets.value(summary.id));
    answer.notice = result->notice;
}

void KbQueryWorker::loadCategories()
{
    KbCategoryAnswer answer;
    auto categories = m_catalog.categories();
    auto count = m_catalog.articleCount();
    if (!categories)
        answer.error = categories.error();
    else if (!count)
        answer.error = count.error();
    else {
        answer.categories = std::move(categories).value();
        answer.articleCount = count.value();
    }
    emit categoriesLoaded(answer);
}

void KbQueryWorker::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
