// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Switchboard {

// One term of a user query, already in index form.
struct KbQueryTerm
{
    // The index tokens; more than one means a phrase (a Chinese chunk of
    // three or more characters is the phrase of its character bigrams).
    QStringList tokens;
    // The folded, unstemmed word, for prefix matching while the user is still
    // typing it; empty where a prefix makes no sense (CJK chunks).
    QString prefix;
    // The folded term as the user typed it, for messages.
    QString surface;
};

// The text pipeline behind the "switchboard" FTS5 tokenizer and the search
// code, so that indexed text and queries always agree: ICU word segmentation
// (dictionary-based for Chinese), NFKC + case folding + ё→е, Snowball stems
// (Russian for Cyrillic words, English for Latin ones), and character bigrams
// over runs of CJK text so that a two-character word is found even where the
// dictionary split it into single characters. The dictionary only shapes the
// query's terms.
// Not thread-safe (ICU break iterators and Snowball stemmers keep state):
// use one instance per thread or per FTS5 tokenizer.
class KbTextAnalyzer
{
public:
    // text/byteStart/byteEnd: the token and where it came from in the input.
    // Returns an SQLite result code; anything but 0 stops tokenizing.
    using Sink =
        std::function<int(const QByteArray& token, int byteStart, int byteEnd, bool colocated)>;
    // The same as a plain function, with FTS5's xToken signature (flags is
    // FTS5_TOKEN_COLOCATED or 0): indexing calls it for every token, and a
    // std::function and a QByteArray per token cost more than the rest.
    using TokenCallback = int (*)(void* context, int flags, const char* token, int length,
                                  int byteStart, int byteEnd);

    KbTextAnalyzer();
    ~KbTextAnalyzer();
    KbTextAnalyzer(const KbTextAnalyzer&) = delete;
    KbTextAnalyzer& operator=(const KbTextAnalyzer&) = delete;

    bool isValid() const;

    // Document mode stems words and adds every character of a CJK run as a
    // colocated token beside its bigrams (CJK runs are found without the
    // ICU dictionary: only queryTerms() needs its words). Query mode expects
    // text that queryTerms() produced: it folds and segments but does not
    // stem again (stemming a stem is not always a no-op) and emits bigrams
    // only.
    int tokenize(const char* utf8, int length, bool queryMode, const Sink& sink);
    int tokenize(const char* utf8, int length, bool queryMode, void* context,
                 TokenCallback callback);

    // Latin, Cyrillic and Greek words and CJK ideographs are found by a
    // scanner over the UTF-8 text that applies the Unicode word-break rules
    // for them; anything else (marks, emoji, other scripts) goes through the
    // ICU break iterator. Tests switch the scanner off to compare the two.
    void setFastScannerEnabled(bool enabled);

    // Splits user text into terms in index form. Punctuation and FTS5
    // operators are not terms; they vanish like any other punctuation.
    QList<KbQueryTerm> queryTerms(const QString& text);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Switchboard
