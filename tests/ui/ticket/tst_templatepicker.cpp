// SPDX-License-Identifier: MIT
#include "tempdatabase.h"
#include "templates/replytemplaterepository.h"
#include "ticket/templatelistmodel.h"
#include "ticket/templatepicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

// QTest::keyClicks maps characters to keys and knows only Latin-1; this
// sends any text, one character per key press, as an input method would.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QStringList names(const TemplateListModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data(TemplateListModel::NameRole).toString());
    return list;
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestTemplatePicker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsNameCategoryLanguageAndFirstLine();
    void filtersAsYouType();
    void downAndEnterPickTheChosenTemplate();
    void enterPicksTheBestMatch();
    void clickingARowPicksIt();
    void escapeCloses();
    void languageFilter();
    void typingInTheListGoesOnSearching();
    void atMostFiftyRows();
    void emptyStateSaysWhy();

private:
    qint64 add(const QString& name, const QString& lang, const QString& body,
               const QString& category = {});
    std::unique_ptr<TemplatePicker> shownPicker(const QString& lang = {});

    std::unique_ptr<TempDatabase> m_db;
    FixedClock m_clock{kNowMs};
    QHash<QString, qint64> m_ids;
};

void TestTemplatePicker::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_ids.clear();
    m_ids.insert(QStringLiteral("printer-ru"),
                 add(QStringLiteral("Принтер не печатает"), QStringLiteral("ru"),
                     QStringLiteral("\nЗдравствуйте!\nПерезапустите принтер."),
                     QStringLiteral("Оборудование")));
    m_ids.insert(QStringLiteral("cartridge-ru"),
                 add(QStringLiteral("Замена картриджа принтера"), QStringLiteral("ru"),
                     QStringLiteral("Картридж заменим завтра.")));
    m_ids.insert(QStringLiteral("password-zh"),
                 add(QStringLiteral("重置密码"), QStringLiteral("zh"),
                     QStringLiteral("请点击“忘记密码”。")));
    m_ids.insert(QStringLiteral("printer-en"),
                 add(QStringLiteral("Printer offline"), QStringLiteral("en"),
                     QStringLiteral("Please check the printer cable.")));
    for (const qint64 id : std::as_const(m_ids))
        QVERIFY(id > 0);
}

void TestTemplatePicker::cleanup()
{
    m_db.reset();
}

qint64 TestTemplatePicker::add(const QString& name, const QString& lang, const QString& body,
                               const QString& category)
{
    ReplyTemplate reply;
    reply.name = name;
    reply.lang = lang;
    reply.body = body;
    reply.category = category;
    auto added = ReplyTemplateRepository(m_db->database(), m_clock).add(reply);
    if (!added) {
        qWarning() << added.error().toString();
        return 0;
    }
    return added->id;
}

std::unique_ptr<TemplatePicker> TestTemplatePicker::shownPicker(const QString& lang)
{
    auto picker =
        std::make_unique<TemplatePicker>(ReplyTemplateRepository(m_db->database(), m_clock));
    picker->setLanguage(lang);
    picker->popup(QPoint(100, 100));
    return picker;
}

void TestTemplatePicker::listsNameCategoryLanguageAndFirstLine()
{
    auto picker = shownPicker(QStringLiteral("ru"));
    QAbstractItemModelTester tester(picker->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(picker->isVisible());
    QVERIFY(picker->windowFlags().testFlag(Qt::Popup));
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    QTRY_VERIFY(search->hasFocus());

    typeText(search, QStringLiteral("принтер не"));
    const TemplateListModel& model = *picker->model();
    QCOMPARE(names(model), QStringList{QStringLiteral("Принтер не печатает")});
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(TemplateListModel::TemplateIdRole).toLongLong(), m_ids.value("printer-ru"));
    QCOMPARE(row.data(TemplateListModel::CategoryRole).toString(), QStringLiteral("Оборудование"));
    QCOMPARE(row.data(TemplateListModel::LanguageRole).toString(), QStringLiteral("ru"));
    // The first line with text, not the empty one before it.
    QCOMPARE(row.data(TemplateListModel::FirstLineRole).toString(),
             QStringLiteral("Здравствуйте!"));
    QCOMPARE(row.data().toString(), QStringLiteral("Принтер не печатает \u00b7 Оборудование "
                                                   "\u00b7 RU\nЗдравствуйте!"));
    QVERIFY(!row.data(Qt::AccessibleTextRole).toString().isEmpty());
}

void TestTemplatePicker::filtersAsYouType()
{
    auto picker = shownPicker();
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    // Everything, the seeded acknowledgements included, before typing.
    QCOMPARE(picker->model()->rowCount(), 7);

    typeText(search, QStringLiteral("ПРИН"));
    // Name prefix first, then name contains; the English "Printer" is another word.
    QCOMPARE(names(*picker->model()), (QStringList{QStringLiteral("Принтер не печатает"),
                                                   QStringLiteral("Замена картриджа принтера")}));
    typeText(search, QStringLiteral("тер не"));
    QCOMPARE(names(*picker->model()), QStringList{QStringLiteral("Принтер не печатает")});
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    typeText(search, QStringLiteral("密码"));
    QCOMPARE(names(*picker->model()), QStringList{QStringLiteral("重置密码")});
    search->clear();
    QCOMPARE(picker->model()->rowCount(), 7);
}

void TestTemplatePicker::downAndEnterPickTheChosenTemplate()
{
    auto picker = shownPicker(QStringLiteral("ru"));
    QSignalSpy picked(picker.get(), &TemplatePicker::templatePicked);
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    auto* list = child<QListView>(*picker, "templateList");
    typeText(search, QStringLiteral("принтер"));
    QCOMPARE(names(*picker->model()), (QStringList{QStringLiteral("Принтер не печатает"),
                                                   QStringLiteral("Замена картриджа принтера")}));
    // The best match is chosen; Down moves to the next one, the cursor stays
    // in the field.
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down); // stays on the last row
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(search, Qt::Key_Up);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picked.count(), 1);
    QCOMPARE(picked.at(0).at(0).toLongLong(), m_ids.value("cartridge-ru"));
    QTRY_VERIFY(!picker->isVisible());
}

void TestTemplatePicker::enterPicksTheBestMatch()
{
    auto picker = shownPicker();
    QSignalSpy picked(picker.get(), &TemplatePicker::templatePicked);
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    typeText(search, QStringLiteral("printer"));
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(picked.count(), 1);
    QCOMPARE(picked.at(0).at(0).toLongLong(), m_ids.value("printer-en"));

    // Nothing to pick: Enter does nothing.
    picker->popup(QPoint(100, 100), QStringLiteral("nothing like this"));
    QCOMPARE(picker->model()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picked.count(), 1);
    QVERIFY(picker->isVisible());
}

void TestTemplatePicker::clickingARowPicksIt()
{
    auto picker = shownPicker(QStringLiteral("zh"));
    QSignalSpy picked(picker.get(), &TemplatePicker::templatePicked);
    auto* list = child<QListView>(*picker, "templateList");
    QCOMPARE(names(*picker->model()),
             (QStringList{QStringLiteral("acknowledgement"), QStringLiteral("重置密码")}));
    const QRect rect = list->visualRect(picker->model()->index(1));
    // QTest's double click alone lacks the press that item views expect
    // before it; a click first makes the pair a real user sends.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(picked.count(), 1);
    QCOMPARE(picked.at(0).at(0).toLongLong(), m_ids.value("password-zh"));
}

void TestTemplatePicker::escapeCloses()
{
    auto picker = shownPicker();
    QSignalSpy picked(picker.get(), &TemplatePicker::templatePicked);
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    typeText(search, QStringLiteral("printer"));
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(picked.count(), 0);

    // Again from the list, and reopening starts over with the given text.
    picker->popup(QPoint(100, 100));
    QVERIFY(picker->isVisible());
    QCOMPARE(search->text(), QString());
    auto* list = child<QListView>(*picker, "templateList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(picked.count(), 0);
}

void TestTemplatePicker::languageFilter()
{
    auto picker = shownPicker(QStringLiteral("en"));
    auto* language = child<QComboBox>(*picker, "templateLanguage");
    QCOMPARE(picker->language(), QStringLiteral("en"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(names(*picker->model()),
             (QStringList{QStringLiteral("acknowledgement"), QStringLiteral("Printer offline")}));

    auto* search = child<QLineEdit>(*picker, "templateSearch");
    typeText(search, QStringLiteral("принтер"));
    QCOMPARE(picker->model()->rowCount(), 0);
    // The user widens the filter from the combo.
    language->setCurrentIndex(language->findData(QString()));
    QCOMPARE(picker->language(), QString());
    QCOMPARE(picker->model()->rowCount(), 2);
    language->setCurrentIndex(language->findData(QStringLiteral("zh")));
    QCOMPARE(picker->model()->rowCount(), 0);

    picker->setLanguage(QStringLiteral("ru"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("ru"));
    QCOMPARE(picker->model()->rowCount(), 2);
    // An unknown language lists all.
    picker->setLanguage(QStringLiteral("de"));
    QCOMPARE(picker->language(), QString());
}

void TestTemplatePicker::typingInTheListGoesOnSearching()
{
    auto picker = shownPicker();
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    auto* list = child<QListView>(*picker, "templateList");
    typeText(search, QStringLiteral("print"));
    list->setFocus();
    typeText(list, QStringLiteral("er off"));
    QCOMPARE(search->text(), QStringLiteral("printer off"));
    QVERIFY(search->hasFocus());
    QCOMPARE(names(*picker->model()), QStringList{QStringLiteral("Printer offline")});
}

void TestTemplatePicker::atMostFiftyRows()
{
    for (int i = 0; i < 60; ++i)
        QVERIFY(add(QStringLiteral("Bulk %1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("en"),
                    QStringLiteral("text")) > 0);
    auto picker = shownPicker();
    auto* status = child<QLabel>(*picker, "templateStatus");
    QCOMPARE(picker->model()->rowCount(), TemplatePicker::kResultLimit);
    QVERIFY(status->isVisible());
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    // Every word must occur: "Bulk 00" ... "Bulk 09" start with the text,
    // "Bulk 10" ... "Bulk 50" hold both words and come after them.
    typeText(search, QStringLiteral("bulk 0"));
    QCOMPARE(picker->model()->rowCount(), 15);
    QCOMPARE(picker->model()->index(9).data(TemplateListModel::NameRole).toString(),
             QStringLiteral("Bulk 09"));
    QCOMPARE(picker->model()->index(10).data(TemplateListModel::NameRole).toString(),
             QStringLiteral("Bulk 10"));
    QVERIFY(!status->isVisible());
}

void TestTemplatePicker::emptyStateSaysWhy()
{
    auto picker = shownPicker(QStringLiteral("zh"));
    auto* status = child<QLabel>(*picker, "templateStatus");
    QVERIFY(!status->isVisible());
    auto* search = child<QLineEdit>(*picker, "templateSearch");
    typeText(search, QStringLiteral("printer"));
    QCOMPARE(picker->model()->rowCount(), 0);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("printer")), qPrintable(status->text()));
}

QTEST_MAIN(TestTemplatePicker)
#include "tst_templatepicker.moc"
