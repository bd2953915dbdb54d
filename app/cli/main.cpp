// SPDX-License-Identifier: MIT
// switchboard-cli: the headless interface of CLI.md.
#include "clicommand.h"
#include "clitr.h"
#include "commands.h"
#include "common/appidentity.h"
#include "kb/kbdatabase.h"
#include "logbridge.h"

#include <QCoreApplication>

#include <map>

using namespace Switchboard;
using namespace Switchboard::Cli;

namespace {

QString globalHelp(const std::vector<CliCommandPtr>& commands)
{
    QString text =
        CliTr::tr(
            "Usage: switchboard-cli [--db PATH] [--log-level LEVEL] COMMAND [options]\n\n"
            "Switchboard support console, headless: scripts, imports, reports and tests.\n\n"
            "Global options:\n"
            "  --db PATH            database file, or a team database as\n"
            "                       postgresql://user@host:port/database\n"
            "                       (default: $SWITCHBOARD_DB, else %1)\n"
            "  --log-level LEVEL    trace, debug, info, warn or error (default: warn)\n"
            "  -h, --help           show this help; COMMAND --help shows a command's options\n"
            "  --version            show the version\n\n"
            "Commands:\n")
            .arg(Database::defaultPath());
    for (const auto& command : commands)
        text +=
            QStringLiteral("  %1%2\n").arg(command->name().leftJustified(21), command->summary());
    text += CliTr::tr("\nExit codes: 0 success, 1 runtime failure, 2 usage error, 3 conflict, "
                      "4 not found, 5 bad input data (nothing was written).");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    initKnowledgeBaseStorage();

    std::vector<CliCommandPtr> commands = allCommands();
    QStringList arguments = app.arguments();
    QString databasePath;
    QString logLevel = QStringLiteral("warn");
    CliContext bootstrap{QString()};

    // Global options stand before the command name.
    int index = 1;
    for (; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        auto takeValue = [&](QString& target) {
            const int eq = argument.indexOf(QLatin1Char('='));
            if (eq > 0) {
                target = argument.mid(eq + 1);
                return true;
            }
            if (index + 1 >= arguments.size())
                return false;
            target = arguments.at(++index);
            return true;
        };
        if (argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db="))) {
            if (!takeValue(databasePath) || databasePath.isEmpty())
                return bootstrap.usageError(CliTr::tr("--db needs a path"));
        } else if (argument == QLatin1String("--log-level") ||
                   argument.startsWith(QLatin1String("--log-level="))) {
            if (!takeValue(logLevel) || !LogBridge::isValidLevel(logLevel))
                return bootstrap.usageError(
                    CliTr::tr("--log-level takes trace, debug, info, warn or error"));
        } else if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            bootstrap.print(globalHelp(commands));
            return ExitOk;
        } else if (argument == QLatin1String("--version")) {
            bootstrap.print(QStringLiteral("switchboard-cli %1").arg(app.applicationVersion()));
            return ExitOk;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return bootstrap.usageError(
                CliTr::tr("unknown option '%1' (try --help)").arg(argument));
        } else {
            break;
        }
    }
    if (index >= arguments.size()) {
        bootstrap.print(globalHelp(commands));
        return ExitUsage;
    }

    LogBridge::install(logLevel);
    const QString name = arguments.at(index);
    for (const auto& command : commands) {
        if (command->name() == name) {
            CliContext context(Database::resolvePath(databasePath));
            QStringList commandArguments = arguments.mid(index + 1);
            commandArguments.prepend(QStringLiteral("switchboard-cli"));
            return command->run(context, commandArguments);
        }
    }
    return bootstrap.usageError(CliTr::tr("unknown command '%1' (try --help)").arg(name));
}
