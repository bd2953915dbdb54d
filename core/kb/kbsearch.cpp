// SPDX-License-Identifier: MIT
#include "kbsearch.h"

#include "articlerepository.h"
#include "common/tr.h"
#include "kbtokenizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Switchboard {
namespace {

// bm25 weights of the columns title and body.
constexpr double kTitleWeight = 10.0;
constexpr double kBodyWeight = 1.0;
// Shortest index token that typo correction touches.
constexpr int kMinCorrectedLength = 4;

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString termExpression(const KbQueryTerm& term, bool prefix)
{
    const QString exact = quoted(term.tokens.join(QLatin1Char(' ')));
    if (!prefix || term.prefix.isEmpty())
        return exact;
    return QStringLiteral("(%1 OR %2*)").arg(exact, quoted(term.prefix));
}

QString matchAny(const QList<KbQueryTerm>& terms)
{
    QStringList parts;
    for (const KbQueryTerm& term : terms) {
        for (const QString& token : term.tokens)
            parts.append(quoted(token));
    }
    parts.removeDuplicates();
    return parts.join(QLatin1String(" OR "));
}

// Levenshtein distance, giving up as soon as it exceeds one.
bool withinOneEdit(const QString& a, const QString& b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (qAbs(la - lb) > 1 || a == b)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (la == lb)
        return a.mid(i + 1) == b.mid(i + 1) ||
               (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                a.mid(i + 2) == b.mid(i + 2)); // a swap of neighbours counts as one edit
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

Error searchError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the knowledge base search failed: %1").arg(query.lastError().text())};
}

} // namespace

KbSearch::KbSearch(DatabasePtr database)
    : m_database(std::move(database))
{}

QString KbSearch::matchAll(const QList<KbQueryTerm>& terms, bool prefixLastWord)
{
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i)
        parts.append(termExpression(terms.at(i), prefixLastWord && i + 1 == terms.size()));
    return parts.join(QLatin1String(" AND "));
}

Result<KbSearchResult> KbSearch::search(const QString& text, const KbSearchOptions& options) const
{
    KbSearchResult result;
    QList<KbQueryTerm> terms = kbQueryTerms(text);
    if (terms.isEmpty() || options.limit <= 0)
        return result;
    if (options.categoryId == 0 && !options.categoryPath.isEmpty()) {
        auto category = ArticleRepository(m_database).categoryIdByPath(options.categoryPath);
        if (!category)
            return category.error();
        KbSearchOptions resolved = options;
        resolved.categoryId = category.value();
        return search(text, resolved);
    }

    auto hits = runTerms(terms, options);
    if (!hits)
        return hits.error();
    if (hits->isEmpty()) {
        auto corrected = correct(terms);
        if (!corrected)
            return corrected.error();
        if (corrected.value()) {
            QStringList words;
            for (const KbQueryTerm& term : std::as_const(terms))
                words.append(term.surface);
            result.correctedQuery = words.join(QLatin1Char(' '));
            result.notice = Tr::tr("showing results for %1").arg(result.correctedQuery);
            hits = runTerms(terms, options);
            if (!hits)
                return hits.error();
        }
    }
    if (hits->isEmpty()) {
        // Every term at once was too much: any of them, best bm25 first.
        hits = run(matchAny(terms), QString(), QString(), options);
        if (!hits)
            return hits.error();
    }
    if (hits->isEmpty()) {
        result.correctedQuery.clear();
        result.notice.clear();
    }
    result.hits = std::move(hits.value());
    return result;
}

Result<QList<KbSearchHit>> KbSearch::runTerms(const QList<KbQueryTerm>& terms,
                                              const KbSearchOptions& options) const
{
    const QString all = matchAll(terms, options.prefixLastWord);
    QStringList tokens;
    for (const KbQueryTerm& term : terms)
        tokens.append(term.tokens);
    const QString phrase = tokens.size() > 1 ? quoted(tokens.join(QLatin1Char(' '))) : QString();
    return run(all, phrase, QStringLiteral("title : (%1)").arg(all), options);
}

Result<QList<KbSearchHit>> KbSearch::run(const QString& match, const QString& phrase,
                                         const QString& titleMatch,
                                         const KbSearchOptions& options) const
{
    // Tiers before bm25: all terms in the title (2), the exact phrase
    // anywhere (1). bm25 alone lets a long body full of the words beat a
    // short title that says exactly what was asked.
    const QString titleTier = titleMatch.isEmpty()
                                  ? QStringLiteral("0")
                                  : QStringLiteral("(f.rowid IN (SELECT rowid FROM articles_fts "
                                                   "WHERE articles_fts MATCH :title)) * 2");
    const QString phraseTier =
        phrase.isEmpty() ? QStringLiteral("0")
                         : QStringLiteral("(f.rowid IN (SELECT rowid FROM articles_fts WHERE "
                                          "articles_fts MATCH :phrase))");
    QString sql =
        QStringLiteral("SELECT a.id, a.title, a.lang, bm25(articles_fts, %1, %2) AS rank, "
                       "%3 + %4 AS tier "
                       "FROM articles_fts AS f JOIN articles AS a ON a.id = f.rowid "
                       "WHERE articles_fts MATCH :match")
            .arg(kTitleWeight)
            .arg(kBodyWeight)
            .arg(titleTier, phraseTier);
    if (!options.lang.isEmpty())
        sql += QStringLiteral(" AND a.lang = :lang");
    if (!options.status.isEmpty())
        sql += QStringLiteral(" AND a.status = :status");
    if (options.categoryId > 0)
        sql += QStringLiteral(
            " AND a.category_id IN (WITH RECURSIVE below(id) AS (SELECT :category UNION "
            "SELECT c.id FROM article_categories AS c JOIN below ON c.parent_id = below.id) "
            "SELECT id FROM below)");
    // Tags are stored comma-separated; older rows may have spaces after commas.
    if (!options.tag.isEmpty())
        sql += QStringLiteral(" AND instr(',' || replace(a.tags, ', ', ',') || ',', ',' || "
                              ":tag || ',') > 0");
    sql += QStringLiteral(" ORDER BY tier DESC, rank, a.id LIMIT :limit");

    QSqlQuery query(m_database->connection());
    if (!query.prepare(sql))
        return searchError(query);
    query.bindValue(QStringLiteral(":match"), match);
    if (!titleMatch.isEmpty())
        query.bindValue(QStringLiteral(":title"), titleMatch);
    if (!phrase.isEmpty())
        query.bindValue(QStringLiteral(":phrase"), phrase);
    if (!options.lang.isEmpty())
        query.bindValue(QStringLiteral(":lang"), options.lang);
    if (!options.status.isEmpty())
        query.bindValue(QStringLiteral(":status"), options.status);
    if (options.categoryId > 0)
        query.bindValue(QStringLiteral(":category"), options.categoryId);
    if (!options.tag.isEmpty())
        query.bindValue(QStringLiteral(":tag"), options.tag.trimmed());
    query.bindValue(QStringLiteral(":limit"), options.limit);
    if (!query.exec())
        return searchError(query);

    QList<KbSearchHit> hits;
    while (query.next()) {
        KbSearchHit hit;
        hit.id = query.value(0).toLongLong();
        hit.title = query.value(1).toString();
        hit.lang = query.value(2).toString();
        // The tier dominates: a better tier always scores higher.
        hit.score = -query.value(3).toDouble() + query.value(4).toInt() * 1000.0;
        hits.append(hit);
    }
    query.finish();

    // Snippets only for the rows shown: in the ranking query SQLite would
    // build one for every match before sorting.
    query.prepare(QStringLiteral("SELECT snippet(articles_fts, 1, :open, :close, '…', 16), "
                                 "highlight(articles_fts, 0, :open, :close) FROM articles_fts "
                                 "WHERE articles_fts MATCH :match AND rowid = :id"));
    for (KbSearchHit& hit : hits) {
        query.bindValue(QStringLiteral(":open"), options.highlightOpen);
        query.bindValue(QStringLiteral(":close"), options.highlightClose);
        query.bindValue(QStringLiteral(":match"), match);
        query.bindValue(QStringLiteral(":id"), hit.id);
        if (!query.exec())
            return searchError(query);
        if (!query.next())
            continue;
        hit.snippet = query.value(0).toString();
        // Matches only in the title leave the body excerpt unmarked.
        if (!hit.snippet.contains(options.highlightOpen))
            hit.snippet = query.value(1).toString();
    }
    return hits;
}

Result<bool> KbSearch::correct(QList<KbQueryTerm>& terms) const
{
    QSqlQuery query(m_database->connection());
    bool changed = false;
    for (KbQueryTerm& term : terms) {
        // One edit changes too much of a short word ("or" would become
        // "of"), and phrases (CJK chunks) have no single spelling to fix.
        if (term.tokens.size() != 1 || term.tokens.first().size() < kMinCorrectedLength)
            continue;
        const QString token = term.tokens.first();
        query.prepare(QStringLiteral("SELECT 1 FROM articles_fts_terms WHERE term = ?"));
        query.addBindValue(token);
        if (!query.exec())
            return searchError(query);
        if (query.next())
            continue;
        // fts5vocab counts documents by walking each term's postings, so
        // scanning the whole vocabulary is slow on a large index. Only terms
        // with the token's first letter (or its second: a stray letter typed
        // first) are read; people rarely mistype the first letter.
        const QList<uint> letters = token.toUcs4();
        QString best;
        qint64 bestCount = 0;
        for (const uint first : {letters.at(0), letters.at(1)}) {
            query.prepare(QStringLiteral("SELECT term, doc FROM articles_fts_terms "
                                         "WHERE term >= ? AND term < ?"));
            const char32_t from = first;
            const char32_t to = first + 1;
            query.addBindValue(QString::fromUcs4(&from, 1));
            query.addBindValue(QString::fromUcs4(&to, 1));
            if (!query.exec())
                return searchError(query);
            while (query.next()) {
                const QString candidate = query.value(0).toString();
                const qint64 count = query.value(1).toLongLong();
                if (count > bestCount && withinOneEdit(token, candidate)) {
                    best = candidate;
                    bestCount = count;
                }
            }
        }
        if (best.isEmpty())
            continue;
        term.tokens = QStringList{best};
        term.prefix.clear();
        term.surface = best;
        changed = true;
    }
    return changed;
}

} // namespace Switchboard
