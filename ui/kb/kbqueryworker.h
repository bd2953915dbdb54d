// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "kb/kbcatalog.h"
#include "kb/kbusagerepository.h"
#include "storage/database.h"

#include <QDate>
#include <QObject>

#include <atomic>
#include <optional>

namespace Switchboard {

// What the middle list of the knowledge view shows.
enum class KbListKind
{
    Search, // articles matching the search text
    Browse, // all articles, or one category's, without search text
    MostUsed,
    LeastHelpful,
    DueForReview,
    CoverageGaps, // not articles: kinds of tickets answered without one
};

struct KbListQuery
{
    quint64 generation = 0;
    KbListKind kind = KbListKind::Browse;
    QString text;          // Search
    QString lang;          // Search, Browse; empty: any
    QString status;        // Search, Browse; empty: any
    qint64 categoryId = 0; // Search, Browse; 0: all
    QDate today;           // DueForReview, in the user's time zone
    int limit = 200;
};

struct KbListAnswer
{
    quint64 generation = 0;
    KbListKind kind = KbListKind::Browse;
    QString text;
    QList<KbArticleSummary> articles;
    // Search only, one per article: the body excerpt, matches between
    // kHighlightOpen and kHighlightClose.
    QStringList snippets;
    QString notice; // "showing results for …" after a typo correction
    KbCoverageReport coverage;
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

struct KbCategoryAnswer
{
    QList<KbCategory> categories;
    int articleCount = 0;
    std::optional<Error> error;
};

// Runs the knowledge view's reads on a worker thread, so typing never waits
// for SQLite: searches (KbSearch), browsing, the trainers' lists and the
// coverage report, which reads tens of thousands of tickets. Lives on that
// thread and uses the thread's own connection; the owner calls
// releaseConnection() from the thread as it finishes.
class KbQueryWorker : public QObject
{
    Q_OBJECT

public:
    // Private-use characters: they cannot occur in an article, so marking
    // matches with them needs no escaping.
    static constexpr QChar kHighlightOpen = QChar(0xE000);
    static constexpr QChar kHighlightClose = QChar(0xE001);

    explicit KbQueryWorker(DatabasePtr database);

    // Thread-safe: queries of older generations are dropped without a read,
    // so a burst of keystrokes costs one search, not one per key.
    void supersede(quint64 generation) { m_latestGeneration.store(generation); }

    // Run on the worker's thread.
    void run(const Switchboard::KbListQuery& query);
    void loadCategories();
    void releaseConnection();

signals:
    void listLoaded(const Switchboard::KbListAnswer& answer);
    void categoriesLoaded(const Switchboard::KbCategoryAnswer& answer);

private:
    void search(const KbListQuery& query, KbListAnswer& answer) const;

    DatabasePtr m_database;
    KbCatalog m_catalog;
    KbUsageRepository m_usage;
    std::atomic<quint64> m_latestGeneration{0};
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::KbListQuery)
Q_DECLARE_METATYPE(Switchboard::KbListAnswer)
Q_DECLARE_METATYPE(Switchboard::KbCategoryAnswer)
