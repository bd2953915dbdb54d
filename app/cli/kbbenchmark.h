// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace Switchboard::Cli {

// bench --articles N: the knowledge-base search on N demo articles. Builds
// the articles once, indexes them with our tokenizer and, in a second
// temporary database, with stock FTS5 unicode61; then times natural questions
// and as-you-type prefixes through KbSearch as the app and the CLI run them,
// and counts how many questions each index answers. Prints text or, with
// json, one object. Returns the exit code.
int runKbBenchmark(CliContext& context, int articles, bool json);

} // namespace Switchboard::Cli
