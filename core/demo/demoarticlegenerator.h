// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "kb/articlerepository.h"
#include "storage/database.h"

#include <QList>

#include <functional>

namespace Switchboard {

struct DemoArticleOptions
{
    int articles = 300;
    quint64 seed = 1;
    // Authors are drawn from these agents; empty: articles without an author.
    QList<qint64> authorIds;
};

struct DemoArticleSummary
{
    qint64 articles = 0;
    qint64 translations = 0; // articles that translate another one
    qint64 words = 0;        // in all bodies; a Chinese word counted as 1.5 characters
    qint64 elapsedMs = 0;
    qint64 rowsMs = 0;  // of which writing the rows
    qint64 indexMs = 0; // of which building the search index
};

// Realistic, reproducible support articles for the demo knowledge base and
// the search benchmark: about a third each in Russian, Chinese and English,
// 300 to 800 words, how-to titles, a category tree per language, tags, mostly
// published, some of them translations of another article (same topic and
// question, rendered from the same outline in another language). The text is
// combined from the phrase banks of DemoArticleTexts, so search over it finds
// what a user would expect: the printer articles for "не печатает принтер",
// the password ones for "重置密码".
class DemoArticleGenerator
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoArticleGenerator(DatabasePtr database, const Clock& clock, DemoArticleOptions options = {});

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    // The articles the options describe, without writing them: the same
    // options and clock give the same list. A translation's
    // translationOfIndex points to an earlier item.
    QList<ImportedArticle> articles() const;

    // Writes articles() in one transaction (ArticleBulkWriter). Conflict when
    // the database already has articles (demo articles are never mixed with
    // real ones); BadInput for a count out of range. Authors: the options'
    // authorIds, else the database's agents.
    Result<DemoArticleSummary> generate();

private:
    DatabasePtr m_database;
    const Clock& m_clock;
    DemoArticleOptions m_options;
    Progress m_progress;
};

// Words of an article body as the generator counts them.
qint64 demoWordCount(const QString& text, const QString& lang);

} // namespace Switchboard
