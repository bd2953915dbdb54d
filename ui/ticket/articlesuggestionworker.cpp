// SPDX-License-Identifier: MIT
#include "articlesuggestionworker.h"

#include "common/uilogging.h"
#include "kb/articlesuggester.h"

#include <QElapsedTimer>

namespace Switchboard {

ArticleSuggestionWorker::ArticleSuggestionWorker(DatabasePtr database)
    : m_database(std::move(database))
{}

void ArticleSuggestionWorker::run(const ArticleSuggestionRequest& request)
{
    if (request.generation < m_latestGeneration.load())
        return;
    ArticleSuggestionAnswer answer;
    answer.generation = request.generation;
    answer.ticketId = request.ticketId;
    answer.searchText = request.searchText;
    QElapsedTimer timer;
    timer.start();

    Result<QList<KbSearchHit>> hits = QList<KbSearchHit>();
    if (request.searchText.trimmed().isEmpty()) {
        hits = ArticleSuggester(m_database)
                   .suggest(request.subject, request.firstMessage, request.lang, request.limit);
    } else {
        // Only what may be sent to a customer: drafts and archived articles
        // are for the knowledge area.
        KbSearchOptions options;
        options.status = QStringLiteral("published");
        options.limit = request.limit;
        options.highlightOpen.clear();
        options.highlightClose.clear();
        auto found = KbSearch(m_database).search(request.searchText, options);
        if (found)
            hits = std::move(found->hits);
        else
            hits = found.error();
    }
    if (hits)
        answer.hits = std::move(hits).value();
    else
        answer.error = hits.error();
    qCDebug(lcUiKb) << "ticket" << request.ticketId << "articles" << answer.hits.size() << "in"
                    << timer.elapsed() << "ms" << (request.searchText.isEmpty() ? "" : "(search)");
    emit answered(answer);
}

void ArticleSuggestionWorker::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
