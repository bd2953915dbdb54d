// SPDX-License-Identifier: MIT
#include "common/timeformat.h"
#include "demo/demodatagenerator.h"
#include "tempdatabase.h"
#include "templates/replytemplaterepository.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketrouter.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

// A Tuesday late morning in Moscow: recent tickets are still being worked on.
const qint64 kNow = *parseIsoInstant(QStringLiteral("2026-03-03T11:40:00+03:00"));

DemoOptions smallOptions(quint64 seed)
{
    DemoOptions options;
    options.tickets = 4000;
    options.agents = 12;
    options.days = 70;
    options.seed = seed;
    return options;
}

// Every row of the tables the generator writes, in a fixed order.
QByteArray contentHash(const DatabasePtr& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db->connection());
    const QStringList tables = {QStringLiteral("groups ORDER BY id"),
                                QStringLiteral("agents ORDER BY id"),
                                QStringLiteral("group_members ORDER BY group_id, agent_id"),
                                QStringLiteral("customers ORDER BY id"),
                                QStringLiteral("tickets ORDER BY id"),
                                QStringLiteral("ticket_tags ORDER BY ticket_id, tag"),
                                QStringLiteral("messages ORDER BY id"),
                                QStringLiteral("ticket_events ORDER BY id")};
    for (const QString& table : tables) {
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            return {};
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                hash.addData(query.value(i).isNull() ? QByteArrayLiteral("\x01NULL")
                                                     : query.value(i).toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    return hash.result();
}

qint64 scalar(const DatabasePtr& db, const QString& sql)
{
    QSqlQuery query(db->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QStringList column(const DatabasePtr& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db->connection());
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesSameData();
    void differentSeedGivesDifferentData();
    void arrivalsFollowTheCurve();
    void historyIsConsistent();
    void mixCoversEverything();
    void recentTicketsAreOpen();
    void refusesDatabaseWithTickets();
    void cancelWritesNothing();
    void teamRoutesAndHasTemplatesInThreeLanguages();

private:
    TempDatabase m_first;
    FixedClock m_clock{kNow};
    DemoSummary m_summary;
};

void TestDemoDataGenerator::initTestCase()
{
    QVERIFY2(m_first.isValid(), qPrintable(m_first.errorString()));
    DemoDataGenerator generator(m_first.database(), m_clock, smallOptions(7));
    qint64 lastDone = -1;
    generator.setProgressCallback([&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone && done <= total);
        lastDone = done;
    });
    auto summary = generator.generate();
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
    m_summary = summary.value();
    QCOMPARE(lastDone, 4000);
    QCOMPARE(m_summary.tickets, 4000);
    QCOMPARE(m_summary.agents, 12);
    QCOMPARE(scalar(m_first.database(), QStringLiteral("SELECT count(*) FROM tickets")), 4000);
    QCOMPARE(scalar(m_first.database(), QStringLiteral("SELECT count(*) FROM messages")),
             m_summary.messages);
    QCOMPARE(scalar(m_first.database(), QStringLiteral("SELECT count(*) FROM ticket_events")),
             m_summary.events);
}

void TestDemoDataGenerator::sameSeedGivesSameData()
{
    TempDatabase second;
    QVERIFY(second.isValid());
    DemoDataGenerator generator(second.database(), m_clock, smallOptions(7));
    QVERIFY(generator.generate().ok());
    const QByteArray first = contentHash(m_first.database());
    QVERIFY(!first.isEmpty());
    QCOMPARE(contentHash(second.database()), first);
}

void TestDemoDataGenerator::differentSeedGivesDifferentData()
{
    TempDatabase other;
    QVERIFY(other.isValid());
    DemoDataGenerator generator(other.database(), m_clock, smallOptions(8));
    QVERIFY(generator.generate().ok());
    QVERIFY(contentHash(other.database()) != contentHash(m_first.database()));
    // Another "now" moves the data too.
    TempDatabase later;
    QVERIFY(later.isValid());
    const FixedClock clock(kNow + 3600'000);
    QVERIFY(DemoDataGenerator(later.database(), clock, smallOptions(7)).generate().ok());
    QVERIFY(contentHash(later.database()) != contentHash(m_first.database()));
}

void TestDemoDataGenerator::arrivalsFollowTheCurve()
{
    const QTimeZone zone(QByteArrayLiteral("Europe/Moscow"));
    DemoDataGenerator generator(m_first.database(), m_clock, smallOptions(7));
    const QList<QDate> promotion = generator.promotionDays();
    QCOMPARE(promotion.size(), 3);

    std::array<int, 24> byHour{};
    QMap<QDate, int> byDate;
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(kNow - 70LL * 86'400'000, zone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(kNow, zone).date();
    for (const QString& value :
         column(m_first.database(), QStringLiteral("SELECT created_at FROM tickets"))) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), zone);
        const QDate date = local.date();
        QVERIFY(date >= firstDay && date <= lastDay);
        byDate[date] += 1;
        if (date.dayOfWeek() <= 5 && !promotion.contains(date))
            byHour[size_t(local.time().hour())] += 1;
    }
    // Working-day hours 10-12 are far busier than the small hours 02-05.
    const double peak = (byHour[10] + byHour[11] + byHour[12]) / 3.0;
    const double night = (byHour[2] + byHour[3] + byHour[4] + byHour[5]) / 4.0;
    QVERIFY2(peak > 4 * night, qPrintable(QStringLiteral("%1 vs %2").arg(peak).arg(night)));
    // The afternoon peak beats the lunch dip.
    QVERIFY(byHour[15] > byHour[13]);

    // Whole days only: the first and the last day are cut.
    QList<int> weekdays;
    QList<int> weekends;
    QList<int> all;
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        if (it.key() == firstDay || it.key() == lastDay)
            continue;
        all << it.value();
        if (promotion.contains(it.key()))
            continue;
        (it.key().dayOfWeek() >= 6 ? weekends : weekdays) << it.value();
    }
    auto average = [](const QList<int>& values) {
        return values.isEmpty()
                   ? 0.0
                   : std::accumulate(values.begin(), values.end(), 0.0) / values.size();
    };
    QVERIFY2(average(weekdays) > 2 * average(weekends),
             qPrintable(QStringLiteral("%1 vs %2").arg(average(weekdays)).arg(average(weekends))));
    std::sort(all.begin(), all.end());
    const int median = all.at(all.size() / 2);
    for (const QDate& day : promotion) {
        QVERIFY2(byDate.value(day) > 2 * median, qPrintable(QStringLiteral("%1: %2, median %3")
                                                                .arg(day.toString(Qt::ISODate))
                                                                .arg(byDate.value(day))
                                                                .arg(median)));
    }
}

void TestDemoDataGenerator::historyIsConsistent()
{
    const DatabasePtr db = m_first.database();
    QCOMPARE(column(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QCOMPARE(column(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
    // Every ticket starts with a "created" event at its creation time.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM "
                                  "ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'created' "
                                  "AND e.at = t.created_at)")),
        0);
    // first_response_at is the first public reply.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM tickets t WHERE t.first_response_at IS NOT "
                            "(SELECT min(created_at) FROM messages m WHERE m.ticket_id = t.id "
                            "AND m.kind = 'reply')")),
             0);
    // Resolved and closed tickets say when; the others do not.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE (status IN "
                                       "('resolved', 'closed')) != (resolved_at IS NOT NULL)")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE (status = 'closed') "
                                       "!= (closed_at IS NOT NULL) OR closed_at < resolved_at")),
             0);
    // resolved_at and closed_at are the times of the matching status events.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM tickets t WHERE resolved_at IS NOT NULL AND "
                            "resolved_at != (SELECT max(at) FROM ticket_events e WHERE "
                            "e.ticket_id = t.id AND e.kind = 'status' AND e.new_value = "
                            "'resolved')")),
             0);
    // Nothing happens before the ticket exists, nor after "now"; updated_at is the last change.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages m JOIN tickets t ON t.id = "
                                       "m.ticket_id WHERE m.created_at < t.created_at OR "
                                       "m.created_at > t.updated_at")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ticket_events e JOIN tickets t ON "
                                       "t.id = e.ticket_id WHERE e.at < t.created_at OR e.at > "
                                       "t.updated_at")),
             0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE updated_at > %1").arg(kNow)),
        0);
    // Events are recorded in time order.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM ticket_events a JOIN ticket_events b ON "
                            "b.ticket_id = a.ticket_id AND b.id = a.id + 1 WHERE b.at < a.at")),
             0);
    // The status chain is unbroken: each status event starts where the last one ended.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT ticket_id, kind, old_value, new_value FROM ticket_events WHERE kind IN "
        "('created', 'status', 'reopened') ORDER BY ticket_id, at, id")));
    qint64 ticket = -1;
    QString status;
    while (query.next()) {
        if (query.value(0).toLongLong() != ticket) {
            ticket = query.value(0).toLongLong();
            QCOMPARE(query.value(1).toString(), QStringLiteral("created"));
        } else {
            QCOMPARE(query.value(2).toString(), status);
        }
        status = query.value(3).toString();
    }
    // ... and ends in the ticket's status.
    QCOMPARE(
        scalar(db, QStringLiteral(
                       "SELECT count(*) FROM tickets t WHERE t.status != (SELECT new_value "
                       "FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind IN "
                       "('created', 'status', 'reopened') ORDER BY at DESC, id DESC LIMIT 1)")),
        0);
    // The assignee is the last one the history names.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM tickets t LEFT JOIN agents a ON a.id = "
                            "t.assignee_id WHERE a.login IS NOT (SELECT new_value FROM "
                            "ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'assignee' "
                            "ORDER BY at DESC, id DESC LIMIT 1)")),
             0);
    // Subjects are searchable.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE subject_fold = ''")), 0);
}

void TestDemoDataGenerator::mixCoversEverything()
{
    const DatabasePtr db = m_first.database();
    auto distinct = [&](const QString& column) {
        QStringList values =
            ::column(db, QStringLiteral("SELECT DISTINCT %1 FROM tickets").arg(column));
        values.sort();
        return values;
    };
    QCOMPARE(distinct(QStringLiteral("channel")), QStringList({"chat", "email", "phone", "web"}));
    QCOMPARE(distinct(QStringLiteral("type")),
             QStringList({"complaint", "consultation", "fault", "order"}));
    QCOMPARE(distinct(QStringLiteral("priority")), QStringList({"1", "2", "3", "4"}));
    QCOMPARE(distinct(QStringLiteral("status")),
             QStringList({"closed", "new", "on_hold", "open", "pending", "resolved"}));
    QCOMPARE(distinct(QStringLiteral("language")), QStringList({"en", "ru", "zh"}));
    // P1 is rare.
    const qint64 p1 = scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE priority = 1"));
    QVERIFY(p1 > 0 && p1 < 4000 / 10);

    // Subjects in the three scripts, and varied.
    const QStringList subjects = column(db, QStringLiteral("SELECT subject FROM tickets"));
    const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    const QRegularExpression latinOnly(QStringLiteral("^[\\p{Latin}\\d\\s\\p{P}\\p{S}]+$"));
    QVERIFY(!subjects.filter(cyrillic).isEmpty());
    QVERIFY(!subjects.filter(han).isEmpty());
    QVERIFY(!subjects.filter(latinOnly).isEmpty());
    QVERIFY(subjects.contains(QStringLiteral("Принтер не печатает")));
    QVERIFY(subjects.contains(QStringLiteral("重置密码失败")));
    QVERIFY(subjects.contains(QStringLiteral("Invoice copy needed")));
    QVERIFY(QSet<QString>(subjects.begin(), subjects.end()).size() > 1000);

    // Conversations: customer, replies, notes and system messages.
    QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT kind FROM messages ORDER BY kind")),
             QStringList({"customer", "note", "reply", "system"}));
    QCOMPARE(
        column(db, QStringLiteral("SELECT DISTINCT kind FROM ticket_events ORDER BY kind")),
        QStringList({"assignee", "created", "note", "priority", "reopened", "reply", "status"}));
    // About one ticket in twenty is reopened.
    const qint64 reopened = scalar(
        db, QStringLiteral(
                "SELECT count(DISTINCT ticket_id) FROM ticket_events WHERE kind = 'reopened'"));
    QVERIFY2(reopened > 4000 * 2 / 100 && reopened < 4000 * 10 / 100,
             qPrintable(QString::number(reopened)));
    // Tags, at most three per ticket.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM ticket_tags")) > 1000);
    QVERIFY(
        scalar(
            db,
            QStringLiteral(
                "SELECT max(n) FROM (SELECT count(*) AS n FROM ticket_tags GROUP BY ticket_id)")) <=
        3);
    // People: agents in three scripts with ASCII logins; customers with languages and tiers.
    const QStringList agentNames = column(db, QStringLiteral("SELECT name FROM agents"));
    QVERIFY(!agentNames.filter(cyrillic).isEmpty());
    QVERIFY(!agentNames.filter(han).isEmpty());
    QVERIFY(!agentNames.filter(latinOnly).isEmpty());
    for (const QString& login : column(db, QStringLiteral("SELECT login FROM agents")))
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9.]+$")).match(login).hasMatch(),
                 qPrintable(login));
    QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT tier FROM customers ORDER BY tier")),
             QStringList({"premium", "standard", "vip"}));
    QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM groups")), QStringList{"4"});
}

void TestDemoDataGenerator::recentTicketsAreOpen()
{
    const DatabasePtr db = m_first.database();
    // Old tickets are done; the open queue is made of recent ones.
    const qint64 oldOpen = scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE "
                                                     "status_rank < 4 AND created_at < %1")
                                          .arg(kNow - 30LL * 86'400'000));
    const qint64 open =
        scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE status_rank < 4"));
    QVERIFY2(open >= 40 && open <= 1000, qPrintable(QString::number(open)));
    QVERIFY2(oldOpen * 10 < open, qPrintable(QStringLiteral("%1 of %2").arg(oldOpen).arg(open)));
    // Some new tickets wait for an agent, and only those.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE assignee_id IS NULL")) >
            0);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM tickets WHERE (assignee_id IS NULL) != (status = 'new')")),
        0);
    // The queue shows them.
    TicketRepository repository(db);
    QueueQuery query;
    query.scope = QueueScope::Unassigned;
    auto page = repository.queuePage(query, nullptr, 1000);
    QVERIFY(page.ok());
    QCOMPARE(qint64(page->size()),
             scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'new'")));
}

void TestDemoDataGenerator::refusesDatabaseWithTickets()
{
    DemoDataGenerator generator(m_first.database(), m_clock, smallOptions(9));
    auto refused = generator.generate();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QCOMPARE(scalar(m_first.database(), QStringLiteral("SELECT count(*) FROM tickets")), 4000);
}

void TestDemoDataGenerator::cancelWritesNothing()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    std::atomic_bool cancel = false;
    DemoDataGenerator generator(db.database(), m_clock, smallOptions(7));
    generator.setCancelFlag(&cancel);
    generator.setProgressCallback([&](qint64 done, qint64) {
        if (done >= 2000)
            cancel = true;
    });
    QVERIFY(!generator.generate().ok());
    for (const QString& table : {QStringLiteral("tickets"), QStringLiteral("messages"),
                                 QStringLiteral("agents"), QStringLiteral("customers")})
        QCOMPARE(scalar(db.database(), QStringLiteral("SELECT count(*) FROM ") + table), 0);
    // The schema is whole again and the connection back in WAL mode.
    QCOMPARE(scalar(db.database(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                  "name = 'tickets_open_priority'")),
             1);
    QCOMPARE(column(db.database(), QStringLiteral("PRAGMA journal_mode")), QStringList{"wal"});
    QCOMPARE(scalar(db.database(), QStringLiteral("PRAGMA foreign_keys")), 1);
    // And it can be filled afterwards.
    generator.setCancelFlag(nullptr);
    QVERIFY(generator.generate().ok());
}

void TestDemoDataGenerator::teamRoutesAndHasTemplatesInThreeLanguages()
{
    // Every template name of the demo has a Russian, a Chinese and an English variant.
    ReplyTemplateRepository templates(m_first.database());
    auto all = templates.search(QString(), QString(), 200);
    QVERIFY(all);
    QMap<QString, QStringList> languages;
    for (const ReplyTemplate& t : *all)
        languages[t.name] << t.lang;
    QVERIFY(languages.size() >= 5);
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        QStringList langs = it.value();
        langs.sort();
        QCOMPARE(langs,
                 (QStringList{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh")}));
    }
    // New tickets of a routing group go to an agent without anybody's help.
    TeamRepository team(m_first.database());
    auto hardware = team.groupByName(QStringLiteral("Hardware"));
    QVERIFY(hardware);
    QCOMPARE(team.groupRouting(*hardware)->mode, RoutingMode::Skills);
    auto routed = TicketRouter(m_first.database())
                      .route(RoutingRequest{*hardware, TicketType::Fault, Channel::Email,
                                            QStringLiteral("ru")});
    QVERIFY(routed && routed->has_value());
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
