// SPDX-License-Identifier: MIT
// ticket show ID [--json]. Later issues add create, claim, assign, reply, status.
#include "clitr.h"
#include "commands.h"

#include "common/timeformat.h"
#include "sla/slaservice.h"
#include "tickets/ticketrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

QJsonValue timeOrNull(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(isoTimestamp(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The SLA as it stands now; null when no policy measures the ticket.
QJsonValue slaJson(const std::optional<TicketSla>& sla, const BusinessCalendar& calendar,
                   qint64 nowMs)
{
    if (!sla || !sla->hasPolicy())
        return QJsonValue::Null;
    const QTimeZone zone = calendar.timeZone();
    auto time = [&zone](const std::optional<qint64>& ms) {
        return ms ? QJsonValue(isoTimestamp(*ms, zone)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject result{{QStringLiteral("policy"), sla->policy},
                       {QStringLiteral("calendar"), sla->calendar}};
    for (int i = 0; i < kSlaMetricCount; ++i) {
        const SlaMetric metric = SlaMetric(i);
        const SlaMetricState state = sla->metricAt(metric, nowMs, calendar);
        const bool measured = state.target && state.state != SlaState::Inactive;
        result.insert(
            toKey(metric),
            QJsonObject{
                {QStringLiteral("state"), toKey(state.state)},
                {QStringLiteral("goal_seconds"),
                 state.target ? QJsonValue(double(state.target->goalSeconds)) : QJsonValue()},
                {QStringLiteral("limit_seconds"),
                 state.target ? QJsonValue(double(state.target->limitSeconds)) : QJsonValue()},
                {QStringLiteral("goal_due_at"), time(state.goalDueAt)},
                {QStringLiteral("limit_due_at"), time(state.limitDueAt)},
                {QStringLiteral("business_seconds_elapsed"),
                 measured ? QJsonValue(double(state.elapsedSeconds)) : QJsonValue()},
                {QStringLiteral("business_seconds_left"),
                 measured ? QJsonValue(double(state.secondsLeft)) : QJsonValue()},
                {QStringLiteral("paused_seconds"), double(state.pausedSeconds)},
                {QStringLiteral("met_at"), time(state.metAt)},
                {QStringLiteral("breached_at"), time(state.breachedAt)},
                {QStringLiteral("cycle"), state.cycle},
            });
    }
    return result;
}

QJsonObject toJson(const TicketDetail& detail)
{
    const Ticket& t = detail.ticket;
    QJsonArray messages;
    for (const Message& m : detail.messages) {
        messages.append(QJsonObject{{QStringLiteral("kind"), toKey(m.kind)},
                                    {QStringLiteral("author"), textOrNull(m.author)},
                                    {QStringLiteral("author_name"), textOrNull(m.authorName)},
                                    {QStringLiteral("created_at"), isoTimestamp(m.createdAt)},
                                    {QStringLiteral("body"), m.body}});
    }
    QJsonArray events;
    for (const TicketEvent& e : detail.events) {
        events.append(QJsonObject{
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("actor"), textOrNull(e.actor)},
            {QStringLiteral("old"), e.oldValue.isNull() ? QJsonValue() : QJsonValue(e.oldValue)},
            {QStringLiteral("new"), e.newValue.isNull() ? QJsonValue() : QJsonValue(e.newValue)},
            {QStringLiteral("at"), isoTimestamp(e.at)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("subject"), t.subject},
        {QStringLiteral("status"), toKey(t.status)},
        {QStringLiteral("priority"), t.priority},
        {QStringLiteral("type"), toKey(t.type)},
        {QStringLiteral("channel"), toKey(t.channel)},
        {QStringLiteral("requester"), t.requesterEmail},
        {QStringLiteral("requester_name"), t.requesterName},
        {QStringLiteral("assignee"), textOrNull(t.assigneeLogin)},
        {QStringLiteral("group"), textOrNull(t.group)},
        {QStringLiteral("language"), t.language},
        {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)},
        {QStringLiteral("created_at"), isoTimestamp(t.createdAt)},
        {QStringLiteral("updated_at"), isoTimestamp(t.updatedAt)},
        {QStringLiteral("first_response_at"), timeOrNull(t.firstResponseAt)},
        {QStringLiteral("resolved_at"), timeOrNull(t.resolvedAt)},
        {QStringLiteral("closed_at"), timeOrNull(t.closedAt)},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("events"), events},
    };
}

QString optionalTime(const std::optional<qint64>& ms)
{
    return ms ? isoTimestamp(*ms) : QStringLiteral("-");
}

void printHuman(CliContext& context, const TicketDetail& detail)
{
    const Ticket& t = detail.ticket;
    context.print(QStringLiteral("#%1  %2").arg(t.id).arg(t.subject));
    context.print(CliTr::tr("status: %1   priority: P%2   type: %3   channel: %4")
                      .arg(toKey(t.status))
                      .arg(t.priority)
                      .arg(toKey(t.type), toKey(t.channel)));
    context.print(CliTr::tr("requester: %1 <%2>").arg(t.requesterName, t.requesterEmail));
    context.print(CliTr::tr("assignee: %1   group: %2")
                      .arg(t.assigneeLogin.isEmpty() ? QStringLiteral("-") : t.assigneeLogin,
                           t.group.isEmpty() ? QStringLiteral("-") : t.group));
    if (!t.tags.isEmpty())
        context.print(CliTr::tr("tags: %1").arg(t.tags.join(QStringLiteral(", "))));
    context.print(CliTr::tr("created: %1   first response: %2   resolved: %3   closed: %4")
                      .arg(isoTimestamp(t.createdAt), optionalTime(t.firstResponseAt),
                           optionalTime(t.resolvedAt), optionalTime(t.closedAt)));
    context.print(CliTr::tr("version: %1").arg(t.version));
    context.print(QString());
    context.print(CliTr::tr("Conversation:"));
    for (const Message& m : detail.messages) {
        context.print(QStringLiteral("  [%1] %2 %3")
                          .arg(isoTimestamp(m.createdAt), toKey(m.kind),
                               m.author.isEmpty() ? QStringLiteral("-") : m.author));
        for (const QString& line : m.body.split(QLatin1Char('\n')))
            context.print(QStringLiteral("    ") + line);
    }
    context.print(QString());
    context.print(CliTr::tr("History:"));
    for (const TicketEvent& e : detail.events) {
        context.print(QStringLiteral("  [%1] %2 %3: %4 -> %5")
                          .arg(isoTimestamp(e.at),
                               e.actor.isEmpty() ? QStringLiteral("-") : e.actor, e.kind,
                               e.oldValue.isEmpty() ? QStringLiteral("-") : e.oldValue,
                               e.newValue.isEmpty() ? QStringLiteral("-") : e.newValue));
    }
}

QString durationText(qint64 seconds)
{
    const qint64 magnitude = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 3600)
        .arg(magnitude / 60 % 60, 2, 10, QLatin1Char('0'));
}

void printSla(CliContext& context, const std::optional<TicketSla>& sla,
              const BusinessCalendar& calendar, qint64 nowMs)
{
    context.print(QString());
    if (!sla) {
        context.print(CliTr::tr("SLA: no policy applies"));
        return;
    }
    context.print(CliTr::tr("SLA: policy %1, calendar %2").arg(sla->policy, sla->calendar));
    for (int i = 0; i < kSlaMetricCount; ++i) {
        const SlaMetricState state = sla->metricAt(SlaMetric(i), nowMs, calendar);
        if (!state.target)
            continue;
        QString line = QStringLiteral("  %1: %2").arg(toKey(SlaMetric(i)), toKey(state.state));
        if (state.limitDueAt)
            line += CliTr::tr(", due %1, %2 business h:mm left")
                        .arg(isoTimestamp(*state.limitDueAt, calendar.timeZone()),
                             durationText(state.secondsLeft));
        if (state.pausedSeconds > 0)
            line += CliTr::tr(", paused %1").arg(durationText(state.pausedSeconds));
        context.print(line);
    }
}

class TicketCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("ticket"); }
    QString summary() const override
    {
        return CliTr::tr("ticket show ID [--json]: a ticket, its conversation and history");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("show"), CliTr::tr("Show a ticket."));
        parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("Ticket number."));
        const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print one JSON object."));
        parser.addOption(json);
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return context.usageError(CliTr::tr("usage: ticket show ID [--json]"));
        if (positional.first() != QLatin1String("show"))
            return context.usageError(CliTr::tr("unknown ticket command '%1' (try ticket --help)")
                                          .arg(positional.first()));
        if (positional.size() != 2)
            return context.usageError(CliTr::tr("usage: ticket show ID [--json]"));
        QString idText = positional.at(1);
        if (idText.startsWith(QLatin1Char('#')))
            idText.remove(0, 1);
        bool ok = false;
        const TicketId id = idText.toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usageError(
                CliTr::tr("'%1' is not a ticket number").arg(positional.at(1)));

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        TicketRepository repository(database.value());
        auto detail = repository.ticketDetail(id);
        if (!detail)
            return context.fail(detail.error());
        // Brought up to date first, so what is shown is the SLA as of now.
        SlaService sla(database.value());
        std::optional<TicketSla> ticketSla;
        BusinessCalendar calendar;
        if (auto recomputed = sla.recomputeTickets({id}); !recomputed)
            return context.fail(recomputed.error());
        if (auto stored = sla.ticketSla(id); stored && stored->hasPolicy()) {
            auto resolved = sla.config().calendar(stored->calendar);
            if (!resolved)
                return context.fail(resolved.error());
            ticketSla = *stored;
            calendar = *resolved;
        }
        const qint64 now = Clock::system().nowMs();
        if (parser.isSet(json)) {
            QJsonObject object = toJson(detail.value());
            object.insert(QStringLiteral("sla"), slaJson(ticketSla, calendar, now));
            context.printJson(QJsonDocument(object));
        } else {
            printHuman(context, detail.value());
            printSla(context, ticketSla, calendar, now);
        }
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeTicketCommand()
{
    return std::make_unique<TicketCommand>();
}

} // namespace Switchboard::Cli
