// SPDX-License-Identifier: MIT
#include "kbrankfunction.h"

#include "common/tr.h"

#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <new>
#include <vector>

namespace Switchboard {
namespace {

// bm25 as FTS5's own bm25() computes it (fts5_aux.c): the same constants and
// the same floating-point operations in the same order, so the scores are
// equal to the last bit and the order inside a tier does not change.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Tier and score in one double without rounding: the score is kept within
// [2^-kScoreExponent, 2^kScoreExponent) and the tier scales it by a power of
// two (exact) far enough apart that tiers never overlap. A tier added as
// "tier * 1000 + score" would drop the score's low bits and could turn two
// different scores into a tie broken by rowid.
constexpr int kScoreExponent = 100;
constexpr int kTierExponent = 256;

// The arguments after the table: column weights, layout, page size.
constexpr int kTitleWeightArg = 0;
constexpr int kBodyWeightArg = 1;
constexpr int kLayoutArg = 2;
constexpr int kPageArg = 3;
constexpr int kArgCount = 4;

// What stays the same for every row of one query, computed on its first row
// (xQueryPhrase reads every match of a phrase: once per query, never per row)
// and kept with the cursor by xSetAuxdata. The per-row buffers live here too,
// so ranking a row allocates nothing.
struct QueryData
{
    int phraseCount = 0;
    double avgdl = 0;
    double weights[2] = {1.0, 1.0};
    std::vector<double> idf;
    // The layout: the term of each phrase (-1: none), each term's exact
    // phrase and its token offset in the phrase of all terms.
    std::vector<int> termOf;
    std::vector<int> exactPhrase;
    std::vector<qint64> tokenOffset;
    bool phraseTier = false;
    // The best values of the rows ranked so far (a min-heap of at most page
    // values): a row that cannot beat the worst of them is never shown, so
    // its bm25 (which needs the row's length, a docsize look-up) is skipped.
    int page = 0;
    std::vector<double> best;
    // The last row's value, should SQLite ask twice for one row.
    sqlite3_int64 lastRowid = 0;
    bool hasLast = false;
    double lastValue = 0; // 0: NULL
    // Per row.
    std::vector<double> freq;
    std::vector<char> termInTitle;
    std::vector<std::vector<qint64>> starts; // per term: (column << 32) | offset
};

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* userData)
{
    ++*static_cast<sqlite3_int64*>(userData);
    return SQLITE_OK;
}

// Parses "1 2 1" into phrase counts; false when it does not describe the
// query's phrases.
bool parseLayout(const char* text, int phraseCount, std::vector<int>& counts)
{
    counts.clear();
    if (!text)
        return true;
    int total = 0;
    const char* p = text;
    while (*p) {
        if (*p == ' ') {
            ++p;
            continue;
        }
        int n = 0;
        while (*p >= '0' && *p <= '9') {
            n = n * 10 + (*p - '0');
            if (n > phraseCount)
                return false;
            ++p;
        }
        if (n <= 0 || (*p && *p != ' '))
            return false;
        counts.push_back(n);
        total += n;
    }
    return counts.empty() || total == phraseCount;
}

int queryData(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_value** args, QueryData** out)
{
    if (auto* data = static_cast<QueryData*>(api->xGetAuxdata(fts, 0))) {
        *out = data;
        return SQLITE_OK;
    }
    auto* data = new (std::nothrow) QueryData;
    if (!data)
        return SQLITE_NOMEM;
    int rc = SQLITE_OK;
    try {
        const int phraseCount = api->xPhraseCount(fts);
        data->phraseCount = phraseCount;
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK)
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        if (rc == SQLITE_OK)
            data->avgdl = double(tokens) / double(rows);
        data->idf.assign(size_t(phraseCount), 0.0);
        for (int i = 0; rc == SQLITE_OK && i < phraseCount; ++i) {
            sqlite3_int64 hits = 0;
            rc = api->xQueryPhrase(fts, i, &hits, countRow);
            if (rc == SQLITE_OK) {
                double idf = std::log((rows - hits + 0.5) / (hits + 0.5));
                if (idf <= 0.0)
                    idf = 1e-6;
                data->idf[size_t(i)] = idf;
            }
        }
        data->page = sqlite3_value_int(args[kPageArg]);
        data->weights[0] = sqlite3_value_double(args[kTitleWeightArg]);
        data->weights[1] = sqlite3_value_double(args[kBodyWeightArg]);

        std::vector<int> counts;
        const auto* layout = reinterpret_cast<const char*>(sqlite3_value_text(args[kLayoutArg]));
        if (rc == SQLITE_OK && !parseLayout(layout, phraseCount, counts))
            rc = SQLITE_MISMATCH;
        data->termOf.assign(size_t(phraseCount), -1);
        qint64 offset = 0;
        for (size_t term = 0, phrase = 0; rc == SQLITE_OK && term < counts.size(); ++term) {
            data->exactPhrase.push_back(int(phrase));
            data->tokenOffset.push_back(offset);
            offset += api->xPhraseSize(fts, int(phrase));
            for (int k = 0; k < counts[term]; ++k)
                data->termOf[phrase++] = int(term);
        }
        // The phrase of all the query's tokens; one token is no phrase.
        data->phraseTier = offset > 1;
        data->freq.assign(size_t(phraseCount), 0.0);
        if (data->page > 0)
            data->best.reserve(size_t(data->page) + 1);
        data->termInTitle.assign(counts.size(), 0);
        data->starts.resize(counts.size());
    } catch (const std::bad_alloc&) {
        rc = SQLITE_NOMEM; // exceptions must not cross SQLite's C frames
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, data, [](void* p) { delete static_cast<QueryData*>(p); });
    else
        delete data;
    if (rc == SQLITE_OK)
        *out = data;
    return rc;
}

// The terms' exact phrases one after another from one of the first term's
// starts, in the same column.
bool hasPhrase(const QueryData& data)
{
    const size_t terms = data.starts.size();
    for (const qint64 start : data.starts[0]) {
        bool all = true;
        for (size_t term = 1; all && term < terms; ++term) {
            const std::vector<qint64>& starts = data.starts[term];
            all =
                std::binary_search(starts.cbegin(), starts.cend(), start + data.tokenOffset[term]);
        }
        if (all)
            return true;
    }
    return false;
}

void rankFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context,
                  int argCount, sqlite3_value** args)
{
    if (argCount != kArgCount) {
        sqlite3_result_error(context,
                             "kb_rank(fts, titleWeight, bodyWeight, layout, page) takes "
                             "four arguments after the table",
                             -1);
        return;
    }
    QueryData* data = nullptr;
    int rc = queryData(api, fts, args, &data);
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_MISMATCH)
            sqlite3_result_error(context, "kb_rank: the layout does not match the query", -1);
        else
            sqlite3_result_error_code(context, rc);
        return;
    }

    // Rows come once each in rowid order; a second call for the same row
    // must neither count it twice nor answer differently.
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (data->hasLast && rowid == data->lastRowid) {
        if (data->lastValue > 0)
            sqlite3_result_double(context, data->lastValue);
        else
            sqlite3_result_null(context);
        return;
    }
    data->hasLast = true;
    data->lastRowid = rowid;

    const size_t terms = data->starts.size();
    std::fill(data->freq.begin(), data->freq.end(), 0.0);
    std::fill(data->termInTitle.begin(), data->termInTitle.end(), 0);
    for (std::vector<qint64>& starts : data->starts)
        starts.clear();
    try {
        // One pass over each phrase's instances in this row: bm25's
        // frequencies (weighted by column, as bm25() sums them), which terms
        // are in the title, and where the exact phrases start.
        for (int phrase = 0; phrase < data->phraseCount; ++phrase) {
            const int term = data->termOf[size_t(phrase)];
            const bool collectStarts =
                data->phraseTier && term >= 0 && data->exactPhrase[size_t(term)] == phrase;
            double& freq = data->freq[size_t(phrase)];
            Fts5PhraseIter iter;
            int column = 0;
            int offset = 0;
            rc = api->xPhraseFirst(fts, phrase, &iter, &column, &offset);
            if (rc != SQLITE_OK)
                break;
            for (; column >= 0; api->xPhraseNext(fts, &iter, &column, &offset)) {
                freq += column < 2 ? data->weights[column] : 1.0;
                if (term >= 0 && column == 0)
                    data->termInTitle[size_t(term)] = 1;
                if (collectStarts)
                    data->starts[size_t(term)].push_back((qint64(column) << 32) | offset);
            }
        }
    } catch (const std::bad_alloc&) {
        rc = SQLITE_NOMEM;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }

    int tier = 0;
    if (terms > 0) {
        const bool title = std::all_of(data->termInTitle.cbegin(), data->termInTitle.cend(),
                                       [](char in) { return in != 0; });
        tier = (title ? 2 : 0) + (data->phraseTier && hasPhrase(*data) ? 1 : 0);
    }
    const double k1 = kK1;
    const double b = kB;
    auto value = [&](double score) {
        // bm25() returns -score; the tiers need a positive score to scale.
        score =
            std::clamp(score, std::ldexp(1.0, -kScoreExponent), std::ldexp(1.0, kScoreExponent));
        return std::ldexp(score, tier * kTierExponent);
    };
    auto result = [&](double v) {
        data->lastValue = v;
        if (v > 0)
            sqlite3_result_double(context, v);
        else
            sqlite3_result_null(context);
    };
    const bool pageFull = data->page > 0 && data->best.size() >= size_t(data->page);
    if (pageFull) {
        // The score this row would have at length 0: never below its bm25
        // (each term's share falls as the length grows, also in floating
        // point). Below the page's worst value, the row cannot be shown.
        double bound = 0.0;
        for (int i = 0; i < data->phraseCount; ++i) {
            const double f = data->freq[size_t(i)];
            bound += data->idf[size_t(i)] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b)));
        }
        if (value(bound) < data->best.front()) {
            result(0);
            return;
        }
    }

    int rowTokens = 0;
    rc = api->xColumnSize(fts, -1, &rowTokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double D = double(rowTokens);
    double score = 0.0;
    for (int i = 0; i < data->phraseCount; ++i) {
        const double f = data->freq[size_t(i)];
        score +=
            data->idf[size_t(i)] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * D / data->avgdl)));
    }
    const double v = value(score);
    if (data->page > 0 && (!pageFull || v > data->best.front())) {
        std::vector<double>& best = data->best;
        if (pageFull) {
            std::pop_heap(best.begin(), best.end(), std::greater<>());
            best.pop_back();
        }
        best.push_back(v); // reserved: no allocation
        std::push_heap(best.begin(), best.end(), std::greater<>());
    }
    result(v);
}

} // namespace

Status registerKbRankFunction(fts5_api* api)
{
    const int rc = api->xCreateFunction(api, kKbRankFunctionName, nullptr, rankFunction, nullptr);
    if (rc != SQLITE_OK)
        return Error{ErrorKind::Runtime, Tr::tr("cannot register the search ranking: %1")
                                             .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return {};
}

KbRank decodeKbRank(double value)
{
    KbRank rank;
    if (!(value > 0))
        return rank;
    rank.tier = std::max(0, (std::ilogb(value) + kScoreExponent) / kTierExponent);
    rank.score = std::ldexp(value, -rank.tier * kTierExponent);
    return rank;
}

QString kbRankLayout(const QList<int>& phrasesPerTerm)
{
    QStringList parts;
    for (const int count : phrasesPerTerm)
        parts.append(QString::number(count));
    return parts.join(QLatin1Char(' '));
}

} // namespace Switchboard
