// SPDX-License-Identifier: MIT
// Not a test: renders File > Connect to Team Database into a PNG for the
// docs, filled in as an operator would, optionally after testing the
// connection and in another language (a .qm file from the build).
#include "team/teamconnectiondialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>
#include <QTranslator>

using namespace Switchboard;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Team database URL."),
                                 QStringLiteral("url"),
                                 QStringLiteral("postgresql://anna@db.example.org:5432/"
                                                "switchboard?sslmode=verify-full"));
    const QCommandLineOption test(QStringLiteral("test"),
                                  QStringLiteral("Test the connection before the picture."));
    const QCommandLineOption qm(QStringLiteral("qm"), QStringLiteral("Translation file."),
                                QStringLiteral("path"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG to write."),
                                 QStringLiteral("path"), QStringLiteral("team-dialog.png"));
    parser.addOptions({url, test, qm, out});
    parser.process(app);

    QTranslator translator;
    if (parser.isSet(qm) && translator.load(parser.value(qm)))
        QCoreApplication::installTranslator(&translator);
    TeamConnectionDialog dialog;
    dialog.setUrl(parser.value(url));
    dialog.show();
    if (parser.isSet(test)) {
        QEventLoop loop;
        QObject::connect(&dialog, &TeamConnectionDialog::testFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        dialog.testConnection();
        loop.exec();
    }
    QCoreApplication::processEvents();
    return dialog.grab().save(parser.value(out)) ? 0 : 1;
}
