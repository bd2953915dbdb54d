// SPDX-License-Identifier: MIT
#include "kbtokenizer.h"

#include "common/tr.h"
#include "kbrankfunction.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <new>

namespace Switchboard {
namespace {

// One analyzer per tokenizer instance: FTS5 creates an instance per table and
// connection, and connections never cross threads, so no locking is needed.
int createTokenizer(void*, const char**, int, Fts5Tokenizer** out)
{
    auto* analyzer = new (std::nothrow) KbTextAnalyzer;
    if (!analyzer)
        return SQLITE_NOMEM;
    if (!analyzer->isValid()) {
        delete analyzer;
        return SQLITE_ERROR;
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(analyzer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer* tokenizer)
{
    delete reinterpret_cast<KbTextAnalyzer*>(tokenizer);
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int))
{
    auto* analyzer = reinterpret_cast<KbTextAnalyzer*>(tokenizer);
    // FTS5_TOKENIZE_PREFIX comes with FTS5_TOKENIZE_QUERY; query text is
    // already in index form (kbQueryTerms), so neither is stemmed again.
    const bool queryMode = (flags & FTS5_TOKENIZE_QUERY) != 0;
    try {
        // FTS5's callback as it is: no wrapper call per token.
        return analyzer->tokenize(text, length, queryMode, context, token);
    } catch (const std::bad_alloc&) {
        // Exceptions must not cross SQLite's C frames.
        return SQLITE_NOMEM;
    }
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

Status registerKbTokenizer(sqlite3* db)
{
    if (!db)
        return Error{ErrorKind::Runtime, Tr::tr("no SQLite connection to register the search "
                                                "tokenizer on")};
    fts5_api* api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return Error{ErrorKind::Runtime,
                     Tr::tr("this SQLite library has no usable full-text search (FTS5)")};
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    const int rc = api->xCreateTokenizer(api, kKbTokenizerName, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return Error{ErrorKind::Runtime, Tr::tr("cannot register the search tokenizer: %1")
                                             .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    // The ranking function reads this tokenizer's index: same connections.
    return registerKbRankFunction(api);
}

Status registerKbTokenizer(QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{ErrorKind::Runtime, Tr::tr("the search tokenizer needs an SQLite connection")};
    return registerKbTokenizer(*static_cast<sqlite3* const*>(handle.constData()));
}

QList<KbQueryTerm> kbQueryTerms(const QString& text)
{
    thread_local KbTextAnalyzer analyzer;
    if (!analyzer.isValid())
        return {};
    return analyzer.queryTerms(text);
}

} // namespace Switchboard
