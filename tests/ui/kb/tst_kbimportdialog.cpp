// SPDX-License-Identifier: MIT
// The app's knowledge-base import: a folder imports with the counts shown
// and the knowledge view refreshed; a bad file is named with its line and
// nothing is written; a check writes nothing; cancelling writes nothing.
#include "common/mainwindow.h"
#include "kb/articlerepository.h"
#include "kb/kbimportdialog.h"
#include "kb/knowledgeview.h"
#include "tempdatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr int kWaitMs = 20000;

void writeArticle(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir).filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray article(int i, const char* lang = "en")
{
    return "---\ntitle: Printer question " + QByteArray::number(i) + "\nlang: " + lang +
           "\nstatus: published\n---\nRestart the printer and check the cable.\n";
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

int articleCount(const DatabasePtr& database)
{
    auto all = ArticleRepository(database).all();
    return all ? int(all->size()) : -1;
}

} // namespace

class TestKbImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsFolderAndRefreshesView();
    void badFileNamedAndNothingWritten();
    void checkOnlyWritesNothing();
    void cancelWritesNothing();

private:
    bool runAndWait(KbImportDialog* dialog);

    QTemporaryDir m_settingsDir;
};

void TestKbImportDialog::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_kbimportdialog"));
}

bool TestKbImportDialog::runAndWait(KbImportDialog* dialog)
{
    QSignalSpy finished(dialog, &KbImportDialog::runFinished);
    auto* start = child<QPushButton>(dialog, "kbImportStart");
    if (!start || !start->isEnabled())
        return false;
    QTest::mouseClick(start, Qt::LeftButton);
    return finished.wait(kWaitMs);
}

void TestKbImportDialog::importsFolderAndRefreshesView()
{
    TempDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorString()));
    QTemporaryDir folder;
    for (int i = 0; i < 30; ++i)
        writeArticle(folder.path(), QStringLiteral("printers/a%1.md").arg(i), article(i));

    MainWindow window(db.database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = child<QAction>(&window, "importArticlesAction");
    QVERIFY(action);
    action->trigger();
    auto* dialog = child<KbImportDialog>(window.knowledgeView(), "kbImportDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(window.knowledgeView()->isVisible());
    // Nothing to import yet: the button waits for a folder.
    QVERIFY(!child<QPushButton>(dialog, "kbImportStart")->isEnabled());

    QSignalSpy changed(window.knowledgeView(), &KnowledgeView::articlesChanged);
    child<QLineEdit>(dialog, "kbImportFolder")->setText(folder.path());
    QVERIFY(runAndWait(dialog));
    QCOMPARE(articleCount(db.database()), 30);
    const QString status = child<QLabel>(dialog, "kbImportStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("30")), qPrintable(status));
    QCOMPARE(child<QProgressBar>(dialog, "kbImportProgress")->value(),
             child<QProgressBar>(dialog, "kbImportProgress")->maximum());
    QVERIFY(!child<QLabel>(dialog, "kbImportError")->isVisible());
    QCOMPARE(changed.count(), 1);
    // The category comes from the folder.
    auto category = ArticleRepository(db.database()).categoryIdByPath(QStringLiteral("printers"));
    QVERIFY(category);
    QVERIFY(category.value() > 0);

    // The same folder again changes nothing and says so.
    changed.clear();
    QVERIFY(runAndWait(dialog));
    QCOMPARE(articleCount(db.database()), 30);
    QCOMPARE(changed.count(), 0);
    dialog->close();
}

void TestKbImportDialog::badFileNamedAndNothingWritten()
{
    TempDatabase db;
    QTemporaryDir folder;
    writeArticle(folder.path(), QStringLiteral("a.md"), article(1));
    writeArticle(folder.path(), QStringLiteral("b.md"),
                 "---\ntitle: Broken\nlang: fr\n---\nBody.\n"); // no such language
    KbImportDialog dialog(db.database());
    dialog.show();
    dialog.setFolder(folder.path());
    QSignalSpy imported(&dialog, &KbImportDialog::imported);
    QVERIFY(runAndWait(&dialog));
    auto* error = child<QLabel>(&dialog, "kbImportError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("b.md:3")), qPrintable(error->text()));
    QCOMPARE(articleCount(db.database()), 0);
    QCOMPARE(imported.count(), 0);
    // The dialog stays usable: fix the folder and import again.
    QVERIFY(QFile::remove(QDir(folder.path()).filePath(QStringLiteral("b.md"))));
    QVERIFY(runAndWait(&dialog));
    QVERIFY(!error->isVisible());
    QCOMPARE(articleCount(db.database()), 1);
}

void TestKbImportDialog::checkOnlyWritesNothing()
{
    TempDatabase db;
    QTemporaryDir folder;
    writeArticle(folder.path(), QStringLiteral("a.md"), article(1));
    KbImportDialog dialog(db.database());
    dialog.show();
    dialog.setFolder(folder.path());
    child<QCheckBox>(&dialog, "kbImportDryRun")->setChecked(true);
    QSignalSpy imported(&dialog, &KbImportDialog::imported);
    QVERIFY(runAndWait(&dialog));
    QCOMPARE(articleCount(db.database()), 0);
    QCOMPARE(imported.count(), 0);
    const QString status = child<QLabel>(&dialog, "kbImportStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("1")), qPrintable(status));
}

void TestKbImportDialog::cancelWritesNothing()
{
    TempDatabase db;
    QTemporaryDir folder;
    // Enough files that the import is still running when Cancel is pressed.
    for (int i = 0; i < 3000; ++i)
        writeArticle(folder.path(), QStringLiteral("a%1.md").arg(i), article(i));
    KbImportDialog dialog(db.database());
    dialog.show();
    dialog.setFolder(folder.path());
    QSignalSpy finished(&dialog, &KbImportDialog::runFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "kbImportStart"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    auto* cancel = child<QPushButton>(&dialog, "kbImportCancel");
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!dialog.isRunning());
    QCOMPARE(articleCount(db.database()), 0);
    const QString status = child<QLabel>(&dialog, "kbImportStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Cancelled")), qPrintable(status));
}

QTEST_MAIN(TestKbImportDialog)
#include "tst_kbimportdialog.moc"
