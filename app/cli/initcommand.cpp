// SPDX-License-Identifier: MIT
// init: create or migrate the database, print its path and schema version.
#include "clitr.h"
#include "commands.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

class InitCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return CliTr::tr("create or migrate the database, print its path and schema version");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
        parser.addOption(json);
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;
        if (!parser.positionalArguments().isEmpty())
            return context.usageError(CliTr::tr("init takes no arguments"));

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        const DatabasePtr& db = database.value();
        if (parser.isSet(json)) {
            QJsonObject object{{QStringLiteral("path"), db->path()},
                               {QStringLiteral("schema_version"), db->schemaVersion()}};
            if (!db->backupPath().isEmpty())
                object.insert(QStringLiteral("backup"), db->backupPath());
            context.printJson(QJsonDocument(object));
        } else {
            context.print(CliTr::tr("database: %1").arg(db->path()));
            context.print(CliTr::tr("schema version: %1").arg(db->schemaVersion()));
            if (!db->backupPath().isEmpty())
                context.print(
                    CliTr::tr("backup of the previous version: %1").arg(db->backupPath()));
        }
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace Switchboard::Cli
