// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Switchboard {

// Routes every Qt message (qDebug, qCInfo(lcX), ...) to spdlog: stderr and,
// when a file is given, a rotating log file. spdlog stays out of every other
// header, so core and ui only know Q_LOGGING_CATEGORY.
class LogBridge
{
public:
    // level: trace, debug, info, warn, error. Returns false for an unknown level.
    static bool isValidLevel(const QString& level);
    static void install(const QString& level, const QString& logFile = {});
    static QString defaultLogFile();
};

} // namespace Switchboard
