// SPDX-License-Identifier: MIT
#pragma once

namespace Switchboard {

// Sets organisation and application names so the app and the CLI share one
// default database path and one settings file.
void setApplicationIdentity();

} // namespace Switchboard
