// SPDX-License-Identifier: MIT
// report kpi [--from DATE] [--to DATE] [--calendar CAL] [--group G] [--agent LOGIN]
//            [--channel C] [--type T] [--priority N] [--tag T] [--json]
// The KPI table of a period, by the definitions of docs/metrics.md.
#include "clitr.h"
#include "commands.h"

#include "common/clock.h"
#include "common/timeformat.h"
#include "metrics/metricsengine.h"
#include "metrics/metricsrepository.h"
#include "sla/businesscalendar.h"
#include "sla/calendarcatalog.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Switchboard::Cli {
namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kDefaultDays = 30;

// "1 h 25 min": two units, the smaller rounded. Business time is never
// shown in days: a day of business hours is not 24 hours.
QString formatDuration(const std::optional<double>& seconds, bool days = true)
{
    if (!seconds)
        return CliTr::tr("n/a");
    const qint64 total = std::llround(*seconds);
    if (total < 60)
        return CliTr::tr("%1 s").arg(total);
    if (total < 3600)
        return CliTr::tr("%1 min %2 s").arg(total / 60).arg(total % 60);
    const qint64 minutes = std::llround(*seconds / 60.0);
    if (minutes < 24 * 60 || !days)
        return CliTr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    const qint64 hours = std::llround(*seconds / 3600.0);
    return CliTr::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString formatPercent(const std::optional<double>& percent)
{
    if (!percent)
        return CliTr::tr("n/a");
    return CliTr::tr("%1 %").arg(*percent, 0, 'f', 1);
}

// Rows of cells printed with every column as wide as its widest cell; the
// first column is left-aligned, the others right-aligned.
QStringList alignedRows(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i == 0)
                line += row[i].leftJustified(widths[i]);
            else
                line += QStringLiteral("  ") + row[i].rightJustified(widths[i]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines << line;
    }
    return lines;
}

QString humanReport(const KpiReport& report)
{
    QStringList out;
    const QString basis = report.businessTime
                              ? CliTr::tr("business time of %1").arg(report.calendarName)
                              : CliTr::tr("calendar time");
    out << CliTr::tr("KPI report from %1 to %2 (the end excluded), %3")
               .arg(isoTimestamp(report.fromMs, report.timeZone),
                    isoTimestamp(report.toMs, report.timeZone), basis);
    out << QString();

    const bool days = !report.businessTime;
    const QString satisfaction =
        report.satisfactionAverage ? CliTr::tr("%1 / 5").arg(*report.satisfactionAverage, 0, 'f', 2)
                                   : CliTr::tr("n/a");
    out << alignedRows({
        {CliTr::tr("Tickets created"), QString::number(report.ticketsCreated)},
        {CliTr::tr("Tickets resolved"), QString::number(report.ticketsResolved)},
        {CliTr::tr("Open at the start"), QString::number(report.backlogStart)},
        {CliTr::tr("Open at the end"), QString::number(report.backlogEnd)},
        {CliTr::tr("Created and resolved"), formatPercent(report.resolvedPercent)},
        {CliTr::tr("First contact resolution"), formatPercent(report.fcrPercent)},
        {CliTr::tr("Reopened"), formatPercent(report.reopenRatePercent)},
        {CliTr::tr("Ratings"), QString::number(report.ratingsCount)},
        {CliTr::tr("Satisfaction"), satisfaction},
        {CliTr::tr("Satisfied (4 or 5)"), formatPercent(report.satisfiedPercent)},
        {CliTr::tr("Work time"), formatDuration(double(report.workSeconds))},
    });
    out << QString();

    auto durationRow = [days](const QString& name, const DurationStats& stats) {
        return QStringList{name,
                           QString::number(stats.count),
                           formatDuration(stats.averageSeconds, days),
                           formatDuration(stats.medianSeconds, days),
                           formatDuration(stats.p90Seconds, days),
                           formatDuration(stats.maxSeconds, days)};
    };
    out << alignedRows({
        {QString(), CliTr::tr("count"), CliTr::tr("average"), CliTr::tr("median"),
         CliTr::tr("90th pct"), CliTr::tr("max")},
        durationRow(CliTr::tr("First response"), report.firstResponse),
        durationRow(CliTr::tr("Response"), report.response),
        durationRow(CliTr::tr("Resolution"), report.resolution),
    });
    out << QString();

    auto slaRow = [](const QString& name, const SlaCompliance& sla) {
        return QStringList{name, QString::number(sla.met), QString::number(sla.atGoal),
                           QString::number(sla.breached), formatPercent(sla.compliancePercent())};
    };
    out << alignedRows({
        {CliTr::tr("SLA"), CliTr::tr("met"), CliTr::tr("at goal"), CliTr::tr("breached"),
         CliTr::tr("compliance")},
        slaRow(CliTr::tr("First response"), report.sla[size_t(SlaMetric::FirstResponse)]),
        slaRow(CliTr::tr("Next response"), report.sla[size_t(SlaMetric::NextResponse)]),
        slaRow(CliTr::tr("Resolution"), report.sla[size_t(SlaMetric::Resolution)]),
    });
    out << QString();

    const TimeInStatus& times = report.timeInStatus;
    out << CliTr::tr("Time in status, mean per resolved ticket (%n ticket(s))", nullptr,
                     int(times.tickets));
    QList<QStringList> statusRows;
    for (const TicketStatus status : {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                                      TicketStatus::OnHold, TicketStatus::Resolved}) {
        const bool bottleneck = times.bottleneck == status;
        statusRows << QStringList{QStringLiteral("  ") + displayName(status),
                                  formatDuration(times.mean(status), days),
                                  bottleneck ? CliTr::tr("bottleneck") : QString()};
    }
    out << alignedRows(statusRows);
    out << QString();

    out << CliTr::tr("Tickets created by weekday and hour (%1)")
               .arg(QString::fromUtf8(report.timeZone.id()));
    QList<QStringList> grid;
    QStringList header{QString()};
    for (int hour = 0; hour < 24; ++hour)
        header << QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
    grid << header;
    for (int day = 0; day < 7; ++day) {
        QStringList row{QLocale().dayName(day + 1, QLocale::ShortFormat)};
        for (const qint64 count : report.volume[size_t(day)])
            row << QString::number(count);
        grid << row;
    }
    out << alignedRows(grid);
    return out.join(QLatin1Char('\n'));
}

class ReportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return CliTr::tr("report kpi: the KPI table of a period (docs/metrics.md)");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("kpi"),
                                     CliTr::tr("kpi: ticket volume, response and resolution "
                                               "times, first contact resolution, SLA "
                                               "compliance, satisfaction and work time."));
        const QCommandLineOption from(
            QStringLiteral("from"),
            CliTr::tr("Start of the period: a date (2026-03-01, midnight in the calendar's "
                      "time zone, else UTC) or an ISO-8601 time with an offset. Default: 30 "
                      "days before --to."),
            QStringLiteral("DATE"));
        const QCommandLineOption to(
            QStringLiteral("to"),
            CliTr::tr("End of the period, excluded: --to 2026-04-01 ends at the midnight that "
                      "starts April 1. Default: now."),
            QStringLiteral("DATE"));
        const QCommandLineOption calendar(
            QStringLiteral("calendar"),
            CliTr::tr("Measure durations in business time of this calendar (a JSON file or "
                      "builtin:NAME) and use its time zone. Default: calendar time, UTC."),
            QStringLiteral("CAL"));
        const QCommandLineOption group(QStringLiteral("group"),
                                       CliTr::tr("Only tickets of this group (repeatable)."),
                                       QStringLiteral("G"));
        const QCommandLineOption agent(
            QStringLiteral("agent"), CliTr::tr("Only tickets assigned to this agent (repeatable)."),
            QStringLiteral("LOGIN"));
        const QCommandLineOption channel(
            QStringLiteral("channel"),
            CliTr::tr("Only tickets of this channel: email, chat, phone or web "
                      "(repeatable, or a comma-separated list)."),
            QStringLiteral("C"));
        const QCommandLineOption type(
            QStringLiteral("type"),
            CliTr::tr("Only tickets of this type: consultation, "
                      "fault, order or complaint (repeatable, or a comma-separated list)."),
            QStringLiteral("T"));
        const QCommandLineOption priority(
            QStringLiteral("priority"),
            CliTr::tr("Only tickets of this priority, 1 to 4 (repeatable, or a comma-separated "
                      "list)."),
            QStringLiteral("N"));
        const QCommandLineOption tag(
            QStringLiteral("tag"),
            CliTr::tr("Only tickets with this tag (repeatable: any of them)."),
            QStringLiteral("TAG"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the report as one JSON object."));
        parser.addOptions({from, to, calendar, group, agent, channel, type, priority, tag, json});
        if (const int code =
                parse(parser, arguments, context,
                      CliTr::tr("Reports on a period [--from, --to). Filters select tickets by "
                                "their current fields; several values of one filter are "
                                "alternatives, different filters all apply."));
            code >= 0)
            return code;

        if (parser.positionalArguments() != QStringList{QStringLiteral("kpi")})
            return context.usageError(
                CliTr::tr("usage: report kpi [--from DATE] [--to DATE] [--calendar CAL] "
                          "[filters] [--json]"));

        MetricsQuery query;
        QTimeZone zone = QTimeZone::utc();
        if (parser.isSet(calendar)) {
            auto loaded = CalendarCatalog::resolve(parser.value(calendar));
            if (!loaded) {
                Error error = loaded.error();
                if (error.location.isEmpty())
                    error.location = QStringLiteral("--calendar");
                return context.fail(error);
            }
            query.calendar = loaded.value();
            query.calendarName = parser.value(calendar);
            zone = query.calendar->timeZone();
        }

        std::optional<qint64> start;
        std::optional<qint64> end;
        if (parser.isSet(from) && !(start = parseBound(parser.value(from), zone)))
            return badDate(context, QStringLiteral("--from"), parser.value(from));
        if (parser.isSet(to) && !(end = parseBound(parser.value(to), zone)))
            return badDate(context, QStringLiteral("--to"), parser.value(to));
        query.toMs = end.value_or(Clock::system().nowMs());
        query.fromMs = start.value_or(query.toMs - kDefaultDays * kDayMs);
        if (query.fromMs >= query.toMs)
            return context.fail(Error{ErrorKind::Usage,
                                      CliTr::tr("the period is empty: --from must be before --to"),
                                      QStringLiteral("--from")});

        for (const QString& value : splitValues(parser.values(channel))) {
            const auto key = channelFromKey(value);
            if (!key)
                return badValue(context, QStringLiteral("--channel"), value,
                                QStringLiteral("email, chat, phone, web"));
            query.channels << *key;
        }
        for (const QString& value : splitValues(parser.values(type))) {
            const auto key = ticketTypeFromKey(value);
            if (!key)
                return badValue(context, QStringLiteral("--type"), value,
                                QStringLiteral("consultation, fault, order, complaint"));
            query.types << *key;
        }
        for (const QString& value : splitValues(parser.values(priority))) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < 1 || number > 4)
                return badValue(context, QStringLiteral("--priority"), value,
                                QStringLiteral("1, 2, 3, 4"));
            query.priorities << number;
        }
        query.tags = parser.values(tag);

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        const MetricsRepository names(database.value());
        for (const QString& value : parser.values(group)) {
            auto id = names.groupId(value);
            if (!id)
                return context.fail(id.error());
            query.groups << *id;
        }
        for (const QString& value : parser.values(agent)) {
            auto id = names.agentId(value);
            if (!id)
                return context.fail(id.error());
            query.agents << *id;
        }

        auto report = MetricsEngine(database.value()).kpi(query);
        if (!report)
            return context.fail(report.error());
        if (parser.isSet(json))
            context.printJson(QJsonDocument(report->toJson()));
        else
            context.print(humanReport(*report));
        return ExitOk;
    }

private:
    // A date is the midnight that starts it in `zone`; anything else must
    // be an ISO-8601 instant with an offset.
    static std::optional<qint64> parseBound(const QString& text, const QTimeZone& zone)
    {
        const QString trimmed = text.trimmed();
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid() && trimmed.size() == 10)
            return BusinessCalendar::localToUtcMs(zone, date, 0);
        return parseIsoInstant(trimmed);
    }

    // "email,chat" and repeated options alike.
    static QStringList splitValues(const QStringList& values)
    {
        QStringList out;
        for (const QString& value : values) {
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                out << part.trimmed();
        }
        return out;
    }

    static int badDate(const CliContext& context, const QString& option, const QString& value)
    {
        return context.fail(Error{ErrorKind::Usage,
                                  CliTr::tr("'%1' is neither a date (2026-03-01) nor an ISO-8601 "
                                            "time with an offset (2026-03-01T09:00:00+03:00)")
                                      .arg(value),
                                  option});
    }

    static int badValue(const CliContext& context, const QString& option, const QString& value,
                        const QString& allowed)
    {
        return context.fail(Error{ErrorKind::Usage,
                                  CliTr::tr("'%1' is not one of %2").arg(value, allowed), option});
    }
};

} // namespace

CliCommandPtr makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace Switchboard::Cli
