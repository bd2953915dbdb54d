// SPDX-License-Identifier: MIT
#pragma once

#include "article.h"
#include "common/result.h"
#include "kbsearch.h"
#include "storage/database.h"
#include "tickets/ticket.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Switchboard {

// The knowledge base seen from a ticket: which published articles probably
// answer it (KbSearch::similar() on its subject and first customer message),
// and what an article written from a solved ticket starts as. Owns nothing
// but the database handle; usable from any thread with that thread's
// connection.
class ArticleSuggester
{
public:
    static constexpr int kDefaultLimit = 3;

    explicit ArticleSuggester(DatabasePtr database);

    // The best published articles for a ticket, best first. Articles in
    // `lang` (the ticket's language; empty: any) come first; the list is
    // filled up with other languages only when those are not enough, since
    // an operator can still read them or find the translation. Snippets are
    // plain text. Text that matches nothing gives an empty list, not an error.
    Result<QList<KbSearchHit>> suggest(const QString& subject, const QString& firstMessage,
                                       const QString& lang, int limit = kDefaultLimit) const;
    Result<QList<KbSearchHit>> suggest(const TicketDetail& detail, int limit = kDefaultLimit) const;

    // The customer's first message; empty when the ticket has none.
    static QString firstCustomerMessage(const TicketDetail& detail);
    // The newest reply the customer saw (no internal notes); empty if none.
    static QString lastPublicReply(const TicketDetail& detail);
    // A draft article that turns a ticket into a question and its answer:
    // the subject as title, "## Question" with the first customer message
    // and "## Answer" with the last public reply, in the ticket's language
    // when it is one the knowledge base has.
    static Article draftFromTicket(const TicketDetail& detail);
    // The Markdown link a reply uses to point at an article: [Title](kb:ID).
    static QString markdownLink(qint64 articleId, const QString& title);
    // The article a link points at: kb:ID, as markdownLink() writes it.
    // 0 for any other link.
    static qint64 linkedArticleId(const QUrl& link);

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
