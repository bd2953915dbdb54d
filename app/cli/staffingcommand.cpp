// SPDX-License-Identifier: MIT
// staffing erlang --arrivals-per-hour X --aht-seconds S --answer-within-seconds T
//                 --service-level P [--json]
// Erlang C staffing; pure computation, needs no database.
#include "clitr.h"
#include "commands.h"

#include "metrics/erlangc.h"

#include <QJsonObject>

#include <cmath>
#include <optional>

namespace Switchboard::Cli {
namespace {

// Numbers on the command line are read and printed with "." whatever the
// locale: QString::toDouble and QString::number always use the C locale.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A share in [0, 1] as a percent with one decimal. Only exact 0 and 1 print as
// 0.0 % and 100.0 %, so a 99.96 % service level is not shown as a certainty.
QString percentText(double share)
{
    if (share > 0 && share < 0.0005)
        return QStringLiteral("<0.1%");
    if (share < 1 && share >= 0.9995)
        return QStringLiteral(">99.9%");
    return QString::number(share * 100, 'f', 1) + QLatin1Char('%');
}

// The target as given, without rounding it away: 80%, 99.95%.
QString targetText(double share)
{
    return QString::number(share * 100, 'g', 6) + QLatin1Char('%');
}

class StaffingCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("staffing"); }
    QString summary() const override
    {
        return CliTr::tr("staffing erlang: agents needed for a service level (Erlang C)");
    }

    int run(CliContext& context, const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("erlang"),
            CliTr::tr("The fewest agents whose service level reaches the target under Erlang C "
                      "(random arrivals, nobody hangs up), with that service level, the "
                      "probability of waiting and the average speed of answer."));
        const QCommandLineOption arrivalsOption(
            QStringLiteral("arrivals-per-hour"),
            CliTr::tr("Contacts arriving per hour, 0 or more (decimals with '.')."),
            QStringLiteral("X"));
        const QCommandLineOption ahtOption(
            QStringLiteral("aht-seconds"),
            CliTr::tr("Average handling time of one contact in seconds, more than 0."),
            QStringLiteral("S"));
        const QCommandLineOption withinOption(
            QStringLiteral("answer-within-seconds"),
            CliTr::tr("The service-level threshold: answered within T seconds, 0 or more (0: "
                      "answered without waiting)."),
            QStringLiteral("T"));
        const QCommandLineOption levelOption(
            QStringLiteral("service-level"),
            CliTr::tr("Target share answered within T: a fraction (0.8) or a percent (80 or 80%). "
                      "A value above 1 and up to 100 is read as a percent; 1 means 100%."),
            QStringLiteral("P"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      CliTr::tr("Print the result as a JSON object."));
        parser.addOptions({arrivalsOption, ahtOption, withinOption, levelOption, json});
        if (const int code = parse(parser, arguments, context, summary()); code >= 0)
            return code;

        if (parser.positionalArguments() != QStringList{QStringLiteral("erlang")})
            return context.usageError(
                CliTr::tr("usage: staffing erlang --arrivals-per-hour X --aht-seconds S "
                          "--answer-within-seconds T --service-level P [--json]"));

        ErlangCInput input;
        struct NumberOption
        {
            const QCommandLineOption& option;
            double* target;
            bool zeroAllowed;
        };
        const NumberOption numbers[] = {
            {arrivalsOption, &input.arrivalsPerHour, true},
            {ahtOption, &input.averageHandlingSeconds, false},
            {withinOption, &input.answerWithinSeconds, true},
        };
        for (const NumberOption& number : numbers) {
            const QString optionName = QStringLiteral("--") + number.option.names().constFirst();
            if (!parser.isSet(number.option))
                return context.usageError(CliTr::tr("staffing erlang needs %1").arg(optionName));
            const QString text = parser.value(number.option);
            const std::optional<double> value = parseNumber(text);
            if (!value || *value < 0 || (*value == 0 && !number.zeroAllowed))
                return context.fail(Error{ErrorKind::Usage,
                                          number.zeroAllowed
                                              ? CliTr::tr("%1 takes a number of 0 or more, not "
                                                          "'%2'")
                                                    .arg(optionName, text)
                                              : CliTr::tr("%1 takes a number greater than 0, not "
                                                          "'%2'")
                                                    .arg(optionName, text),
                                          optionName});
            *number.target = *value;
        }
        if (!parser.isSet(levelOption))
            return context.usageError(CliTr::tr("staffing erlang needs --service-level"));
        const std::optional<double> level = parseServiceLevel(parser.value(levelOption));
        if (!level)
            return context.fail(
                Error{ErrorKind::Usage,
                      CliTr::tr("--service-level takes a fraction above 0 up to 1 (0.8) or a "
                                "percent up to 100 (80 or 80%), not '%1'")
                          .arg(parser.value(levelOption)),
                      QStringLiteral("--service-level")});
        input.targetServiceLevel = *level;

        const Result<ErlangCStaffing> result = ErlangC::requiredAgents(input);
        if (!result)
            return context.fail(result.error());
        const ErlangCStaffing& staffing = result.value();

        if (parser.isSet(json)) {
            context.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("agents"), staffing.agents},
                {QStringLiteral("service_level"), staffing.serviceLevel},
                {QStringLiteral("probability_of_waiting"), staffing.probabilityOfWaiting},
                {QStringLiteral("average_speed_of_answer_seconds"),
                 staffing.averageSpeedOfAnswerSeconds},
                {QStringLiteral("occupancy"), staffing.occupancy},
                {QStringLiteral("traffic_erlangs"), staffing.trafficErlangs},
            }));
            return ExitOk;
        }
        context.print(CliTr::tr("agents:                  %1").arg(staffing.agents));
        context.print(CliTr::tr("service level:           %1 answered within %2 s (target %3)")
                          .arg(percentText(staffing.serviceLevel),
                               QString::number(input.answerWithinSeconds),
                               targetText(input.targetServiceLevel)));
        context.print(CliTr::tr("probability of waiting:  %1")
                          .arg(percentText(staffing.probabilityOfWaiting)));
        context.print(CliTr::tr("average speed of answer: %1 s")
                          .arg(QString::number(staffing.averageSpeedOfAnswerSeconds, 'f', 1)));
        context.print(
            CliTr::tr("occupancy:               %1").arg(percentText(staffing.occupancy)));
        context.print(CliTr::tr("traffic:                 %1 erlangs")
                          .arg(QString::number(staffing.trafficErlangs, 'f', 2)));
        return ExitOk;
    }

private:
    // "0.8", "80" and "80%" are the same target; a bare value above 1 is a
    // percent, so "1" stays 100 % rather than 1 %.
    static std::optional<double> parseServiceLevel(QString text)
    {
        text = text.trimmed();
        const bool percentSign = text.endsWith(QLatin1Char('%'));
        if (percentSign)
            text.chop(1);
        std::optional<double> value = parseNumber(text);
        if (!value || *value <= 0 || *value > 100)
            return std::nullopt;
        if (percentSign || *value > 1)
            return *value / 100;
        return value;
    }
};

} // namespace

CliCommandPtr makeStaffingCommand()
{
    return std::make_unique<StaffingCommand>();
}

} // namespace Switchboard::Cli
