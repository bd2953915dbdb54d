// SPDX-License-Identifier: MIT
// report kpi|agents [--from DATE] [--to DATE] [--calendar CAL] [--group G] [--agent LOGIN]
//                   [--channel C] [--type T] [--priority N] [--tag T] [--json]
// report staffing [same options] [--service-level P] [--answer-within MINUTES]
//                 [--aht-seconds S]
// The KPI table and the per-agent scorecard of a period (docs/metrics.md), and
// the staffing plan from its history (docs/staffing.md).
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
constexpr double kDefaultServiceLevel = 0.8;
constexpr double kDefaultAnswerWithinMinutes = 15;

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

QString formatScore(const std::optional<double>& score)
{
    if (!score)
        return CliTr::tr("n/a");
    return QString::number(*score, 'f', 1);
}

QString formatChange(const std::optional<double>& change)
{
    if (!change)
        return CliTr::tr("n/a");
    const double rounded = std::round(*change * 10.0) / 10.0;
    return (rounded > 0 ? QStringLiteral("+") : QString()) +
           QString::number(rounded == 0 ? 0.0 : rounded, 'f', 1);
}

QString formatRating(const std::optional<double>& rating)
{
    if (!rating)
        return CliTr::tr("n/a");
    return QString::number(*rating, 'f', 2);
}

QString humanAgents(const AgentScorecardReport& report)
{
    QStringList out;
    const ScorecardPeriod& current = report.current;
    const QString basis = report.businessTime
                              ? CliTr::tr("business time of %1").arg(report.calendarName)
                              : CliTr::tr("calendar time");
    out << CliTr::tr("Agent scorecard from %1 to %2 (the end excluded), %3")
               .arg(isoTimestamp(current.fromMs, report.timeZone),
                    isoTimestamp(current.toMs, report.timeZone), basis);
    out << CliTr::tr("Previous period: %1 to %2")
               .arg(isoTimestamp(report.previous.fromMs, report.timeZone),
                    isoTimestamp(report.previous.toMs, report.timeZone));
    QStringList weights;
    for (int i = 0; i < kScorecardCriteria; ++i) {
        const auto criterion = ScorecardCriterion(i);
        weights << QStringLiteral("%1 %2").arg(toKey(criterion),
                                               QString::number(report.weights.weight(criterion)));
    }
    out << CliTr::tr("Scores 0-100, the team's median agent = 50; weights of the total: %1")
               .arg(weights.join(QStringLiteral(", ")));
    out << QString();
    if (current.agents.isEmpty()) {
        out << CliTr::tr("No agent resolved or had rated a ticket in the period.");
        return out.join(QLatin1Char('\n'));
    }

    QList<QStringList> ranking{{CliTr::tr("Rank  Agent"), CliTr::tr("resolved"), CliTr::tr("rated"),
                                CliTr::tr("reaction"), CliTr::tr("quality"), CliTr::tr("effect."),
                                CliTr::tr("comm."), CliTr::tr("feedback"), CliTr::tr("total"),
                                CliTr::tr("vs team"), CliTr::tr("vs prev.")}};
    bool anyLowSample = false;
    for (const AgentScore& row : current.agents) {
        const AgentScore* before = report.previous.find(row.agent);
        anyLowSample = anyLowSample || row.lowSample;
        QStringList cells{QStringLiteral("%1  %2%3")
                              .arg(row.rank ? QString::number(*row.rank) : QStringLiteral("-"), 4)
                              .arg(row.login, row.lowSample ? QStringLiteral(" *") : QString()),
                          QString::number(row.resolved), QString::number(row.rated)};
        for (int i = 0; i < kScorecardCriteria; ++i)
            cells << formatScore(row.scores[size_t(i)]);
        cells << formatScore(row.total);
        cells << formatChange(row.total && current.teamTotal
                                  ? std::optional<double>(*row.total - *current.teamTotal)
                                  : std::nullopt);
        cells << formatChange(row.total && before && before->total
                                  ? std::optional<double>(*row.total - *before->total)
                                  : std::nullopt);
        ranking << cells;
    }
    QStringList team{CliTr::tr("      Team average"), QString::number(current.teamResolved),
                     QString::number(current.teamRated)};
    for (int i = 0; i < kScorecardCriteria; ++i)
        team << formatScore(current.teamScores[size_t(i)]);
    team << formatScore(current.teamTotal);
    ranking << team;
    out << alignedRows(ranking);
    if (anyLowSample)
        out << CliTr::tr("* fewer than %n rated ticket(s): a few ratings can move the scores a lot",
                         nullptr, report.lowSampleBelow);
    out << QString();

    const bool days = !report.businessTime;
    auto figureCells = [days](const std::array<std::optional<double>, kScorecardFigures>& f) {
        return QStringList{formatDuration(f[size_t(ScorecardFigure::ReactionMedian)], days),
                           formatPercent(f[size_t(ScorecardFigure::FcrPercent)]),
                           formatRating(f[size_t(ScorecardFigure::Quality)]),
                           formatRating(f[size_t(ScorecardFigure::Effectiveness)]),
                           formatRating(f[size_t(ScorecardFigure::Communication)]),
                           formatRating(f[size_t(ScorecardFigure::Feedback)])};
    };
    QList<QStringList> figures{{CliTr::tr("Figures"), CliTr::tr("first response (median)"),
                                CliTr::tr("FCR"), CliTr::tr("quality"), CliTr::tr("effectiveness"),
                                CliTr::tr("communication"), CliTr::tr("overall")}};
    for (const AgentScore& row : current.agents)
        figures << (QStringList{row.name.isEmpty() ? row.login : row.name} +
                    figureCells(row.figures));
    figures << (QStringList{CliTr::tr("Team")} + figureCells(current.teamFigures));
    figures << (QStringList{CliTr::tr("Median agent (scores 50)")} +
                figureCells(current.reference));
    out << alignedRows(figures);
    if (current.unattributedResolved > 0 || current.unattributedRated > 0)
        out << CliTr::tr("Not credited to anyone (no assignee then): %1 resolved, %2 rated")
                   .arg(current.unattributedResolved)
                   .arg(current.unattributedRated);
    return out.join(QLatin1Char('\n'));
}

// "2", "1.5": agents available are a mean.
QString formatAgents(double agents)
{
    const double rounded = std::round(agents * 10.0) / 10.0;
    return QString::number(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

QString humanStaffing(const StaffingReport& report)
{
    QStringList out;
    out << CliTr::tr("Staffing from the tickets created %1 to %2 (the end excluded), local time "
                     "of %3")
               .arg(isoTimestamp(report.fromMs, report.timeZone),
                    isoTimestamp(report.toMs, report.timeZone),
                    QString::fromUtf8(report.timeZone.id()));
    const QString aht =
        report.periodAhtSeconds
            ? CliTr::tr("the time entries of the slot's tickets (at least %1 tickets), else of "
                        "the period's (%2 s over %3 tickets)")
                  .arg(report.minSlotAhtTickets)
                  .arg(std::llround(*report.periodAhtSeconds))
                  .arg(report.periodAhtTickets)
            : CliTr::tr("no time entries in the period: the default of %1 s")
                  .arg(QString::number(report.defaultAhtSeconds));
    out << CliTr::tr("Target: %1% answered within %2 min (Erlang C); handling time: %3")
               .arg(QString::number(report.targetServiceLevel * 100, 'g', 6),
                    QString::number(report.answerWithinSeconds / 60.0, 'g', 6), aht);
    out << CliTr::tr("%n ticket(s). Each cell: agents needed / agents active on average "
                     "(replied or logged time); ! fewer active than needed; - not in the period",
                     nullptr, int(report.tickets));
    out << QString();

    QList<QStringList> grid;
    QStringList header{QString()};
    for (int day = 1; day <= 7; ++day)
        header << QLocale().dayName(day, QLocale::ShortFormat);
    grid << header;
    const StaffingSlot* peak = nullptr;
    int short_ = 0;
    for (int hour = 0; hour < 24; ++hour) {
        QStringList row{QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'))};
        for (int day = 1; day <= 7; ++day) {
            const StaffingSlot& slot = report.slot(day, hour);
            if (!slot.agentsNeeded || !slot.agentsAvailable) {
                row << QStringLiteral("-");
                continue;
            }
            const bool shortOfAgents = *slot.agentsAvailable < *slot.agentsNeeded;
            short_ += shortOfAgents ? 1 : 0;
            row << QStringLiteral("%1/%2%3")
                       .arg(*slot.agentsNeeded)
                       .arg(formatAgents(*slot.agentsAvailable),
                            shortOfAgents ? QStringLiteral("!") : QString());
            if (!peak || *slot.arrivalsPerHour > *peak->arrivalsPerHour)
                peak = &slot;
        }
        grid << row;
    }
    out << alignedRows(grid);
    out << QString();
    if (peak && *peak->arrivalsPerHour > 0)
        out << CliTr::tr("Busiest hour: %1 %2:00, %3 tickets per hour, handling time %4 s: %5 "
                         "agent(s) needed (%6% answered in time), %7 active")
                   .arg(QLocale().dayName(peak->weekday, QLocale::ShortFormat))
                   .arg(peak->hour, 2, 10, QLatin1Char('0'))
                   .arg(QString::number(*peak->arrivalsPerHour, 'f', 2))
                   .arg(std::llround(peak->ahtSeconds))
                   .arg(*peak->agentsNeeded)
                   .arg(QString::number(*peak->serviceLevel * 100, 'f', 1))
                   .arg(formatAgents(*peak->agentsAvailable));
    out << CliTr::tr("Hours with fewer agents active than needed: %1 of 168").arg(short_);
    return out.join(QLatin1Char('\n'));
}

// Numbers on the command line use "." whatever the locale.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// As staffing erlang: "0.8", "80" and "80%" are the same target.
std::optional<double> parseServiceLevel(QString text)
{
    text = text.trimmed();
    const bool percentSign = text.endsWith(QLatin1Char('%'));
    if (percentSign)
        text.chop(1);
    std::optional<double> value = parseNumber(text);
    if (!value || *value <= 0 || *value > 100)
        return std::nullopt;
    if (percentSign || *value > 1)
        return *value / 100;
    return value;
}

class ReportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return CliTr::tr("report kpi|agents|staffing: the KPI table, the agents' scorecard "
                         "(docs/metrics.md) or the staffing plan (docs/staffing.md) of a period");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("kpi|agents|staffing"),
            CliTr::tr("kpi: ticket volume, response and resolution times, first contact "
                      "resolution, SLA compliance, satisfaction and work time. agents: each "
                      "agent's scores for reaction, quality, effectiveness, communication and "
                      "customer feedback, ranked, against the team and the previous period. "
                      "staffing: agents needed (Erlang C) and active, by weekday and hour."),
            QStringLiteral("kpi|agents|staffing"));
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
            QStringLiteral("agent"),
            CliTr::tr("Only tickets assigned to this agent (repeatable). With agents: only this "
                      "agent's row, still scored against the whole team."),
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
        const QCommandLineOption serviceLevel(
            QStringLiteral("service-level"),
            CliTr::tr("With staffing: the target share answered within --answer-within, a "
                      "fraction (0.8) or a percent (80 or 80%). Default: 0.8."),
            QStringLiteral("P"));
        const QCommandLineOption answerWithin(
            QStringLiteral("answer-within"),
            CliTr::tr("With staffing: the service-level threshold in minutes, 0 or more. "
                      "Default: 15."),
            QStringLiteral("MINUTES"));
        const QCommandLineOption ahtSeconds(
            QStringLiteral("aht-seconds"),
            CliTr::tr("With staffing: the handling time of one ticket in seconds where no "
                      "time entries tell it. Default: 600."),
            QStringLiteral("S"));
        const QCommandLineOption facts(
            QStringLiteral("facts"),
            CliTr::tr("With kpi: read the hourly facts the dashboards read instead of the event "
                      "history: the same figures, faster, for calendar time, the group filter "
                      "only and a period on whole hours (without --to it ends at the next whole "
                      "hour)."));
        parser.addOptions({from, to, calendar, group, agent, channel, type, priority, tag, json,
                           serviceLevel, answerWithin, ahtSeconds, facts});
        if (const int code =
                parse(parser, arguments, context,
                      CliTr::tr("Reports on a period [--from, --to). Filters select tickets by "
                                "their current fields; several values of one filter are "
                                "alternatives, different filters all apply."));
            code >= 0)
            return code;

        const QStringList positional = parser.positionalArguments();
        const QString kind = positional.size() == 1 ? positional.constFirst() : QString();
        if (kind != QLatin1String("kpi") && kind != QLatin1String("agents") &&
            kind != QLatin1String("staffing"))
            return context.usageError(
                CliTr::tr("usage: report kpi|agents|staffing [--from DATE] [--to DATE] "
                          "[--calendar CAL] [filters] [--json]"));
        const bool staffing = kind == QLatin1String("staffing");
        if (parser.isSet(facts) && kind != QLatin1String("kpi"))
            return context.fail(Error{ErrorKind::Usage,
                                      CliTr::tr("only report kpi takes this option"),
                                      QStringLiteral("--facts")});
        for (const QCommandLineOption* option : {&serviceLevel, &answerWithin, &ahtSeconds}) {
            if (!staffing && parser.isSet(*option))
                return context.fail(Error{ErrorKind::Usage,
                                          CliTr::tr("only report staffing takes this option"),
                                          QStringLiteral("--") + option->names().constFirst()});
        }
        double level = kDefaultServiceLevel;
        if (parser.isSet(serviceLevel)) {
            const auto parsed = parseServiceLevel(parser.value(serviceLevel));
            if (!parsed)
                return context.fail(
                    Error{ErrorKind::Usage,
                          CliTr::tr("--service-level takes a fraction above 0 up to 1 (0.8) or a "
                                    "percent up to 100 (80 or 80%), not '%1'")
                              .arg(parser.value(serviceLevel)),
                          QStringLiteral("--service-level")});
            level = *parsed;
        }
        double withinMinutes = kDefaultAnswerWithinMinutes;
        if (parser.isSet(answerWithin)) {
            const auto parsed = parseNumber(parser.value(answerWithin));
            if (!parsed || *parsed < 0)
                return context.fail(Error{ErrorKind::Usage,
                                          CliTr::tr("--answer-within takes minutes, 0 or more, "
                                                    "not '%1'")
                                              .arg(parser.value(answerWithin)),
                                          QStringLiteral("--answer-within")});
            withinMinutes = *parsed;
        }
        double aht = MetricsEngine::kDefaultAhtSeconds;
        if (parser.isSet(ahtSeconds)) {
            const auto parsed = parseNumber(parser.value(ahtSeconds));
            if (!parsed || *parsed <= 0)
                return context.fail(Error{ErrorKind::Usage,
                                          CliTr::tr("--aht-seconds takes a number greater than "
                                                    "0, not '%1'")
                                              .arg(parser.value(ahtSeconds)),
                                          QStringLiteral("--aht-seconds")});
            aht = *parsed;
        }

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
        constexpr qint64 kHourMs = 3600 * 1000;
        query.toMs =
            end.value_or(parser.isSet(facts) ? (Clock::system().nowMs() / kHourMs + 1) * kHourMs
                                             : Clock::system().nowMs());
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

        const MetricsEngine engine(database.value());
        if (kind == QLatin1String("agents")) {
            auto report = engine.agents(query);
            if (!report)
                return context.fail(report.error());
            if (parser.isSet(json))
                context.printJson(QJsonDocument(report->toJson()));
            else
                context.print(humanAgents(*report));
            return ExitOk;
        }
        if (staffing) {
            auto report = engine.staffing(query, level, withinMinutes * 60.0, aht);
            if (!report)
                return context.fail(report.error());
            if (parser.isSet(json))
                context.printJson(QJsonDocument(report->toJson()));
            else
                context.print(humanStaffing(*report));
            return ExitOk;
        }
        if (parser.isSet(facts)) {
            if (!MetricsEngine::factsCanAnswer(query))
                return context.fail(
                    Error{ErrorKind::Usage,
                          CliTr::tr("--facts answers kpi in calendar time, filtered by group only, "
                                    "over a period that starts and ends on whole hours (UTC)"),
                          QStringLiteral("--facts")});
            auto fromFacts = engine.kpiFromFacts(query, QTimeZone::utc());
            if (!fromFacts)
                return context.fail(fromFacts.error());
            if (parser.isSet(json))
                context.printJson(QJsonDocument(fromFacts->report.toJson()));
            else
                context.print(humanReport(fromFacts->report));
            return ExitOk;
        }
        auto report = engine.kpi(query);
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
