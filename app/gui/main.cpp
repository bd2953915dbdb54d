// SPDX-License-Identifier: MIT
// switchboard: the desktop console. Parses options, picks the language,
// opens the database and shows the main window; the widgets live in ui/.
#include "common/appidentity.h"
#include "common/languagesetting.h"
#include "common/mainwindow.h"
#include "common/messagebox.h"
#include "common/tr.h"
#include "kb/kbdatabase.h"
#include "logbridge.h"
#include "screenshotter.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "team/teamsession.h"
#include "tickets/ticketrepository.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>

#include <cstdio>

using namespace Switchboard;

namespace {

// The language must be known before the help text is written, so --lang is
// read ahead of the full parse.
QString languageArgument(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

int usageError(const QString& message)
{
    std::fprintf(stderr, "switchboard: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    initKnowledgeBaseStorage();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));

    const QString requestedLanguage = languageArgument(app.arguments());
    const bool languageValid =
        requestedLanguage.isEmpty() || LanguageSetting::isSupported(requestedLanguage);
    TranslationLoader::install(app, languageValid && !requestedLanguage.isEmpty()
                                        ? requestedLanguage
                                        : LanguageSetting::stored());

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Switchboard: the support desk console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        Tr::tr("Database file, or a team database as postgresql://user@host:port/database "
               "(default: $SWITCHBOARD_DB, else the team database chosen in the app, else %1).")
            .arg(QDir::toNativeSeparators(Database::defaultPath())),
        QStringLiteral("PATH"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
                                            Tr::tr("Log level: trace, debug, info, warn or error."),
                                            QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        Tr::tr("Interface language: ru, zh_CN or en (default: the View > Language choice, "
               "else the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Save a picture of the window to FILE once the queue has loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption ticketOption(QStringLiteral("ticket"),
                                          Tr::tr("Open the ticket with this number at start."),
                                          QStringLiteral("ID"));
    const QCommandLineOption agentOption(
        QStringLiteral("agent"),
        Tr::tr("Work as this agent: SLA alerts for their tickets (and, for a lead, their "
               "groups' breaches); knowledge-base votes are theirs."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        Tr::tr("Open this area at start: queue, knowledge, dashboards or settings."),
        QStringLiteral("AREA"));
    parser.addOptions({dbOption, logLevelOption, languageOption, ticketOption, screenshotOption,
                       agentOption, areaOption});
    parser.process(app);

    if (!languageValid)
        return usageError(Tr::tr("--lang takes ru, zh_CN or en"));
    const QString logLevel = parser.value(logLevelOption);
    if (!LogBridge::isValidLevel(logLevel))
        return usageError(Tr::tr("--log-level takes trace, debug, info, warn or error"));
    LogBridge::install(logLevel, LogBridge::defaultLogFile());

    QString requested = parser.value(dbOption);
    if (requested.isEmpty() && qEnvironmentVariableIsEmpty("SWITCHBOARD_DB"))
        requested = TeamSession::storedDatabase();
    const QString path = Database::resolvePath(requested);
    const bool team = DatabaseLocation::looksLikeUrl(path);
    auto opened = Database::open(path);
    if (!opened) {
        // Database::open refuses without writing, so the database is as it was.
        const QString shown = team ? opened.error().location
                                   : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        MessageBox::critical(
            nullptr, Tr::tr("Switchboard"), Tr::tr("Switchboard cannot open this database."),
            team ? Tr::tr("%1\n\nThe team database was not changed. Check the server and your "
                          "user name, or start Switchboard with --db PATH to work on a local "
                          "database file.")
                       .arg(opened.error().message)
                 : Tr::tr("%1\n\nThe file was not changed. Start Switchboard with --db PATH to "
                          "use another database file.")
                       .arg(opened.error().toString()),
            Tr::tr("Database: %1\nLog file: %2")
                .arg(shown, QDir::toNativeSeparators(LogBridge::defaultLogFile())));
        return 1;
    }

    MainWindow window(opened.value());
    {
        // --agent, else whoever worked here last, else the first agent: the
        // window always says in the status bar whom it writes as.
        TicketRepository repository(opened.value());
        QSettings settings;
        const QString login = parser.isSet(agentOption)
                                  ? parser.value(agentOption)
                                  : settings.value(QStringLiteral("session/agent")).toString();
        auto agent = login.isEmpty() ? Result<Agent>(Error{ErrorKind::NotFound, QString()})
                                     : repository.agentByLogin(login);
        if (!agent && parser.isSet(agentOption))
            return usageError(agent.error().toString());
        if (!agent) {
            if (auto all = repository.agents(); all && !all->isEmpty() && all->first().active)
                agent = all->first();
        }
        if (agent) {
            QList<GroupId> leads;
            if (agent->role == AgentRole::Lead || agent->role == AgentRole::Admin) {
                if (auto groups = repository.groupsOf(agent->id))
                    leads = *groups;
            }
            window.setCurrentAgent(*agent, leads);
            settings.setValue(QStringLiteral("session/agent"), agent->login);
        }
    }
    if (parser.isSet(areaOption)) {
        const QString area = parser.value(areaOption);
        if (area == QLatin1String("knowledge"))
            window.showArea(Area::Knowledge);
        else if (area == QLatin1String("dashboards"))
            window.showArea(Area::Dashboards);
        else if (area == QLatin1String("settings"))
            window.showArea(Area::Settings);
        else if (area != QLatin1String("queue"))
            return usageError(Tr::tr("--area takes queue, knowledge, dashboards or settings"));
    }
    if (parser.isSet(ticketOption)) {
        bool isNumber = false;
        const TicketId id =
            parser.value(ticketOption).remove(QLatin1Char('#')).toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return usageError(Tr::tr("--ticket takes a ticket number"));
        window.openTicket(id);
    }
    if (parser.isSet(screenshotOption)) {
        window.resize(1600, 900);
        auto* screenshotter = new Screenshotter(window, parser.value(screenshotOption));
        QObject::connect(screenshotter, &Screenshotter::saved, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    }
    window.show();
    return app.exec();
}
