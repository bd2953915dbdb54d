// SPDX-License-Identifier: MIT
// Working a ticket in the pane with real widgets: typing a reply and sending
// it with Ctrl+Enter, internal notes, changing the status from the header,
// a refused change, a colleague's change arriving first (the draft stays and
// Reload catches up), drafts surviving a restart, and the read-only pane.
#include "common/clock.h"
#include "tempdatabase.h"
#include "templates/replytemplaterepository.h"
#include "ticket/replyeditor.h"
#include "ticket/templatepicker.h"
#include "ticket/ticketpane.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestReplying : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ctrlEnterSendsReplyAndClearsEditor();
    void noteModeAddsInternalNote();
    void statusComboChangesStatus();
    void refusedStatusShowsWhyAndKeepsStoredValue();
    void colleaguesChangeFirstKeepsDraftAndReloads();
    void draftSurvivesRestart();
    void claimButtonTakesTicket();
    void withoutAgentPaneIsReadOnly();
    void slashInsertsRenderedTemplate();
    void typeGroupAndTagsAreEditable();

private:
    std::unique_ptr<TicketPane> makePane();
    TicketDetail detail() const;
    void type(const QString& text);

    std::unique_ptr<TempDatabase> m_temp;
    FixedClock m_clock{1772442000000};
    std::unique_ptr<TicketService> m_service;
    std::unique_ptr<TicketPane> m_pane;
    Agent m_anna;
    TicketId m_id = 0;
};

void TestReplying::init()
{
    m_pane.reset();
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    TicketRepository repository(m_temp->database());
    Agent anna;
    anna.login = QStringLiteral("anna");
    anna.name = QStringLiteral("Анна Смирнова");
    m_anna = *repository.addAgent(anna, m_clock.nowMs());
    Agent li;
    li.login = QStringLiteral("li");
    li.name = QStringLiteral("李娜");
    QVERIFY(repository.addAgent(li, m_clock.nowMs()));
    m_service = std::make_unique<TicketService>(m_temp->database(), m_clock);
    QVERIFY(m_service->setAcknowledgementsEnabled(false)); // the cases count messages
    NewTicketRequest request;
    request.subject = QStringLiteral("Принтер не печатает");
    request.requesterEmail = QStringLiteral("olga@example.ru");
    request.body = QStringLiteral("Бумага застревает");
    auto created = m_service->create(request);
    QVERIFY(created);
    m_id = created->id;
    m_pane = makePane();
}

std::unique_ptr<TicketPane> TestReplying::makePane()
{
    auto pane = std::make_unique<TicketPane>(m_temp->database(), nullptr, m_clock);
    pane->resize(520, 800);
    pane->setCurrentAgent(m_anna);
    pane->show();
    if (!pane->showTicket(m_id))
        qWarning() << "cannot show the ticket";
    return pane;
}

TicketDetail TestReplying::detail() const
{
    auto d = TicketRepository(m_temp->database()).ticketDetail(m_id);
    return d ? *d : TicketDetail{};
}

void TestReplying::type(const QString& text)
{
    // QTest::keyClicks knows ASCII only; Cyrillic arrives as key events with text.
    QPlainTextEdit* edit = m_pane->replyEditor()->textEdit();
    edit->setFocus();
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n')) {
            QTest::keyClick(edit, Qt::Key_Return);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(edit, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(edit, &release);
    }
}

void TestReplying::ctrlEnterSendsReplyAndClearsEditor()
{
    QSignalSpy changed(m_pane.get(), &TicketPane::ticketChanged);
    type(QStringLiteral("Перезагрузите принтер"));
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(changed.count(), 1);
    const TicketDetail d = detail();
    QCOMPARE(d.messages.size(), 2);
    QCOMPARE(d.messages.last().kind, MessageKind::Reply);
    QCOMPARE(d.messages.last().body, QStringLiteral("Перезагрузите принтер"));
    QCOMPARE(d.ticket.assigneeLogin, QStringLiteral("anna"));
    QCOMPARE(d.ticket.status, TicketStatus::Open);
    QVERIFY(m_pane->replyEditor()->text().isEmpty());
    // The header follows what was stored.
    QCOMPARE(m_pane->findChild<QComboBox*>(QStringLiteral("statusCombo"))->currentText(),
             displayName(TicketStatus::Open));
    // An empty editor sends nothing.
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(detail().messages.size(), 2);
}

void TestReplying::noteModeAddsInternalNote()
{
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_N,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_pane->replyEditor()->isInternal());
    type(QStringLiteral("Спросить поставщика"));
    QTest::mouseClick(m_pane->findChild<QWidget*>(QStringLiteral("sendButton")), Qt::LeftButton);
    const TicketDetail d = detail();
    QCOMPARE(d.messages.last().kind, MessageKind::Note);
    QVERIFY(!d.ticket.firstResponseAt);
    QCOMPARE(d.ticket.status, TicketStatus::New);
}

void TestReplying::statusComboChangesStatus()
{
    auto* combo = m_pane->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    QVERIFY(combo->isEnabled());
    combo->setFocus();
    // New -> Open -> Pending with the keyboard, as an operator would.
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(detail().ticket.status, TicketStatus::Open);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(detail().ticket.status, TicketStatus::Pending);
    QCOMPARE(detail().events.last().actor, QStringLiteral("anna"));
    QVERIFY(m_pane->bannerText().isEmpty());
}

void TestReplying::refusedStatusShowsWhyAndKeepsStoredValue()
{
    auto* combo = m_pane->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    const int closed = combo->findData(static_cast<int>(TicketStatus::Closed));
    combo->setCurrentIndex(closed);
    emit combo->activated(closed);
    QCOMPARE(detail().ticket.status, TicketStatus::New);
    QVERIFY2(m_pane->bannerText().contains(QStringLiteral("resolve")),
             qPrintable(m_pane->bannerText()));
    QCOMPARE(combo->currentData().toInt(), static_cast<int>(TicketStatus::New));
}

void TestReplying::colleaguesChangeFirstKeepsDraftAndReloads()
{
    type(QStringLiteral("Мой ответ"));
    // Li claims the ticket from another desktop while Anna writes.
    m_clock.advanceMs(60000);
    QVERIFY(m_service->claim(m_id, QStringLiteral("li")));
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(m_pane->bannerText().contains(QStringLiteral("李娜")),
             qPrintable(m_pane->bannerText()));
    QCOMPARE(detail().messages.size(), 1); // nothing was sent
    QCOMPARE(m_pane->replyEditor()->text(), QStringLiteral("Мой ответ"));
    // Reload shows Li's claim and keeps the draft; sending then goes through.
    QTest::mouseClick(m_pane->findChild<QPushButton*>(QStringLiteral("reloadButton")),
                      Qt::LeftButton);
    QVERIFY(m_pane->bannerText().isEmpty());
    QCOMPARE(m_pane->replyEditor()->text(), QStringLiteral("Мой ответ"));
    QCOMPARE(m_pane->findChild<QComboBox*>(QStringLiteral("assigneeCombo"))->currentData(),
             QVariant(QStringLiteral("li")));
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(detail().messages.last().body, QStringLiteral("Мой ответ"));
    QCOMPARE(detail().ticket.assigneeLogin, QStringLiteral("li"));
}

void TestReplying::draftSurvivesRestart()
{
    type(QStringLiteral("Черновик ответа"));
    QSignalSpy saved(m_pane->replyEditor(), &ReplyEditor::draftChanged);
    QVERIFY(saved.wait(3000)); // saved while typing, after a short pause
    m_pane.reset();            // the app goes away without sending
    m_pane = makePane();
    QCOMPARE(m_pane->replyEditor()->text(), QStringLiteral("Черновик ответа"));
    // Sending removes the draft.
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    m_pane = makePane();
    QVERIFY(m_pane->replyEditor()->text().isEmpty());
}

void TestReplying::claimButtonTakesTicket()
{
    auto* claim = m_pane->findChild<QPushButton*>(QStringLiteral("claimButton"));
    QVERIFY(claim->isVisible());
    QTest::mouseClick(claim, Qt::LeftButton);
    QCOMPARE(detail().ticket.assigneeLogin, QStringLiteral("anna"));
    QVERIFY(!claim->isVisible());
}

void TestReplying::withoutAgentPaneIsReadOnly()
{
    m_pane->setCurrentAgent(Agent{});
    QVERIFY(!m_pane->findChild<QComboBox*>(QStringLiteral("statusCombo"))->isEnabled());
    QVERIFY(!m_pane->findChild<QWidget*>(QStringLiteral("sendButton"))->isEnabled());
    type(QStringLiteral("text"));
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(detail().messages.size(), 1);
}

void TestReplying::slashInsertsRenderedTemplate()
{
    ReplyTemplateRepository templates(m_temp->database());
    ReplyTemplate reply;
    reply.name = QStringLiteral("Restart printer");
    reply.lang = QStringLiteral("en");
    reply.body = QStringLiteral("Hello {{customer.name}}, about #{{ticket.id}}: please restart "
                                "it.\n{{agent.name}}");
    auto added = templates.add(reply);
    QVERIFY(added);
    type(QStringLiteral("Hi!\n"));
    QTest::keyClick(m_pane->replyEditor()->textEdit(), Qt::Key_Slash);
    TemplatePicker* picker = m_pane->templatePicker();
    QVERIFY(picker->isVisible());
    auto* search = picker->findChild<QLineEdit*>(QStringLiteral("templateSearch"));
    QTest::keyClicks(search, QStringLiteral("restart"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!picker->isVisible());
    const QString expected = QStringLiteral("Hi!\nHello olga, about #%1: please restart it.\n"
                                            "Анна Смирнова")
                                 .arg(m_id);
    QCOMPARE(m_pane->replyEditor()->text(), expected); // the "/" is gone
    QCOMPARE(templates.byId(added->id)->usageCount, 1);
}

void TestReplying::typeGroupAndTagsAreEditable()
{
    QSqlQuery query(m_temp->database()->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO groups (name) VALUES ('Billing')")));
    m_pane = makePane(); // picks up the new group
    auto* type = m_pane->findChild<QComboBox*>(QStringLiteral("typeCombo"));
    const int complaint = type->findData(static_cast<int>(TicketType::Complaint));
    type->setCurrentIndex(complaint);
    emit type->activated(complaint);
    QCOMPARE(detail().ticket.type, TicketType::Complaint);
    auto* group = m_pane->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    const int billing = group->findData(QStringLiteral("Billing"));
    QVERIFY(billing > 0);
    group->setCurrentIndex(billing);
    emit group->activated(billing);
    QCOMPARE(detail().ticket.group, QStringLiteral("Billing"));
    auto* tags = m_pane->findChild<QLineEdit*>(QStringLiteral("tagsEdit"));
    tags->setText(QStringLiteral("vip, printer"));
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(detail().ticket.tags, (QStringList{QStringLiteral("printer"), QStringLiteral("vip")}));
    QCOMPARE(tags->text(), QStringLiteral("printer, vip"));
    QCOMPARE(detail().events.last().kind, QStringLiteral("tags"));
}

QTEST_MAIN(TestReplying)
#include "tst_replying.moc"
