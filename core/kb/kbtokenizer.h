// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "kbtextanalyzer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Switchboard {

// The FTS5 tokenizer name used by tokenize='switchboard'.
inline constexpr char kKbTokenizerName[] = "switchboard";

// Registers the "switchboard" FTS5 tokenizer (see KbTextAnalyzer) on one
// SQLite connection. SQLite keeps tokenizers per connection, so every
// connection that touches a knowledge-base FTS table needs this.
Status registerKbTokenizer(sqlite3* db);
// The same for a Qt connection (QSQLITE driver).
Status registerKbTokenizer(QSqlDatabase& db);

// User text split by the same pipeline, for building MATCH expressions.
// Uses one analyzer per thread.
QList<KbQueryTerm> kbQueryTerms(const QString& text);

} // namespace Switchboard
