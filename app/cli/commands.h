// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

#include <vector>

namespace Switchboard::Cli {

// Every subcommand, in the order --help lists them. Each lives in its own file.
std::vector<CliCommandPtr> allCommands();

CliCommandPtr makeInitCommand();
CliCommandPtr makeMigrateCommand();
CliCommandPtr makeDemoCommand();
CliCommandPtr makeAgentCommand();
CliCommandPtr makeGroupCommand();
CliCommandPtr makeTicketCommand();
CliCommandPtr makeSlaCommand();
CliCommandPtr makeStaffingCommand();
CliCommandPtr makeKbCommand();
CliCommandPtr makeImportCommand();
CliCommandPtr makeExportCommand();
CliCommandPtr makeReportCommand();
CliCommandPtr makeBenchCommand();

} // namespace Switchboard::Cli
