// SPDX-License-Identifier: MIT
// import tickets FILE [--format servicenow|helpdesk|csv|jsonl] [--mapping FILE]
//                     [--encoding NAME] [--dry-run] [--inspect] [--json]
#include "clitr.h"
#include "commands.h"
#include "progressprinter.h"
#include "sla/slaservice.h"

#include "import/importinspector.h"
#include "import/ticketimporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

QString formatName(RecordFormat format)
{
    return format == RecordFormat::JsonLines ? QStringLiteral("jsonl") : QStringLiteral("csv");
}

QString delimiterName(QChar delimiter)
{
    return delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter);
}

class ImportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return CliTr::tr("import tickets FILE: tickets from a CSV or JSON Lines export");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("tickets"), CliTr::tr("What to import."));
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            CliTr::tr("A CSV or JSON Lines file, optionally gzip-compressed (.gz)."));
        const QCommandLineOption format(
            QStringLiteral("format"),
            CliTr::tr("servicenow or helpdesk (the built-in mappings of those exports), csv or "
                      "jsonl (what export tickets writes); default: csv or jsonl by the file "
                      "name."),
            QStringLiteral("F"));
        const QCommandLineOption mapping(
            QStringLiteral("mapping"),
            CliTr::tr("A JSON mapping of columns to ticket fields (--inspect drafts one)."),
            QStringLiteral("FILE"));
        const QCommandLineOption encoding(
            QStringLiteral("encoding"),
            CliTr::tr("The file's encoding (utf-8, utf-16le, windows-1251, koi8-r, gb18030 ...); "
                      "default: detected."),
            QStringLiteral("NAME"));
        const QCommandLineOption dryRun(
            QStringLiteral("dry-run"), CliTr::tr("Check the whole file and count, write nothing."));
        const QCommandLineOption inspect(
            QStringLiteral("inspect"),
            CliTr::tr("Show the encoding, delimiter, columns with sample values, the row count "
                      "and a draft mapping; import nothing."));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print one JSON document."));
        parser.addOptions({format, mapping, encoding, dryRun, inspect, json});
        if (const int code = parse(parser, arguments, context, description()); code >= 0)
            return code;

        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2 || positional.first() != QLatin1String("tickets"))
            return context.usageError(
                CliTr::tr("usage: import tickets FILE [--format servicenow|helpdesk|csv|jsonl] "
                          "[--mapping FILE] [--encoding NAME] [--dry-run] [--inspect] [--json]"));
        TicketImportOptions options;
        options.path = positional.at(1);
        options.format = parser.value(format);
        options.mappingPath = parser.value(mapping);
        options.encoding = parser.value(encoding);
        if (!options.format.isEmpty() && !ImportMapping::builtinNames().contains(options.format))
            return context.usageError(
                CliTr::tr("--format takes %1").arg(ImportMapping::builtinNames().join(u", ")));
        if (parser.isSet(inspect))
            return runInspect(context, options, parser.isSet(json));
        return runImport(context, options, parser.isSet(dryRun), parser.isSet(json));
    }

private:
    static QString description()
    {
        return CliTr::tr(
            "Imports tickets with their history from a help desk's export, all or nothing: "
            "any bad value stops the import with file:line and column, and nothing is "
            "written (exit code 5).\n"
            "Event logs (several rows per ticket) become one ticket each, with status, "
            "assignee, group and priority changes as history events.\n"
            "Importing the same file again adds nothing: tickets are found by their id in "
            "the source; changed ones are updated and missing history events added.");
    }

    static int runInspect(CliContext& context, const TicketImportOptions& options, bool json)
    {
        std::optional<ImportMapping> mapping;
        if (!options.format.isEmpty() || !options.mappingPath.isEmpty()) {
            auto chosen = TicketImporter::mappingFor(options);
            if (!chosen)
                return context.fail(chosen.error());
            if (!options.mappingPath.isEmpty() || (options.format != QLatin1String("csv") &&
                                                   options.format != QLatin1String("jsonl")))
                mapping = chosen.value();
        }
        std::optional<RecordFormat> format;
        if (options.format == QLatin1String("jsonl"))
            format = RecordFormat::JsonLines;
        else if (!options.format.isEmpty())
            format = RecordFormat::Csv;
        auto inspection = ImportInspector::inspect(options.path, format, options.encoding, mapping);
        if (!inspection)
            return context.fail(inspection.error());
        if (json)
            context.printJson(QJsonDocument(inspectionJson(inspection.value())));
        else
            printInspection(context, inspection.value());
        return ExitOk;
    }

    static QJsonObject inspectionJson(const ImportInspection& inspection)
    {
        QJsonArray columns;
        for (const ColumnProfile& column : inspection.columns) {
            QJsonObject object{
                {QStringLiteral("name"), column.name},
                {QStringLiteral("samples"), QJsonArray::fromStringList(column.samples)}};
            if (!column.timeFormat.isEmpty())
                object.insert(QStringLiteral("time_format"), column.timeFormat);
            columns.append(object);
        }
        QJsonObject object{
            {QStringLiteral("file"), inspection.path},
            {QStringLiteral("encoding"), inspection.encoding},
            {QStringLiteral("encoding_detected_by"),
             inspection.encodingReason.isEmpty() ? QJsonValue() : inspection.encodingReason},
            {QStringLiteral("compressed"), inspection.compressed},
            {QStringLiteral("format"), formatName(inspection.format)},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows_sampled"), inspection.sampledRecords},
            {QStringLiteral("rows_estimate"), inspection.estimatedRecords},
            {QStringLiteral("rows_exact"), inspection.exact},
            {QStringLiteral("mapping"), inspection.draftMapping}};
        if (!inspection.delimiter.isNull())
            object.insert(QStringLiteral("delimiter"), QString(inspection.delimiter));
        return object;
    }

    static void printInspection(CliContext& context, const ImportInspection& inspection)
    {
        context.print(
            CliTr::tr("file:       %1%2")
                .arg(inspection.path, inspection.compressed ? CliTr::tr(" (gzip)") : QString()));
        context.print(CliTr::tr("encoding:   %1%2")
                          .arg(inspection.encoding,
                               inspection.encodingReason.isEmpty()
                                   ? CliTr::tr(" (as given)")
                                   : CliTr::tr(" (detected: %1)").arg(inspection.encodingReason)));
        context.print(inspection.format == RecordFormat::JsonLines
                          ? CliTr::tr("format:     JSON Lines")
                          : CliTr::tr("format:     CSV, delimiter '%1'")
                                .arg(delimiterName(inspection.delimiter)));
        context.print(inspection.exact
                          ? CliTr::tr("rows:       %1").arg(inspection.sampledRecords)
                          : CliTr::tr("rows:       about %1 (estimated from the first %2)")
                                .arg(inspection.estimatedRecords)
                                .arg(inspection.sampledRecords));
        context.print(CliTr::tr("columns:"));
        int width = 0;
        for (const ColumnProfile& column : inspection.columns)
            width = std::max(width, int(column.name.size()));
        for (qsizetype i = 0; i < inspection.columns.size(); ++i) {
            const ColumnProfile& column = inspection.columns.at(i);
            QString line = QStringLiteral("  %1  %2  %3")
                               .arg(i + 1, 3)
                               .arg(column.name.leftJustified(width),
                                    column.samples.join(QStringLiteral(" | ")));
            if (!column.timeFormat.isEmpty())
                line += CliTr::tr("  [time: %1]").arg(column.timeFormat);
            context.print(line);
        }
        context.print(CliTr::tr("\ndraft mapping (save it, edit it, import with --mapping FILE):"));
        context.printJson(QJsonDocument(inspection.draftMapping));
    }

    static int runImport(CliContext& context, TicketImportOptions options, bool dryRun, bool json)
    {
        const QString fileName = QFileInfo(options.path).fileName();
        ProgressPrinter reading(CliTr::tr("reading %1").arg(fileName));
        ProgressPrinter writing(CliTr::tr("writing tickets"));
        options.progress = [&](const ImportProgress& progress) {
            (progress.phase == ImportProgress::Phase::Reading ? reading : writing)
                .update(progress.done, progress.total);
        };
        TicketImporter importer(options);
        // The file is checked whole before the database is even opened, so
        // bad data never creates or touches one.
        auto batch = importer.read();
        if (!batch)
            return context.fail(batch.error());
        DatabasePtr database;
        if (!dryRun || QFileInfo::exists(context.databasePath())) {
            auto opened = context.database();
            if (!opened)
                return context.fail(opened.error());
            database = opened.value();
        }
        auto result = importer.write(database, batch.value(), dryRun);
        if (!result)
            return context.fail(result.error());
        if (!dryRun && !result->ticketIds.isEmpty()) {
            // Derived state, in its own transaction: should it fail, the
            // imported history stands and the next recomputation fills it in.
            SlaService sla(database);
            if (auto recomputed = sla.recomputeTickets(result->ticketIds); !recomputed)
                return context.fail(recomputed.error());
            // History from another system happened before anyone watched it.
            if (Status status = sla.markReportedUntil(Clock::system().nowMs()); !status)
                return context.fail(status.error());
        }
        if (json)
            context.printJson(QJsonDocument(resultJson(batch.value(), result.value())));
        else
            context.print(summaryLine(batch.value(), result.value()));
        return ExitOk;
    }

    static QJsonObject resultJson(const ImportBatch& batch, const TicketImportResult& r)
    {
        QJsonObject object{{QStringLiteral("file"), batch.path},
                           {QStringLiteral("source"), batch.source},
                           {QStringLiteral("encoding"), batch.encoding},
                           {QStringLiteral("format"), formatName(batch.format)},
                           {QStringLiteral("records"), r.records},
                           {QStringLiteral("tickets"), r.tickets},
                           {QStringLiteral("created"), r.created},
                           {QStringLiteral("updated"), r.updated},
                           {QStringLiteral("unchanged"), r.unchanged},
                           {QStringLiteral("events"), r.events},
                           {QStringLiteral("customers_created"), r.customersCreated},
                           {QStringLiteral("agents_created"), r.agentsCreated},
                           {QStringLiteral("groups_created"), r.groupsCreated},
                           {QStringLiteral("dry_run"), r.dryRun}};
        if (!batch.delimiter.isNull())
            object.insert(QStringLiteral("delimiter"), QString(batch.delimiter));
        return object;
    }

    static QString summaryLine(const ImportBatch& batch, const TicketImportResult& r)
    {
        const QString line =
            CliTr::tr("%1 tickets from %2 rows of %3 (%4): %5 new, %6 updated, %7 unchanged; "
                      "%8 history events; new customers %9, agents %10, groups %11")
                .arg(r.tickets)
                .arg(r.records)
                .arg(QFileInfo(batch.path).fileName(), batch.encoding)
                .arg(r.created)
                .arg(r.updated)
                .arg(r.unchanged)
                .arg(r.events)
                .arg(r.customersCreated)
                .arg(r.agentsCreated)
                .arg(r.groupsCreated);
        return r.dryRun ? CliTr::tr("dry run, nothing written: %1").arg(line) : line;
    }
};

} // namespace

CliCommandPtr makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace Switchboard::Cli
