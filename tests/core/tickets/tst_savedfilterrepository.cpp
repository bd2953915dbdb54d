// SPDX-License-Identifier: MIT
// Saved queue filters: the JSON form round-trips and names groups and agents,
// so a shared definition resolves to each database's own ids; shared filters
// are visible to everyone, private ones to their owner; only the owner
// changes or deletes a filter; names are unique per owner; names a database
// does not know are reported and match nothing.
#include "tickets/queuefilterformat.h"
#include "tickets/savedfilterrepository.h"
#include "tickets/ticketrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include "tempdatabase.h"
#include "ticketbuilder.h"

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

// QVERIFY2 evaluates its message even on success, so read the error safely.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

template <typename T> QByteArray outcome(const Result<T>& result)
{
    return result ? QByteArrayLiteral("succeeded") : result.error().toString().toUtf8();
}

template <typename T> bool failedWith(const Result<T>& result, ErrorKind kind)
{
    return !result && result.error().kind == kind;
}

// Two agents and three groups; `reversed` creates them in the other order,
// so the same names get other ids.
struct People
{
    AgentId anna = 0;
    AgentId boris = 0;
    GroupId hardware = 0;
    GroupId network = 0;
    GroupId billing = 0;
};

People addPeople(TicketBuilder& builder, bool reversed = false)
{
    People p;
    auto group = [&](const QString& name) { return builder.writer().addGroup(name).value(); };
    if (reversed) {
        p.boris = builder.agent(QStringLiteral("boris"), QStringLiteral("Борис Ёлкин"));
        p.anna = builder.agent(QStringLiteral("anna"), QStringLiteral("Anna Smith"));
        p.billing = group(QStringLiteral("Billing"));
        p.network = group(QStringLiteral("Сеть"));
        p.hardware = group(QStringLiteral("Hardware"));
    } else {
        p.anna = builder.agent(QStringLiteral("anna"), QStringLiteral("Anna Smith"));
        p.boris = builder.agent(QStringLiteral("boris"), QStringLiteral("Борис Ёлкин"));
        p.hardware = group(QStringLiteral("Hardware"));
        p.network = group(QStringLiteral("Сеть"));
        p.billing = group(QStringLiteral("Billing"));
    }
    return p;
}

QueueFilter everyField(const People& p, const QTimeZone& zone)
{
    QueueFilter f;
    f.statuses = {TicketStatus::Open, TicketStatus::Pending};
    f.priorities = {1, 2};
    f.types = {TicketType::Fault};
    f.channels = {Channel::Email, Channel::Chat};
    f.groups = {p.hardware, p.network};
    f.assignees = {p.anna, 0};
    f.tags = {QStringLiteral("vip"), QStringLiteral("ёлка")};
    std::tie(f.createdFromMs, f.createdToMs) =
        QueueFilterFormat::createdRange(QDate(2026, 3, 1), QDate(2026, 3, 31), zone);
    return f;
}

} // namespace

class TestSavedFilterRepository : public QObject
{
    Q_OBJECT

private slots:
    void formatRoundTrip_data();
    void formatRoundTrip();
    void formatUsesStableKeys();
    void formatRejects_data();
    void formatRejects();
    void createdRangeIsLocalDays();
    void saveAndLoadRoundTrip();
    void definitionsTravelBetweenDatabases();
    void sharedFiltersAreVisibleToEveryone();
    void onlyTheOwnerChangesOrRemoves();
    void namesAreUniquePerOwner();
    void unknownNamesAreReported();
    void unreadableDefinitionIsReported();
};

void TestSavedFilterRepository::formatRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("statuses") << QByteArray(R"({"statuses": ["new", "on_hold", "closed"]})");
    QTest::newRow("everything") << QByteArray(
        R"({"statuses": ["open"], "priorities": [1, 4], "types": ["fault", "order"],
            "channels": ["web"], "groups": ["Hardware", "Сеть"], "assignees": ["anna", null],
            "tags": ["vip", "打印机"], "created_from": "2026-03-01", "created_to": "2026-03-01",
            "text": "принтер"})");
    QTest::newRow("unassigned only") << QByteArray(R"({"assignees": [null]})");
    QTest::newRow("open-ended range") << QByteArray(R"({"created_to": "2025-12-31"})");
}

void TestSavedFilterRepository::formatRoundTrip()
{
    QFETCH(QByteArray, json);
    auto parsed = QueueFilterFormat::parse(json, QStringLiteral("test"));
    QVERIFY2(parsed.ok(), why(parsed).constData());
    auto again =
        QueueFilterFormat::parse(QueueFilterFormat::serialise(*parsed), QStringLiteral("test"));
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(*again, *parsed);
}

void TestSavedFilterRepository::formatUsesStableKeys()
{
    QueueFilterDefinition d;
    d.statuses = {TicketStatus::Pending};
    d.priorities = {1};
    d.types = {TicketType::Fault};
    d.channels = {Channel::Email};
    d.groups = {QStringLiteral("Hardware")};
    d.assignees = {QStringLiteral("anna")};
    d.unassigned = true;
    d.createdFrom = QDate(2026, 3, 1);
    d.text = QStringLiteral("printer");
    const QJsonObject o = QueueFilterFormat::toJson(d);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QCOMPARE(json, QByteArray(R"({"assignees":["anna",null],"channels":["email"],)"
                              R"("created_from":"2026-03-01","created_to":null,)"
                              R"("groups":["Hardware"],"priorities":[1],"statuses":["pending"],)"
                              R"("tags":[],"text":"printer","types":["fault"]})"));
}

void TestSavedFilterRepository::formatRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{") << QString();
    QTest::newRow("not an object") << QByteArray("[]") << QString();
    QTest::newRow("unknown field")
        << QByteArray(R"({"status": ["open"]})") << QStringLiteral("status");
    QTest::newRow("unknown status")
        << QByteArray(R"({"statuses": ["opened"]})") << QStringLiteral("opened");
    QTest::newRow("priority 5") << QByteArray(R"({"priorities": [5]})")
                                << QStringLiteral("priorities");
    QTest::newRow("priority 1.5") << QByteArray(R"({"priorities": [1.5]})")
                                  << QStringLiteral("priorities");
    QTest::newRow("priority text")
        << QByteArray(R"({"priorities": ["1"]})") << QStringLiteral("priorities");
    QTest::newRow("list expected")
        << QByteArray(R"({"groups": "Hardware"})") << QStringLiteral("groups");
    QTest::newRow("blank login") << QByteArray(R"({"assignees": [" "]})")
                                 << QStringLiteral("assignees");
    QTest::newRow("bad date") << QByteArray(R"({"created_from": "01.03.2026"})")
                              << QStringLiteral("created_from");
    QTest::newRow("reversed range")
        << QByteArray(R"({"created_from": "2026-03-02", "created_to": "2026-03-01"})")
        << QStringLiteral("created_to");
    QTest::newRow("text not a text") << QByteArray(R"({"text": 5})") << QStringLiteral("text");
}

void TestSavedFilterRepository::formatRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto parsed = QueueFilterFormat::parse(json, QStringLiteral("my filter"));
    QVERIFY2(failedWith(parsed, ErrorKind::BadInput), outcome(parsed).constData());
    QVERIFY(parsed.error().toString().contains(QStringLiteral("my filter")));
    QVERIFY2(parsed.error().toString().contains(mentions), qPrintable(parsed.error().toString()));
}

void TestSavedFilterRepository::createdRangeIsLocalDays()
{
    const QTimeZone moscow("Europe/Moscow"); // UTC+3 all year
    QVERIFY(moscow.isValid());
    const auto [from, to] =
        QueueFilterFormat::createdRange(QDate(2026, 3, 1), QDate(2026, 3, 31), moscow);
    QCOMPARE(*from, QDateTime(QDate(2026, 2, 28), QTime(21, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(*to, QDateTime(QDate(2026, 3, 31), QTime(21, 0), Qt::UTC).toMSecsSinceEpoch());
    const auto [first, last] = QueueFilterFormat::createdDays(from, to, moscow);
    QCOMPARE(*first, QDate(2026, 3, 1));
    QCOMPARE(*last, QDate(2026, 3, 31));
    const auto [none, open] = QueueFilterFormat::createdRange(std::nullopt, QDate(), moscow);
    QVERIFY(!none && !open);
}

void TestSavedFilterRepository::saveAndLoadRoundTrip()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const People p = addPeople(builder);
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));
    const FixedClock clock(kNowMs);
    const QTimeZone zone("Asia/Shanghai");
    SavedFilterRepository repository(db.database(), clock, zone);
    const QueueFilter filter = everyField(p, zone);
    auto saved = repository.save(QStringLiteral("  Hardware  faults "), p.anna, true, filter,
                                 QStringLiteral(" принтер "));
    QVERIFY2(saved.ok(), why(saved).constData());
    QCOMPARE(saved->name, QStringLiteral("Hardware faults"));
    QCOMPARE(saved->ownerId, p.anna);
    QCOMPARE(saved->ownerName, QStringLiteral("Anna Smith"));
    QVERIFY(saved->shared);
    QCOMPARE(saved->createdAt, kNowMs);
    QCOMPARE(saved->filter, filter);
    QCOMPARE(saved->text, QStringLiteral("принтер"));
    QVERIFY(saved->problems.isEmpty());

    // Stored by names and days, never by ids.
    QSqlQuery sql(db.database()->connection());
    QVERIFY(sql.exec(QStringLiteral("SELECT definition FROM saved_filters")) && sql.next());
    const QJsonObject stored = QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object();
    QCOMPARE(stored.value(QStringLiteral("groups")).toVariant().toStringList(),
             QStringList({QStringLiteral("Hardware"), QStringLiteral("Сеть")}));
    QCOMPARE(stored.value(QStringLiteral("assignees")).toArray(),
             QJsonArray({QStringLiteral("anna"), QJsonValue::Null}));
    QCOMPARE(stored.value(QStringLiteral("created_from")).toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(stored.value(QStringLiteral("created_to")).toString(), QStringLiteral("2026-03-31"));

    auto updated = repository.update(saved->id, p.anna, QStringLiteral("Mine"), false,
                                     QueueFilter{}, QString());
    QVERIFY2(updated.ok(), why(updated).constData());
    auto loaded = repository.load(saved->id);
    QVERIFY2(loaded.ok(), why(loaded).constData());
    QCOMPARE(loaded->name, QStringLiteral("Mine"));
    QVERIFY(!loaded->shared);
    QVERIFY(loaded->filter.isEmpty());

    QueueFilter unknownGroup;
    unknownGroup.groups = {p.billing + 100};
    auto refused = repository.save(QStringLiteral("Ghost"), p.anna, false, unknownGroup, {});
    QVERIFY2(failedWith(refused, ErrorKind::BadInput), outcome(refused).constData());
}

void TestSavedFilterRepository::definitionsTravelBetweenDatabases()
{
    TempDatabase first;
    TempDatabase second;
    QVERIFY(first.isValid() && second.isValid());
    TicketBuilder firstBuilder(first.database());
    TicketBuilder secondBuilder(second.database());
    const People a = addPeople(firstBuilder);
    const People b = addPeople(secondBuilder, true);
    QVERIFY(a.hardware != b.hardware && a.anna != b.anna);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    SavedFilterRepository source(first.database());
    auto saved =
        source.save(QStringLiteral("Shared"), a.anna, true, everyField(a, zone), QString());
    QVERIFY2(saved.ok(), why(saved).constData());

    // Copy the stored text as an export would, into a database whose ids differ.
    QSqlQuery read(first.database()->connection());
    QVERIFY(read.exec(QStringLiteral("SELECT definition FROM saved_filters")) && read.next());
    QSqlQuery write(second.database()->connection());
    write.prepare(QStringLiteral("INSERT INTO saved_filters (name, owner_id, shared, definition, "
                                 "created_at) VALUES ('Shared', ?, 1, ?, 0)"));
    write.addBindValue(b.boris);
    write.addBindValue(read.value(0));
    QVERIFY(write.exec());

    SavedFilterRepository target(second.database());
    auto listed = target.list(b.anna);
    QVERIFY2(listed.ok(), why(listed).constData());
    QCOMPARE(listed->size(), 1);
    const SavedFilter& copy = listed->first();
    QVERIFY2(copy.problems.isEmpty(), qPrintable(copy.problems.join(u'\n')));
    QCOMPARE(copy.filter, everyField(b, zone));
    QCOMPARE(copy.ownerName, QStringLiteral("Борис Ёлкин"));
}

void TestSavedFilterRepository::sharedFiltersAreVisibleToEveryone()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const People p = addPeople(builder);
    SavedFilterRepository repository(db.database());
    QueueFilter pending;
    pending.statuses = {TicketStatus::Pending};
    for (const auto& [name, owner, shared] :
         {std::tuple(QStringLiteral("Zeta private"), p.anna, false),
          std::tuple(QStringLiteral("Alpha shared"), p.anna, true),
          std::tuple(QStringLiteral("Boris private"), p.boris, false),
          std::tuple(QStringLiteral("Boris shared"), p.boris, true)}) {
        auto saved = repository.save(name, owner, shared, pending, QString());
        QVERIFY2(saved.ok(), why(saved).constData());
    }
    auto names = [&](AgentId me) {
        QStringList result;
        auto listed = repository.list(me);
        if (!listed)
            return QStringList{listed.error().toString()};
        for (const SavedFilter& f : std::as_const(*listed))
            result << QStringLiteral("%1/%2/%3").arg(f.name, f.ownerName, f.shared ? "s" : "p");
        return result;
    };
    // Mine first, then what others share; each by name.
    QCOMPARE(names(p.anna), QStringList({QStringLiteral("Alpha shared/Anna Smith/s"),
                                         QStringLiteral("Zeta private/Anna Smith/p"),
                                         QStringLiteral("Boris shared/Борис Ёлкин/s")}));
    QCOMPARE(names(p.boris), QStringList({QStringLiteral("Boris private/Борис Ёлкин/p"),
                                          QStringLiteral("Boris shared/Борис Ёлкин/s"),
                                          QStringLiteral("Alpha shared/Anna Smith/s")}));
    // Nobody chosen: what the team shares.
    QCOMPARE(names(0), QStringList({QStringLiteral("Alpha shared/Anna Smith/s"),
                                    QStringLiteral("Boris shared/Борис Ёлкин/s")}));
}

void TestSavedFilterRepository::onlyTheOwnerChangesOrRemoves()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const People p = addPeople(builder);
    SavedFilterRepository repository(db.database());
    auto saved = repository.save(QStringLiteral("Team view"), p.anna, true, {}, QString());
    QVERIFY2(saved.ok(), why(saved).constData());

    Status byOther = repository.remove(saved->id, p.boris);
    QVERIFY2(failedWith(byOther, ErrorKind::BadInput), outcome(byOther).constData());
    Status byNobody = repository.remove(saved->id, 0);
    QVERIFY2(failedWith(byNobody, ErrorKind::BadInput), outcome(byNobody).constData());
    auto changed = repository.update(saved->id, p.boris, QStringLiteral("Taken"), false, {}, {});
    QVERIFY2(failedWith(changed, ErrorKind::BadInput), outcome(changed).constData());
    QVERIFY(repository.load(saved->id).ok());
    QCOMPARE(repository.load(saved->id)->name, QStringLiteral("Team view"));

    Status byOwner = repository.remove(saved->id, p.anna);
    QVERIFY2(byOwner.ok(), why(byOwner).constData());
    QVERIFY(failedWith(repository.load(saved->id), ErrorKind::NotFound));
    Status again = repository.remove(saved->id, p.anna);
    QVERIFY2(failedWith(again, ErrorKind::NotFound), outcome(again).constData());
}

void TestSavedFilterRepository::namesAreUniquePerOwner()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const People p = addPeople(builder);
    SavedFilterRepository repository(db.database());
    auto first = repository.save(QStringLiteral("Pending"), p.anna, false, {}, QString());
    QVERIFY2(first.ok(), why(first).constData());
    for (const QString& name : {QStringLiteral("Pending"), QStringLiteral(" pending ")}) {
        auto duplicate = repository.save(name, p.anna, true, {}, QString());
        QVERIFY2(failedWith(duplicate, ErrorKind::Conflict), outcome(duplicate).constData());
    }
    auto others = repository.save(QStringLiteral("Pending"), p.boris, true, {}, QString());
    QVERIFY2(others.ok(), why(others).constData());
    for (const QString& name : {QString(), QStringLiteral("   "), QString(101, u'x')}) {
        auto bad = repository.save(name, p.anna, false, {}, QString());
        QVERIFY2(failedWith(bad, ErrorKind::BadInput), outcome(bad).constData());
    }
    auto nobody = repository.save(QStringLiteral("Nobody's"), 0, false, {}, QString());
    QVERIFY2(failedWith(nobody, ErrorKind::BadInput), outcome(nobody).constData());
    auto ghost = repository.save(QStringLiteral("Ghost's"), 9999, false, {}, QString());
    QVERIFY2(failedWith(ghost, ErrorKind::BadInput), outcome(ghost).constData());

    auto second = repository.save(QStringLiteral("Urgent"), p.anna, false, {}, QString());
    QVERIFY2(second.ok(), why(second).constData());
    auto renamed = repository.update(second->id, p.anna, QStringLiteral("PENDING"), false, {}, {});
    QVERIFY2(failedWith(renamed, ErrorKind::Conflict), outcome(renamed).constData());
    auto kept = repository.update(second->id, p.anna, QStringLiteral("Urgent"), true, {}, {});
    QVERIFY2(kept.ok(), why(kept).constData());
}

void TestSavedFilterRepository::unknownNamesAreReported()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const People p = addPeople(builder);
    const CustomerId customer =
        builder.customer(QStringLiteral("Li"), QStringLiteral("li@example.cn"));
    NewTicket ticket = builder.draft(QStringLiteral("Unassigned printer"), customer);
    ticket.groupId = p.hardware;
    QVERIFY(builder.ticket(ticket) != 0);
    QSqlQuery sql(db.database()->connection());
    sql.prepare(QStringLiteral("INSERT INTO saved_filters (name, owner_id, shared, definition, "
                               "created_at) VALUES (?, ?, 1, ?, 0)"));
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("Gone group"), QStringLiteral(R"({"groups": ["Nowhere"]})")},
        {QStringLiteral("Some gone"),
         QStringLiteral(R"({"groups": ["Hardware", "Nowhere"], "assignees": ["ghost", null]})")},
    };
    for (const auto& [name, definition] : rows) {
        sql.addBindValue(name);
        sql.addBindValue(p.anna);
        sql.addBindValue(definition);
        QVERIFY(sql.exec());
    }
    SavedFilterRepository repository(db.database());
    auto listed = repository.list(p.anna);
    QVERIFY2(listed.ok(), why(listed).constData());
    QCOMPARE(listed->size(), 2);
    const SavedFilter& gone = listed->at(0);
    QCOMPARE(gone.name, QStringLiteral("Gone group"));
    QCOMPARE(gone.problems.size(), 1);
    QVERIFY2(gone.problems.first().contains(QStringLiteral("Nowhere")),
             qPrintable(gone.problems.first()));
    // Not dropped: a filter on a group that is not here shows nothing, not everything.
    QCOMPARE(gone.filter.groups, QList<GroupId>({kUnknownNameId}));
    TicketRepository tickets(db.database());
    QueueQuery query;
    query.scope = QueueScope::All;
    query.filter = gone.filter;
    auto page = tickets.queuePage(query, nullptr, 10);
    QVERIFY2(page.ok(), why(page).constData());
    QCOMPARE(page->size(), 0);

    const SavedFilter& some = listed->at(1);
    QCOMPARE(some.problems.size(), 2);
    QVERIFY(some.problems.join(u' ').contains(QStringLiteral("ghost")));
    QCOMPARE(some.filter.groups, QList<GroupId>({p.hardware}));
    QCOMPARE(some.filter.assignees, QList<AgentId>({0}));
    query.filter = some.filter;
    page = tickets.queuePage(query, nullptr, 10);
    QVERIFY2(page.ok(), why(page).constData());
    QCOMPARE(page->size(), 1);
}

void TestSavedFilterRepository::unreadableDefinitionIsReported()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const People p = addPeople(builder);
    QSqlQuery sql(db.database()->connection());
    sql.prepare(QStringLiteral("INSERT INTO saved_filters (name, owner_id, shared, definition, "
                               "created_at) VALUES ('Broken', ?, 0, ?, 0)"));
    sql.addBindValue(p.anna);
    sql.addBindValue(QStringLiteral(R"({"statuses": ["someday"]})"));
    QVERIFY(sql.exec());
    SavedFilterRepository repository(db.database());
    auto listed = repository.list(p.anna);
    QVERIFY2(listed.ok(), why(listed).constData());
    QCOMPARE(listed->size(), 1);
    QVERIFY(!listed->first().readable);
    QVERIFY(listed->first().problems.join(u' ').contains(QStringLiteral("someday")));
    // The owner can still delete it.
    Status removed = repository.remove(listed->first().id, p.anna);
    QVERIFY2(removed.ok(), why(removed).constData());
}

QTEST_GUILESS_MAIN(TestSavedFilterRepository)
#include "tst_savedfilterrepository.moc"
