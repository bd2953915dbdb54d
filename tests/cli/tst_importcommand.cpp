// SPDX-License-Identifier: MIT
// import tickets / export tickets through the real executable: real-format
// excerpts, exit code 5 with a one-line located error and the database file
// unchanged, dry runs, --inspect, and export -> import round trips.
#include "realexcerpts.h"

#include <QCryptographicHash>
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

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsServiceNow();
    void badDataExitsFiveAndWritesNothing();
    void dryRunWritesNothing();
    void inspectJson();
    void inspectText();
    void roundTrip_data();
    void roundTrip();
    void usageErrors_data();
    void usageErrors();

private:
    QString write(const QString& name, const QByteArray& bytes) const;
    Test::CliRun run(const QString& db, QStringList arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportCommand::write(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

Test::CliRun TestImportCommand::run(const QString& db, QStringList arguments) const
{
    arguments.prepend(m_dir->filePath(db));
    arguments.prepend(QStringLiteral("--db"));
    return Test::runCli(arguments);
}

void TestImportCommand::importsServiceNow()
{
    const QString file = write(QStringLiteral("incidents.csv"), Test::kServiceNowExcerpt);
    const Test::CliRun first = run(QStringLiteral("a.sqlite"),
                                   {"import", "tickets", file, "--format", "servicenow", "--json"});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(result.value(QStringLiteral("tickets")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("created")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("records")).toInt(), 19);
    QCOMPARE(result.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(result.value(QStringLiteral("source")).toString(), QStringLiteral("servicenow"));
    // Progress and logs go to stderr only: stdout is exactly one JSON document.
    QVERIFY(!first.out.contains("%"));

    const Test::CliRun again =
        run(QStringLiteral("a.sqlite"), {"import", "tickets", file, "--format", "servicenow"});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("0 new, 0 updated, 3 unchanged"), again.out.constData());

    const Test::CliRun show = run(QStringLiteral("a.sqlite"), {"ticket", "show", "3", "--json"});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject ticket = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(ticket.value(QStringLiteral("subject")).toString(),
             QStringLiteral("Category 9 / Subcategory 164 / Symptom 471"));
    QCOMPARE(ticket.value(QStringLiteral("events")).toArray().size(), 12);
}

void TestImportCommand::badDataExitsFiveAndWritesNothing()
{
    const Test::CliRun init = run(QStringLiteral("b.sqlite"), {"init"});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const QString db = m_dir->filePath(QStringLiteral("b.sqlite"));
    const QByteArray before = fileHash(db);
    QByteArray content = Test::kHelpdeskExcerpt;
    content.replace("Case 20,Wait,Value 9,2013/6/10", "Case 20,Wait,Value 9,2013/6/31");
    const QString file = write(QStringLiteral("cases.csv"), content);
    const Test::CliRun bad =
        run(QStringLiteral("b.sqlite"), {"import", "tickets", file, "--format", "helpdesk"});
    QCOMPARE(bad.exitCode, 5);
    QVERIFY(bad.out.isEmpty());
    const QByteArray expected = "switchboard-cli: '2013/6/31 09:06:43' is not a time in the "
                                "format yyyy/M/d H:mm:ss (" +
                                file.toUtf8() + ":15, column Complete Timestamp)\n";
    QVERIFY2(bad.err.endsWith(expected), bad.err.constData());
    QCOMPARE(fileHash(db), before);

    // Bad data never creates a database either.
    const Test::CliRun fresh =
        run(QStringLiteral("never.sqlite"), {"import", "tickets", file, "--format", "helpdesk"});
    QCOMPARE(fresh.exitCode, 5);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never.sqlite"))));
}

void TestImportCommand::dryRunWritesNothing()
{
    QCOMPARE(run(QStringLiteral("c.sqlite"), {"init"}).exitCode, 0);
    const QString db = m_dir->filePath(QStringLiteral("c.sqlite"));
    const QByteArray before = fileHash(db);
    const QString file = write(QStringLiteral("cases.csv"), Test::kHelpdeskExcerpt);
    const Test::CliRun dry = run(QStringLiteral("c.sqlite"),
                                 {"import", "tickets", file, "--format", "helpdesk", "--dry-run"});
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.startsWith("dry run, nothing written: 4 tickets from 20 rows"),
             dry.out.constData());
    QCOMPARE(fileHash(db), before);
}

void TestImportCommand::inspectJson()
{
    const QString file = write(QStringLiteral("cases.csv"), Test::kHelpdeskExcerpt);
    const Test::CliRun inspect =
        run(QStringLiteral("d.sqlite"), {"import", "tickets", file, "--inspect", "--json"});
    QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(inspect.out).object();
    QCOMPARE(result.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(result.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    QCOMPARE(result.value(QStringLiteral("rows_estimate")).toInt(), 20);
    QVERIFY(result.value(QStringLiteral("rows_exact")).toBool());
    const QJsonArray columns = result.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 16);
    const QJsonObject timestamp = columns.at(3).toObject();
    QCOMPARE(timestamp.value(QStringLiteral("name")).toString(),
             QStringLiteral("Complete Timestamp"));
    QCOMPARE(timestamp.value(QStringLiteral("samples")).toArray().size(), 3);
    QCOMPARE(timestamp.value(QStringLiteral("time_format")).toString(),
             QStringLiteral("yyyy/M/d H:mm:ss"));
    const QJsonObject mapping = result.value(QStringLiteral("mapping")).toObject();
    const QJsonObject log = mapping.value(QStringLiteral("event_log")).toObject();
    QCOMPARE(log.value(QStringLiteral("ticket")).toString(), QStringLiteral("Case ID"));
    QCOMPARE(log.value(QStringLiteral("time")).toString(), QStringLiteral("Complete Timestamp"));
    // Nothing was imported, so no database was made.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("d.sqlite"))));

    // The draft, once its undecided values are filled in, imports.
    QJsonObject fields = mapping.value(QStringLiteral("fields")).toObject();
    fields.remove(QStringLiteral("priority"));
    QJsonObject status = fields.value(QStringLiteral("status")).toObject();
    QJsonObject map = status.value(QStringLiteral("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().toString().isEmpty())
            it.value() = QJsonValue();
    }
    status.insert(QStringLiteral("map"), map);
    fields.insert(QStringLiteral("status"), status);
    QJsonObject edited = mapping;
    edited.insert(QStringLiteral("fields"), fields);
    const QString mappingFile = write(QStringLiteral("draft.json"), QJsonDocument(edited).toJson());
    const Test::CliRun imported =
        run(QStringLiteral("d.sqlite"), {"import", "tickets", file, "--mapping", mappingFile});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.startsWith("4 tickets from 20 rows"), imported.out.constData());
}

void TestImportCommand::inspectText()
{
    const QString file = write(QStringLiteral("incidents.csv"), Test::kServiceNowExcerpt);
    const Test::CliRun inspect =
        run(QStringLiteral("e.sqlite"),
            {"import", "tickets", file, "--inspect", "--format", "servicenow"});
    QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
    QVERIFY2(inspect.out.contains("format:     CSV, delimiter ','"), inspect.out.constData());
    QVERIFY2(inspect.out.contains("INC0000093 | INC0000500 | INC0006099"), inspect.out.constData());
    // With a built-in format, the draft is that format's mapping.
    QVERIFY2(inspect.out.contains("\"America/Sao_Paulo\""), inspect.out.constData());
}

void TestImportCommand::roundTrip_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << "csv"
                         << "csv";
    QTest::newRow("json lines") << "jsonl"
                                << "jsonl";
}

void TestImportCommand::roundTrip()
{
    QFETCH(QString, extension);
    QFETCH(QString, format);
    // Source: both real excerpts plus a ticket with a body, tags, a rating
    // and text that needs quoting.
    const QString a = QStringLiteral("source.sqlite");
    QCOMPARE(run(a, {"import", "tickets", write(QStringLiteral("sn.csv"), Test::kServiceNowExcerpt),
                     "--format", "servicenow"})
                 .exitCode,
             0);
    QCOMPARE(run(a, {"import", "tickets", write(QStringLiteral("hd.csv"), Test::kHelpdeskExcerpt),
                     "--format", "helpdesk"})
                 .exitCode,
             0);
    const QByteArray extra =
        "external_id,subject,body,requester,channel,type,priority,status,assignee,group,tags,"
        "created,first_response,resolved,closed,satisfaction_score,satisfaction_comment\n"
        "X-1,\"Счёт, \"\"двойной\"\"\",\"Строка 1\nСтрока 2\",\"Петров, Иван <ivan@example.ru>\","
        "chat,complaint,1,resolved,anna,Биллинг,\"billing, vip\",2026-03-02T09:15:00+03:00,"
        "2026-03-02T09:20:00+03:00,2026-03-02T10:00:00+03:00,,4,Быстро помогли\n";
    const Test::CliRun seeded =
        run(a, {"import", "tickets", write(QStringLiteral("extra.csv"), extra)});
    QVERIFY2(seeded.exitCode == 0, seeded.err.constData());

    const QString first = m_dir->filePath(QStringLiteral("first.") + extension);
    const Test::CliRun exported = run(a, {"export", "tickets", first});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.out.startsWith("exported 8 tickets"), exported.out.constData());

    const QString b = QStringLiteral("copy.sqlite");
    const Test::CliRun imported = run(b, {"import", "tickets", first, "--format", format});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.startsWith("8 tickets from 8 rows"), imported.out.constData());
    const QString second = m_dir->filePath(QStringLiteral("second.") + extension);
    QCOMPARE(run(b, {"export", "tickets", second}).exitCode, 0);
    QCOMPARE(readAll(second), readAll(first));

    // Importing the export again changes nothing.
    const Test::CliRun again = run(b, {"import", "tickets", first, "--format", format});
    QVERIFY2(again.out.contains("0 new, 0 updated, 8 unchanged"), again.out.constData());

    // --from / --to select by creation.
    const QString march = m_dir->filePath(QStringLiteral("march.") + extension);
    const Test::CliRun period = run(a, {"export", "tickets", march, "--from", "2016-03-01", "--to",
                                        "2016-03-31T23:59:59Z", "--json"});
    QVERIFY2(period.exitCode == 0, period.err.constData());
    QCOMPARE(QJsonDocument::fromJson(period.out).object().value(QStringLiteral("tickets")).toInt(),
             2);
}

void TestImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no file") << QStringList{"import", "tickets"} << 2;
    QTest::newRow("unknown format")
        << QStringList{"import", "tickets", "x.csv", "--format", "zendesk"} << 2;
    QTest::newRow("format and mapping")
        << QStringList{"import", "tickets", "x.csv", "--format", "servicenow", "--mapping", "m"}
        << 2;
    QTest::newRow("missing file") << QStringList{"import", "tickets", "/nonexistent/x.csv"} << 4;
    QTest::newRow("bad export date")
        << QStringList{"export", "tickets", "out.csv", "--from", "yesterday"} << 2;
}

void TestImportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Test::CliRun result = run(QStringLiteral("u.sqlite"), arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith("switchboard-cli: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
