// SPDX-License-Identifier: MIT
#include "kbsearch.h"

#include "articlerepository.h"
#include "common/tr.h"
#include "kblocalindex.h"
#include "kbrankfunction.h"
#include "kbtokenizer.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace Switchboard {
namespace {

// bm25 weights of the columns title and body.
constexpr double kTitleWeight = 10.0;
constexpr double kBodyWeight = 1.0;
// Shortest index token that typo correction touches.
constexpr int kMinCorrectedLength = 4;
// Typo correction: one-edit variants of a word looked up at most, and the
// processor time it may take for the whole query; past either the words left are kept
// as typed (the OR fallback still runs).
constexpr int kMaxCorrectionLookups = 2000;
constexpr qint64 kCorrectionBudgetMs = 25;
// Shortest last word (in characters) that is matched as a prefix while
// typing. "п*" or "reset p*" expand to every indexed word with that start and
// merge their postings: seconds on a large knowledge base, for results the
// next letter replaces anyway.
constexpr int kMinPrefixLength = 3;
// similar(): terms OR-combined at most; more only add noise and FTS5 work.
constexpr qsizetype kMaxSimilarTerms = 12;
// similar(): characters of the text read. A long message (a quoted mail
// thread, a log) says what it is about early, and every word costs a
// vocabulary look-up.
constexpr qsizetype kMaxSimilarText = 4000;
// similar(): a term in more than this share of the articles is too common to
// tell them apart, once there are enough articles for shares to mean much.
constexpr double kCommonTermShare = 0.5;
constexpr qint64 kMinArticlesForShare = 20;

// CPU time of the calling thread. The correction budget caps the work one
// search does; measured on the wall clock, a busy machine (another program,
// a build) cut the same correction short at random.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

int characterCount(const QString& text)
{
    return int(text.toUcs4().size());
}

// The last word is being typed and too short to be matched as a prefix.
bool isShortTypedWord(const QList<KbQueryTerm>& terms, const KbSearchOptions& options)
{
    return options.prefixLastWord && !terms.isEmpty() && !terms.last().prefix.isEmpty() &&
           characterCount(terms.last().prefix) < kMinPrefixLength;
}

// The term is matched as its exact phrase or the prefix phrase of the word.
bool hasPrefixPhrase(const KbQueryTerm& term, bool prefix)
{
    return prefix && !term.prefix.isEmpty() && characterCount(term.prefix) >= kMinPrefixLength;
}

QString termExpression(const KbQueryTerm& term, bool prefix)
{
    const QString exact = quoted(term.tokens.join(QLatin1Char(' ')));
    if (!hasPrefixPhrase(term, prefix))
        return exact;
    return QStringLiteral("(%1 OR %2*)").arg(exact, quoted(term.prefix));
}

bool isStopWord(const QString& folded);

// Any of the terms. Stop words are left out where other terms remain: an
// article that shares only "is" or "my" with the question is no answer, and
// their postings (most articles) made ranking the OR slow.
QString matchAny(const QList<KbQueryTerm>& terms)
{
    QStringList parts;
    QStringList stopWords;
    for (const KbQueryTerm& term : terms) {
        const bool wordIsStop = !term.prefix.isEmpty() && isStopWord(term.prefix);
        for (const QString& token : term.tokens) {
            const bool stop = wordIsStop || (term.prefix.isEmpty() && isStopWord(token));
            (stop ? stopWords : parts).append(quoted(token));
        }
    }
    if (parts.isEmpty())
        parts = stopWords;
    parts.removeDuplicates();
    return parts.join(QLatin1String(" OR "));
}

Error searchError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the knowledge base search failed: %1").arg(query.lastError().text())};
}

// The conditions on the article row (alias a) that the options ask for.
QString filterSql(const KbSearchOptions& options)
{
    QString sql;
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
    return sql;
}

void bindFilters(QSqlQuery& query, const KbSearchOptions& options)
{
    if (!options.lang.isEmpty())
        query.bindValue(QStringLiteral(":lang"), options.lang);
    if (!options.status.isEmpty())
        query.bindValue(QStringLiteral(":status"), options.status);
    if (options.categoryId > 0)
        query.bindValue(QStringLiteral(":category"), options.categoryId);
    if (!options.tag.isEmpty())
        query.bindValue(QStringLiteral(":tag"), options.tag.trimmed());
}

// Words that say nothing about what a ticket is about: greetings, pronouns,
// negations, prepositions. Folded, unstemmed (ё as е); Chinese ones as the
// bigrams the index holds. Rare terms are preferred anyway, but on a small
// knowledge base even "not" is rare, and one shared "not" is no reason to
// suggest an article.
bool isStopWord(const QString& folded)
{
    static const QSet<QString> words = [] {
        const char* const lists[] = {
            "a about after again all also am an and any are as at be because been before being "
            "below between both but by can cannot could did do does doing don't done during each "
            "even ever every few for from further get gets got had has have having he hello her "
            "here hers him his how i i'm i've if in into is isn't it it's its just let me more "
            "most my no nor not now of off on once only or other our out over own please same "
            "she should since so some still such than thank thanks that the their them then "
            "there these they this those through to too under until up us very was we were what "
            "when where which while who whom why will with won't would yet you your regards dear "
            "hi team problem issue help",
            "а без более бы был была были было быть в вам вас весь во вот все всего всех вы где "
            "да даже для до добрый день его ее если есть еще же за здесь здравствуйте и из или "
            "им их к как какой когда кто ли либо мне много может можно мой мою моя мы на над "
            "надо нас не него нее нет ни ничего но ну о об однако он она они оно от очень по под "
            "после почему пожалуйста при про с сейчас со спасибо так также там те тем то того "
            "тоже только том тот у уже хотя чего чем что чтобы эта эти это этого этой этот я "
            "проблема помогите вопрос",
            "你好 您好 谢谢 请问 我们 你们 他们 我的 你的 什么 怎么 如何 为什 可以 没有 无法 不能 "
            "不了 "
            "一个 这个 那个 已经 还是 但是 因为 所以 如果 问题 帮助 帮忙 现在",
        };
        QSet<QString> set;
        for (const char* list : lists) {
            for (const QString& word :
                 QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                set.insert(word);
        }
        return set;
    }();
    return words.contains(folded);
}

// A term of the text given to similar(), before it is looked up.
struct SimilarCandidate
{
    QString token;
    int count = 0;
    bool inFirstLine = false;
    int firstSeen = 0;
    double weight = 0;
};

} // namespace

KbSearch::KbSearch(DatabasePtr database)
    : m_database(std::move(database))
{
    auto index = KbLocalIndex::searchDatabase(m_database);
    if (index)
        m_index = index.value();
    else
        m_indexError = index.error();
}

QString KbSearch::matchAll(const QList<KbQueryTerm>& terms, bool prefixLastWord)
{
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i)
        parts.append(termExpression(terms.at(i), prefixLastWord && i + 1 == terms.size()));
    return parts.join(QLatin1String(" AND "));
}

Result<KbSearchResult> KbSearch::search(const QString& text, const KbSearchOptions& options) const
{
    if (m_indexError)
        return *m_indexError;
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

    KbSearchOptions effective = options;
    auto hits = runTerms(terms, effective);
    if (!hits)
        return hits.error();
    if (hits->isEmpty() && terms.size() > 1 && isShortTypedWord(terms, effective)) {
        // "reset p": the word being typed is too short to be a prefix and
        // finds nothing as a word; what the words before it find is what
        // the next letters will narrow down.
        terms.removeLast();
        effective.prefixLastWord = false;
        hits = runTerms(terms, effective);
        if (!hits)
            return hits.error();
    }
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
            hits = runTerms(terms, effective);
            if (!hits)
                return hits.error();
        }
    }
    if (hits->isEmpty()) {
        // Every term at once was too much: any of them, best bm25 first.
        hits = run(matchAny(terms), QString(), effective);
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
    // kb_rank finds the tiers in the positions of each term's phrases:
    // the exact phrase, and the prefix phrase if termExpression() adds one.
    QList<int> layout;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const bool prefix = options.prefixLastWord && i + 1 == terms.size();
        layout.append(hasPrefixPhrase(terms.at(i), prefix) ? 2 : 1);
    }
    return run(matchAll(terms, options.prefixLastWord), kbRankLayout(layout), options);
}

Result<QList<KbSearchHit>> KbSearch::run(const QString& match, const QString& layout,
                                         const KbSearchOptions& options) const
{
    // Tiers before bm25: all terms in the title (2), the exact phrase
    // anywhere (1). bm25 alone lets a long body full of the words beat a
    // short title that says exactly what was asked. kb_rank computes both
    // from one pass over each matching row's term positions; as SQL
    // ("rowid IN (SELECT rowid … MATCH title : …)" and the same for the
    // phrase) every tier was one more full FTS5 query over all postings,
    // and counting the best tiers first to spare bm25 two more. kb_rank
    // spares bm25 by itself for rows that the page rows seen so far beat.
    // The article row only where a filter needs it: lang and status come
    // after the long body in the row, and reading them for every match
    // walks the body's overflow pages.
    const QString filters = filterSql(options);
    QSqlQuery query(m_index->connection());
    const QString sql =
        QStringLiteral("SELECT f.rowid, %1(articles_fts, %2, %3, :layout, :page) AS score ")
            .arg(QLatin1String(kKbRankFunctionName))
            .arg(kTitleWeight, 0, 'f', 1)
            .arg(kBodyWeight, 0, 'f', 1) +
        (filters.isEmpty() ? QStringLiteral("FROM articles_fts AS f")
                           : QStringLiteral("FROM articles_fts AS f JOIN articles AS a ON a.id = "
                                            "f.rowid")) +
        QStringLiteral(" WHERE articles_fts MATCH :match") + filters +
        QStringLiteral(" ORDER BY score DESC, f.rowid LIMIT :limit");
    if (!query.prepare(sql))
        return searchError(query);
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":layout"), layout);
    query.bindValue(QStringLiteral(":page"), options.limit);
    bindFilters(query, options);
    query.bindValue(QStringLiteral(":limit"), options.limit);
    if (!query.exec())
        return searchError(query);

    QList<KbSearchHit> hits;
    while (query.next()) {
        // NULL: a row that page rows beat (kb_rank skipped its bm25);
        // sorted last, so never among the first rows.
        if (query.isNull(1))
            continue;
        KbSearchHit hit;
        hit.id = query.value(0).toLongLong();
        // The tier dominates: a better tier always scores higher.
        const KbRank rank = decodeKbRank(query.value(1).toDouble());
        hit.score = rank.score + rank.tier * 1000.0;
        hits.append(hit);
    }
    query.finish();
    if (hits.isEmpty())
        return hits;

    // Title and language of the page's rows only.
    QStringList ids;
    for (const KbSearchHit& hit : std::as_const(hits))
        ids.append(QString::number(hit.id)); // numbers formatted here, never user text
    if (!query.exec(QStringLiteral("SELECT id, title, lang FROM articles WHERE id IN (%1)")
                        .arg(ids.join(QLatin1Char(',')))))
        return searchError(query);
    QHash<qint64, std::pair<QString, QString>> details;
    while (query.next())
        details.insert(query.value(0).toLongLong(),
                       {query.value(1).toString(), query.value(2).toString()});
    query.finish();
    for (qsizetype i = hits.size() - 1; i >= 0; --i) {
        const auto found = details.constFind(hits.at(i).id);
        if (found == details.cend()) {
            hits.removeAt(i); // an index row without its article: never shown
            continue;
        }
        hits[i].title = found->first;
        hits[i].lang = found->second;
    }
    if (Status snippets = addSnippets(hits, match, options); !snippets)
        return snippets.error();
    return hits;
}

Status KbSearch::addSnippets(QList<KbSearchHit>& hits, const QString& match,
                             const KbSearchOptions& options) const
{
    if (hits.isEmpty())
        return {};
    // Snippets only for the rows shown: in the ranking query SQLite would
    // build one for every match before sorting. One statement for all of
    // them: every MATCH re-reads the postings (and expands a prefix over
    // the whole vocabulary), so one per hit multiplied that work. The rowid
    // range lets FTS5 skip to the first hit; the list keeps snippet() to
    // the rows shown. highlight() of the title is cheap (a short column).
    QHash<qint64, KbSearchHit*> byId;
    QStringList ids;
    qint64 lowest = hits.first().id;
    qint64 highest = lowest;
    for (KbSearchHit& hit : hits) {
        byId.insert(hit.id, &hit);
        ids.append(QString::number(hit.id));
        lowest = std::min(lowest, hit.id);
        highest = std::max(highest, hit.id);
    }
    QSqlQuery query(m_index->connection());
    // The ids are numbers formatted here, never user text. "+rowid" keeps
    // SQLite from handing the IN list to FTS5 as one lookup per id.
    if (!query.prepare(
            QStringLiteral("SELECT rowid, snippet(articles_fts, 1, :open, :close, '…', 16), "
                           "highlight(articles_fts, 0, :open, :close) FROM articles_fts "
                           "WHERE articles_fts MATCH :match AND rowid >= :lowest AND "
                           "rowid <= :highest AND +rowid IN (%1)")
                .arg(ids.join(QLatin1Char(',')))))
        return searchError(query);
    query.bindValue(QStringLiteral(":open"), options.highlightOpen);
    query.bindValue(QStringLiteral(":close"), options.highlightClose);
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":lowest"), lowest);
    query.bindValue(QStringLiteral(":highest"), highest);
    if (!query.exec())
        return searchError(query);
    while (query.next()) {
        KbSearchHit* hit = byId.value(query.value(0).toLongLong());
        if (!hit)
            continue;
        hit->snippet = query.value(1).toString();
        // Matches only in the title leave the body excerpt unmarked.
        if (!hit->snippet.contains(options.highlightOpen))
            hit->snippet = query.value(2).toString();
    }
    return {};
}

Result<KbSearchResult> KbSearch::similar(const QString& text, const KbSearchOptions& options) const
{
    if (m_indexError)
        return *m_indexError;
    KbSearchResult result;
    if (options.limit <= 0)
        return result;
    if (options.categoryId == 0 && !options.categoryPath.isEmpty()) {
        auto category = ArticleRepository(m_database).categoryIdByPath(options.categoryPath);
        if (!category)
            return category.error();
        KbSearchOptions resolved = options;
        resolved.categoryId = category.value();
        return similar(text, resolved);
    }

    const QString head = text.left(kMaxSimilarText);
    const qsizetype lineEnd = head.indexOf(QLatin1Char('\n'));
    QHash<QString, SimilarCandidate> candidates;
    auto collect = [&candidates](const QString& part, bool firstLine) {
        for (const KbQueryTerm& term : kbQueryTerms(part)) {
            // A word is judged as written; a CJK chunk by its bigrams.
            if (!term.prefix.isEmpty() && isStopWord(term.prefix))
                continue;
            for (const QString& token : term.tokens) {
                // Single letters, digits and Chinese characters match
                // almost anything.
                if (token.toUcs4().size() < 2 || (term.prefix.isEmpty() && isStopWord(token)))
                    continue;
                SimilarCandidate& candidate = candidates[token];
                if (candidate.count == 0) {
                    candidate.token = token;
                    candidate.firstSeen = int(candidates.size());
                }
                ++candidate.count;
                candidate.inFirstLine = candidate.inFirstLine || firstLine;
            }
        }
    };
    collect(lineEnd < 0 ? head : head.left(lineEnd), true);
    if (lineEnd >= 0)
        collect(head.mid(lineEnd + 1), false);
    if (candidates.isEmpty())
        return result;

    QSqlQuery query(m_index->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles")) || !query.next())
        return searchError(query);
    const qint64 articleCount = query.value(0).toLongLong();
    query.finish();
    if (!query.prepare(QStringLiteral("SELECT doc FROM articles_fts_terms WHERE term = ?")))
        return searchError(query);
    QList<SimilarCandidate> kept;
    for (SimilarCandidate& candidate : candidates) {
        query.addBindValue(candidate.token);
        if (!query.exec())
            return searchError(query);
        const qint64 documents = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        // Absent from every article: it cannot match, and counting it would
        // make the required overlap unreachable.
        if (documents == 0)
            continue;
        if (articleCount >= kMinArticlesForShare &&
            double(documents) > kCommonTermShare * double(articleCount))
            continue;
        // bm25's idf, kept positive; a subject word says more than one
        // deep in the message, a repeated word more than a passing one.
        const double idf =
            std::log(1.0 + (double(articleCount - documents) + 0.5) / (double(documents) + 0.5));
        candidate.weight =
            idf * (candidate.inFirstLine ? 2.0 : 1.0) * (1.0 + std::log(double(candidate.count)));
        kept.append(candidate);
    }
    std::sort(kept.begin(), kept.end(), [](const SimilarCandidate& a, const SimilarCandidate& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.firstSeen < b.firstSeen;
    });
    if (kept.size() > kMaxSimilarTerms)
        kept.resize(kMaxSimilarTerms);
    if (kept.isEmpty())
        return result;
    QStringList tokens;
    for (const SimilarCandidate& candidate : std::as_const(kept))
        tokens.append(candidate.token);
    // One shared word of a long text is chance; two are a topic.
    const int needed = tokens.size() >= 3 ? 2 : 1;
    auto hits = runSimilar(tokens, needed, options);
    if (!hits)
        return hits.error();
    result.hits = std::move(hits.value());
    return result;
}

Result<QList<KbSearchHit>> KbSearch::runSimilar(const QStringList& tokens, int needed,
                                                const KbSearchOptions& options) const
{
    QStringList quotedTokens;
    QStringList overlap;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        quotedTokens.append(quoted(tokens.at(i)));
        overlap.append(QStringLiteral("(f.rowid IN (SELECT rowid FROM articles_fts WHERE "
                                      "articles_fts MATCH :t%1))")
                           .arg(i));
    }
    const QString match = quotedTokens.join(QLatin1String(" OR "));
    const QString sql =
        QStringLiteral("SELECT id, title, lang, rank FROM (SELECT a.id AS id, a.title AS title, "
                       "a.lang AS lang, bm25(articles_fts, %1, %2) AS rank, %3 AS overlap "
                       "FROM articles_fts AS f JOIN articles AS a ON a.id = f.rowid "
                       "WHERE articles_fts MATCH :match%4) "
                       "WHERE overlap >= :needed ORDER BY rank, id LIMIT :limit")
            .arg(kTitleWeight)
            .arg(kBodyWeight)
            .arg(overlap.join(QLatin1String(" + ")), filterSql(options));

    QSqlQuery query(m_index->connection());
    if (!query.prepare(sql))
        return searchError(query);
    query.bindValue(QStringLiteral(":match"), match);
    for (qsizetype i = 0; i < quotedTokens.size(); ++i)
        query.bindValue(QStringLiteral(":t%1").arg(i), quotedTokens.at(i));
    bindFilters(query, options);
    query.bindValue(QStringLiteral(":needed"), needed);
    query.bindValue(QStringLiteral(":limit"), options.limit);
    if (!query.exec())
        return searchError(query);

    QList<KbSearchHit> hits;
    while (query.next()) {
        KbSearchHit hit;
        hit.id = query.value(0).toLongLong();
        hit.title = query.value(1).toString();
        hit.lang = query.value(2).toString();
        hit.score = -query.value(3).toDouble();
        hits.append(hit);
    }
    query.finish();
    if (Status snippets = addSnippets(hits, match, options); !snippets)
        return snippets.error();
    return hits;
}

Result<bool> KbSearch::correct(QList<KbQueryTerm>& terms) const
{
    // fts5vocab counts a term's documents by walking all its postings: a
    // range of terms (every word with the same first letter) costs tens of
    // milliseconds on a large knowledge base, and so does one common word.
    // Whether a term is indexed at all is a MATCH that stops at the first
    // row; so the word and its one-edit variants are checked that way, one
    // by one, within a time budget for the whole query, and only the
    // variants found are counted.
    QSqlQuery exists(m_index->connection());
    if (!exists.prepare(
            QStringLiteral("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1")))
        return searchError(exists);
    auto indexed = [&exists](const QString& term) -> Result<bool> {
        exists.addBindValue(quoted(term));
        if (!exists.exec())
            return searchError(exists);
        const bool found = exists.next();
        exists.finish();
        return found;
    };
    QSqlQuery query(m_index->connection());
    if (!query.prepare(QStringLiteral("SELECT doc FROM articles_fts_terms WHERE term = ?")))
        return searchError(query);
    auto documents = [&query](const QString& term) -> Result<qint64> {
        query.addBindValue(term);
        if (!query.exec())
            return searchError(query);
        const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        return count;
    };
    const qint64 startedNs = threadCpuNs();
    int lookups = 0;
    bool changed = false;
    for (KbQueryTerm& term : terms) {
        // One edit changes too much of a short word ("or" would become
        // "of"), and phrases (CJK chunks) have no single spelling to fix.
        if (term.tokens.size() != 1 || term.tokens.first().size() < kMinCorrectedLength)
            continue;
        const QString token = term.tokens.first();
        auto present = indexed(token);
        if (!present)
            return present.error();
        if (present.value())
            continue;
        const std::u32string word = token.toStdU32String();
        // The letters an edit may bring in: the word's alphabet (by its first
        // letter's script: folded, so lower case, and ё is е) and its own.
        std::u32string alphabet;
        if (word.front() >= U'а' && word.front() <= U'я') {
            for (char32_t c = U'а'; c <= U'я'; ++c)
                alphabet.push_back(c);
        } else if (word.front() >= U'a' && word.front() <= U'z') {
            for (char32_t c = U'a'; c <= U'z'; ++c)
                alphabet.push_back(c);
        }
        for (const char32_t c : word) {
            if (alphabet.find(c) == std::u32string::npos)
                alphabet.push_back(c);
        }
        QSet<QString> variants;
        auto add = [&variants](const std::u32string& variant) {
            variants.insert(QString::fromStdU32String(variant));
        };
        for (size_t i = 0; i <= word.size(); ++i) {
            if (i < word.size()) {
                add(word.substr(0, i) + word.substr(i + 1)); // a letter too many
                if (i + 1 < word.size()) {
                    std::u32string swapped = word;
                    std::swap(swapped[i], swapped[i + 1]); // neighbours swapped
                    add(swapped);
                }
            }
            for (const char32_t c : alphabet) {
                add(word.substr(0, i) + c + word.substr(i)); // a letter missing
                if (i < word.size())
                    add(word.substr(0, i) + c + word.substr(i + 1)); // a wrong letter
            }
        }
        variants.remove(token);
        QString best;
        qint64 bestCount = 0;
        // In a fixed order: the most frequent variant wins, ties by spelling,
        // so the same typo is always corrected the same way.
        QStringList ordered(variants.cbegin(), variants.cend());
        std::sort(ordered.begin(), ordered.end());
        for (const QString& candidate : std::as_const(ordered)) {
            if (++lookups > kMaxCorrectionLookups ||
                threadCpuNs() - startedNs > kCorrectionBudgetMs * 1000000)
                break;
            auto found = indexed(candidate);
            if (!found)
                return found.error();
            if (!found.value())
                continue;
            auto count = documents(candidate);
            if (!count)
                return count.error();
            if (count.value() > bestCount) {
                best = candidate;
                bestCount = count.value();
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
