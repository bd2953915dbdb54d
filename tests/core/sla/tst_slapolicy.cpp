// SPDX-License-Identifier: MIT
// SLA policies: matching order, empty conditions, validation and the shipped defaults.
#include "sla/calendarcatalog.h"
#include "sla/slapolicy.h"

#include <QTest>

using namespace Switchboard;

Q_DECLARE_METATYPE(Switchboard::SlaPolicy)
Q_DECLARE_METATYPE(Switchboard::SlaTicketFacts)

namespace {

SlaTicketFacts facts(TicketType type, int priority, QStringList tags = {})
{
    SlaTicketFacts f;
    f.type = type;
    f.priority = priority;
    f.tags = std::move(tags);
    f.group = QStringLiteral("support");
    f.customerTier = QStringLiteral("standard");
    return f;
}

SlaPolicy valid()
{
    SlaPolicy p;
    p.name = QStringLiteral("p");
    p.firstResponse = SlaTarget::range(60, 120);
    return p;
}

} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private slots:
    void firstMatchWins();
    void emptyConditionsMatchAnything();
    void everyConditionMustMatch_data();
    void everyConditionMustMatch();
    void validation_data();
    void validation();
    void duplicateNamesAreRejected();
    void warningThresholds();
    void defaults_data();
    void defaults();
    void defaultsAreValid();
};

void TestSlaPolicy::firstMatchWins()
{
    SlaPolicy faults = valid();
    faults.name = QStringLiteral("faults");
    faults.types = {TicketType::Fault};
    SlaPolicy urgent = valid();
    urgent.name = QStringLiteral("urgent");
    urgent.priorities = {1};
    const SlaPolicySet set({faults, urgent});
    QCOMPARE(set.match(facts(TicketType::Fault, 1))->name, QStringLiteral("faults"));
    QCOMPARE(set.match(facts(TicketType::Order, 1))->name, QStringLiteral("urgent"));
    QVERIFY(set.match(facts(TicketType::Order, 2)) == nullptr);
    const SlaPolicySet reversed({urgent, faults});
    QCOMPARE(reversed.match(facts(TicketType::Fault, 1))->name, QStringLiteral("urgent"));
}

void TestSlaPolicy::emptyConditionsMatchAnything()
{
    const SlaPolicy any = valid();
    for (TicketType type :
         {TicketType::Consultation, TicketType::Fault, TicketType::Order, TicketType::Complaint}) {
        for (int priority = 1; priority <= 4; ++priority)
            QVERIFY(any.matches(facts(type, priority)));
    }
}

void TestSlaPolicy::everyConditionMustMatch_data()
{
    QTest::addColumn<SlaPolicy>("policy");
    QTest::addColumn<bool>("matches");
    SlaPolicy p = valid();
    p.types = {TicketType::Fault, TicketType::Order};
    QTest::newRow("type listed") << p << true;
    p.types = {TicketType::Order};
    QTest::newRow("type not listed") << p << false;
    p = valid();
    p.priorities = {2, 3};
    QTest::newRow("priority listed") << p << true;
    p.priorities = {1};
    QTest::newRow("priority not listed") << p << false;
    p = valid();
    p.channels = {Channel::Chat};
    QTest::newRow("channel not listed") << p << false;
    p.channels = {Channel::Email, Channel::Chat};
    QTest::newRow("channel listed") << p << true;
    p = valid();
    p.groups = {QStringLiteral("sales")};
    QTest::newRow("group not listed") << p << false;
    p.groups = {QStringLiteral("support")};
    QTest::newRow("group listed") << p << true;
    p = valid();
    p.customerTiers = {QStringLiteral("gold")};
    QTest::newRow("tier not listed") << p << false;
    p.customerTiers = {QStringLiteral("gold"), QStringLiteral("standard")};
    QTest::newRow("tier listed") << p << true;
    p = valid();
    p.tags = {QStringLiteral("custom")};
    QTest::newRow("tag missing") << p << false;
    p.tags = {QStringLiteral("vip"), QStringLiteral("urgent")};
    QTest::newRow("one tag present") << p << true;
    p = valid();
    p.types = {TicketType::Fault};
    p.priorities = {1};
    QTest::newRow("one of two conditions fails") << p << false;
}

void TestSlaPolicy::everyConditionMustMatch()
{
    QFETCH(SlaPolicy, policy);
    QFETCH(bool, matches);
    QCOMPARE(policy.matches(facts(TicketType::Fault, 2, {QStringLiteral("urgent")})), matches);
}

void TestSlaPolicy::validation_data()
{
    QTest::addColumn<SlaPolicy>("policy");
    QTest::addColumn<bool>("ok");
    QTest::newRow("valid") << valid() << true;
    SlaPolicy p = valid();
    p.firstResponse = SlaTarget::single(60);
    QTest::newRow("goal equals limit") << p << true;
    p.firstResponse = SlaTarget::range(120, 60);
    QTest::newRow("limit below goal") << p << false;
    p.firstResponse = SlaTarget::single(0);
    QTest::newRow("zero goal") << p << false;
    p = valid();
    p.resolution = SlaTarget::range(-5, 10);
    QTest::newRow("negative resolution goal") << p << false;
    p = valid();
    p.nextResponse = SlaTarget::range(10, 9);
    QTest::newRow("next response limit below goal") << p << false;
    p = valid();
    p.calendar = QStringLiteral("  ");
    QTest::newRow("empty calendar") << p << false;
    p = valid();
    p.name.clear();
    QTest::newRow("empty name") << p << false;
    p = valid();
    p.warnings = {SlaWarning::percent(0)};
    QTest::newRow("zero percent warning") << p << false;
    p.warnings = {SlaWarning::percent(101)};
    QTest::newRow("warning past the limit") << p << false;
    p.warnings = {SlaWarning::before(0)};
    QTest::newRow("zero seconds before") << p << false;
    p.warnings = {SlaWarning::percent(50), SlaWarning::before(600)};
    QTest::newRow("two warnings") << p << true;
    p.warnings.clear();
    QTest::newRow("no warnings") << p << true;
}

void TestSlaPolicy::validation()
{
    QFETCH(SlaPolicy, policy);
    QFETCH(bool, ok);
    const Status status = policy.validate();
    QCOMPARE(status.ok(), ok);
    if (!ok)
        QVERIFY(!status.error().message.isEmpty());
}

void TestSlaPolicy::duplicateNamesAreRejected()
{
    QVERIFY(SlaPolicySet({valid()}).validate().ok());
    QVERIFY(!SlaPolicySet({valid(), valid()}).validate().ok());
}

void TestSlaPolicy::warningThresholds()
{
    SlaPolicy p = valid();
    p.warnings = {SlaWarning::before(600), SlaWarning::percent(50), SlaWarning::before(99999)};
    const QList<qint64> expected = {0, 1800, 3000};
    QCOMPARE(p.warningThresholds(SlaTarget::single(3600)), expected);
    QCOMPARE(SlaPolicy().warningThresholds(SlaTarget::range(60, 1000)), QList<qint64>{800});
}

void TestSlaPolicy::defaults_data()
{
    QTest::addColumn<SlaTicketFacts>("ticket");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<qint64>("goal");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("calendar");
    const QString business = QStringLiteral("builtin:weekdays-9-18");
    QTest::newRow("consultation") << facts(TicketType::Consultation, 3)
                                  << QStringLiteral("consultation") << qint64(900) << qint64(900)
                                  << business;
    QTest::newRow("fault p1") << facts(TicketType::Fault, 1) << QStringLiteral("fault-p1")
                              << qint64(3600) << qint64(3600) << QStringLiteral("builtin:24x7");
    QTest::newRow("fault p2") << facts(TicketType::Fault, 2) << QStringLiteral("fault-p2")
                              << qint64(2 * 3600) << qint64(4 * 3600) << business;
    QTest::newRow("fault p3") << facts(TicketType::Fault, 3) << QStringLiteral("fault-p3-p4")
                              << qint64(8 * 3600) << qint64(12 * 3600) << business;
    QTest::newRow("fault p4") << facts(TicketType::Fault, 4) << QStringLiteral("fault-p3-p4")
                              << qint64(8 * 3600) << qint64(12 * 3600) << business;
    QTest::newRow("order") << facts(TicketType::Order, 3) << QStringLiteral("order")
                           << qint64(24 * 3600) << qint64(24 * 3600) << business;
    QTest::newRow("custom order") << facts(TicketType::Order, 3, {QStringLiteral("custom")})
                                  << QStringLiteral("custom-order") << qint64(24 * 3600)
                                  << qint64(24 * 3600) << business;
    QTest::newRow("complaint") << facts(TicketType::Complaint, 2) << QStringLiteral("complaint")
                               << qint64(3600) << qint64(3600) << business;
}

void TestSlaPolicy::defaults()
{
    QFETCH(SlaTicketFacts, ticket);
    QFETCH(QString, policy);
    QFETCH(qint64, goal);
    QFETCH(qint64, limit);
    QFETCH(QString, calendar);
    const SlaPolicySet set = defaultSlaPolicies();
    const SlaPolicy* matched = set.match(ticket);
    QVERIFY(matched);
    QCOMPARE(matched->name, policy);
    QVERIFY(matched->firstResponse);
    QCOMPARE(matched->firstResponse->goalSeconds, goal);
    QCOMPARE(matched->firstResponse->limitSeconds, limit);
    QCOMPARE(matched->calendar, calendar);
}

void TestSlaPolicy::defaultsAreValid()
{
    const SlaPolicySet set = defaultSlaPolicies();
    const Status status = set.validate();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    for (const SlaPolicy& policy : set.policies())
        QVERIFY2(CalendarCatalog::resolve(policy.calendar).ok(), qPrintable(policy.calendar));
    // The catch-all comes last and matches anything.
    QVERIFY(set.policies().last().matches(SlaTicketFacts()));
    const SlaPolicy* complaint = set.match(facts(TicketType::Complaint, 3));
    QCOMPARE(complaint->resolution, std::optional(SlaTarget::single(24 * 3600)));
    const SlaPolicy* custom = set.match(facts(TicketType::Order, 3, {QStringLiteral("custom")}));
    QCOMPARE(custom->nextResponse, std::optional(SlaTarget::range(48 * 3600, 72 * 3600)));
}

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
