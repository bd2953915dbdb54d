// SPDX-License-Identifier: MIT
// File > Connect to Team Database: the fields make the URL --db takes, the
// test reaches the real test server (or says why not), and a remembered
// password goes to libpq's password file, readable by its owner only.
#include "storage/pgpassfile.h"
#include "team/teamconnectiondialog.h"
#include "tempdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Switchboard;
using Switchboard::Test::TempDatabase;

namespace {

// The dialog's fields, by the names it gives them.
struct Fields
{
    explicit Fields(QDialog& dialog)
        : host(dialog.findChild<QLineEdit*>(QStringLiteral("host")))
        , database(dialog.findChild<QLineEdit*>(QStringLiteral("database")))
        , user(dialog.findChild<QLineEdit*>(QStringLiteral("user")))
        , password(dialog.findChild<QLineEdit*>(QStringLiteral("password")))
        , port(dialog.findChild<QSpinBox*>(QStringLiteral("port")))
        , sslMode(dialog.findChild<QComboBox*>(QStringLiteral("sslMode")))
        , remember(dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword")))
    {}
    QLineEdit* host;
    QLineEdit* database;
    QLineEdit* user;
    QLineEdit* password;
    QSpinBox* port;
    QComboBox* sslMode;
    QCheckBox* remember;
};

} // namespace

class TestTeamConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void fieldsMakeTheUrl()
    {
        TeamConnectionDialog dialog;
        Fields fields(dialog);
        QVERIFY(fields.host && fields.database && fields.user && fields.password && fields.port &&
                fields.sslMode && fields.remember);
        fields.host->setText(QStringLiteral("db.example.org"));
        fields.port->setValue(6543);
        fields.database->setText(QStringLiteral("support"));
        fields.user->setText(QStringLiteral("anna"));
        fields.password->setText(QStringLiteral("s3cret"));
        fields.sslMode->setCurrentIndex(fields.sslMode->count() - 1);
        QCOMPARE(dialog.url(), QStringLiteral("postgresql://anna@db.example.org:6543/support?"
                                              "sslmode=verify-full"));
        // The password never becomes part of the URL.
        QVERIFY(!dialog.url().contains(QStringLiteral("s3cret")));

        TeamConnectionDialog reopened;
        reopened.setUrl(dialog.url());
        QCOMPARE(reopened.url(), dialog.url());
    }

    void testsTheRealServer()
    {
        auto created = TempDatabase::createServerDatabase();
        QVERIFY(created.ok());
        const QUrl server(created.value());
        TeamConnectionDialog dialog;
        dialog.setUrl(created.value());
        QSignalSpy finished(&dialog, &TeamConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(20000));
        QVERIFY2(dialog.lastTestSucceeded(), qPrintable(dialog.statusText()));
        // An empty database is reported and left empty.
        QVERIFY2(dialog.statusText().contains(QStringLiteral("empty")),
                 qPrintable(dialog.statusText()));

        Fields(dialog).port->setValue(1);
        dialog.testConnection();
        QVERIFY(finished.wait(20000));
        QVERIFY(!dialog.lastTestSucceeded());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Could not connect")),
                 qPrintable(dialog.statusText()));
        TempDatabase::dropServerDatabase(server.path().mid(1));
    }

    void remembersThePasswordInThePasswordFile()
    {
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("pgpass"));
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("other.example.org:5432:*:bob:keepme\n"
                       "db.example.org:5432:support:anna:old\n");
        existing.close();
        qputenv("PGPASSFILE", file.toUtf8());

        TeamConnectionDialog dialog;
        Fields fields(dialog);
        fields.host->setText(QStringLiteral("db.example.org"));
        fields.database->setText(QStringLiteral("support"));
        fields.user->setText(QStringLiteral("anna"));
        fields.password->setText(QStringLiteral("new:pass\\word"));
        fields.remember->setChecked(true);
        static_cast<QDialog&>(dialog).accept(); // what Connect does
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(stored.readAll()),
                 QStringLiteral("other.example.org:5432:*:bob:keepme\n"
                                "db.example.org:5432:support:anna:new\\:pass\\\\word\n"));
        QCOMPARE(stored.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        qunsetenv("PGPASSFILE");
    }
};

QTEST_MAIN(TestTeamConnectionDialog)
#include "tst_teamconnectiondialog.moc"
