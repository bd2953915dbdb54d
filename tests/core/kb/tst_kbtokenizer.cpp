// SPDX-License-Identifier: MIT
#include "kb/kbsearch.h"
#include "kb/kbtextanalyzer.h"
#include "kb/kbtokenizer.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Switchboard;

namespace {

// Every token the document pipeline emits, in order, colocated ones included.
QStringList documentTokens(const QString& text)
{
    KbTextAnalyzer analyzer;
    const QByteArray utf8 = text.toUtf8();
    QStringList tokens;
    analyzer.tokenize(utf8.constData(), int(utf8.size()), false,
                      [&](const QByteArray& token, int, int, bool) {
                          tokens.append(QString::fromUtf8(token));
                          return 0;
                      });
    return tokens;
}

// Every token with its byte range, colocated ones marked, from the scanner
// or from the ICU-only pipeline it replaces for simple text.
QStringList tokensWithOffsets(const QByteArray& utf8, bool queryMode, bool fast)
{
    KbTextAnalyzer analyzer;
    analyzer.setFastScannerEnabled(fast);
    QStringList tokens;
    analyzer.tokenize(utf8.constData(), int(utf8.size()), queryMode,
                      [&](const QByteArray& token, int start, int end, bool colocated) {
                          tokens.append(QStringLiteral("%1%2@%3-%4")
                                            .arg(colocated ? QStringLiteral("+") : QString(),
                                                 QString::fromUtf8(token))
                                            .arg(start)
                                            .arg(end));
                          return 0;
                      });
    return tokens;
}

} // namespace

class TestKbTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void documentTokens_data();
    void documentTokens();
    void sameToken_data();
    void sameToken();
    void finds_data();
    void finds();
    void highlightUsesByteOffsets_data();
    void highlightUsesByteOffsets();
    void queryTermsDropOperators();
    void invalidUtf8IsSurvived();
    void cjkRunOffsets();
    void queryTermsJoinLoneCjkCharacter();
    void scannerMatchesIcu_data();
    void scannerMatchesIcu();
    void scannerMatchesIcuOnRandomText();

private:
    bool matches(const QString& document, const QString& query);
    QString highlighted(const QString& document, const QString& query);

    QString m_connection;
};

void TestKbTokenizer::initTestCase()
{
    m_connection = QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    const Status registered = registerKbTokenizer(db);
    QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().message));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral(
                 "CREATE VIRTUAL TABLE docs USING fts5 (body, tokenize='switchboard')")),
             qPrintable(query.lastError().text()));
}

void TestKbTokenizer::cleanupTestCase()
{
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void TestKbTokenizer::init()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM docs")));
}

bool TestKbTokenizer::matches(const QString& document, const QString& query)
{
    QSqlQuery sql(QSqlDatabase::database(m_connection));
    sql.prepare(QStringLiteral("INSERT INTO docs (body) VALUES (?)"));
    sql.addBindValue(document);
    if (!sql.exec())
        qFatal("insert failed: %s", qPrintable(sql.lastError().text()));
    const QString match = KbSearch::matchAll(kbQueryTerms(query), false);
    if (match.isEmpty())
        return false;
    sql.prepare(QStringLiteral("SELECT count(*) FROM docs WHERE docs MATCH ?"));
    sql.addBindValue(match);
    if (!sql.exec() || !sql.next())
        qFatal("match %s failed: %s", qPrintable(match), qPrintable(sql.lastError().text()));
    return sql.value(0).toInt() > 0;
}

QString TestKbTokenizer::highlighted(const QString& document, const QString& query)
{
    QSqlQuery sql(QSqlDatabase::database(m_connection));
    sql.prepare(QStringLiteral("INSERT INTO docs (body) VALUES (?)"));
    sql.addBindValue(document);
    if (!sql.exec())
        return QStringLiteral("insert failed");
    sql.prepare(QStringLiteral("SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH ?"));
    sql.addBindValue(KbSearch::matchAll(kbQueryTerms(query), false));
    if (!sql.exec() || !sql.next())
        return QStringLiteral("no match: ") + sql.lastError().text();
    return sql.value(0).toString();
}

void TestKbTokenizer::documentTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("english stems")
        << QStringLiteral("Printing printers")
        << QStringList{QStringLiteral("print"), QStringLiteral("printer")};
    QTest::newRow("russian stem") << QStringLiteral("Принтеры")
                                  << QStringList{QStringLiteral("принтер")};
    QTest::newRow("punctuation and emoji dropped")
        << QStringLiteral("Hello, 🙂 world!!! — ok?")
        << QStringList{QStringLiteral("hello"), QStringLiteral("world"), QStringLiteral("ok")};
    QTest::newRow("numbers kept") << QStringLiteral("error 0x80070005")
                                  << QStringList{QStringLiteral("error"),
                                                 QStringLiteral("0x80070005")};
    QTest::newRow("single chinese character")
        << QStringLiteral("猫") << QStringList{QStringLiteral("猫")};
    QTest::newRow("chinese bigrams, characters beside them")
        << QStringLiteral("密码")
        << QStringList{QStringLiteral("密码"), QStringLiteral("密"), QStringLiteral("码")};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("only punctuation") << QStringLiteral("(\"*\" : -)") << QStringList{};
}

void TestKbTokenizer::documentTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(::documentTokens(text), expected);
}

void TestKbTokenizer::sameToken_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("ru genitive") << QStringLiteral("принтера") << QStringLiteral("принтер");
    QTest::newRow("ru plural") << QStringLiteral("принтеры") << QStringLiteral("принтер");
    QTest::newRow("ru genitive plural") << QStringLiteral("принтеров") << QStringLiteral("принтер");
    QTest::newRow("yo is ye") << QStringLiteral("Ёлка") << QStringLiteral("елка");
    QTest::newRow("case") << QStringLiteral("PRINTER") << QStringLiteral("printer");
    QTest::newRow("full width") << QStringLiteral("ＰＲＩＮＴＥＲ") << QStringLiteral("printer");
    QTest::newRow("en plural") << QStringLiteral("printers") << QStringLiteral("printer");
    QTest::newRow("en gerund") << QStringLiteral("printing") << QStringLiteral("prints");
    QTest::newRow("german sharp s folds") << QStringLiteral("STRASSE") << QStringLiteral("straße");
}

void TestKbTokenizer::sameToken()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(::documentTokens(a), ::documentTokens(b));
    QCOMPARE(::documentTokens(a).size(), 1);
}

void TestKbTokenizer::finds_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    const QString chinese = QStringLiteral("如何重置我的密码");
    QTest::newRow("zh two-character word") << chinese << QStringLiteral("密码") << true;
    QTest::newRow("zh unspaced two words") << chinese << QStringLiteral("重置密码") << true;
    QTest::newRow("zh word split by dictionary") << chinese << QStringLiteral("重置") << true;
    QTest::newRow("zh spaced words") << chinese << QStringLiteral("重置 密码") << true;
    QTest::newRow("zh absent word") << chinese << QStringLiteral("打印机") << false;
    QTest::newRow("zh three-character word")
        << QStringLiteral("打印机无法连接") << QStringLiteral("打印机") << true;
    // ICU splits the query 打印 / 机 / 无法 / 连接; the lone 机 is never a
    // token of its own in a document.
    QTest::newRow("zh lone character in the query")
        << QStringLiteral("我的打印机无法连接网络") << QStringLiteral("打印机无法连接") << true;
    QTest::newRow("zh lone character, other words absent")
        << QStringLiteral("打印机无法连接") << QStringLiteral("打印机无法打开") << false;
    QTest::newRow("zh one character inside a run")
        << QStringLiteral("我的猫不吃饭") << QStringLiteral("猫") << true;
    QTest::newRow("zh inside mixed text")
        << QStringLiteral("Wi-Fi密码忘了怎么办") << QStringLiteral("密码") << true;
    QTest::newRow("ru inflections meet")
        << QStringLiteral("Не печатает принтер") << QStringLiteral("принтера") << true;
    QTest::newRow("ru plural query")
        << QStringLiteral("Драйвер принтера") << QStringLiteral("принтеры") << true;
    QTest::newRow("ru yo in document")
        << QStringLiteral("Ёжик в тумане") << QStringLiteral("ежик") << true;
    QTest::newRow("ru all words needed")
        << QStringLiteral("Не печатает принтер") << QStringLiteral("сканер принтер") << false;
    QTest::newRow("en stem") << QStringLiteral("Printing problems") << QStringLiteral("prints")
                             << true;
    QTest::newRow("en printer is not printing (snowball keeps them apart)")
        << QStringLiteral("printer problems") << QStringLiteral("printing") << false;
    QTest::newRow("en case and full width")
        << QStringLiteral("ＷｉＦｉ router") << QStringLiteral("wifi ROUTER") << true;
    QTest::newRow("mixed scripts") << QStringLiteral("Ошибка 0x80070005 в Windows 11")
                                   << QStringLiteral("windows ошибки") << true;
    QTest::newRow("very long token") << QString(500, QLatin1Char('a')) + QStringLiteral(" end")
                                     << QString(500, QLatin1Char('a')) << true;
    QTest::newRow("operator words are text")
        << QStringLiteral("cats and dogs") << QStringLiteral("cats AND dogs") << true;
}

void TestKbTokenizer::finds()
{
    QFETCH(QString, document);
    QFETCH(QString, query);
    QFETCH(bool, found);
    QCOMPARE(matches(document, query), found);
}

void TestKbTokenizer::highlightUsesByteOffsets_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chinese") << QStringLiteral("如何重置我的密码") << QStringLiteral("密码")
                             << QStringLiteral("如何重置我的[密码]");
    QTest::newRow("russian") << QStringLiteral("Не печатает Принтер.") << QStringLiteral("принтеры")
                             << QStringLiteral("Не печатает [Принтер].");
    QTest::newRow("chinese after latin")
        << QStringLiteral("Wi-Fi密码忘了") << QStringLiteral("密码")
        << QStringLiteral("Wi-Fi[密码]忘了");
    QTest::newRow("after emoji") << QStringLiteral("🙂 ёлка") << QStringLiteral("елки")
                                 << QStringLiteral("🙂 [ёлка]");
}

void TestKbTokenizer::highlightUsesByteOffsets()
{
    QFETCH(QString, document);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(highlighted(document, query), expected);
}

void TestKbTokenizer::queryTermsDropOperators()
{
    const QList<KbQueryTerm> terms = kbQueryTerms(QStringLiteral("\"printer\" AND (NOT -x*) a:b"));
    QStringList tokens;
    for (const KbQueryTerm& term : terms)
        tokens.append(term.tokens);
    QCOMPARE(tokens,
             (QStringList{QStringLiteral("printer"), QStringLiteral("and"), QStringLiteral("not"),
                          QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b")}));
}

void TestKbTokenizer::invalidUtf8IsSurvived()
{
    KbTextAnalyzer analyzer;
    const QByteArray bytes("\xff\xfe abc \xe4\xb8", 10);
    QStringList tokens;
    const int rc = analyzer.tokenize(bytes.constData(), int(bytes.size()), false,
                                     [&](const QByteArray& token, int start, int end, bool) {
                                         tokens.append(QString::fromUtf8(token));
                                         if (start < 0 || end > 10 || start >= end)
                                             return 1;
                                         return 0;
                                     });
    QCOMPARE(rc, 0);
    QVERIFY(tokens.contains(QStringLiteral("abc")));
}

void TestKbTokenizer::cjkRunOffsets()
{
    // 如何重置我的密码: bigrams carry the positions; every character sits
    // colocated beside the bigram it starts.
    KbTextAnalyzer analyzer;
    const QByteArray text = QStringLiteral("如何重置我的密码").toUtf8();
    QStringList seen;
    analyzer.tokenize(text.constData(), int(text.size()), false,
                      [&](const QByteArray& token, int start, int end, bool colocated) {
                          seen.append(QStringLiteral("%1%2@%3-%4")
                                          .arg(colocated ? QStringLiteral("+") : QString(),
                                               QString::fromUtf8(token))
                                          .arg(start)
                                          .arg(end));
                          return 0;
                      });
    QVERIFY2(seen.startsWith(QStringLiteral("如何@0-6")), qPrintable(seen.join(u' ')));
    QVERIFY2(seen.contains(QStringLiteral("密码@18-24")), qPrintable(seen.join(u' ')));
    QVERIFY2(seen.contains(QStringLiteral("重置@6-12")), qPrintable(seen.join(u' ')));
    QCOMPARE(seen.filter(QRegularExpression(QStringLiteral("^[^+]"))).size(), 7);
    QVERIFY2(seen.contains(QStringLiteral("+置@9-12")), qPrintable(seen.join(u' ')));
    QVERIFY2(seen.contains(QStringLiteral("+码@21-24")), qPrintable(seen.join(u' ')));
}

QTEST_GUILESS_MAIN(TestKbTokenizer)
void TestKbTokenizer::queryTermsJoinLoneCjkCharacter()
{
    QStringList single;
    QStringList surfaces;
    for (const KbQueryTerm& term : kbQueryTerms(QStringLiteral("打印机无法连接"))) {
        surfaces.append(term.surface);
        for (const QString& token : term.tokens) {
            if (token.size() == 1)
                single.append(token);
        }
    }
    QVERIFY2(single.isEmpty(), qPrintable(single.join(QLatin1Char(' '))));
    QCOMPARE(surfaces.join(QString()), QStringLiteral("打印机无法连接"));
    // Alone, a single character is still searched as itself.
    const QList<KbQueryTerm> alone = kbQueryTerms(QStringLiteral("机"));
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone.first().tokens, QStringList{QStringLiteral("机")});
}

void TestKbTokenizer::scannerMatchesIcu_data()
{
    // Where the hand-written scanner must split words exactly as ICU's word
    // break rules do (or hand the text to ICU): same tokens, same offsets.
    QTest::addColumn<QString>("text");
    const char16_t* rows[] = {
        u"don't stop, it's l’homme rock'n'roll",
        u"e.g. word.Next a.b.c v1.2.3 a.1 1.a 1..2 a..b",
        u"pi 3.14 1,000,000 10 000 1;2 1:2 12:30",
        u"Note: a:b ratio, ПРИМЕЧАНИЕ: да",
        u"co-operate e-mail Ёлка-палка — «ёлка» “quoted” ‘single’",
        u"ＡＢＣ１２３ full，width。text！",
        u"x_y __init__ snake_case_name _lead trail_",
        u"naïve nai\u0308ve soft\u00ADhyphen zero\u200Bwidth a\u200Db",
        u"🙂ok ok🙂 👍🏽 thumbs ‼ wow ⁉",
        u"中文abc中文 abc中def 中 文 。中文，abc",
        u"email@example.com http://ex.com/a?b=c&d=1 C++ C# .NET 3½ x² № 5",
        u"١٢٣ ไทย ok 한국어 text שלום עולם Ω ω ǅ ﬁle İstanbul STRASSE",
        u"tab\tnew\nline\r\nend \u00A0nbsp\u2009thin\u3000ideo",
        u" \u0301mark after space, \u0301 alone; a \u0301b",
        u"ﾃｽﾄ テスト ひらがな 々 ー〇 ㊙ 〆",
        u"'quote' \"double\" (paren) [bracket] {brace} <angle> a/b a\\b",
        u"...ellipsis… dash–en—em ¿qué? ¡sí!",
        u"ӧ ӱ ї є ґ ў Ё ё й Й",
    };
    int number = 0;
    for (const char16_t* row : rows)
        QTest::addRow("%d", ++number) << QString::fromUtf16(row);
}

void TestKbTokenizer::scannerMatchesIcu()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    for (const bool queryMode : {false, true}) {
        const QStringList fast = tokensWithOffsets(utf8, queryMode, true);
        const QStringList icu = tokensWithOffsets(utf8, queryMode, false);
        QCOMPARE(fast, icu);
    }
}

void TestKbTokenizer::scannerMatchesIcuOnRandomText()
{
    // Words glued by every kind of punctuation the scanner treats itself,
    // plus characters it must leave to ICU.
    const QList<uint> alphabet =
        QString::fromUtf16(u"aZé9Жжё0 "
                           u".,;:'’\"-_!?()«»—–…·‧\u00A0\u0301\u00AD中文テ🙂\n\t/"
                           u"@#%&*+=~$€№½²ﬁ")
            .toUcs4();
    quint32 state = 12345;
    auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = 1 + int(next(24));
        for (int i = 0; i < length; ++i) {
            const char32_t c = alphabet.at(qsizetype(next(quint32(alphabet.size()))));
            text.append(QString::fromUcs4(&c, 1));
        }
        const QByteArray utf8 = text.toUtf8();
        const bool queryMode = round % 2 == 1;
        const QStringList fast = tokensWithOffsets(utf8, queryMode, true);
        const QStringList icu = tokensWithOffsets(utf8, queryMode, false);
        if (fast != icu)
            QFAIL(qPrintable(QStringLiteral("\"%1\": %2 instead of %3")
                                 .arg(text, fast.join(u' '), icu.join(u' '))));
    }
}

#include "tst_kbtokenizer.moc"
