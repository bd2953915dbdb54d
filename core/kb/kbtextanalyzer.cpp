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

#include <array>
#include <cstring>
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

// What the scanner needs to know about a code point. Word characters and the
// punctuation that may join them follow Unicode's Word_Break property as
// ICU's root rules use it; anything the scanner does not handle (combining
// marks, format characters, emoji, underscores, scripts with their own
// rules) is Slow and sends its stretch of text to the ICU break iterator.
enum CharClass : uint8_t
{
    Space,     // ASCII white space: always a word boundary
    Letter,    // Latin, Cyrillic or Greek letter (Word_Break=ALetter)
    Digit,     // Word_Break=Numeric
    MidLetter, // joins two letters (apostrophe-like)
    MidNum,    // joins two digits (comma, semicolon)
    MidBoth,   // joins two letters or two digits (full stop, single quote)
    Other,     // punctuation, symbols, spaces: a boundary on both sides
    Slow,
    Cjk,      // part of a CJK run (isCjkCodePoint)
    CjkPlain, // a CJK run character that NFKC case folding leaves as it is
};

bool joinsLetters(CharClass c)
{
    return c == MidLetter || c == MidBoth;
}

bool joinsDigits(CharClass c)
{
    return c == MidNum || c == MidBoth;
}

// Whether ICU's word break rules keep `text` in one piece.
bool icuKeepsTogether(icu::BreakIterator& breaker, const icu::UnicodeString& text)
{
    breaker.setText(text);
    breaker.first();
    return breaker.next() == text.length();
}

CharClass classifyWithIcu(UChar32 c, icu::BreakIterator* breaker)
{
    if (c < 0)
        return Slow; // invalid UTF-8: the ICU path replaces it as before
    if (c == ' ' || (c >= 0x09 && c <= 0x0D))
        return Space;
    if (isCjkCodePoint(c)) {
        // Unified ideographs have no compatibility or case mappings.
        const bool plain = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
        return plain ? CjkPlain : Cjk;
    }
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC))
        return Slow;
    if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT)
        return Slow; // Thai, Lao, Khmer...: ICU segments them with dictionaries
    const int wordBreak = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
    if (wordBreak != U_WB_ALETTER && wordBreak != U_WB_NUMERIC) {
        // ICU tailors a few of these (the root rules treat '@' as a letter,
        // so that mail addresses stay one word): only punctuation that ICU
        // keeps apart from the letters beside it is handled here.
        const bool common = c < 0x0530 || (c >= 0x2000 && c < 0x2C00) ||
                            (c >= 0x3000 && c < 0x3040) || (c >= 0xFE30 && c < 0xFFF0);
        if (!common || !breaker)
            return Slow;
        icu::UnicodeString before(u"a");
        before.append(c);
        icu::UnicodeString after(c);
        after.append(UChar(u'a'));
        icu::UnicodeString digitBefore(u"1");
        digitBefore.append(c);
        icu::UnicodeString digitAfter(c);
        digitAfter.append(UChar(u'1'));
        if (icuKeepsTogether(*breaker, before) || icuKeepsTogether(*breaker, after) ||
            icuKeepsTogether(*breaker, digitBefore) || icuKeepsTogether(*breaker, digitAfter))
            return Slow;
    }
    switch (wordBreak) {
    case U_WB_ALETTER: {
        UErrorCode error = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &error);
        const bool simple =
            U_SUCCESS(error) &&
            (script == USCRIPT_LATIN || script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK);
        return simple && u_isalpha(c) ? Letter : Slow;
    }
    case U_WB_NUMERIC:
        return u_isdigit(c) ? Digit : Slow;
    case U_WB_MIDLETTER:
    case U_WB_MIDNUM:
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE: {
        // ICU tailors some of these (the colon joins nothing in the root
        // rules), so ask the rules themselves.
        icu::UnicodeString letters(u"a");
        letters.append(c).append(UChar(u'b'));
        icu::UnicodeString digits(u"1");
        digits.append(c).append(UChar(u'2'));
        const bool l = icuKeepsTogether(*breaker, letters);
        const bool d = icuKeepsTogether(*breaker, digits);
        return l && d ? MidBoth : l ? MidLetter : d ? MidNum : Other;
    }
    case U_WB_OTHER:
    case U_WB_WSEGSPACE:
    case U_WB_NEWLINE:
    case U_WB_CR:
    case U_WB_LF: {
        const int type = u_charType(c);
        const uint32_t mask = U_MASK(type);
        const uint32_t punctuation = U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_CC_MASK;
        return (mask & punctuation) != 0 ? Other : Slow;
    }
    default:
        return Slow;
    }
}

// The class of every BMP code point, computed once per process.
const std::vector<CharClass>& bmpClasses()
{
    static const std::vector<CharClass> classes = [] {
        std::vector<CharClass> table(0x10000, Slow);
        UErrorCode error = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> breaker(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), error));
        if (U_FAILURE(error))
            breaker.reset();
        for (UChar32 c = 0; c < 0x10000; ++c) {
            if (U_IS_SURROGATE(c))
                continue;
            table[size_t(c)] = classifyWithIcu(c, breaker.get());
        }
        return table;
    }();
    return classes;
}

CharClass classOf(const std::vector<CharClass>& bmp, UChar32 c)
{
    if (c >= 0 && c < 0x10000)
        return bmp[size_t(c)];
    if (c > 0 && isCjkCodePoint(c))
        return Cjk;
    return Slow;
}

// Index forms of words, keyed by the word's UTF-8 bytes as they stand in the
// text: open addressing over one byte arena, so that a lookup touches the
// slot array and one entry and allocates nothing.
class FormCache
{
public:
    static constexpr size_t kMaxKeyBytes = 512;

    std::string_view find(std::string_view key, uint32_t hash, bool* found) const
    {
        *found = false;
        if (m_slots.empty())
            return {};
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = m_slots[i];
            if (slot.entry == 0)
                return {};
            if (slot.hash != hash)
                continue;
            const char* entry = m_arena.data() + slot.entry - 1;
            uint16_t keyLength = 0;
            uint16_t valueLength = 0;
            std::memcpy(&keyLength, entry, 2);
            std::memcpy(&valueLength, entry + 2, 2);
            if (keyLength == key.size() && std::memcmp(entry + 4, key.data(), key.size()) == 0) {
                *found = true;
                return {entry + 4 + keyLength, valueLength};
            }
        }
    }

    std::string_view insert(std::string_view key, uint32_t hash, std::string_view value)
    {
        if (m_count >= kMaxCachedWords || m_slots.empty()) {
            // Crude, but bounded, and the frequent words return at once.
            // Small at first: a query tokenizer sees a few words only.
            m_slots.assign(kFirstSlots, Slot{});
            m_arena.clear();
            m_count = 0;
        } else if (m_count * 2 >= m_slots.size()) {
            grow();
        }
        const uint16_t keyLength = uint16_t(key.size());
        const uint16_t valueLength = uint16_t(value.size());
        const size_t at = m_arena.size();
        m_arena.append(reinterpret_cast<const char*>(&keyLength), 2);
        m_arena.append(reinterpret_cast<const char*>(&valueLength), 2);
        m_arena.append(key);
        m_arena.append(value);
        const size_t mask = m_slots.size() - 1;
        size_t i = hash & mask;
        while (m_slots[i].entry != 0)
            i = (i + 1) & mask;
        m_slots[i] = Slot{hash, uint32_t(at + 1)};
        ++m_count;
        return {m_arena.data() + at + 4 + keyLength, valueLength};
    }

    static uint32_t hashOf(std::string_view key)
    {
        uint32_t h = 2166136261u; // FNV-1a
        for (const char c : key) {
            h ^= uint8_t(c);
            h *= 16777619u;
        }
        return h;
    }

private:
    static constexpr size_t kFirstSlots = 1024;

    struct Slot
    {
        uint32_t hash = 0;
        uint32_t entry = 0; // arena offset + 1; 0 is an empty slot
    };

    void grow()
    {
        std::vector<Slot> bigger(m_slots.size() * 2);
        const size_t mask = bigger.size() - 1;
        for (const Slot& slot : m_slots) {
            if (slot.entry == 0)
                continue;
            size_t i = slot.hash & mask;
            while (bigger[i].entry != 0)
                i = (i + 1) & mask;
            bigger[i] = slot;
        }
        m_slots.swap(bigger);
    }

    std::vector<Slot> m_slots;
    std::string m_arena;
    size_t m_count = 0;
};

struct CodePoint
{
    int start; // byte offset
    CharClass cls;
};

// The tokens of a run of `count` CJK characters, through emitToken(from, to,
// colocated) over character indexes: its bigrams carry the positions (a
// lone character stands for itself). Documents also index every character,
// colocated with the bigram it starts (the last one with the last bigram),
// so that a one-character query (a one-character word, or the first
// character typed) finds it inside a run.
template <typename Emit> int emitCjkRun(int count, bool queryMode, Emit&& emitToken)
{
    if (count == 1)
        return emitToken(0, 1, false);
    for (int i = 0; i + 1 < count; ++i) {
        if (int rc = emitToken(i, i + 2, false))
            return rc;
        if (queryMode)
            continue;
        if (int rc = emitToken(i, i + 1, true))
            return rc;
        if (i + 2 == count) {
            if (int rc = emitToken(i + 1, i + 2, true))
                return rc;
        }
    }
    return 0;
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

    // The index form of the word utf8[start, end): what indexFormOf() gives
    // for the same characters, keyed by bytes so that the fast path never
    // converts a word it has seen before.
    std::string_view formOf(const char* utf8, int start, int end, bool stem)
    {
        const std::string_view key(utf8 + start, size_t(end - start));
        if (key.size() > FormCache::kMaxKeyBytes) {
            m_longForm = computeForm(key, stem);
            return {m_longForm.constData(), size_t(m_longForm.size())};
        }
        FormCache& cache = m_forms[stem ? 1 : 0];
        const uint32_t hash = FormCache::hashOf(key);
        bool found = false;
        const std::string_view cached = cache.find(key, hash, &found);
        if (found)
            return cached;
        const QByteArray form = computeForm(key, stem);
        return cache.insert(key, hash, {form.constData(), size_t(form.size())});
    }

    QByteArray computeForm(std::string_view utf8, bool stem)
    {
        icu::UnicodeString text;
        appendDecoded(text, reinterpret_cast<const uint8_t*>(utf8.data()), 0, int(utf8.size()),
                      nullptr);
        const icu::UnicodeString folded = fold(text);
        if (folded.isEmpty())
            return {};
        return indexForm(folded, stem);
    }

    // Decodes bytes[from, to) as tokenize() always has (invalid UTF-8 as
    // U+FFFD), noting the byte offset of every UTF-16 unit when asked.
    static void appendDecoded(icu::UnicodeString& out, const uint8_t* bytes, int from, int to,
                              std::vector<int>* byteOffset)
    {
        for (int i = from; i < to;) {
            const int at = i;
            UChar32 c = 0;
            U8_NEXT(bytes, i, to, c);
            if (c < 0)
                c = 0xFFFD;
            out.append(c);
            if (byteOffset) {
                byteOffset->push_back(at);
                if (U16_LENGTH(c) == 2)
                    byteOffset->push_back(at);
            }
        }
    }

    int tokenizeFast(const char* utf8, int length, bool queryMode, void* context,
                     TokenCallback callback);
    int scanChunk(const char* utf8, int end, bool stem, void* context, TokenCallback callback);
    int icuChunk(const char* utf8, int length, int from, int to, bool stem, void* context,
                 TokenCallback callback);
    int cjkRun(const char* utf8, int end, bool queryMode, void* context, TokenCallback callback);
    int emitWord(const char* utf8, int start, int stop, bool stem, void* context,
                 TokenCallback callback);
    int tokenizeReference(const char* utf8, int length, bool queryMode, const Sink& sink);

    FormCache m_forms[2];
    QByteArray m_longForm;
    std::vector<CodePoint> m_chunk; // the code points of the word chunk being read
    std::vector<CodePoint> m_run;   // the code points of a CJK run
    int m_textHasCjk = -1;          // per tokenize() call: -1 not known yet
    int m_partStart = 0;            // where the text after the last CJK run starts
    int m_partWordy = -1;           // whether it has letters or digits: -1 not known yet
    bool m_fast = true;

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

void KbTextAnalyzer::setFastScannerEnabled(bool enabled)
{
    d->m_fast = enabled;
}

int KbTextAnalyzer::tokenize(const char* utf8, int length, bool queryMode, const Sink& sink)
{
    if (!d->m_fast)
        return d->tokenizeReference(utf8, length, queryMode, sink);
    auto forward = [](void* context, int flags, const char* token, int size, int start, int end) {
        const Sink& sink = *static_cast<const Sink*>(context);
        return sink(QByteArray(token, size), start, end, (flags & FTS5_TOKEN_COLOCATED) != 0);
    };
    return d->tokenizeFast(utf8, length, queryMode, const_cast<Sink*>(&sink), forward);
}

int KbTextAnalyzer::tokenize(const char* utf8, int length, bool queryMode, void* context,
                             TokenCallback callback)
{
    if (d->m_fast)
        return d->tokenizeFast(utf8, length, queryMode, context, callback);
    return d->tokenizeReference(
        utf8, length, queryMode, [&](const QByteArray& token, int start, int end, bool colocated) {
            return callback(context, colocated ? FTS5_TOKEN_COLOCATED : 0, token.constData(),
                            int(token.size()), start, end);
        });
}

int KbTextAnalyzer::Private::tokenizeFast(const char* utf8, int length, bool queryMode,
                                          void* context, TokenCallback callback)
{
    const std::vector<CharClass>& bmp = bmpClasses();
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8);
    const bool stem = !queryMode;
    m_textHasCjk = -1;
    m_partStart = 0;
    m_partWordy = -1;
    m_chunk.clear();
    // A chunk is text between ASCII white space and CJK runs; both are word
    // boundaries, so each chunk can be segmented on its own. Where the
    // white space before a chunk starts: a chunk that goes to ICU takes it
    // along, so that a combining mark after a space attaches as before.
    int gapStart = 0;
    bool slowChunk = false;
    auto flush = [&](int end) {
        const int rc = slowChunk ? icuChunk(utf8, length, gapStart, end, stem, context, callback)
                                 : scanChunk(utf8, end, stem, context, callback);
        m_chunk.clear();
        slowChunk = false;
        return rc;
    };
    for (int i = 0; i < length;) {
        const int at = i;
        UChar32 c = bytes[i];
        if (c < 0x80)
            ++i;
        else
            U8_NEXT(bytes, i, length, c);
        const CharClass cls = classOf(bmp, c);
        if (cls == Space) {
            if (!m_chunk.empty()) {
                if (int rc = flush(at))
                    return rc;
                gapStart = at;
            }
            continue;
        }
        if (cls == Cjk || cls == CjkPlain) {
            if (!m_chunk.empty()) {
                if (int rc = flush(at))
                    return rc;
            }
            m_run.clear();
            m_run.push_back({at, cls});
            while (i < length) {
                int next = i;
                UChar32 n = bytes[next];
                if (n < 0x80)
                    ++next;
                else
                    U8_NEXT(bytes, next, length, n);
                const CharClass k = classOf(bmp, n);
                if (k != Cjk && k != CjkPlain)
                    break;
                m_run.push_back({i, k});
                i = next;
            }
            if (int rc = cjkRun(utf8, i, queryMode, context, callback))
                return rc;
            gapStart = i;
            m_partStart = i;
            m_partWordy = -1;
            continue;
        }
        m_chunk.push_back({at, cls});
        slowChunk = slowChunk || cls == Slow;
    }
    return m_chunk.empty() ? 0 : flush(length);
}

// Unicode word-break rules WB5-WB12 over a chunk without marks or format
// characters: letters and digits stick together, and a middle character
// joins two letters or two digits, the way ICU does.
int KbTextAnalyzer::Private::scanChunk(const char* utf8, int end, bool stem, void* context,
                                       TokenCallback callback)
{
    const size_t n = m_chunk.size();
    for (size_t i = 0; i < n;) {
        CharClass last = m_chunk[i].cls;
        if (last != Letter && last != Digit) {
            ++i;
            continue;
        }
        const size_t first = i++;
        while (i < n) {
            const CharClass k = m_chunk[i].cls;
            if (k == Letter || k == Digit) {
                last = k;
                ++i;
                continue;
            }
            if (i + 1 < n) {
                const CharClass right = m_chunk[i + 1].cls;
                if ((last == Letter && right == Letter && joinsLetters(k)) ||
                    (last == Digit && right == Digit && joinsDigits(k))) {
                    last = right;
                    i += 2;
                    continue;
                }
            }
            break;
        }
        if (int rc = emitWord(utf8, m_chunk[first].start, i < n ? m_chunk[i].start : end, stem,
                              context, callback))
            return rc;
    }
    return 0;
}

// The word at bytes [start, stop) in index form; a word that folds to
// nothing (only ignorable characters) is no token.
int KbTextAnalyzer::Private::emitWord(const char* utf8, int start, int stop, bool stem,
                                      void* context, TokenCallback callback)
{
    const std::string_view token = formOf(utf8, start, stop, stem);
    if (token.empty())
        return 0;
    return callback(context, 0, token.data(), int(token.size()), start, stop);
}

// A chunk the scanner does not handle, segmented by ICU as before.
int KbTextAnalyzer::Private::icuChunk(const char* utf8, int length, int from, int to, bool stem,
                                      void* context, TokenCallback callback)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8);
    icu::UnicodeString text;
    std::vector<int> byteOffset;
    appendDecoded(text, bytes, from, to, &byteOffset);
    byteOffset.push_back(to);
    // Text with CJK runs always skipped stretches without letters or digits
    // between the runs (see runSegments()).
    if (m_textHasCjk < 0) {
        const std::vector<CharClass>& bmp = bmpClasses();
        m_textHasCjk = 0;
        for (int i = 0; i < length && !m_textHasCjk;) {
            UChar32 c = 0;
            U8_NEXT(bytes, i, length, c);
            const CharClass k = classOf(bmp, c);
            m_textHasCjk = k == Cjk || k == CjkPlain;
        }
    }
    if (m_textHasCjk && m_partWordy < 0) {
        // The stretch between CJK runs this chunk is part of.
        const std::vector<CharClass>& bmp = bmpClasses();
        m_partWordy = 0;
        for (int i = m_partStart; i < length && !m_partWordy;) {
            UChar32 c = 0;
            U8_NEXT(bytes, i, length, c);
            const CharClass k = classOf(bmp, c);
            if (k == Cjk || k == CjkPlain)
                break;
            m_partWordy = c >= 0 && u_isalnum(c);
        }
    }
    if (m_textHasCjk && !m_partWordy)
        return 0;
    for (const Segment& word : segments(text)) {
        if (int rc = emitWord(utf8, byteOffset[size_t(word.start)], byteOffset[size_t(word.end)],
                              stem, context, callback))
            return rc;
    }
    return 0;
}

// A run of CJK text (m_run, ending at `end`): its character bigrams carry
// the positions, as in tokenizeReference().
int KbTextAnalyzer::Private::cjkRun(const char* utf8, int end, bool queryMode, void* context,
                                    TokenCallback callback)
{
    const int count = int(m_run.size());
    auto emitRange = [&](int from, int to, bool colocated) {
        const int a = m_run[size_t(from)].start;
        const int b = to < count ? m_run[size_t(to)].start : end;
        bool plain = true;
        for (int k = from; k < to; ++k)
            plain = plain && m_run[size_t(k)].cls == CjkPlain;
        const std::string_view token =
            plain ? std::string_view(utf8 + a, size_t(b - a)) : formOf(utf8, a, b, false);
        return callback(context, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(),
                        int(token.size()), a, b);
    };
    return emitCjkRun(count, queryMode, emitRange);
}

// The original pipeline: the whole text through ICU (CJK runs aside).
// setFastScannerEnabled(false) uses it, so tests can compare.
int KbTextAnalyzer::Private::tokenizeReference(const char* utf8, int length, bool queryMode,
                                               const Sink& sink)
{
    Private* const d = this;
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
        if (int rc = emitCjkRun(count, queryMode, emitRange))
            return rc;
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
