// SPDX-License-Identifier: MIT
#include "storage/transaction.h"
#include "tempdatabase.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketbulkwriter.h"
#include "tickets/ticketrouter.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Switchboard::RoutingMode)

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

struct AgentSpec
{
    QString login;
    QString name;
    QStringList skills = {};
    QStringList languages = {};
};

} // namespace

class TestTicketRouter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keysRoundTrip();
    void manualGroupRoutesToNobody();
    void requestWithoutGroupRoutesToNobody();
    void unknownGroupIsNotFound();
    void roundRobinTakesTurnsAndWraps();
    void roundRobinCursorPersistsAcrossInstances();
    void roundRobinCursorRollsBackWithTheTransaction();
    void roundRobinSkipsAgentsThatLeftTheTurn();
    void leastOpenPicksFewestOpenTickets();
    void leastOpenTieGoesToLowestId();
    void unavailableAgentsAreSkipped_data();
    void unavailableAgentsAreSkipped();
    void fullAgentSkippedUntilATicketIsResolved();
    void noEligibleAgentRoutesToNobody_data();
    void noEligibleAgentRoutesToNobody();
    void agentOutsideTheGroupIsNeverChosen();
    void skillsPreferTheHighestScore();
    void skillsTieGoesToFewestOpenThenLowestId();
    void skillsRequireTheTicketLanguage();
    void skillsAcceptAgentsWithoutLanguages();
    void skillsCompareCaseInsensitively();
    void skillsFallBackToLeastOpen();
    void reasonNamesAgentAndCount_data();
    void reasonNamesAgentAndCount();
    void openTicketCountCountsOnlyOpenTickets();
    void teamRepositoryErrors();
    void addMemberTwiceKeepsOneMembership();
    void removeMemberLeavesTheTurn();
    void groupsListMembersByName();
    void agentSettingsShowAvailabilityLimitAndLoad();

private:
    DatabasePtr database() const { return m_db->database(); }
    GroupId addGroup(const QString& name, RoutingMode mode);
    AgentId addAgent(const AgentSpec& spec, GroupId group);
    // `count` tickets assigned to `agent` with `status`; returns the last id.
    TicketId addTickets(AgentId agent, int count, TicketStatus status = TicketStatus::Open);
    void setStatus(TicketId ticket, TicketStatus status);
    // Routes a ticket of `group` and returns the chosen login ("" for nobody).
    QString routeLogin(GroupId group, TicketType type = TicketType::Consultation,
                       Channel channel = Channel::Email, const QString& language = {});
    RoutingDecision routeDecision(const RoutingRequest& request);

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<TicketBulkWriter> m_writer;
    std::unique_ptr<TeamRepository> m_team;
    CustomerId m_customer = 0;
};

void TestTicketRouter::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_writer = std::make_unique<TicketBulkWriter>(database());
    m_team = std::make_unique<TeamRepository>(database());
    NewCustomer customer;
    customer.name = QStringLiteral("Иван Петров");
    customer.email = QStringLiteral("ivan@example.ru");
    auto added = m_writer->addCustomer(customer);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    m_customer = added.value();
}

void TestTicketRouter::cleanup()
{
    m_team.reset();
    m_writer.reset();
    m_db.reset();
}

GroupId TestTicketRouter::addGroup(const QString& name, RoutingMode mode)
{
    auto added = m_team->addGroup(name, mode);
    if (!added)
        qFatal("could not add group: %s", qPrintable(added.error().toString()));
    return added.value();
}

AgentId TestTicketRouter::addAgent(const AgentSpec& spec, GroupId group)
{
    Agent agent;
    agent.login = spec.login;
    agent.name = spec.name;
    agent.skills = spec.skills;
    agent.languages = spec.languages;
    auto added = m_writer->addAgent(agent, 1000, group);
    if (!added)
        qFatal("could not add agent: %s", qPrintable(added.error().toString()));
    return added.value();
}

TicketId TestTicketRouter::addTickets(AgentId agent, int count, TicketStatus status)
{
    TicketId last = 0;
    for (int i = 0; i < count; ++i) {
        NewTicket ticket;
        ticket.subject = QStringLiteral("Ticket %1").arg(i);
        ticket.requesterId = m_customer;
        ticket.assigneeId = agent;
        ticket.status = status;
        ticket.createdAt = ticket.updatedAt = 1772409600000 + i;
        auto added = m_writer->addTicket(ticket);
        if (!added)
            qFatal("could not add ticket: %s", qPrintable(added.error().toString()));
        last = added.value();
    }
    return last;
}

void TestTicketRouter::setStatus(TicketId ticket, TicketStatus status)
{
    QSqlQuery sql(database()->connection());
    sql.prepare(QStringLiteral("UPDATE tickets SET status = ? WHERE id = ?"));
    sql.addBindValue(toKey(status));
    sql.addBindValue(ticket);
    QVERIFY(sql.exec());
    QCOMPARE(sql.numRowsAffected(), 1);
}

RoutingDecision TestTicketRouter::routeDecision(const RoutingRequest& request)
{
    auto routed = TicketRouter(database()).route(request);
    if (!routed)
        qFatal("routing failed: %s", qPrintable(routed.error().toString()));
    if (!routed.value())
        return {};
    return *routed.value();
}

QString TestTicketRouter::routeLogin(GroupId group, TicketType type, Channel channel,
                                     const QString& language)
{
    return routeDecision({group, type, channel, language}).login;
}

void TestTicketRouter::keysRoundTrip()
{
    for (RoutingMode mode : {RoutingMode::Manual, RoutingMode::RoundRobin, RoutingMode::LeastOpen,
                             RoutingMode::Skills})
        QCOMPARE(routingModeFromKey(toKey(mode)), mode);
    for (Availability availability :
         {Availability::Online, Availability::Away, Availability::Offline})
        QCOMPARE(availabilityFromKey(toKey(availability)), availability);
    QCOMPARE(toKey(RoutingMode::RoundRobin), QStringLiteral("round_robin"));
    QCOMPARE(toKey(RoutingMode::LeastOpen), QStringLiteral("least_open"));
    QCOMPARE(toKey(Availability::Away), QStringLiteral("away"));
    QVERIFY(!routingModeFromKey(QStringLiteral("Round_Robin")));
    QVERIFY(!routingModeFromKey(QString()));
    QVERIFY(!availabilityFromKey(QStringLiteral("busy")));
}

void TestTicketRouter::manualGroupRoutesToNobody()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::Manual);
    addAgent({QStringLiteral("anna"), QStringLiteral("Анна Смирнова")}, group);
    auto routed = TicketRouter(database()).route({group, TicketType::Fault, Channel::Phone, {}});
    QVERIFY(routed.ok());
    QVERIFY(!routed.value().has_value());
}

void TestTicketRouter::requestWithoutGroupRoutesToNobody()
{
    auto routed = TicketRouter(database()).route({});
    QVERIFY(routed.ok());
    QVERIFY(!routed.value().has_value());
}

void TestTicketRouter::unknownGroupIsNotFound()
{
    auto routed = TicketRouter(database()).route({4242, TicketType::Fault, Channel::Phone, {}});
    QVERIFY(!routed.ok());
    QCOMPARE(routed.error().kind, ErrorKind::NotFound);
}

void TestTicketRouter::roundRobinTakesTurnsAndWraps()
{
    const GroupId group = addGroup(QStringLiteral("Billing"), RoutingMode::RoundRobin);
    addAgent({QStringLiteral("a"), QStringLiteral("A")}, group);
    addAgent({QStringLiteral("b"), QStringLiteral("B")}, group);
    addAgent({QStringLiteral("c"), QStringLiteral("C")}, group);
    QStringList order;
    for (int i = 0; i < 7; ++i)
        order << routeLogin(group);
    QCOMPARE(order, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("a")}));
}

void TestTicketRouter::roundRobinCursorPersistsAcrossInstances()
{
    const GroupId group = addGroup(QStringLiteral("Billing"), RoutingMode::RoundRobin);
    addAgent({QStringLiteral("a"), QStringLiteral("A")}, group);
    const AgentId b = addAgent({QStringLiteral("b"), QStringLiteral("B")}, group);
    addAgent({QStringLiteral("c"), QStringLiteral("C")}, group);

    {
        const TicketRouter first(database());
        QCOMPARE(first.route({group, {}, {}, {}}).value()->login, QStringLiteral("a"));
        QCOMPARE(first.route({group, {}, {}, {}}).value()->login, QStringLiteral("b"));
    }
    QSqlQuery sql(database()->connection());
    sql.prepare(QStringLiteral("SELECT routing_cursor FROM groups WHERE id = ?"));
    sql.addBindValue(group);
    QVERIFY(sql.exec() && sql.next());
    QCOMPARE(sql.value(0).toLongLong(), b);
    sql.finish();

    // A new router, and a database opened afresh, continue after b.
    const QString path = database()->path();
    m_team.reset();
    m_writer.reset();
    auto reopened = Database::open(path);
    QVERIFY(reopened.ok());
    const TicketRouter second(reopened.value());
    QCOMPARE(second.route({group, {}, {}, {}}).value()->login, QStringLiteral("c"));
    QCOMPARE(second.route({group, {}, {}, {}}).value()->login, QStringLiteral("a"));
}

void TestTicketRouter::roundRobinCursorRollsBackWithTheTransaction()
{
    const GroupId group = addGroup(QStringLiteral("Billing"), RoutingMode::RoundRobin);
    addAgent({QStringLiteral("a"), QStringLiteral("A")}, group);
    addAgent({QStringLiteral("b"), QStringLiteral("B")}, group);
    {
        Transaction transaction(database()->connection());
        QCOMPARE(routeLogin(group), QStringLiteral("a"));
        // Not committed: the ticket was not created, so a keeps the turn.
    }
    QCOMPARE(routeLogin(group), QStringLiteral("a"));
    QCOMPARE(routeLogin(group), QStringLiteral("b"));
}

void TestTicketRouter::roundRobinSkipsAgentsThatLeftTheTurn()
{
    const GroupId group = addGroup(QStringLiteral("Billing"), RoutingMode::RoundRobin);
    addAgent({QStringLiteral("a"), QStringLiteral("A")}, group);
    addAgent({QStringLiteral("b"), QStringLiteral("B")}, group);
    addAgent({QStringLiteral("c"), QStringLiteral("C")}, group);
    QCOMPARE(routeLogin(group), QStringLiteral("a"));
    // b goes away: the turn passes to c, then wraps to a.
    QVERIFY(m_team->setAvailability(QStringLiteral("b"), Availability::Away).ok());
    QCOMPARE(routeLogin(group), QStringLiteral("c"));
    QCOMPARE(routeLogin(group), QStringLiteral("a"));
    // The last one chosen (a) goes offline: the cursor still points past a.
    QVERIFY(m_team->setAvailability(QStringLiteral("a"), Availability::Offline).ok());
    QVERIFY(m_team->setAvailability(QStringLiteral("b"), Availability::Online).ok());
    QCOMPARE(routeLogin(group), QStringLiteral("b"));
    QCOMPARE(routeLogin(group), QStringLiteral("c"));
    QCOMPARE(routeLogin(group), QStringLiteral("b"));
}

void TestTicketRouter::leastOpenPicksFewestOpenTickets()
{
    const GroupId group = addGroup(QStringLiteral("Support"), RoutingMode::LeastOpen);
    const AgentId a = addAgent({QStringLiteral("a"), QStringLiteral("A")}, group);
    const AgentId b = addAgent({QStringLiteral("b"), QStringLiteral("B")}, group);
    const AgentId c = addAgent({QStringLiteral("c"), QStringLiteral("C")}, group);
    addTickets(a, 3);
    addTickets(b, 1, TicketStatus::Pending);
    addTickets(c, 2, TicketStatus::New);
    // Resolved and closed tickets are not open.
    addTickets(b, 5, TicketStatus::Resolved);
    addTickets(b, 5, TicketStatus::Closed);
    const RoutingDecision decision = routeDecision({group, {}, {}, {}});
    QCOMPARE(decision.login, QStringLiteral("b"));
    QCOMPARE(decision.agent, b);
    QCOMPARE(decision.name, QStringLiteral("B"));
    QCOMPARE(decision.openTickets, 1);
    // Routing assigns nothing itself: a second call gives the same answer.
    QCOMPARE(routeLogin(group), QStringLiteral("b"));
    addTickets(b, 2, TicketStatus::OnHold);
    QCOMPARE(routeLogin(group), QStringLiteral("c"));
}

void TestTicketRouter::leastOpenTieGoesToLowestId()
{
    const GroupId group = addGroup(QStringLiteral("Support"), RoutingMode::LeastOpen);
    // Added in an order where name and id order differ.
    const AgentId first = addAgent({QStringLiteral("zoe"), QStringLiteral("Zoe")}, group);
    const AgentId second = addAgent({QStringLiteral("adam"), QStringLiteral("Adam")}, group);
    QVERIFY(first < second);
    addTickets(first, 2);
    addTickets(second, 2);
    QCOMPARE(routeLogin(group), QStringLiteral("zoe"));
}

void TestTicketRouter::unavailableAgentsAreSkipped_data()
{
    QTest::addColumn<RoutingMode>("mode");
    QTest::addColumn<QString>("change"); // "away", "offline" or "inactive"
    for (const auto& [mode, name] : {std::pair{RoutingMode::RoundRobin, "round robin"},
                                     std::pair{RoutingMode::LeastOpen, "least open"},
                                     std::pair{RoutingMode::Skills, "skills"}}) {
        for (const char* change : {"away", "offline", "inactive"})
            QTest::addRow("%s, %s", name, change) << mode << QString::fromLatin1(change);
    }
}

void TestTicketRouter::unavailableAgentsAreSkipped()
{
    QFETCH(RoutingMode, mode);
    QFETCH(QString, change);
    const GroupId group = addGroup(QStringLiteral("Hardware"), mode);
    const QStringList skills = {QStringLiteral("fault")};
    // "best" would win in every mode: lowest id, no open tickets, the skill.
    addAgent({QStringLiteral("best"), QStringLiteral("Best"), skills}, group);
    const AgentId other =
        addAgent({QStringLiteral("other"), QStringLiteral("Other"), skills}, group);
    addTickets(other, 4);
    QCOMPARE(routeLogin(group, TicketType::Fault), QStringLiteral("best"));

    if (change == QLatin1String("inactive")) {
        QSqlQuery sql(database()->connection());
        QVERIFY(sql.exec(QStringLiteral("UPDATE agents SET active = 0 WHERE login = 'best'")));
    } else {
        QVERIFY(m_team->setAvailability(QStringLiteral("best"), *availabilityFromKey(change)).ok());
    }
    for (int i = 0; i < 3; ++i)
        QCOMPARE(routeLogin(group, TicketType::Fault), QStringLiteral("other"));
}

void TestTicketRouter::fullAgentSkippedUntilATicketIsResolved()
{
    const GroupId group = addGroup(QStringLiteral("Support"), RoutingMode::LeastOpen);
    const AgentId a = addAgent({QStringLiteral("a"), QStringLiteral("A")}, group);
    const AgentId b = addAgent({QStringLiteral("b"), QStringLiteral("B")}, group);
    QVERIFY(m_team->setMaxOpen(QStringLiteral("a"), 2).ok());
    addTickets(a, 1);
    addTickets(b, 5);
    QCOMPARE(routeLogin(group), QStringLiteral("a")); // 1 of 2
    const TicketId last = addTickets(a, 1);
    QCOMPARE(routeLogin(group), QStringLiteral("b")); // a is full, b has no limit
    setStatus(last, TicketStatus::Resolved);
    QCOMPARE(routeLogin(group), QStringLiteral("a"));
    // Reopened: full again. Limit 0 lifts it.
    setStatus(last, TicketStatus::Open);
    QCOMPARE(routeLogin(group), QStringLiteral("b"));
    QVERIFY(m_team->setMaxOpen(QStringLiteral("a"), 0).ok());
    QCOMPARE(routeLogin(group), QStringLiteral("a"));

    // Round robin skips a full agent as well.
    QVERIFY(m_team->setGroupRouting(QStringLiteral("Support"), RoutingMode::RoundRobin).ok());
    QVERIFY(m_team->setMaxOpen(QStringLiteral("a"), 2).ok());
    QCOMPARE(routeLogin(group), QStringLiteral("b"));
    QCOMPARE(routeLogin(group), QStringLiteral("b"));
}

void TestTicketRouter::noEligibleAgentRoutesToNobody_data()
{
    QTest::addColumn<RoutingMode>("mode");
    QTest::newRow("round robin") << RoutingMode::RoundRobin;
    QTest::newRow("least open") << RoutingMode::LeastOpen;
    QTest::newRow("skills") << RoutingMode::Skills;
}

void TestTicketRouter::noEligibleAgentRoutesToNobody()
{
    QFETCH(RoutingMode, mode);
    const GroupId empty = addGroup(QStringLiteral("Empty"), mode);
    QCOMPARE(routeLogin(empty), QString());

    const GroupId group = addGroup(QStringLiteral("Hardware"), mode);
    const AgentId full = addAgent(
        {QStringLiteral("full"), QStringLiteral("Full"), {QStringLiteral("fault")}}, group);
    addAgent({QStringLiteral("away"), QStringLiteral("Away"), {QStringLiteral("fault")}}, group);
    addAgent({QStringLiteral("off"), QStringLiteral("Off"), {QStringLiteral("fault")}}, group);
    QVERIFY(m_team->setMaxOpen(QStringLiteral("full"), 1).ok());
    addTickets(full, 1);
    QVERIFY(m_team->setAvailability(QStringLiteral("away"), Availability::Away).ok());
    QVERIFY(m_team->setAvailability(QStringLiteral("off"), Availability::Offline).ok());
    auto routed = TicketRouter(database()).route({group, TicketType::Fault, Channel::Phone, {}});
    QVERIFY(routed.ok());
    QVERIFY(!routed.value().has_value());
}

void TestTicketRouter::agentOutsideTheGroupIsNeverChosen()
{
    const GroupId hardware = addGroup(QStringLiteral("Hardware"), RoutingMode::LeastOpen);
    const GroupId billing = addGroup(QStringLiteral("Billing"), RoutingMode::RoundRobin);
    // The outsider has the lowest id, no tickets and every skill.
    addAgent({QStringLiteral("outsider"),
              QStringLiteral("Outsider"),
              {QStringLiteral("fault"), QStringLiteral("phone")}},
             billing);
    addAgent({QStringLiteral("loner"), QStringLiteral("Loner")}, 0);
    const AgentId member = addAgent({QStringLiteral("member"), QStringLiteral("Member")}, hardware);
    addTickets(member, 10);
    for (RoutingMode mode :
         {RoutingMode::LeastOpen, RoutingMode::RoundRobin, RoutingMode::Skills}) {
        QVERIFY(m_team->setGroupRouting(QStringLiteral("Hardware"), mode).ok());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(routeLogin(hardware, TicketType::Fault, Channel::Phone),
                     QStringLiteral("member"));
    }
}

void TestTicketRouter::skillsPreferTheHighestScore()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::Skills);
    const AgentId typeOnly = addAgent(
        {QStringLiteral("type"), QStringLiteral("Type only"), {QStringLiteral("fault")}}, group);
    const AgentId channelOnly = addAgent(
        {QStringLiteral("channel"), QStringLiteral("Channel only"), {QStringLiteral("phone")}},
        group);
    const AgentId both = addAgent({QStringLiteral("both"),
                                   QStringLiteral("Both"),
                                   {QStringLiteral("fault"), QStringLiteral("phone")}},
                                  group);
    const AgentId all = addAgent({QStringLiteral("all"),
                                  QStringLiteral("All"),
                                  {QStringLiteral("phone"), QStringLiteral("fault")},
                                  {QStringLiteral("ru"), QStringLiteral("en")}},
                                 group);
    // A higher score wins however loaded the agent is.
    addTickets(typeOnly, 0);
    addTickets(channelOnly, 1);
    addTickets(both, 5);
    addTickets(all, 9);
    const RoutingDecision decision =
        routeDecision({group, TicketType::Fault, Channel::Phone, QStringLiteral("ru")});
    QCOMPARE(decision.login, QStringLiteral("all"));
    QVERIFY2(decision.reason.contains(QStringLiteral("skills fault and phone, language ru")),
             qPrintable(decision.reason));

    // Without the language criterion: both and all tie on two points, both has fewer open.
    QCOMPARE(routeLogin(group, TicketType::Fault, Channel::Phone), QStringLiteral("both"));
    // One criterion: the fewest open tickets among those who meet it.
    QCOMPARE(routeLogin(group, TicketType::Fault, Channel::Email), QStringLiteral("type"));
    QCOMPARE(routeLogin(group, TicketType::Order, Channel::Phone), QStringLiteral("channel"));
}

void TestTicketRouter::skillsTieGoesToFewestOpenThenLowestId()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::Skills);
    const QStringList skills = {QStringLiteral("fault")};
    const AgentId a = addAgent({QStringLiteral("a"), QStringLiteral("A"), skills}, group);
    const AgentId b = addAgent({QStringLiteral("b"), QStringLiteral("B"), skills}, group);
    const AgentId c = addAgent({QStringLiteral("c"), QStringLiteral("C"), skills}, group);
    addTickets(a, 3);
    addTickets(b, 2);
    addTickets(c, 2);
    QCOMPARE(routeLogin(group, TicketType::Fault), QStringLiteral("b"));
    addTickets(b, 1);
    QCOMPARE(routeLogin(group, TicketType::Fault), QStringLiteral("c"));
    addTickets(c, 1);
    QCOMPARE(routeLogin(group, TicketType::Fault), QStringLiteral("a"));
}

void TestTicketRouter::skillsRequireTheTicketLanguage()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::Skills);
    addAgent({QStringLiteral("zh"),
              QStringLiteral("李娜"),
              {QStringLiteral("fault"), QStringLiteral("phone")},
              {QStringLiteral("zh")}},
             group);
    const AgentId ru = addAgent({QStringLiteral("ru"),
                                 QStringLiteral("Мария"),
                                 {QStringLiteral("fault")},
                                 {QStringLiteral("ru")}},
                                group);
    addTickets(ru, 6);
    // The Chinese-speaking agent scores more on skills but cannot take a Russian ticket.
    QCOMPARE(routeLogin(group, TicketType::Fault, Channel::Phone, QStringLiteral("ru")),
             QStringLiteral("ru"));
    QCOMPARE(routeLogin(group, TicketType::Fault, Channel::Phone, QStringLiteral("zh")),
             QStringLiteral("zh"));
    // Nobody speaks English: the skills do not apply, the fallback does.
    const RoutingDecision english =
        routeDecision({group, TicketType::Fault, Channel::Phone, QStringLiteral("en")});
    QCOMPARE(english.login, QStringLiteral("zh"));
    QVERIFY2(english.reason.contains(QStringLiteral("no agent with the skill")),
             qPrintable(english.reason));
    // A ticket without a language needs none.
    QCOMPARE(routeLogin(group, TicketType::Fault, Channel::Phone), QStringLiteral("zh"));
}

void TestTicketRouter::skillsAcceptAgentsWithoutLanguages()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::Skills);
    const AgentId speaker = addAgent({QStringLiteral("speaker"),
                                      QStringLiteral("Speaker"),
                                      {QStringLiteral("fault")},
                                      {QStringLiteral("ru")}},
                                     group);
    addAgent({QStringLiteral("any"), QStringLiteral("Any"), {QStringLiteral("fault")}}, group);
    // Listing the language scores a point: the speaker wins although busier.
    addTickets(speaker, 3);
    QCOMPARE(routeLogin(group, TicketType::Fault, Channel::Web, QStringLiteral("ru")),
             QStringLiteral("speaker"));
    // For a language the speaker lacks, the agent without languages may still take it.
    const RoutingDecision decision =
        routeDecision({group, TicketType::Fault, Channel::Web, QStringLiteral("zh")});
    QCOMPARE(decision.login, QStringLiteral("any"));
    QVERIFY2(decision.reason.contains(QStringLiteral("skill fault,")), qPrintable(decision.reason));
    QVERIFY2(!decision.reason.contains(QStringLiteral("language")), qPrintable(decision.reason));
}

void TestTicketRouter::skillsCompareCaseInsensitively()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::Skills);
    // Without a match the fallback would choose a (lowest id, no tickets).
    addAgent({QStringLiteral("a"), QStringLiteral("A")}, group);
    addAgent({QStringLiteral("b"),
              QStringLiteral("B"),
              {QStringLiteral(" Fault ")},
              {QStringLiteral("RU")}},
             group);
    const RoutingDecision decision =
        routeDecision({group, TicketType::Fault, Channel::Email, QStringLiteral("ru")});
    QCOMPARE(decision.login, QStringLiteral("b"));
}

void TestTicketRouter::skillsFallBackToLeastOpen()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::Skills);
    const AgentId a =
        addAgent({QStringLiteral("a"), QStringLiteral("A"), {QStringLiteral("order")}}, group);
    const AgentId b = addAgent({QStringLiteral("b"), QStringLiteral("B")}, group);
    const AgentId c =
        addAgent({QStringLiteral("c"), QStringLiteral("C"), {QStringLiteral("fault")}}, group);
    addTickets(a, 2);
    addTickets(b, 1);
    // The only agent with the skill is offline: fall back to the whole group.
    QVERIFY(m_team->setAvailability(QStringLiteral("c"), Availability::Offline).ok());
    const RoutingDecision decision =
        routeDecision({group, TicketType::Fault, Channel::Chat, QStringLiteral("en")});
    QCOMPARE(decision.agent, b);
    QCOMPARE(decision.openTickets, 1);
    QVERIFY2(decision.reason.contains(QStringLiteral("no agent with the skill")),
             qPrintable(decision.reason));
    QVERIFY2(decision.reason.contains(QStringLiteral("(1)")), qPrintable(decision.reason));
    // Back online, c has the skill and gets it.
    QVERIFY(m_team->setAvailability(QStringLiteral("c"), Availability::Online).ok());
    QCOMPARE(routeDecision({group, TicketType::Fault, Channel::Chat, {}}).agent, c);
}

void TestTicketRouter::reasonNamesAgentAndCount_data()
{
    QTest::addColumn<RoutingMode>("mode");
    QTest::addColumn<int>("open");
    QTest::addColumn<QStringList>("fragments");
    const QString name = QStringLiteral("Анна Смирнова");
    QTest::newRow("round robin") << RoutingMode::RoundRobin << 2
                                 << QStringList{QStringLiteral("routed to ") + name,
                                                QStringLiteral("round robin"),
                                                QStringLiteral("2 open ticket")};
    QTest::newRow("least open") << RoutingMode::LeastOpen << 1
                                << QStringList{QStringLiteral("routed to ") + name,
                                               QStringLiteral("fewest open tickets (1)")};
    QTest::newRow("skills") << RoutingMode::Skills << 3
                            << QStringList{QStringLiteral("routed to ") + name,
                                           QStringLiteral("skill fault"),
                                           QStringLiteral("3 open ticket")};
}

void TestTicketRouter::reasonNamesAgentAndCount()
{
    QFETCH(RoutingMode, mode);
    QFETCH(int, open);
    QFETCH(QStringList, fragments);
    const GroupId group = addGroup(QStringLiteral("Hardware"), mode);
    const AgentId anna = addAgent(
        {QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), {QStringLiteral("fault")}},
        group);
    addTickets(anna, open);
    const RoutingDecision decision = routeDecision({group, TicketType::Fault, Channel::Email, {}});
    QCOMPARE(decision.login, QStringLiteral("anna"));
    QCOMPARE(decision.openTickets, open);
    for (const QString& fragment : std::as_const(fragments))
        QVERIFY2(decision.reason.contains(fragment), qPrintable(decision.reason));
}

void TestTicketRouter::openTicketCountCountsOnlyOpenTickets()
{
    const AgentId anna = addAgent({QStringLiteral("anna"), QStringLiteral("Анна")}, 0);
    QCOMPARE(m_team->openTicketCount(anna).value(), 0);
    for (TicketStatus status : {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                                TicketStatus::OnHold, TicketStatus::Resolved, TicketStatus::Closed})
        addTickets(anna, 1, status);
    QCOMPARE(m_team->openTicketCount(anna).value(), 4);
    auto unknown = m_team->openTicketCount(anna + 100);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
}

void TestTicketRouter::teamRepositoryErrors()
{
    QVERIFY(m_team->addGroup(QStringLiteral("Hardware"), RoutingMode::Skills).ok());
    addAgent({QStringLiteral("anna"), QStringLiteral("Анна")}, 0);

    auto duplicate = m_team->addGroup(QStringLiteral(" Hardware "));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, ErrorKind::Conflict);
    QVERIFY(duplicate.error().toString().contains(QStringLiteral("Hardware")));
    auto blank = m_team->addGroup(QStringLiteral("  "));
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().kind, ErrorKind::BadInput);

    auto check = [](const Error& error, ErrorKind kind, const QString& named) {
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.toString().contains(named), qPrintable(error.toString()));
    };
    check(m_team->groupByName(QStringLiteral("Nowhere")).error(), ErrorKind::NotFound,
          QStringLiteral("Nowhere"));
    check(m_team->setGroupRouting(QStringLiteral("Nowhere"), RoutingMode::LeastOpen).error(),
          ErrorKind::NotFound, QStringLiteral("Nowhere"));
    check(m_team->addMember(QStringLiteral("Nowhere"), QStringLiteral("anna")).error(),
          ErrorKind::NotFound, QStringLiteral("Nowhere"));
    check(m_team->addMember(QStringLiteral("Hardware"), QStringLiteral("ghost")).error(),
          ErrorKind::NotFound, QStringLiteral("ghost"));
    check(m_team->setAvailability(QStringLiteral("ghost"), Availability::Away).error(),
          ErrorKind::NotFound, QStringLiteral("ghost"));
    check(m_team->setMaxOpen(QStringLiteral("ghost"), 3).error(), ErrorKind::NotFound,
          QStringLiteral("ghost"));
    check(m_team->setMaxOpen(QStringLiteral("anna"), -1).error(), ErrorKind::BadInput,
          QStringLiteral("-1"));

    QCOMPARE(m_team->groupByName(QStringLiteral("Hardware")).ok(), true);
    QVERIFY(m_team->setGroupRouting(QStringLiteral("Hardware"), RoutingMode::LeastOpen).ok());
    auto routing = m_team->groupRouting(m_team->groupByName(QStringLiteral("Hardware")).value());
    QVERIFY(routing.ok());
    QCOMPARE(routing->mode, RoutingMode::LeastOpen);
}

void TestTicketRouter::addMemberTwiceKeepsOneMembership()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::RoundRobin);
    addAgent({QStringLiteral("anna"), QStringLiteral("Анна")}, 0);
    QCOMPARE(routeLogin(group), QString());
    QVERIFY(m_team->addMember(QStringLiteral("Hardware"), QStringLiteral("anna")).ok());
    QVERIFY(m_team->addMember(QStringLiteral("Hardware"), QStringLiteral("anna")).ok());
    auto members = m_team->onlineMembers(group);
    QVERIFY(members.ok());
    QCOMPARE(members->size(), 1);
    QCOMPARE(routeLogin(group), QStringLiteral("anna"));
}

void TestTicketRouter::removeMemberLeavesTheTurn()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::RoundRobin);
    addAgent({QStringLiteral("anna"), QStringLiteral("Анна")}, group);
    addAgent({QStringLiteral("boris"), QStringLiteral("Борис")}, group);
    QVERIFY(m_team->removeMember(QStringLiteral("Hardware"), QStringLiteral("anna")).ok());
    QCOMPARE(routeLogin(group), QStringLiteral("boris"));
    QCOMPARE(routeLogin(group), QStringLiteral("boris"));
    // Not a member (any more): not an error either.
    QVERIFY(m_team->removeMember(QStringLiteral("Hardware"), QStringLiteral("anna")).ok());
    QCOMPARE(m_team->removeMember(QStringLiteral("Nowhere"), QStringLiteral("anna")).error().kind,
             ErrorKind::NotFound);
    QCOMPARE(m_team->removeMember(QStringLiteral("Hardware"), QStringLiteral("ghost")).error().kind,
             ErrorKind::NotFound);
}

void TestTicketRouter::groupsListMembersByName()
{
    auto none = m_team->groups();
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    const GroupId hardware = addGroup(QStringLiteral("Hardware"), RoutingMode::Skills);
    const GroupId accounts = addGroup(QStringLiteral("Accounts"), RoutingMode::Manual);
    const AgentId boris = addAgent({QStringLiteral("boris"), QStringLiteral("Борис")}, hardware);
    const AgentId anna = addAgent({QStringLiteral("anna"), QStringLiteral("Анна")}, hardware);
    // Away agents are members too; only routing passes over them.
    QVERIFY(m_team->setAvailability(QStringLiteral("boris"), Availability::Away).ok());

    auto groups = m_team->groups();
    QVERIFY(groups.ok());
    QCOMPARE(groups->size(), 2);
    QCOMPARE(groups->at(0).id, accounts);
    QCOMPARE(groups->at(0).name, QStringLiteral("Accounts"));
    QCOMPARE(groups->at(0).mode, RoutingMode::Manual);
    QVERIFY(groups->at(0).members.isEmpty());
    QCOMPARE(groups->at(1).name, QStringLiteral("Hardware"));
    QCOMPARE(groups->at(1).mode, RoutingMode::Skills);
    QCOMPARE(groups->at(1).members, (QList<AgentId>{std::min(anna, boris), std::max(anna, boris)}));
}

void TestTicketRouter::agentSettingsShowAvailabilityLimitAndLoad()
{
    const GroupId group = addGroup(QStringLiteral("Hardware"), RoutingMode::LeastOpen);
    const AgentId anna = addAgent({QStringLiteral("anna"), QStringLiteral("Анна")}, group);
    const AgentId boris = addAgent({QStringLiteral("boris"), QStringLiteral("Борис")}, 0);
    addTickets(anna, 2);
    addTickets(anna, 1, TicketStatus::Resolved);
    QVERIFY(m_team->setAvailability(QStringLiteral("boris"), Availability::Offline).ok());
    QVERIFY(m_team->setMaxOpen(QStringLiteral("anna"), 5).ok());

    auto agents = m_team->agentSettings();
    QVERIFY(agents.ok());
    QCOMPARE(agents->size(), 2);
    QCOMPARE(agents->at(0).id, anna);
    QCOMPARE(agents->at(0).login, QStringLiteral("anna"));
    QCOMPARE(agents->at(0).availability, Availability::Online);
    QCOMPARE(agents->at(0).maxOpen, 5);
    QCOMPARE(agents->at(0).openTickets, 2);
    QCOMPARE(agents->at(1).id, boris);
    QCOMPARE(agents->at(1).availability, Availability::Offline);
    QCOMPARE(agents->at(1).maxOpen, 0);
    QCOMPARE(agents->at(1).openTickets, 0);
}

QTEST_GUILESS_MAIN(TestTicketRouter)
#include "tst_ticketrouter.moc"
