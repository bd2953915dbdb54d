// SPDX-License-Identifier: MIT
// group add NAME [--routing MODE] [--members a,b] | group set NAME --routing MODE
// | group add-member NAME LOGIN
#include "clitr.h"
#include "commands.h"

#include "storage/transaction.h"
#include "tickets/teamrepository.h"

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

class GroupCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("group"); }
    QString summary() const override
    {
        return CliTr::tr("group add|set|add-member NAME ...: manage groups and their routing");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ACTION"),
                                     CliTr::tr("add (create a group), set (change its routing) or "
                                               "add-member (add an agent to it)."));
        parser.addPositionalArgument(QStringLiteral("NAME"), CliTr::tr("Name of the group."));
        parser.addPositionalArgument(QStringLiteral("[LOGIN]"),
                                     CliTr::tr("add-member: login of the agent."));
        const QCommandLineOption routingOption(
            QStringLiteral("routing"),
            CliTr::tr("How new tickets are assigned: manual, round_robin, least_open or skills "
                      "(add: default manual)."),
            QStringLiteral("MODE"));
        const QCommandLineOption membersOption(
            QStringLiteral("members"), CliTr::tr("add: comma-separated logins of the members."),
            QStringLiteral("LIST"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("add: print the new group as JSON."));
        parser.addOptions({routingOption, membersOption, json});
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;

        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(0);
        std::optional<RoutingMode> routing;
        if (parser.isSet(routingOption)) {
            routing = routingModeFromKey(parser.value(routingOption));
            if (!routing)
                return context.usageError(
                    CliTr::tr("--routing takes manual, round_robin, least_open or skills, not "
                              "'%1'")
                        .arg(parser.value(routingOption)));
        }

        if (action != QLatin1String("add") && (parser.isSet(membersOption) || parser.isSet(json)))
            return context.usageError(CliTr::tr("--members and --json go with group add only"));
        if (action == QLatin1String("add-member") && parser.isSet(routingOption))
            return context.usageError(CliTr::tr("group add-member takes no --routing"));

        if (action == QLatin1String("add") && positional.size() == 2)
            return add(context, positional.at(1), routing.value_or(RoutingMode::Manual),
                       splitList(parser.value(membersOption)), parser.isSet(json));
        if (action == QLatin1String("set") && positional.size() == 2) {
            if (!routing)
                return context.usageError(CliTr::tr("group set needs --routing"));
            return set(context, positional.at(1), *routing);
        }
        if (action == QLatin1String("add-member") && positional.size() == 3)
            return addMember(context, positional.at(1), positional.at(2));
        return context.usageError(
            CliTr::tr("usage: group add NAME [--routing MODE] [--members LIST] | group set NAME "
                      "--routing MODE | group add-member NAME LOGIN"));
    }

private:
    // The group and its members are written together or not at all.
    int add(CliContext& context, const QString& groupName, RoutingMode routing,
            const QStringList& members, bool asJson)
    {
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        TeamRepository team(database.value());
        Transaction transaction(database.value()->connection());
        auto added = team.addGroup(groupName, routing);
        if (!added)
            return context.fail(added.error());
        const QString storedName = groupName.trimmed();
        for (const QString& login : members) {
            if (Status member = team.addMember(storedName, login); !member)
                return context.fail(member.error());
        }
        if (Status committed = transaction.commit(); !committed)
            return context.fail(committed.error());
        if (asJson) {
            context.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("id"), added.value()},
                            {QStringLiteral("name"), storedName},
                            {QStringLiteral("routing"), toKey(routing)},
                            {QStringLiteral("members"), QJsonArray::fromStringList(members)}}));
        } else {
            context.print(QString::number(added.value()));
        }
        return ExitOk;
    }

    int set(CliContext& context, const QString& groupName, RoutingMode routing)
    {
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        TeamRepository team(database.value());
        if (Status changed = team.setGroupRouting(groupName, routing); !changed)
            return context.fail(changed.error());
        return ExitOk;
    }

    int addMember(CliContext& context, const QString& groupName, const QString& login)
    {
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        TeamRepository team(database.value());
        if (Status added = team.addMember(groupName, login); !added)
            return context.fail(added.error());
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeGroupCommand()
{
    return std::make_unique<GroupCommand>();
}

} // namespace Switchboard::Cli
