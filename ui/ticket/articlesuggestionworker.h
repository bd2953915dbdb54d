// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "kb/kbsearch.h"
#include "storage/database.h"
#include "tickets/ticket.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace Switchboard {

// One read for the ticket pane's article list: the suggestions for a
// ticket, or a search the operator typed instead.
struct ArticleSuggestionRequest
{
    quint64 generation = 0;
    TicketId ticketId = 0;
    QString subject;
    QString firstMessage;
    QString lang;       // the ticket's
    QString searchText; // not empty: search the knowledge base for this instead
    int limit = 3;
};

struct ArticleSuggestionAnswer
{
    quint64 generation = 0;
    TicketId ticketId = 0;
    QString searchText;
    QList<KbSearchHit> hits;
    std::optional<Error> error;
};

// Runs ArticleSuggester and KbSearch for the ticket pane on a worker thread,
// so opening a ticket never waits for the full-text index. Lives on that
// thread and uses its own connection; the owner calls releaseConnection()
// from the thread as it finishes.
class ArticleSuggestionWorker : public QObject
{
    Q_OBJECT

public:
    explicit ArticleSuggestionWorker(DatabasePtr database);

    // Thread-safe: requests of older generations are dropped unread, so
    // paging quickly through the queue costs one read, not one per ticket.
    void supersede(quint64 generation) { m_latestGeneration.store(generation); }

    // Run on the worker's thread.
    void run(const Switchboard::ArticleSuggestionRequest& request);
    void releaseConnection();

signals:
    void answered(const Switchboard::ArticleSuggestionAnswer& answer);

private:
    DatabasePtr m_database;
    std::atomic<quint64> m_latestGeneration{0};
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::ArticleSuggestionRequest)
Q_DECLARE_METATYPE(Switchboard::ArticleSuggestionAnswer)
