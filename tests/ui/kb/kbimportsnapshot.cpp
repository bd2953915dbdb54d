// SPDX-License-Identifier: MIT
// Not a test: renders the knowledge-base import dialog into a PNG for the
// docs, after importing (or checking) a folder into a database, optionally
// in another language (a .qm file from the build).
#include "kb/kbimportdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Switchboard;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."),
                                QStringLiteral("path"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Folder of Markdown articles."),
                                    QStringLiteral("path"));
    const QCommandLineOption qm(QStringLiteral("qm"), QStringLiteral("Translation file."),
                                QStringLiteral("path"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG to write."),
                                 QStringLiteral("path"), QStringLiteral("kb-import.png"));
    parser.addOptions({db, folder, qm, out});
    parser.process(app);

    QTranslator translator;
    if (parser.isSet(qm) && translator.load(parser.value(qm)))
        QCoreApplication::installTranslator(&translator);
    auto database = Database::open(parser.value(db));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    KbImportDialog dialog(database.value());
    dialog.setFolder(parser.value(folder));
    dialog.show();
    QEventLoop loop;
    QObject::connect(&dialog, &KbImportDialog::runFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    dialog.start();
    loop.exec();
    QCoreApplication::processEvents();
    return dialog.grab().save(parser.value(out)) ? 0 : 1;
}
