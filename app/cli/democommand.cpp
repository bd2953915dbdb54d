// SPDX-License-Identifier: MIT
// demo [--tickets N] [--articles N] [--agents N] [--days D] [--seed S] [--now TIME] [--json]
#include "clitr.h"
#include "commands.h"
#include "progressprinter.h"
#include "sla/slaservice.h"

#include "common/clock.h"
#include "common/timeformat.h"
#include "demo/demoarticlegenerator.h"
#include "demo/demodatagenerator.h"
#include "kb/kbcatalog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

class DemoCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return CliTr::tr("fill the database with realistic, reproducible demo data");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        const DemoOptions defaults;
        const DemoArticleOptions articleDefaults;
        QCommandLineParser parser;
        const QCommandLineOption tickets(
            QStringLiteral("tickets"),
            CliTr::tr("Number of tickets (default %1).").arg(defaults.tickets),
            QStringLiteral("N"));
        const QCommandLineOption articles(
            QStringLiteral("articles"),
            CliTr::tr("Number of knowledge-base articles in Russian, Chinese and English (default "
                      "%1; none when the knowledge base already has articles).")
                .arg(articleDefaults.articles),
            QStringLiteral("N"));
        const QCommandLineOption agents(
            QStringLiteral("agents"),
            CliTr::tr("Number of agents (default %1).").arg(defaults.agents), QStringLiteral("N"));
        const QCommandLineOption days(
            QStringLiteral("days"),
            CliTr::tr("Days of history ending now (default %1).").arg(defaults.days),
            QStringLiteral("D"));
        const QCommandLineOption seed(
            QStringLiteral("seed"),
            CliTr::tr("Random seed; the same seed and --now give the same data (default %1).")
                .arg(defaults.seed),
            QStringLiteral("S"));
        const QCommandLineOption now(
            QStringLiteral("now"),
            CliTr::tr("End of the data as ISO-8601 with offset (default: the current time)."),
            QStringLiteral("TIME"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the summary as JSON."));
        parser.addOptions({tickets, articles, agents, days, seed, now, json});
        const QString description =
            summary() + u'\n' +
            CliTr::tr("Arrivals follow a weekday/hour curve in Europe/Moscow time with a three-day "
                      "promotion spike; everything is written in one transaction.\n"
                      "A database that already has tickets is refused with exit code 3 (conflict), "
                      "so demo data is never mixed with real data.");
        if (const int code = parse(parser, arguments, context, description); code >= 0)
            return code;
        if (!parser.positionalArguments().isEmpty())
            return context.usageError(CliTr::tr("demo takes no arguments"));

        DemoOptions options;
        auto integer = [&](const QCommandLineOption& option, qint64 low, qint64 high,
                           qint64& target) {
            if (!parser.isSet(option))
                return true;
            bool ok = false;
            const qint64 value = parser.value(option).toLongLong(&ok);
            if (!ok || value < low || value > high)
                return false;
            target = value;
            return true;
        };
        qint64 articleCount = articleDefaults.articles;
        if (!integer(articles, 0, 1'000'000, articleCount))
            return context.usageError(
                CliTr::tr("--articles takes a whole number from 0 to 1000000"));
        qint64 agentCount = options.agents;
        qint64 dayCount = options.days;
        if (!integer(tickets, 0, 100'000'000, options.tickets))
            return context.usageError(
                CliTr::tr("--tickets takes a whole number from 0 to 100000000"));
        if (!integer(agents, 1, 10'000, agentCount))
            return context.usageError(CliTr::tr("--agents takes a whole number from 1 to 10000"));
        if (!integer(days, 1, 3650, dayCount))
            return context.usageError(CliTr::tr("--days takes a whole number from 1 to 3650"));
        options.agents = int(agentCount);
        options.days = int(dayCount);
        if (parser.isSet(seed)) {
            bool ok = false;
            options.seed = parser.value(seed).toULongLong(&ok);
            if (!ok)
                return context.usageError(CliTr::tr("--seed takes a non-negative whole number"));
        }
        FixedClock fixed(Clock::system().nowMs());
        if (parser.isSet(now)) {
            const auto instant = parseIsoInstant(parser.value(now));
            if (!instant)
                return context.usageError(CliTr::tr(
                    "--now takes an ISO-8601 time with an offset, e.g. 2026-03-02T09:15:00+03:00"));
            fixed.setMs(*instant);
        }

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        // Demo articles are never mixed with real ones: asked for, a
        // knowledge base with articles is a conflict, found before any ticket
        // is written; by default such a knowledge base is left as it is.
        auto existingArticles = KbCatalog(database.value()).articleCount();
        if (!existingArticles)
            return context.fail(existingArticles.error());
        if (existingArticles.value() > 0) {
            if (parser.isSet(articles) && articleCount > 0)
                return context.fail(Error{
                    ErrorKind::Conflict,
                    CliTr::tr("the knowledge base already has %n article(s); demo articles go "
                              "only into an empty knowledge base",
                              nullptr, existingArticles.value()),
                    database.value()->path()});
            articleCount = 0;
        }
        DemoDataGenerator generator(database.value(), fixed, options);
        ProgressPrinter progress(CliTr::tr("generating demo data"));
        generator.setProgressCallback(
            [&progress](qint64 done, qint64 total) { progress.update(done, total); });
        auto summary = generator.generate();
        if (!summary)
            return context.fail(summary.error());
        DemoArticleSummary articleSummary;
        if (articleCount > 0) {
            DemoArticleOptions articleOptions;
            articleOptions.articles = int(articleCount);
            articleOptions.seed = options.seed;
            DemoArticleGenerator articleGenerator(database.value(), fixed, articleOptions);
            ProgressPrinter articleProgress(CliTr::tr("writing demo articles"));
            articleGenerator.setProgressCallback([&articleProgress](qint64 done, qint64 total) {
                articleProgress.update(done, total);
            });
            auto written = articleGenerator.generate();
            if (!written)
                return context.fail(written.error());
            articleSummary = written.value();
        }
        // The demo history happened before anyone watched it: its SLA is
        // computed, and crossings already in the past count as reported.
        SlaService sla(database.value(), fixed);
        auto recomputed = sla.recomputeAll();
        if (!recomputed)
            return context.fail(recomputed.error());
        if (Status status = sla.markReportedUntil(fixed.nowMs()); !status)
            return context.fail(status.error());

        const DemoSummary& s = summary.value();
        const double seconds = double(s.elapsedMs) / 1000.0;
        if (parser.isSet(json)) {
            context.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("database"), database.value()->path()},
                            {QStringLiteral("tickets"), s.tickets},
                            {QStringLiteral("messages"), s.messages},
                            {QStringLiteral("events"), s.events},
                            {QStringLiteral("agents"), s.agents},
                            {QStringLiteral("customers"), s.customers},
                            {QStringLiteral("groups"), s.groups},
                            {QStringLiteral("articles"), articleSummary.articles},
                            {QStringLiteral("seed"), QString::number(options.seed)},
                            {QStringLiteral("now"), isoTimestamp(fixed.nowMs(), options.zone)},
                            {QStringLiteral("seconds"), seconds}}));
        } else {
            context.print(CliTr::tr("created %1 tickets, %2 messages, %3 events, %4 agents in %5 s")
                              .arg(s.tickets)
                              .arg(s.messages)
                              .arg(s.events)
                              .arg(s.agents)
                              .arg(seconds, 0, 'f', 1));
        }
        return ExitOk;
    }
};

} // namespace

CliCommandPtr makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace Switchboard::Cli
