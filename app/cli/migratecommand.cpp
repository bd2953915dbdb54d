// SPDX-License-Identifier: MIT
// migrate --to URL [--json]: copy the SQLite database into an empty
// PostgreSQL one, all or nothing, verified by counts and checksums.
#include "clitr.h"
#include "commands.h"
#include "progressprinter.h"

#include "storage/databasecopier.h"
#include "storage/databaselocation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Switchboard::Cli {
namespace {

// Tables smaller than this copy in a blink; progress lines would be noise.
constexpr qint64 kProgressRows = 10000;

class MigrateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override
    {
        return CliTr::tr("copy the database into an empty PostgreSQL team database");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        const QCommandLineOption to(
            QStringLiteral("to"),
            CliTr::tr("The target, postgresql://user@host:port/dbname[?sslmode=...]; its schema "
                      "is created if it has none."),
            QStringLiteral("URL"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the summary as JSON."));
        parser.addOptions({to, json});
        const QString description =
            summary() + u'\n' +
            CliTr::tr("Copies every table of the SQLite database (--db) in one transaction, then "
                      "compares row counts and checksums of both sides before committing: on any "
                      "failure the target stays empty.\n"
                      "A target that already holds tickets, agents or articles is refused with "
                      "exit code 3; a source with another schema version with exit code 5.");
        if (const int code = parse(parser, arguments, context, description); code >= 0)
            return code;
        if (!parser.positionalArguments().isEmpty())
            return context.usageError(CliTr::tr("migrate takes no arguments"));
        const QString url = parser.value(to);
        if (url.isEmpty())
            return context.usageError(CliTr::tr("migrate needs --to URL"));
        if (!DatabaseLocation::looksLikeUrl(url))
            return context.usageError(CliTr::tr("--to takes a postgresql:// URL, not a file path"));
        if (DatabaseLocation::looksLikeUrl(context.databasePath()))
            return context.usageError(
                CliTr::tr("migrate copies an SQLite file: --db must name a file"));

        auto source = DatabaseCopier::openSource(context.databasePath());
        if (!source)
            return context.fail(source.error());
        auto target = Database::open(url);
        if (!target)
            return context.fail(target.error());

        DatabaseCopier copier(source.value(), target.value());
        std::unique_ptr<ProgressPrinter> printer;
        QString printing;
        copier.setProgress(
            [&](DatabaseCopier::Phase phase, const QString& table, qint64 done, qint64 total) {
                // Verification streams without a known total; copying is the long part.
                if (phase != DatabaseCopier::Phase::Copying || total < kProgressRows)
                    return;
                if (printing != table) {
                    printing = table;
                    printer = std::make_unique<ProgressPrinter>(CliTr::tr("copying %1").arg(table));
                }
                printer->update(done, total);
            });
        auto copied = copier.copy();
        if (!copied)
            return context.fail(copied.error());
        const DatabaseCopier::Report& report = copied.value();
        const double seconds = double(report.elapsedMs) / 1000.0;

        if (parser.isSet(json)) {
            QJsonArray tables;
            for (const auto& table : report.tables)
                tables.append(QJsonObject{{QStringLiteral("name"), table.table},
                                          {QStringLiteral("rows"), table.rows},
                                          {QStringLiteral("checksum"), table.checksum},
                                          {QStringLiteral("verified"), true}});
            context.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("source"), source.value()->path()},
                                          {QStringLiteral("target"), target.value()->path()},
                                          {QStringLiteral("tables"), tables},
                                          {QStringLiteral("rows"), report.rows},
                                          {QStringLiteral("seconds"), seconds}}));
            return ExitOk;
        }
        int width = 0;
        for (const auto& table : report.tables)
            width = qMax(width, int(table.table.size()));
        for (const auto& table : report.tables)
            context.print(CliTr::tr("%1  %2 rows  checksum ok")
                              .arg(table.table.leftJustified(width))
                              .arg(table.rows, 10));
        context.print(CliTr::tr("migrated %n table(s), %1 rows from %2 to %3 in %4 s", nullptr,
                                int(report.tables.size()))
                          .arg(report.rows)
                          .arg(source.value()->path(), target.value()->path())
                          .arg(seconds, 0, 'f', 1));
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeMigrateCommand()
{
    return std::make_unique<MigrateCommand>();
}

} // namespace Switchboard::Cli
