// SPDX-License-Identifier: MIT
#include "kb/revisiondiffformatter.h"

#include <QApplication>
#include <QTest>
#include <QTextDocument>

using namespace Switchboard;

namespace {

// What a reader of the rendered diff sees, line by line.
QStringList shownLines(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList lines;
    for (QString line : document.toPlainText().split(QLatin1Char('\n'))) {
        line.replace(QChar::Nbsp, QLatin1Char(' '));
        lines.append(line.trimmed());
    }
    lines.removeAll(QString());
    return lines;
}

} // namespace

class TestRevisionDiffFormatter : public QObject
{
    Q_OBJECT

private slots:
    void signsMarkEveryChangedLine();
    void foldsLongUnchangedRuns();
    void escapesText();
    void sameTexts();
    void summary();
};

void TestRevisionDiffFormatter::signsMarkEveryChangedLine()
{
    const auto hunks =
        RevisionDiff::compute(QStringLiteral("a\nold\nz"), QStringLiteral("a\nновый\n新的\nz"));
    const QString html = RevisionDiffFormatter(QApplication::palette()).toHtml(hunks);
    QCOMPARE(shownLines(html),
             (QStringList{QStringLiteral("a"), QStringLiteral("- old"), QStringLiteral("+ новый"),
                          QStringLiteral("+ 新的"), QStringLiteral("z")}));
    // And a colour: the tint is there, but never alone.
    QVERIFY(html.contains(QStringLiteral("#d55e00")));
    QVERIFY(html.contains(QStringLiteral("#009e73")));
}

void TestRevisionDiffFormatter::foldsLongUnchangedRuns()
{
    QStringList before;
    for (int i = 0; i < 20; ++i)
        before.append(QStringLiteral("line %1").arg(i));
    QStringList after = before;
    after[10] = QStringLiteral("changed");
    const auto hunks = RevisionDiff::compute(before, after);
    const QStringList lines =
        shownLines(RevisionDiffFormatter(QApplication::palette(), 2).toHtml(hunks));
    // Plural forms come from the translation, which tests do not load.
    QCOMPARE(lines.size(), 8);
    QVERIFY2(lines.first().startsWith(QStringLiteral("… 8 unchanged line")),
             qPrintable(lines.first()));
    QCOMPARE(lines.mid(1, 6), (QStringList{QStringLiteral("line 8"), QStringLiteral("line 9"),
                                           QStringLiteral("- line 10"), QStringLiteral("+ changed"),
                                           QStringLiteral("line 11"), QStringLiteral("line 12")}));
    QVERIFY2(lines.last().startsWith(QStringLiteral("… 7 unchanged line")),
             qPrintable(lines.last()));
}

void TestRevisionDiffFormatter::escapesText()
{
    const auto hunks = RevisionDiff::compute(QString(), QStringLiteral("<b>not bold</b> & more"));
    const QStringList lines =
        shownLines(RevisionDiffFormatter(QApplication::palette()).toHtml(hunks));
    QCOMPARE(lines, QStringList{QStringLiteral("+ <b>not bold</b> & more")});
}

void TestRevisionDiffFormatter::sameTexts()
{
    const auto hunks = RevisionDiff::compute(QStringLiteral("a"), QStringLiteral("a"));
    QCOMPARE(shownLines(RevisionDiffFormatter(QApplication::palette()).toHtml(hunks)),
             QStringList{QStringLiteral("The texts are the same.")});
}

void TestRevisionDiffFormatter::summary()
{
    const QString text = RevisionDiffFormatter::summary(
        RevisionDiff::compute(QStringLiteral("a\nb"), QStringLiteral("a\nc\nd")));
    // Plural forms come from the translation, which tests do not load.
    QVERIFY2(text.startsWith(QStringLiteral("2 line")) && text.contains(QStringLiteral(", 1 line")),
             qPrintable(text));
    QCOMPARE(RevisionDiffFormatter::summary({}), QStringLiteral("No changes"));
}

QTEST_MAIN(TestRevisionDiffFormatter)
#include "tst_revisiondiffformatter.moc"
