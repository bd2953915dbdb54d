// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace Switchboard::Cli {

// bench --team: team mode on the shared database that --db names, as it is
// (docs/benchmarks.md, "Team mode (PostgreSQL)"). Times the first queue page
// and every order through TicketRepository, claims, replies and status
// changes through TicketService, how soon a second connection's
// DatabaseChangeWatcher hears a commit, and the throughput of the load test
// (eight team_load_client processes, 500 operations each). It writes: an
// agent, 200 tickets worked and the load test's tickets, so it is meant for
// a scratch copy, never a team's real database. Prints text or, with json,
// one object. Returns the exit code.
int runTeamBenchmark(CliContext& context, bool json);

} // namespace Switchboard::Cli
