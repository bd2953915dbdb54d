// SPDX-License-Identifier: MIT
#include "commands.h"

namespace Switchboard::Cli {

std::vector<CliCommandPtr> allCommands()
{
    std::vector<CliCommandPtr> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeMigrateCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeAgentCommand());
    commands.push_back(makeGroupCommand());
    commands.push_back(makeTicketCommand());
    commands.push_back(makeSlaCommand());
    commands.push_back(makeKbCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeStaffingCommand());
    commands.push_back(makeBenchCommand());
    return commands;
}

} // namespace Switchboard::Cli
