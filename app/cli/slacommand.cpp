// SPDX-License-Identifier: MIT
// sla add --calendar CAL --start TIME --minutes N [--boundary close|next-open]
// sla elapsed --calendar CAL --start TIME --end TIME
// Business-time arithmetic; needs no database.
#include "clitr.h"
#include "commands.h"

#include "common/timeformat.h"
#include "sla/businesscalendar.h"
#include "sla/calendarcatalog.h"

#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

// Far more than any SLA: about 19 years of a 24x7 calendar. Keeps a typo
// from computing centuries of calendar.
constexpr qint64 kMaxMinutes = 10'000'000;

class SlaCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sla"); }
    QString summary() const override
    {
        return CliTr::tr("sla add | elapsed: business-time arithmetic on a calendar");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("add|elapsed"),
            CliTr::tr("add: the instant N business minutes after --start; elapsed: whole "
                      "business minutes from --start to --end (0 if --end is not later)."));
        const QCommandLineOption calendarOption(
            QStringLiteral("calendar"),
            CliTr::tr("A calendar file (JSON, see the Calendars section of the CLI guide) or "
                      "builtin:NAME (%1).")
                .arg(builtinList()),
            QStringLiteral("CAL"));
        const QCommandLineOption startOption(QStringLiteral("start"),
                                             CliTr::tr("ISO-8601 instant with an offset or Z."),
                                             QStringLiteral("TIME"));
        const QCommandLineOption endOption(QStringLiteral("end"),
                                           CliTr::tr("elapsed: ISO-8601 instant with an offset "
                                                     "or Z."),
                                           QStringLiteral("TIME"));
        const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                               CliTr::tr("add: business minutes, 0 or more."),
                                               QStringLiteral("N"));
        const QCommandLineOption boundaryOption(
            QStringLiteral("boundary"),
            CliTr::tr("add: close (default) gives a closing time when the minutes run out "
                      "exactly there; next-open gives the next opening instead, also for 0 "
                      "minutes outside open hours."),
            QStringLiteral("close|next-open"), QStringLiteral("close"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the result as a JSON object."));
        parser.addOptions(
            {calendarOption, startOption, endOption, minutesOption, boundaryOption, json});
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;

        const QStringList positional = parser.positionalArguments();
        const bool add = positional == QStringList{QStringLiteral("add")};
        const bool elapsed = positional == QStringList{QStringLiteral("elapsed")};
        if (!add && !elapsed)
            return context.usageError(
                CliTr::tr("usage: sla add --calendar CAL --start TIME --minutes N "
                          "[--boundary close|next-open] | sla elapsed --calendar CAL "
                          "--start TIME --end TIME"));
        if (!parser.isSet(calendarOption))
            return context.usageError(CliTr::tr("sla %1 needs --calendar").arg(positional[0]));
        if (!parser.isSet(startOption))
            return context.usageError(CliTr::tr("sla %1 needs --start").arg(positional[0]));
        const std::optional<qint64> start = parseIsoInstant(parser.value(startOption));
        if (!start)
            return badTime(context, QStringLiteral("--start"), parser.value(startOption));

        if (add) {
            if (parser.isSet(endOption))
                return context.usageError(CliTr::tr("sla add takes --minutes, not --end"));
            if (!parser.isSet(minutesOption))
                return context.usageError(CliTr::tr("sla add needs --minutes"));
            bool ok = false;
            const qint64 minutes = parser.value(minutesOption).toLongLong(&ok);
            if (!ok || minutes < 0 || minutes > kMaxMinutes)
                return context.fail(
                    Error{ErrorKind::Usage,
                          CliTr::tr("--minutes takes a whole number from 0 to %1, not '%2'")
                              .arg(kMaxMinutes)
                              .arg(parser.value(minutesOption)),
                          QStringLiteral("--minutes")});
            const QString boundaryText = parser.value(boundaryOption);
            if (boundaryText != QLatin1String("close") &&
                boundaryText != QLatin1String("next-open"))
                return context.fail(Error{ErrorKind::Usage,
                                          CliTr::tr("--boundary takes close or next-open, not "
                                                    "'%1'")
                                              .arg(boundaryText),
                                          QStringLiteral("--boundary")});
            auto calendar = loadCalendar(parser.value(calendarOption));
            if (!calendar)
                return context.fail(calendar.error());
            const auto boundary = boundaryText == QLatin1String("close")
                                      ? BusinessCalendar::Boundary::Close
                                      : BusinessCalendar::Boundary::NextOpen;
            const qint64 result = calendar->addBusinessMinutes(*start, minutes, boundary);
            const QString text = isoTimestamp(result, calendar->timeZone());
            if (parser.isSet(json))
                context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("result"), text}}));
            else
                context.print(text);
            return ExitOk;
        }

        if (parser.isSet(minutesOption) || parser.isSet(boundaryOption))
            return context.usageError(
                CliTr::tr("sla elapsed takes --end, not --minutes or --boundary"));
        if (!parser.isSet(endOption))
            return context.usageError(CliTr::tr("sla elapsed needs --end"));
        const std::optional<qint64> end = parseIsoInstant(parser.value(endOption));
        if (!end)
            return badTime(context, QStringLiteral("--end"), parser.value(endOption));
        auto calendar = loadCalendar(parser.value(calendarOption));
        if (!calendar)
            return context.fail(calendar.error());
        const qint64 minutes = calendar->businessMinutesBetween(*start, *end);
        if (parser.isSet(json))
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("minutes"), minutes}}));
        else
            context.print(QString::number(minutes));
        return ExitOk;
    }

private:
    static QString builtinList()
    {
        QStringList names;
        for (const QString& name : CalendarCatalog::builtinNames())
            names << QStringLiteral("builtin:") + name;
        return names.join(QStringLiteral(", "));
    }

    static int badTime(const CliContext& context, const QString& option, const QString& value)
    {
        return context.fail(Error{ErrorKind::Usage,
                                  CliTr::tr("'%1' is not an ISO-8601 instant with an offset or Z, "
                                            "such as 2026-03-02T09:15:00+03:00")
                                      .arg(value),
                                  option});
    }

    static Result<BusinessCalendar> loadCalendar(const QString& spec)
    {
        auto calendar = CalendarCatalog::resolve(spec);
        if (!calendar && calendar.error().location.isEmpty())
            return Error{calendar.error().kind, calendar.error().message,
                         QStringLiteral("--calendar")};
        return calendar;
    }
};

} // namespace

CliCommandPtr makeSlaCommand()
{
    return std::make_unique<SlaCommand>();
}

} // namespace Switchboard::Cli
