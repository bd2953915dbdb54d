// SPDX-License-Identifier: MIT
// agent add LOGIN --name NAME [--role R] [--skills a,b] [--languages ru,zh,en]
//           [--group NAME] [--max-open N]
// agent set LOGIN [--availability online|away|offline] [--max-open N]
#include "clitr.h"
#include "commands.h"

#include "common/clock.h"
#include "storage/transaction.h"
#include "tickets/teamrepository.h"
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

// --max-open: a whole number, 0 for no limit.
std::optional<int> parseMaxOpen(const QString& value)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

class AgentCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("agent"); }
    QString summary() const override
    {
        return CliTr::tr("agent add LOGIN --name NAME: add an agent; agent set LOGIN: change "
                         "availability or the limit of open tickets");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("add|set"),
                                     CliTr::tr("Add an agent, or change an agent's settings."));
        parser.addPositionalArgument(QStringLiteral("LOGIN"), CliTr::tr("Login of the agent."));
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
        const QCommandLineOption groupOption(
            QStringLiteral("group"), CliTr::tr("add: make the agent a member of this group."),
            QStringLiteral("NAME"));
        const QCommandLineOption maxOpenOption(
            QStringLiteral("max-open"),
            CliTr::tr("Routing assigns no new ticket while the agent has this many open tickets "
                      "(0: no limit)."),
            QStringLiteral("N"));
        const QCommandLineOption availabilityOption(
            QStringLiteral("availability"),
            CliTr::tr("set: online, away or offline; routing assigns to online agents only."),
            QStringLiteral("STATE"));
        parser.addOptions({nameOption, roleOption, skillsOption, languagesOption, emailOption, json,
                           groupOption, maxOpenOption, availabilityOption});
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;

        const QStringList positional = parser.positionalArguments();
        std::optional<int> maxOpen;
        if (parser.isSet(maxOpenOption)) {
            maxOpen = parseMaxOpen(parser.value(maxOpenOption));
            if (!maxOpen)
                return context.usageError(
                    CliTr::tr("--max-open takes a whole number, 0 for no limit, not '%1'")
                        .arg(parser.value(maxOpenOption)));
        }
        if (positional.size() == 2 && positional.first() == QLatin1String("set")) {
            for (const QCommandLineOption& addOnly :
                 {nameOption, roleOption, skillsOption, languagesOption, emailOption, json,
                  groupOption}) {
                if (parser.isSet(addOnly))
                    return context.usageError(
                        CliTr::tr("agent set takes only --availability and --max-open"));
            }
            const std::optional<QString> availability =
                parser.isSet(availabilityOption)
                    ? std::optional<QString>(parser.value(availabilityOption))
                    : std::nullopt;
            return set(context, positional.at(1), availability, maxOpen);
        }
        if (positional.size() != 2 || positional.first() != QLatin1String("add"))
            return context.usageError(CliTr::tr("usage: agent add LOGIN --name NAME | agent set "
                                                "LOGIN [--availability STATE] [--max-open N]"));
        if (parser.isSet(availabilityOption))
            return context.usageError(
                CliTr::tr("--availability goes with agent set; a new agent is online"));
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
        TeamRepository team(database.value());
        // The agent, their limit and their group are written together or not at all.
        Transaction transaction(database.value()->connection());
        auto added = repository.addAgent(agent, Clock::system().nowMs());
        if (!added)
            return context.fail(added.error());
        if (maxOpen) {
            if (Status limited = team.setMaxOpen(added->login, *maxOpen); !limited)
                return context.fail(limited.error());
        }
        if (parser.isSet(groupOption)) {
            if (Status member = team.addMember(parser.value(groupOption), added->login); !member)
                return context.fail(member.error());
        }
        if (Status committed = transaction.commit(); !committed)
            return context.fail(committed.error());
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

private:
    int set(CliContext& context, const QString& login,
            const std::optional<QString>& availabilityKey, std::optional<int> maxOpen)
    {
        std::optional<Availability> availability;
        if (availabilityKey) {
            availability = availabilityFromKey(*availabilityKey);
            if (!availability)
                return context.usageError(
                    CliTr::tr("--availability takes online, away or offline, not '%1'")
                        .arg(*availabilityKey));
        }
        if (!availability && !maxOpen)
            return context.usageError(CliTr::tr("agent set needs --availability or --max-open"));

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        TeamRepository team(database.value());
        Transaction transaction(database.value()->connection());
        if (availability) {
            if (Status changed = team.setAvailability(login, *availability); !changed)
                return context.fail(changed.error());
        }
        if (maxOpen) {
            if (Status changed = team.setMaxOpen(login, *maxOpen); !changed)
                return context.fail(changed.error());
        }
        if (Status committed = transaction.commit(); !committed)
            return context.fail(committed.error());
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeAgentCommand()
{
    return std::make_unique<AgentCommand>();
}

} // namespace Switchboard::Cli
