// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Switchboard::Cli {

// Translation context "Cli" for the command-line tool; lupdate finds CliTr::tr().
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace Switchboard::Cli
