// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace Switchboard::Test {

// What one run of switchboard-cli gave: exit code (-1 if it crashed or hung),
// stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built switchboard-cli as a script would, waiting up to a minute.
CliRun runCli(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

} // namespace Switchboard::Test
