// SPDX-License-Identifier: MIT
#include "ticketassembler.h"

#include "common/tr.h"
#include "importlabels.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <tuple>

namespace Switchboard {
namespace {

const QString kCreated = QStringLiteral("created");
const QString kStatus = QStringLiteral("status");
const QString kReopened = QStringLiteral("reopened");
const QString kAssignee = QStringLiteral("assignee");
const QString kGroup = QStringLiteral("group");
const QString kPriority = QStringLiteral("priority");
const QString kReply = QStringLiteral("reply");

// Keys shared by every event instead of one allocation per event.
const QString& statusKey(TicketStatus status)
{
    static const std::array<QString, 6> keys = {
        toKey(TicketStatus::New),    toKey(TicketStatus::Open),     toKey(TicketStatus::Pending),
        toKey(TicketStatus::OnHold), toKey(TicketStatus::Resolved), toKey(TicketStatus::Closed)};
    return keys[size_t(status)];
}

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

void addTags(QStringList& tags, const QString& text)
{
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;]")))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
}

TicketEvent event(const QString& kind, const QString& actor, const QString& oldValue,
                  const QString& newValue, qint64 at)
{
    TicketEvent e;
    e.kind = kind;
    e.actor = actor;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.at = at;
    return e;
}

// What the times say when no status is given.
TicketStatus statusFromTimes(const ExchangeTicket& t)
{
    if (t.closedAt)
        return TicketStatus::Closed;
    if (t.resolvedAt)
        return TicketStatus::Resolved;
    if (t.firstResponseAt)
        return TicketStatus::Open;
    return TicketStatus::New;
}

} // namespace

struct TicketAssembler::History
{
    std::optional<qint64> firstStatusChange;
    std::optional<qint64> lastResolved;
    std::optional<qint64> lastClosed;
};

TicketAssembler::TicketAssembler(const ImportMapping& mapping, QString path)
    : m_mapping(mapping)
    , m_path(std::move(path))
{}

bool TicketAssembler::tracks(ImportField field) const
{
    const EventLogSpec& log = m_mapping.eventLog();
    return log.enabled && log.tracked.contains(field) && m_mapping.field(field).has_value();
}

QString TicketAssembler::intern(const QString& text)
{
    const auto found = m_texts.constFind(text);
    if (found != m_texts.cend())
        return *found;
    m_texts.insert(text);
    return text;
}

QString TicketAssembler::login(const MappedValue& label)
{
    if (!label.isSet())
        return QString();
    const QString login = intern(agentLoginFromLabel(label.text));
    if (!m_agentNames.contains(login))
        m_agentNames.insert(login, label.text);
    return login;
}

Status TicketAssembler::add(const MappedRow& row)
{
    const bool log = m_mapping.eventLog().enabled;
    const auto found = m_index.constFind(row.ticketKey);
    Draft* draft = nullptr;
    if (found == m_index.cend()) {
        m_index.insert(row.ticketKey, qsizetype(m_drafts.size()));
        m_drafts.push_back(Draft{row.ticketKey, row.line, {}, {}, {}});
        draft = &m_drafts.back();
    } else if (!log) {
        return Error{ErrorKind::BadInput,
                     Tr::tr("ticket %1 appears again (first on line %2); a mapping without "
                            "an event_log section expects one row per ticket")
                         .arg(row.ticketKey)
                         .arg(m_drafts[size_t(found.value())].line),
                     Tr::tr("%1:%2, column %3")
                         .arg(m_path)
                         .arg(row.line)
                         .arg(m_mapping.field(ImportField::ExternalId)->columnsText())};
    } else {
        draft = &m_drafts[size_t(found.value())];
    }
    const SortKey key{row.time, row.order, row.line};
    keepLatest(*draft, row, key);
    if (!log)
        return {};
    TrackedRow tracked;
    tracked.key = key;
    tracked.actor = login(row.actor);
    const auto& fields = row.fields;
    if (tracks(ImportField::Status) && fields[size_t(ImportField::Status)].isSet())
        tracked.status = qint8(ticketStatusFromKey(fields[size_t(ImportField::Status)].text)
                                   .value_or(TicketStatus::New));
    if (tracks(ImportField::Priority) && fields[size_t(ImportField::Priority)].isSet())
        tracked.priority = qint8(fields[size_t(ImportField::Priority)].number);
    const MappedValue& group = fields[size_t(ImportField::Group)];
    if (tracks(ImportField::Group) && group.state != MappedValue::State::NoInfo) {
        tracked.hasGroup = true;
        tracked.group = group.isSet() ? intern(group.text) : QString();
    }
    const MappedValue& assignee = fields[size_t(ImportField::Assignee)];
    if (tracks(ImportField::Assignee) && assignee.state != MappedValue::State::NoInfo) {
        tracked.hasAssignee = true;
        tracked.assignee = login(assignee);
    }
    draft->rows.push_back(std::move(tracked));
    return {};
}

void TicketAssembler::keepLatest(Draft& draft, const MappedRow& row, const SortKey& key)
{
    for (const ImportField field : allImportFields()) {
        const MappedValue& value = row.fields[size_t(field)];
        if (!value.isSet() || tracks(field))
            continue;
        if (field == ImportField::Tags) {
            addTags(draft.tags, value.text);
            continue;
        }
        Slot& slot = draft.latest[size_t(field)];
        // A ticket was created when its earliest row says so; any other
        // field holds what its latest row says.
        const bool replace =
            field == ImportField::Created ? value.number < slot.value.number : !(key < slot.key);
        if (!slot.value.isSet() || replace)
            slot = Slot{value, key};
    }
}

Result<QList<ImportedTicket>> TicketAssembler::finish()
{
    QList<ImportedTicket> tickets;
    tickets.reserve(qsizetype(m_drafts.size()));
    for (Draft& draft : m_drafts) {
        auto ticket = build(draft);
        if (!ticket)
            return ticket.error();
        tickets << std::move(ticket.value());
        draft = Draft();
    }
    m_drafts.clear();
    m_index.clear();
    std::stable_sort(
        tickets.begin(), tickets.end(), [](const ImportedTicket& a, const ImportedTicket& b) {
            return std::tie(a.ticket.createdAt, a.line) < std::tie(b.ticket.createdAt, b.line);
        });
    return tickets;
}

Result<ImportedTicket> TicketAssembler::build(Draft& draft)
{
    std::stable_sort(draft.rows.begin(), draft.rows.end(),
                     [](const TrackedRow& a, const TrackedRow& b) { return a.key < b.key; });
    ImportedTicket imported;
    imported.line = draft.line;
    ExchangeTicket& t = imported.ticket;
    t.externalId = draft.externalId;
    fillFields(draft, t);
    const Slot& created = draft.latest[size_t(ImportField::Created)];
    if (created.value.isSet())
        t.createdAt = created.value.number;
    else if (!draft.rows.empty())
        t.createdAt = draft.rows.front().key.time;
    else
        return Error{ErrorKind::BadInput, Tr::tr("the ticket has no creation time"),
                     Tr::tr("%1:%2, column %3")
                         .arg(m_path)
                         .arg(draft.line)
                         .arg(m_mapping.field(ImportField::Created)
                                  ? m_mapping.field(ImportField::Created)->columnsText()
                                  : importFieldKey(ImportField::Created))};
    if (!draft.latest[size_t(ImportField::Status)].value.isSet() && !tracks(ImportField::Status))
        t.status = statusFromTimes(t);
    History history;
    imported.events << event(kCreated, QString(), QString(), statusKey(TicketStatus::New),
                             t.createdAt);
    if (m_mapping.eventLog().enabled)
        replayLog(draft, imported, history);
    else
        describeFlat(imported, history);
    settleTimes(imported, history);
    return imported;
}

void TicketAssembler::fillFields(const Draft& draft, ExchangeTicket& t) const
{
    auto text = [&](ImportField field) -> const MappedValue& {
        return draft.latest[size_t(field)].value;
    };
    t.subject =
        text(ImportField::Subject).isSet() ? text(ImportField::Subject).text : draft.externalId;
    t.body = text(ImportField::Body).text;
    const MappedValue& requester = text(ImportField::Requester);
    const ImportPerson person =
        requester.isSet()
            ? requesterFromLabel(requester.text, m_mapping.source())
            : requesterFromLabel(QStringLiteral("Unknown requester"), m_mapping.source());
    t.requesterName = person.name;
    t.requesterEmail = person.email;
    if (text(ImportField::Channel).isSet())
        t.channel = channelFromKey(text(ImportField::Channel).text).value_or(Channel::Email);
    if (text(ImportField::Type).isSet())
        t.type = ticketTypeFromKey(text(ImportField::Type).text).value_or(TicketType::Consultation);
    if (text(ImportField::Priority).isSet())
        t.priority = int(text(ImportField::Priority).number);
    if (text(ImportField::Status).isSet())
        t.status = ticketStatusFromKey(text(ImportField::Status).text).value_or(TicketStatus::New);
    if (text(ImportField::Assignee).isSet()) {
        t.assigneeLogin = agentLoginFromLabel(text(ImportField::Assignee).text);
        t.assigneeName = text(ImportField::Assignee).text;
    }
    t.group = text(ImportField::Group).text;
    t.tags = draft.tags;
    t.tags.sort();
    if (text(ImportField::SatisfactionScore).isSet())
        t.satisfactionScore = int(text(ImportField::SatisfactionScore).number);
    t.satisfactionComment = text(ImportField::SatisfactionComment).text;
    auto time = [&](ImportField field) {
        return text(field).isSet() ? std::optional<qint64>(text(field).number) : std::nullopt;
    };
    t.firstResponseAt = time(ImportField::FirstResponse);
    t.resolvedAt = time(ImportField::Resolved);
    t.closedAt = time(ImportField::Closed);
}

void TicketAssembler::replayLog(const Draft& draft, ImportedTicket& imported,
                                History& history) const
{
    ExchangeTicket& t = imported.ticket;
    const bool reopen = m_mapping.eventLog().reopen;
    TicketStatus status = TicketStatus::New;
    QString assignee;
    QString group;
    std::optional<int> priority;
    for (const TrackedRow& row : draft.rows) {
        const qint64 at = std::max(row.key.time, t.createdAt);
        if (row.status >= 0) {
            const TicketStatus next = TicketStatus(row.status);
            if (next != status) {
                const bool reopened = reopen && isDone(status) && !isDone(next);
                imported.events << event(reopened ? kReopened : kStatus, row.actor,
                                         statusKey(status), statusKey(next), at);
                history.firstStatusChange = history.firstStatusChange.value_or(at);
                if (next == TicketStatus::Resolved)
                    history.lastResolved = at;
                if (next == TicketStatus::Closed)
                    history.lastClosed = at;
                status = next;
            }
        }
        if (row.hasAssignee && row.assignee != assignee) {
            imported.events << event(kAssignee, row.actor, assignee, row.assignee, at);
            assignee = row.assignee;
        }
        if (row.hasGroup && row.group != group) {
            imported.events << event(kGroup, row.actor, group, row.group, at);
            group = row.group;
        }
        if (row.priority > 0) {
            const int next = row.priority;
            if (priority && *priority != next)
                imported.events << event(kPriority, row.actor, QString::number(*priority),
                                         QString::number(next), at);
            priority = next;
        }
    }
    if (tracks(ImportField::Status))
        t.status = status;
    if (tracks(ImportField::Assignee)) {
        t.assigneeLogin = assignee;
        t.assigneeName = m_agentNames.value(assignee);
    }
    if (tracks(ImportField::Group))
        t.group = group;
    if (tracks(ImportField::Priority) && priority)
        t.priority = *priority;
}

void TicketAssembler::describeFlat(ImportedTicket& imported, History& history) const
{
    ExchangeTicket& t = imported.ticket;
    if (!t.assigneeLogin.isEmpty())
        imported.events << event(kAssignee, QString(), QString(), t.assigneeLogin, t.createdAt);
    if (!t.group.isEmpty())
        imported.events << event(kGroup, QString(), QString(), t.group, t.createdAt);
    const QString& newKey = statusKey(TicketStatus::New);
    const qint64 openedAt = t.firstResponseAt.value_or(t.createdAt);
    if (t.status == TicketStatus::Open || t.status == TicketStatus::Pending ||
        t.status == TicketStatus::OnHold) {
        imported.events << event(kStatus, t.assigneeLogin, newKey, statusKey(t.status), openedAt);
        history.firstStatusChange = openedAt;
    } else if (isDone(t.status)) {
        const qint64 resolvedAt = t.resolvedAt.value_or(t.closedAt.value_or(openedAt));
        imported.events << event(kStatus, t.assigneeLogin, newKey,
                                 statusKey(TicketStatus::Resolved), resolvedAt);
        history.lastResolved = resolvedAt;
        if (t.status == TicketStatus::Closed) {
            const qint64 closedAt = t.closedAt.value_or(resolvedAt);
            imported.events << event(kStatus, QString(), statusKey(TicketStatus::Resolved),
                                     statusKey(TicketStatus::Closed), closedAt);
            history.lastClosed = closedAt;
        }
    }
}

void TicketAssembler::settleTimes(ImportedTicket& imported, const History& history) const
{
    ExchangeTicket& t = imported.ticket;
    if (!t.firstResponseAt && m_mapping.eventLog().firstResponseFromStatus)
        t.firstResponseAt = history.firstStatusChange;
    if (!t.resolvedAt && isDone(t.status))
        t.resolvedAt = history.lastResolved ? history.lastResolved
                       : t.closedAt         ? t.closedAt
                                            : history.lastClosed;
    if (!t.closedAt && t.status == TicketStatus::Closed)
        t.closedAt = history.lastClosed;
    if (t.firstResponseAt) {
        // The reply is credited to whoever had the ticket at that moment.
        QString responder = t.assigneeLogin;
        for (const TicketEvent& e : std::as_const(imported.events)) {
            if (e.kind == kAssignee && e.at <= *t.firstResponseAt)
                responder = e.newValue;
        }
        imported.events << event(kReply, responder, QString(), QString(),
                                 std::max(*t.firstResponseAt, t.createdAt));
    }
    for (TicketEvent& e : imported.events)
        e.at = std::max(e.at, t.createdAt);
    std::stable_sort(imported.events.begin(), imported.events.end(),
                     [](const TicketEvent& a, const TicketEvent& b) { return a.at < b.at; });
    t.updatedAt = t.createdAt;
    for (const TicketEvent& e : std::as_const(imported.events))
        t.updatedAt = std::max(t.updatedAt, e.at);
    for (const auto& at : {t.firstResponseAt, t.resolvedAt, t.closedAt})
        t.updatedAt = std::max(t.updatedAt, at.value_or(0));
}

} // namespace Switchboard
