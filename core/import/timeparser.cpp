// SPDX-License-Identifier: MIT
#include "timeparser.h"

#include "common/timeformat.h"
#include "common/tr.h"

#include <QDateTime>

namespace Switchboard {
namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr int kCacheLimit = 500000;

bool isIso(const QString& format)
{
    return format.compare(QLatin1String("iso"), Qt::CaseInsensitive) == 0;
}

// Milliseconds of a wall-clock time as if it were UTC.
qint64 wallClockMs(const QDate& date, const QTime& time)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * 24 * kMsPerHour +
           time.msecsSinceStartOfDay();
}

} // namespace

std::optional<QString> TimeParser::checkFormat(const QString& format)
{
    if (isIso(format))
        return std::nullopt;
    QString error;
    if (!compile(format, &error))
        return error;
    return std::nullopt;
}

std::optional<TimeParser::Pattern> TimeParser::compile(const QString& format, QString* error)
{
    Pattern pattern;
    QString seen;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format[i];
        qsizetype run = 1;
        while (i + run < format.size() && format[i + run] == c)
            ++run;
        Token token;
        if (c == u'\'') {
            const qsizetype close = format.indexOf(u'\'', i + 1);
            if (close < 0) {
                *error = Tr::tr("unclosed quote in the time format '%1'").arg(format);
                return std::nullopt;
            }
            token.literal = format.mid(i + 1, close - i - 1);
            pattern.push_back(token);
            i = close + 1;
            continue;
        }
        if (c == u'A' || c == u'a') {
            // AP / ap (or A / a): the AM/PM marker, two letters in the text.
            const bool pair =
                i + 1 < format.size() && (format[i + 1] == u'P' || format[i + 1] == u'p');
            token = {'a', 2, 2, {}};
            run = pair ? 2 : 1;
        } else if (c.isLetter() && !QStringLiteral("yMdHhmsz").contains(c)) {
            *error = Tr::tr("the time format '%1' uses '%2', which is not supported "
                            "(use y M d H h m s z AP)")
                         .arg(format, c);
            return std::nullopt;
        } else if (!c.isLetter()) {
            token.literal = QString(run, c);
        } else if (c == u'y') {
            if (run != 4 && run != 2) {
                *error = Tr::tr("the time format '%1' needs yyyy or yy").arg(format);
                return std::nullopt;
            }
            token = {'y', int(run), int(run), {}};
        } else if (c == u'z') {
            token = {'z', 1, 3, {}};
        } else {
            if (run > 2) {
                *error = Tr::tr("the time format '%1' uses %2, which is not supported "
                                "(month and day names are not read)")
                             .arg(format, QString(run, c));
                return std::nullopt;
            }
            token = {char(c.toLatin1()), 1, 2, {}};
        }
        if (token.field && seen.contains(QLatin1Char(token.field))) {
            *error = Tr::tr("the time format '%1' names a field twice").arg(format);
            return std::nullopt;
        }
        if (token.field)
            seen += QLatin1Char(token.field);
        pattern.push_back(token);
        i += run;
    }
    for (const char required : {'y', 'M', 'd'}) {
        if (!seen.contains(QLatin1Char(required))) {
            *error = Tr::tr("the time format '%1' needs a year, a month and a day").arg(format);
            return std::nullopt;
        }
    }
    return pattern;
}

Result<TimeParser> TimeParser::create(const QStringList& formats, const QString& zoneId)
{
    TimeParser parser;
    if (formats.isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("no time format given")};
    for (const QString& format : formats) {
        if (isIso(format)) {
            parser.m_patterns.push_back(std::nullopt);
            continue;
        }
        QString error;
        auto pattern = compile(format, &error);
        if (!pattern)
            return Error{ErrorKind::BadInput, error};
        parser.m_patterns.push_back(std::move(pattern));
    }
    parser.m_formats = formats;
    const QByteArray id = zoneId.isEmpty() ? QByteArray("UTC") : zoneId.toUtf8();
    parser.m_utc = id == "UTC" || id == "Etc/UTC";
    parser.m_zone = parser.m_utc ? QTimeZone::utc() : QTimeZone(id);
    if (!parser.m_zone.isValid())
        return Error{ErrorKind::BadInput, Tr::tr("unknown time zone '%1'").arg(zoneId)};
    return parser;
}

QString TimeParser::describe() const
{
    return m_formats.join(QStringLiteral(" | "));
}

std::optional<qint64> TimeParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const QString key = trimmed.toString();
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
        return cached.value();
    for (const auto& pattern : m_patterns) {
        const std::optional<qint64> parsed =
            pattern ? parseWith(*pattern, trimmed) : parseIso(trimmed);
        if (parsed) {
            if (m_cache.size() > kCacheLimit)
                m_cache.clear();
            m_cache.insert(key, *parsed);
            return parsed;
        }
    }
    return std::nullopt;
}

std::optional<qint64> TimeParser::parseWith(const Pattern& pattern, QStringView text)
{
    int values[128] = {};
    values['y'] = -1;
    int pm = -1; // -1: no marker, 0: AM, 1: PM
    bool twelveHour = false;
    qsizetype pos = 0;
    for (const Token& token : pattern) {
        if (!token.field) {
            if (!text.mid(pos).startsWith(token.literal))
                return std::nullopt;
            pos += token.literal.size();
            continue;
        }
        if (token.field == 'a') {
            const QStringView marker = text.mid(pos, 2);
            if (marker.compare(QLatin1String("AM"), Qt::CaseInsensitive) == 0)
                pm = 0;
            else if (marker.compare(QLatin1String("PM"), Qt::CaseInsensitive) == 0)
                pm = 1;
            else
                return std::nullopt;
            pos += 2;
            continue;
        }
        int value = 0;
        int digits = 0;
        while (digits < token.maxDigits && pos < text.size() && text[pos].isDigit()) {
            value = value * 10 + text[pos].digitValue();
            ++pos;
            ++digits;
        }
        if (digits < token.minDigits)
            return std::nullopt;
        if (token.field == 'z')
            value *= digits == 1 ? 100 : digits == 2 ? 10 : 1;
        twelveHour = twelveHour || token.field == 'h';
        values[int(token.field)] = value;
    }
    if (pos != text.size())
        return std::nullopt;
    int year = values['y'];
    if (year >= 0 && year < 100)
        year += year < 70 ? 2000 : 1900;
    int hour = values['H'];
    if (twelveHour) {
        hour = values['h'];
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm == 1 ? 12 : 0);
    }
    return toUtc(year, values['M'], values['d'], hour, values['m'], values['s'], values['z']);
}

std::optional<qint64> TimeParser::parseIso(QStringView text)
{
    if (auto instant = parseIsoInstant(text.toString()))
        return instant;
    // Without an offset: wall-clock time in the source's zone.
    QDateTime local = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!local.isValid() || local.timeSpec() != Qt::LocalTime)
        return std::nullopt;
    return toUtc(local.date().year(), local.date().month(), local.date().day(), local.time().hour(),
                 local.time().minute(), local.time().second(), local.time().msec());
}

std::optional<qint64> TimeParser::toUtc(int year, int month, int day, int hour, int minute,
                                        int second, int ms)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 wall = wallClockMs(date, time);
    if (m_utc)
        return wall;
    const qint64 hourKey = wall / kMsPerHour;
    auto offset = m_hourOffsets.constFind(hourKey);
    if (offset == m_hourOffsets.cend()) {
        // An hour with one offset from start to end is cached; the hour of
        // a daylight-saving change is converted minute by minute.
        const QDateTime start(date, QTime(hour, 0), m_zone);
        const QDateTime end(date, QTime(hour, 59, 59), m_zone);
        if (start.isValid() && end.isValid() && start.offsetFromUtc() == end.offsetFromUtc() &&
            end.toMSecsSinceEpoch() - start.toMSecsSinceEpoch() == 3599 * 1000)
            offset = m_hourOffsets.insert(hourKey, start.offsetFromUtc());
    }
    if (offset != m_hourOffsets.cend())
        return wall - qint64(offset.value()) * 1000;
    const QDateTime exact(date, time, m_zone);
    if (exact.isValid())
        return exact.toMSecsSinceEpoch();
    // Skipped by a jump forward: the offset from before the jump, which
    // lands just after it.
    const int before = m_zone.offsetFromUtc(QDateTime(date.addDays(-1), time, m_zone));
    return wall - qint64(before) * 1000;
}

} // namespace Switchboard
