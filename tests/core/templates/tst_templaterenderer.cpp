// SPDX-License-Identifier: MIT
#include "templates/templaterenderer.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Switchboard;

namespace {

// 2026-11-27T12:00:00Z: 15:00 in Moscow, 20:00 in Shanghai, 07:00 in New
// York, 02:00 in Honolulu (the operator's zone in these tests).
qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

const qint64 kDueMs = utc(2026, 11, 27, 12);
const QByteArray kOperatorZone = "Pacific/Honolulu";

TemplateContext fullContext()
{
    TemplateContext context;
    context.customerName = QStringLiteral("Иван Петров");
    context.customerEmail = QStringLiteral("ivan@example.ru");
    context.customerLanguage = QStringLiteral("ru");
    context.customerTimeZone = QStringLiteral("Europe/Moscow");
    context.ticketId = 1234;
    context.ticketSubject = QStringLiteral("Принтер не печатает");
    context.agentName = QStringLiteral("Анна Смирнова");
    context.firstResponseDueMs = kDueMs;
    context.resolutionDueMs = utc(2026, 11, 30, 9);
    return context;
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void placeholder_data();
    void placeholder();
    void dueDate_data();
    void dueDate();
    void dueDateIsInTheCustomersZoneNotTheOperators_data();
    void dueDateIsInTheCustomersZoneNotTheOperators();
    void zoneFallsBackToTheSystemZone_data();
    void zoneFallsBackToTheSystemZone();
    void unknownPlaceholdersAreKeptAndReported();
    void missingValues();
    void whitespaceInsideBraces_data();
    void whitespaceInsideBraces();
    void valuesAreNotExpandedAgain();
    void textWithoutPlaceholders();

private:
    QByteArray m_savedTz;
    bool m_hadTz = false;
};

void TestTemplateRenderer::initTestCase()
{
    // The operator's machine is in Honolulu (UTC-10), a zone none of the
    // customers share, so a date written in the operator's zone shows.
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_savedTz = qgetenv("TZ");
    qputenv("TZ", kOperatorZone);
    tzset();
    QCOMPARE(QTimeZone::systemTimeZoneId(), kOperatorZone);
}

void TestTemplateRenderer::cleanupTestCase()
{
    if (m_hadTz)
        qputenv("TZ", m_savedTz);
    else
        qunsetenv("TZ");
    tzset();
}

void TestTemplateRenderer::placeholder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("customer.name") << QStringLiteral("Здравствуйте, {{customer.name}}!")
                                   << QStringLiteral("Здравствуйте, Иван Петров!");
    QTest::newRow("customer.email")
        << QStringLiteral("<{{customer.email}}>") << QStringLiteral("<ivan@example.ru>");
    // A number as digits only: no group separator in "#12345".
    QTest::newRow("ticket.id") << QStringLiteral("№{{ticket.id}}") << QStringLiteral("№1234");
    QTest::newRow("ticket.subject")
        << QStringLiteral("«{{ticket.subject}}»") << QStringLiteral("«Принтер не печатает»");
    QTest::newRow("agent.name") << QStringLiteral("-- {{agent.name}}")
                                << QStringLiteral("-- Анна Смирнова");
    QTest::newRow("sla.first_response.due")
        << QStringLiteral("до {{sla.first_response.due}}")
        << QStringLiteral("до 27 ноября 2026 г., 15:00 (UTC+3)");
    QTest::newRow("sla.resolution.due") << QStringLiteral("до {{sla.resolution.due}}")
                                        << QStringLiteral("до 30 ноября 2026 г., 12:00 (UTC+3)");
    QTest::newRow("all at once")
        << QStringLiteral("{{customer.name}} {{customer.email}} {{ticket.id}} "
                          "{{ticket.subject}} {{agent.name}}")
        << QStringLiteral("Иван Петров ivan@example.ru 1234 Принтер не печатает Анна Смирнова");
}

void TestTemplateRenderer::placeholder()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const RenderResult result = TemplateRenderer::render(text, fullContext());
    QCOMPARE(result.text, expected);
    QVERIFY(result.unknownPlaceholders.isEmpty());
    QVERIFY(result.missingValues.isEmpty());
}

void TestTemplateRenderer::dueDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("dueMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru Moscow") << QStringLiteral("ru") << QStringLiteral("Europe/Moscow") << kDueMs
                               << QStringLiteral("27 ноября 2026 г., 15:00 (UTC+3)");
    // Most of Russia has no letter abbreviation in tzdata ("+05").
    QTest::newRow("ru Yekaterinburg")
        << QStringLiteral("ru") << QStringLiteral("Asia/Yekaterinburg") << kDueMs
        << QStringLiteral("27 ноября 2026 г., 17:00 (UTC+5)");
    QTest::newRow("zh Shanghai") << QStringLiteral("zh") << QStringLiteral("Asia/Shanghai")
                                 << kDueMs << QStringLiteral("2026年11月27日 20:00（UTC+8）");
    // 20:00 UTC is already the next day in Shanghai.
    QTest::newRow("zh Shanghai next day")
        << QStringLiteral("zh") << QStringLiteral("Asia/Shanghai") << utc(2026, 11, 27, 20)
        << QStringLiteral("2026年11月28日 04:00（UTC+8）");
    QTest::newRow("en New York winter")
        << QStringLiteral("en") << QStringLiteral("America/New_York") << kDueMs
        << QStringLiteral("November 27, 2026, 7:00 AM (UTC-5)");
    QTest::newRow("en New York summer")
        << QStringLiteral("en") << QStringLiteral("America/New_York") << utc(2026, 7, 1, 18, 30)
        << QStringLiteral("July 1, 2026, 2:30 PM (UTC-4)");
    QTest::newRow("en Kolkata half hour")
        << QStringLiteral("en") << QStringLiteral("Asia/Kolkata") << kDueMs
        << QStringLiteral("November 27, 2026, 5:30 PM (UTC+5:30)");
    QTest::newRow("en UTC") << QStringLiteral("en") << QStringLiteral("UTC") << kDueMs
                            << QStringLiteral("November 27, 2026, 12:00 PM (UTC)");
    // The language says how, the zone says when: a Russian customer in Shanghai.
    QTest::newRow("ru Shanghai") << QStringLiteral("ru") << QStringLiteral("Asia/Shanghai")
                                 << kDueMs << QStringLiteral("27 ноября 2026 г., 20:00 (UTC+8)");
    QTest::newRow("locale-style key ru_RU")
        << QStringLiteral("ru_RU") << QStringLiteral("Europe/Moscow") << kDueMs
        << QStringLiteral("27 ноября 2026 г., 15:00 (UTC+3)");
    QTest::newRow("unknown language is English")
        << QStringLiteral("de") << QStringLiteral("Europe/Berlin") << kDueMs
        << QStringLiteral("November 27, 2026, 1:00 PM (UTC+1)");
}

void TestTemplateRenderer::dueDate()
{
    QFETCH(QString, language);
    QFETCH(QString, zone);
    QFETCH(qint64, dueMs);
    QFETCH(QString, expected);
    QCOMPARE(TemplateRenderer::formatInstant(dueMs, language, zone), expected);

    TemplateContext context = fullContext();
    context.customerLanguage = language;
    context.customerTimeZone = zone;
    context.firstResponseDueMs = dueMs;
    const RenderResult result =
        TemplateRenderer::render(QStringLiteral("[{{sla.first_response.due}}]"), context);
    QCOMPARE(result.text, QLatin1Char('[') + expected + QLatin1Char(']'));
}

void TestTemplateRenderer::dueDateIsInTheCustomersZoneNotTheOperators_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("customerHour");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Europe/Moscow")
                        << QStringLiteral("15:00");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("Asia/Shanghai")
                        << QStringLiteral("20:00");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("America/New_York")
                        << QStringLiteral("7:00 AM");
}

void TestTemplateRenderer::dueDateIsInTheCustomersZoneNotTheOperators()
{
    QFETCH(QString, language);
    QFETCH(QString, zone);
    QFETCH(QString, customerHour);
    TemplateContext context = fullContext();
    context.customerLanguage = language;
    context.customerTimeZone = zone;
    const QString text =
        TemplateRenderer::render(QStringLiteral("{{sla.first_response.due}}"), context).text;
    QVERIFY2(text.contains(customerHour), qPrintable(text));
    // 02:00 in Honolulu, the operator's zone, and the operator's offset.
    QVERIFY2(!text.contains(QStringLiteral("2:00")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("UTC-10")), qPrintable(text));
}

void TestTemplateRenderer::zoneFallsBackToTheSystemZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown IANA id") << QStringLiteral("Mars/Olympus_Mons");
}

void TestTemplateRenderer::zoneFallsBackToTheSystemZone()
{
    QFETCH(QString, zone);
    QCOMPARE(TemplateRenderer::formatInstant(kDueMs, QStringLiteral("ru"), zone),
             QStringLiteral("27 ноября 2026 г., 02:00 (UTC-10)"));
}

void TestTemplateRenderer::unknownPlaceholdersAreKeptAndReported()
{
    const QString text = QStringLiteral(
        "{{ticket.number}} / {{ Customer.Name }} / {{ticket.id}} / {{ticket.number}} / {{a b}}");
    const RenderResult result = TemplateRenderer::render(text, fullContext());
    QCOMPARE(result.text,
             QStringLiteral("{{ticket.number}} / {{ Customer.Name }} / 1234 / {{ticket.number}} / "
                            "{{a b}}"));
    // Each once, in order of appearance, named without the spaces around.
    QCOMPARE(result.unknownPlaceholders,
             (QStringList{QStringLiteral("ticket.number"), QStringLiteral("Customer.Name"),
                          QStringLiteral("a b")}));
    QVERIFY(result.missingValues.isEmpty());
}

void TestTemplateRenderer::missingValues()
{
    TemplateContext context;
    context.customerLanguage = QStringLiteral("en");
    context.customerEmail = QStringLiteral("li@example.cn");
    context.customerName = QStringLiteral("   ");
    const QString dash = TemplateRenderer::missingValue();
    QCOMPARE(dash, QStringLiteral("\u2014"));

    const RenderResult result = TemplateRenderer::render(
        QStringLiteral("Hello {{customer.name}} <{{customer.email}}>, #{{ticket.id}} "
                       "{{ticket.subject}}; {{agent.name}}; by {{sla.first_response.due}}, "
                       "done by {{sla.resolution.due}}; again {{ sla.first_response.due }}"),
        context);
    QCOMPARE(result.text, QStringLiteral("Hello %1 <li@example.cn>, #%1 %1; %1; by %1, done by "
                                         "%1; again %1")
                              .arg(dash));
    QCOMPARE(result.missingValues,
             (QStringList{QStringLiteral("customer.name"), QStringLiteral("ticket.id"),
                          QStringLiteral("ticket.subject"), QStringLiteral("agent.name"),
                          QStringLiteral("sla.first_response.due"),
                          QStringLiteral("sla.resolution.due")}));
    QVERIFY(result.unknownPlaceholders.isEmpty());

    // Every placeholder the renderer knows has a value in the full context.
    for (const QString& name : TemplateRenderer::placeholders()) {
        const RenderResult full =
            TemplateRenderer::render(QStringLiteral("{{%1}}").arg(name), fullContext());
        QVERIFY2(full.missingValues.isEmpty() && full.unknownPlaceholders.isEmpty() &&
                     !full.text.isEmpty() && full.text != dash,
                 qPrintable(name));
    }
}

void TestTemplateRenderer::whitespaceInsideBraces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces") << QStringLiteral("#{{ ticket.id }}") << QStringLiteral("#1234");
    QTest::newRow("one side") << QStringLiteral("#{{ticket.id  }}") << QStringLiteral("#1234");
    QTest::newRow("tab and newline")
        << QStringLiteral("#{{\tticket.id\n}}") << QStringLiteral("#1234");
    QTest::newRow("empty braces stay")
        << QStringLiteral("{{}} {{ }}") << QStringLiteral("{{}} {{ }}");
    QTest::newRow("single braces stay")
        << QStringLiteral("{ticket.id} {{ticket.id}") << QStringLiteral("{ticket.id} {{ticket.id}");
    QTest::newRow("triple braces") << QStringLiteral("{{{ticket.id}}}") << QStringLiteral("{1234}");
    QTest::newRow("adjacent") << QStringLiteral("{{ticket.id}}{{ticket.id}}")
                              << QStringLiteral("12341234");
}

void TestTemplateRenderer::whitespaceInsideBraces()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const RenderResult result = TemplateRenderer::render(text, fullContext());
    QCOMPARE(result.text, expected);
    QVERIFY(result.unknownPlaceholders.isEmpty());
}

void TestTemplateRenderer::valuesAreNotExpandedAgain()
{
    TemplateContext context = fullContext();
    context.ticketSubject = QStringLiteral("Re: {{ticket.id}} {{agent.name}}");
    context.customerName = QStringLiteral("{{unknown}}");
    const RenderResult result = TemplateRenderer::render(
        QStringLiteral("{{customer.name}}: «{{ticket.subject}}» #{{ticket.id}}"), context);
    QCOMPARE(result.text, QStringLiteral("{{unknown}}: «Re: {{ticket.id}} {{agent.name}}» #1234"));
    // Braces in values are the customer's words, not the template's.
    QVERIFY(result.unknownPlaceholders.isEmpty());
    QVERIFY(result.missingValues.isEmpty());
}

void TestTemplateRenderer::textWithoutPlaceholders()
{
    const QString text = QStringLiteral("Спасибо за обращение!\n\n谢谢。");
    const RenderResult result = TemplateRenderer::render(text, TemplateContext{});
    QCOMPARE(result.text, text);
    QVERIFY(result.unknownPlaceholders.isEmpty());
    QVERIFY(result.missingValues.isEmpty());
    QCOMPARE(TemplateRenderer::render(QString(), TemplateContext{}).text, QString());
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
