// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

struct fts5_api;

namespace Switchboard {

// The FTS5 auxiliary function that ranks knowledge-base matches:
//
//   kb_rank(articles_fts, titleWeight, bodyWeight, layout, page)
//
// layout: the phrases of each query term in MATCH order, as a text such as
// "1 2 1" (a term is its exact phrase, optionally followed by a prefix
// phrase: `"word"` or `("word" OR "wor"*)`). The query must be the AND of
// those terms. Empty (or NULL): no tiers, bm25 only (the OR fallback).
// The tier of a row is 2 when every term occurs in the title (column 0),
// plus 1 when the terms' exact phrases stand one after another in one column
// in query order (the phrase of all the query's tokens; only when there is
// more than one token). The score inside a tier is bm25(articles_fts,
// titleWeight, bodyWeight) negated (higher is better), to the last bit.
//
// The value orders rows by tier first, then by score, exactly (no rounding
// of one into the other): ORDER BY kb_rank(...) DESC, rowid. decodeKbRank()
// splits it again. page: the LIMIT of that statement (0: none). A row that
// page rows already seen beat for certain is NULL (sorted last): its bm25 is
// not computed. So the first page rows are the same as without a page.
inline constexpr char kKbRankFunctionName[] = "kb_rank";

// Registers kb_rank on the connection that api belongs to. Every connection
// that registers the "switchboard" tokenizer does this too.
Status registerKbRankFunction(fts5_api* api);

struct KbRank
{
    int tier = 0;
    double score = 0; // -bm25
};

KbRank decodeKbRank(double value);

// The layout argument for terms with these phrase counts.
QString kbRankLayout(const QList<int>& phrasesPerTerm);

} // namespace Switchboard
