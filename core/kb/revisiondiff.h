// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard {

// A line-based diff of two texts, for comparing article revisions: the
// shortest edit script (Myers' O(ND) algorithm in linear space) as hunks of
// equal, removed and inserted lines, in reading order. Where a block of
// lines was replaced, its removed hunk comes before its inserted one.
class RevisionDiff
{
public:
    enum class Kind
    {
        Equal,
        Inserted,
        Removed,
    };

    struct Hunk
    {
        Kind kind = Kind::Equal;
        QStringList lines;

        bool operator==(const Hunk& other) const = default;
    };

    // Lines of both texts as splitLines() gives them.
    static QList<Hunk> compute(const QString& before, const QString& after);
    static QList<Hunk> compute(const QStringList& before, const QStringList& after);

    // Splits at \n, \r\n or \r. An empty text has no lines, and a final line
    // break does not start another line, so "a\n" and "a" are the same line.
    static QStringList splitLines(const QString& text);
};

} // namespace Switchboard
