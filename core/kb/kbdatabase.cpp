// SPDX-License-Identifier: MIT
#include "kbdatabase.h"

#include "kbtokenizer.h"
#include "storage/connectionsetup.h"

#include <mutex>

namespace Switchboard {

void initKnowledgeBaseStorage()
{
    static std::once_flag once;
    std::call_once(once, [] {
        addDefaultConnectionSetup([](QSqlDatabase& db) { return registerKbTokenizer(db); });
    });
}

} // namespace Switchboard
