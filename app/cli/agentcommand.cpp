// SPDX-License-Identifier: MIT
// agent add LOGIN --name NAME [--role R] [--skills a,b] [--languages ru,zh,en]
#include "clitr.h"
#include "commands.h"

#include "common/clock.h"
#include "tickets/ticketrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

QStringList splitList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    items.removeAll(QString());
    return items;
}

class AgentCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("agent"); }
    QString summary() const override
    {
        return CliTr::tr("agent add LOGIN --name NAME: add an agent");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("add"), CliTr::tr("Add an agent."));
        parser.addPositionalArgument(QStringLiteral("LOGIN"), CliTr::tr("Login of the new agent."));
        const QCommandLineOption nameOption(QStringLiteral("name"), CliTr::tr("Display name."),
                                            QStringLiteral("NAME"));
        const QCommandLineOption roleOption(
            QStringLiteral("role"),
            CliTr::tr("operator, lead, trainer or admin (default operator)."),
            QStringLiteral("ROLE"), QStringLiteral("operator"));
        const QCommandLineOption skillsOption(
            QStringLiteral("skills"), CliTr::tr("Comma-separated skills."), QStringLiteral("LIST"));
        const QCommandLineOption languagesOption(
            QStringLiteral("languages"), CliTr::tr("Comma-separated languages: ru, zh, en."),
            QStringLiteral("LIST"));
        const QCommandLineOption emailOption(QStringLiteral("email"), CliTr::tr("E-mail address."),
                                             QStringLiteral("EMAIL"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the new agent as JSON."));
        parser.addOptions(
            {nameOption, roleOption, skillsOption, languagesOption, emailOption, json});
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;

        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2 || positional.first() != QLatin1String("add"))
            return context.usageError(CliTr::tr("usage: agent add LOGIN --name NAME"));
        if (!parser.isSet(nameOption) || parser.value(nameOption).trimmed().isEmpty())
            return context.usageError(CliTr::tr("agent add needs --name"));
        const auto role = agentRoleFromKey(parser.value(roleOption));
        if (!role)
            return context.usageError(CliTr::tr("--role takes operator, lead, trainer or admin"));
        const QStringList languages = splitList(parser.value(languagesOption));
        for (const QString& language : languages) {
            if (language != QLatin1String("ru") && language != QLatin1String("zh") &&
                language != QLatin1String("en"))
                return context.usageError(
                    CliTr::tr("--languages takes ru, zh and en, not '%1'").arg(language));
        }

        Agent agent;
        agent.login = positional.at(1);
        agent.name = parser.value(nameOption);
        agent.email = parser.value(emailOption);
        agent.role = *role;
        agent.skills = splitList(parser.value(skillsOption));
        agent.languages = languages;

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        TicketRepository repository(database.value());
        auto added = repository.addAgent(agent, Clock::system().nowMs());
        if (!added)
            return context.fail(added.error());
        if (parser.isSet(json)) {
            context.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("id"), added->id},
                {QStringLiteral("login"), added->login},
                {QStringLiteral("name"), added->name},
                {QStringLiteral("role"), toKey(added->role)},
                {QStringLiteral("skills"), QJsonArray::fromStringList(added->skills)},
                {QStringLiteral("languages"), QJsonArray::fromStringList(added->languages)}}));
        } else {
            context.print(QString::number(added->id));
        }
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeAgentCommand()
{
    return std::make_unique<AgentCommand>();
}

} // namespace Switchboard::Cli
