// SPDX-License-Identifier: MIT
#include "clicommand.h"
#include "clitr.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Switchboard::Cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Runtime:
        return ExitRuntime;
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Conflict:
        return ExitConflict;
    case ErrorKind::NotFound:
        return ExitNotFound;
    case ErrorKind::BadInput:
        return ExitBadInput;
    }
    return ExitRuntime;
}

CliContext::CliContext(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

Result<DatabasePtr> CliContext::database()
{
    if (m_database)
        return m_database;
    auto opened = Database::open(m_databasePath);
    if (!opened)
        return opened.error();
    m_database = opened.value();
    return m_database;
}

int CliContext::fail(const Error& error) const
{
    const QByteArray line = QStringLiteral("switchboard-cli: %1\n").arg(error.toString()).toUtf8();
    std::fwrite(line.constData(), 1, line.size(), stderr);
    std::fflush(stderr);
    return exitCodeFor(error.kind);
}

int CliContext::usageError(const QString& message) const
{
    return fail(Error{ErrorKind::Usage, message});
}

void CliContext::print(const QString& text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

void CliContext::printJson(const QJsonDocument& document) const
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

int CliCommand::parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
                      const QString& description) const
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliTr::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(help)) {
        // QCommandLineParser names only the program; put the command after it.
        QStringList lines = parser.helpText().trimmed().split(QLatin1Char('\n'));
        const QString usage = lines.first().section(QLatin1Char(' '), 2);
        lines.first() =
            QStringLiteral("Usage: switchboard-cli [global options] %1 %2").arg(name(), usage);
        context.print(lines.join(QLatin1Char('\n')));
        return ExitOk;
    }
    return -1;
}

} // namespace Switchboard::Cli
