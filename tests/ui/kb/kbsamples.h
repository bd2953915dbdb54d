// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

#include <QHash>
#include <QString>

namespace Switchboard::Test {

// A small, realistic knowledge base in Russian, Chinese and English, with
// categories, tags, review dates and linked translations: what the
// knowledge view's tests and its screenshot tool read.
class KbSamples
{
public:
    // Writes the articles; `keys` maps each sample's key ("printer-ru") to
    // its article id.
    static Result<QHash<QString, qint64>> add(DatabasePtr database, const Clock& clock);
};

} // namespace Switchboard::Test
