// SPDX-License-Identifier: MIT
#include "clock.h"

namespace Switchboard {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Switchboard
