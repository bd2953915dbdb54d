// SPDX-License-Identifier: MIT
// The ticket lifecycle as an operator lives it: every allowed and refused
// status change, replies and notes, first contact resolution, reopening by
// the customer, assignment limits and optimistic concurrency between two
// connections (two desktops on one file).
#include "common/clock.h"
#include "templates/templaterenderer.h"
#include "tickets/ticketlifecycle.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QSqlQuery>
#include <QTest>

#include <future>
#include <optional>
#include <thread>

#include "tempdatabase.h"

using namespace Switchboard;

namespace {

constexpr qint64 kStartMs = 1772442000000; // 2026-03-02T09:00:00Z
constexpr qint64 kDayMs = 24 * 3600 * 1000;

const QList<TicketStatus> kAllStatuses = {TicketStatus::New,      TicketStatus::Open,
                                          TicketStatus::Pending,  TicketStatus::OnHold,
                                          TicketStatus::Resolved, TicketStatus::Closed};

// QVERIFY2 evaluates its message even on success, so read the error safely.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

QStringList eventKinds(const TicketDetail& detail)
{
    QStringList kinds;
    for (const TicketEvent& e : detail.events)
        kinds << e.kind;
    return kinds;
}

// Runs a() and b() at the same moment on two threads, each on its own
// connection of its own Database (two desktops), so that they contend.
template <typename A, typename B>
auto race(const DatabasePtr& first, A a, const DatabasePtr& second, B b)
{
    std::promise<void> go;
    const std::shared_future<void> start = go.get_future().share();
    std::optional<decltype(a())> resultA;
    std::optional<decltype(b())> resultB;
    std::thread threadA([&] {
        start.wait();
        resultA.emplace(a());
        first->closeThreadConnection();
    });
    std::thread threadB([&] {
        start.wait();
        resultB.emplace(b());
        second->closeThreadConnection();
    });
    go.set_value();
    threadA.join();
    threadB.join();
    return std::make_pair(std::move(*resultA), std::move(*resultB));
}

} // namespace

class TestTicketService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lifecycleTable_data();
    void lifecycleTable();
    void serviceFollowsLifecycleTable_data();
    void serviceFollowsLifecycleTable();
    void createRecordsCustomerMessageAndEvent();
    void createRefusesBadInput();
    void publicReplySetsFirstResponseAssignsAndOpens();
    void internalNoteIsNotAResponse();
    void replyWithStatusSendsAndSets();
    void firstContactResolution();
    void reopeningClearsResolutionAndFcr();
    void customerMessageMovesPendingBackToOpen();
    void customerMessageReopensWithinPeriod();
    void customerMessageAfterPeriodOpensLinkedTicket();
    void customerMessageOnClosedOpensLinkedTicket();
    void claimConflictAndIdempotence();
    void agentLimitIsEnforced();
    void staleVersionIsRefusedWithWhoAndWhen();
    void twoConnectionsClaimingExactlyOneWins();
    void simultaneousClaimsExactlyOneWins();
    void simultaneousEditsOfOneVersionOneConflicts();
    void simultaneousRoutingNeverPicksTheSameCursor();
    void fieldChangesAreEvents();
    void unknownTicketAndAgentAreNotFound();
    void acknowledgementPromisesFirstResponseInCustomersLanguage();
    void noAcknowledgementByPhoneOrWhenOff();
    void newTicketOfRoutingGroupIsRoutedWithReason();

private:
    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketService> m_service;

    TicketId newTicket(const QString& subject = QStringLiteral("Printer jams"));
    TicketId ticketIn(TicketStatus status);
    TicketDetail detail(TicketId id) const;
    void addAgent(const QString& login, const QString& name, int maxOpen = 0);
};

void TestTicketService::init()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kStartMs);
    m_service = std::make_unique<TicketService>(m_db->database(), *m_clock);
    // Most cases count messages; the acknowledgement has cases of its own.
    QVERIFY(m_service->setAcknowledgementsEnabled(false));
    addAgent(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    addAgent(QStringLiteral("li"), QStringLiteral("李娜"));
}

void TestTicketService::addAgent(const QString& login, const QString& name, int maxOpen)
{
    Agent agent;
    agent.login = login;
    agent.name = name;
    TicketRepository repository(m_db->database());
    QVERIFY(repository.addAgent(agent, kStartMs));
    QSqlQuery query(m_db->database()->connection());
    query.prepare(QStringLiteral("UPDATE agents SET max_open = ? WHERE login = ?"));
    query.addBindValue(maxOpen);
    query.addBindValue(login);
    QVERIFY(query.exec());
}

TicketId TestTicketService::newTicket(const QString& subject)
{
    NewTicketRequest request;
    request.subject = subject;
    request.requesterEmail = QStringLiteral("ivan@example.ru");
    request.requesterName = QStringLiteral("Иван Петров");
    request.type = TicketType::Fault;
    request.priority = 2;
    request.body = QStringLiteral("It jams on every page.");
    auto created = m_service->create(request);
    if (!created)
        qWarning() << created.error().toString();
    return created ? created->id : 0;
}

// A ticket brought to `status` through allowed steps, as an operator would.
TicketId TestTicketService::ticketIn(TicketStatus status)
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    auto step = [&](TicketStatus to) {
        auto changed = m_service->setStatus(id, to, anna);
        if (!changed)
            qWarning() << changed.error().toString();
    };
    switch (status) {
    case TicketStatus::New:
        break;
    case TicketStatus::Open:
    case TicketStatus::Pending:
    case TicketStatus::OnHold:
    case TicketStatus::Resolved:
        step(status);
        break;
    case TicketStatus::Closed:
        step(TicketStatus::Resolved);
        step(TicketStatus::Closed);
        break;
    }
    return id;
}

TicketDetail TestTicketService::detail(TicketId id) const
{
    auto d = TicketRepository(m_db->database()).ticketDetail(id);
    return d ? *d : TicketDetail{};
}

void TestTicketService::lifecycleTable_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<bool>("allowed");
    // The whole 6 x 6 table, written out so a change to the rules shows here.
    const QList<QList<bool>> allowed = {//  new    open   pend   hold   resol  closed   (to)
                                        {false, true, true, true, true, false},   // from new
                                        {false, false, true, true, true, false},  // from open
                                        {false, true, false, true, true, false},  // from pending
                                        {false, true, true, false, true, false},  // from on hold
                                        {false, true, false, false, false, true}, // from resolved
                                        {false, false, false, false, false, false}}; // from closed
    for (int f = 0; f < 6; ++f) {
        for (int t = 0; t < 6; ++t) {
            QTest::addRow("%s->%s", qPrintable(toKey(kAllStatuses[f])),
                          qPrintable(toKey(kAllStatuses[t])))
                << kAllStatuses[f] << kAllStatuses[t] << allowed[f][t];
        }
    }
}

void TestTicketService::lifecycleTable()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(TicketLifecycle::isAllowed(from, to), allowed);
    if (!allowed)
        QVERIFY(!TicketLifecycle::refusal(from, to)->isEmpty());
}

void TestTicketService::serviceFollowsLifecycleTable_data()
{
    lifecycleTable_data();
}

void TestTicketService::serviceFollowsLifecycleTable()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);
    QFETCH(bool, allowed);
    const TicketId id = ticketIn(from);
    QVERIFY(id > 0);
    const TicketDetail before = detail(id);
    QCOMPARE(before.ticket.status, from);
    m_clock->advanceMs(60000);
    auto changed = m_service->setStatus(id, to, QStringLiteral("anna"));
    QCOMPARE(changed.ok(), allowed);
    const TicketDetail after = detail(id);
    if (allowed) {
        QCOMPARE(after.ticket.status, to);
        QCOMPARE(after.ticket.version, before.ticket.version + 1);
        const TicketEvent& last = after.events.last();
        QCOMPARE(last.kind, TicketLifecycle::isReopening(from, to) ? QStringLiteral("reopened")
                                                                   : QStringLiteral("status"));
        QCOMPARE(last.oldValue, toKey(from));
        QCOMPARE(last.newValue, toKey(to));
        QCOMPARE(last.actor, QStringLiteral("anna"));
        QCOMPARE(last.at, m_clock->nowMs());
    } else {
        QCOMPARE(changed.error().kind, ErrorKind::BadInput);
        QCOMPARE(after.ticket.status, from);
        QCOMPARE(after.ticket.version, before.ticket.version);
        QCOMPARE(after.events.size(), before.events.size());
    }
}

void TestTicketService::createRecordsCustomerMessageAndEvent()
{
    const TicketId id = newTicket(QStringLiteral("  Принтер не печатает "));
    const TicketDetail d = detail(id);
    QCOMPARE(d.ticket.subject, QStringLiteral("Принтер не печатает"));
    QCOMPARE(d.ticket.status, TicketStatus::New);
    QCOMPARE(d.ticket.requesterEmail, QStringLiteral("ivan@example.ru"));
    QCOMPARE(d.ticket.requesterName, QStringLiteral("Иван Петров"));
    QVERIFY(!d.ticket.firstResponseAt);
    QCOMPARE(d.messages.size(), 1);
    QCOMPARE(d.messages[0].kind, MessageKind::Customer);
    QCOMPARE(eventKinds(d), QStringList{QStringLiteral("created")});
    // A second ticket from the same address reuses the customer.
    const TicketId second = newTicket();
    QSqlQuery query(m_db->database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM customers")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(second > id);
}

void TestTicketService::createRefusesBadInput()
{
    NewTicketRequest request;
    request.subject = QStringLiteral("x");
    request.requesterEmail = QStringLiteral("not-an-address");
    QCOMPARE(m_service->create(request).error().kind, ErrorKind::BadInput);
    request.requesterEmail = QStringLiteral("a@b.c");
    request.subject = QStringLiteral("   ");
    QCOMPARE(m_service->create(request).error().kind, ErrorKind::BadInput);
    request.subject = QStringLiteral("x");
    request.group = QStringLiteral("No such group");
    QCOMPARE(m_service->create(request).error().kind, ErrorKind::NotFound);
    QCOMPARE(*TicketRepository(m_db->database()).ticketCount(), 0);
}

void TestTicketService::publicReplySetsFirstResponseAssignsAndOpens()
{
    const TicketId id = newTicket();
    m_clock->advanceMs(5 * 60000);
    ReplyRequest reply{QStringLiteral("li"), QStringLiteral("请重启打印机。"), false, {}, {}};
    auto replied = m_service->reply(id, reply);
    QVERIFY2(replied, why(replied).constData());
    QCOMPARE(replied->firstResponseAt.value_or(0), m_clock->nowMs());
    QCOMPARE(replied->assigneeLogin, QStringLiteral("li"));
    QCOMPARE(replied->status, TicketStatus::Open);
    const TicketDetail d = detail(id);
    QCOMPARE(eventKinds(d), (QStringList{QStringLiteral("created"), QStringLiteral("reply"),
                                         QStringLiteral("assignee"), QStringLiteral("status")}));
    QCOMPARE(d.messages.last().kind, MessageKind::Reply);
    QCOMPARE(d.messages.last().author, QStringLiteral("li"));

    // A later reply keeps the first response time.
    m_clock->advanceMs(60000);
    QVERIFY(m_service->reply(id, reply));
    QCOMPARE(detail(id).ticket.firstResponseAt.value_or(0), m_clock->nowMs() - 60000);
}

void TestTicketService::internalNoteIsNotAResponse()
{
    const TicketId id = newTicket();
    ReplyRequest note{QStringLiteral("anna"), QStringLiteral("Ask the vendor"), true, {}, {}};
    auto noted = m_service->reply(id, note);
    QVERIFY(noted);
    QVERIFY(!noted->firstResponseAt);
    QCOMPARE(noted->status, TicketStatus::New);
    QVERIFY(noted->assigneeLogin.isEmpty());
    QCOMPARE(detail(id).messages.last().kind, MessageKind::Note);
    ReplyRequest empty{QStringLiteral("anna"), QStringLiteral("  \n"), false, {}, {}};
    QCOMPARE(m_service->reply(id, empty).error().kind, ErrorKind::BadInput);
}

void TestTicketService::replyWithStatusSendsAndSets()
{
    const TicketId id = newTicket();
    ReplyRequest reply{
        QStringLiteral("anna"), QStringLiteral("Fixed."), false, TicketStatus::Resolved, {}};
    auto replied = m_service->reply(id, reply);
    QVERIFY(replied);
    QCOMPARE(replied->status, TicketStatus::Resolved);
    QVERIFY(replied->resolvedAt);
    // A refused status rolls back the reply too: nothing half-written.
    const TicketId other = newTicket();
    const int eventsBefore = detail(other).events.size();
    ReplyRequest bad{
        QStringLiteral("anna"), QStringLiteral("Closing"), false, TicketStatus::Closed, {}};
    QCOMPARE(m_service->reply(other, bad).error().kind, ErrorKind::BadInput);
    QCOMPARE(detail(other).events.size(), eventsBefore);
    QCOMPARE(detail(other).messages.size(), 1);
}

void TestTicketService::firstContactResolution()
{
    auto fcrOf = [this](TicketId id) {
        QSqlQuery query(m_db->database()->connection());
        query.prepare(QStringLiteral("SELECT first_contact_resolution FROM tickets WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0) : QVariant(QStringLiteral("?"));
    };
    const QString anna = QStringLiteral("anna");
    // One public reply, resolved: first contact resolution.
    const TicketId one = newTicket();
    QVERIFY(m_service->reply(one, {anna, QStringLiteral("Done"), false, {}, {}}));
    QVERIFY(fcrOf(one).isNull());
    QVERIFY(m_service->setStatus(one, TicketStatus::Resolved, anna));
    QCOMPARE(fcrOf(one).toInt(), 1);
    // Notes do not count as contacts.
    const TicketId noted = newTicket();
    QVERIFY(m_service->reply(noted, {anna, QStringLiteral("note"), true, {}, {}}));
    QVERIFY(m_service->reply(noted, {anna, QStringLiteral("Done"), false, {}, {}}));
    QVERIFY(m_service->setStatus(noted, TicketStatus::Resolved, anna));
    QCOMPARE(fcrOf(noted).toInt(), 1);
    // Two public replies: not first contact.
    const TicketId two = newTicket();
    QVERIFY(m_service->reply(two, {anna, QStringLiteral("Try this"), false, {}, {}}));
    QVERIFY(m_service->reply(two, {anna, QStringLiteral("And this"), false, {}, {}}));
    QVERIFY(m_service->setStatus(two, TicketStatus::Resolved, anna));
    QCOMPARE(fcrOf(two).toInt(), 0);
    // No public reply at all: not first contact either.
    const TicketId none = newTicket();
    QVERIFY(m_service->setStatus(none, TicketStatus::Resolved, anna));
    QCOMPARE(fcrOf(none).toInt(), 0);
    // One reply but reopened once: never first contact again.
    QVERIFY(m_service->setStatus(one, TicketStatus::Open, anna));
    QVERIFY(fcrOf(one).isNull());
    QVERIFY(m_service->setStatus(one, TicketStatus::Resolved, anna));
    QCOMPARE(fcrOf(one).toInt(), 0);
}

void TestTicketService::reopeningClearsResolutionAndFcr()
{
    const TicketId id = ticketIn(TicketStatus::Resolved);
    QVERIFY(detail(id).ticket.resolvedAt);
    auto reopened = m_service->setStatus(id, TicketStatus::Open, QStringLiteral("anna"));
    QVERIFY(reopened);
    QVERIFY(!reopened->resolvedAt);
    QCOMPARE(detail(id).events.last().kind, QStringLiteral("reopened"));
}

void TestTicketService::customerMessageMovesPendingBackToOpen()
{
    for (TicketStatus waiting : {TicketStatus::Pending, TicketStatus::OnHold}) {
        const TicketId id = ticketIn(waiting);
        auto answered = m_service->addCustomerMessage(id, QStringLiteral("Here is the log"));
        QVERIFY(answered);
        QCOMPARE(answered->id, id);
        QCOMPARE(answered->status, TicketStatus::Open);
        const TicketEvent last = detail(id).events.last();
        QCOMPARE(last.kind, QStringLiteral("status"));
        QVERIFY(last.actor.isEmpty());
    }
    // New and open tickets only get the message.
    const TicketId fresh = newTicket();
    auto added = m_service->addCustomerMessage(fresh, QStringLiteral("Any news?"));
    QVERIFY(added);
    QCOMPARE(added->status, TicketStatus::New);
    QCOMPARE(detail(fresh).messages.size(), 2);
}

void TestTicketService::customerMessageReopensWithinPeriod()
{
    const TicketId id = ticketIn(TicketStatus::Resolved);
    m_clock->advanceMs(6 * kDayMs);
    auto reopened = m_service->addCustomerMessage(id, QStringLiteral("It is back"));
    QVERIFY(reopened);
    QCOMPARE(reopened->id, id);
    QCOMPARE(reopened->status, TicketStatus::Open);
    QCOMPARE(detail(id).events.last().kind, QStringLiteral("reopened"));
}

void TestTicketService::customerMessageAfterPeriodOpensLinkedTicket()
{
    QVERIFY(m_service->setReopenPeriodDays(3));
    QCOMPARE(*m_service->reopenPeriodMs(), 3 * kDayMs);
    const TicketId id = ticketIn(TicketStatus::Resolved);
    m_clock->advanceMs(3 * kDayMs + 1000);
    auto followUp = m_service->addCustomerMessage(id, QStringLiteral("Again broken"));
    QVERIFY(followUp);
    QVERIFY(followUp->id != id);
    QCOMPARE(followUp->status, TicketStatus::New);
    QCOMPARE(followUp->subject, detail(id).ticket.subject);
    QCOMPARE(followUp->requesterEmail, QStringLiteral("ivan@example.ru"));
    QCOMPARE(detail(id).ticket.status, TicketStatus::Resolved);
    QCOMPARE(detail(id).events.last().kind, QStringLiteral("follow_up"));
    QCOMPARE(detail(id).events.last().newValue, QString::number(followUp->id));
    QCOMPARE(detail(followUp->id).messages.last().body, QStringLiteral("Again broken"));
    QVERIFY(!m_service->setReopenPeriodDays(-1));
}

void TestTicketService::customerMessageOnClosedOpensLinkedTicket()
{
    const TicketId id = ticketIn(TicketStatus::Closed);
    auto followUp = m_service->addCustomerMessage(id, QStringLiteral("One more question"));
    QVERIFY(followUp);
    QVERIFY(followUp->id != id);
    QCOMPARE(detail(id).ticket.status, TicketStatus::Closed);
    QCOMPARE(detail(id).messages.size(), 1);
}

void TestTicketService::claimConflictAndIdempotence()
{
    const TicketId id = newTicket();
    auto claimed = m_service->claim(id, QStringLiteral("anna"));
    QVERIFY(claimed);
    QCOMPARE(claimed->assigneeLogin, QStringLiteral("anna"));
    const int version = claimed->version;
    // Claiming one's own ticket again changes nothing.
    auto again = m_service->claim(id, QStringLiteral("anna"));
    QVERIFY(again);
    QCOMPARE(again->version, version);
    auto taken = m_service->claim(id, QStringLiteral("li"));
    QCOMPARE(taken.error().kind, ErrorKind::Conflict);
    QVERIFY(taken.error().message.contains(QStringLiteral("Анна Смирнова")));
    // A lead can still reassign, and unassign.
    QVERIFY(m_service->assign(id, QStringLiteral("li"), QStringLiteral("anna")));
    auto unassigned = m_service->assign(id, {}, QStringLiteral("anna"));
    QVERIFY(unassigned);
    QVERIFY(unassigned->assigneeLogin.isEmpty());
    const TicketEvent last = detail(id).events.last();
    QCOMPARE(last.kind, QStringLiteral("assignee"));
    QCOMPARE(last.oldValue, QStringLiteral("li"));
    QVERIFY(last.newValue.isEmpty());
    // A resolved ticket cannot be claimed.
    const TicketId done = ticketIn(TicketStatus::Resolved);
    QCOMPARE(m_service->claim(done, QStringLiteral("li")).error().kind, ErrorKind::BadInput);
}

void TestTicketService::agentLimitIsEnforced()
{
    addAgent(QStringLiteral("busy"), QStringLiteral("Busy Bee"), 2);
    const TicketId a = newTicket();
    const TicketId b = newTicket();
    const TicketId c = newTicket();
    QVERIFY(m_service->claim(a, QStringLiteral("busy")));
    QVERIFY(m_service->claim(b, QStringLiteral("busy")));
    auto full = m_service->claim(c, QStringLiteral("busy"));
    QVERIFY(!full);
    QCOMPARE(full.error().kind, ErrorKind::BadInput);
    QVERIFY(full.error().message.contains(QStringLiteral("Busy Bee")));
    QVERIFY(!m_service->assign(c, QStringLiteral("busy"), QStringLiteral("anna")));
    // Resolving one frees a place.
    QVERIFY(m_service->setStatus(a, TicketStatus::Resolved, QStringLiteral("busy")));
    QVERIFY(m_service->claim(c, QStringLiteral("busy")));
}

void TestTicketService::staleVersionIsRefusedWithWhoAndWhen()
{
    const TicketId id = newTicket();
    const int seen = detail(id).ticket.version;
    m_clock->advanceMs(60000);
    QVERIFY(m_service->claim(id, QStringLiteral("li"), seen));
    auto stale = m_service->setStatus(id, TicketStatus::Pending, QStringLiteral("anna"), seen);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("李娜")),
             qPrintable(stale.error().message));
    QCOMPARE(detail(id).ticket.status, TicketStatus::New);
    // With the current version it goes through.
    QVERIFY(m_service->setStatus(id, TicketStatus::Pending, QStringLiteral("anna"), seen + 1));
}

void TestTicketService::twoConnectionsClaimingExactlyOneWins()
{
    // A second Database object on the same file is a second desktop.
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    const TicketService otherService(*other, *m_clock);
    const TicketId id = newTicket();
    const int seen = detail(id).ticket.version;
    auto first = m_service->claim(id, QStringLiteral("anna"), seen);
    auto second = otherService.claim(id, QStringLiteral("li"), seen);
    QVERIFY(first);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::Conflict);
    // Without a version the second claim still sees the first one's owner.
    const TicketId next = newTicket();
    QVERIFY(otherService.claim(next, QStringLiteral("li")));
    QCOMPARE(m_service->claim(next, QStringLiteral("anna")).error().kind, ErrorKind::Conflict);
}

void TestTicketService::simultaneousClaimsExactlyOneWins()
{
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    const TicketService otherService(*other, *m_clock);
    // Several rounds, so that the two claims really overlap in some of them.
    for (int round = 0; round < 8; ++round) {
        const TicketId id = newTicket();
        const TicketService& service = *m_service;
        auto [anna, li] = race(
            m_db->database(), [&] { return service.claim(id, QStringLiteral("anna")); }, *other,
            [&] { return otherService.claim(id, QStringLiteral("li")); });
        QVERIFY2(bool(anna) != bool(li), qPrintable(QStringLiteral("round %1").arg(round)));
        const auto& loser = anna ? li : anna;
        const QString winner = anna ? QStringLiteral("anna") : QStringLiteral("li");
        QCOMPARE(loser.error().kind, ErrorKind::Conflict);
        // The loser is told who has it, not a database error.
        QVERIFY2(loser.error().message.contains(anna ? QStringLiteral("Анна Смирнова")
                                                     : QStringLiteral("李娜")),
                 qPrintable(loser.error().message));
        const TicketDetail d = detail(id);
        QCOMPARE(d.ticket.assigneeLogin, winner);
        QCOMPARE(eventKinds(d).count(QStringLiteral("assignee")), 1);
    }
}

void TestTicketService::simultaneousEditsOfOneVersionOneConflicts()
{
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    const TicketService otherService(*other, *m_clock);
    for (int round = 0; round < 8; ++round) {
        const TicketId id = newTicket();
        const int seen = detail(id).ticket.version;
        TicketFieldsChange urgent;
        urgent.priority = 1;
        TicketFieldsChange low;
        low.priority = 4;
        const TicketService& service = *m_service;
        auto [first, second] = race(
            m_db->database(),
            [&] { return service.updateFields(id, urgent, QStringLiteral("anna"), seen); }, *other,
            [&] { return otherService.updateFields(id, low, QStringLiteral("li"), seen); });
        QVERIFY2(bool(first) != bool(second), qPrintable(QStringLiteral("round %1").arg(round)));
        const auto& loser = first ? second : first;
        QCOMPARE(loser.error().kind, ErrorKind::Conflict);
        // The winner's change stands; the loser's did not overwrite it.
        const Ticket stored = detail(id).ticket;
        QCOMPARE(stored.priority, first ? 1 : 4);
        QCOMPARE(stored.version, seen + 1);
    }
}

void TestTicketService::simultaneousRoutingNeverPicksTheSameCursor()
{
    QSqlQuery query(m_db->database()->connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO groups (name, routing) VALUES ('Desk', 'round_robin')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO group_members (group_id, agent_id) "
                                      "SELECT g.id, a.id FROM groups g, agents a "
                                      "WHERE g.name = 'Desk'")));
    query.finish();
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    const TicketService otherService(*other, *m_clock);
    NewTicketRequest request;
    request.subject = QStringLiteral("Router down");
    request.requesterEmail = QStringLiteral("ivan@example.ru");
    request.group = QStringLiteral("Desk");
    for (int round = 0; round < 6; ++round) {
        const TicketService& service = *m_service;
        auto [first, second] = race(
            m_db->database(), [&] { return service.create(request); }, *other,
            [&] { return otherService.create(request); });
        QVERIFY2(first, why(first).constData());
        QVERIFY2(second, why(second).constData());
        // Round robin over two agents: two tickets routed at once go to
        // both, never twice to the one a stale cursor points at.
        QVERIFY2(first->assigneeLogin != second->assigneeLogin, qPrintable(first->assigneeLogin));
        QVERIFY(!first->assigneeLogin.isEmpty() && !second->assigneeLogin.isEmpty());
    }
}

void TestTicketService::fieldChangesAreEvents()
{
    QSqlQuery query(m_db->database()->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO groups (name) VALUES ('Billing')")));
    const TicketId id = newTicket();
    TicketFieldsChange change;
    change.priority = 1;
    change.type = TicketType::Complaint;
    change.group = QStringLiteral("Billing");
    change.tags =
        QStringList{QStringLiteral("vip"), QStringLiteral(" printer "), QStringLiteral("vip")};
    auto changed = m_service->updateFields(id, change, QStringLiteral("anna"));
    QVERIFY2(changed, why(changed).constData());
    QCOMPARE(changed->priority, 1);
    QCOMPARE(changed->type, TicketType::Complaint);
    QCOMPARE(changed->group, QStringLiteral("Billing"));
    QCOMPARE(changed->tags, (QStringList{QStringLiteral("printer"), QStringLiteral("vip")}));
    QCOMPARE(
        eventKinds(detail(id)),
        (QStringList{QStringLiteral("created"), QStringLiteral("priority"), QStringLiteral("type"),
                     QStringLiteral("group"), QStringLiteral("tags")}));
    // Setting the same values again writes nothing.
    auto same = m_service->updateFields(id, change, QStringLiteral("anna"));
    QVERIFY(same);
    QCOMPARE(same->version, changed->version);
    change.priority = 7;
    QCOMPARE(m_service->updateFields(id, change, QStringLiteral("anna")).error().kind,
             ErrorKind::BadInput);
}

void TestTicketService::unknownTicketAndAgentAreNotFound()
{
    QCOMPARE(m_service->claim(999, QStringLiteral("anna")).error().kind, ErrorKind::NotFound);
    const TicketId id = newTicket();
    QCOMPARE(m_service->claim(id, QStringLiteral("nobody")).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_service->assign(id, QStringLiteral("nobody"), {}).error().kind, ErrorKind::NotFound);
}

void TestTicketService::acknowledgementPromisesFirstResponseInCustomersLanguage()
{
    QVERIFY(m_service->setAcknowledgementsEnabled(true));
    QVERIFY(m_service->acknowledgementsEnabled());
    NewTicketRequest request;
    request.subject = QStringLiteral("Как сменить тариф?");
    request.requesterEmail = QStringLiteral("olga@example.ru");
    request.requesterName = QStringLiteral("Ольга");
    request.language = QStringLiteral("ru");
    request.channel = Channel::Web;
    auto created = m_service->create(request);
    QVERIFY(created);
    const TicketDetail d = detail(created->id);
    QCOMPARE(d.messages.size(), 1);
    const Message& ack = d.messages.first();
    QCOMPARE(ack.kind, MessageKind::System);
    QVERIFY2(ack.body.contains(QStringLiteral("Ольга")), qPrintable(ack.body));
    QVERIFY(ack.body.contains(QStringLiteral("№%1").arg(created->id)));
    // The promise is the SLA's first-response limit, written for the customer.
    const TicketEvent& acknowledged = d.events.last();
    QCOMPARE(acknowledged.kind, QStringLiteral("acknowledged"));
    // The promised instant, readable in the history.
    const qint64 due =
        QDateTime::fromString(acknowledged.newValue, Qt::ISODate).toMSecsSinceEpoch();
    QVERIFY(due > m_clock->nowMs());
    QVERIFY2(ack.body.contains(TemplateRenderer::formatInstant(due, QStringLiteral("ru"), {})),
             qPrintable(ack.body));
    // It is not a response: the first-response clock keeps running.
    QVERIFY(!d.ticket.firstResponseAt);
}

void TestTicketService::noAcknowledgementByPhoneOrWhenOff()
{
    QVERIFY(m_service->setAcknowledgementsEnabled(true));
    NewTicketRequest request;
    request.subject = QStringLiteral("Call about invoice");
    request.requesterEmail = QStringLiteral("bob@example.com");
    request.channel = Channel::Phone;
    auto byPhone = m_service->create(request);
    QVERIFY(byPhone);
    QVERIFY(detail(byPhone->id).messages.isEmpty());
    QVERIFY(m_service->setAcknowledgementsEnabled(false));
    request.channel = Channel::Email;
    auto off = m_service->create(request);
    QVERIFY(off);
    QVERIFY(detail(off->id).messages.isEmpty());
}

void TestTicketService::newTicketOfRoutingGroupIsRoutedWithReason()
{
    QSqlQuery query(m_db->database()->connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO groups (name, routing) VALUES ('Hardware', 'least_open')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO group_members (group_id, agent_id) "
                                      "SELECT g.id, a.id FROM groups g, agents a "
                                      "WHERE g.name = 'Hardware'")));
    // Anna already has one open ticket, so Li (none) gets the next one.
    const TicketId busy = newTicket();
    QVERIFY(m_service->claim(busy, QStringLiteral("anna")));
    NewTicketRequest request;
    request.subject = QStringLiteral("打印机卡纸");
    request.requesterEmail = QStringLiteral("wang@example.cn");
    request.group = QStringLiteral("Hardware");
    auto created = m_service->create(request);
    QVERIFY(created);
    QCOMPARE(created->assigneeLogin, QStringLiteral("li"));
    const TicketDetail d = detail(created->id);
    QCOMPARE(eventKinds(d), (QStringList{QStringLiteral("created"), QStringLiteral("assignee"),
                                         QStringLiteral("routed")}));
    QVERIFY2(d.events.last().newValue.contains(QStringLiteral("李娜")),
             qPrintable(d.events.last().newValue));
    // A group routed by hand leaves the ticket unassigned.
    QVERIFY(query.exec(QStringLiteral("UPDATE groups SET routing = 'manual'")));
    auto manual = m_service->create(request);
    QVERIFY(manual);
    QVERIFY(manual->assigneeLogin.isEmpty());
}

QTEST_GUILESS_MAIN(TestTicketService)
#include "tst_ticketservice.moc"
