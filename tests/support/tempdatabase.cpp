// SPDX-License-Identifier: MIT
#include "tempdatabase.h"

namespace Switchboard::Test {

TempDatabase::TempDatabase()
{
    auto opened = Database::open(path());
    if (opened)
        m_database = opened.value();
    else
        m_error = opened.error().toString();
}

} // namespace Switchboard::Test
