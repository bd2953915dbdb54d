// SPDX-License-Identifier: MIT
#include "kbtextanalyzer.h"

#include <libstemmer.h>
#include <sqlite3.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Switchboard {
namespace {

// Longer "words" are identifiers, hashes or garbage: Snowball gains nothing
// on them and they are indexed as they are.
constexpr int kMaxStemmedLength = 64;
// Distinct words remembered per analyzer before the cache starts over.
constexpr size_t kMaxCachedWords = 50000;

enum class WordKind
{
    Plain, // letters or digits in an alphabetic script
    Cjk,   // Han, kana: no spaces between words
};

struct Segment
{
    int start = 0; // UTF-16 indexes into the decoded text
    int end = 0;
    WordKind kind = WordKind::Plain;
};

UScriptCode firstLetterScript(const icu::UnicodeString& text, int start, int end)
{
    for (int i = start; i < end;) {
        const UChar32 c = text.char32At(i);
        UErrorCode error = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &error);
        if (U_SUCCESS(error) && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
            return script;
        i += U16_LENGTH(c);
    }
    return USCRIPT_COMMON;
}

bool isCjkScript(UScriptCode script)
{
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

bool isCjkCodePoint(UChar32 c)
{
    if (c < 0x2E80) // below the CJK radicals: Latin, Cyrillic, punctuation
        return false;
    if (c == 0x3005 || c == 0x30FC) // 々 and ー are Common but part of the word
        return true;
    UErrorCode error = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &error);
    return U_SUCCESS(error) && isCjkScript(script);
}

void appendUtf8(QByteArray& out, const icu::UnicodeString& text)
{
    std::string bytes;
    text.toUTF8String(bytes);
    out.append(bytes.data(), qsizetype(bytes.size()));
}

} // namespace

class KbTextAnalyzer::Private
{
public:
    Private()
    {
        UErrorCode error = U_ZERO_ERROR;
        m_breaker.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), error));
        if (U_FAILURE(error))
            m_breaker.reset();
        error = U_ZERO_ERROR;
        m_fold = icu::Normalizer2::getNFKCCasefoldInstance(error);
        if (U_FAILURE(error))
            m_fold = nullptr;
        m_russian = sb_stemmer_new("russian", "UTF_8");
        m_english = sb_stemmer_new("english", "UTF_8");
    }
    ~Private()
    {
        if (m_russian)
            sb_stemmer_delete(m_russian);
        if (m_english)
            sb_stemmer_delete(m_english);
    }

    bool isValid() const { return m_breaker && m_fold && m_russian && m_english; }

    // Word segments of the text, punctuation and spaces left out.
    std::vector<Segment> segments(const icu::UnicodeString& text)
    {
        std::vector<Segment> result;
        m_breaker->setText(text);
        int start = m_breaker->first();
        for (int end = m_breaker->next(); end != icu::BreakIterator::DONE;
             start = end, end = m_breaker->next()) {
            // Rule status below UBRK_WORD_NONE_LIMIT: spaces, punctuation,
            // symbols and emoji, none of which are searched for.
            if (m_breaker->getRuleStatus() < UBRK_WORD_NONE_LIMIT)
                continue;
            const UScriptCode script = firstLetterScript(text, start, end);
            result.push_back({start, end, isCjkScript(script) ? WordKind::Cjk : WordKind::Plain});
        }
        return result;
    }

    // The same words as segments(), except that a run of CJK characters is
    // one segment, found without ICU: documents index CJK text as character
    // bigrams and unigrams, so the dictionary words inside a run would only
    // be thrown away, and the dictionary lookup is the most expensive part
    // of indexing Chinese text (and of every snippet of it).
    std::vector<Segment> runSegments(const icu::UnicodeString& text)
    {
        const UChar* units = text.getBuffer();
        const int length = text.length();
        // Where the CJK runs are, in one pass over the UTF-16 units.
        std::vector<std::pair<int, int>> runs;
        for (int i = 0; i < length;) {
            const int at = i;
            UChar32 c = 0;
            U16_NEXT(units, i, length, c);
            if (!isCjkCodePoint(c))
                continue;
            if (!runs.empty() && runs.back().second == at)
                runs.back().second = i;
            else
                runs.emplace_back(at, i);
        }
        if (runs.empty())
            return segments(text);

        std::vector<Segment> result;
        auto addWords = [&](int from, int to) {
            bool wordy = false; // spaces and punctuation only: nothing to split
            for (int i = from; i < to && !wordy;) {
                UChar32 c = 0;
                U16_NEXT(units, i, to, c);
                wordy = u_isalnum(c);
            }
            if (!wordy)
                return;
            const icu::UnicodeString part = text.tempSubString(from, to - from);
            for (Segment segment : segments(part)) {
                segment.start += from;
                segment.end += from;
                result.push_back(segment);
            }
        };
        int plainStart = 0;
        for (const auto& [start, end] : runs) {
            addWords(plainStart, start);
            result.push_back({start, end, WordKind::Cjk});
            plainStart = end;
        }
        addWords(plainStart, length);
        return result;
    }

    icu::UnicodeString fold(const icu::UnicodeString& text) const
    {
        UErrorCode error = U_ZERO_ERROR;
        icu::UnicodeString folded = m_fold->normalize(text, error);
        if (U_FAILURE(error))
            folded = text;
        // Russian readers treat ё and е as one letter and mostly type е.
        folded.findAndReplace(icu::UnicodeString(UChar(0x0451)), icu::UnicodeString(UChar(0x0435)));
        return folded;
    }

    // The folded word, stemmed when its script has a stemmer.
    QByteArray indexForm(const icu::UnicodeString& folded, bool stem)
    {
        QByteArray out;
        appendUtf8(out, folded);
        if (!stem || folded.length() > kMaxStemmedLength)
            return out;
        sb_stemmer* stemmer = nullptr;
        switch (firstLetterScript(folded, 0, folded.length())) {
        case USCRIPT_CYRILLIC:
            stemmer = m_russian;
            break;
        case USCRIPT_LATIN:
            stemmer = m_english;
            break;
        default:
            return out;
        }
        const sb_symbol* stemmed = sb_stemmer_stem(
            stemmer, reinterpret_cast<const sb_symbol*>(out.constData()), int(out.size()));
        if (!stemmed)
            return out; // out of memory: the unstemmed word still finds itself
        return QByteArray(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(stemmer));
    }

    // indexForm(fold(text[start, end))), remembered: natural text repeats its
    // words, and folding plus stemming costs more than a lookup.
    const QByteArray& indexFormOf(const icu::UnicodeString& text, int start, int end, bool stem)
    {
        auto& cache = m_cache[stem ? 1 : 0];
        const std::u16string_view key(reinterpret_cast<const char16_t*>(text.getBuffer()) + start,
                                      size_t(end - start));
        if (auto found = cache.find(key); found != cache.end())
            return found->second;
        if (cache.size() >= kMaxCachedWords)
            cache.clear(); // crude, but bounded, and the frequent words return at once
        QByteArray form;
        const icu::UnicodeString folded = fold(text.tempSubString(start, end - start));
        if (!folded.isEmpty())
            form = indexForm(folded, stem);
        return cache.emplace(std::u16string(key), std::move(form)).first->second;
    }

    struct KeyHash
    {
        using is_transparent = void;
        size_t operator()(std::u16string_view key) const
        {
            return std::hash<std::u16string_view>{}(key);
        }
    };
    std::unordered_map<std::u16string, QByteArray, KeyHash, std::equal_to<>> m_cache[2];

    std::unique_ptr<icu::BreakIterator> m_breaker;
    const icu::Normalizer2* m_fold = nullptr;
    sb_stemmer* m_russian = nullptr;
    sb_stemmer* m_english = nullptr;
};

KbTextAnalyzer::KbTextAnalyzer()
    : d(std::make_unique<Private>())
{}

KbTextAnalyzer::~KbTextAnalyzer() = default;

bool KbTextAnalyzer::isValid() const
{
    return d->isValid();
}

int KbTextAnalyzer::tokenize(const char* utf8, int length, bool queryMode, const Sink& sink)
{
    // Decode by hand to remember the byte offset of every UTF-16 unit:
    // FTS5 wants byte offsets for highlight() and snippet().
    // UTF-16 never needs more units than UTF-8 has bytes.
    icu::UnicodeString text;
    UChar* units = text.getBuffer(length + 1);
    if (!units)
        return SQLITE_NOMEM;
    int unitCount = 0;
    std::vector<int> byteOffset;
    byteOffset.reserve(size_t(length) + 1);
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8);
    for (int i = 0; i < length;) {
        const int at = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0)
            c = 0xFFFD; // invalid UTF-8 is kept as a replacement, never a crash
        U16_APPEND_UNSAFE(units, unitCount, c);
        byteOffset.push_back(at);
        if (U16_LENGTH(c) == 2)
            byteOffset.push_back(at);
    }
    text.releaseBuffer(unitCount);
    byteOffset.push_back(length);

    const std::vector<Segment> words = d->runSegments(text);
    for (const Segment& word : words) {
        if (word.kind == WordKind::Plain) {
            const QByteArray& token = d->indexFormOf(text, word.start, word.end, !queryMode);
            if (token.isEmpty())
                continue;
            if (int rc = sink(token, byteOffset[size_t(word.start)], byteOffset[size_t(word.end)],
                              false))
                return rc;
            continue;
        }

        // A run of CJK text: its character bigrams carry the positions.
        std::vector<int> charStart; // UTF-16 index of each code point, plus the end
        for (int i = word.start; i < word.end; i += U16_LENGTH(text.char32At(i)))
            charStart.push_back(i);
        const int count = int(charStart.size());
        charStart.push_back(word.end);

        auto emitRange = [&](int from, int to, bool colocated) {
            const int a = charStart[size_t(from)];
            const int b = charStart[size_t(to)];
            return sink(d->indexFormOf(text, a, b, false), byteOffset[size_t(a)],
                        byteOffset[size_t(b)], colocated);
        };
        if (count == 1) {
            if (int rc = emitRange(0, 1, false))
                return rc;
            continue;
        }
        for (int i = 0; i + 1 < count; ++i) {
            if (int rc = emitRange(i, i + 2, false))
                return rc;
            if (queryMode)
                continue;
            // Documents also index every character, colocated with the
            // bigram it starts (the last one with the last bigram), so that
            // a one-character query (a one-character word, or the first
            // character typed) finds it inside a run.
            if (int rc = emitRange(i, i + 1, true))
                return rc;
            if (i + 2 == count) {
                if (int rc = emitRange(i + 1, i + 2, true))
                    return rc;
            }
        }
    }
    return 0;
}

QList<KbQueryTerm> KbTextAnalyzer::queryTerms(const QString& text)
{
    const icu::UnicodeString utext(reinterpret_cast<const UChar*>(text.utf16()),
                                   int32_t(text.size()));
    const std::vector<Segment> words = d->segments(utext);
    QList<KbQueryTerm> terms;
    auto toQString = [](const icu::UnicodeString& s) {
        return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
    };
    for (size_t w = 0; w < words.size();) {
        const Segment& word = words[w];
        if (word.kind == WordKind::Plain) {
            const icu::UnicodeString folded =
                d->fold(utext.tempSubString(word.start, word.end - word.start));
            ++w;
            if (folded.isEmpty())
                continue;
            KbQueryTerm term;
            term.tokens.append(QString::fromUtf8(d->indexForm(folded, true)));
            term.prefix = toQString(folded);
            term.surface = term.prefix;
            terms.append(term);
            continue;
        }
        // The dictionary often splits a word it does not know into single
        // characters (重置 -> 重 / 置): touching single characters are joined
        // again into one chunk, longer words stand alone. A lone single
        // character between words (打印 / 机 / 无法) joins the word before it,
        // or after it at the start of the run: documents index it only inside
        // bigrams, never alone, so searched alone it would find nothing.
        auto charCount = [&](const Segment& s) {
            return utext.countChar32(s.start, s.end - s.start);
        };
        auto touchingCjk = [&](size_t i) {
            return i + 1 < words.size() && words[i + 1].kind == WordKind::Cjk &&
                   words[i + 1].start == words[i].end;
        };
        auto chunkEnd = [&](size_t first) {
            size_t end = first;
            if (charCount(words[first]) == 1) {
                while (touchingCjk(end) && charCount(words[end + 1]) == 1)
                    ++end;
            }
            return end;
        };
        size_t last = chunkEnd(w);
        if (last == w && charCount(word) == 1 && touchingCjk(last))
            last = chunkEnd(last + 1); // a lone first character: with the next word
        // A lone character right after this chunk belongs to it.
        while (touchingCjk(last) && chunkEnd(last + 1) == last + 1 &&
               charCount(words[last + 1]) == 1)
            ++last;
        const icu::UnicodeString chunk =
            d->fold(utext.tempSubString(words[w].start, words[last].end - words[w].start));
        w = last + 1;
        std::vector<int> charStart;
        for (int i = 0; i < chunk.length(); i += U16_LENGTH(chunk.char32At(i)))
            charStart.push_back(i);
        charStart.push_back(chunk.length());
        const int count = int(charStart.size()) - 1;
        if (count == 0)
            continue;
        KbQueryTerm term;
        term.surface = toQString(chunk);
        if (count == 1)
            term.tokens.append(toQString(chunk));
        for (int i = 0; i + 1 < count; ++i)
            term.tokens.append(toQString(chunk.tempSubString(
                charStart[size_t(i)], charStart[size_t(i) + 2] - charStart[size_t(i)])));
        terms.append(term);
    }
    return terms;
}

} // namespace Switchboard
