// SPDX-License-Identifier: MIT
#include "kb/articlerepository.h"
#include "kb/kbusagerepository.h"
#include "tempdatabase.h"
#include "ticketbuilder.h"

#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

QString describe(const Error& error)
{
    return error.toString();
}

} // namespace

class TestKbUsageRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void votesAreOnePerAgent();
    void voteErrorsChangeNothing();
    void insertsCountEveryUseAndLinkOnce();
    void insertErrorsChangeNothing();
    void coverageGapsBySubjectAndType();
    void coverageGapsReadOnlyTheWindow();

private:
    qint64 article(const QString& title);
    TicketId ticket(const QString& subject, TicketStatus status,
                    TicketType type = TicketType::Consultation);
    int rowCount(const QString& sql);

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<TicketBuilder> m_builder;
    FixedClock m_clock{kNowMs};
    CustomerId m_customer = 0;
    AgentId m_anna = 0;
    AgentId m_li = 0;
};

void TestKbUsageRepository::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_builder = std::make_unique<TicketBuilder>(m_db->database());
    m_customer =
        m_builder->customer(QStringLiteral("Ivan Petrov"), QStringLiteral("ivan@example.ru"));
    m_anna = m_builder->agent(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    m_li = m_builder->agent(QStringLiteral("li"), QStringLiteral("李娜"));
    QVERIFY2(m_builder->error().isEmpty(), qPrintable(m_builder->error()));
}

void TestKbUsageRepository::cleanup()
{
    m_builder.reset();
    m_db.reset();
}

qint64 TestKbUsageRepository::article(const QString& title)
{
    Article a;
    a.title = title;
    a.body = QStringLiteral("Body of ") + title;
    a.lang = QStringLiteral("en");
    a.status = QStringLiteral("published");
    auto id = ArticleRepository(m_db->database(), m_clock).create(a);
    return id ? id.value() : 0;
}

TicketId TestKbUsageRepository::ticket(const QString& subject, TicketStatus status, TicketType type)
{
    NewTicket t = m_builder->draft(subject, m_customer);
    t.status = status;
    t.type = type;
    return m_builder->ticket(t);
}

int TestKbUsageRepository::rowCount(const QString& sql)
{
    QSqlQuery query(m_db->database()->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestKbUsageRepository::votesAreOnePerAgent()
{
    const qint64 id = article(QStringLiteral("Printer"));
    QVERIFY(id > 0);
    KbUsageRepository usage(m_db->database(), m_clock);

    auto none = usage.voteOf(id, m_anna);
    QVERIFY(none.ok());
    QVERIFY(!none.value().has_value());

    auto first = usage.vote(id, m_anna, true);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : describe(first.error())));
    QCOMPARE(first->helpfulCount, 1);
    QCOMPARE(first->notHelpfulCount, 0);

    // The same vote again is not counted twice.
    auto again = usage.vote(id, m_anna, true);
    QVERIFY(again.ok());
    QCOMPARE(again->helpfulCount, 1);
    QCOMPARE(again->notHelpfulCount, 0);

    // Changing one's mind moves the vote.
    auto changed = usage.vote(id, m_anna, false);
    QVERIFY(changed.ok());
    QCOMPARE(changed->helpfulCount, 0);
    QCOMPARE(changed->notHelpfulCount, 1);
    QCOMPARE(usage.voteOf(id, m_anna).value(), std::optional<bool>(false));

    auto other = usage.vote(id, m_li, true);
    QVERIFY(other.ok());
    QCOMPARE(other->helpfulCount, 1);
    QCOMPARE(other->notHelpfulCount, 1);

    // The counters on the article agree with the vote rows.
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM article_votes")), 2);
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM article_votes WHERE helpful = 1")), 1);
    auto stored = usage.usage(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->helpfulCount, 1);
    QCOMPARE(stored->notHelpfulCount, 1);
    QCOMPARE(stored->insertCount, 0);
}

void TestKbUsageRepository::voteErrorsChangeNothing()
{
    const qint64 id = article(QStringLiteral("Printer"));
    KbUsageRepository usage(m_db->database(), m_clock);
    QVERIFY(usage.vote(id, m_anna, true).ok());

    auto noAgent = usage.vote(id, 0, true);
    QVERIFY(!noAgent.ok());
    QCOMPARE(noAgent.error().kind, ErrorKind::Usage);

    auto unknownAgent = usage.vote(id, 999, false);
    QVERIFY(!unknownAgent.ok());
    QCOMPARE(unknownAgent.error().kind, ErrorKind::NotFound);

    auto unknownArticle = usage.vote(id + 1000, m_anna, true);
    QVERIFY(!unknownArticle.ok());
    QCOMPARE(unknownArticle.error().kind, ErrorKind::NotFound);

    // The failed vote's counter change was rolled back with it.
    auto stored = usage.usage(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->helpfulCount, 1);
    QCOMPARE(stored->notHelpfulCount, 0);
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM article_votes")), 1);
}

void TestKbUsageRepository::insertsCountEveryUseAndLinkOnce()
{
    const qint64 printer = article(QStringLiteral("Printer"));
    const qint64 password = article(QStringLiteral("Password"));
    const TicketId first = ticket(QStringLiteral("Printer jams"), TicketStatus::Open);
    const TicketId second = ticket(QStringLiteral("Printer offline"), TicketStatus::Open);
    QVERIFY(first > 0 && second > 0);
    KbUsageRepository usage(m_db->database(), m_clock);

    auto once = usage.recordInsert(first, printer, m_anna, KbInsertKind::Text);
    QVERIFY2(once.ok(), qPrintable(once.ok() ? QString() : describe(once.error())));
    QCOMPARE(once->insertCount, 1);

    // Again into the same ticket: counted, but still one link, the first one.
    m_clock.advanceMs(60000);
    auto twice = usage.recordInsert(first, printer, m_li, KbInsertKind::Link);
    QVERIFY(twice.ok());
    QCOMPARE(twice->insertCount, 2);
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM ticket_articles")), 1);
    QSqlQuery link(m_db->database()->connection());
    QVERIFY(link.exec(QStringLiteral("SELECT kind, agent_id, at FROM ticket_articles")));
    QVERIFY(link.next());
    QCOMPARE(link.value(0).toString(), QStringLiteral("text"));
    QCOMPARE(link.value(1).toLongLong(), m_anna);
    QCOMPARE(link.value(2).toLongLong(), kNowMs);
    link.finish();

    QVERIFY(usage.recordInsert(second, printer, m_li, KbInsertKind::Link).ok());
    QVERIFY(usage.recordInsert(first, password, 0, KbInsertKind::Manual).ok());
    QCOMPARE(usage.usage(printer)->insertCount, 3);
    QCOMPARE(usage.usage(password)->insertCount, 1);
    QCOMPARE(usage.linkedArticles(first).value(), (QList<qint64>{printer, password}));
    QCOMPARE(usage.linkedArticles(second).value(), QList<qint64>{printer});
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM ticket_articles WHERE kind = 'manual' "
                                     "AND agent_id IS NULL")),
             1);
}

void TestKbUsageRepository::insertErrorsChangeNothing()
{
    const qint64 printer = article(QStringLiteral("Printer"));
    const TicketId t = ticket(QStringLiteral("Printer jams"), TicketStatus::Open);
    KbUsageRepository usage(m_db->database(), m_clock);

    auto noTicket = usage.recordInsert(t + 100, printer, m_anna, KbInsertKind::Text);
    QVERIFY(!noTicket.ok());
    QCOMPARE(noTicket.error().kind, ErrorKind::NotFound);
    auto noArticle = usage.recordInsert(t, printer + 100, m_anna, KbInsertKind::Text);
    QVERIFY(!noArticle.ok());
    QCOMPARE(noArticle.error().kind, ErrorKind::NotFound);
    auto noAgent = usage.recordInsert(t, printer, 999, KbInsertKind::Text);
    QVERIFY(!noAgent.ok());
    QCOMPARE(noAgent.error().kind, ErrorKind::NotFound);

    QCOMPARE(usage.usage(printer)->insertCount, 0);
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM ticket_articles")), 0);
}

void TestKbUsageRepository::coverageGapsBySubjectAndType()
{
    const qint64 vpnArticle = article(QStringLiteral("VPN"));
    const qint64 printerArticle = article(QStringLiteral("Printer"));
    KbUsageRepository usage(m_db->database(), m_clock);

    // Four printer tickets written differently but folding alike; the
    // newest is the example.
    ticket(QStringLiteral("Принтер не печатает"), TicketStatus::Resolved, TicketType::Fault);
    ticket(QStringLiteral("ПРИНТЕР НЕ ПЕЧАТАЕТ"), TicketStatus::Closed, TicketType::Fault);
    ticket(QStringLiteral("принтер не печатает"), TicketStatus::Closed, TicketType::Fault);
    const TicketId newestPrinter =
        ticket(QStringLiteral("Принтер не печатает"), TicketStatus::Resolved, TicketType::Fault);
    // Open tickets are not gaps yet: nobody has answered them.
    for (int i = 0; i < 5; ++i)
        ticket(QStringLiteral("Принтер не печатает"), TicketStatus::Open, TicketType::Fault);
    // Three Chinese tickets: exactly the minimum.
    TicketId newestPassword = 0;
    for (int i = 0; i < 3; ++i)
        newestPassword =
            ticket(QStringLiteral("重置密码失败"), TicketStatus::Closed, TicketType::Consultation);
    // Two are below the minimum.
    for (int i = 0; i < 2; ++i)
        ticket(QStringLiteral("Invoice copy"), TicketStatus::Closed, TicketType::Order);
    // Five VPN tickets, every one answered with an article: no gap.
    for (int i = 0; i < 5; ++i) {
        const TicketId t =
            ticket(QStringLiteral("VPN drops"), TicketStatus::Closed, TicketType::Fault);
        QVERIFY(usage.recordInsert(t, vpnArticle, m_anna, KbInsertKind::Link).ok());
    }
    // Four scanner tickets, one answered: three remain without an article,
    // and the answered one, though newest, is not the example.
    QList<TicketId> scanner;
    for (int i = 0; i < 4; ++i)
        scanner.append(ticket(QStringLiteral("Scanner is slow"), TicketStatus::Resolved,
                              TicketType::Complaint));
    QVERIFY(usage.recordInsert(scanner.last(), printerArticle, m_anna, KbInsertKind::Manual).ok());
    QVERIFY(m_builder->error().isEmpty());

    auto report = usage.coverageGaps();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : describe(report.error())));
    QCOMPARE(report->ticketsRead, 4 + 3 + 2 + 5 + 4);

    QCOMPARE(report->subjects.size(), 3);
    const KbCoverageGap& printer = report->subjects.at(0);
    QCOMPARE(printer.key, QStringLiteral("принтер не печатает"));
    QCOMPARE(printer.subject, QStringLiteral("Принтер не печатает"));
    QCOMPARE(printer.ticketCount, 4);
    QCOMPARE(printer.resolvedCount, 4);
    QCOMPARE(printer.exampleTicketId, newestPrinter);
    // Equal counts: the more recent example first.
    const KbCoverageGap& scannerGap = report->subjects.at(1);
    QCOMPARE(scannerGap.subject, QStringLiteral("Scanner is slow"));
    QCOMPARE(scannerGap.ticketCount, 3);
    QCOMPARE(scannerGap.resolvedCount, 4);
    QCOMPARE(scannerGap.exampleTicketId, scanner.at(2));
    const KbCoverageGap& password = report->subjects.at(2);
    QCOMPARE(password.subject, QStringLiteral("重置密码失败"));
    QCOMPARE(password.ticketCount, 3);
    QCOMPARE(password.exampleTicketId, newestPassword);

    // Types: every type with a resolved ticket without an article.
    QStringList types;
    for (const KbCoverageGap& gap : std::as_const(report->types))
        types.append(
            QStringLiteral("%1:%2/%3").arg(gap.key).arg(gap.ticketCount).arg(gap.resolvedCount));
    QCOMPARE(types, (QStringList{QStringLiteral("fault:4/9"), QStringLiteral("complaint:3/4"),
                                 QStringLiteral("consultation:3/3"), QStringLiteral("order:2/2")}));

    KbCoverageOptions strict;
    strict.minTickets = 4;
    strict.limit = 1;
    auto fewer = usage.coverageGaps(strict);
    QVERIFY(fewer.ok());
    QCOMPARE(fewer->subjects.size(), 1);
    QCOMPARE(fewer->subjects.first().exampleTicketId, newestPrinter);
}

void TestKbUsageRepository::coverageGapsReadOnlyTheWindow()
{
    for (int i = 0; i < 3; ++i)
        ticket(QStringLiteral("Old question"), TicketStatus::Closed);
    for (int i = 0; i < 3; ++i)
        ticket(QStringLiteral("New question"), TicketStatus::Closed);
    // Open tickets do not use up the window.
    for (int i = 0; i < 3; ++i)
        ticket(QStringLiteral("Open question"), TicketStatus::Open);

    KbCoverageOptions options;
    options.window = 3;
    auto report = KbUsageRepository(m_db->database(), m_clock).coverageGaps(options);
    QVERIFY(report.ok());
    QCOMPARE(report->ticketsRead, 3);
    QCOMPARE(report->subjects.size(), 1);
    QCOMPARE(report->subjects.first().subject, QStringLiteral("New question"));

    options.window = 0;
    auto empty = KbUsageRepository(m_db->database(), m_clock).coverageGaps(options);
    QVERIFY(empty.ok());
    QCOMPARE(empty->ticketsRead, 0);
    QVERIFY(empty->subjects.isEmpty());
    QVERIFY(empty->types.isEmpty());
}

QTEST_GUILESS_MAIN(TestKbUsageRepository)
#include "tst_kbusagerepository.moc"
