// SPDX-License-Identifier: MIT
// Compiled into every test program (not the support library, whose unused
// objects the linker drops): databases opened by tests get the same
// connection setup as the programs' main() gives theirs.
#include "kb/kbdatabase.h"

#include <QtGlobal>

namespace {

void initStorage()
{
    Switchboard::initKnowledgeBaseStorage();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(initStorage)
