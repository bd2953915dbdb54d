// SPDX-License-Identifier: MIT
// kb import/export: articles found by search, file:line errors with nothing
// written, re-import updates, export -> import round trip.
#include "kb/articlerepository.h"
#include "kb/kbmarkdownio.h"
#include "kb/kbsearch.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <tuple>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

void writeFile(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir).filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const QByteArray kPrinter = "---\n"
                            "title: Printer offline\n"
                            "lang: en\n"
                            "status: published\n"
                            "category: Hardware/Printers\n"
                            "tags: [printer, network]\n"
                            "review_by: 2025-06-30\n"
                            "---\n"
                            "\n"
                            "Check the cable of the printer.\n";
const QByteArray kPrinterRu = "\xEF\xBB\xBF---\r\n"
                              "title: \"Принтер: не печатает\"\r\n"
                              "lang: ru\r\n"
                              "tags: принтер, сеть\r\n"
                              "translation_of: printer.md\r\n"
                              "---\r\n"
                              "Перезапустите принтер.\r\n";

int articleCount(const DatabasePtr& database)
{
    auto all = ArticleRepository(database).all();
    return all ? int(all->size()) : -1;
}

QMap<QString, QByteArray> readDir(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

} // namespace

class TestKbMarkdownIo : public QObject
{
    Q_OBJECT

private slots:
    void importIsSearchable();
    void badInput_data();
    void badInput();
    void missingFolder();
    void reimportUpdates();
    void dryRunWritesNothing();
    void progressAndCancel();
    void roundTrip();
};

void TestKbMarkdownIo::importIsSearchable()
{
    TempDatabase db;
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("printer.md"), kPrinter);
    writeFile(dir.path(), QStringLiteral("ru/printer.md"), kPrinterRu);
    auto summary = KbMarkdownIo(db.database()).importDirectory(dir.path());
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
    QCOMPARE(summary->total, 2);
    QCOMPARE(summary->created, 2);

    auto found = KbSearch(db.database()).search(QStringLiteral("принтера"));
    QVERIFY(found.ok());
    QCOMPARE(found->hits.size(), 1);
    auto ru = ArticleRepository(db.database()).get(found->hits.first().id);
    QVERIFY(ru.ok());
    QCOMPARE(ru->title, QStringLiteral("Принтер: не печатает"));
    QCOMPARE(ru->tags, QStringLiteral("принтер,сеть"));
    QCOMPARE(ru->body, QStringLiteral("Перезапустите принтер."));
    QVERIFY(ru->translationOf > 0);
    // No category key: the folder is the category.
    QCOMPARE(ArticleRepository(db.database()).categoryPath(ru->categoryId).value(),
             QStringLiteral("ru"));
    auto en = ArticleRepository(db.database()).get(ru->translationOf);
    QVERIFY(en.ok());
    QCOMPARE(en->reviewBy, QDate(2025, 6, 30));
    QCOMPARE(ArticleRepository(db.database()).categoryPath(en->categoryId).value(),
             QStringLiteral("Hardware/Printers"));
}

void TestKbMarkdownIo::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad lang") << QByteArray("---\ntitle: A\nlang: de\n---\nx\n")
                              << QStringLiteral("bad.md:3")
                              << QStringLiteral("lang: 'de' is not ru, zh or en");
    QTest::newRow("bad status") << QByteArray("---\ntitle: A\nlang: en\nstatus: gone\n---\n")
                                << QStringLiteral("bad.md:4")
                                << QStringLiteral(
                                       "status: 'gone' is not draft, published or archived");
    QTest::newRow("no front matter")
        << QByteArray("# Title\n") << QStringLiteral("bad.md:1")
        << QStringLiteral("the file must start with a front matter line ---");
    QTest::newRow("not closed") << QByteArray("---\ntitle: A\nlang: en\n")
                                << QStringLiteral("bad.md:1")
                                << QStringLiteral("the front matter is not closed by a line ---");
    QTest::newRow("no title") << QByteArray("---\nlang: en\n---\n") << QStringLiteral("bad.md:1")
                              << QStringLiteral("title is missing");
    QTest::newRow("unknown key") << QByteArray("---\ntitle: A\nlang: en\ncolour: red\n---\n")
                                 << QStringLiteral("bad.md:4")
                                 << QStringLiteral("unknown key 'colour'");
    QTest::newRow("no colon") << QByteArray("---\ntitle: A\nlang en\n---\n")
                              << QStringLiteral("bad.md:3")
                              << QStringLiteral("expected key: value");
    QTest::newRow("twice") << QByteArray("---\ntitle: A\nlang: en\ntitle: B\n---\n")
                           << QStringLiteral("bad.md:4")
                           << QStringLiteral("title: given twice, first on line 2");
    QTest::newRow("bad date") << QByteArray("---\ntitle: A\nlang: en\nreview_by: 30.06.2025\n---\n")
                              << QStringLiteral("bad.md:4")
                              << QStringLiteral("review_by: '30.06.2025' is not a date YYYY-MM-DD");
    QTest::newRow("bad id") << QByteArray("---\nid: x\ntitle: A\nlang: en\n---\n")
                            << QStringLiteral("bad.md:2")
                            << QStringLiteral("id: 'x' is not a positive number");
    QTest::newRow("unknown author")
        << QByteArray("---\ntitle: A\nlang: en\nauthor: nobody\n---\n")
        << QStringLiteral("bad.md:4") << QStringLiteral("author: there is no agent 'nobody'");
    QTest::newRow("missing translation")
        << QByteArray("---\ntitle: A\nlang: en\ntranslation_of: gone.md\n---\n")
        << QStringLiteral("bad.md:4")
        << QStringLiteral("translation_of: there is no file 'gone.md' in this import");
    QTest::newRow("empty category part")
        << QByteArray("---\ntitle: A\nlang: en\ncategory: A//B\n---\n")
        << QStringLiteral("bad.md:4") << QStringLiteral("category: 'A//B' has an empty part");
    QTest::newRow("open quote") << QByteArray("---\ntitle: \"A\nlang: en\n---\n")
                                << QStringLiteral("bad.md:2")
                                << QStringLiteral("title: the quote is not closed");
    QTest::newRow("invalid utf-8")
        << QByteArray("---\ntitle: A\nlang: en\n---\nok\nbad \xff\n") << QStringLiteral("bad.md:6")
        << QStringLiteral("the text is not valid UTF-8");
    QTest::newRow("duplicate id") << QByteArray("---\nid: 40\ntitle: A\nlang: en\n---\n")
                                  << QStringLiteral("bad.md:2")
                                  << QStringLiteral("id: 40 is also used by a-good.md");
}

void TestKbMarkdownIo::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, location);
    QFETCH(QString, message);
    TempDatabase db;
    QTemporaryDir dir;
    // A good file sorted first proves that nothing of it is written either.
    writeFile(dir.path(), QStringLiteral("a-good.md"),
              "---\nid: 40\ntitle: Good\nlang: en\ncategory: New/Category\n---\nbody\n");
    writeFile(dir.path(), QStringLiteral("bad.md"), content);
    auto summary = KbMarkdownIo(db.database()).importDirectory(dir.path());
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, ErrorKind::BadInput);
    QCOMPARE(summary.error().location, location);
    QCOMPARE(summary.error().message, message);
    QCOMPARE(articleCount(db.database()), 0);
    QCOMPARE(ArticleRepository(db.database()).categoryIdByPath(QStringLiteral("New")).ok(), false);
}

void TestKbMarkdownIo::missingFolder()
{
    TempDatabase db;
    auto summary = KbMarkdownIo(db.database()).importDirectory(db.dirPath() + "/nope");
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, ErrorKind::NotFound);
}

void TestKbMarkdownIo::reimportUpdates()
{
    TempDatabase db;
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("printer.md"), kPrinter);
    writeFile(dir.path(), QStringLiteral("ru/printer.md"), kPrinterRu);
    KbMarkdownIo io(db.database());
    QVERIFY(io.importDirectory(dir.path()).ok());
    const auto before = ArticleRepository(db.database()).all().value();

    auto again = io.importDirectory(dir.path());
    QVERIFY(again.ok());
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(articleCount(db.database()), 2);

    QByteArray changed = kPrinter;
    changed.replace("Check the cable", "Check the power cable");
    writeFile(dir.path(), QStringLiteral("printer.md"), changed);
    auto updated = io.importDirectory(dir.path());
    QVERIFY(updated.ok());
    QCOMPARE(updated->total, 2);
    QCOMPARE(updated->created, 0);
    QCOMPARE(updated->updated, 1);
    const auto after = ArticleRepository(db.database()).all().value();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().id, before.first().id);
    QCOMPARE(after.first().body, QStringLiteral("Check the power cable of the printer."));
    QCOMPARE(ArticleRepository(db.database()).revisionCount(after.first().id).value(), 2);
}

void TestKbMarkdownIo::dryRunWritesNothing()
{
    TempDatabase db;
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("printer.md"), kPrinter);
    auto summary = KbMarkdownIo(db.database()).importDirectory(dir.path(), true);
    QVERIFY(summary.ok());
    QCOMPARE(summary->created, 1);
    QCOMPARE(articleCount(db.database()), 0);
}

void TestKbMarkdownIo::progressAndCancel()
{
    TempDatabase db;
    QTemporaryDir dir;
    const int files = 40;
    for (int i = 0; i < files; ++i)
        writeFile(dir.path(), QStringLiteral("a%1.md").arg(i, 2, 10, QLatin1Char('0')),
                  "---\ntitle: Article " + QByteArray::number(i) + "\nlang: en\n---\nBody text.\n");

    // Progress: reading, then writing, counts never going back or past the total.
    QList<std::tuple<KbImportControl::Phase, int, int>> seen;
    KbImportControl control;
    control.progress = [&seen](KbImportControl::Phase phase, int done, int total) {
        seen.append({phase, done, total});
    };
    auto summary = KbMarkdownIo(db.database()).importDirectory(dir.path(), true, control);
    QVERIFY(summary.ok());
    QVERIFY(seen.size() >= 2);
    QCOMPARE(std::get<0>(seen.first()), KbImportControl::Phase::Reading);
    QCOMPARE(std::get<0>(seen.last()), KbImportControl::Phase::Writing);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QCOMPARE(std::get<2>(seen.at(i)), files);
        QVERIFY(std::get<1>(seen.at(i)) <= files);
        if (std::get<0>(seen.at(i)) == std::get<0>(seen.at(i - 1)))
            QVERIFY(std::get<1>(seen.at(i)) > std::get<1>(seen.at(i - 1)));
    }

    // Cancelled while writing: an error, and not one article stays.
    std::atomic_bool cancel{false};
    KbImportControl stopping;
    stopping.cancel = &cancel;
    stopping.progress = [&cancel](KbImportControl::Phase phase, int done, int) {
        if (phase == KbImportControl::Phase::Writing && done > 0)
            cancel.store(true);
    };
    auto cancelled = KbMarkdownIo(db.database()).importDirectory(dir.path(), false, stopping);
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().message.contains(QStringLiteral("cancelled")),
             qPrintable(cancelled.error().message));
    QCOMPARE(articleCount(db.database()), 0);

    // Cancelled before it starts: nothing read, nothing written.
    cancel.store(true);
    stopping.progress = nullptr;
    QVERIFY(!KbMarkdownIo(db.database()).importDirectory(dir.path(), false, stopping).ok());
    QCOMPARE(articleCount(db.database()), 0);
}

void TestKbMarkdownIo::roundTrip()
{
    TempDatabase first;
    QTemporaryDir source;
    writeFile(source.path(), QStringLiteral("printer.md"), kPrinter);
    writeFile(source.path(), QStringLiteral("ru/printer.md"), kPrinterRu);
    writeFile(source.path(), QStringLiteral("zh.md"),
              "---\ntitle: 如何重置我的密码\nlang: zh\nstatus: archived\ncategory: \"\"\n---\n"
              "打开设置，点击重置密码。\n\n    code block\n");
    QVERIFY(KbMarkdownIo(first.database()).importDirectory(source.path()).ok());

    QTemporaryDir exported;
    auto count = KbMarkdownIo(first.database()).exportDirectory(exported.path());
    QVERIFY(count.ok());
    QCOMPARE(count.value(), 3);

    // Into the same database: nothing changes.
    auto same = KbMarkdownIo(first.database()).importDirectory(exported.path());
    QVERIFY2(same.ok(), qPrintable(same.ok() ? QString() : same.error().toString()));
    QCOMPARE(same->created, 0);
    QCOMPARE(same->updated, 0);

    // Into an empty database: the same articles, ids and links.
    TempDatabase second;
    auto restored = KbMarkdownIo(second.database()).importDirectory(exported.path());
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().toString()));
    QCOMPARE(restored->created, 3);
    QTemporaryDir again;
    QVERIFY(KbMarkdownIo(second.database()).exportDirectory(again.path()).ok());
    const auto a = readDir(exported.path());
    QCOMPARE(a.size(), 3);
    QCOMPARE(readDir(again.path()), a);

    const auto one = ArticleRepository(first.database()).all().value();
    const auto two = ArticleRepository(second.database()).all().value();
    QCOMPARE(two.size(), one.size());
    for (qsizetype i = 0; i < one.size(); ++i) {
        QCOMPARE(two.at(i).id, one.at(i).id);
        QCOMPARE(two.at(i).title, one.at(i).title);
        QCOMPARE(two.at(i).body, one.at(i).body);
        QCOMPARE(two.at(i).tags, one.at(i).tags);
        QCOMPARE(two.at(i).translationOf, one.at(i).translationOf);
        QCOMPARE(two.at(i).reviewBy, one.at(i).reviewBy);
    }
}

QTEST_GUILESS_MAIN(TestKbMarkdownIo)
#include "tst_kbmarkdownio.moc"
