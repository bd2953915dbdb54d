// SPDX-License-Identifier: MIT
#include "common/textfold.h"
#include "queue/ticketqueuemodel.h"
#include "queuefixture.h"
#include "sla/slaservice.h"
#include "tempdatabase.h"
#include "ticketbuilder.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr int kWaitMs = 30000;

// Waits for the answer to the page in flight, if any.
bool waitForPage(TicketQueueModel& model)
{
    if (!model.isLoading())
        return true;
    QSignalSpy finished(&model, &TicketQueueModel::loadingFinished);
    return finished.wait(kWaitMs);
}

// Reads every page. Someone else (a view, the model tester) may ask for the
// next page too, so wait whenever one is in flight.
bool fetchAll(TicketQueueModel& model)
{
    for (;;) {
        if (!waitForPage(model))
            return false;
        if (model.isLoading())
            continue;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
    }
}

QList<TicketId> idsOf(const TicketQueueModel& model)
{
    QList<TicketId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.ticketIdAt(row);
    return ids;
}

using Less = std::function<bool(const FixtureTicket&, const FixtureTicket&)>;

// The queue's documented orders, written independently of the SQL: each
// breaks ties by ticket id, the requester order by customer first.
Less orderFor(int column, Qt::SortOrder order)
{
    const bool up = order == Qt::AscendingOrder;
    auto byKeyThenId = [up](auto key) -> Less {
        return [up, key](const FixtureTicket& a, const FixtureTicket& b) {
            const auto ka = std::make_tuple(key(a), a.id);
            const auto kb = std::make_tuple(key(b), b.id);
            return up ? ka < kb : kb < ka;
        };
    };
    switch (column) {
    case TicketQueueModel::SubjectColumn:
        return byKeyThenId([](const FixtureTicket& t) { return t.subject; });
    case TicketQueueModel::RequesterColumn:
        return byKeyThenId(
            [](const FixtureTicket& t) { return std::make_tuple(t.requesterName, t.requesterId); });
    case TicketQueueModel::PriorityColumn:
        return byKeyThenId([](const FixtureTicket& t) { return t.priority; });
    case TicketQueueModel::AgeColumn:
        // Ascending age is the youngest first: creation time descending.
        return [up](const FixtureTicket& a, const FixtureTicket& b) {
            const auto ka = std::make_tuple(a.createdAt, a.id);
            const auto kb = std::make_tuple(b.createdAt, b.id);
            return up ? kb < ka : ka < kb;
        };
    default:
        return byKeyThenId([](const FixtureTicket& t) { return t.id; });
    }
}

bool isOpen(const FixtureTicket& t)
{
    return t.status != TicketStatus::Resolved && t.status != TicketStatus::Closed;
}

} // namespace

class TestTicketQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void firstPageIsOnePage();
    void sortsLikeStdSort_data();
    void sortsLikeStdSort();
    void filters_data();
    void filters();
    void scopes_data();
    void scopes();
    void dropsStaleResults();
    void showsColumns();
    void formatsAge_data();
    void formatsAge();
    void pagesThroughHundredThousandRows();
    void showsSlaCountdownAndSortsByUrgency();

private:
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<QueueFixture> m_fixture;
    FixedClock m_clock{QueueFixture::kNowMs};
};

void TestTicketQueueModel::initTestCase()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_fixture = std::make_unique<QueueFixture>(m_temp->database(), 7);
    QVERIFY2(m_fixture->addTickets(1500), qPrintable(m_fixture->errorString()));
}

void TestTicketQueueModel::passesModelTester()
{
    TicketQueueModel model(m_temp->database(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), static_cast<int>(std::count_if(m_fixture->tickets().begin(),
                                                              m_fixture->tickets().end(), isOpen)));
    model.sort(TicketQueueModel::SubjectColumn, Qt::DescendingOrder);
    QVERIFY(waitForPage(model));
    model.setSearch(QStringLiteral("принтер"));
    QVERIFY(waitForPage(model));
    model.setScope(QueueScope::All);
    QVERIFY(fetchAll(model));
    model.setSearch(QStringLiteral("no ticket has this in its subject"));
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestTicketQueueModel::firstPageIsOnePage()
{
    TicketQueueModel model(m_temp->database(), m_clock);
    QSignalSpy pages(&model, &TicketQueueModel::pageLoaded);
    model.setScope(QueueScope::All);
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), TicketQueueModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().at(1).toBool(), true);
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 2 * TicketQueueModel::kPageSize);
    QCOMPARE(pages.last().at(1).toBool(), false);
}

void TestTicketQueueModel::sortsLikeStdSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<QPair<int, const char*>> columns = {
        {TicketQueueModel::SubjectColumn, "subject"},
        {TicketQueueModel::RequesterColumn, "requester"},
        {TicketQueueModel::PriorityColumn, "priority"},
        {TicketQueueModel::AgeColumn, "age"},
        {TicketQueueModel::IdColumn, "id"},
    };
    for (const auto& [column, name] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

void TestTicketQueueModel::sortsLikeStdSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    QList<FixtureTicket> expected = m_fixture->tickets();
    std::sort(expected.begin(), expected.end(), orderFor(column, order));
    QList<TicketId> expectedIds;
    for (const FixtureTicket& t : expected)
        expectedIds << t.id;

    TicketQueueModel model(m_temp->database(), m_clock);
    model.setScope(QueueScope::All);
    model.sort(column, order);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(model.sortOrder(), order);
    QVERIFY(fetchAll(model));
    QCOMPARE(idsOf(model), expectedIds);
}

void TestTicketQueueModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("minimumMatches");
    QTest::newRow("Cyrillic, upper case") << QStringLiteral("ПРИНТЕР") << 10;
    QTest::newRow("Cyrillic, lower case") << QStringLiteral("принтер") << 10;
    QTest::newRow("Cyrillic, mixed case, inside a word") << QStringLiteral("СчЁт") << 10;
    QTest::newRow("yo folds to ye") << QStringLiteral("елочные") << 10;
    QTest::newRow("Chinese substring") << QStringLiteral("密码") << 10;
    QTest::newRow("Chinese name") << QStringLiteral("王芳") << 10;
    QTest::newRow("Latin, any case") << QStringLiteral("INVOICE") << 10;
    QTest::newRow("e-mail") << QStringLiteral("customer3@") << 10;
    QTest::newRow("LIKE wildcard is literal") << QStringLiteral("100%") << 0;
    QTest::newRow("nothing") << QStringLiteral("zzzz-no-such-thing") << 0;
}

void TestTicketQueueModel::filters()
{
    QFETCH(QString, search);
    QFETCH(int, minimumMatches);

    const QString needle = foldForSearch(search);
    QSet<TicketId> expected;
    for (const FixtureTicket& t : m_fixture->tickets()) {
        if (foldForSearch(t.subject).contains(needle) ||
            foldForSearch(t.requesterName).contains(needle) ||
            t.requesterEmail.toCaseFolded().contains(needle))
            expected.insert(t.id);
    }
    QVERIFY(expected.size() >= minimumMatches);

    TicketQueueModel model(m_temp->database(), m_clock);
    model.setScope(QueueScope::All);
    model.setSearch(search);
    QVERIFY(fetchAll(model));
    const QList<TicketId> ids = idsOf(model);
    QCOMPARE(QSet<TicketId>(ids.begin(), ids.end()), expected);
    QCOMPARE(ids.size(), expected.size());
}

void TestTicketQueueModel::scopes_data()
{
    QTest::addColumn<QueueScope>("scope");
    QTest::newRow("open") << QueueScope::Open;
    QTest::newRow("unassigned") << QueueScope::Unassigned;
    QTest::newRow("all") << QueueScope::All;
}

void TestTicketQueueModel::scopes()
{
    QFETCH(QueueScope, scope);
    QSet<TicketId> expected;
    for (const FixtureTicket& t : m_fixture->tickets()) {
        const bool in = scope == QueueScope::All ||
                        (isOpen(t) && (scope == QueueScope::Open || t.assigneeId == 0));
        if (in)
            expected.insert(t.id);
    }
    TicketQueueModel model(m_temp->database(), m_clock);
    model.setScope(scope);
    QVERIFY(fetchAll(model));
    const QList<TicketId> ids = idsOf(model);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(QSet<TicketId>(ids.begin(), ids.end()), expected);
}

void TestTicketQueueModel::dropsStaleResults()
{
    TicketQueueModel model(m_temp->database(), m_clock);
    model.setScope(QueueScope::All);
    // A burst of queries, as typing produces: only the last one may land.
    for (const QString& text :
         {QStringLiteral("П"), QStringLiteral("Пр"), QStringLiteral("При"), QStringLiteral("#")}) {
        model.setSearch(text);
    }
    const TicketId wanted = m_fixture->tickets().at(41).id;
    QSignalSpy finished(&model, &TicketQueueModel::loadingFinished);
    model.setSearch(QStringLiteral("#%1").arg(wanted));
    QVERIFY(waitForPage(model));
    QCOMPARE(finished.size(), 1);
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.rowOfTicket(wanted) >= 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QueueRow& r = model.rowAt(row);
        QVERIFY(r.id == wanted || r.subject.contains(QString::number(wanted)));
    }
}

void TestTicketQueueModel::showsColumns()
{
    TicketQueueModel model(m_temp->database(), m_clock);
    model.setScope(QueueScope::All);
    model.sort(TicketQueueModel::IdColumn, Qt::AscendingOrder);
    QVERIFY(waitForPage(model));
    const FixtureTicket& first = m_fixture->tickets().first();
    auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(TicketQueueModel::IdColumn).toString(), QStringLiteral("#%1").arg(first.id));
    QCOMPARE(cell(TicketQueueModel::SubjectColumn).toString(), first.subject);
    QCOMPARE(cell(TicketQueueModel::RequesterColumn).toString(), first.requesterName);
    QCOMPARE(cell(TicketQueueModel::ChannelColumn).toString(), displayName(first.channel));
    QCOMPARE(cell(TicketQueueModel::TypeColumn).toString(), displayName(first.type));
    QCOMPARE(cell(TicketQueueModel::PriorityColumn).toString(),
             QStringLiteral("P%1").arg(first.priority));
    QCOMPARE(cell(TicketQueueModel::StatusColumn).toString(), displayName(first.status));
    QCOMPARE(cell(TicketQueueModel::AgeColumn).toString(),
             TicketQueueModel::formatAge(QueueFixture::kNowMs - first.createdAt));
    QVERIFY(!cell(TicketQueueModel::AgeColumn, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(cell(TicketQueueModel::IdColumn, TicketQueueModel::TicketIdRole).toLongLong(),
             first.id);

    // P1 is marked by an icon and bold text as well as by its label.
    model.sort(TicketQueueModel::PriorityColumn, Qt::AscendingOrder);
    QVERIFY(waitForPage(model));
    QCOMPARE(cell(TicketQueueModel::PriorityColumn).toString(), QStringLiteral("P1"));
    QVERIFY(cell(TicketQueueModel::PriorityColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!cell(TicketQueueModel::PriorityColumn, Qt::DecorationRole).value<QIcon>().isNull());
}

void TestTicketQueueModel::formatsAge_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    const qint64 minute = 60000;
    QTest::newRow("seconds") << qint64(30000) << QStringLiteral("< 1 min");
    QTest::newRow("future") << qint64(-5 * minute) << QStringLiteral("< 1 min");
    QTest::newRow("minutes") << 59 * minute << QStringLiteral("59 min");
    QTest::newRow("hours") << 3 * 60 * minute + 59 * minute << QStringLiteral("3 h");
    QTest::newRow("days") << 2 * 24 * 60 * minute << QStringLiteral("2 d");
}

void TestTicketQueueModel::formatsAge()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(TicketQueueModel::formatAge(ms), text);
}

void TestTicketQueueModel::pagesThroughHundredThousandRows()
{
    TempDatabase temp;
    QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));
    QueueFixture fixture(temp.database(), 11);
    constexpr int kTickets = 100000;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(fixture.addTickets(kTickets), qPrintable(fixture.errorString()));
    qInfo("wrote %d tickets in %lld ms", kTickets, timer.elapsed());

    QList<FixtureTicket> expected = fixture.tickets();
    std::sort(expected.begin(), expected.end(),
              orderFor(TicketQueueModel::PriorityColumn, Qt::AscendingOrder));

    TicketQueueModel model(temp.database(), m_clock);
    timer.restart();
    model.setScope(QueueScope::All);
    model.sort(TicketQueueModel::PriorityColumn, Qt::AscendingOrder);
    QVERIFY(waitForPage(model));
    qInfo("first page of %d rows in %lld ms", model.rowCount(), timer.elapsed());
    QCOMPARE(model.rowCount(), TicketQueueModel::kPageSize);

    timer.restart();
    int pages = 1;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(waitForPage(model));
        QVERIFY(model.rowCount() - before <= TicketQueueModel::kPageSize);
        ++pages;
    }
    qInfo("%d pages in %lld ms", pages, timer.elapsed());
    QCOMPARE(model.rowCount(), kTickets);
    QCOMPARE(pages, kTickets / TicketQueueModel::kPageSize + 1); // the last one is empty

    const QList<TicketId> ids = idsOf(model);
    QCOMPARE(QSet<TicketId>(ids.begin(), ids.end()).size(), kTickets);
    for (int i = 0; i < kTickets; ++i) {
        if (ids.at(i) != expected.at(i).id)
            QFAIL(qPrintable(QStringLiteral("row %1 is #%2, expected #%3")
                                 .arg(i)
                                 .arg(ids.at(i))
                                 .arg(expected.at(i).id)));
    }
}

QTEST_MAIN(TestTicketQueueModel)
void TestTicketQueueModel::showsSlaCountdownAndSortsByUrgency()
{
    TempDatabase temp;
    QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));
    TicketBuilder builder(temp.database());
    const CustomerId customer =
        builder.customer(QStringLiteral("Ли Мин"), QStringLiteral("li@example.cn"));
    constexpr qint64 kHour = 3600 * 1000;
    const qint64 monday =
        QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    FixedClock clock(monday + 10 * kHour);
    SlaPolicy policy;
    policy.name = QStringLiteral("p");
    policy.calendar = QStringLiteral("builtin:24x7");
    policy.firstResponse = SlaTarget::range(3600, 7200);
    SlaService sla(temp.database(), clock);
    QVERIFY(sla.savePolicies(SlaPolicySet({policy})));
    QList<TicketId> ids; // created 9:30 (limit 11:30), 7:00 (limit 9:00, overdue), 9:00 (11:00)
    for (int minutes : {9 * 60 + 30, 7 * 60, 9 * 60}) {
        NewTicket draft = builder.draft(QStringLiteral("重置密码 %1").arg(minutes), customer);
        draft.status = TicketStatus::Open;
        draft.createdAt = monday + minutes * 60'000;
        ids.append(builder.ticket(draft));
    }
    QVERIFY(sla.recomputeOpen());

    TicketQueueModel model(temp.database(), clock);
    model.reload();
    QVERIFY(waitForPage(model));
    QCOMPARE(model.sortColumn(), int(TicketQueueModel::SlaColumn));
    QCOMPARE(model.ticketIdAt(0), ids.at(1));
    QCOMPARE(model.ticketIdAt(1), ids.at(2));
    QCOMPARE(model.ticketIdAt(2), ids.at(0));
    auto cell = [&model](int row, int role = Qt::DisplayRole) {
        return model.index(row, TicketQueueModel::SlaColumn).data(role);
    };
    QCOMPARE(cell(0).toString(), SlaPresentation::timeLeft(-3600));
    QCOMPARE(cell(0, TicketQueueModel::SlaStateRole).toInt(), int(SlaState::Breached));
    QVERIFY(!cell(0, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell(0, Qt::ToolTipRole).toString().contains(QStringLiteral("builtin:24x7")));
    QCOMPARE(cell(1).toString(), SlaPresentation::timeLeft(3600));
    // Exactly at its goal: past it only from the next second.
    QCOMPARE(cell(1, TicketQueueModel::SlaStateRole).toInt(), int(SlaState::Running));
    QCOMPARE(cell(2, TicketQueueModel::SlaStateRole).toInt(), int(SlaState::Running));

    // The countdown moves with the clock, without reloading.
    clock.advanceMs(kHour + 60'000);
    QCOMPARE(cell(1).toString(), SlaPresentation::timeLeft(-60));
    QCOMPARE(cell(1, TicketQueueModel::SlaStateRole).toInt(), int(SlaState::Breached));

    model.sort(TicketQueueModel::SlaColumn, Qt::DescendingOrder);
    QVERIFY(waitForPage(model));
    QCOMPARE(model.ticketIdAt(0), ids.at(0));
    QCOMPARE(model.ticketIdAt(2), ids.at(1));

    // Breaching soon: overdue or due within two hours of now (11:01).
    model.setScope(QueueScope::BreachingSoon);
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 3);
    clock.setMs(monday + 6 * kHour);
    model.reload();
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 0);
}

#include "tst_ticketqueuemodel.moc"
