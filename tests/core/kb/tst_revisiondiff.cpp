// SPDX-License-Identifier: MIT
#include "kb/revisiondiff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Switchboard;
using Kind = RevisionDiff::Kind;
using Hunk = RevisionDiff::Hunk;

namespace {

// "=a|b" "+c" "-d": a compact way to write the expected hunks.
QList<Hunk> hunks(const QStringList& spec)
{
    QList<Hunk> result;
    for (const QString& item : spec) {
        Hunk hunk;
        hunk.kind = item.startsWith(QLatin1Char('+'))   ? Kind::Inserted
                    : item.startsWith(QLatin1Char('-')) ? Kind::Removed
                                                        : Kind::Equal;
        hunk.lines = item.mid(1).split(QLatin1Char('|'));
        result.append(hunk);
    }
    return result;
}

QString describe(const QList<Hunk>& list)
{
    QStringList parts;
    for (const Hunk& hunk : list) {
        const QChar sign = hunk.kind == Kind::Inserted  ? QLatin1Char('+')
                           : hunk.kind == Kind::Removed ? QLatin1Char('-')
                                                        : QLatin1Char('=');
        parts.append(sign + hunk.lines.join(QLatin1Char('|')));
    }
    return parts.join(QLatin1Char(' '));
}

// The classic dynamic programme, as an independent check of optimality.
int lcsLength(const QStringList& a, const QStringList& b)
{
    std::vector<std::vector<int>> table(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            table[i][j] = a.at(i) == b.at(j) ? table[i + 1][j + 1] + 1
                                             : std::max(table[i + 1][j], table[i][j + 1]);
    }
    return table[0][0];
}

} // namespace

class TestRevisionDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
    void splitLines_data();
    void splitLines();
    void randomTextsRebuildAndAreMinimal();
    void largeTextsStayFast();
};

void TestRevisionDiff::diff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("identical") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nb\nc")
                               << QStringList{QStringLiteral("=a|b|c")};
    QTest::newRow("both empty") << QString() << QString() << QStringList{};
    QTest::newRow("before empty") << QString() << QStringLiteral("a\nb")
                                  << QStringList{QStringLiteral("+a|b")};
    QTest::newRow("after empty") << QStringLiteral("a\nb") << QString()
                                 << QStringList{QStringLiteral("-a|b")};
    QTest::newRow("insert in the middle")
        << QStringLiteral("a\nb\nc") << QStringLiteral("a\nb\nnew\nc")
        << QStringList{QStringLiteral("=a|b"), QStringLiteral("+new"), QStringLiteral("=c")};
    QTest::newRow("insert at the start")
        << QStringLiteral("a\nb") << QStringLiteral("new\na\nb")
        << QStringList{QStringLiteral("+new"), QStringLiteral("=a|b")};
    QTest::newRow("append") << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc\nd")
                            << QStringList{QStringLiteral("=a|b"), QStringLiteral("+c|d")};
    QTest::newRow("delete") << QStringLiteral("a\nb\nc\nd") << QStringLiteral("a\nd")
                            << QStringList{QStringLiteral("=a"), QStringLiteral("-b|c"),
                                           QStringLiteral("=d")};
    QTest::newRow("replace: removed before inserted")
        << QStringLiteral("a\nold 1\nold 2\nz") << QStringLiteral("a\nnew\nz")
        << QStringList{QStringLiteral("=a"), QStringLiteral("-old 1|old 2"), QStringLiteral("+new"),
                       QStringLiteral("=z")};
    QTest::newRow("replace everything")
        << QStringLiteral("a\nb") << QStringLiteral("c\nd")
        << QStringList{QStringLiteral("-a|b"), QStringLiteral("+c|d")};
    QTest::newRow("moved line") << QStringLiteral("a\nb\nc") << QStringLiteral("b\nc\na")
                                << QStringList{QStringLiteral("-a"), QStringLiteral("=b|c"),
                                               QStringLiteral("+a")};
    QTest::newRow("empty lines are lines")
        << QStringLiteral("a\n\nb") << QStringLiteral("a\nb")
        << QStringList{QStringLiteral("=a"), QStringLiteral("-"), QStringLiteral("=b")};
    QTest::newRow("windows line breaks") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb")
                                         << QStringList{QStringLiteral("=a|b")};
    QTest::newRow("cyrillic")
        << QStringLiteral("# Принтер не печатает\nПерезапустите принтер.\nПроверьте картридж.")
        << QStringLiteral("# Принтер не печатает\nВыключите и включите принтер.\n"
                          "Проверьте картридж.")
        << QStringList{QStringLiteral("=# Принтер не печатает"),
                       QStringLiteral("-Перезапустите принтер."),
                       QStringLiteral("+Выключите и включите принтер."),
                       QStringLiteral("=Проверьте картридж.")};
    QTest::newRow("chinese") << QStringLiteral("# 如何重置密码\n打开设置。\n点击重置密码。")
                             << QStringLiteral(
                                    "# 如何重置密码\n打开设置。\n点击“忘记密码”。\n查收邮件。")
                             << QStringList{QStringLiteral("=# 如何重置密码|打开设置。"),
                                            QStringLiteral("-点击重置密码。"),
                                            QStringLiteral("+点击“忘记密码”。|查收邮件。")};
    // Case and ё matter: a revision that only fixes spelling is a change.
    QTest::newRow("case is a change")
        << QStringLiteral("Ёлка") << QStringLiteral("Елка")
        << QStringList{QStringLiteral("-Ёлка"), QStringLiteral("+Елка")};
}

void TestRevisionDiff::diff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    const QList<Hunk> actual = RevisionDiff::compute(before, after);
    QCOMPARE(describe(actual), describe(hunks(expected)));
}

void TestRevisionDiff::splitLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("one line") << QStringLiteral("a") << QStringList{QStringLiteral("a")};
    QTest::newRow("final break") << QStringLiteral("a\n") << QStringList{QStringLiteral("a")};
    QTest::newRow("only a break") << QStringLiteral("\n") << QStringList{QString()};
    QTest::newRow("mixed breaks") << QStringLiteral("a\r\nb\rc\n\nd")
                                  << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                 QStringLiteral("c"), QString(),
                                                 QStringLiteral("d")};
}

void TestRevisionDiff::splitLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(RevisionDiff::splitLines(text), lines);
}

void TestRevisionDiff::randomTextsRebuildAndAreMinimal()
{
    // Small alphabets make many equal lines and many ways to align them,
    // which is where a bisection goes wrong if it goes wrong at all.
    QRandomGenerator random(7);
    for (int round = 0; round < 400; ++round) {
        const int alphabet = 2 + int(random.bounded(5));
        auto text = [&] {
            QStringList lines;
            const int count = int(random.bounded(30));
            for (int i = 0; i < count; ++i)
                lines.append(QString(QChar(u'a' + random.bounded(alphabet))));
            return lines;
        };
        const QStringList a = text();
        const QStringList b = text();
        const QList<Hunk> result = RevisionDiff::compute(a, b);

        QStringList rebuiltBefore;
        QStringList rebuiltAfter;
        int equal = 0;
        for (qsizetype i = 0; i < result.size(); ++i) {
            const Hunk& hunk = result.at(i);
            QVERIFY(!hunk.lines.isEmpty());
            if (i > 0)
                QVERIFY(result.at(i - 1).kind != hunk.kind);
            if (hunk.kind != Kind::Inserted)
                rebuiltBefore += hunk.lines;
            if (hunk.kind != Kind::Removed)
                rebuiltAfter += hunk.lines;
            if (hunk.kind == Kind::Equal)
                equal += int(hunk.lines.size());
            // Within a change the removed lines come first.
            if (hunk.kind == Kind::Removed && i > 0)
                QVERIFY(result.at(i - 1).kind != Kind::Inserted);
        }
        QCOMPARE(rebuiltBefore, a);
        QCOMPARE(rebuiltAfter, b);
        QCOMPARE(equal, lcsLength(a, b));
    }
}

void TestRevisionDiff::largeTextsStayFast()
{
    // Two unrelated texts of 20,000 lines, the worst case for the edit
    // distance: lines found on one side only are set aside before the search.
    QStringList a;
    QStringList b;
    for (int i = 0; i < 20000; ++i) {
        a.append(QStringLiteral("line %1").arg(i));
        b.append(QStringLiteral("other %1").arg(i));
    }
    b[10000] = a[10000];
    const QList<Hunk> result = RevisionDiff::compute(a, b);
    int equal = 0;
    for (const Hunk& hunk : result)
        equal += hunk.kind == Kind::Equal ? int(hunk.lines.size()) : 0;
    QCOMPARE(equal, 1);
}

QTEST_GUILESS_MAIN(TestRevisionDiff)
#include "tst_revisiondiff.moc"
