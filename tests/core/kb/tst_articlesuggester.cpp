// SPDX-License-Identifier: MIT
// Suggesting articles for a ticket from its subject and first message, in
// Russian, Chinese and English; the article a ticket becomes; the link a
// reply inserts.
#include "kb/articlerepository.h"
#include "kb/articlesuggester.h"
#include "kb/kbsearch.h"
#include "tempdatabase.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

struct Fixture
{
    const char* key;
    const char* title;
    const char* body;
    const char* lang;
    const char* status;
};

const Fixture kArticles[] = {
    {"printer-ru", "Принтер не печатает",
     "Если принтер перестал печатать, перезапустите его и очистите очередь печати. После "
     "обновления системы переустановите драйвер принтера.",
     "ru", "published"},
    {"printer-draft-ru", "Принтер печатает после обновления полосами",
     "Черновик: принтер, обновление, печать.", "ru", "draft"},
    {"password-ru", "Сброс пароля", "Откройте настройки учётной записи и сбросьте пароль.", "ru",
     "published"},
    {"invoice-ru", "Как получить копию счёта", "Копию счёта можно скачать в личном кабинете.", "ru",
     "published"},
    {"password-zh", "如何重置密码", "打开账户设置，点击重置密码，然后查看邮件。", "zh",
     "published"},
    {"delivery-zh", "订单配送时间", "订单一般在三天内送达。", "zh", "published"},
    {"printer-en", "Printer does not print",
     "Restart the printer and clear the print queue. After a system update, reinstall the "
     "driver.",
     "en", "published"},
    {"queue-en", "Clear a stuck print queue",
     "Open the printer settings and clear the print queue.", "en", "published"},
    {"password-en", "Reset your password", "Open the account settings and reset the password.",
     "en", "published"},
    {"vpn-en", "VPN connection drops",
     "If the VPN connection drops every few minutes, switch "
     "the VPN protocol to TCP.",
     "en", "published"},
    {"vpn-ru", "VPN соединение обрывается",
     "Если VPN соединение обрывается, переключите VPN протокол на TCP.", "ru", "published"},
};

} // namespace

class TestArticleSuggester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void russianPrinterTicket();
    void chinesePasswordTicket();
    void englishTicketWithLongMessage();
    void atMostThree();
    void unrelatedTicketFindsNothing_data();
    void unrelatedTicketFindsNothing();
    void ticketLanguageFirst();
    void otherLanguagesFillUp();
    void syntaxCharactersAreText_data();
    void syntaxCharactersAreText();
    void draftsAreNotSuggested();
    void suggestsFromTicketDetail();
    void draftFromTicket();
    void markdownLink();

private:
    QStringList suggest(const QString& subject, const QString& message, const QString& lang,
                        int limit = ArticleSuggester::kDefaultLimit);

    TempDatabase m_db;
    QHash<qint64, QString> m_keys;
};

void TestArticleSuggester::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.errorString()));
    ArticleRepository repository(m_db.database());
    for (const Fixture& f : kArticles) {
        Article article;
        article.title = QString::fromUtf8(f.title);
        article.body = QString::fromUtf8(f.body);
        article.lang = QString::fromLatin1(f.lang);
        article.status = QString::fromLatin1(f.status);
        auto id = repository.create(article);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        m_keys.insert(id.value(), QString::fromLatin1(f.key));
    }
}

QStringList TestArticleSuggester::suggest(const QString& subject, const QString& message,
                                          const QString& lang, int limit)
{
    auto hits = ArticleSuggester(m_db.database()).suggest(subject, message, lang, limit);
    if (!hits)
        return {QStringLiteral("error: ") + hits.error().toString()};
    QStringList keys;
    for (const KbSearchHit& hit : std::as_const(hits.value()))
        keys.append(m_keys.value(hit.id, QStringLiteral("?")));
    return keys;
}

void TestArticleSuggester::russianPrinterTicket()
{
    const QStringList keys = suggest(QStringLiteral("Принтер не печатает после обновления"),
                                     QStringLiteral("Добрый день! После обновления Windows "
                                                    "принтер HP перестал печатать."),
                                     QStringLiteral("ru"));
    QVERIFY2(!keys.isEmpty(), "nothing suggested");
    QCOMPARE(keys.first(), QStringLiteral("printer-ru"));
    QVERIFY(keys.size() <= 3);
    // Sharing only "не" and "после" with the Russian articles is no reason
    // to suggest them.
    QVERIFY2(!keys.contains(QStringLiteral("password-ru")), qPrintable(keys.join(u' ')));
    QVERIFY2(!keys.contains(QStringLiteral("invoice-ru")), qPrintable(keys.join(u' ')));
}

void TestArticleSuggester::chinesePasswordTicket()
{
    const QStringList keys =
        suggest(QStringLiteral("无法重置密码"), QString(), QStringLiteral("zh"));
    QVERIFY2(!keys.isEmpty(), "nothing suggested");
    QCOMPARE(keys.first(), QStringLiteral("password-zh"));
    QVERIFY2(!keys.contains(QStringLiteral("delivery-zh")), qPrintable(keys.join(u' ')));
}

void TestArticleSuggester::englishTicketWithLongMessage()
{
    // Natural text: most words are in no article, many are stop words; the
    // AND of all of them would find nothing.
    const QStringList keys = suggest(
        QStringLiteral("Cannot reset my password"),
        QStringLiteral("Hello team,\n\nI have tried three times this morning to reset the "
                       "password of my account but the link never arrives. Could you please "
                       "help me? I need to log in before the meeting.\n\nThanks, Bob"),
        QStringLiteral("en"));
    QVERIFY2(!keys.isEmpty(), "nothing suggested");
    QCOMPARE(keys.first(), QStringLiteral("password-en"));
}

void TestArticleSuggester::atMostThree()
{
    // Matches all four published English articles.
    const QString subject = QStringLiteral("Printer, password, VPN");
    const QString message = QStringLiteral("The printer does not print, the password reset "
                                           "fails, the VPN connection drops.");
    QCOMPARE(suggest(subject, message, QStringLiteral("en")).size(), 3);
    QCOMPARE(suggest(subject, message, QStringLiteral("en"), 2).size(), 2);
    QCOMPARE(suggest(subject, message, QStringLiteral("en"), 10).size(), 4);
    QCOMPARE(suggest(subject, message, QStringLiteral("en"), 0).size(), 0);
}

void TestArticleSuggester::unrelatedTicketFindsNothing_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("lang");
    QTest::newRow("ru") << QStringLiteral("Хочу вернуть товар")
                        << QStringLiteral("Здравствуйте! Купил куртку, размер не подошёл. Как "
                                          "оформить возврат?")
                        << QStringLiteral("ru");
    QTest::newRow("zh") << QStringLiteral("发票抬头写错了") << QStringLiteral("请帮我修改。")
                        << QStringLiteral("zh");
    QTest::newRow("en") << QStringLiteral("Lunch menu for Friday")
                        << QStringLiteral("Is there a vegetarian option this week?")
                        << QStringLiteral("en");
    QTest::newRow("only stop words") << QStringLiteral("Hello, please help")
                                     << QStringLiteral("Thanks!") << QStringLiteral("en");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("en");
}

void TestArticleSuggester::unrelatedTicketFindsNothing()
{
    QFETCH(QString, subject);
    QFETCH(QString, message);
    QFETCH(QString, lang);
    QCOMPARE(suggest(subject, message, lang), QStringList());
}

void TestArticleSuggester::ticketLanguageFirst()
{
    const QString subject = QStringLiteral("VPN connection drops, VPN TCP");
    QCOMPARE(suggest(subject, QString(), QStringLiteral("en")).value(0), QStringLiteral("vpn-en"));
    // The Russian article shares fewer words, but the ticket is Russian.
    QCOMPARE(suggest(subject, QString(), QStringLiteral("ru")).value(0), QStringLiteral("vpn-ru"));
}

void TestArticleSuggester::otherLanguagesFillUp()
{
    // No Chinese article about VPN: the others are better than nothing.
    const QStringList keys =
        suggest(QStringLiteral("VPN TCP"), QStringLiteral("VPN 连接断开"), QStringLiteral("zh"));
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{QStringLiteral("vpn-en"), QStringLiteral("vpn-ru")}));
    // Only as many as asked for.
    QCOMPARE(suggest(QStringLiteral("VPN TCP"), QString(), QStringLiteral("zh"), 1).size(), 1);
}

void TestArticleSuggester::syntaxCharactersAreText_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("quotes") << QStringLiteral("\"printer\" \"");
    QTest::newRow("operators") << QStringLiteral("printer AND NOT password OR NEAR(vpn)");
    QTest::newRow("column filter") << QStringLiteral("title: printer -body:{x} ^reset");
    QTest::newRow("star and plus") << QStringLiteral("print* + passw* ( ) :");
    QTest::newRow("only punctuation") << QStringLiteral("\"*():^-+{}[]");
}

void TestArticleSuggester::syntaxCharactersAreText()
{
    QFETCH(QString, subject);
    auto hits =
        ArticleSuggester(m_db.database())
            .suggest(subject, QStringLiteral("(\"reset\" AND) OR NOT*"), QStringLiteral("en"));
    QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().toString()));
    QVERIFY(hits->size() <= 3);
}

void TestArticleSuggester::draftsAreNotSuggested()
{
    const QStringList keys = suggest(QStringLiteral("Принтер печатает полосами после обновления"),
                                     QString(), QStringLiteral("ru"), 10);
    QVERIFY(keys.contains(QStringLiteral("printer-ru")));
    QVERIFY(!keys.contains(QStringLiteral("printer-draft-ru")));
}

void TestArticleSuggester::suggestsFromTicketDetail()
{
    TicketDetail detail;
    detail.ticket.subject = QStringLiteral("Помогите");
    detail.ticket.language = QStringLiteral("ru");
    Message note;
    note.kind = MessageKind::Note;
    note.body = QStringLiteral("VPN TCP"); // agents' notes are not the question
    Message question;
    question.kind = MessageKind::Customer;
    question.body = QStringLiteral("Не могу сбросить пароль");
    detail.messages = {note, question};
    auto hits = ArticleSuggester(m_db.database()).suggest(detail);
    QVERIFY(hits.ok());
    QVERIFY(!hits->isEmpty());
    QCOMPARE(m_keys.value(hits->first().id), QStringLiteral("password-ru"));
    QCOMPARE(hits->first().title, QStringLiteral("Сброс пароля"));
    QCOMPARE(hits->first().lang, QStringLiteral("ru"));
    QVERIFY(hits->first().score > 0);
    QVERIFY(!hits->first().snippet.isEmpty());
}

void TestArticleSuggester::draftFromTicket()
{
    TicketDetail detail;
    detail.ticket.subject = QStringLiteral("  Принтер   не печатает ");
    detail.ticket.language = QStringLiteral("ru");
    auto message = [](MessageKind kind, const QString& body) {
        Message m;
        m.kind = kind;
        m.body = body;
        return m;
    };
    detail.messages = {
        message(MessageKind::System, QStringLiteral("Создан")),
        message(MessageKind::Customer, QStringLiteral("Принтер молчит.\n")),
        message(MessageKind::Reply, QStringLiteral("Перезапустите принтер.")),
        message(MessageKind::Customer, QStringLiteral("Не помогло.")),
        message(MessageKind::Reply, QStringLiteral("Переустановите драйвер.")),
        message(MessageKind::Note, QStringLiteral("внутреннее")),
    };
    const Article draft = ArticleSuggester::draftFromTicket(detail);
    QCOMPARE(draft.title, QStringLiteral("Принтер не печатает"));
    QCOMPARE(draft.lang, QStringLiteral("ru"));
    QCOMPARE(draft.status, QStringLiteral("draft"));
    QCOMPARE(draft.id, 0);
    QCOMPARE(draft.body, QStringLiteral("## Question\n\nПринтер молчит.\n\n## Answer\n\n"
                                        "Переустановите драйвер."));

    // An unknown language keeps the article default.
    detail.ticket.language = QStringLiteral("de");
    QCOMPARE(ArticleSuggester::draftFromTicket(detail).lang, Article().lang);
    detail.ticket.language = QStringLiteral("zh_CN");
    QCOMPARE(ArticleSuggester::draftFromTicket(detail).lang, QStringLiteral("zh"));
}

void TestArticleSuggester::markdownLink()
{
    QCOMPARE(ArticleSuggester::markdownLink(42, QStringLiteral("Сброс пароля")),
             QStringLiteral("[Сброс пароля](kb:42)"));
    QCOMPARE(ArticleSuggester::markdownLink(7, QStringLiteral("[Beta] a\\b")),
             QStringLiteral("[\\[Beta\\] a\\\\b](kb:7)"));
}

QTEST_GUILESS_MAIN(TestArticleSuggester)
#include "tst_articlesuggester.moc"
