// SPDX-License-Identifier: MIT
// kb search QUERY [--lang ru|zh|en] [--status S] [--limit N] [--json]
#include "clitr.h"
#include "commands.h"

#include "kb/kbsearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

class KbCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("kb"); }
    QString summary() const override
    {
        return CliTr::tr("kb search QUERY: search the knowledge base");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("search"),
                                     CliTr::tr("Search articles, best match first."));
        parser.addPositionalArgument(QStringLiteral("QUERY"),
                                     CliTr::tr("Words to look for, in any language."));
        const QCommandLineOption langOption(QStringLiteral("lang"),
                                            CliTr::tr("Only articles in ru, zh or en."),
                                            QStringLiteral("LANG"));
        const QCommandLineOption statusOption(
            QStringLiteral("status"), CliTr::tr("Only draft, published or archived articles."),
            QStringLiteral("STATUS"));
        const QCommandLineOption limitOption(QStringLiteral("limit"),
                                             CliTr::tr("At most N results (default 10)."),
                                             QStringLiteral("N"), QStringLiteral("10"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the results as a JSON array."));
        parser.addOptions({langOption, statusOption, limitOption, json});
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;

        QStringList positional = parser.positionalArguments();
        if (positional.size() < 2 || positional.first() != QLatin1String("search"))
            return context.usageError(
                CliTr::tr("usage: kb search QUERY [--lang ru|zh|en] [--limit N] [--json]"));
        positional.removeFirst();

        KbSearchOptions options;
        // The whole query counts while typing is over: no prefix matching.
        options.prefixLastWord = false;
        options.lang = parser.value(langOption);
        if (!options.lang.isEmpty() && options.lang != QLatin1String("ru") &&
            options.lang != QLatin1String("zh") && options.lang != QLatin1String("en"))
            return context.usageError(CliTr::tr("--lang takes ru, zh or en"));
        options.status = parser.value(statusOption);
        if (!options.status.isEmpty() && options.status != QLatin1String("draft") &&
            options.status != QLatin1String("published") &&
            options.status != QLatin1String("archived"))
            return context.usageError(CliTr::tr("--status takes draft, published or archived"));
        bool numeric = false;
        options.limit = parser.value(limitOption).toInt(&numeric);
        if (!numeric || options.limit < 1)
            return context.usageError(CliTr::tr("--limit takes a positive number"));

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        auto found = KbSearch(database.value()).search(positional.join(QLatin1Char(' ')), options);
        if (!found)
            return context.fail(found.error());

        if (parser.isSet(json)) {
            QJsonArray array;
            for (const KbSearchHit& hit : std::as_const(found->hits)) {
                QJsonObject object{{QStringLiteral("id"), hit.id},
                                   {QStringLiteral("title"), hit.title},
                                   {QStringLiteral("lang"), hit.lang},
                                   {QStringLiteral("score"), hit.score},
                                   {QStringLiteral("snippet"), hit.snippet}};
                if (!found->correctedQuery.isEmpty())
                    object.insert(QStringLiteral("corrected_query"), found->correctedQuery);
                array.append(object);
            }
            context.printJson(QJsonDocument(array));
            return ExitOk;
        }
        if (!found->notice.isEmpty())
            context.print(found->notice);
        for (const KbSearchHit& hit : std::as_const(found->hits))
            context.print(
                QStringLiteral("%1\t%2\t%3\t%4").arg(hit.id).arg(hit.lang, hit.title, hit.snippet));
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeKbCommand()
{
    return std::make_unique<KbCommand>();
}

} // namespace Switchboard::Cli
