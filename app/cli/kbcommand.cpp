// SPDX-License-Identifier: MIT
// kb search QUERY [--lang ru|zh|en] [--status S] [--category PATH] [--tag TAG] [--limit N] [--json]
// kb import DIR [--dry-run] | kb export DIR
#include "clitr.h"
#include "commands.h"

#include "kb/kbmarkdownio.h"
#include "kb/kbsearch.h"

#include <QFileInfo>
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
        return CliTr::tr("kb search QUERY | import DIR | export DIR: the knowledge base");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("search|import|export"),
            CliTr::tr("Search articles, best match first; import or export Markdown files."));
        parser.addPositionalArgument(
            QStringLiteral("QUERY|DIR"),
            CliTr::tr("Words to look for, in any language; or the folder of .md files."));
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
        const QCommandLineOption categoryOption(
            QStringLiteral("category"),
            CliTr::tr("Only articles in this category (such as Hardware/Printers) or below it."),
            QStringLiteral("PATH"));
        const QCommandLineOption tagOption(QStringLiteral("tag"),
                                           CliTr::tr("Only articles with this tag."),
                                           QStringLiteral("TAG"));
        const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                        CliTr::tr("import: check and count, write nothing."));
        parser.addOptions(
            {langOption, statusOption, limitOption, json, categoryOption, tagOption, dryRun});
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;

        QStringList positional = parser.positionalArguments();
        const QString sub = positional.value(0);
        if ((sub == QLatin1String("import") || sub == QLatin1String("export")) &&
            positional.size() == 2)
            return sub == QLatin1String("import")
                       ? runImport(context, positional.at(1), parser.isSet(dryRun))
                       : runExport(context, positional.at(1));
        if (positional.size() < 2 || sub != QLatin1String("search"))
            return context.usageError(
                CliTr::tr("usage: kb search QUERY [--lang ru|zh|en] [--category PATH] [--tag "
                          "TAG] [--limit N] [--json] | kb import DIR [--dry-run] | kb export "
                          "DIR"));
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
        options.categoryPath = parser.value(categoryOption);
        options.tag = parser.value(tagOption);
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

private:
    static int runImport(CliContext& context, const QString& dir, bool dryRun)
    {
        // A missing folder is reported before the database is created.
        if (!QFileInfo(dir).isDir())
            return context.fail(
                Error{ErrorKind::NotFound, CliTr::tr("there is no such folder"), dir});
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        auto summary = KbMarkdownIo(database.value()).importDirectory(dir, dryRun);
        if (!summary)
            return context.fail(summary.error());
        const QString line = CliTr::tr("imported %1 articles (%2 created, %3 updated)")
                                 .arg(summary->total)
                                 .arg(summary->created)
                                 .arg(summary->updated);
        context.print(dryRun ? CliTr::tr("%1; dry run, nothing written").arg(line) : line);
        return ExitOk;
    }

    static int runExport(CliContext& context, const QString& dir)
    {
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        auto count = KbMarkdownIo(database.value()).exportDirectory(dir);
        if (!count)
            return context.fail(count.error());
        context.print(CliTr::tr("exported %1 articles").arg(count.value()));
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeKbCommand()
{
    return std::make_unique<KbCommand>();
}

} // namespace Switchboard::Cli
