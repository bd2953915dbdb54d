// SPDX-License-Identifier: MIT
#pragma once

namespace Switchboard {

// Makes every database opened from now on (Database::open with default
// options) register the knowledge-base tokenizer on each of its connections.
// Storage cannot know the knowledge base, so main() of every program, and the
// test harness, call this once before opening a database. Idempotent.
void initKnowledgeBaseStorage();

} // namespace Switchboard
