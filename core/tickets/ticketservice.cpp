// SPDX-License-Identifier: MIT
#include "ticketservice.h"

#include "common/logging.h"
#include "common/textfold.h"
#include "common/timeformat.h"
#include "common/tr.h"
#include "sla/slaservice.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"
#include "teamrepository.h"
#include "templates/replytemplaterepository.h"
#include "templates/templaterenderer.h"
#include "ticketlifecycle.h"
#include "ticketrepository.h"
#include "ticketrouter.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
const QString kReopenPeriodKey = QStringLiteral("tickets.reopen_period_days");

Error sqlError(const QSqlQuery& query, const QString& what)
{
    qCWarning(lcTickets) << what << query.lastError().text();
    return Error{ErrorKind::Runtime, what, query.lastError().text()};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString ticketLocation(TicketId id)
{
    return QStringLiteral("#%1").arg(id);
}

Error notFound(TicketId id)
{
    return Error{ErrorKind::NotFound, Tr::tr("no such ticket"), ticketLocation(id)};
}

// Runs a prepared statement with its values; the query stays readable.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

// What a write sees of the ticket, read inside its transaction.
struct TicketService::WriteState
{
    QSqlDatabase db;
    TicketId id = 0;
    qint64 now = 0;
    Agent actor; // id 0: the system or the customer

    TicketStatus status = TicketStatus::New;
    AgentId assigneeId = 0;
    QString assigneeLogin;
    QString assigneeName;
    GroupId groupId = 0;
    QString group;
    int priority = 3;
    TicketType type = TicketType::Consultation;
    int version = 0;
    CustomerId requesterId = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    bool changed = false;

    Status event(const QString& kind, const QString& oldValue, const QString& newValue,
                 AgentId actorId)
    {
        QSqlQuery query(db);
        if (!run(query,
                 QStringLiteral("INSERT INTO ticket_events (ticket_id, actor_id, kind, old_value, "
                                "new_value, at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, idOrNull(actorId), kind, oldValue.isEmpty() ? QVariant() : oldValue,
                  newValue.isEmpty() ? QVariant() : newValue, now}))
            return sqlError(query, Tr::tr("could not record the change"));
        changed = true;
        return {};
    }
    Status event(const QString& kind, const QString& oldValue, const QString& newValue)
    {
        return event(kind, oldValue, newValue, actor.id);
    }

    Status message(MessageKind kind, AgentId agent, CustomerId customer, const QString& body)
    {
        QSqlQuery query(db);
        if (!run(query,
                 QStringLiteral("INSERT INTO messages (ticket_id, kind, author_agent_id, "
                                "author_customer_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, toKey(kind), idOrNull(agent), idOrNull(customer), body, now}))
            return sqlError(query, Tr::tr("could not save the message"));
        changed = true;
        return {};
    }

    Status update(const QString& assignments, const QVariantList& values)
    {
        QSqlQuery query(db);
        QVariantList all = values;
        all << id;
        if (!run(query, QStringLiteral("UPDATE tickets SET %1 WHERE id = ?").arg(assignments), all))
            return sqlError(query, Tr::tr("could not save the ticket"));
        changed = true;
        return {};
    }
};

namespace {

Result<Agent> agentNamed(const TicketRepository& repository, const QString& login)
{
    auto agent = repository.agentByLogin(login);
    if (!agent && agent.error().kind == ErrorKind::NotFound)
        return Error{ErrorKind::NotFound, Tr::tr("no such agent"), login};
    return agent;
}

// "changed by Анна Смирнова at 25.11.2026 14:03": who wrote the newest event.
QString lastChangeText(const QSqlDatabase& db, TicketId id)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT COALESCE(a.name, ''), e.at FROM ticket_events e "
                            "LEFT JOIN agents a ON a.id = e.actor_id WHERE e.ticket_id = ? "
                            "ORDER BY e.at DESC, e.id DESC LIMIT 1"),
             {id}) ||
        !query.next())
        return Tr::tr("the ticket was changed by someone else");
    const QString who = query.value(0).toString();
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong()).toLocalTime(),
        QLocale::ShortFormat);
    return who.isEmpty() ? Tr::tr("changed by the customer or the system at %1").arg(when)
                         : Tr::tr("changed by %1 at %2").arg(who, when);
}

Status checkCapacity(const QSqlDatabase& db, const Agent& agent, TicketId ticket)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT max_open FROM agents WHERE id = ?"), {agent.id}) ||
        !query.next())
        return sqlError(query, Tr::tr("could not read the agent's limit"));
    const int limit = query.value(0).toInt();
    if (limit <= 0)
        return {};
    if (!run(query,
             SqlDialect::of(db).withoutPlanHints(
                 QStringLiteral("SELECT count(*) FROM tickets INDEXED BY tickets_open_assignee "
                                "WHERE assignee_id = ? AND status_rank < 4")),
             {agent.id}) ||
        !query.next())
        return sqlError(query, Tr::tr("could not count the agent's open tickets"));
    const int open = query.value(0).toInt();
    if (open < limit)
        return {};
    return Error{ErrorKind::BadInput,
                 Tr::tr("%1 already has %n open ticket(s), which is their limit", nullptr, open)
                     .arg(agent.name),
                 ticketLocation(ticket)};
}

} // namespace

TicketService::TicketService(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Result<Ticket> TicketService::write(TicketId id, const QString& actor,
                                    std::optional<int> expectedVersion,
                                    const std::function<Status(WriteState&)>& change) const
{
    WriteState state;
    state.db = m_database->connection();
    state.id = id;
    state.now = m_clock.nowMs();
    TicketRepository repository(m_database);
    if (!actor.isEmpty()) {
        auto agent = agentNamed(repository, actor);
        if (!agent)
            return agent.error();
        state.actor = *agent;
    }

    Transaction transaction(state.db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again"),
                     ticketLocation(id)};
    QSqlQuery query(state.db);
    if (!run(query,
             QStringLiteral("SELECT t.status, COALESCE(t.assignee_id, 0), COALESCE(a.login, ''), "
                            "COALESCE(a.name, ''), COALESCE(t.group_id, 0), COALESCE(g.name, ''), "
                            "t.priority, t.type, t.version, t.requester_id, t.first_response_at, "
                            "t.resolved_at FROM tickets t "
                            "LEFT JOIN agents a ON a.id = t.assignee_id "
                            "LEFT JOIN groups g ON g.id = t.group_id WHERE t.id = ?"),
             {id}))
        return sqlError(query, Tr::tr("could not read the ticket"));
    if (!query.next())
        return notFound(id);
    state.status = ticketStatusFromKey(query.value(0).toString()).value_or(TicketStatus::New);
    state.assigneeId = query.value(1).toLongLong();
    state.assigneeLogin = query.value(2).toString();
    state.assigneeName = query.value(3).toString();
    state.groupId = query.value(4).toLongLong();
    state.group = query.value(5).toString();
    state.priority = query.value(6).toInt();
    state.type = ticketTypeFromKey(query.value(7).toString()).value_or(TicketType::Consultation);
    state.version = query.value(8).toInt();
    state.requesterId = query.value(9).toLongLong();
    if (!query.value(10).isNull())
        state.firstResponseAt = query.value(10).toLongLong();
    if (!query.value(11).isNull())
        state.resolvedAt = query.value(11).toLongLong();
    query.finish();

    if (expectedVersion && *expectedVersion != state.version)
        return Error{ErrorKind::Conflict, lastChangeText(state.db, id), ticketLocation(id)};

    if (Status status = change(state); !status)
        return status.error();
    if (state.changed) {
        if (Status status =
                state.update(QStringLiteral("version = version + 1, updated_at = ?"), {state.now});
            !status)
            return status.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
        afterWrite(id);
    } else {
        transaction.rollback();
    }
    auto detail = repository.ticketDetail(id);
    if (!detail)
        return detail.error();
    return detail->ticket;
}

void TicketService::afterWrite(TicketId id) const
{
    // The SLA is derived state: if bringing it up to date fails, the ticket
    // is still saved and the next read recomputes it.
    SlaService sla(m_database, m_clock);
    if (auto recomputed = sla.recomputeTickets({id}); !recomputed)
        qCWarning(lcTickets) << "could not update the SLA of ticket" << id << ":"
                             << recomputed.error().toString();
}

namespace {

Status applyStatus(TicketService::WriteState& state, TicketStatus to)
{
    if (auto refusal = TicketLifecycle::refusal(state.status, to))
        return Error{ErrorKind::BadInput, *refusal, ticketLocation(state.id)};
    const bool reopening = TicketLifecycle::isReopening(state.status, to);
    if (Status status =
            state.event(reopening ? QStringLiteral("reopened") : QStringLiteral("status"),
                        toKey(state.status), toKey(to));
        !status)
        return status;
    Status status;
    if (to == TicketStatus::Resolved) {
        // First contact resolution: exactly one public reply, never reopened.
        QSqlQuery query(state.db);
        if (!run(query,
                 QStringLiteral("SELECT count(*) FILTER (WHERE kind = 'reply'), "
                                "count(*) FILTER (WHERE kind = 'reopened') "
                                "FROM ticket_events WHERE ticket_id = ?"),
                 {state.id}) ||
            !query.next())
            return sqlError(query, Tr::tr("could not read the ticket history"));
        const bool firstContact = query.value(0).toInt() == 1 && query.value(1).toInt() == 0;
        status = state.update(
            QStringLiteral("status = ?, resolved_at = ?, first_contact_resolution = ?"),
            {toKey(to), state.now, firstContact ? 1 : 0});
    } else if (to == TicketStatus::Closed) {
        status = state.update(QStringLiteral("status = ?, closed_at = ?"), {toKey(to), state.now});
    } else if (reopening) {
        status = state.update(
            QStringLiteral("status = ?, resolved_at = NULL, first_contact_resolution = NULL"),
            {toKey(to)});
    } else {
        status = state.update(QStringLiteral("status = ?"), {toKey(to)});
    }
    if (status)
        state.status = to;
    return status;
}

Status applyAssignee(TicketService::WriteState& state, const Agent& agent)
{
    if (state.assigneeId == agent.id)
        return {};
    if (agent.id > 0) {
        if (Status capacity = checkCapacity(state.db, agent, state.id); !capacity)
            return capacity;
    }
    if (Status status = state.event(QStringLiteral("assignee"), state.assigneeLogin, agent.login);
        !status)
        return status;
    if (Status status = state.update(QStringLiteral("assignee_id = ?"), {idOrNull(agent.id)});
        !status)
        return status;
    state.assigneeId = agent.id;
    state.assigneeLogin = agent.login;
    state.assigneeName = agent.name;
    return {};
}

Status refuseClosed(const TicketService::WriteState& state, const QString& what)
{
    if (state.status != TicketStatus::Closed)
        return {};
    return Error{ErrorKind::BadInput, Tr::tr("the ticket is closed: %1").arg(what),
                 ticketLocation(state.id)};
}

} // namespace

Result<Ticket> TicketService::claim(TicketId id, const QString& agent,
                                    std::optional<int> expectedVersion) const
{
    return write(id, agent, expectedVersion, [](WriteState& state) -> Status {
        if (state.assigneeId == state.actor.id)
            return {}; // already mine: nothing to do
        if (state.assigneeId != 0)
            return Error{ErrorKind::Conflict, Tr::tr("already taken by %1").arg(state.assigneeName),
                         ticketLocation(state.id)};
        if (!TicketLifecycle::isOpen(state.status))
            return Error{ErrorKind::BadInput,
                         Tr::tr("the ticket is %1; only open tickets can be claimed")
                             .arg(displayName(state.status)),
                         ticketLocation(state.id)};
        return applyAssignee(state, state.actor);
    });
}

Result<Ticket> TicketService::assign(TicketId id, const QString& agent, const QString& by,
                                     std::optional<int> expectedVersion) const
{
    Agent target;
    if (!agent.isEmpty()) {
        auto found = agentNamed(TicketRepository(m_database), agent);
        if (!found)
            return found.error();
        target = *found;
    }
    return write(id, by, expectedVersion, [&target](WriteState& state) -> Status {
        if (Status closed = refuseClosed(state, Tr::tr("it cannot be reassigned")); !closed)
            return closed;
        return applyAssignee(state, target);
    });
}

Result<Ticket> TicketService::reply(TicketId id, const ReplyRequest& request) const
{
    if (request.agent.isEmpty())
        return Error{ErrorKind::Usage, Tr::tr("a reply needs the agent who writes it"),
                     ticketLocation(id)};
    if (request.body.trimmed().isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("the reply is empty"), ticketLocation(id)};
    return write(id, request.agent, request.expectedVersion, [&request](WriteState& state) {
        if (Status closed = refuseClosed(state, Tr::tr("write to the customer in a new ticket"));
            !closed)
            return closed;
        if (request.internal) {
            if (Status status = state.message(MessageKind::Note, state.actor.id, 0, request.body);
                !status)
                return status;
            if (Status status = state.event(QStringLiteral("note"), {}, {}); !status)
                return status;
        } else {
            if (Status status = state.message(MessageKind::Reply, state.actor.id, 0, request.body);
                !status)
                return status;
            if (Status status = state.event(QStringLiteral("reply"), {}, {}); !status)
                return status;
            if (!state.firstResponseAt) {
                if (Status status =
                        state.update(QStringLiteral("first_response_at = ?"), {state.now});
                    !status)
                    return status;
                state.firstResponseAt = state.now;
            }
            // Whoever answers an unassigned ticket owns it.
            if (state.assigneeId == 0) {
                if (Status status = applyAssignee(state, state.actor); !status)
                    return status;
            }
            if (state.status == TicketStatus::New && !request.thenStatus) {
                if (Status status = applyStatus(state, TicketStatus::Open); !status)
                    return status;
            }
        }
        if (request.thenStatus && *request.thenStatus != state.status)
            return applyStatus(state, *request.thenStatus);
        return Status{};
    });
}

Result<Ticket> TicketService::setStatus(TicketId id, TicketStatus status, const QString& agent,
                                        std::optional<int> expectedVersion) const
{
    return write(id, agent, expectedVersion,
                 [status](WriteState& state) { return applyStatus(state, status); });
}

Result<Ticket> TicketService::updateFields(TicketId id, const TicketFieldsChange& change,
                                           const QString& agent,
                                           std::optional<int> expectedVersion) const
{
    if (change.priority && (*change.priority < 1 || *change.priority > 4))
        return Error{ErrorKind::BadInput, Tr::tr("the priority must be 1, 2, 3 or 4"),
                     ticketLocation(id)};
    return write(id, agent, expectedVersion, [this, &change](WriteState& state) -> Status {
        if (Status closed = refuseClosed(state, Tr::tr("its fields cannot change")); !closed)
            return closed;
        if (change.priority && *change.priority != state.priority) {
            if (Status s = state.event(QStringLiteral("priority"), QString::number(state.priority),
                                       QString::number(*change.priority));
                !s)
                return s;
            if (Status s = state.update(QStringLiteral("priority = ?"), {*change.priority}); !s)
                return s;
        }
        if (change.type && *change.type != state.type) {
            if (Status s =
                    state.event(QStringLiteral("type"), toKey(state.type), toKey(*change.type));
                !s)
                return s;
            if (Status s = state.update(QStringLiteral("type = ?"), {toKey(*change.type)}); !s)
                return s;
        }
        if (change.group && *change.group != state.group) {
            GroupId groupId = 0;
            if (!change.group->isEmpty()) {
                auto found = TeamRepository(m_database).groupByName(*change.group);
                if (!found)
                    return found.error();
                groupId = *found;
            }
            if (Status s = state.event(QStringLiteral("group"), state.group, *change.group); !s)
                return s;
            if (Status s = state.update(QStringLiteral("group_id = ?"), {idOrNull(groupId)}); !s)
                return s;
        }
        if (change.tags) {
            QSqlQuery query(state.db);
            if (!run(query,
                     QStringLiteral("SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag"),
                     {state.id}))
                return sqlError(query, Tr::tr("could not read the tags"));
            QStringList old;
            while (query.next())
                old << query.value(0).toString();
            QStringList wanted;
            for (const QString& tag : *change.tags) {
                const QString clean = tag.trimmed();
                if (!clean.isEmpty() && !wanted.contains(clean))
                    wanted << clean;
            }
            wanted.sort();
            if (wanted != old) {
                if (!run(query, QStringLiteral("DELETE FROM ticket_tags WHERE ticket_id = ?"),
                         {state.id}))
                    return sqlError(query, Tr::tr("could not save the tags"));
                for (const QString& tag : wanted) {
                    if (!run(query,
                             QStringLiteral(
                                 "INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)"),
                             {state.id, tag}))
                        return sqlError(query, Tr::tr("could not save the tags"));
                }
                if (Status s = state.event(QStringLiteral("tags"), old.join(QLatin1Char(',')),
                                           wanted.join(QLatin1Char(',')));
                    !s)
                    return s;
            }
        }
        return Status{};
    });
}

void TicketService::acknowledge(TicketId id, Channel channel) const
{
    // A caller on the phone hears the answer; everyone else is told in
    // writing when to expect one.
    if (channel == Channel::Phone || !acknowledgementsEnabled())
        return;
    QSqlQuery query(m_database->connection());
    if (!run(query,
             QStringLiteral("SELECT c.name, c.email, c.language, c.timezone, t.subject "
                            "FROM tickets t JOIN customers c ON c.id = t.requester_id "
                            "WHERE t.id = ?"),
             {id}) ||
        !query.next()) {
        qCWarning(lcTickets) << "no acknowledgement for ticket" << id << query.lastError().text();
        return;
    }
    TemplateContext context;
    context.customerName = query.value(0).toString();
    context.customerEmail = query.value(1).toString();
    context.customerLanguage = query.value(2).toString();
    context.customerTimeZone = query.value(3).toString();
    context.ticketSubject = query.value(4).toString();
    context.ticketId = id;
    query.finish();
    SlaService sla(m_database, m_clock);
    auto stored = sla.ticketSla(id);
    if (!stored || !stored->hasPolicy())
        return; // no promise to make
    const SlaMetricState& first = stored->state[SlaMetric::FirstResponse];
    const SlaMetricState& resolution = stored->state[SlaMetric::Resolution];
    if (!first.limitDueAt)
        return;
    context.firstResponseDueMs = first.limitDueAt;
    context.resolutionDueMs = resolution.limitDueAt;
    auto reply = ReplyTemplateRepository(m_database)
                     .bestVariant(QStringLiteral("acknowledgement"), context.customerLanguage);
    if (!reply) {
        qCInfo(lcTickets) << "no acknowledgement template:" << reply.error().toString();
        return;
    }
    const RenderResult rendered = TemplateRenderer::render(reply->body, context);
    WriteState state;
    state.db = m_database->connection();
    state.id = id;
    state.now = m_clock.nowMs();
    Transaction transaction(state.db, Transaction::Mode::Immediate);
    if (!transaction.isActive() || !state.message(MessageKind::System, 0, 0, rendered.text) ||
        !state.event(QStringLiteral("acknowledged"), {},
                     isoTimestamp(*first.limitDueAt, QTimeZone::utc()), 0) ||
        !transaction.commit())
        qCWarning(lcTickets) << "could not send the acknowledgement of ticket" << id;
}

bool TicketService::acknowledgementsEnabled() const
{
    QSqlQuery query(m_database->connection());
    if (!run(query, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
             {QStringLiteral("tickets.acknowledgement")}))
        return true;
    return !query.next() || query.value(0).toString() != QLatin1String("off");
}

Status TicketService::setAcknowledgementsEnabled(bool enabled) const
{
    QSqlQuery query(m_database->connection());
    if (!run(query,
             QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {QStringLiteral("tickets.acknowledgement"),
              enabled ? QStringLiteral("on") : QStringLiteral("off")}))
        return sqlError(query, Tr::tr("could not save the settings"));
    return {};
}

Result<qint64> TicketService::reopenPeriodMs() const
{
    QSqlQuery query(m_database->connection());
    if (!run(query, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
             {kReopenPeriodKey}))
        return sqlError(query, Tr::tr("could not read the settings"));
    int days = kDefaultReopenPeriodDays;
    if (query.next()) {
        bool ok = false;
        const int stored = query.value(0).toString().toInt(&ok);
        if (ok && stored >= 0)
            days = stored;
    }
    return qint64(days) * kDayMs;
}

Status TicketService::setReopenPeriodDays(int days) const
{
    if (days < 0 || days > 365)
        return Error{ErrorKind::BadInput, Tr::tr("the reopen period must be 0 to 365 days")};
    QSqlQuery query(m_database->connection());
    if (!run(query,
             QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {kReopenPeriodKey, QString::number(days)}))
        return sqlError(query, Tr::tr("could not save the settings"));
    return {};
}

Result<Ticket> TicketService::addCustomerMessage(TicketId id, const QString& body) const
{
    if (body.trimmed().isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("the message is empty"), ticketLocation(id)};
    auto period = reopenPeriodMs();
    if (!period)
        return period.error();
    bool needsNewTicket = false;
    auto result = write(id, {}, std::nullopt, [&](WriteState& state) -> Status {
        const bool expired = state.status == TicketStatus::Resolved && state.resolvedAt &&
                             state.now - *state.resolvedAt > *period;
        if (state.status == TicketStatus::Closed || expired) {
            needsNewTicket = true;
            return {};
        }
        if (Status s = state.message(MessageKind::Customer, 0, state.requesterId, body); !s)
            return s;
        if (auto next = TicketLifecycle::afterCustomerMessage(state.status))
            return applyStatus(state, *next);
        return Status{};
    });
    if (!result || !needsNewTicket)
        return result;

    // A follow-up: the same customer and classification, linked to the old ticket.
    NewTicketRequest followUp;
    followUp.subject = result->subject;
    followUp.requesterEmail = result->requesterEmail;
    followUp.channel = result->channel;
    followUp.type = result->type;
    followUp.priority = result->priority;
    followUp.group = result->group;
    followUp.tags = result->tags;
    followUp.language = result->language;
    followUp.body = body;
    auto newId = insertTicket(followUp, id);
    if (!newId)
        return newId.error();
    afterWrite(*newId);
    auto detail = TicketRepository(m_database).ticketDetail(*newId);
    if (!detail)
        return detail.error();
    return detail->ticket;
}

Result<Ticket> TicketService::create(const NewTicketRequest& request) const
{
    auto id = insertTicket(request, 0);
    if (!id)
        return id.error();
    afterWrite(*id);
    acknowledge(*id, request.channel);
    auto detail = TicketRepository(m_database).ticketDetail(*id);
    if (!detail)
        return detail.error();
    return detail->ticket;
}

namespace {

Status validate(const NewTicketRequest& request)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (request.subject.trimmed().isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("a ticket needs a subject")};
    if (!email.match(request.requesterEmail.trimmed()).hasMatch())
        return Error{ErrorKind::BadInput, Tr::tr("the requester must be an e-mail address"),
                     request.requesterEmail};
    if (request.priority < 1 || request.priority > 4)
        return Error{ErrorKind::BadInput, Tr::tr("the priority must be 1, 2, 3 or 4")};
    if (!request.language.isEmpty() && request.language != QLatin1String("ru") &&
        request.language != QLatin1String("zh") && request.language != QLatin1String("en"))
        return Error{ErrorKind::BadInput, Tr::tr("the language must be ru, zh or en"),
                     request.language};
    return {};
}

struct Requester
{
    CustomerId id = 0;
    QString language;
};

Result<Requester> findOrAddCustomer(const QSqlDatabase& db, const NewTicketRequest& request,
                                    qint64 now)
{
    const QString email = request.requesterEmail.trimmed();
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT id, language FROM customers WHERE email = ?"), {email}))
        return sqlError(query, Tr::tr("could not read the customer"));
    if (query.next())
        return Requester{query.value(0).toLongLong(), query.value(1).toString()};
    QString name = request.requesterName.trimmed();
    if (name.isEmpty())
        name = email.section(QLatin1Char('@'), 0, 0);
    const QString language = request.language.isEmpty() ? QStringLiteral("en") : request.language;
    if (!run(query,
             QStringLiteral("INSERT INTO customers (name, email, language, name_fold, created_at) "
                            "VALUES (?, ?, ?, ?, ?) RETURNING id"),
             {name, email, language, foldForSearch(name), now}) ||
        !query.next())
        return sqlError(query, Tr::tr("could not add the customer"));
    return Requester{query.value(0).toLongLong(), language};
}

} // namespace

Result<TicketId> TicketService::insertTicket(const NewTicketRequest& request,
                                             TicketId linkedFrom) const
{
    if (Status valid = validate(request); !valid)
        return valid.error();
    WriteState state;
    state.db = m_database->connection();
    state.now = m_clock.nowMs();
    Transaction transaction(state.db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again")};

    auto requester = findOrAddCustomer(state.db, request, state.now);
    if (!requester)
        return requester.error();
    QSqlQuery query(state.db);
    if (!request.group.isEmpty()) {
        auto found = TeamRepository(m_database).groupByName(request.group);
        if (!found)
            return found.error();
        state.groupId = *found;
        state.group = request.group;
    }
    const QString subject = request.subject.trimmed();
    const QString language = request.language.isEmpty() ? requester->language : request.language;
    if (!run(query,
             QStringLiteral("INSERT INTO tickets (subject, subject_fold, channel, type, priority, "
                            "status, requester_id, group_id, language, created_at, updated_at, "
                            "linked_from) VALUES (?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?) "
                            "RETURNING id"),
             {subject, foldForSearch(subject), toKey(request.channel), toKey(request.type),
              request.priority, requester->id, idOrNull(state.groupId), language, state.now,
              state.now, idOrNull(linkedFrom)}) ||
        !query.next())
        return sqlError(query, Tr::tr("could not create the ticket"));
    state.id = query.value(0).toLongLong();
    query.finish();
    state.requesterId = requester->id;
    for (const QString& tag : request.tags) {
        if (tag.trimmed().isEmpty())
            continue;
        if (!run(query,
                 QStringLiteral("INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?) "
                                "ON CONFLICT DO NOTHING"),
                 {state.id, tag.trimmed()}))
            return sqlError(query, Tr::tr("could not save the tags"));
    }
    if (Status s = state.event(QStringLiteral("created"), {}, QStringLiteral("new")); !s)
        return s.error();
    if (linkedFrom > 0) {
        if (Status s = state.event(QStringLiteral("linked"), QString::number(linkedFrom), {}); !s)
            return s.error();
        WriteState old = state;
        old.id = linkedFrom;
        if (Status s = old.event(QStringLiteral("follow_up"), {}, QString::number(state.id)); !s)
            return s.error();
    }
    if (!request.body.trimmed().isEmpty()) {
        if (Status s = state.message(MessageKind::Customer, 0, requester->id, request.body); !s)
            return s.error();
    }
    if (state.groupId > 0) {
        // Inside the same transaction: the choice, the round-robin position
        // and the assignment are saved together or not at all.
        auto routed =
            TicketRouter(m_database)
                .route(RoutingRequest{state.groupId, request.type, request.channel, language});
        if (!routed)
            return routed.error();
        if (routed->has_value()) {
            const RoutingDecision& decision = **routed;
            if (Status s = state.update(QStringLiteral("assignee_id = ?"), {decision.agent}); !s)
                return s.error();
            if (Status s = state.event(QStringLiteral("assignee"), {}, decision.login, 0); !s)
                return s.error();
            if (Status s = state.event(QStringLiteral("routed"), {}, decision.reason, 0); !s)
                return s.error();
        }
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcTickets) << "created ticket" << state.id;
    return state.id;
}

} // namespace Switchboard
