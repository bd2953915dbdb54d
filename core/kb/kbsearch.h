// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "kbtextanalyzer.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

struct KbSearchOptions
{
    QString lang;   // ru, zh, en; empty: any
    QString status; // draft, published, archived; empty: any
    // A category and all categories below it; categoryId wins over the path
    // ("Hardware/Printers"). An unknown path is a NotFound error.
    qint64 categoryId = 0;
    QString categoryPath;
    QString tag; // one tag, exactly as stored; empty: any
    int limit = 10;
    // The last word may still be being typed: also match words it starts,
    // from its third character on. A shorter last word that finds nothing
    // is left out ("reset p" shows what "reset" finds).
    bool prefixLastWord = true;
    QString highlightOpen = QStringLiteral("[");
    QString highlightClose = QStringLiteral("]");
};

struct KbSearchHit
{
    qint64 id = 0;
    QString title;
    QString lang;
    double score = 0; // higher is better; only comparable within one search
    QString snippet;  // body excerpt (or the title) with matches highlighted
};

struct KbSearchResult
{
    QList<KbSearchHit> hits; // best first
    // Set when nothing matched as typed and a one-edit correction was used:
    // the corrected query, in index form, and the message to show.
    QString correctedQuery;
    QString notice; // "showing results for …", translated
};

// Full-text search over articles. User text is never FTS5 syntax: it is split
// by the knowledge-base tokenizer's own pipeline and every term is quoted.
// Order: title matches of all terms and exact phrases first, then bm25 with
// the title weighed ten times the body. A query that finds nothing as an AND
// of its terms is retried with typo-corrected terms, then as an OR.
class KbSearch
{
public:
    explicit KbSearch(DatabasePtr database);

    Result<KbSearchResult> search(const QString& text, const KbSearchOptions& options = {}) const;
    // Articles about the same thing as a long natural text, such as a
    // ticket's subject and first message: not every word can be required
    // there, so the most informative terms (rare in the knowledge base, in
    // the first line, repeated) are OR-combined, an article must share more
    // than one of them when there are several, and bm25 ranks with the
    // title weighed as in search(). Stop words and terms no article contains
    // are left out, so unrelated text finds nothing. The first line counts
    // double, as a subject would. prefixLastWord is ignored.
    Result<KbSearchResult> similar(const QString& text, const KbSearchOptions& options = {}) const;

    // The MATCH expression requiring every term; exposed for tests.
    static QString matchAll(const QList<KbQueryTerm>& terms, bool prefixLastWord);

private:
    // layout: kb_rank's phrases per term of an AND query; empty for bm25
    // only (no tiers).
    Result<QList<KbSearchHit>> run(const QString& match, const QString& layout,
                                   const KbSearchOptions& options) const;
    Result<QList<KbSearchHit>> runSimilar(const QStringList& tokens, int needed,
                                          const KbSearchOptions& options) const;
    Status addSnippets(QList<KbSearchHit>& hits, const QString& match,
                       const KbSearchOptions& options) const;
    Result<QList<KbSearchHit>> runTerms(const QList<KbQueryTerm>& terms,
                                        const KbSearchOptions& options) const;
    // Replaces terms missing from the index vocabulary by the most frequent
    // term one edit away. Returns false when nothing could be corrected.
    Result<bool> correct(QList<KbQueryTerm>& terms) const;

    DatabasePtr m_database;
    // Where the FTS5 index is: m_database on SQLite, this desktop's replica
    // of the team database's articles on PostgreSQL (KbLocalIndex).
    DatabasePtr m_index;
    std::optional<Error> m_indexError;
};

} // namespace Switchboard
