// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Switchboard {

// Reads the timestamps of an export as UTC milliseconds. Each format is a
// Qt-style pattern ("dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "yyyy/M/d HH:mm:ss")
// or "iso". Numeric fields accept one or two digits whatever their width in
// the pattern (exports rarely pad consistently); yyyy takes four digits, zzz
// one to three. A text without an offset is wall-clock time in the source's
// zone, with that zone's historical rules: a time skipped by a daylight-
// saving jump counts as the instant after the jump, a repeated one as its
// first occurrence. Formats are tried in order.
//
// Exports repeat the same timestamps on many rows, so results are cached,
// and the zone's offset is looked up once per local hour.
class TimeParser
{
public:
    // BadInput naming the bad format or zone.
    static Result<TimeParser> create(const QStringList& formats, const QString& zoneId);
    // An error message when `format` is not a pattern this parser reads.
    static std::optional<QString> checkFormat(const QString& format);

    std::optional<qint64> parse(QStringView text);
    QString describe() const; // "d/M/yyyy H:mm" or "d/M/yyyy H:mm | iso", for errors

private:
    struct Token
    {
        char field = 0; // y M d H h m s z a, or 0 for a literal
        int minDigits = 1;
        int maxDigits = 2;
        QString literal;
    };
    using Pattern = std::vector<Token>;
    static std::optional<Pattern> compile(const QString& format, QString* error);

    std::optional<qint64> parseWith(const Pattern& pattern, QStringView text);
    std::optional<qint64> parseIso(QStringView text);
    std::optional<qint64> toUtc(int year, int month, int day, int hour, int minute, int second,
                                int ms);

    QStringList m_formats;
    std::vector<std::optional<Pattern>> m_patterns; // nullopt: iso
    QTimeZone m_zone;
    bool m_utc = true;
    QHash<QString, qint64> m_cache;
    QHash<qint64, int> m_hourOffsets; // local hour (hours since the epoch) -> offset seconds
};

} // namespace Switchboard
