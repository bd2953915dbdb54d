// SPDX-License-Identifier: MIT
// SlaService against a real SQLite file: stored policies and calendars, the
// per-ticket state it keeps, the urgency order it feeds, and reporting state.
#include "sla/calendarformat.h"
#include "sla/slaservice.h"
#include "tempdatabase.h"
#include "ticketbuilder.h"
#include "tickets/ticketrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
// Monday 2026-03-02 00:00 UTC.
const qint64 kMonday =
    QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

SlaPolicy policy24x7(const QString& name, qint64 goalMinutes, qint64 limitMinutes)
{
    SlaPolicy policy;
    policy.name = name;
    policy.calendar = QStringLiteral("builtin:24x7");
    policy.firstResponse = SlaTarget::range(goalMinutes * 60, limitMinutes * 60);
    policy.resolution = SlaTarget::single(24 * 3600);
    return policy;
}

} // namespace

Q_DECLARE_METATYPE(Switchboard::SlaPolicySet)

class TestSlaService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        m_clock.setMs(kMonday + 10 * kHour);
        m_service = std::make_unique<SlaService>(m_db->database(), m_clock);
        m_builder = std::make_unique<TicketBuilder>(m_db->database());
        m_customer =
            m_builder->customer(QStringLiteral("Анна"), QStringLiteral("anna@example.com"));
    }

    void defaultsApplyUntilPoliciesAreSaved()
    {
        auto policies = m_service->config().policies();
        QVERIFY(policies);
        QCOMPARE(policies->policies().size(), defaultSlaPolicies().policies().size());
        QCOMPARE(*m_service->config().hasStoredPolicies(), false);
    }

    void savedPoliciesRoundTripInOrder()
    {
        SlaPolicySet set({policy24x7(QStringLiteral("fast"), 10, 20),
                          policy24x7(QStringLiteral("slow"), 60, 120)});
        QVERIFY(m_service->savePolicies(set));
        auto stored = m_service->config().policies();
        QVERIFY(stored);
        QCOMPARE(stored->policies(), set.policies());
    }

    void savingRefusesInvalidPolicies_data()
    {
        QTest::addColumn<SlaPolicySet>("set");
        SlaPolicy limitBelowGoal = policy24x7(QStringLiteral("bad"), 60, 30);
        SlaPolicy unknownCalendar = policy24x7(QStringLiteral("nocal"), 10, 20);
        unknownCalendar.calendar = QStringLiteral("does-not-exist");
        QTest::newRow("limit below goal") << SlaPolicySet({limitBelowGoal});
        QTest::newRow("unknown calendar") << SlaPolicySet({unknownCalendar});
        QTest::newRow("empty list") << SlaPolicySet();
        QTest::newRow("duplicate names") << SlaPolicySet(
            {policy24x7(QStringLiteral("a"), 1, 2), policy24x7(QStringLiteral("a"), 1, 2)});
    }

    void savingRefusesInvalidPolicies()
    {
        QFETCH(SlaPolicySet, set);
        QVERIFY(m_service->savePolicies(SlaPolicySet({policy24x7(QStringLiteral("keep"), 5, 10)})));
        auto result = m_service->savePolicies(set);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        QCOMPARE(m_service->config().policies()->policies().first().name, QStringLiteral("keep"));
    }

    void storedCalendarsResolveAndCannotBeRemovedWhileUsed()
    {
        auto calendar = CalendarFormat::parse(
            R"({"timezone": "Europe/Moscow", "week": {"mon": [["09:00","13:00"],["14:00","18:00"]]},
                "holidays": ["2026-03-09"]})",
            QStringLiteral("test"));
        QVERIFY(calendar);
        QVERIFY(m_service->saveCalendar(QStringLiteral("Moscow office"), *calendar));
        SlaPolicy policy = policy24x7(QStringLiteral("office"), 60, 120);
        policy.calendar = QStringLiteral("Moscow office");
        QVERIFY(m_service->savePolicies(SlaPolicySet({policy})));
        auto resolved = m_service->config().calendar(QStringLiteral("Moscow office"));
        QVERIFY(resolved);
        QCOMPARE(resolved->rules().holidays.size(), 1);
        auto removal = m_service->config().removeCalendar(QStringLiteral("Moscow office"));
        QVERIFY(!removal);
        QCOMPARE(removal.error().kind, ErrorKind::Conflict);
        QVERIFY(m_service->config().calendar(QStringLiteral("Moscow office")));
        QVERIFY(!m_service->config().saveCalendar(QStringLiteral("builtin:mine"), *resolved, 0));
    }

    void openTicketGetsDeadlinesAndUrgency()
    {
        QVERIFY(m_service->savePolicies(SlaPolicySet({policy24x7(QStringLiteral("p"), 60, 120)})));
        NewTicket draft = m_builder->draft(QStringLiteral("Принтер не печатает"), m_customer);
        draft.status = TicketStatus::Open;
        draft.createdAt = kMonday + 9 * kHour;
        const TicketId id = m_builder->ticket(draft);
        QVERIFY2(m_builder->error().isEmpty(), qPrintable(m_builder->error()));

        auto report = m_service->recomputeOpen();
        QVERIFY(report);
        QCOMPARE(report->tickets, 1);
        QCOMPARE(report->changed, 1);

        auto sla = m_service->ticketSla(id);
        QVERIFY(sla);
        QCOMPARE(sla->policy, QStringLiteral("p"));
        const SlaMetricState& first = sla->state[SlaMetric::FirstResponse];
        QCOMPARE(first.phase, SlaPhase::Running);
        QCOMPARE(first.state, SlaState::Running); // exactly at the goal: not past it yet
        QCOMPARE(*first.goalDueAt, kMonday + 10 * kHour);
        QCOMPARE(*first.limitDueAt, kMonday + 11 * kHour);
        QCOMPARE(dueAt(id), kMonday + 11 * kHour);

        // Time alone moves the stored state on without recomputation.
        const BusinessCalendar calendar = *m_service->config().calendar(sla->calendar);
        QCOMPARE(
            sla->metricAt(SlaMetric::FirstResponse, kMonday + 10 * kHour + kMinute, calendar).state,
            SlaState::AtGoal);
        QCOMPARE(
            sla->metricAt(SlaMetric::FirstResponse, kMonday + 10 * kHour + 36 * kMinute, calendar)
                .state,
            SlaState::Warning);
        const SlaMetricState later =
            sla->metricAt(SlaMetric::FirstResponse, kMonday + 11 * kHour + kMinute, calendar);
        QCOMPARE(later.state, SlaState::Breached);
        QCOMPARE(later.secondsLeft, -60);

        // Unchanged history: nothing is rewritten.
        QCOMPARE(m_service->recomputeOpen()->changed, 0);
    }

    void policyChangeMovesDeadlinesOfOpenTicketsOnly()
    {
        QVERIFY(m_service->savePolicies(SlaPolicySet({policy24x7(QStringLiteral("p"), 60, 120)})));
        NewTicket open = m_builder->draft(QStringLiteral("open"), m_customer);
        open.status = TicketStatus::Open;
        open.createdAt = kMonday + 9 * kHour;
        const TicketId openId = m_builder->ticket(open);
        NewTicket resolved = m_builder->draft(QStringLiteral("resolved"), m_customer);
        resolved.status = TicketStatus::Resolved;
        resolved.createdAt = kMonday + 8 * kHour;
        resolved.resolvedAt = kMonday + 9 * kHour;
        const TicketId resolvedId = m_builder->ticket(resolved);
        QVERIFY(m_builder->writer().addEvent(resolvedId, 0, QStringLiteral("status"),
                                             QStringLiteral("new"), QStringLiteral("resolved"),
                                             kMonday + 9 * kHour));
        QVERIFY(m_service->recomputeAll());
        const QString resolvedBefore = m_service->ticketSla(resolvedId)->policy;

        auto report =
            m_service->savePolicies(SlaPolicySet({policy24x7(QStringLiteral("q"), 10, 30)}));
        QVERIFY(report);
        QCOMPARE(report->tickets, 1);
        QCOMPARE(report->changed, 1);
        QCOMPARE(dueAt(openId), kMonday + 9 * kHour + 30 * kMinute);
        QCOMPARE(m_service->ticketSla(resolvedId)->policy, resolvedBefore);
    }

    void pendingCrossingsAreReportedOnce()
    {
        QVERIFY(m_service->savePolicies(SlaPolicySet({policy24x7(QStringLiteral("p"), 60, 120)})));
        NewTicket draft = m_builder->draft(QStringLiteral("late"), m_customer);
        draft.status = TicketStatus::Open;
        draft.createdAt = kMonday + 9 * kHour;
        const TicketId id = m_builder->ticket(draft);
        QVERIFY(m_service->recomputeOpen());

        auto pending = m_service->pendingCrossings(m_clock.nowMs(), 100);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1); // the goal at 10:00; the 80 % warning comes at 10:36
        QCOMPARE(pending->first().crossing.kind, SlaCrossing::Kind::Goal);
        QCOMPARE(pending->first().ticketId, id);
        QVERIFY(m_service->markReported(id, {pending->first().reportKey}));
        QCOMPARE(m_service->pendingCrossings(m_clock.nowMs(), 100)->size(), 0);
        QCOMPARE(**m_service->nextCrossingAfter(m_clock.nowMs()),
                 kMonday + 9 * kHour + 96 * kMinute);

        // Reported stays reported across a recomputation that keeps the crossing.
        QVERIFY(m_service->recomputeOpen());
        QCOMPARE(m_service->pendingCrossings(m_clock.nowMs(), 100)->size(), 0);
        QVERIFY(m_service->markReportedUntil(kMonday + 12 * kHour));
        QCOMPARE(m_service->pendingCrossings(kMonday + 12 * kHour, 100)->size(), 0);
        // What is left: the resolution clock's 80 % warning, 19.2 h after creation.
        QCOMPARE(**m_service->nextCrossingAfter(0), kMonday + 9 * kHour + 1152 * kMinute);
    }

    void policyMatchUsesTagsGroupAndTier()
    {
        SlaPolicy tagged = policy24x7(QStringLiteral("vip"), 5, 10);
        tagged.tags = {QStringLiteral("vip")};
        QVERIFY(m_service->savePolicies(
            SlaPolicySet({tagged, policy24x7(QStringLiteral("rest"), 60, 120)})));
        NewTicket vip = m_builder->draft(QStringLiteral("vip"), m_customer);
        vip.tags = {QStringLiteral("vip")};
        const TicketId vipId = m_builder->ticket(vip);
        const TicketId otherId =
            m_builder->ticket(m_builder->draft(QStringLiteral("x"), m_customer));
        QVERIFY(m_service->recomputeTickets({vipId, otherId}));
        QCOMPARE(m_service->ticketSla(vipId)->policy, QStringLiteral("vip"));
        QCOMPARE(m_service->ticketSla(otherId)->policy, QStringLiteral("rest"));
    }

    void queueOrdersByUrgencyAndListsBreachingSoon()
    {
        QVERIFY(m_service->savePolicies(SlaPolicySet({policy24x7(QStringLiteral("p"), 60, 120)})));
        QList<TicketId> ids;
        // Created 9:00, 8:00, 7:00 and an unmeasured resolved one: limits 11:00, 10:00, 9:00.
        for (int hour : {9, 8, 7}) {
            NewTicket draft = m_builder->draft(QStringLiteral("t%1").arg(hour), m_customer);
            draft.status = TicketStatus::Open;
            draft.createdAt = kMonday + hour * kHour;
            ids.append(m_builder->ticket(draft));
        }
        QVERIFY(m_service->recomputeOpen());
        TicketRepository repository(m_db->database());
        QueueQuery query;
        QCOMPARE(query.sortKey, QueueSortKey::Urgency);
        auto page = repository.queuePage(query, nullptr, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->at(0).id, ids.at(2)); // 1 h overdue
        QCOMPARE(page->at(1).id, ids.at(1)); // due now
        QCOMPARE(page->at(2).id, ids.at(0));
        QCOMPARE(page->at(0).slaDueAt, kMonday + 9 * kHour);

        query.scope = QueueScope::BreachingSoon;
        query.dueBeforeMs = kMonday + 10 * kHour + 30 * kMinute;
        page = repository.queuePage(query, nullptr, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
    }

private:
    qint64 dueAt(TicketId id) const
    {
        QSqlQuery query(m_db->database()->connection());
        query.prepare(QStringLiteral("SELECT sla_due_at FROM tickets WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    std::unique_ptr<TempDatabase> m_db;
    FixedClock m_clock;
    std::unique_ptr<SlaService> m_service;
    std::unique_ptr<TicketBuilder> m_builder;
    CustomerId m_customer = 0;
};

QTEST_GUILESS_MAIN(TestSlaService)
#include "tst_slaservice.moc"
