// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

// What a reply template's placeholders are filled with: the ticket being
// answered, its customer and the agent answering.
struct TemplateContext
{
    QString customerName;
    QString customerEmail;
    QString customerLanguage; // "ru", "zh" or "en" (customers.language); others read as "en"
    QString customerTimeZone; // IANA id (customers.timezone); empty or unknown: the system zone
    qint64 ticketId = 0;      // 0: no ticket yet
    QString ticketSubject;
    QString agentName;
    std::optional<qint64> firstResponseDueMs; // UTC ms; none when no SLA target runs
    std::optional<qint64> resolutionDueMs;
};

struct RenderResult
{
    QString text;
    // Placeholders the renderer does not know, as named inside the braces
    // ("ticket.number"), each once, in order of appearance. They stay in
    // the text as written.
    QStringList unknownPlaceholders;
    // Known placeholders without a value in the context, each once, in
    // order of appearance; each rendered as TemplateRenderer::missingValue().
    QStringList missingValues;
};

// Fills {{placeholders}} in reply templates. Dates are written for the
// customer who reads the reply, in the customer's language and time zone,
// never in the operator's. Values are inserted as they are: a value that
// itself contains "{{...}}" is not expanded again. Pure: no database.
class TemplateRenderer
{
public:
    // The placeholders it knows, in the order a help list shows them
    // ("customer.name", ..., "sla.resolution.due").
    static QStringList placeholders();

    // What a known placeholder without a value becomes: an em dash, so the
    // sentence stays readable and the gap is visible.
    static QString missingValue();

    static RenderResult render(const QString& text, const TemplateContext& context);

    // An instant as the customer reads it; language "ru", "zh" or "en"
    // (anything else as "en"), zone an IANA id (empty or unknown: the
    // system zone):
    //   ru  27 ноября 2026 г., 15:00 (UTC+3)
    //   zh  2026年11月27日 20:00（UTC+8）
    //   en  November 27, 2026, 7:00 AM (UTC-5)
    static QString formatInstant(qint64 utcMs, const QString& language, const QString& timeZone);
};

} // namespace Switchboard
