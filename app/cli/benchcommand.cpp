// SPDX-License-Identifier: MIT
#include "commands.h"

#include <QCoreApplication>

namespace Switchboard::Cli {
namespace {

// Work in progress in this commit; replaced by the real command before the issue closes.
class BenchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override { return QStringLiteral("(in progress)"); }
    int run(CliContext& context, const QStringList&) override
    {
        return context.fail(Error{ErrorKind::Runtime, QStringLiteral("not available yet")});
    }
};

} // namespace

CliCommandPtr makeBenchCommand() { return std::make_unique<BenchCommand>(); }

} // namespace Switchboard::Cli
