// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"

namespace Switchboard {

// What a demo database needs beyond tickets to show the whole desk at work:
// groups that route automatically, an agent away and one at their limit,
// and a shelf of reply templates in Russian, Chinese and English.
class DemoTeamSetup
{
public:
    explicit DemoTeamSetup(DatabasePtr database);
    Status apply() const;

private:
    Status configureRouting() const;
    Status addTemplates() const;

    DatabasePtr m_database;
};

} // namespace Switchboard
