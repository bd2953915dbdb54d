// SPDX-License-Identifier: MIT
#include "tempdatabase.h"
#include "templates/replytemplaterepository.h"
#include "templates/templaterenderer.h"
#include "ticketbuilder.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

ReplyTemplate draft(const QString& name, const QString& lang, const QString& body,
                    const QString& category = {})
{
    ReplyTemplate reply;
    reply.name = name;
    reply.lang = lang;
    reply.body = body;
    reply.category = category;
    return reply;
}

// The error of a failed result for a QVERIFY2 message; empty on success
// (Qt 6.4 evaluates the message even when the check passes).
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

QStringList names(const QList<ReplyTemplate>& list)
{
    QStringList result;
    for (const ReplyTemplate& reply : list)
        result.append(reply.name);
    return result;
}

QStringList langs(const QList<ReplyTemplate>& list)
{
    QStringList result;
    for (const ReplyTemplate& reply : list)
        result.append(reply.lang);
    return result;
}

} // namespace

class TestReplyTemplateRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void seededAcknowledgementInThreeLanguages();
    void addUpdateRemove();
    void unknownIds();
    void invalidTemplates_data();
    void invalidTemplates();
    void duplicateNameInALanguageConflicts();
    void creatorMustExist();
    void cyrillicSearchIgnoresCase();
    void chineseSubstringSearch();
    void searchMatchesNameCategoryAndBody();
    void everyWordMustMatch();
    void ranking();
    void languageFilterAndLimit();
    void sqlCharactersAreSearchedLiterally_data();
    void sqlCharactersAreSearchedLiterally();
    void usageCount();
    void variantsAndBestVariant();

private:
    ReplyTemplate add(const ReplyTemplate& reply);

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ReplyTemplateRepository> m_repository;
    FixedClock m_clock{kNowMs};
};

void TestReplyTemplateRepository::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock.setMs(kNowMs);
    m_repository = std::make_unique<ReplyTemplateRepository>(m_db->database(), m_clock);
}

void TestReplyTemplateRepository::cleanup()
{
    m_repository.reset();
    m_db.reset();
}

ReplyTemplate TestReplyTemplateRepository::add(const ReplyTemplate& reply)
{
    auto added = m_repository->add(reply);
    if (!added) {
        qWarning() << "add failed:" << added.error().toString();
        return {};
    }
    return added.value();
}

void TestReplyTemplateRepository::seededAcknowledgementInThreeLanguages()
{
    auto variants = m_repository->variants(QStringLiteral("acknowledgement"));
    QVERIFY2(variants, why(variants).constData());
    QCOMPARE(langs(*variants), ReplyTemplateRepository::languages());

    TemplateContext context;
    context.customerName = QStringLiteral("Li Na");
    context.ticketId = 42;
    context.firstResponseDueMs = kNowMs;
    context.customerTimeZone = QStringLiteral("Asia/Shanghai");
    for (const ReplyTemplate& reply : *variants) {
        QCOMPARE(reply.category, QStringLiteral("system"));
        // The shipped texts use only placeholders the renderer knows.
        context.customerLanguage = reply.lang;
        const RenderResult rendered = TemplateRenderer::render(reply.body, context);
        QVERIFY2(rendered.unknownPlaceholders.isEmpty(), qPrintable(reply.lang));
        QVERIFY2(rendered.missingValues.isEmpty(), qPrintable(reply.lang));
        QVERIFY2(rendered.text.contains(QStringLiteral("42")), qPrintable(rendered.text));
        // 17:00 in Shanghai, the customer's zone.
        const QString hour =
            reply.lang == QLatin1String("en") ? QStringLiteral("5:00 PM") : QStringLiteral("17:00");
        QVERIFY2(rendered.text.contains(hour), qPrintable(rendered.text));
    }
}

void TestReplyTemplateRepository::addUpdateRemove()
{
    auto added = m_repository->add(draft(QStringLiteral("  Printer restart "), QStringLiteral("en"),
                                         QStringLiteral("Please restart the printer."),
                                         QStringLiteral(" hardware ")));
    QVERIFY2(added, why(added).constData());
    QVERIFY(added->id > 0);
    QCOMPARE(added->name, QStringLiteral("Printer restart"));
    QCOMPARE(added->category, QStringLiteral("hardware"));
    QCOMPARE(added->createdAt, kNowMs);
    QCOMPARE(added->updatedAt, kNowMs);

    auto read = m_repository->byId(added->id);
    QVERIFY(read);
    QCOMPARE(read->name, QStringLiteral("Printer restart"));
    QCOMPARE(read->lang, QStringLiteral("en"));
    QCOMPARE(read->body, QStringLiteral("Please restart the printer."));
    QCOMPARE(read->usageCount, 0);
    QCOMPARE(read->createdBy, 0);

    QVERIFY(m_repository->recordUse(added->id));
    m_clock.advanceMs(60000);
    ReplyTemplate changed = *read;
    changed.name = QStringLiteral("Перезапуск принтера");
    changed.lang = QStringLiteral("RU");
    changed.body = QStringLiteral("Перезапустите принтер.");
    changed.category.clear();
    changed.usageCount = 99; // not the editor's to set
    auto updated = m_repository->update(changed);
    QVERIFY2(updated, why(updated).constData());
    QCOMPARE(updated->name, QStringLiteral("Перезапуск принтера"));
    QCOMPARE(updated->lang, QStringLiteral("ru"));
    QCOMPARE(updated->category, QString());
    QCOMPARE(updated->usageCount, 1);
    QCOMPARE(updated->createdAt, kNowMs);
    QCOMPARE(updated->updatedAt, kNowMs + 60000);

    QVERIFY(m_repository->remove(added->id));
    auto gone = m_repository->byId(added->id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
}

void TestReplyTemplateRepository::unknownIds()
{
    ReplyTemplate missing = draft(QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("y"));
    missing.id = 9999;
    auto updated = m_repository->update(missing);
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, ErrorKind::NotFound);
    Status removed = m_repository->remove(9999);
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, ErrorKind::NotFound);
    Status used = m_repository->recordUse(9999);
    QVERIFY(!used);
    QCOMPARE(used.error().kind, ErrorKind::NotFound);
}

void TestReplyTemplateRepository::invalidTemplates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("body");
    QTest::newRow("empty name") << QString() << QStringLiteral("en") << QStringLiteral("text");
    QTest::newRow("blank name") << QStringLiteral(" \t") << QStringLiteral("en")
                                << QStringLiteral("text");
    QTest::newRow("empty body") << QStringLiteral("n") << QStringLiteral("en") << QString();
    QTest::newRow("blank body") << QStringLiteral("n") << QStringLiteral("en")
                                << QStringLiteral("\n  \n");
    QTest::newRow("unknown language")
        << QStringLiteral("n") << QStringLiteral("de") << QStringLiteral("text");
    QTest::newRow("no language") << QStringLiteral("n") << QString() << QStringLiteral("text");
}

void TestReplyTemplateRepository::invalidTemplates()
{
    QFETCH(QString, name);
    QFETCH(QString, lang);
    QFETCH(QString, body);
    auto added = m_repository->add(draft(name, lang, body));
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::BadInput);
    QVERIFY(!added.error().message.isEmpty());

    const ReplyTemplate valid =
        add(draft(QStringLiteral("valid"), QStringLiteral("en"), QStringLiteral("text")));
    QVERIFY(valid.id > 0);
    ReplyTemplate changed = draft(name, lang, body);
    changed.id = valid.id;
    auto updated = m_repository->update(changed);
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, ErrorKind::BadInput);
    QCOMPARE(m_repository->byId(valid.id)->name, QStringLiteral("valid"));
}

void TestReplyTemplateRepository::duplicateNameInALanguageConflicts()
{
    const ReplyTemplate en =
        add(draft(QStringLiteral("Password reset"), QStringLiteral("en"), QStringLiteral("a")));
    QVERIFY(en.id > 0);
    auto again = m_repository->add(
        draft(QStringLiteral(" Password reset"), QStringLiteral("en"), QStringLiteral("b")));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    QVERIFY(again.error().message.contains(QStringLiteral("Password reset")));

    // The same name in another language is that template's translation.
    const ReplyTemplate ru =
        add(draft(QStringLiteral("Password reset"), QStringLiteral("ru"), QStringLiteral("в")));
    QVERIFY(ru.id > 0);
    // The seeded name is taken too.
    auto seeded = m_repository->add(
        draft(QStringLiteral("acknowledgement"), QStringLiteral("zh"), QStringLiteral("d")));
    QCOMPARE(seeded.error().kind, ErrorKind::Conflict);

    // Renaming onto an existing name conflicts; saving a template unchanged does not.
    const ReplyTemplate other =
        add(draft(QStringLiteral("Other"), QStringLiteral("en"), QStringLiteral("c")));
    ReplyTemplate renamed = other;
    renamed.name = QStringLiteral("Password reset");
    auto updated = m_repository->update(renamed);
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, ErrorKind::Conflict);
    QCOMPARE(m_repository->byId(other.id)->name, QStringLiteral("Other"));
    QVERIFY(m_repository->update(en));
    // Moving a variant into a language that already has the name conflicts.
    ReplyTemplate moved = ru;
    moved.lang = QStringLiteral("en");
    QCOMPARE(m_repository->update(moved).error().kind, ErrorKind::Conflict);
}

void TestReplyTemplateRepository::creatorMustExist()
{
    TicketBuilder builder(m_db->database());
    const AgentId anna = builder.agent(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));

    ReplyTemplate reply = draft(QStringLiteral("n"), QStringLiteral("ru"), QStringLiteral("b"));
    reply.createdBy = anna;
    auto added = m_repository->add(reply);
    QVERIFY2(added, why(added).constData());
    QCOMPARE(m_repository->byId(added->id)->createdBy, anna);

    reply.name = QStringLiteral("m");
    reply.createdBy = anna + 100;
    auto unknown = m_repository->add(reply);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
}

void TestReplyTemplateRepository::cyrillicSearchIgnoresCase()
{
    add(draft(QStringLiteral("принтер не печатает"), QStringLiteral("ru"),
              QStringLiteral("Проверьте кабель.")));
    add(draft(QStringLiteral("Сброс пароля"), QStringLiteral("ru"),
              QStringLiteral("Пароль сброшен, ПРИНТЕР тут ни при чём.")));
    add(draft(QStringLiteral("Ёлка"), QStringLiteral("ru"), QStringLiteral("С праздником!")));

    auto found = m_repository->search(QStringLiteral("ПРИНТЕР"));
    QVERIFY2(found, why(found).constData());
    QCOMPARE(names(*found),
             (QStringList{QStringLiteral("принтер не печатает"), QStringLiteral("Сброс пароля")}));
    found = m_repository->search(QStringLiteral("Принтер"));
    QCOMPARE(found->size(), 2);
    // ё and е are one letter to a Russian reader.
    found = m_repository->search(QStringLiteral("елка"));
    QCOMPARE(names(*found), QStringList{QStringLiteral("Ёлка")});
}

void TestReplyTemplateRepository::chineseSubstringSearch()
{
    add(draft(QStringLiteral("重置密码"), QStringLiteral("zh"),
              QStringLiteral("请点击登录页面的“忘记密码”。")));
    add(draft(QStringLiteral("发票"), QStringLiteral("zh"),
              QStringLiteral("电子发票已发送到您的邮箱。")));
    add(draft(QStringLiteral("Invoice copy"), QStringLiteral("en"),
              QStringLiteral("Your invoice is attached.")));

    auto found = m_repository->search(QStringLiteral("密码"));
    QVERIFY(found);
    QCOMPARE(names(*found), QStringList{QStringLiteral("重置密码")});
    found = m_repository->search(QStringLiteral("邮箱"));
    QCOMPARE(names(*found), QStringList{QStringLiteral("发票")});
    // Full-width letters fold to their ASCII form.
    found = m_repository->search(QStringLiteral("ＩＮＶＯＩＣＥ"));
    QCOMPARE(names(*found), QStringList{QStringLiteral("Invoice copy")});
}

void TestReplyTemplateRepository::searchMatchesNameCategoryAndBody()
{
    add(draft(QStringLiteral("VPN setup"), QStringLiteral("en"), QStringLiteral("Install it."),
              QStringLiteral("Network")));
    add(draft(QStringLiteral("Wi-Fi"), QStringLiteral("en"), QStringLiteral("Forget the network."),
              QStringLiteral("Office")));
    add(draft(QStringLiteral("Network outage"), QStringLiteral("en"), QStringLiteral("We know.")));
    add(draft(QStringLiteral("Unrelated"), QStringLiteral("en"), QStringLiteral("Nothing here."),
              QStringLiteral("Billing")));

    auto found = m_repository->search(QStringLiteral("network"), QStringLiteral("en"));
    QVERIFY(found);
    // Name, then category, then body.
    QCOMPARE(names(*found), (QStringList{QStringLiteral("Network outage"),
                                         QStringLiteral("VPN setup"), QStringLiteral("Wi-Fi")}));
    QVERIFY(m_repository->search(QStringLiteral("zzz"))->isEmpty());
}

void TestReplyTemplateRepository::everyWordMustMatch()
{
    add(draft(QStringLiteral("Принтер: замятие бумаги"), QStringLiteral("ru"),
              QStringLiteral("Откройте лоток.")));
    add(draft(QStringLiteral("Принтер: картридж"), QStringLiteral("ru"),
              QStringLiteral("Замените картридж.")));
    auto found = m_repository->search(QStringLiteral("  принтер   ЛОТОК "));
    QVERIFY(found);
    QCOMPARE(names(*found), QStringList{QStringLiteral("Принтер: замятие бумаги")});
    found = m_repository->search(QStringLiteral("принтер картридж"));
    QCOMPARE(names(*found), QStringList{QStringLiteral("Принтер: картридж")});
}

void TestReplyTemplateRepository::ranking()
{
    // Usage count decides only within a kind of match.
    const ReplyTemplate body = add(draft(QStringLiteral("Сброс пароля"), QStringLiteral("ru"),
                                         QStringLiteral("Если принтер не печатает...")));
    const ReplyTemplate category = add(draft(QStringLiteral("Замятие бумаги"), QStringLiteral("ru"),
                                             QStringLiteral("..."), QStringLiteral("Принтеры")));
    const ReplyTemplate contains = add(draft(QStringLiteral("Замена картриджа принтера"),
                                             QStringLiteral("ru"), QStringLiteral("...")));
    const ReplyTemplate prefixRare =
        add(draft(QStringLiteral("Принтер офлайн"), QStringLiteral("ru"), QStringLiteral("...")));
    const ReplyTemplate prefixUsed = add(
        draft(QStringLiteral("принтер не печатает"), QStringLiteral("ru"), QStringLiteral("...")));
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_repository->recordUse(body.id));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_repository->recordUse(category.id));
    QVERIFY(m_repository->recordUse(contains.id));
    QVERIFY(m_repository->recordUse(prefixUsed.id));

    auto found = m_repository->search(QStringLiteral("принтер"));
    QVERIFY(found);
    QCOMPARE(names(*found), (QStringList{prefixUsed.name, prefixRare.name, contains.name,
                                         category.name, body.name}));
    // Without a text: the most used first, then by name.
    found = m_repository->search(QString(), QStringLiteral("ru"));
    QCOMPARE(names(*found), (QStringList{body.name, category.name, contains.name, prefixUsed.name,
                                         QStringLiteral("acknowledgement"), prefixRare.name}));
}

void TestReplyTemplateRepository::languageFilterAndLimit()
{
    for (int i = 0; i < 30; ++i)
        add(draft(QStringLiteral("模板 %1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("zh"),
                  QStringLiteral("正文")));
    auto all = m_repository->search(QString());
    QVERIFY(all);
    QCOMPARE(all->size(), 33); // with the three seeded ones
    auto zh = m_repository->search(QString(), QStringLiteral("zh"), 0);
    QCOMPARE(zh->size(), 31);
    QCOMPARE(langs(*zh).count(QStringLiteral("zh")), 31);
    auto limited = m_repository->search(QStringLiteral("模板"), QStringLiteral("zh"), 10);
    QCOMPARE(names(*limited).first(), QStringLiteral("模板 00"));
    QCOMPARE(limited->size(), 10);
    QVERIFY(m_repository->search(QStringLiteral("模板"), QStringLiteral("ru"))->isEmpty());
    QCOMPARE(m_repository->search(QString(), QStringLiteral("en"))->size(), 1);
}

void TestReplyTemplateRepository::sqlCharactersAreSearchedLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("percent") << QStringLiteral("%") << QStringList{QStringLiteral("50% off")};
    // The seeded acknowledgements have one in {{sla.first_response.due}}.
    const QString ack = QStringLiteral("acknowledgement");
    QTest::newRow("underscore") << QStringLiteral("_")
                                << QStringList{QStringLiteral("snake_case"), ack, ack, ack};
    QTest::newRow("quote") << QStringLiteral("'") << QStringList{QStringLiteral("O'Brien")};
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList{QStringLiteral("C:\\Temp")};
    QTest::newRow("injection") << QStringLiteral("' OR 1=1 --") << QStringList();
    QTest::newRow("like pattern") << QStringLiteral("5_%") << QStringList();
}

void TestReplyTemplateRepository::sqlCharactersAreSearchedLiterally()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    for (const QString& name :
         {QStringLiteral("50% off"), QStringLiteral("snake_case"), QStringLiteral("O'Brien"),
          QStringLiteral("C:\\Temp"), QStringLiteral("Plain")})
        add(draft(name, QStringLiteral("en"), QStringLiteral("body")));
    auto found = m_repository->search(text);
    QVERIFY2(found, why(found).constData());
    QCOMPARE(names(*found), expected);
    // Quotes are stored and read back as written.
    auto quoted = m_repository->add(draft(QStringLiteral("'); DROP TABLE reply_templates; --"),
                                          QStringLiteral("en"), QStringLiteral("'")));
    QVERIFY(quoted);
    QCOMPARE(m_repository->byId(quoted->id)->name,
             QStringLiteral("'); DROP TABLE reply_templates; --"));
}

void TestReplyTemplateRepository::usageCount()
{
    const ReplyTemplate reply =
        add(draft(QStringLiteral("n"), QStringLiteral("en"), QStringLiteral("b")));
    m_clock.advanceMs(1000);
    QVERIFY(m_repository->recordUse(reply.id));
    QVERIFY(m_repository->recordUse(reply.id));
    auto read = m_repository->byId(reply.id);
    QCOMPARE(read->usageCount, 2);
    // A use is not an edit.
    QCOMPARE(read->updatedAt, kNowMs);
}

void TestReplyTemplateRepository::variantsAndBestVariant()
{
    add(draft(QStringLiteral("Printer"), QStringLiteral("en"), QStringLiteral("Restart it.")));
    add(draft(QStringLiteral("Printer"), QStringLiteral("ru"), QStringLiteral("Перезапустите.")));
    add(draft(QStringLiteral("仅中文"), QStringLiteral("zh"), QStringLiteral("只有中文。")));

    auto variants = m_repository->variants(QStringLiteral("Printer"));
    QVERIFY(variants);
    QCOMPARE(langs(*variants), (QStringList{QStringLiteral("ru"), QStringLiteral("en")}));
    QVERIFY(m_repository->variants(QStringLiteral("printer"))->isEmpty()); // names are exact

    const auto best = [this](const QString& name, const QString& lang) {
        auto variant = m_repository->bestVariant(name, lang);
        return variant ? variant->lang : QStringLiteral("error: ") + variant.error().toString();
    };
    QCOMPARE(best(QStringLiteral("Printer"), QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(best(QStringLiteral("Printer"), QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(best(QStringLiteral("Printer"), QStringLiteral("zh")), QStringLiteral("en"));
    QCOMPARE(best(QStringLiteral("Printer"), QString()), QStringLiteral("en"));
    QCOMPARE(best(QStringLiteral("仅中文"), QStringLiteral("ru")), QStringLiteral("zh"));
    QCOMPARE(best(QStringLiteral("acknowledgement"), QStringLiteral("zh")), QStringLiteral("zh"));

    auto none = m_repository->bestVariant(QStringLiteral("no such"), QStringLiteral("en"));
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestReplyTemplateRepository)
#include "tst_replytemplaterepository.moc"
