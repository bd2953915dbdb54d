// SPDX-License-Identifier: MIT
// export tickets FILE [--from DATE] [--to DATE] [--json]
#include "clitr.h"
#include "commands.h"

#include "common/timeformat.h"
#include "import/ticketexporter.h"

#include <QDate>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

// A date is a local calendar day (the system's zone), the way people name
// periods; an instant needs its offset. `end`: a date means the day after.
std::optional<qint64> parseBound(const QString& text, bool end)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid())
        return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), QTimeZone::systemTimeZone())
            .toMSecsSinceEpoch();
    return parseIsoInstant(text);
}

class ExportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return CliTr::tr("export tickets FILE: one row per ticket, CSV or JSON Lines");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("tickets"), CliTr::tr("What to export."));
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            CliTr::tr("The file to write: JSON Lines if it ends in .jsonl or .ndjson, else CSV."));
        const QCommandLineOption from(
            QStringLiteral("from"),
            CliTr::tr("Only tickets created on or after DATE (YYYY-MM-DD, local) or an "
                      "ISO-8601 time with offset."),
            QStringLiteral("DATE"));
        const QCommandLineOption to(
            QStringLiteral("to"),
            CliTr::tr("Only tickets created before the end of DATE, or before the time given."),
            QStringLiteral("DATE"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the result as JSON."));
        parser.addOptions({from, to, json});
        const QString description =
            CliTr::tr("Exports tickets one row each, with the field names of import mappings: "
                      "import tickets FILE --format csv (or jsonl) reads the file back.");
        if (const int code = parse(parser, arguments, context, description); code >= 0)
            return code;
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2 || positional.first() != QLatin1String("tickets"))
            return context.usageError(
                CliTr::tr("usage: export tickets FILE [--from DATE] [--to DATE] [--json]"));
        std::optional<qint64> start, end;
        if (parser.isSet(from) && !(start = parseBound(parser.value(from), false)))
            return context.usageError(
                CliTr::tr("--from takes a date (2026-03-01) or a time with offset"));
        if (parser.isSet(to) && !(end = parseBound(parser.value(to), true)))
            return context.usageError(
                CliTr::tr("--to takes a date (2026-03-31) or a time with offset"));

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        const QString path = positional.at(1);
        auto count = TicketExporter(database.value()).exportTickets(path, start, end);
        if (!count)
            return context.fail(count.error());
        if (parser.isSet(json))
            context.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("file"), path}, {QStringLiteral("tickets"), count.value()}}));
        else
            context.print(CliTr::tr("exported %1 tickets to %2").arg(count.value()).arg(path));
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace Switchboard::Cli
