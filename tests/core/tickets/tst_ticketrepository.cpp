// SPDX-License-Identifier: MIT
#include "common/textfold.h"
#include "tempdatabase.h"
#include "ticketbuilder.h"
#include "tickets/ticketrepository.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

// What was written for one ticket: the model the repository is checked against.
struct Row
{
    TicketId id = 0;
    QString subject;
    CustomerId customerId = 0;
    QString customerName;
    QString customerEmail;
    AgentId agentId = 0; // 0: unassigned
    QString agentName;
    Channel channel = Channel::Email;
    TicketType type = TicketType::Consultation;
    int priority = 3;
    TicketStatus status = TicketStatus::New;
    qint64 createdAt = 0;
    std::optional<qint64> resolvedAt;
    qint64 slaDueAt = kNoSlaDeadline; // no SLA is computed in these tests
    GroupId groupId = 0;              // 0: no group
    QStringList tags;
};

bool isOpen(TicketStatus s)
{
    return s != TicketStatus::Resolved && s != TicketStatus::Closed;
}

// SQLite compares TEXT with memcmp over UTF-8.
int compareText(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x < y ? -1 : (y < x ? 1 : 0);
}

template <typename T> int compareValue(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// The documented order of each sort key, ascending; descending is its reverse.
int compareRows(QueueSortKey key, const Row& a, const Row& b)
{
    int c = 0;
    switch (key) {
    case QueueSortKey::Id:
        break;
    case QueueSortKey::Subject:
        c = compareText(a.subject, b.subject);
        break;
    case QueueSortKey::Channel:
        c = compareText(toKey(a.channel), toKey(b.channel));
        break;
    case QueueSortKey::Type:
        c = compareText(toKey(a.type), toKey(b.type));
        break;
    case QueueSortKey::Priority:
        c = compareValue(a.priority, b.priority);
        break;
    case QueueSortKey::Status:
        c = compareValue(int(a.status), int(b.status));
        break;
    case QueueSortKey::Created:
        c = compareValue(a.createdAt, b.createdAt);
        break;
    case QueueSortKey::Urgency:
        c = compareValue(a.slaDueAt, b.slaDueAt);
        break;
    case QueueSortKey::Requester:
        c = compareText(a.customerName, b.customerName);
        if (c == 0)
            c = compareValue(a.customerId, b.customerId);
        break;
    case QueueSortKey::Assignee:
        // Unassigned first, then agents by name and id.
        c = compareValue(a.agentId != 0, b.agentId != 0);
        if (c == 0 && a.agentId != 0) {
            c = compareText(a.agentName, b.agentName);
            if (c == 0)
                c = compareValue(a.agentId, b.agentId);
        }
        break;
    }
    return c != 0 ? c : compareValue(a.id, b.id);
}

// LIKE semantics of the search: folded text contains the folded query (the
// e-mail is matched ASCII-case-insensitively, as SQLite's LIKE does), or
// the query is a ticket number.
bool matches(const Row& row, const QString& search)
{
    const QString text = search.trimmed();
    if (text.isEmpty())
        return true;
    const QString folded = foldForSearch(text);
    if (foldForSearch(row.subject).contains(folded) ||
        foldForSearch(row.customerName).contains(folded) ||
        row.customerEmail.toLower().contains(folded))
        return true;
    QString digits = text;
    if (digits.startsWith(u'#'))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && !digits.isEmpty() && digits.front().isDigit() && id == row.id;
}

// A filter's documented meaning: every non-empty part must match, a list
// part when the field is any of its values.
bool matchesFilter(const Row& row, const QueueFilter& filter)
{
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(row.status))
        return false;
    if (!filter.priorities.isEmpty() && !filter.priorities.contains(row.priority))
        return false;
    if (!filter.types.isEmpty() && !filter.types.contains(row.type))
        return false;
    if (!filter.channels.isEmpty() && !filter.channels.contains(row.channel))
        return false;
    if (!filter.groups.isEmpty() && (row.groupId == 0 || !filter.groups.contains(row.groupId)))
        return false;
    if (!filter.assignees.isEmpty() && !filter.assignees.contains(row.agentId))
        return false;
    if (!filter.tags.isEmpty() &&
        std::none_of(row.tags.cbegin(), row.tags.cend(),
                     [&](const QString& tag) { return filter.tags.contains(tag); }))
        return false;
    if (filter.createdFromMs && row.createdAt < *filter.createdFromMs)
        return false;
    if (filter.createdToMs && row.createdAt >= *filter.createdToMs)
        return false;
    return true;
}

bool inScope(const Row& row, const QueueQuery& query)
{
    switch (query.scope) {
    case QueueScope::All:
        return true;
    case QueueScope::Open:
        return isOpen(row.status);
    case QueueScope::Unassigned:
        return isOpen(row.status) && row.agentId == 0;
    case QueueScope::BreachingSoon:
        return false; // no ticket here has a running SLA clock
    case QueueScope::Mine:
        return isOpen(row.status) && row.agentId == query.agentId;
    case QueueScope::Pending:
        return row.status == TicketStatus::Pending;
    case QueueScope::RecentlyResolved:
        return !isOpen(row.status) && row.resolvedAt && *row.resolvedAt >= query.resolvedSinceMs;
    }
    return false;
}

} // namespace

class TestTicketRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingReturnsEveryRowOnceInOrder_data();
    void pagingReturnsEveryRowOnceInOrder();
    void search_data();
    void search();
    void searchMatchesLikeSemantics_data();
    void searchMatchesLikeSemantics();
    void frequentTermWalksTheOrder();
    void searchIndexFollowsSubjectChanges();
    void searchMatchingManyCustomers();
    void filteredPagingMatchesTheModel_data();
    void filteredPagingMatchesTheModel();
    void filteredSearchMatchesTheModel_data();
    void filteredSearchMatchesTheModel();
    void filtersOverManyTickets();
    void groupsAreListedByName();

private:
    // Every row of a queue, read page by page.
    QList<TicketId> readAll(const TicketRepository& repository, const QueueQuery& query, int limit);
    QList<TicketId> expected(const QueueQuery& query) const;

    TempDatabase m_db;
    QList<Row> m_rows;
    // Named filters over m_rows, built once the ids are known.
    QList<QPair<QByteArray, QueueFilter>> m_filters;
};

void TestTicketRepository::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.errorString()));
    TicketBuilder builder(m_db.database());
    struct Person
    {
        QString name;
        QString email;
    };
    // Two customers share a name, so the requester order needs the id tie-break.
    const QList<Person> customers = {
        {QStringLiteral("Анна Смирнова"), QStringLiteral("anna@romashka.example")},
        {QStringLiteral("Борис Ёлкин"), QStringLiteral("boris@example.ru")},
        {QStringLiteral("王伟"), QStringLiteral("wang.wei@qq.example")},
        {QStringLiteral("John Smith"), QStringLiteral("John.Smith@Acme.example")},
        {QStringLiteral("Анна Смирнова"), QStringLiteral("anna2@mail.example")},
        {QStringLiteral("Émile Zola"), QStringLiteral("emile@example.fr")},
    };
    QList<CustomerId> customerIds;
    for (const Person& p : customers)
        customerIds << builder.customer(p.name, p.email);
    const QList<Person> agents = {{QStringLiteral("Мария Иванова"), QStringLiteral("maria")},
                                  {QStringLiteral("李娜"), QStringLiteral("li.na")},
                                  {QStringLiteral("Alice Brown"), QStringLiteral("alice")},
                                  {QStringLiteral("Alice Brown"), QStringLiteral("alice2")}};
    QList<AgentId> agentIds;
    for (const Person& p : agents)
        agentIds << builder.agent(p.email, p.name);
    QList<GroupId> groupIds;
    for (const QString& name :
         {QStringLiteral("Hardware"), QStringLiteral("Софт"), QStringLiteral("Billing")}) {
        auto group = builder.writer().addGroup(name);
        QVERIFY(group.ok());
        groupIds << *group;
    }

    const QStringList subjects = {
        QStringLiteral("Принтер HP не печатает"),
        QStringLiteral("ПРИНТЕР Canon: замятие бумаги"),
        QStringLiteral("重置密码失败"),
        QStringLiteral("忘记密码了"),
        QStringLiteral("Invoice copy needed"),
        QStringLiteral("Order #555 not delivered"),
        QStringLiteral("Скидка 50% не применилась"),
        QStringLiteral("Скидка 500 рублей"),
        QStringLiteral("file_name.txt не открывается"),
        QStringLiteral("filename missing"),
        QStringLiteral("Ёжик в тумане"),
        QStringLiteral("Ежик не работает"),
        QStringLiteral("apple"),
        QStringLiteral("Zebra"),
        QStringLiteral("Say \"hello\" AND goodbye"),
    };
    const std::array<TicketStatus, 7> statuses = {
        TicketStatus::New,      TicketStatus::Open,   TicketStatus::Pending, TicketStatus::OnHold,
        TicketStatus::Resolved, TicketStatus::Closed, TicketStatus::Closed};
    for (int i = 0; i < 260; ++i) {
        Row row;
        row.subject = subjects.at((i * 7) % subjects.size());
        const int c = (i * 5 + i / 7) % int(customers.size());
        row.customerId = customerIds.at(c);
        row.customerName = customers.at(c).name;
        row.customerEmail = customers.at(c).email;
        row.status = statuses.at(size_t((i * 3 + i / 11) % int(statuses.size())));
        if (row.status != TicketStatus::New && i % 4 != 0) {
            const int a = (i / 3) % int(agents.size());
            row.agentId = agentIds.at(a);
            row.agentName = agents.at(a).name;
        }
        row.channel = Channel((i / 2) % 4);
        row.type = TicketType((i / 3) % 4);
        row.priority = 1 + (i * 11) % 4;
        // Creation times repeat and do not follow the ids.
        row.createdAt = 1772409600000 + qint64((i * 37) % 101) * 60'000;
        if (i % 5 != 0)
            row.groupId = groupIds.at((i / 2) % groupIds.size());
        if (i % 3 == 0)
            row.tags << QStringLiteral("vip");
        if (i % 7 == 0)
            row.tags << QStringLiteral("printer");
        if (i % 11 == 0)
            row.tags << QStringLiteral("Ёлка");

        NewTicket t = builder.draft(row.subject, row.customerId);
        t.groupId = row.groupId;
        t.tags = row.tags;
        t.assigneeId = row.agentId;
        t.channel = row.channel;
        t.type = row.type;
        t.priority = row.priority;
        t.status = row.status;
        t.createdAt = row.createdAt;
        if (!isOpen(row.status)) {
            // Resolution times spread over two days, some shared.
            row.resolvedAt = row.createdAt + qint64((i * 13) % 48) * 3'600'000;
            t.resolvedAt = row.resolvedAt;
        }
        row.id = builder.ticket(t);
        m_rows << row;
    }
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));
    QCOMPARE(m_rows.at(122).id, 123);

    const qint64 base = 1772409600000;
    auto filter = [this](const char* name, auto build) {
        QueueFilter f;
        build(f);
        m_filters.append({name, f});
    };
    filter("pending", [](QueueFilter& f) { f.statuses = {TicketStatus::Pending}; });
    filter("new or on hold", [](QueueFilter& f) {
        f.statuses = {TicketStatus::New, TicketStatus::OnHold};
    });
    filter("resolved or closed", [](QueueFilter& f) {
        f.statuses = {TicketStatus::Resolved, TicketStatus::Closed};
    });
    filter("open or resolved", [](QueueFilter& f) {
        f.statuses = {TicketStatus::Open, TicketStatus::Resolved};
    });
    filter("urgent faults", [](QueueFilter& f) {
        f.priorities = {1, 2};
        f.types = {TicketType::Fault};
    });
    filter("chat or phone", [](QueueFilter& f) { f.channels = {Channel::Chat, Channel::Phone}; });
    filter("group", [&](QueueFilter& f) { f.groups = {groupIds.at(1)}; });
    filter("groups and unassigned", [&](QueueFilter& f) {
        f.groups = {groupIds.at(0), groupIds.at(2)};
        f.assignees = {0};
    });
    filter("agent or unassigned", [&](QueueFilter& f) { f.assignees = {agentIds.at(0), 0}; });
    filter("two agents", [&](QueueFilter& f) { f.assignees = {agentIds.at(2), agentIds.at(3)}; });
    filter("tags", [](QueueFilter& f) {
        f.tags = {QStringLiteral("printer"), QStringLiteral("Ёлка")};
    });
    filter("created range", [&](QueueFilter& f) {
        f.createdFromMs = base + 10 * 60'000;
        f.createdToMs = base + 40 * 60'000;
    });
    filter("created since", [&](QueueFilter& f) { f.createdFromMs = base + 80 * 60'000; });
    filter("everything", [&](QueueFilter& f) {
        f.statuses = {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                      TicketStatus::Closed};
        f.priorities = {1, 2, 3};
        f.channels = {Channel::Email, Channel::Web, Channel::Chat};
        f.groups = {groupIds.at(0), groupIds.at(1)};
        f.assignees = {agentIds.at(0), agentIds.at(1), 0};
        f.tags = {QStringLiteral("vip"), QStringLiteral("printer")};
        f.createdFromMs = base;
        f.createdToMs = base + 90 * 60'000;
    });
    filter("nothing", [](QueueFilter& f) { f.groups = {-1}; });
    for (const auto& [name, f] : std::as_const(m_filters)) {
        int matching = 0;
        for (const Row& row : std::as_const(m_rows))
            matching += matchesFilter(row, f) ? 1 : 0;
        // Each filter narrows, and (but one) leaves something to page through.
        QVERIFY2(matching < m_rows.size(), name.constData());
        QVERIFY2(matching > 7 || name == "nothing", name.constData());
    }
}

QList<TicketId> TestTicketRepository::readAll(const TicketRepository& repository,
                                              const QueueQuery& query, int limit)
{
    QList<TicketId> ids;
    std::optional<QueueRow> last;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = repository.queuePage(query, last ? &*last : nullptr, limit);
        if (!page) {
            qWarning() << page.error().toString();
            return {-1};
        }
        if (page->size() > limit)
            return {-2};
        for (const QueueRow& row : std::as_const(page.value()))
            ids << row.id;
        if (page->size() < limit)
            break;
        last = page->last();
    }
    return ids;
}

QList<TicketId> TestTicketRepository::expected(const QueueQuery& query) const
{
    QList<Row> rows;
    for (const Row& row : m_rows) {
        if (inScope(row, query) && matchesFilter(row, query.filter) && matches(row, query.search))
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const int c = compareRows(query.sortKey, a, b);
        return query.order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<TicketId> ids;
    for (const Row& row : rows)
        ids << row.id;
    return ids;
}

void TestTicketRepository::pagingReturnsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("order");
    const QList<QPair<QueueScope, const char*>> scopes = {
        {QueueScope::Open, "open"},       {QueueScope::Unassigned, "unassigned"},
        {QueueScope::All, "all"},         {QueueScope::Mine, "mine"},
        {QueueScope::Pending, "pending"}, {QueueScope::RecentlyResolved, "recently_resolved"}};
    const QList<QPair<QueueSortKey, const char*>> keys = {{QueueSortKey::Id, "id"},
                                                          {QueueSortKey::Subject, "subject"},
                                                          {QueueSortKey::Requester, "requester"},
                                                          {QueueSortKey::Channel, "channel"},
                                                          {QueueSortKey::Type, "type"},
                                                          {QueueSortKey::Priority, "priority"},
                                                          {QueueSortKey::Status, "status"},
                                                          {QueueSortKey::Assignee, "assignee"},
                                                          {QueueSortKey::Created, "created"}};
    for (const auto& [scope, scopeName] : scopes) {
        for (const auto& [key, keyName] : keys) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s/%s/%s", scopeName, keyName,
                              order == Qt::AscendingOrder ? "asc" : "desc")
                    << int(scope) << int(key) << int(order);
            }
        }
    }
}

void TestTicketRepository::pagingReturnsEveryRowOnceInOrder()
{
    QFETCH(int, scope);
    QFETCH(int, key);
    QFETCH(int, order);
    QueueQuery query;
    query.scope = QueueScope(scope);
    query.sortKey = QueueSortKey(key);
    query.order = Qt::SortOrder(order);
    // The agent of the first assigned open row; half of the resolution times.
    for (const Row& row : std::as_const(m_rows)) {
        if (isOpen(row.status) && row.agentId != 0) {
            query.agentId = row.agentId;
            break;
        }
    }
    query.resolvedSinceMs = 1772409600000 + 24 * 3'600'000;
    TicketRepository repository(m_db.database());
    const QList<TicketId> want = expected(query);
    QVERIFY(!want.isEmpty());
    if (query.scope == QueueScope::RecentlyResolved || query.scope == QueueScope::Mine)
        QVERIFY(want.size() < m_rows.size() / 2);
    // Small pages cross ties and (for the assignee order) both segments.
    QCOMPARE(readAll(repository, query, 7), want);
    QCOMPARE(readAll(repository, query, 1000), want);
}

void TestTicketRepository::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("mustFind"); // a subject or requester that must appear
    QTest::addColumn<QString>("mustNotFind");
    const int all = int(QueueScope::All);
    QTest::newRow("cyrillic case")
        << QStringLiteral("принтер") << all << QStringLiteral("Принтер HP не печатает")
        << QStringLiteral("apple");
    QTest::newRow("cyrillic upper query")
        << QStringLiteral("ПРИНТЕР hp") << all << QStringLiteral("Принтер HP не печатает")
        << QStringLiteral("ПРИНТЕР Canon: замятие бумаги");
    QTest::newRow("yo finds ye") << QStringLiteral("ежик в") << all
                                 << QStringLiteral("Ёжик в тумане") << QString();
    QTest::newRow("ye finds yo") << QStringLiteral("ёжик не") << all
                                 << QStringLiteral("Ежик не работает")
                                 << QStringLiteral("Ёжик в тумане");
    QTest::newRow("percent literal")
        << QStringLiteral("50%") << all << QStringLiteral("Скидка 50% не применилась")
        << QStringLiteral("Скидка 500 рублей");
    QTest::newRow("underscore literal")
        << QStringLiteral("e_n") << all << QStringLiteral("file_name.txt не открывается")
        << QStringLiteral("filename missing");
    QTest::newRow("short underscore")
        << QStringLiteral("_") << all << QStringLiteral("file_name.txt не открывается")
        << QStringLiteral("filename missing");
    QTest::newRow("chinese two characters")
        << QStringLiteral("密码") << all << QStringLiteral("重置密码失败")
        << QStringLiteral("apple");
    QTest::newRow("chinese substring")
        << QStringLiteral("密码失败") << all << QStringLiteral("重置密码失败")
        << QStringLiteral("忘记密码了");
    QTest::newRow("chinese one character open")
        << QStringLiteral("忘") << int(QueueScope::Open) << QStringLiteral("忘记密码了")
        << QStringLiteral("重置密码失败");
    QTest::newRow("quotes and operators")
        << QStringLiteral("\"hello\" and") << all << QStringLiteral("Say \"hello\" AND goodbye")
        << QStringLiteral("apple");
    QTest::newRow("requester name") << QStringLiteral("смирнова") << all
                                    << QStringLiteral("Анна Смирнова") << QStringLiteral("王伟");
    QTest::newRow("requester e-mail any case")
        << QStringLiteral("JOHN.smith@") << all << QStringLiteral("John Smith")
        << QStringLiteral("王伟");
    QTest::newRow("requester yo") << QStringLiteral("елкин") << all << QStringLiteral("Борис Ёлкин")
                                  << QStringLiteral("王伟");
}

void TestTicketRepository::search()
{
    QFETCH(QString, search);
    QFETCH(int, scope);
    QFETCH(QString, mustFind);
    QFETCH(QString, mustNotFind);
    TicketRepository repository(m_db.database());
    QueueQuery query;
    query.scope = QueueScope(scope);
    query.search = search;
    auto page = repository.queuePage(query, nullptr, 1000);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    bool found = false;
    for (const QueueRow& row : std::as_const(page.value())) {
        found = found || row.subject == mustFind || row.requesterName == mustFind;
        QVERIFY2(mustNotFind.isEmpty() || row.subject != mustNotFind,
                 qPrintable(QStringLiteral("unexpected: %1").arg(row.subject)));
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 not found").arg(mustFind)));
}

void TestTicketRepository::searchMatchesLikeSemantics_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("key");
    const QStringList searches = {QStringLiteral("#123"),
                                  QStringLiteral("123"),
                                  QStringLiteral("#5"),
                                  QStringLiteral("принт"),
                                  QStringLiteral("Пр"),
                                  QStringLiteral("密码"),
                                  QStringLiteral("密码失败"),
                                  QStringLiteral("invoice"),
                                  QStringLiteral("50%"),
                                  QStringLiteral("%"),
                                  QStringLiteral("anna"),
                                  QStringLiteral("ё"),
                                  QStringLiteral("  zebra  "),
                                  QStringLiteral("émile"),
                                  QStringLiteral("nothing like this")};
    int n = 0;
    for (const QString& search : searches) {
        for (const QueueScope scope : {QueueScope::All, QueueScope::Open, QueueScope::Unassigned}) {
            const QueueSortKey key = QueueSortKey(n++ % 9);
            QTest::addRow("%s/%d/%d", qPrintable(search), int(scope), int(key))
                << search << int(scope) << int(key);
        }
    }
}

void TestTicketRepository::searchMatchesLikeSemantics()
{
    QFETCH(QString, search);
    QFETCH(int, scope);
    QFETCH(int, key);
    TicketRepository repository(m_db.database());
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QueueQuery query;
        query.scope = QueueScope(scope);
        query.sortKey = QueueSortKey(key);
        query.order = order;
        query.search = search;
        QCOMPARE(readAll(repository, query, 5), expected(query));
    }
}

void TestTicketRepository::frequentTermWalksTheOrder()
{
    // More matches than the candidate limit: the query walks the sort order
    // instead of sorting candidates. The results must be the same kind.
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const CustomerId customer =
        builder.customer(QStringLiteral("Иван Петров"), QStringLiteral("ivan@example.ru"));
    const int count = 40'100; // half of them match: more than the candidate limit
    Status loaded = builder.writer().bulkLoad([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            NewTicket t = builder.draft(i % 2 ? QStringLiteral("Принтер замятие %1").arg(i % 97)
                                              : QStringLiteral("Printer jam %1").arg(i % 89),
                                        customer);
            t.priority = 1 + i % 4;
            t.createdAt = 1772409600000 + i;
            if (builder.ticket(t) == 0)
                return Error{ErrorKind::Runtime, builder.error()};
        }
        NewTicket other = builder.draft(QStringLiteral("Something else"), customer);
        other.createdAt = 1772409600000;
        return builder.ticket(other) ? Status()
                                     : Status(Error{ErrorKind::Runtime, builder.error()});
    });
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    TicketRepository repository(db.database());
    QueueQuery query;
    query.scope = QueueScope::All;
    query.sortKey = QueueSortKey::Priority;
    query.order = Qt::DescendingOrder;
    query.search = QStringLiteral("ПРИНТЕР");
    QList<TicketId> ids;
    std::optional<QueueRow> last;
    while (true) {
        auto page = repository.queuePage(query, last ? &*last : nullptr, 700);
        QVERIFY(page.ok());
        for (const QueueRow& row : std::as_const(page.value())) {
            QVERIFY(row.subject.startsWith(QStringLiteral("Принтер")));
            if (!ids.isEmpty() && last)
                QVERIFY(row.priority <= last->priority);
            ids << row.id;
        }
        if (page->size() < 700)
            break;
        last = page->last();
    }
    QCOMPARE(ids.size(), count / 2);
    QCOMPARE(QSet<TicketId>(ids.begin(), ids.end()).size(), count / 2);

    // Printer: Latin and Cyrillic are different words; "printer j" is rare
    // enough to be read through the trigram index and is still complete.
    query.search = QStringLiteral("printer jam 8");
    query.sortKey = QueueSortKey::Id;
    query.order = Qt::AscendingOrder;
    auto page = repository.queuePage(query, nullptr, 5000);
    QVERIFY(page.ok());
    int want = 0;
    for (int i = 0; i < count; i += 2) {
        if (QStringLiteral("printer jam %1").arg(i % 89).contains(QStringLiteral("printer jam 8")))
            ++want;
    }
    QCOMPARE(page->size(), want);
}

void TestTicketRepository::searchIndexFollowsSubjectChanges()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const CustomerId customer =
        builder.customer(QStringLiteral("Li"), QStringLiteral("li@x.example"));
    const TicketId id =
        builder.ticket(builder.draft(QStringLiteral("Сканер не работает"), customer));
    QVERIFY(id > 0);
    TicketRepository repository(db.database());
    QueueQuery query;
    query.scope = QueueScope::All;
    query.search = QStringLiteral("сканер");
    QCOMPARE(repository.queuePage(query, nullptr, 10)->size(), 1);
    // The triggers keep the trigram index in step with the table.
    QSqlQuery sql(db.database()->connection());
    QVERIFY(
        sql.exec(QStringLiteral("UPDATE tickets SET subject = 'Роутер', subject_fold = 'роутер'")));
    QCOMPARE(repository.queuePage(query, nullptr, 10)->size(), 0);
    query.search = QStringLiteral("роутер");
    QCOMPARE(repository.queuePage(query, nullptr, 10)->size(), 1);
    QVERIFY(sql.exec(QStringLiteral("DELETE FROM tickets")));
    QCOMPARE(repository.queuePage(query, nullptr, 10)->size(), 0);
}

void TestTicketRepository::searchMatchingManyCustomers()
{
    // Thousands of customers share a mail domain: the search then checks the
    // joined customer instead of passing their ids around. Same results.
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const int customers = 2'100;
    Status loaded = builder.writer().bulkLoad([&]() -> Status {
        for (int i = 0; i < customers; ++i) {
            const CustomerId id = builder.customer(QStringLiteral("Клиент %1").arg(i),
                                                   QStringLiteral("c%1@bulk.example").arg(i));
            NewTicket t = builder.draft(QStringLiteral("Вопрос %1").arg(i % 10), id);
            t.priority = 1 + i % 4;
            t.status = i % 3 ? TicketStatus::Closed : TicketStatus::Open;
            if (builder.ticket(t) == 0)
                return Error{ErrorKind::Runtime, builder.error()};
        }
        const CustomerId other =
            builder.customer(QStringLiteral("Other"), QStringLiteral("x@other.example"));
        NewTicket t = builder.draft(QStringLiteral("bulk.example is down"), other);
        return builder.ticket(t) ? Status() : Status(Error{ErrorKind::Runtime, builder.error()});
    });
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    TicketRepository repository(db.database());
    for (const QueueSortKey key : {QueueSortKey::Priority, QueueSortKey::Requester}) {
        QueueQuery query;
        query.scope = QueueScope::All;
        query.sortKey = key;
        query.search = QStringLiteral("BULK.example");
        QList<TicketId> ids;
        std::optional<QueueRow> last;
        while (true) {
            auto page = repository.queuePage(query, last ? &*last : nullptr, 300);
            QVERIFY(page.ok());
            for (const QueueRow& row : std::as_const(page.value()))
                ids << row.id;
            if (page->size() < 300)
                break;
            last = page->last();
        }
        QCOMPARE(ids.size(), customers + 1);
        QCOMPARE(QSet<TicketId>(ids.begin(), ids.end()).size(), customers + 1);
    }
}

void TestTicketRepository::filteredPagingMatchesTheModel_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("order");
    int n = 0;
    for (int f = 0; f < m_filters.size(); ++f) {
        for (const QueueScope scope : {QueueScope::All, QueueScope::Open}) {
            for (int key = 0; key <= int(QueueSortKey::Created); ++key) {
                const Qt::SortOrder order = n++ % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
                QTest::addRow("%s/%s/%d/%s", m_filters.at(f).first.constData(),
                              scope == QueueScope::All ? "all" : "open", key,
                              order == Qt::AscendingOrder ? "asc" : "desc")
                    << f << int(scope) << key << int(order);
            }
        }
    }
}

void TestTicketRepository::filteredPagingMatchesTheModel()
{
    QFETCH(int, filter);
    QFETCH(int, scope);
    QFETCH(int, key);
    QFETCH(int, order);
    QueueQuery query;
    query.scope = QueueScope(scope);
    query.filter = m_filters.at(filter).second;
    query.sortKey = QueueSortKey(key);
    query.order = Qt::SortOrder(order);
    TicketRepository repository(m_db.database());
    const QList<TicketId> want = expected(query);
    QCOMPARE(readAll(repository, query, 7), want);
    QCOMPARE(readAll(repository, query, 1000), want);
}

void TestTicketRepository::filteredSearchMatchesTheModel_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("search");
    const QStringList searches = {QStringLiteral("принт"), QStringLiteral("anna"),
                                  QStringLiteral("#12"), QStringLiteral("密码"),
                                  QStringLiteral("nothing like this")};
    int n = 0;
    for (int f = 0; f < m_filters.size(); ++f) {
        for (const QueueScope scope : {QueueScope::All, QueueScope::Open, QueueScope::Unassigned}) {
            const QString& search = searches.at(n % searches.size());
            const int key = n++ % (int(QueueSortKey::Created) + 1);
            QTest::addRow("%s/%d/%d/%s", m_filters.at(f).first.constData(), int(scope), key,
                          qPrintable(search))
                << f << int(scope) << key << search;
        }
    }
}

void TestTicketRepository::filteredSearchMatchesTheModel()
{
    QFETCH(int, filter);
    QFETCH(int, scope);
    QFETCH(int, key);
    QFETCH(QString, search);
    TicketRepository repository(m_db.database());
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QueueQuery query;
        query.scope = QueueScope(scope);
        query.filter = m_filters.at(filter).second;
        query.sortKey = QueueSortKey(key);
        query.order = order;
        query.search = search;
        QCOMPARE(readAll(repository, query, 5), expected(query));
    }
}

void TestTicketRepository::filtersOverManyTickets()
{
    // More tickets than the candidate limit: a narrow created range, a rare
    // tag or agent is sorted from its index; a wide one walks the order.
    // Either way the rows are those of the model, in its order.
    TempDatabase db;
    QVERIFY(db.isValid());
    TicketBuilder builder(db.database());
    const qint64 base = 1772409600000;
    const int count = 30'000;
    QList<Row> rows;
    AgentId rare = 0;
    Status loaded = builder.writer().bulkLoad([&]() -> Status {
        const CustomerId customer =
            builder.customer(QStringLiteral("Иван Петров"), QStringLiteral("ivan@example.ru"));
        const AgentId busy = builder.agent(QStringLiteral("busy"), QStringLiteral("Busy Agent"));
        rare = builder.agent(QStringLiteral("rare"), QStringLiteral("Rare Agent"));
        for (int i = 0; i < count; ++i) {
            Row row;
            row.subject = QStringLiteral("Принтер %1").arg(i % 101);
            row.customerId = customer;
            row.customerName = QStringLiteral("Иван Петров");
            row.customerEmail = QStringLiteral("ivan@example.ru");
            row.priority = 1 + (i * 7) % 4;
            row.status = i % 9 == 0 ? TicketStatus::Open : TicketStatus::Closed;
            row.agentId = i % 997 == 0 ? rare : busy;
            row.createdAt = base + qint64(i) * 60'000;
            if (i % 1000 == 0)
                row.tags << QStringLiteral("rare");
            NewTicket t = builder.draft(row.subject, customer);
            t.priority = row.priority;
            t.status = row.status;
            t.assigneeId = row.agentId;
            t.createdAt = row.createdAt;
            t.tags = row.tags;
            if (!isOpen(row.status))
                t.resolvedAt = row.createdAt;
            row.id = builder.ticket(t);
            if (row.id == 0)
                return Error{ErrorKind::Runtime, builder.error()};
            rows << row;
        }
        return {};
    });
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    TicketRepository repository(db.database());

    QList<QPair<const char*, QueueFilter>> filters;
    QueueFilter f;
    f.createdFromMs = base + 1000 * 60'000LL;
    f.createdToMs = base + 1500 * 60'000LL;
    filters.append({"narrow created range", f});
    f = {};
    f.createdFromMs = base + 100 * 60'000LL;
    f.priorities = {4};
    filters.append({"wide created range", f});
    f = {};
    f.tags = {QStringLiteral("rare")};
    filters.append({"rare tag", f});
    f = {};
    f.assignees = {rare};
    f.statuses = {TicketStatus::Closed};
    filters.append({"rare agent", f});
    f = {};
    f.statuses = {TicketStatus::Open};
    f.priorities = {1};
    filters.append({"open through the open indexes", f});

    for (const auto& [name, filter] : std::as_const(filters)) {
        for (const QueueSortKey key : {QueueSortKey::Priority, QueueSortKey::Created}) {
            for (const QString& search : {QString(), QStringLiteral("принтер 5")}) {
                QueueQuery query;
                query.scope = QueueScope::All;
                query.filter = filter;
                query.sortKey = key;
                query.order = Qt::DescendingOrder;
                query.search = search;
                QList<Row> matching;
                for (const Row& row : std::as_const(rows)) {
                    if (matchesFilter(row, filter) && matches(row, search))
                        matching << row;
                }
                std::sort(matching.begin(), matching.end(),
                          [&](const Row& a, const Row& b) { return compareRows(key, a, b) > 0; });
                QList<TicketId> want;
                for (const Row& row : std::as_const(matching))
                    want << row.id;
                QVERIFY2(!want.isEmpty(), name);
                QCOMPARE(readAll(repository, query, 400), want);
            }
        }
    }
}

void TestTicketRepository::groupsAreListedByName()
{
    TicketRepository repository(m_db.database());
    auto groups = repository.groups();
    QVERIFY(groups.ok());
    QStringList names;
    for (const GroupSummary& group : std::as_const(*groups))
        names << group.name;
    QCOMPARE(names, QStringList({QStringLiteral("Billing"), QStringLiteral("Hardware"),
                                 QStringLiteral("Софт")}));
}

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
