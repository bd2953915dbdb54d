// SPDX-License-Identifier: MIT
// ticket create|claim|assign|reply|status|rate|time|show, as CLI.md gives them.
#include "clitr.h"
#include "commands.h"

#include "common/timeformat.h"
#include "sla/slaservice.h"
#include "tickets/ratingrepository.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"
#include "tickets/timetrackingrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

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

QJsonValue intOrNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The customer's rating; null while the ticket has none.
QJsonValue ratingJson(const std::optional<TicketRating>& rating)
{
    if (!rating)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("score"), rating->score},
        {QStringLiteral("reaction"), intOrNull(rating->reaction)},
        {QStringLiteral("quality"), intOrNull(rating->quality)},
        {QStringLiteral("effectiveness"), intOrNull(rating->effectiveness)},
        {QStringLiteral("communication"), intOrNull(rating->communication)},
        {QStringLiteral("comment"), textOrNull(rating->comment)},
        {QStringLiteral("source"), rating->source},
        {QStringLiteral("entered_by"), textOrNull(rating->enteredBy)},
        {QStringLiteral("rated_at"), isoTimestamp(rating->ratedAt)},
    };
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

void printWork(CliContext& context, const std::optional<TicketRating>& rating, qint64 workSeconds)
{
    context.print(QString());
    if (!rating) {
        context.print(CliTr::tr("rating: not rated yet"));
    } else {
        QStringList criteria;
        const struct
        {
            std::optional<int> value;
            QString label;
        } parts[] = {{rating->reaction, CliTr::tr("reaction %1")},
                     {rating->quality, CliTr::tr("quality %1")},
                     {rating->effectiveness, CliTr::tr("effectiveness %1")},
                     {rating->communication, CliTr::tr("communication %1")}};
        for (const auto& part : parts) {
            if (part.value)
                criteria << part.label.arg(*part.value);
        }
        QString line = CliTr::tr("rating: %1/5").arg(rating->score);
        if (!criteria.isEmpty())
            line += QStringLiteral(" (%1)").arg(criteria.join(QStringLiteral(", ")));
        line += CliTr::tr("   source: %1   by: %2   at: %3")
                    .arg(rating->source,
                         rating->enteredBy.isEmpty() ? QStringLiteral("-") : rating->enteredBy,
                         isoTimestamp(rating->ratedAt));
        context.print(line);
        if (!rating->comment.isEmpty())
            context.print(CliTr::tr("rating comment: %1").arg(rating->comment));
    }
    context.print(
        CliTr::tr("work time: %1 h:mm (%2 s)").arg(durationText(workSeconds)).arg(workSeconds));
}

// A score option: nullopt when not given; a usage error unless it is 1 to 5.
Result<std::optional<int>> scoreOption(const QCommandLineParser& parser,
                                       const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return std::optional<int>();
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > 5)
        return Error{ErrorKind::Usage, CliTr::tr("--%1 takes a whole number from 1 to 5, not '%2'")
                                           .arg(option.names().constFirst(), parser.value(option))};
    return std::optional<int>(value);
}

Result<TicketId> parseTicketId(const QString& text)
{
    QString digits = text;
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const TicketId id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorKind::Usage, CliTr::tr("'%1' is not a ticket number").arg(text)};
    return id;
}

// --body TEXT, or --body-file FILE where "-" is standard input (a mail pipe).
Result<QString> readBody(const QCommandLineParser& parser, const QCommandLineOption& body,
                         const QCommandLineOption& bodyFile)
{
    if (parser.isSet(body) && parser.isSet(bodyFile))
        return Error{ErrorKind::Usage, CliTr::tr("give either --body or --body-file, not both")};
    if (parser.isSet(body))
        return parser.value(body);
    if (!parser.isSet(bodyFile))
        return QString();
    const QString path = parser.value(bodyFile);
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{ErrorKind::BadInput,
                     CliTr::tr("cannot read the body: %1").arg(file.errorString()), path};
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{ErrorKind::BadInput, CliTr::tr("the body is not valid UTF-8"), path};
    return text;
}

class TicketCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("ticket"); }
    QString summary() const override
    {
        return CliTr::tr(
            "ticket create|claim|assign|reply|status|rate|time|show: work with tickets");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            CliTr::tr("create, claim ID, assign ID, reply ID, status ID, rate ID, time ID or "
                      "show ID."));
        parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("Ticket number."));
        parser.addOptions({m_json,     m_subject, m_requester,     m_requesterName,
                           m_channel,  m_type,    m_priority,      m_body,
                           m_bodyFile, m_group,   m_tags,          m_language,
                           m_agent,    m_by,      m_unassign,      m_internal,
                           m_set,      m_status,  m_expectVersion, m_score,
                           m_reaction, m_quality, m_effectiveness, m_communication,
                           m_comment,  m_source,  m_minutes,       m_note,
                           m_start,    m_stop});
        if (const int code = parse(parser, arguments, context, helpText()); code >= 0)
            return code;
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return context.usageError(CliTr::tr("usage: ticket ACTION ... (try ticket --help)"));
        const QString action = positional.first();
        if (action == QLatin1String("create")) {
            if (positional.size() != 1)
                return context.usageError(CliTr::tr("ticket create takes no ticket number"));
            return create(context, parser);
        }
        static const QStringList withId = {QStringLiteral("show"),   QStringLiteral("claim"),
                                           QStringLiteral("assign"), QStringLiteral("reply"),
                                           QStringLiteral("status"), QStringLiteral("rate"),
                                           QStringLiteral("time")};
        if (!withId.contains(action))
            return context.usageError(
                CliTr::tr("unknown ticket command '%1' (try ticket --help)").arg(action));
        if (positional.size() != 2)
            return context.usageError(CliTr::tr("usage: ticket %1 ID ...").arg(action));
        auto id = parseTicketId(positional.at(1));
        if (!id)
            return context.fail(id.error());
        if (action == QLatin1String("show"))
            return show(context, *id, parser.isSet(m_json));
        if (action == QLatin1String("rate"))
            return rate(context, parser, *id);
        if (action == QLatin1String("time"))
            return time(context, parser, *id);
        return change(context, parser, action, *id);
    }

private:
    QString helpText() const
    {
        return CliTr::tr(
            "Work with tickets.\n"
            "  ticket create --subject S --requester EMAIL [--channel C] [--type T] "
            "[--priority 1-4] [--body TEXT | --body-file FILE|-] [--group G] [--tags a,b]\n"
            "  ticket claim ID --agent LOGIN          exit 3 if another agent has it\n"
            "  ticket assign ID (--agent LOGIN | --unassign) [--by LOGIN]\n"
            "  ticket reply ID --agent LOGIN (--body TEXT | --body-file FILE|-) [--internal] "
            "[--status S]\n"
            "  ticket status ID --set new|open|pending|on_hold|resolved|closed --agent LOGIN\n"
            "  ticket rate ID --score 1-5 [--reaction N] [--quality N] [--effectiveness N] "
            "[--communication N] [--comment TEXT] [--agent LOGIN] [--source operator|survey]\n"
            "                                         the customer's rating of a resolved or "
            "closed ticket (exit 5 otherwise); rating again replaces it\n"
            "  ticket time ID --agent LOGIN (--minutes N [--note TEXT] | --start | --stop)\n"
            "                                         record N minutes of work ending now, or "
            "start or stop the agent's timer (exit 5 when no timer runs)\n"
            "  ticket show ID [--json]\n"
            "Ticket writes accept --expect-version N: exit 3 when the ticket changed since.\n"
            "Ratings and time do not change the ticket's version.");
    }

    int show(CliContext& context, TicketId id, bool json) const
    {
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
        auto rating = RatingRepository(database.value()).rating(id);
        if (!rating)
            return context.fail(rating.error());
        auto workSeconds = TimeTrackingRepository(database.value()).totalSeconds(id);
        if (!workSeconds)
            return context.fail(workSeconds.error());
        const qint64 now = Clock::system().nowMs();
        if (json) {
            QJsonObject object = toJson(detail.value());
            object.insert(QStringLiteral("sla"), slaJson(ticketSla, calendar, now));
            object.insert(QStringLiteral("rating"), ratingJson(*rating));
            object.insert(QStringLiteral("work_seconds"), double(*workSeconds));
            context.printJson(QJsonDocument(object));
        } else {
            printHuman(context, detail.value());
            printSla(context, ticketSla, calendar, now);
            printWork(context, *rating, *workSeconds);
        }
        return ExitOk;
    }

    int create(CliContext& context, const QCommandLineParser& parser) const
    {
        if (!parser.isSet(m_subject) || !parser.isSet(m_requester))
            return context.usageError(CliTr::tr("ticket create needs --subject and --requester"));
        NewTicketRequest request;
        request.subject = parser.value(m_subject);
        request.requesterEmail = parser.value(m_requester);
        request.requesterName = parser.value(m_requesterName);
        const auto channel = channelFromKey(parser.value(m_channel));
        if (!channel)
            return context.usageError(CliTr::tr("--channel takes email, chat, phone or web"));
        request.channel = *channel;
        const auto type = ticketTypeFromKey(parser.value(m_type));
        if (!type)
            return context.usageError(
                CliTr::tr("--type takes consultation, fault, order or complaint"));
        request.type = *type;
        bool ok = false;
        request.priority = parser.value(m_priority).toInt(&ok);
        if (!ok || request.priority < 1 || request.priority > 4)
            return context.usageError(CliTr::tr("--priority takes 1, 2, 3 or 4"));
        auto body = readBody(parser, m_body, m_bodyFile);
        if (!body)
            return context.fail(body.error());
        request.body = *body;
        request.group = parser.value(m_group);
        for (const QString& tag : parser.value(m_tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.tags << tag.trimmed();
        request.language = parser.value(m_language);

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        auto created = TicketService(database.value()).create(request);
        if (!created)
            return context.fail(created.error());
        if (parser.isSet(m_json))
            return show(context, created->id, true);
        context.print(QString::number(created->id));
        return ExitOk;
    }

    Result<std::optional<int>> expectedVersion(const QCommandLineParser& parser) const
    {
        if (!parser.isSet(m_expectVersion))
            return std::optional<int>();
        bool ok = false;
        const int version = parser.value(m_expectVersion).toInt(&ok);
        if (!ok || version < 1)
            return Error{ErrorKind::Usage, CliTr::tr("--expect-version takes a version number")};
        return std::optional<int>(version);
    }

    // The customer's satisfaction, typed in by an agent or from a survey.
    int rate(CliContext& context, const QCommandLineParser& parser, TicketId id) const
    {
        if (!parser.isSet(m_score))
            return context.usageError(CliTr::tr("ticket rate needs --score 1-5"));
        TicketRating rating;
        rating.ticket = id;
        const std::pair<const QCommandLineOption*, std::optional<int>*> scores[] = {
            {&m_reaction, &rating.reaction},
            {&m_quality, &rating.quality},
            {&m_effectiveness, &rating.effectiveness},
            {&m_communication, &rating.communication}};
        auto score = scoreOption(parser, m_score);
        if (!score)
            return context.fail(score.error());
        rating.score = **score;
        for (const auto& [option, target] : scores) {
            auto value = scoreOption(parser, *option);
            if (!value)
                return context.fail(value.error());
            *target = *value;
        }
        rating.source = parser.value(m_source);
        if (rating.source != QLatin1String("operator") && rating.source != QLatin1String("survey"))
            return context.usageError(CliTr::tr("--source takes operator or survey"));
        rating.comment = parser.value(m_comment);
        rating.enteredBy = parser.value(m_agent);

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        if (Status rated = RatingRepository(database.value()).rate(rating); !rated)
            return context.fail(rated.error());
        if (parser.isSet(m_json))
            return show(context, id, true);
        context.print(CliTr::tr("#%1 rated %2/5").arg(id).arg(rating.score));
        return ExitOk;
    }

    // An agent's working time: typed in (N minutes ending now) or by a
    // timer, which lives in the database and so runs across processes.
    int time(CliContext& context, const QCommandLineParser& parser, TicketId id) const
    {
        const QString agent = parser.value(m_agent);
        if (agent.isEmpty())
            return context.usageError(CliTr::tr("ticket time needs --agent"));
        const int modes =
            int(parser.isSet(m_minutes)) + int(parser.isSet(m_start)) + int(parser.isSet(m_stop));
        if (modes != 1)
            return context.usageError(
                CliTr::tr("ticket time needs exactly one of --minutes N, --start or --stop"));
        if (parser.isSet(m_note) && !parser.isSet(m_minutes))
            return context.usageError(CliTr::tr("--note goes with --minutes"));
        constexpr int maxMinutes = TimeTrackingRepository::kMaxManualSeconds / 60;
        int minutes = 0;
        if (parser.isSet(m_minutes)) {
            bool ok = false;
            minutes = parser.value(m_minutes).toInt(&ok);
            if (!ok || minutes < 1 || minutes > maxMinutes)
                return context.usageError(
                    CliTr::tr("--minutes takes a whole number from 1 to %1").arg(maxMinutes));
        }

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        const Clock& clock = Clock::system();
        const TimeTrackingRepository repository(database.value(), clock);
        QString done;
        if (parser.isSet(m_minutes)) {
            const qint64 now = clock.nowMs();
            auto added = repository.addManual(id, agent, now - qint64(minutes) * 60 * 1000,
                                              minutes * 60, parser.value(m_note));
            if (!added)
                return context.fail(added.error());
            done =
                CliTr::tr("#%1: %2 min recorded for %3, from %4 to %5")
                    .arg(id)
                    .arg(minutes)
                    .arg(agent, isoTimestamp(now - qint64(minutes) * 60 * 1000), isoTimestamp(now));
        } else if (parser.isSet(m_start)) {
            if (Status started = repository.start(id, agent); !started)
                return context.fail(started.error());
            // Starting a running timer keeps its first start: say which.
            auto since = repository.runningSince(id, agent);
            if (!since)
                return context.fail(since.error());
            done = CliTr::tr("#%1: timer of %2 running since %3")
                       .arg(id)
                       .arg(agent, *since ? isoTimestamp(**since) : QStringLiteral("-"));
        } else {
            auto stopped = repository.stop(id, agent);
            if (!stopped)
                return context.fail(stopped.error());
            if (!*stopped)
                return context.fail(Error{ErrorKind::BadInput,
                                          CliTr::tr("no timer of %1 is running").arg(agent),
                                          QStringLiteral("#%1").arg(id)});
            const qint64 seconds = **stopped;
            done = seconds > 0 ? CliTr::tr("#%1: timer of %2 stopped, %3 s recorded (%4 h:mm)")
                                     .arg(id)
                                     .arg(agent)
                                     .arg(seconds)
                                     .arg(durationText(seconds))
                               : CliTr::tr("#%1: timer of %2 stopped after less than a second, "
                                           "nothing recorded")
                                     .arg(id)
                                     .arg(agent);
        }
        if (parser.isSet(m_json))
            return show(context, id, true);
        context.print(done);
        return ExitOk;
    }

    int change(CliContext& context, const QCommandLineParser& parser, const QString& action,
               TicketId id) const
    {
        auto version = expectedVersion(parser);
        if (!version)
            return context.fail(version.error());
        const QString agent = parser.value(m_agent);
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        const TicketService service(database.value());
        std::optional<Result<Ticket>> result;
        QString done;
        if (action == QLatin1String("claim")) {
            if (agent.isEmpty())
                return context.usageError(CliTr::tr("ticket claim needs --agent"));
            result = service.claim(id, agent, *version);
            done = CliTr::tr("#%1 claimed by %2").arg(id).arg(agent);
        } else if (action == QLatin1String("assign")) {
            if (agent.isEmpty() == !parser.isSet(m_unassign))
                return context.usageError(
                    CliTr::tr("ticket assign needs either --agent LOGIN or --unassign"));
            result = service.assign(id, agent, parser.value(m_by), *version);
            done = agent.isEmpty() ? CliTr::tr("#%1 unassigned").arg(id)
                                   : CliTr::tr("#%1 assigned to %2").arg(id).arg(agent);
        } else if (action == QLatin1String("reply")) {
            if (agent.isEmpty())
                return context.usageError(CliTr::tr("ticket reply needs --agent"));
            if (!parser.isSet(m_body) && !parser.isSet(m_bodyFile))
                return context.usageError(CliTr::tr("ticket reply needs --body or --body-file"));
            auto body = readBody(parser, m_body, m_bodyFile);
            if (!body)
                return context.fail(body.error());
            ReplyRequest request;
            request.agent = agent;
            request.body = *body;
            request.internal = parser.isSet(m_internal);
            request.expectedVersion = *version;
            if (parser.isSet(m_status)) {
                request.thenStatus = ticketStatusFromKey(parser.value(m_status));
                if (!request.thenStatus)
                    return context.usageError(CliTr::tr(
                        "--status takes new, open, pending, on_hold, resolved or closed"));
            }
            result = service.reply(id, request);
            done = request.internal ? CliTr::tr("note added to #%1").arg(id)
                                    : CliTr::tr("reply sent on #%1").arg(id);
        } else {
            if (!parser.isSet(m_set))
                return context.usageError(CliTr::tr("ticket status needs --set STATUS"));
            if (agent.isEmpty())
                return context.usageError(CliTr::tr("ticket status needs --agent"));
            const auto status = ticketStatusFromKey(parser.value(m_set));
            if (!status)
                return context.usageError(
                    CliTr::tr("--set takes new, open, pending, on_hold, resolved or closed"));
            result = service.setStatus(id, *status, agent, *version);
            done = CliTr::tr("#%1 is now %2").arg(id).arg(toKey(*status));
        }
        if (!*result)
            return context.fail(result->error());
        if (parser.isSet(m_json))
            return show(context, id, true);
        context.print(done);
        return ExitOk;
    }

    const QCommandLineOption m_json{QStringLiteral("json"), CliTr::tr("Print JSON.")};
    const QCommandLineOption m_subject{QStringLiteral("subject"), CliTr::tr("Subject."),
                                       QStringLiteral("S")};
    const QCommandLineOption m_requester{QStringLiteral("requester"),
                                         CliTr::tr("Requester's e-mail address."),
                                         QStringLiteral("EMAIL")};
    const QCommandLineOption m_requesterName{QStringLiteral("requester-name"),
                                             CliTr::tr("Requester's name, for a new customer."),
                                             QStringLiteral("NAME")};
    const QCommandLineOption m_channel{QStringLiteral("channel"),
                                       CliTr::tr("email, chat, phone or web (default email)."),
                                       QStringLiteral("C"), QStringLiteral("email")};
    const QCommandLineOption m_type{
        QStringLiteral("type"),
        CliTr::tr("consultation, fault, order or complaint (default consultation)."),
        QStringLiteral("T"), QStringLiteral("consultation")};
    const QCommandLineOption m_priority{QStringLiteral("priority"),
                                        CliTr::tr("1 (highest) to 4 (default 3)."),
                                        QStringLiteral("P"), QStringLiteral("3")};
    const QCommandLineOption m_body{QStringLiteral("body"), CliTr::tr("Message text (Markdown)."),
                                    QStringLiteral("TEXT")};
    const QCommandLineOption m_bodyFile{QStringLiteral("body-file"),
                                        CliTr::tr("Read the text from FILE; - is standard input."),
                                        QStringLiteral("FILE")};
    const QCommandLineOption m_group{QStringLiteral("group"), CliTr::tr("Group name."),
                                     QStringLiteral("G")};
    const QCommandLineOption m_tags{QStringLiteral("tags"), CliTr::tr("Comma-separated tags."),
                                    QStringLiteral("LIST")};
    const QCommandLineOption m_language{QStringLiteral("language"),
                                        CliTr::tr("ru, zh or en (default: the customer's)."),
                                        QStringLiteral("L")};
    const QCommandLineOption m_agent{QStringLiteral("agent"), CliTr::tr("Agent login."),
                                     QStringLiteral("LOGIN")};
    const QCommandLineOption m_by{QStringLiteral("by"), CliTr::tr("Who assigns (agent login)."),
                                  QStringLiteral("LOGIN")};
    const QCommandLineOption m_unassign{QStringLiteral("unassign"),
                                        CliTr::tr("Remove the assignee.")};
    const QCommandLineOption m_internal{QStringLiteral("internal"),
                                        CliTr::tr("An internal note instead of a public reply.")};
    const QCommandLineOption m_set{QStringLiteral("set"), CliTr::tr("The new status."),
                                   QStringLiteral("STATUS")};
    const QCommandLineOption m_status{QStringLiteral("status"),
                                      CliTr::tr("With reply: set this status as well."),
                                      QStringLiteral("STATUS")};
    const QCommandLineOption m_expectVersion{
        QStringLiteral("expect-version"),
        CliTr::tr("Refuse (exit 3) if the ticket's version is no longer N."), QStringLiteral("N")};
    const QCommandLineOption m_score{QStringLiteral("score"),
                                     CliTr::tr("With rate: the overall score, 1 to 5."),
                                     QStringLiteral("N")};
    const QCommandLineOption m_reaction{QStringLiteral("reaction"),
                                        CliTr::tr("With rate: reaction time, 1 to 5."),
                                        QStringLiteral("N")};
    const QCommandLineOption m_quality{QStringLiteral("quality"),
                                       CliTr::tr("With rate: quality of service, 1 to 5."),
                                       QStringLiteral("N")};
    const QCommandLineOption m_effectiveness{
        QStringLiteral("effectiveness"),
        CliTr::tr("With rate: effectiveness of the solution, 1 to 5."), QStringLiteral("N")};
    const QCommandLineOption m_communication{QStringLiteral("communication"),
                                             CliTr::tr("With rate: communication, 1 to 5."),
                                             QStringLiteral("N")};
    const QCommandLineOption m_comment{QStringLiteral("comment"),
                                       CliTr::tr("With rate: the customer's own words."),
                                       QStringLiteral("TEXT")};
    const QCommandLineOption m_source{
        QStringLiteral("source"),
        CliTr::tr("With rate: operator (typed in by an agent, the default) or survey."),
        QStringLiteral("SOURCE"), QStringLiteral("operator")};
    const QCommandLineOption m_minutes{QStringLiteral("minutes"),
                                       CliTr::tr("With time: record N minutes of work ending now."),
                                       QStringLiteral("N")};
    const QCommandLineOption m_note{QStringLiteral("note"),
                                    CliTr::tr("With time --minutes: what the time was spent on."),
                                    QStringLiteral("TEXT")};
    const QCommandLineOption m_start{QStringLiteral("start"),
                                     CliTr::tr("With time: start the agent's timer.")};
    const QCommandLineOption m_stop{QStringLiteral("stop"),
                                    CliTr::tr("With time: stop the timer and record its time.")};
};

} // namespace

CliCommandPtr makeTicketCommand()
{
    return std::make_unique<TicketCommand>();
}

} // namespace Switchboard::Cli
