// SPDX-License-Identifier: MIT
#include "ticketimporter.h"

#include "common/logging.h"
#include "common/tr.h"
#include "csvreader.h"
#include "rowmapper.h"
#include "ticketassembler.h"
#include "tickets/ticketbulkwriter.h"
#include "tickets/ticketexchangerepository.h"

#include <QElapsedTimer>
#include <QSet>

namespace Switchboard {
namespace {

constexpr qint64 kProgressEveryRecords = 2000;
constexpr int kProgressEveryTickets = 500;

Error cancelledError()
{
    return Error{ErrorKind::Runtime, Tr::tr("the import was cancelled; nothing was written")};
}

QString eventKey(const TicketEvent& e)
{
    return QStringList{e.kind, e.actor, e.oldValue, e.newValue, QString::number(e.at)}.join(
        QChar(31));
}

bool sameFields(const ExchangeTicket& a, const ExchangeTicket& b)
{
    return a.subject == b.subject && a.channel == b.channel && a.type == b.type &&
           a.priority == b.priority && a.status == b.status &&
           a.requesterEmail == b.requesterEmail && a.assigneeLogin == b.assigneeLogin &&
           a.group == b.group && a.tags == b.tags && a.createdAt == b.createdAt &&
           a.firstResponseAt == b.firstResponseAt && a.resolvedAt == b.resolvedAt &&
           a.closedAt == b.closedAt && a.satisfactionScore == b.satisfactionScore &&
           (!a.satisfactionScore || a.satisfactionComment == b.satisfactionComment);
}

// First contact resolution as TicketService records it when a ticket is
// resolved in the app (and as the v6 migration backfilled it): exactly one
// public reply up to the resolution and never reopened; nothing while the
// ticket is not resolved. Imported history is written in bulk, so it is
// worked out here from the events instead of by querying them back.
std::optional<bool> firstContactResolution(const std::optional<qint64>& resolvedAt,
                                           const QList<TicketEvent>& events)
{
    if (!resolvedAt)
        return std::nullopt;
    int replies = 0;
    for (const TicketEvent& e : events) {
        if (e.kind == QLatin1String("reopened"))
            return false;
        if (e.kind == QLatin1String("reply") && e.at <= *resolvedAt)
            ++replies;
    }
    return replies == 1;
}

// What writing a batch means for the database as it is.
struct Plan
{
    struct Update
    {
        const ImportedTicket* imported = nullptr;
        TicketId id = 0;
        QList<TicketEvent> newEvents;
        // Over the stored history and the new events together.
        std::optional<bool> firstContact;
    };
    QList<const ImportedTicket*> created;
    QList<Update> updated;
    int unchanged = 0;

    QSet<QString> groups;
    QHash<QString, qint64> agents;                    // login -> first seen
    QHash<QString, QPair<QString, qint64>> customers; // email -> name, first seen
    QHash<QString, GroupId> groupIds;
    QHash<QString, AgentId> agentIds;
    QHash<QString, CustomerId> customerIds;

    void notePeople(const ImportedTicket& imported)
    {
        const ExchangeTicket& t = imported.ticket;
        auto agent = [&](const QString& login, qint64 at) {
            if (login.isEmpty())
                return;
            auto found = agents.find(login);
            if (found == agents.end())
                agents.insert(login, at);
            else
                found.value() = std::min(found.value(), at);
        };
        agent(t.assigneeLogin, t.createdAt);
        if (!t.group.isEmpty())
            groups.insert(t.group);
        for (const TicketEvent& e : imported.events) {
            agent(e.actor, e.at);
            if (e.kind == QLatin1String("assignee")) {
                agent(e.oldValue, e.at);
                agent(e.newValue, e.at);
            } else if (e.kind == QLatin1String("group")) {
                for (const QString& name : {e.oldValue, e.newValue}) {
                    if (!name.isEmpty())
                        groups.insert(name);
                }
            }
        }
        auto customer = customers.find(t.requesterEmail);
        if (customer == customers.end())
            customers.insert(t.requesterEmail, {t.requesterName, t.createdAt});
        else
            customer->second = std::min(customer->second, t.createdAt);
    }
};

void planChanges(Plan& plan, const ImportBatch& batch,
                 const QHash<QString, StoredExchangeTicket>& stored)
{
    for (const ImportedTicket& imported : batch.tickets) {
        plan.notePeople(imported);
        const auto found = stored.constFind(imported.ticket.externalId);
        if (found == stored.cend()) {
            plan.created << &imported;
            continue;
        }
        QSet<QString> known;
        for (const TicketEvent& e : found->events)
            known.insert(eventKey(e));
        Plan::Update update{&imported, found->id, {}, {}};
        for (const TicketEvent& e : imported.events) {
            if (!known.contains(eventKey(e)))
                update.newEvents << e;
        }
        if (update.newEvents.isEmpty() && sameFields(imported.ticket, found->ticket)) {
            ++plan.unchanged;
        } else {
            update.firstContact = firstContactResolution(imported.ticket.resolvedAt,
                                                         found->events + update.newEvents);
            plan.updated << update;
        }
    }
}

NewTicket newTicket(const ExchangeTicket& t, const Plan& plan)
{
    NewTicket n;
    n.subject = t.subject;
    n.channel = t.channel;
    n.type = t.type;
    n.priority = t.priority;
    n.status = t.status;
    n.requesterId = plan.customerIds.value(t.requesterEmail);
    n.assigneeId = plan.agentIds.value(t.assigneeLogin);
    n.groupId = plan.groupIds.value(t.group);
    n.tags = t.tags;
    n.createdAt = t.createdAt;
    n.updatedAt = t.updatedAt;
    n.firstResponseAt = t.firstResponseAt;
    n.resolvedAt = t.resolvedAt;
    n.closedAt = t.closedAt;
    return n;
}

// Creates the groups, agents and customers the batch names that are missing.
Status addPeople(Plan& plan, TicketBulkWriter& writer, const ImportBatch& batch)
{
    QStringList groups(plan.groups.begin(), plan.groups.end());
    groups.sort();
    for (const QString& name : std::as_const(groups)) {
        if (plan.groupIds.contains(name))
            continue;
        auto id = writer.addGroup(name);
        if (!id)
            return id.error();
        plan.groupIds.insert(name, id.value());
    }
    QStringList logins = plan.agents.keys();
    logins.sort();
    for (const QString& login : std::as_const(logins)) {
        if (plan.agentIds.contains(login))
            continue;
        Agent agent;
        agent.login = login;
        agent.name = batch.agentNames.value(login, login);
        auto id = writer.addAgent(agent, plan.agents.value(login));
        if (!id)
            return id.error();
        plan.agentIds.insert(login, id.value());
    }
    QStringList emails = plan.customers.keys();
    emails.sort();
    for (const QString& email : std::as_const(emails)) {
        if (plan.customerIds.contains(email))
            continue;
        NewCustomer customer;
        customer.name = plan.customers.value(email).first;
        customer.email = email;
        customer.createdAt = plan.customers.value(email).second;
        auto id = writer.addCustomer(customer);
        if (!id)
            return id.error();
        plan.customerIds.insert(email, id.value());
    }
    return {};
}

Status addEvents(TicketBulkWriter& writer, const Plan& plan, TicketId id,
                 const QList<TicketEvent>& events)
{
    for (const TicketEvent& e : events) {
        if (Status s = writer.addEvent(id, plan.agentIds.value(e.actor), e.kind, e.oldValue,
                                       e.newValue, e.at);
            !s)
            return s;
    }
    return {};
}

Status rate(TicketExchangeRepository& repository, TicketId id, const ExchangeTicket& t)
{
    if (!t.satisfactionScore)
        return {};
    return repository.setRating(id, *t.satisfactionScore, t.satisfactionComment,
                                t.resolvedAt.value_or(t.closedAt.value_or(t.updatedAt)));
}

// What the batch means for the database as it is: which tickets are new,
// changed or unchanged, and which people and groups exist already.
Result<Plan> makePlan(const DatabasePtr& database, const ImportBatch& batch)
{
    Plan plan;
    QHash<QString, StoredExchangeTicket> stored;
    if (database) {
        TicketExchangeRepository repository(database);
        auto existing = repository.importedTickets(batch.source);
        auto groups = repository.groupIds();
        auto agents = repository.agentIds();
        if (!existing)
            return existing.error();
        if (!groups)
            return groups.error();
        if (!agents)
            return agents.error();
        stored = std::move(existing.value());
        plan.groupIds = groups.value();
        plan.agentIds = agents.value();
    }
    planChanges(plan, batch, stored);
    if (database) {
        auto customers = TicketExchangeRepository(database).customerIds(plan.customers.keys());
        if (!customers)
            return customers.error();
        plan.customerIds = customers.value();
    }
    return plan;
}

TicketImportResult summarize(const Plan& plan, const ImportBatch& batch)
{
    TicketImportResult result;
    result.records = batch.records;
    result.tickets = int(batch.tickets.size());
    result.created = int(plan.created.size());
    result.updated = int(plan.updated.size());
    result.unchanged = plan.unchanged;
    for (const ImportedTicket* imported : plan.created)
        result.events += imported->events.size();
    for (const Plan::Update& update : plan.updated)
        result.events += update.newEvents.size();
    for (const QString& name : plan.groups)
        result.groupsCreated += plan.groupIds.contains(name) ? 0 : 1;
    for (auto it = plan.agents.cbegin(); it != plan.agents.cend(); ++it)
        result.agentsCreated += plan.agentIds.contains(it.key()) ? 0 : 1;
    for (auto it = plan.customers.cbegin(); it != plan.customers.cend(); ++it)
        result.customersCreated += plan.customerIds.contains(it.key()) ? 0 : 1;
    return result;
}

// A new ticket with its first message, history, rating and external id.
Result<TicketId> addTicket(TicketBulkWriter& writer, TicketExchangeRepository& repository,
                           const Plan& plan, const ImportedTicket& imported)
{
    const ExchangeTicket& t = imported.ticket;
    const NewTicket row = newTicket(t, plan);
    auto id = writer.addTicket(row);
    if (!id)
        return id.error();
    if (!t.body.isEmpty()) {
        if (Status s = writer.addMessage(id.value(), MessageKind::Customer, 0, row.requesterId,
                                         t.body, t.createdAt);
            !s)
            return s.error();
    }
    if (Status s = addEvents(writer, plan, id.value(), imported.events); !s)
        return s.error();
    if (Status s = rate(repository, id.value(), t); !s)
        return s.error();
    return id;
}

Status updateTicket(TicketBulkWriter& writer, TicketExchangeRepository& repository,
                    const Plan& plan, const Plan::Update& update)
{
    const ExchangeTicket& t = update.imported->ticket;
    if (Status s = repository.updateTicket(update.id, newTicket(t, plan)); !s)
        return s;
    if (Status s = addEvents(writer, plan, update.id, update.newEvents); !s)
        return s;
    return rate(repository, update.id, t);
}

// Writes the plan in one transaction; `tick` reports progress and may
// cancel (rolling everything back).
Result<QList<TicketId>> store(const DatabasePtr& database, Plan& plan, const ImportBatch& batch,
                              const std::function<Status(qint64)>& tick)
{
    TicketBulkWriter writer(database);
    TicketExchangeRepository repository(database);
    QList<TicketId> ids;
    Status written = writer.bulkLoad([&]() -> Status {
        if (Status people = addPeople(plan, writer, batch); !people)
            return people;
        QList<QPair<QString, TicketId>> externalIds;
        QList<QPair<TicketId, std::optional<bool>>> firstContact;
        for (const ImportedTicket* imported : std::as_const(plan.created)) {
            auto id = addTicket(writer, repository, plan, *imported);
            if (!id)
                return id.error();
            externalIds.append({imported->ticket.externalId, id.value()});
            // A new row starts NULL: only resolved tickets need a value.
            if (const auto fcr =
                    firstContactResolution(imported->ticket.resolvedAt, imported->events))
                firstContact.append({id.value(), fcr});
            ids << id.value();
            if (ids.size() % kProgressEveryTickets == 0) {
                if (Status s = tick(ids.size()); !s)
                    return s;
            }
        }
        for (const Plan::Update& update : std::as_const(plan.updated)) {
            if (Status s = updateTicket(writer, repository, plan, update); !s)
                return s;
            firstContact.append({update.id, update.firstContact});
            ids << update.id;
        }
        if (Status s = tick(ids.size()); !s)
            return s;
        if (Status s = repository.setFirstContactResolution(firstContact); !s)
            return s;
        return repository.addExternalIds(batch.source, externalIds);
    });
    if (!written)
        return written.error();
    return ids;
}

} // namespace

TicketImporter::TicketImporter(TicketImportOptions options)
    : m_options(std::move(options))
{}

void TicketImporter::report(ImportProgress::Phase phase, qint64 done, qint64 total,
                            qint64 records) const
{
    if (m_options.progress)
        m_options.progress(ImportProgress{phase, done, total, records});
}

Result<ImportMapping> TicketImporter::mappingFor(const TicketImportOptions& options)
{
    const QString& format = options.format;
    if (options.mapping)
        return *options.mapping;
    if (!options.mappingPath.isEmpty()) {
        if (format == QLatin1String("servicenow") || format == QLatin1String("helpdesk"))
            return Error{ErrorKind::Usage,
                         Tr::tr("--format %1 has its own mapping; give --format csv or jsonl "
                                "with --mapping")
                             .arg(format)};
        return ImportMapping::fromFile(options.mappingPath);
    }
    if (!format.isEmpty())
        return ImportMapping::builtin(format);
    return ImportMapping::builtin(RecordReader::formatForPath(options.path) ==
                                          RecordFormat::JsonLines
                                      ? QStringLiteral("jsonl")
                                      : QStringLiteral("csv"));
}

Result<ImportBatch> TicketImporter::read() const
{
    QElapsedTimer timer;
    timer.start();
    auto mapping = mappingFor(m_options);
    if (!mapping)
        return mapping.error();
    std::optional<RecordFormat> format;
    if (m_options.format == QLatin1String("jsonl"))
        format = RecordFormat::JsonLines;
    else if (!m_options.format.isEmpty())
        format = RecordFormat::Csv;
    auto reader = RecordReader::open(m_options.path, format, m_options.encoding);
    if (!reader)
        return reader.error();
    RecordReader& records = *reader.value();
    auto mapper = RowMapper::create(std::move(mapping.value()), records);
    if (!mapper)
        return mapper.error();
    TicketAssembler assembler(mapper->mapping(), m_options.path);
    ImportBatch batch;
    const ByteSource& bytes = records.source().bytes();
    SourceRecord record;
    for (;;) {
        auto more = records.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        auto row = mapper->map(record);
        if (!row)
            return row.error();
        if (Status added = assembler.add(row.value()); !added)
            return added.error();
        if (++batch.records % kProgressEveryRecords == 0) {
            if (cancelled())
                return cancelledError();
            report(ImportProgress::Phase::Reading, bytes.fileBytesRead(), bytes.fileSize(),
                   batch.records);
        }
    }
    report(ImportProgress::Phase::Reading, bytes.fileSize(), bytes.fileSize(), batch.records);
    auto tickets = assembler.finish();
    if (!tickets)
        return tickets.error();
    batch.path = m_options.path;
    batch.source = mapper->mapping().source();
    batch.encoding = records.source().encoding();
    batch.encodingDetected = records.source().encodingDetected();
    batch.format = records.format();
    if (const auto* csv = dynamic_cast<const CsvReader*>(&records))
        batch.delimiter = csv->delimiter();
    batch.tickets = std::move(tickets.value());
    batch.agentNames = assembler.agentNames();
    qCInfo(lcImport) << "read" << batch.records << "records," << batch.tickets.size()
                     << "tickets from" << m_options.path << "in" << timer.elapsed() << "ms";
    return batch;
}

Result<TicketImportResult> TicketImporter::write(const DatabasePtr& database,
                                                 const ImportBatch& batch, bool dryRun) const
{
    QElapsedTimer timer;
    timer.start();
    if (!database && !dryRun)
        return Error{ErrorKind::Runtime, Tr::tr("no database to import into")};
    auto plan = makePlan(database, batch);
    if (!plan)
        return plan.error();
    TicketImportResult result = summarize(plan.value(), batch);
    result.dryRun = dryRun;
    if (dryRun || (plan->created.isEmpty() && plan->updated.isEmpty()))
        return result;

    const qint64 total = plan->created.size() + plan->updated.size();
    auto tick = [&](qint64 done) -> Status {
        if (cancelled())
            return cancelledError();
        report(ImportProgress::Phase::Writing, done, total, batch.records);
        return {};
    };
    auto ids = store(database, plan.value(), batch, tick);
    if (!ids)
        return ids.error();
    report(ImportProgress::Phase::Writing, total, total, batch.records);
    result.ticketIds = ids.value();
    qCInfo(lcImport) << "wrote" << result.created << "new and" << result.updated
                     << "updated tickets in" << timer.elapsed() << "ms";
    return result;
}

} // namespace Switchboard
