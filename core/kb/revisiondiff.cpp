// SPDX-License-Identifier: MIT
#include "revisiondiff.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace Switchboard {
namespace {

// Marks which lines of `a` are removed and which of `b` inserted; the rest
// is the longest common subsequence. Lines are compared as integers (one
// per distinct line), so each comparison is cheap whatever the line length.
class Differ
{
public:
    Differ(const std::vector<int>& a, const std::vector<int>& b)
        : m_a(a)
        , m_b(b)
        , removed(a.size(), false)
        , inserted(b.size(), false)
    {}

    void run() { compare(0, int(m_a.size()), 0, int(m_b.size())); }

private:
    void compare(int aBegin, int aEnd, int bBegin, int bEnd)
    {
        // Common ends cost nothing and shrink the search.
        while (aBegin < aEnd && bBegin < bEnd && m_a[aBegin] == m_b[bBegin]) {
            ++aBegin;
            ++bBegin;
        }
        while (aBegin < aEnd && bBegin < bEnd && m_a[aEnd - 1] == m_b[bEnd - 1]) {
            --aEnd;
            --bEnd;
        }
        if (aBegin == aEnd) {
            for (int j = bBegin; j < bEnd; ++j)
                inserted[j] = true;
            return;
        }
        if (bBegin == bEnd) {
            for (int i = aBegin; i < aEnd; ++i)
                removed[i] = true;
            return;
        }
        int x = 0;
        int y = 0;
        if (!middleSnake(aBegin, aEnd, bBegin, bEnd, x, y)) {
            for (int i = aBegin; i < aEnd; ++i)
                removed[i] = true;
            for (int j = bBegin; j < bEnd; ++j)
                inserted[j] = true;
            return;
        }
        // Both halves cost at least one edit, so each is smaller than the
        // whole and the recursion ends.
        compare(aBegin, aBegin + x, bBegin, bBegin + y);
        compare(aBegin + x, aEnd, bBegin + y, bEnd);
    }

    // Finds a point (x, y), relative to the begins, on an optimal edit path
    // where about half of the edits lie on either side, by running the greedy
    // search from both corners until the two frontiers overlap. This is the
    // bisection of Myers' paper, written after diff-match-patch's
    // diff_bisect, which also stops the frontiers at the grid's edges.
    bool middleSnake(int aBegin, int aEnd, int bBegin, int bEnd, int& outX, int& outY) const
    {
        const int n = aEnd - aBegin;
        const int m = bEnd - bBegin;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD + 1;
        const int length = 2 * maxD + 3;
        std::vector<int> forward(length, -1);
        std::vector<int> backward(length, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        const int delta = n - m;
        const bool odd = (delta % 2) != 0;
        int kForwardStart = 0;
        int kForwardEnd = 0;
        int kBackwardStart = 0;
        int kBackwardEnd = 0;
        auto a = [&](int i) { return m_a[aBegin + i]; };
        auto b = [&](int j) { return m_b[bBegin + j]; };

        for (int d = 0; d < maxD + 1; ++d) {
            for (int k = -d + kForwardStart; k <= d - kForwardEnd; k += 2) {
                const int i = offset + k;
                int x = (k == -d || (k != d && forward[i - 1] < forward[i + 1]))
                            ? forward[i + 1]
                            : forward[i - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a(x) == b(y)) {
                    ++x;
                    ++y;
                }
                forward[i] = x;
                if (x > n) {
                    kForwardEnd += 2; // ran off the right edge
                } else if (y > m) {
                    kForwardStart += 2; // ran off the bottom edge
                } else if (odd) {
                    const int j = offset + delta - k;
                    if (j >= 0 && j < length && backward[j] != -1 && x >= n - backward[j]) {
                        outX = x;
                        outY = y;
                        return true;
                    }
                }
            }
            for (int k = -d + kBackwardStart; k <= d - kBackwardEnd; k += 2) {
                const int i = offset + k;
                int x = (k == -d || (k != d && backward[i - 1] < backward[i + 1]))
                            ? backward[i + 1]
                            : backward[i - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a(n - x - 1) == b(m - y - 1)) {
                    ++x;
                    ++y;
                }
                backward[i] = x;
                if (x > n) {
                    kBackwardEnd += 2;
                } else if (y > m) {
                    kBackwardStart += 2;
                } else if (!odd) {
                    const int j = offset + delta - k;
                    if (j >= 0 && j < length && forward[j] != -1) {
                        const int forwardX = forward[j];
                        const int forwardY = forwardX - (j - offset);
                        if (forwardX >= n - x) {
                            outX = forwardX;
                            outY = forwardY;
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    const std::vector<int>& m_a;
    const std::vector<int>& m_b;

public:
    std::vector<bool> removed;
    std::vector<bool> inserted;
};

void append(QList<RevisionDiff::Hunk>& hunks, RevisionDiff::Kind kind, const QString& line)
{
    if (hunks.isEmpty() || hunks.constLast().kind != kind)
        hunks.append({kind, {}});
    hunks.last().lines.append(line);
}

} // namespace

QStringList RevisionDiff::splitLines(const QString& text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    QStringList lines = text.split(lineBreak);
    if (lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QList<RevisionDiff::Hunk> RevisionDiff::compute(const QString& before, const QString& after)
{
    return compute(splitLines(before), splitLines(after));
}

QList<RevisionDiff::Hunk> RevisionDiff::compute(const QStringList& before, const QStringList& after)
{
    QHash<QString, int> numbers;
    auto numbered = [&numbers](const QStringList& lines) {
        std::vector<int> result;
        result.reserve(lines.size());
        for (const QString& line : lines) {
            auto number = numbers.constFind(line);
            if (number == numbers.cend())
                number = numbers.insert(line, int(numbers.size()));
            result.push_back(number.value());
        }
        return result;
    };
    const std::vector<int> a = numbered(before);
    const std::vector<int> b = numbered(after);

    // A line found on one side only can never be common, so it is removed or
    // inserted without searching. Setting those lines aside keeps the search
    // (quadratic in the number of edits) small when most of a text was
    // rewritten: GNU diff's "discard confusing lines", in its simplest form.
    std::vector<bool> inA(numbers.size(), false);
    std::vector<bool> inB(numbers.size(), false);
    for (int number : a)
        inA[number] = true;
    for (int number : b)
        inB[number] = true;
    std::vector<int> keptA;
    std::vector<int> keptB;
    std::vector<qsizetype> whereA;
    std::vector<qsizetype> whereB;
    std::vector<bool> removed(a.size(), true);
    std::vector<bool> inserted(b.size(), true);
    for (size_t i = 0; i < a.size(); ++i) {
        if (inB[a[i]]) {
            keptA.push_back(a[i]);
            whereA.push_back(qsizetype(i));
        }
    }
    for (size_t j = 0; j < b.size(); ++j) {
        if (inA[b[j]]) {
            keptB.push_back(b[j]);
            whereB.push_back(qsizetype(j));
        }
    }
    Differ differ(keptA, keptB);
    differ.run();
    for (size_t i = 0; i < keptA.size(); ++i)
        removed[whereA[i]] = differ.removed[i];
    for (size_t j = 0; j < keptB.size(); ++j)
        inserted[whereB[j]] = differ.inserted[j];

    QList<Hunk> hunks;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < before.size() || j < after.size()) {
        if (i < before.size() && removed[i]) {
            append(hunks, Kind::Removed, before.at(i++));
        } else if (j < after.size() && inserted[j]) {
            append(hunks, Kind::Inserted, after.at(j++));
        } else {
            append(hunks, Kind::Equal, before.at(i));
            ++i;
            ++j;
        }
    }
    return hunks;
}

} // namespace Switchboard
