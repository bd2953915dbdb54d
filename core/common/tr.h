// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Switchboard {

// Translation for code that is not a QObject; lupdate finds Tr::tr() calls.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard)
};

} // namespace Switchboard
