// SPDX-License-Identifier: MIT
// Message bodies in the conversation: Markdown is rendered, raw HTML from a
// customer's mail is shown as text and never interpreted, line breaks stay.
#include "ticket/conversationformatter.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Switchboard;

class TestConversationFormatter : public QObject
{
    Q_OBJECT

private slots:
    void rendersMarkdownKeepsTextAndBreaks();

private:
    static QString plainText(const QString& body, QTextDocument& document);
};

QString TestConversationFormatter::plainText(const QString& body, QTextDocument& document)
{
    Message message;
    message.kind = MessageKind::Reply;
    message.author = QStringLiteral("anna");
    message.authorName = QStringLiteral("Анна");
    message.body = body;
    const ConversationFormatter formatter(QApplication::palette(), QLocale::c());
    document.setHtml(formatter.toHtml({message}));
    return document.toPlainText();
}

void TestConversationFormatter::rendersMarkdownKeepsTextAndBreaks()
{
    QTextDocument document;
    const QString text = plainText(
        QStringLiteral("**Важно:** нажмите <Enter> & подождите\nвторая строка\n\n- пункт"),
        document);
    QVERIFY2(text.contains(QStringLiteral("Важно: нажмите <Enter> & подождите")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("**")));
    // The single break stays a break, not a space.
    QVERIFY2(text.contains(QStringLiteral("подождите\u2028второй")) ||
                 text.contains(QStringLiteral("подождите\nвторая")) ||
                 text.contains(QStringLiteral("подождите\u2028вторая")),
             qPrintable(text));
    // Bold is bold.
    bool bold = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(QStringLiteral("Важно")))
                bold = it.fragment().charFormat().fontWeight() >= QFont::Bold;
        }
    }
    QVERIFY(bold);
    // A tag is text, and it does not restyle anything.
    QTextDocument scripted;
    const QString tags = plainText(QStringLiteral("<b>not bold</b> <script>x</script>"), scripted);
    QVERIFY2(tags.contains(QStringLiteral("<b>not bold</b>")), qPrintable(tags));
}

QTEST_MAIN(TestConversationFormatter)
#include "tst_conversationformatter.moc"
