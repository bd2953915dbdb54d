// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace Switchboard {

// ISO-8601 with the zone's offset and seconds ("2026-03-02T09:15:00+03:00"),
// the output format of the CLI. Default zone: the system's.
QString isoTimestamp(qint64 utcMs, const QTimeZone& zone = QTimeZone::systemTimeZone());

// Parses ISO-8601 with an offset or Z, seconds optional; nullopt when the
// text has no explicit offset (an instant must not depend on the machine).
std::optional<qint64> parseIsoInstant(const QString& text);

} // namespace Switchboard
