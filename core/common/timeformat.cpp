// SPDX-License-Identifier: MIT
#include "timeformat.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Switchboard {

QString isoTimestamp(qint64 utcMs, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const int offset = local.offsetFromUtc();
    const QString base = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0 && zone == QTimeZone::utc())
        return base + QLatin1Char('Z');
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1%2%3:%4")
        .arg(base, offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseIsoInstant(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$)"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    QString normalised = trimmed;
    normalised[10] = QLatin1Char('T');
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

} // namespace Switchboard
