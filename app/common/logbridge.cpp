// SPDX-License-Identifier: MIT
#include "logbridge.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace Switchboard {
namespace {

spdlog::level::level_enum toSpdlog(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void forwardMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray text = message.toUtf8();
    const char* category = context.category ? context.category : "default";
    spdlog::log(toSpdlog(type), "[{}] {}", category,
                std::string_view(text.constData(), text.size()));
    if (type == QtFatalMsg) {
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

bool LogBridge::isValidLevel(const QString& level)
{
    static const QStringList levels = {QStringLiteral("trace"), QStringLiteral("debug"),
                                       QStringLiteral("info"), QStringLiteral("warn"),
                                       QStringLiteral("error")};
    return levels.contains(level);
}

void LogBridge::install(const QString& level, const QString& logFile)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!logFile.isEmpty() && QDir().mkpath(QFileInfo(logFile).absolutePath())) {
        try {
            constexpr size_t kMaxSize = 5 * 1024 * 1024;
            constexpr size_t kMaxFiles = 3;
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFile.toStdString(), kMaxSize, kMaxFiles));
        } catch (const spdlog::spdlog_ex&) {
            // A read-only home must not stop the app; stderr still has the log.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("switchboard", sinks.begin(), sinks.end());
    const auto spdLevel = spdlog::level::from_str(level.toStdString());
    logger->set_level(spdLevel);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    spdlog::set_default_logger(logger);

    // Qt filters debug messages per category before they reach the handler;
    // open the gate as far as the chosen level, unless QT_LOGGING_RULES says otherwise.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        const bool debug = spdLevel <= spdlog::level::debug;
        QLoggingCategory::setFilterRules(debug ? QStringLiteral("switchboard.*=true")
                                               : QStringLiteral("switchboard.*.debug=false"));
    }
    qInstallMessageHandler(forwardMessage);
}

QString LogBridge::defaultLogFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs/switchboard.log"));
}

} // namespace Switchboard
