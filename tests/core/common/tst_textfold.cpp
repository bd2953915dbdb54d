// SPDX-License-Identifier: MIT
#include "common/textfold.h"

#include <QTest>

using namespace Switchboard;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void foldsForSearch_data();
    void foldsForSearch();
    void escapesLikeWildcards();
};

void TestTextFold::foldsForSearch_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("cyrillic case") << QStringLiteral("ПРИНТЕР") << QStringLiteral("принтер");
    QTest::newRow("yo is ye") << QStringLiteral("Ёлка счёт") << QStringLiteral("елка счет");
    QTest::newRow("latin case") << QStringLiteral("Invoice") << QStringLiteral("INVOICE");
    QTest::newRow("full-width latin") << QStringLiteral("ＶＰＮ") << QStringLiteral("vpn");
    QTest::newRow("chinese unchanged") << QStringLiteral("重置密码") << QStringLiteral("重置密码");
}

void TestTextFold::foldsForSearch()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(foldForSearch(a), foldForSearch(b));
}

void TestTextFold::escapesLikeWildcards()
{
    QCOMPARE(escapeLike(QStringLiteral("100%_off\\")), QStringLiteral("100\\%\\_off\\\\"));
    QCOMPARE(escapeLike(QStringLiteral("plain")), QStringLiteral("plain"));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
