// SPDX-License-Identifier: MIT
// The import wizard and the export dialog driven as a person would, offscreen:
// a small file through a built-in and a JSON mapping into a real database,
// a bad timestamp that names its line and writes nothing, and an export of
// what was imported.
#include "import/exportdialog.h"
#include "import/importwizard.h"
#include "realexcerpts.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

// A flat export of a small help desk, with its mapping.
const QByteArray kDeskCsv = "id,title,from,state,opened,solved\n"
                            "D-1,Printer jams,Ann Lee <ann@example.org>,solved,"
                            "2026-03-02 09:15,2026-03-02 11:40\n"
                            "D-2,VPN drops,Bo Chen <bo@example.org>,open,2026-03-03 10:00,\n"
                            "D-3,New laptop,Ann Lee <ann@example.org>,open,2026-03-04 08:30,\n";
const QByteArray kDeskMapping = R"({
  "source": "desk",
  "time_formats": ["yyyy-MM-dd HH:mm"],
  "time_zone": "UTC",
  "fields": {
    "external_id": "id",
    "subject": "title",
    "requester": "from",
    "status": {"column": "state", "map": {"solved": "resolved", "open": "open"}},
    "created": "opened",
    "resolved": "solved"
  }
})";

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsWithBuiltinMapping();
    void importsWithMappingFile();
    void detectsColumnsAndImports();
    void badTimestampInPreviewNamesItsLine();
    void badTimestampLaterStopsImportAndWritesNothing();
    void exportWritesImportedTickets();

private:
    QString write(const QString& name, const QByteArray& bytes);
    qint64 ticketCount();
    // Fills the first page; format: the combo box's data.
    void chooseFile(ImportWizard& wizard, const QString& path, const QString& format,
                    const QString& mapping = {});
    QAbstractButton* nextButton(ImportWizard& wizard);
    // Next from the file page to the preview, then Import, to the end of the run.
    void runImport(ImportWizard& wizard);

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabasePtr m_database;
};

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(opened.ok());
    m_database = opened.value();
}

void TestImportWizard::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QString TestImportWizard::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

qint64 TestImportWizard::ticketCount()
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM tickets")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestImportWizard::chooseFile(ImportWizard& wizard, const QString& path, const QString& format,
                                  const QString& mapping)
{
    auto* file = wizard.findChild<QLineEdit*>(QStringLiteral("importFile"));
    auto* formats = wizard.findChild<QComboBox*>(QStringLiteral("importFormat"));
    QVERIFY(file && formats);
    file->setText(path);
    const int index = formats->findData(format);
    QVERIFY(index >= 0);
    formats->setCurrentIndex(index);
    if (!mapping.isEmpty()) {
        auto* mappingFile = wizard.findChild<QLineEdit*>(QStringLiteral("importMappingFile"));
        QVERIFY(mappingFile && mappingFile->isEnabled());
        mappingFile->setText(mapping);
    }
}

QAbstractButton* TestImportWizard::nextButton(ImportWizard& wizard)
{
    return wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                              : QWizard::NextButton);
}

void TestImportWizard::runImport(ImportWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(nextButton(wizard)->isEnabled());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(nextButton(wizard)->isEnabled());
    QSignalSpy finished(&wizard, &ImportWizard::runFinished);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
}

void TestImportWizard::importsWithBuiltinMapping()
{
    ImportWizard wizard(m_database);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // No file yet: nothing to go on with.
    QVERIFY(!nextButton(wizard)->isEnabled());
    chooseFile(wizard, write(QStringLiteral("sn.csv"), kServiceNowExcerpt),
               QStringLiteral("servicenow"));

    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    // Every row of the excerpt, as the mapping reads it.
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 19);
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c)
        headers << table->horizontalHeaderItem(c)->text();
    const int subject = int(headers.indexOf(QStringLiteral("Subject")));
    const int ticket = int(headers.indexOf(QStringLiteral("Ticket")));
    const int status = int(headers.indexOf(QStringLiteral("Status")));
    QVERIFY(subject >= 0 && ticket >= 0 && status >= 0);
    QCOMPARE(table->item(0, ticket)->text(), QStringLiteral("INC0000093"));
    QCOMPARE(table->item(0, subject)->text(),
             QStringLiteral("Category 61 / Subcategory 164 / Symptom 580"));
    QCOMPARE(table->item(1, status)->text(), QStringLiteral("Closed"));
    auto* info = wizard.findChild<QLabel*>(QStringLiteral("importPreviewInfo"));
    QVERIFY(info);
    QVERIFY2(info->text().contains(QLatin1String("UTF-8")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("delimiter \u201c,\u201d")),
             qPrintable(info->text()));
    QCOMPARE(ticketCount(), 0); // a preview writes nothing

    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QSignalSpy finished(&wizard, &ImportWizard::runFinished);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().value<QList<TicketId>>().size(), 3);
    // A finished import moves on to its summary.
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("importSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QLatin1String("3 tickets from 19 rows of sn.csv (UTF-8): "
                                                      "3 new, 0 updated, 0 unchanged.")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("Time taken:")), qPrintable(summary->text()));
    QCOMPARE(ticketCount(), 3);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
}

void TestImportWizard::importsWithMappingFile()
{
    ImportWizard wizard(m_database);
    wizard.show();
    const QString csv = write(QStringLiteral("desk.csv"), kDeskCsv);
    chooseFile(wizard, csv, QStringLiteral("mapping"));
    // A mapping file is needed before going on.
    QVERIFY(!nextButton(wizard)->isEnabled());
    chooseFile(wizard, csv, QStringLiteral("mapping"),
               write(QStringLiteral("desk.json"), kDeskMapping));
    runImport(wizard);
    QVERIFY(wizard.outcome() && !wizard.outcome()->error);
    QCOMPARE(wizard.outcome()->result.created, 3);
    QCOMPARE(ticketCount(), 3);

    // The same file again: nothing new, as in the CLI.
    ImportWizard again(m_database);
    again.show();
    chooseFile(again, csv, QStringLiteral("mapping"), m_dir->filePath(QStringLiteral("desk.json")));
    runImport(again);
    QTRY_COMPARE(again.currentId(), int(ImportWizard::SummaryPage));
    auto* summary = again.findChild<QLabel*>(QStringLiteral("importSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("0 new, 0 updated, 3 unchanged")),
             qPrintable(summary->text()));
    QCOMPARE(ticketCount(), 3);
}

void TestImportWizard::detectsColumnsAndImports()
{
    ImportWizard wizard(m_database);
    wizard.show();
    chooseFile(wizard,
               write(QStringLiteral("plain.csv"),
                     "external_id,subject,requester,status,created\n"
                     "X-1,Printer jams,Ann Lee <ann@example.org>,open,2026-03-02T10:00:00Z\n"
                     "X-2,VPN drops,Bo Chen <bo@example.org>,open,2026-03-02T11:00:00Z\n"),
               QStringLiteral("detect"));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    // The inspection's columns with their sample values.
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("subject"));
    QVERIFY2(table->item(1, 1)->text().contains(QLatin1String("Printer jams")),
             qPrintable(table->item(1, 1)->text()));
    QVERIFY(wizard.preview().draftMapping().has_value());
    QSignalSpy finished(&wizard, &ImportWizard::runFinished);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(wizard.outcome());
    const QString error = wizard.outcome()->error ? wizard.outcome()->error->toString() : QString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ticketCount(), 2);
}

void TestImportWizard::badTimestampInPreviewNamesItsLine()
{
    QByteArray bad = kDeskCsv;
    bad.replace("2026-03-03 10:00", "2026-03-33 10:00"); // line 3
    ImportWizard wizard(m_database);
    wizard.show();
    chooseFile(wizard, write(QStringLiteral("bad.csv"), bad), QStringLiteral("mapping"),
               write(QStringLiteral("desk.json"), kDeskMapping));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("importPreviewError"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("bad.csv:3, column opened")),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("2026-03-33 10:00")), qPrintable(error->text()));
    // The rows before it are shown; importing is not offered.
    QCOMPARE(wizard.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"))->rowCount(), 1);
    QVERIFY(!nextButton(wizard)->isEnabled());
    QCOMPARE(ticketCount(), 0);
}

void TestImportWizard::badTimestampLaterStopsImportAndWritesNothing()
{
    // Beyond the preview's rows: found when the whole file is checked.
    QByteArray csv = "id,title,from,state,opened,solved\n";
    for (int i = 1; i <= 30; ++i)
        csv += QStringLiteral("D-%1,Ticket %1,Ann <ann@example.org>,open,2026-03-02 09:%2,\n")
                   .arg(i)
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    csv.replace("2026-03-02 09:27", "2026-02-30 09:27"); // D-27, line 28
    ImportWizard wizard(m_database);
    wizard.show();
    chooseFile(wizard, write(QStringLiteral("late.csv"), csv), QStringLiteral("mapping"),
               write(QStringLiteral("desk.json"), kDeskMapping));
    runImport(wizard);
    QVERIFY(wizard.outcome() && wizard.outcome()->error);
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("importError"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("late.csv:28, column opened")),
             qPrintable(error->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(ticketCount(), 0);

    // Start Over goes back to the file, keeping what was chosen.
    auto* restart = wizard.findChild<QPushButton*>(QStringLiteral("importRestart"));
    QVERIFY(restart && restart->isVisible());
    QTest::mouseClick(restart, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("importFile"))
                ->text()
                .endsWith(QLatin1String("late.csv")));
}

void TestImportWizard::exportWritesImportedTickets()
{
    {
        ImportWizard wizard(m_database);
        wizard.show();
        chooseFile(wizard, write(QStringLiteral("desk.csv"), kDeskCsv), QStringLiteral("mapping"),
                   write(QStringLiteral("desk.json"), kDeskMapping));
        runImport(wizard);
        QCOMPARE(ticketCount(), 3);
    }
    ExportDialog dialog(m_database);
    dialog.show();
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("exportFile"));
    auto* useFrom = dialog.findChild<QCheckBox*>(QStringLiteral("exportUseFrom"));
    auto* from = dialog.findChild<QDateEdit*>(QStringLiteral("exportFrom"));
    QVERIFY(file && useFrom && from);
    const QString path = m_dir->filePath(QStringLiteral("out.jsonl"));
    file->setText(path);
    // Only tickets created on or after 3 March (local days).
    useFrom->setChecked(true);
    from->setDate(QDate(2026, 3, 3));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.first().at(1).toString().isEmpty(),
             qPrintable(finished.first().at(1).toString()));
    // The bound is the local day's start, as in the CLI: count what falls after it.
    QVERIFY(dialog.fromMs().has_value());
    QCOMPARE(
        *dialog.fromMs(),
        QDateTime(QDate(2026, 3, 3), QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
    qint64 expected = 0;
    for (const char* created :
         {"2026-03-02T09:15:00Z", "2026-03-03T10:00:00Z", "2026-03-04T08:30:00Z"})
        expected +=
            QDateTime::fromString(QString::fromLatin1(created), Qt::ISODate).toMSecsSinceEpoch() >=
                    *dialog.fromMs()
                ? 1
                : 0;
    QCOMPARE(finished.first().first().toLongLong(), expected);
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("exportStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Exported %1 tickets").arg(expected)),
             qPrintable(status->text()));
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(qint64(out.readAll().count('\n')), expected);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
