// SPDX-License-Identifier: MIT
// kb search: JSON array best first with id, title, lang, score, snippet;
// filters; user text that looks like FTS5 syntax; usage errors (exit code 2).
#include "kb/articlerepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Switchboard;

namespace Test = Switchboard::Test;

class TestKbCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchJson_data();
    void searchJson();
    void correctionIsReported();
    void usageErrors_data();
    void usageErrors();
    void importExport();

private:
    Test::CliRun runCli(QStringList arguments) const;

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_ids;
};

Test::CliRun TestKbCommand::runCli(QStringList arguments) const
{
    arguments.prepend(m_path);
    arguments.prepend(QStringLiteral("--db"));
    return Test::runCli(arguments);
}

void TestKbCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("kb.sqlite"));
    auto database = Database::open(m_path);
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().toString()));
    ArticleRepository repository(database.value());
    const struct
    {
        const char* key;
        const char* title;
        const char* body;
        const char* lang;
    } articles[] = {
        {"printer-ru", "Принтер не печатает", "Перезапустите принтер.", "ru"},
        {"driver-ru", "Установка драйвера", "Драйвер принтера скачайте с сайта.", "ru"},
        {"password-zh", "如何重置我的密码", "打开设置，点击重置密码。", "zh"},
        {"printer-en", "Printer offline", "Check the cable of the printer.", "en"},
    };
    for (const auto& a : articles) {
        Article article;
        article.title = QString::fromUtf8(a.title);
        article.body = QString::fromUtf8(a.body);
        article.lang = QString::fromLatin1(a.lang);
        article.status = QStringLiteral("published");
        auto id = repository.create(article);
        QVERIFY(id.ok());
        m_ids.insert(QString::fromLatin1(a.key), id.value());
    }
}

void TestKbCommand::searchJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("russian inflection, title first")
        << QStringList{QStringLiteral("принтеры")}
        << QStringList{QStringLiteral("printer-ru"), QStringLiteral("driver-ru")};
    QTest::newRow("language filter")
        << QStringList{QStringLiteral("printer"), QStringLiteral("--lang"), QStringLiteral("en")}
        << QStringList{QStringLiteral("printer-en")};
    QTest::newRow("limit") << QStringList{QStringLiteral("принтер"), QStringLiteral("--limit"),
                                          QStringLiteral("1")}
                           << QStringList{QStringLiteral("printer-ru")};
    QTest::newRow("chinese unspaced")
        << QStringList{QStringLiteral("重置密码")} << QStringList{QStringLiteral("password-zh")};
    QTest::newRow("several words")
        << QStringList{QStringLiteral("printer"), QStringLiteral("cable")}
        << QStringList{QStringLiteral("printer-en")};
    QTest::newRow("fts5 syntax is text")
        << QStringList{QStringLiteral("\"printer\" AND (cable OR -x*) :")}
        << QStringList{QStringLiteral("printer-en")};
    QTest::newRow("nothing found") << QStringList{QStringLiteral("zebra")} << QStringList{};
}

void TestKbCommand::searchJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Test::CliRun run = runCli(QStringList{QStringLiteral("kb"), QStringLiteral("search")} +
                                    arguments + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(document.isArray(), run.out.constData());
    QStringList keys;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        for (const char* field : {"id", "title", "lang", "score", "snippet"})
            QVERIFY2(object.contains(QLatin1String(field)), field);
        keys.append(m_ids.key(object.value(QStringLiteral("id")).toInteger()));
    }
    QCOMPARE(keys, expected);
}

void TestKbCommand::correctionIsReported()
{
    const Test::CliRun json = runCli({QStringLiteral("kb"), QStringLiteral("search"),
                                      QStringLiteral("printr"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QVERIFY2(!array.isEmpty(), json.out.constData());
    QCOMPARE(array.first().toObject().value(QStringLiteral("corrected_query")).toString(),
             QStringLiteral("printer"));

    const Test::CliRun text =
        runCli({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("printr")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("showing results for printer\n"), text.out.constData());
}

void TestKbCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no query") << QStringList{QStringLiteral("kb"), QStringLiteral("search")};
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("kb")};
    QTest::newRow("bad language") << QStringList{QStringLiteral("kb"), QStringLiteral("search"),
                                                 QStringLiteral("x"), QStringLiteral("--lang"),
                                                 QStringLiteral("de")};
    QTest::newRow("bad limit") << QStringList{QStringLiteral("kb"), QStringLiteral("search"),
                                              QStringLiteral("x"), QStringLiteral("--limit"),
                                              QStringLiteral("0")};
}

void TestKbCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Test::CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("switchboard-cli: "));
}

void TestKbCommand::importExport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("io.sqlite"));
    const QString source = dir.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(source));
    const auto write = [&](const QString& name, const QByteArray& content) {
        QFile file(QDir(source).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(QStringLiteral("a.md"),
          "---\ntitle: Toner low\nlang: en\ncategory: Hardware/Printers\ntags: [toner]\n---\n"
          "Replace the toner cartridge.\n");
    const auto cli = [&](QStringList arguments) {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        return Test::runCli(arguments);
    };

    Test::CliRun run = cli({QStringLiteral("kb"), QStringLiteral("import"), source});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("imported 1 articles (1 created, 0 updated)\n"));
    run = cli({QStringLiteral("kb"), QStringLiteral("import"), source});
    QCOMPARE(run.out, QByteArray("imported 1 articles (0 created, 0 updated)\n"));

    run = cli({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("toner"),
               QStringLiteral("--category"), QStringLiteral("Hardware"), QStringLiteral("--tag"),
               QStringLiteral("toner"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);
    run = cli({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("toner"),
               QStringLiteral("--tag"), QStringLiteral("other"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);

    write(QStringLiteral("b.md"), "---\ntitle: New\nlang: de\n---\n");
    run = cli({QStringLiteral("kb"), QStringLiteral("import"), source});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.err, QByteArray("switchboard-cli: lang: 'de' is not ru, zh or en (b.md:3)\n"));

    run = cli({QStringLiteral("kb"), QStringLiteral("import"), dir.filePath(QStringLiteral("no"))});
    QCOMPARE(run.exitCode, 4);

    const QString out = dir.filePath(QStringLiteral("out"));
    run = cli({QStringLiteral("kb"), QStringLiteral("export"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("exported 1 articles\n"));
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("1-toner-low.md")});
}

QTEST_GUILESS_MAIN(TestKbCommand)
#include "tst_kbcommand.moc"
