// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Switchboard {

// The mappings behind `import tickets --format NAME`, as JSON in the format
// ImportMapping reads (so `--inspect --format NAME` can print one to start
// a custom mapping from). Empty for an unknown name.
QByteArray builtinMappingJson(const QString& name);
QStringList builtinMappingNames();

} // namespace Switchboard
