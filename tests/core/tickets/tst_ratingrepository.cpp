// SPDX-License-Identifier: MIT
// Satisfaction ratings: only resolved tickets are rated, every score is
// range-checked by name, a second rating replaces the first and both show in
// the history, and summaries count a period [from, to) for the team or for
// the agent a ticket is assigned to.
#include "common/clock.h"
#include "tickets/ratingrepository.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QSqlQuery>
#include <QTest>

#include "tempdatabase.h"

using namespace Switchboard;

namespace {

constexpr qint64 kStartMs = 1772442000000; // 2026-03-02T09:00:00Z
constexpr qint64 kHourMs = 3600 * 1000;

// QVERIFY2 evaluates its message even on success, so read the error safely.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// "succeeded" or the error, for a check that expects a failure.
template <typename T> QByteArray outcome(const Result<T>& result)
{
    return result ? QByteArrayLiteral("succeeded") : result.error().toString().toUtf8();
}

template <typename T> bool failedWith(const Result<T>& result, ErrorKind kind)
{
    return !result && result.error().kind == kind;
}

struct EventRow
{
    QVariant actorLogin; // null: no actor
    QVariant oldValue;
    QVariant newValue;
    qint64 at = 0;
};

} // namespace

class TestRatingRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openTicketCannotBeRated_data();
    void openTicketCannotBeRated();
    void closedTicketCanBeRated();
    void rangeErrorsNameTheField_data();
    void rangeErrorsNameTheField();
    void unknownTicketAgentAndSourceAreRefused();
    void ratingRoundTrip();
    void replacementKeepsOneRowAndRecordsTwoEvents();
    void summaryCountsHalfOpenPeriod();
    void summaryPerAgentFollowsCurrentAssignee();
    void emptyAndInvalidSummaries();

private:
    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketService> m_service;
    std::unique_ptr<RatingRepository> m_ratings;
    AgentId m_anna = 0;
    AgentId m_li = 0;

    TicketId newTicket();
    TicketId resolvedTicket(const QString& assignee = {});
    AgentId addAgent(const QString& login, const QString& name);
    TicketRating ratingOf(TicketId ticket, int score) const;
    QList<EventRow> ratingEvents(TicketId ticket) const;
    int count(const QString& sql, const QVariantList& values = {}) const;
};

void TestRatingRepository::init()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kStartMs);
    m_service = std::make_unique<TicketService>(m_db->database(), *m_clock);
    m_ratings = std::make_unique<RatingRepository>(m_db->database(), *m_clock);
    m_anna = addAgent(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    m_li = addAgent(QStringLiteral("li"), QStringLiteral("李娜"));
    QVERIFY(m_anna > 0 && m_li > 0);
}

AgentId TestRatingRepository::addAgent(const QString& login, const QString& name)
{
    Agent agent;
    agent.login = login;
    agent.name = name;
    auto added = TicketRepository(m_db->database()).addAgent(agent, kStartMs);
    if (!added)
        qWarning() << added.error().toString();
    return added ? added->id : 0;
}

TicketId TestRatingRepository::newTicket()
{
    NewTicketRequest request;
    request.subject = QStringLiteral("Принтер не печатает");
    request.requesterEmail = QStringLiteral("ivan@example.ru");
    request.body = QStringLiteral("It jams on every page.");
    auto created = m_service->create(request);
    if (!created)
        qWarning() << created.error().toString();
    return created ? created->id : 0;
}

// A resolved ticket, assigned first when an assignee is given.
TicketId TestRatingRepository::resolvedTicket(const QString& assignee)
{
    const TicketId id = newTicket();
    if (!assignee.isEmpty()) {
        auto assigned = m_service->assign(id, assignee, assignee);
        if (!assigned)
            qWarning() << assigned.error().toString();
    }
    auto resolved = m_service->setStatus(id, TicketStatus::Resolved, QStringLiteral("anna"));
    if (!resolved)
        qWarning() << resolved.error().toString();
    return id;
}

TicketRating TestRatingRepository::ratingOf(TicketId ticket, int score) const
{
    TicketRating rating;
    rating.ticket = ticket;
    rating.score = score;
    rating.ratedAt = m_clock->nowMs();
    return rating;
}

QList<EventRow> TestRatingRepository::ratingEvents(TicketId ticket) const
{
    QSqlQuery query(m_db->database()->connection());
    query.prepare(QStringLiteral("SELECT a.login, e.old_value, e.new_value, e.at "
                                 "FROM ticket_events e LEFT JOIN agents a ON a.id = e.actor_id "
                                 "WHERE e.ticket_id = ? AND e.kind = 'rating' ORDER BY e.id"));
    query.addBindValue(ticket);
    QList<EventRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows << EventRow{query.value(0), query.value(1), query.value(2),
                         query.value(3).toLongLong()};
    return rows;
}

int TestRatingRepository::count(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(m_db->database()->connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestRatingRepository::openTicketCannotBeRated_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::newRow("new") << TicketStatus::New;
    QTest::newRow("open") << TicketStatus::Open;
    QTest::newRow("pending") << TicketStatus::Pending;
    QTest::newRow("on hold") << TicketStatus::OnHold;
}

void TestRatingRepository::openTicketCannotBeRated()
{
    QFETCH(TicketStatus, status);
    const TicketId id = newTicket();
    QVERIFY(id > 0);
    if (status != TicketStatus::New)
        QVERIFY(m_service->setStatus(id, status, QStringLiteral("anna")));
    const Status rated = m_ratings->rate(ratingOf(id, 5));
    QVERIFY2(failedWith(rated, ErrorKind::BadInput), outcome(rated));
    QCOMPARE(rated.error().message, QStringLiteral("only a resolved ticket can be rated"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_ratings")), 0);
    QVERIFY(ratingEvents(id).isEmpty());
}

void TestRatingRepository::closedTicketCanBeRated()
{
    const TicketId id = resolvedTicket();
    QVERIFY(m_service->setStatus(id, TicketStatus::Closed, QStringLiteral("anna")));
    const Status rated = m_ratings->rate(ratingOf(id, 4));
    QVERIFY2(rated, why(rated));
    auto stored = m_ratings->rating(id);
    QVERIFY2(stored, why(stored));
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->score, 4);
}

void TestRatingRepository::rangeErrorsNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("label");
    const struct
    {
        const char* field;
        const char* label;
    } fields[] = {{"score", "the overall score"},
                  {"reaction", "reaction time"},
                  {"quality", "quality of service"},
                  {"effectiveness", "effectiveness of the solution"},
                  {"communication", "communication"}};
    for (const auto& f : fields) {
        for (int value : {0, 6, -1}) {
            QTest::addRow("%s=%d", f.field, value)
                << QString::fromLatin1(f.field) << value << QString::fromLatin1(f.label);
        }
    }
}

void TestRatingRepository::rangeErrorsNameTheField()
{
    QFETCH(QString, field);
    QFETCH(int, value);
    QFETCH(QString, label);
    const TicketId id = resolvedTicket();
    TicketRating rating = ratingOf(id, 3);
    if (field == QLatin1String("score"))
        rating.score = value;
    else if (field == QLatin1String("reaction"))
        rating.reaction = value;
    else if (field == QLatin1String("quality"))
        rating.quality = value;
    else if (field == QLatin1String("effectiveness"))
        rating.effectiveness = value;
    else
        rating.communication = value;
    const Status rated = m_ratings->rate(rating);
    QVERIFY2(failedWith(rated, ErrorKind::BadInput), outcome(rated));
    QCOMPARE(rated.error().location, field);
    QVERIFY2(rated.error().message.contains(label), qPrintable(rated.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_ratings")), 0);
    QVERIFY(ratingEvents(id).isEmpty());
}

void TestRatingRepository::unknownTicketAgentAndSourceAreRefused()
{
    Status rated = m_ratings->rate(ratingOf(999, 5));
    QVERIFY2(failedWith(rated, ErrorKind::NotFound), outcome(rated));
    const TicketId id = resolvedTicket();
    TicketRating rating = ratingOf(id, 5);
    rating.enteredBy = QStringLiteral("nobody");
    rated = m_ratings->rate(rating);
    QVERIFY2(failedWith(rated, ErrorKind::NotFound), outcome(rated));
    QCOMPARE(rated.error().location, QStringLiteral("nobody"));
    rating.enteredBy.clear();
    rating.source = QStringLiteral("'); DROP TABLE tickets; --");
    rated = m_ratings->rate(rating);
    QVERIFY2(failedWith(rated, ErrorKind::BadInput), outcome(rated));
    QCOMPARE(rated.error().location, QStringLiteral("source"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_ratings")), 0);

    auto none = m_ratings->rating(999);
    QVERIFY2(failedWith(none, ErrorKind::NotFound), outcome(none));
    auto unrated = m_ratings->rating(id);
    QVERIFY2(unrated, why(unrated));
    QVERIFY(!unrated->has_value());
}

void TestRatingRepository::ratingRoundTrip()
{
    const TicketId id = resolvedTicket();
    TicketRepository tickets(m_db->database());
    auto before = tickets.ticketDetail(id);
    QVERIFY2(before, why(before));
    m_clock->advanceMs(kHourMs);
    TicketRating rating;
    rating.ticket = id;
    rating.score = 4;
    rating.reaction = 5;
    rating.quality = 4;
    rating.communication = 3; // effectiveness left unanswered
    // User text goes in bound, quotes and all.
    rating.comment = QStringLiteral("Быстро, но ответ был неполным'); DROP TABLE tickets; -- 很好");
    rating.source = QStringLiteral("survey");
    rating.enteredBy = QStringLiteral("li");
    rating.ratedAt = 0; // now
    const Status rated = m_ratings->rate(rating);
    QVERIFY2(rated, why(rated));

    auto stored = m_ratings->rating(id);
    QVERIFY2(stored, why(stored));
    QVERIFY(stored->has_value());
    const TicketRating& r = **stored;
    QCOMPARE(r.ticket, id);
    QCOMPARE(r.score, 4);
    QCOMPARE(r.reaction, std::optional<int>(5));
    QCOMPARE(r.quality, std::optional<int>(4));
    QVERIFY(!r.effectiveness);
    QCOMPARE(r.communication, std::optional<int>(3));
    QCOMPARE(r.comment, rating.comment);
    QCOMPARE(r.source, QStringLiteral("survey"));
    QCOMPARE(r.enteredBy, QStringLiteral("li"));
    QCOMPARE(r.ratedAt, m_clock->nowMs());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets")), 1);

    // The history shows the rating, but the ticket itself is not edited:
    // its version stays, so an operator's open window sees no conflict.
    auto detail = tickets.ticketDetail(id);
    QVERIFY2(detail, why(detail));
    QCOMPARE(detail->ticket.version, before->ticket.version);
    QCOMPARE(detail->events.size(), before->events.size() + 1);
    QCOMPARE(detail->events.last().kind, QStringLiteral("rating"));
    QCOMPARE(detail->events.last().actor, QStringLiteral("li"));
}

void TestRatingRepository::replacementKeepsOneRowAndRecordsTwoEvents()
{
    const TicketId id = resolvedTicket();
    TicketRating first = ratingOf(id, 2);
    first.quality = 1;
    first.comment = QStringLiteral("slow");
    first.enteredBy = QStringLiteral("anna");
    Status rated = m_ratings->rate(first);
    QVERIFY2(rated, why(rated));
    const qint64 firstAt = m_clock->nowMs();

    m_clock->advanceMs(kHourMs);
    TicketRating second = ratingOf(id, 5);
    second.source = QStringLiteral("survey"); // the customer's own answer, nobody entered it
    rated = m_ratings->rate(second);
    QVERIFY2(rated, why(rated));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_ratings WHERE ticket_id = ?"), {id}),
             1);
    auto stored = m_ratings->rating(id);
    QVERIFY2(stored, why(stored));
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->score, 5);
    QVERIFY(!(*stored)->quality); // replaced as a whole, not merged
    QCOMPARE((*stored)->comment, QString());
    QCOMPARE((*stored)->source, QStringLiteral("survey"));
    QCOMPARE((*stored)->enteredBy, QString());
    QCOMPARE((*stored)->ratedAt, m_clock->nowMs());

    const QList<EventRow> events = ratingEvents(id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].actorLogin.toString(), QStringLiteral("anna"));
    QVERIFY(events[0].oldValue.isNull());
    QCOMPARE(events[0].newValue.toString(), QStringLiteral("2"));
    QCOMPARE(events[0].at, firstAt);
    QVERIFY(events[1].actorLogin.isNull());
    QCOMPARE(events[1].oldValue.toString(), QStringLiteral("2"));
    QCOMPARE(events[1].newValue.toString(), QStringLiteral("5"));
    QCOMPARE(events[1].at, m_clock->nowMs());
}

void TestRatingRepository::summaryCountsHalfOpenPeriod()
{
    const qint64 from = kStartMs + 10 * kHourMs;
    const qint64 to = from + 24 * kHourMs;
    struct Row
    {
        qint64 at;
        int score;
        std::optional<int> reaction;
        std::optional<int> quality;
    };
    // Inside: from (inclusive), the middle, to - 1 ms. Outside: before from, at to.
    const QList<Row> rows = {{from - 1, 1, 1, 1},
                             {from, 5, 5, std::nullopt},
                             {from + kHourMs, 3, 2, 4},
                             {to - 1, 4, std::nullopt, std::nullopt},
                             {to, 1, 1, 1}};
    for (const Row& row : rows) {
        const TicketId id = resolvedTicket();
        TicketRating rating = ratingOf(id, row.score);
        rating.ratedAt = row.at;
        rating.reaction = row.reaction;
        rating.quality = row.quality;
        rating.source = QStringLiteral("import");
        const Status rated = m_ratings->rate(rating);
        QVERIFY2(rated, why(rated));
    }
    auto summary = m_ratings->summary(from, to);
    QVERIFY2(summary, why(summary));
    QCOMPARE(summary->count, 3);
    QCOMPARE(summary->satisfiedCount, 2); // 5 and 4; 3 is not satisfied
    QVERIFY(summary->meanScore);
    QCOMPARE(*summary->meanScore, 4.0);
    QVERIFY(summary->satisfiedPercent);
    QVERIFY(qFuzzyCompare(*summary->satisfiedPercent, 200.0 / 3));
    QCOMPARE(summary->meanReaction, std::optional<double>(3.5)); // (5 + 2) / 2: the null is skipped
    QCOMPARE(summary->meanQuality, std::optional<double>(4.0));
    QVERIFY(!summary->meanEffectiveness);
    QVERIFY(!summary->meanCommunication);

    // One millisecond earlier takes the rating at from - 1 and drops the one at to - 1.
    auto shifted = m_ratings->summary(from - 1, to - 1);
    QVERIFY2(shifted, why(shifted));
    QCOMPARE(shifted->count, 3);
    QCOMPARE(*shifted->meanScore, 3.0); // 1, 5, 3
}

void TestRatingRepository::summaryPerAgentFollowsCurrentAssignee()
{
    const qint64 from = kStartMs;
    const qint64 to = kStartMs + 24 * kHourMs;
    const TicketId annaGood = resolvedTicket(QStringLiteral("anna"));
    const TicketId annaBad = resolvedTicket(QStringLiteral("anna"));
    const TicketId liTicket = resolvedTicket(QStringLiteral("li"));
    const TicketId unassigned = resolvedTicket();
    m_clock->advanceMs(kHourMs);
    const QList<QPair<TicketId, int>> scores = {
        {annaGood, 5}, {annaBad, 2}, {liTicket, 4}, {unassigned, 1}};
    for (const auto& [ticket, score] : scores) {
        TicketRating rating = ratingOf(ticket, score);
        rating.communication = score;
        const Status rated = m_ratings->rate(rating);
        QVERIFY2(rated, why(rated));
    }

    auto anna = m_ratings->summary(from, to, m_anna);
    QVERIFY2(anna, why(anna));
    QCOMPARE(anna->count, 2);
    QCOMPARE(anna->satisfiedCount, 1);
    QCOMPARE(anna->satisfiedPercent, std::optional<double>(50.0));
    QCOMPARE(anna->meanScore, std::optional<double>(3.5));
    QCOMPARE(anna->meanCommunication, std::optional<double>(3.5));

    auto li = m_ratings->summary(from, to, m_li);
    QVERIFY2(li, why(li));
    QCOMPARE(li->count, 1);
    QCOMPARE(li->satisfiedPercent, std::optional<double>(100.0));

    auto team = m_ratings->summary(from, to);
    QVERIFY2(team, why(team));
    QCOMPARE(team->count, 4);
    QCOMPARE(team->satisfiedPercent, std::optional<double>(50.0));
    QCOMPARE(team->meanScore, std::optional<double>(3.0));

    // Reassigning a ticket moves its rating to the new assignee.
    QVERIFY(m_service->assign(annaBad, QStringLiteral("li"), QStringLiteral("anna")));
    anna = m_ratings->summary(from, to, m_anna);
    QVERIFY2(anna, why(anna));
    QCOMPARE(anna->count, 1);
    QCOMPARE(anna->satisfiedPercent, std::optional<double>(100.0));
    li = m_ratings->summary(from, to, m_li);
    QVERIFY2(li, why(li));
    QCOMPARE(li->count, 2);
}

void TestRatingRepository::emptyAndInvalidSummaries()
{
    auto empty = m_ratings->summary(kStartMs, kStartMs + kHourMs);
    QVERIFY2(empty, why(empty));
    QCOMPARE(empty->count, 0);
    QCOMPARE(empty->satisfiedCount, 0);
    QVERIFY(!empty->meanScore);
    QVERIFY(!empty->satisfiedPercent);
    QVERIFY(!empty->meanReaction);

    auto reversed = m_ratings->summary(kStartMs + kHourMs, kStartMs);
    QVERIFY2(failedWith(reversed, ErrorKind::BadInput), outcome(reversed));
    auto nobody = m_ratings->summary(kStartMs, kStartMs + kHourMs, 999);
    QVERIFY2(failedWith(nobody, ErrorKind::NotFound), outcome(nobody));
}

QTEST_GUILESS_MAIN(TestRatingRepository)
#include "tst_ratingrepository.moc"
