// SPDX-License-Identifier: MIT
// The rating block of the ticket pane with real widgets: "Not rated yet",
// the button only for resolved or closed tickets with an agent, entering a
// rating through the dialog (Cyrillic comment typed as key events), the
// stars with their text equivalent, changing a survey's rating, and a
// refusal that stays in the dialog with what was typed.
#include "common/clock.h"
#include "tempdatabase.h"
#include "ticket/ratingdialog.h"
#include "ticket/ticketratingview.h"
#include "tickets/ratingrepository.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

// A criterion's value; 0 when it was not given.
int given(const std::optional<int>& value)
{
    return value.value_or(0);
}

} // namespace

class TestTicketRatingView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void summaryText_data();
    void summaryText();
    void notRatedYetAndButtonOnlyForResolvedWithAgent();
    void enteringRatingThroughDialogStoresAndShowsIt();
    void saveNeedsOverallScore();
    void existingRatingIsShownAndPrefillsDialog();
    void refusalStaysInDialogWithWhatWasTyped();
    void unknownTicketSaysWhy();

private:
    void resolve();
    QLabel* label(const char* name) const;
    QPushButton* rateButton() const;
    RatingDialog* clickRate() const;
    static void type(QWidget* widget, const QString& text);
    static void choose(QComboBox* combo, std::optional<int> score);

    std::unique_ptr<TempDatabase> m_temp;
    FixedClock m_clock{1772442000000}; // 2026-03-02 09:00 UTC
    std::unique_ptr<TicketService> m_service;
    std::unique_ptr<TicketRatingView> m_view;
    Agent m_anna;
    TicketId m_id = 0;
};

void TestTicketRatingView::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    TicketRepository repository(m_temp->database());
    Agent anna;
    anna.login = QStringLiteral("anna");
    anna.name = QStringLiteral("Анна Смирнова");
    auto added = repository.addAgent(anna, m_clock.nowMs());
    QVERIFY(added);
    m_anna = *added;
    m_service = std::make_unique<TicketService>(m_temp->database(), m_clock);
    NewTicketRequest request;
    request.subject = QStringLiteral("Принтер не печатает");
    request.requesterEmail = QStringLiteral("olga@example.ru");
    request.body = QStringLiteral("Бумага застревает");
    auto created = m_service->create(request);
    QVERIFY(created);
    m_id = created->id;

    m_view = std::make_unique<TicketRatingView>(m_temp->database(), m_clock);
    m_view->resize(420, 160);
    m_view->setCurrentAgent(m_anna);
    m_view->show();
}

void TestTicketRatingView::cleanup()
{
    m_view.reset();
}

void TestTicketRatingView::resolve()
{
    m_clock.advanceMs(60 * 60 * 1000);
    auto resolved = m_service->setStatus(m_id, TicketStatus::Resolved, QStringLiteral("anna"));
    QVERIFY2(resolved, resolved ? "" : qPrintable(resolved.error().toString()));
    m_view->showTicket(m_id, resolved->status);
}

QLabel* TestTicketRatingView::label(const char* name) const
{
    return m_view->findChild<QLabel*>(QLatin1String(name));
}

QPushButton* TestTicketRatingView::rateButton() const
{
    return m_view->findChild<QPushButton*>(QStringLiteral("rateButton"));
}

RatingDialog* TestTicketRatingView::clickRate() const
{
    QTest::mouseClick(rateButton(), Qt::LeftButton);
    return m_view->findChild<RatingDialog*>(QStringLiteral("ratingDialog"));
}

void TestTicketRatingView::type(QWidget* widget, const QString& text)
{
    // QTest::keyClicks knows ASCII only; Cyrillic arrives as key events with text.
    widget->setFocus();
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

void TestTicketRatingView::choose(QComboBox* combo, std::optional<int> score)
{
    const int index = score ? combo->findData(*score) : 0;
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestTicketRatingView::summaryText_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("reaction"); // 0: not given
    QTest::addColumn<int>("quality");
    QTest::addColumn<int>("effectiveness");
    QTest::addColumn<int>("communication");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("score only") << 5 << 0 << 0 << 0 << 0 << QStringLiteral("★★★★★ 5/5")
                                << QStringLiteral("Rated 5 out of 5");
    QTest::newRow("all criteria")
        << 4 << 5 << 4 << 3 << 2
        << QStringLiteral("★★★★☆ 4/5 · reaction 5 · quality 4 · effectiveness 3 · communication 2")
        << QStringLiteral("Rated 4 out of 5; reaction time 5, quality of service 4, "
                          "effectiveness of the solution 3, communication 2");
    QTest::newRow("some criteria")
        << 1 << 0 << 2 << 0 << 1 << QStringLiteral("★☆☆☆☆ 1/5 · quality 2 · communication 1")
        << QStringLiteral("Rated 1 out of 5; quality of service 2, communication 1");
}

void TestTicketRatingView::summaryText()
{
    QFETCH(int, score);
    QFETCH(int, reaction);
    QFETCH(int, quality);
    QFETCH(int, effectiveness);
    QFETCH(int, communication);
    auto optional = [](int value) { return value ? std::optional<int>(value) : std::nullopt; };
    TicketRating rating;
    rating.score = score;
    rating.reaction = optional(reaction);
    rating.quality = optional(quality);
    rating.effectiveness = optional(effectiveness);
    rating.communication = optional(communication);
    QTEST(TicketRatingView::summaryText(rating), "summary");
    QTEST(TicketRatingView::spokenText(rating), "spoken");
}

void TestTicketRatingView::notRatedYetAndButtonOnlyForResolvedWithAgent()
{
    m_view->showTicket(m_id, TicketStatus::New);
    QCOMPARE(label("ratingSummary")->text(), QStringLiteral("Not rated yet"));
    QVERIFY(!label("ratingMeta")->isVisible());
    QVERIFY(!rateButton()->isEnabled());
    QVERIFY(rateButton()->toolTip().contains(QStringLiteral("resolved")));
    QVERIFY(!m_view->openRatingDialog());

    resolve();
    QVERIFY(rateButton()->isEnabled());
    QCOMPARE(rateButton()->text(), QStringLiteral("Enter &rating…"));
    m_view->showTicket(m_id, TicketStatus::Closed);
    QVERIFY(rateButton()->isEnabled());

    m_view->setCurrentAgent(Agent{});
    QVERIFY(!rateButton()->isEnabled());
    QVERIFY(rateButton()->toolTip().contains(QStringLiteral("Read-only")));
    m_view->setCurrentAgent(m_anna);
    QVERIFY(rateButton()->isEnabled());

    m_view->clear();
    QVERIFY(!rateButton()->isEnabled());
    QVERIFY(label("ratingSummary")->text().isEmpty());
}

void TestTicketRatingView::enteringRatingThroughDialogStoresAndShowsIt()
{
    resolve();
    QSignalSpy changed(m_view.get(), &TicketRatingView::ratingChanged);
    QPointer<RatingDialog> dialog = clickRate();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->ticketId(), m_id);
    // A second click does not stack another form.
    QCOMPARE(m_view->openRatingDialog(), dialog.data());

    choose(dialog->scoreCombo(), 4);
    choose(dialog->criterionCombo(RatingDialog::Reaction), 5);
    choose(dialog->criterionCombo(RatingDialog::Effectiveness), 3);
    type(dialog->commentEdit(), QStringLiteral("Быстро починили"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QTRY_VERIFY(!dialog); // closed and deleted once stored
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<TicketId>(), m_id);
    auto stored = RatingRepository(m_temp->database()).rating(m_id);
    QVERIFY(stored);
    QVERIFY(stored->has_value());
    const TicketRating& rating = **stored;
    QCOMPARE(rating.score, 4);
    QCOMPARE(given(rating.reaction), 5);
    QCOMPARE(given(rating.quality), 0);
    QCOMPARE(given(rating.effectiveness), 3);
    QCOMPARE(given(rating.communication), 0);
    QCOMPARE(rating.comment, QStringLiteral("Быстро починили"));
    QCOMPARE(rating.source, QStringLiteral("operator"));
    QCOMPARE(rating.enteredBy, QStringLiteral("anna"));
    QCOMPARE(rating.ratedAt, m_clock.nowMs());

    QLabel* summary = label("ratingSummary");
    QCOMPARE(summary->text(), QStringLiteral("★★★★☆ 4/5 · reaction 5 · effectiveness 3"));
    // Stars are not the only carrier: the text equivalent is there for screen readers.
    QCOMPARE(summary->accessibleName(),
             QStringLiteral("Rated 4 out of 5; reaction time 5, effectiveness of the solution 3"));
    QCOMPARE(label("ratingCommentText")->text(), QStringLiteral("“Быстро починили”"));
    QVERIFY(label("ratingCommentText")->isVisible());
    QVERIFY2(label("ratingMeta")->text().contains(QStringLiteral("Entered by anna")),
             qPrintable(label("ratingMeta")->text()));
    QVERIFY(label("ratingMeta")->text().contains(QStringLiteral("entered by an operator")));
    QCOMPARE(rateButton()->text(), QStringLiteral("Change &rating…"));
}

void TestTicketRatingView::saveNeedsOverallScore()
{
    resolve();
    QPointer<RatingDialog> dialog = m_view->openRatingDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled());
    choose(dialog->criterionCombo(RatingDialog::Quality), 2);
    QVERIFY(!dialog->saveButton()->isEnabled());
    // Enter in the form does not slip past the missing score either.
    QTest::keyClick(dialog->scoreCombo(), Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    auto stored = RatingRepository(m_temp->database()).rating(m_id);
    QVERIFY(stored && !stored->has_value());

    choose(dialog->scoreCombo(), 2);
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(dialog->save());
    QTRY_VERIFY(!dialog);
    stored = RatingRepository(m_temp->database()).rating(m_id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(given((*stored)->quality), 2);
}

void TestTicketRatingView::existingRatingIsShownAndPrefillsDialog()
{
    resolve();
    TicketRating survey;
    survey.ticket = m_id;
    survey.score = 2;
    survey.reaction = 1;
    survey.quality = 3;
    survey.effectiveness = 2;
    survey.communication = 4;
    survey.comment = QStringLiteral("回复太慢");
    survey.source = QStringLiteral("survey");
    QVERIFY(RatingRepository(m_temp->database(), m_clock).rate(survey));
    m_view->showTicket(m_id, TicketStatus::Resolved);

    QCOMPARE(label("ratingSummary")->text(),
             QStringLiteral("★★☆☆☆ 2/5 · reaction 1 · quality 3 · effectiveness 2 · "
                            "communication 4"));
    QCOMPARE(label("ratingCommentText")->text(), QStringLiteral("“回复太慢”"));
    QVERIFY(label("ratingMeta")->text().contains(QStringLiteral("customer survey")));
    QVERIFY(!label("ratingMeta")->text().contains(QStringLiteral("Entered by")));

    QPointer<RatingDialog> dialog = clickRate();
    QVERIFY(dialog);
    QCOMPARE(dialog->scoreCombo()->currentData().toInt(), 2);
    QCOMPARE(dialog->criterionCombo(RatingDialog::Reaction)->currentData().toInt(), 1);
    QCOMPARE(dialog->criterionCombo(RatingDialog::Communication)->currentData().toInt(), 4);
    QCOMPARE(dialog->commentEdit()->toPlainText(), QStringLiteral("回复太慢"));
    // The customer called back happier; the criterion no longer applies.
    choose(dialog->scoreCombo(), 5);
    choose(dialog->criterionCombo(RatingDialog::Reaction), std::nullopt);
    QVERIFY(dialog->save());
    QTRY_VERIFY(!dialog);

    auto stored = RatingRepository(m_temp->database()).rating(m_id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->score, 5);
    QCOMPARE(given((*stored)->reaction), 0);
    QCOMPARE((*stored)->source, QStringLiteral("operator"));
    QCOMPARE(label("ratingSummary")->text(),
             QStringLiteral("★★★★★ 5/5 · quality 3 · effectiveness 2 · communication 4"));
}

void TestTicketRatingView::refusalStaysInDialogWithWhatWasTyped()
{
    resolve();
    QSignalSpy changed(m_view.get(), &TicketRatingView::ratingChanged);
    QPointer<RatingDialog> dialog = clickRate();
    QVERIFY(dialog);
    choose(dialog->scoreCombo(), 3);
    type(dialog->commentEdit(), QStringLiteral("Клиент недоволен"));
    // The customer wrote again and a colleague reopened the ticket meanwhile.
    QVERIFY(m_service->setStatus(m_id, TicketStatus::Open, QStringLiteral("anna")));

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("resolved")),
             qPrintable(dialog->errorText()));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("ratingError"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(dialog->commentEdit()->toPlainText(), QStringLiteral("Клиент недоволен"));
    QCOMPARE(dialog->scoreCombo()->currentData().toInt(), 3);
    QCOMPARE(changed.count(), 0);
    auto stored = RatingRepository(m_temp->database()).rating(m_id);
    QVERIFY(stored && !stored->has_value());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(changed.count(), 0);
}

void TestTicketRatingView::unknownTicketSaysWhy()
{
    m_view->showTicket(424242, TicketStatus::Resolved);
    QVERIFY2(label("ratingSummary")->text().contains(QStringLiteral("#424242")),
             qPrintable(label("ratingSummary")->text()));
}

QTEST_MAIN(TestTicketRatingView)
#include "tst_ticketratingview.moc"
