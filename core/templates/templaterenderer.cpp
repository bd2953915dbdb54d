// SPDX-License-Identifier: MIT
#include "templaterenderer.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdlib>

namespace Switchboard {
namespace {

const QString kCustomerName = QStringLiteral("customer.name");
const QString kCustomerEmail = QStringLiteral("customer.email");
const QString kTicketId = QStringLiteral("ticket.id");
const QString kTicketSubject = QStringLiteral("ticket.subject");
const QString kAgentName = QStringLiteral("agent.name");
const QString kFirstResponseDue = QStringLiteral("sla.first_response.due");
const QString kResolutionDue = QStringLiteral("sla.resolution.due");

// "UTC+3", "UTC+5:30", "UTC-5", "UTC". The offset rather than the zone's
// abbreviation: tzdata has letters for few zones (most of Russia east of
// Moscow is "+05" ... "+12") and the letters it has are ambiguous (CST is
// China, the US Central zone and Cuba).
QString offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offsetSeconds) / 60;
    QString text = QStringLiteral("UTC") + QLatin1Char(offsetSeconds < 0 ? '-' : '+') +
                   QString::number(minutes / 60);
    if (minutes % 60 != 0)
        text += QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QTimeZone zoneFor(const QString& ianaId)
{
    const QString trimmed = ianaId.trimmed();
    if (!trimmed.isEmpty()) {
        const QTimeZone zone(trimmed.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

} // namespace

QStringList TemplateRenderer::placeholders()
{
    return {kCustomerName, kCustomerEmail,    kTicketId,     kTicketSubject,
            kAgentName,    kFirstResponseDue, kResolutionDue};
}

QString TemplateRenderer::missingValue()
{
    return QStringLiteral("\u2014");
}

QString TemplateRenderer::formatInstant(qint64 utcMs, const QString& language,
                                        const QString& timeZone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zoneFor(timeZone));
    const QString offset = offsetText(local.offsetFromUtc());
    // Fixed patterns rather than QLocale's long format, which adds the
    // weekday, seconds and a zone name in the operator's language.
    const QString lang = language.trimmed().left(2).toLower();
    if (lang == QLatin1String("ru")) {
        const QLocale locale(QLocale::Russian, QLocale::Russia);
        return locale.toString(local, QStringLiteral("d MMMM yyyy 'г'., HH:mm")) +
               QStringLiteral(" (%1)").arg(offset);
    }
    if (lang == QLatin1String("zh")) {
        const QLocale locale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
        return locale.toString(local, QStringLiteral("yyyy年M月d日 HH:mm")) +
               QStringLiteral("\uff08%1\uff09").arg(offset);
    }
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(local, QStringLiteral("MMMM d, yyyy, h:mm AP")) +
           QStringLiteral(" (%1)").arg(offset);
}

RenderResult TemplateRenderer::render(const QString& text, const TemplateContext& context)
{
    // {{name}} with optional spaces inside the braces; the name itself has
    // no braces and does not start or end with a space.
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{\s*([^{}\s](?:[^{}]*[^{}\s])?)\s*\}\})"));

    const auto textValue = [](const QString& value) -> std::optional<QString> {
        if (value.trimmed().isEmpty())
            return std::nullopt;
        return value;
    };
    const auto dueValue = [&context](const std::optional<qint64>& due) -> std::optional<QString> {
        if (!due)
            return std::nullopt;
        return formatInstant(*due, context.customerLanguage, context.customerTimeZone);
    };
    const auto valueOf = [&](const QString& name, bool& known) -> std::optional<QString> {
        known = true;
        if (name == kCustomerName)
            return textValue(context.customerName);
        if (name == kCustomerEmail)
            return textValue(context.customerEmail);
        if (name == kTicketId)
            return context.ticketId > 0 ? std::optional(QString::number(context.ticketId))
                                        : std::nullopt;
        if (name == kTicketSubject)
            return textValue(context.ticketSubject);
        if (name == kAgentName)
            return textValue(context.agentName);
        if (name == kFirstResponseDue)
            return dueValue(context.firstResponseDueMs);
        if (name == kResolutionDue)
            return dueValue(context.resolutionDueMs);
        known = false;
        return std::nullopt;
    };

    RenderResult result;
    result.text.reserve(text.size());
    qsizetype done = 0;
    // One pass over the template: values are appended, never searched, so a
    // subject reading "{{ticket.id}}" stays as the customer wrote it.
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result.text += QStringView(text).mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        const QString name = match.captured(1);
        bool known = false;
        const std::optional<QString> value = valueOf(name, known);
        if (!known) {
            result.text += match.capturedView();
            if (!result.unknownPlaceholders.contains(name))
                result.unknownPlaceholders.append(name);
        } else if (!value) {
            result.text += missingValue();
            if (!result.missingValues.contains(name))
                result.missingValues.append(name);
        } else {
            result.text += *value;
        }
    }
    result.text += QStringView(text).mid(done);
    return result;
}

} // namespace Switchboard
