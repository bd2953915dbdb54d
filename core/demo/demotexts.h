// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Switchboard {

// The three languages of the demo data, in the order of every Trilingual array.
enum class DemoLanguage
{
    Ru = 0,
    Zh = 1,
    En = 2
};
inline constexpr int kDemoLanguageCount = 3;

QString languageKey(DemoLanguage language); // "ru", "zh", "en"

// The same kind of phrase in Russian, Chinese and English (index: DemoLanguage).
using Trilingual = std::array<QStringList, kDemoLanguageCount>;

// Which list of product names a topic's texts draw from (%P).
enum class DemoProductKind
{
    None,
    Printer,
    Computer,
    Router,
    Scanner,
    Phone,
    Plan
};

// One kind of request customers write about, with everything needed to tell
// its story: subject variants, the first message, the agent's answers.
// Texts may contain %P (a product name) and %N (an order or invoice number).
struct DemoTopic
{
    QString tag; // ASCII tag attached to many of its tickets ("printer")
    TicketType type = TicketType::Consultation;
    int group = 0;     // index into DemoTexts::groups
    int priority = 3;  // typical priority; the generator varies it
    double weight = 1; // relative frequency among all tickets
    DemoProductKind products = DemoProductKind::None;
    Trilingual subjects;
    Trilingual openings;  // the customer's first message
    Trilingual replies;   // the agent's first public answer
    Trilingual solutions; // the answer that resolves the request
};

struct DemoGroup
{
    QString name;
    QString description;
};

// A name part in its own script and in Latin transliteration (for logins and e-mail).
struct DemoName
{
    QString native;
    QString latin;
};

struct DemoOrganisation
{
    QString name;   // empty: a private customer
    QString domain; // e-mail domain, always under the reserved .example TLD
};

// The phrase catalogue of the demo generator: realistic help-desk texts in
// Russian, Chinese and English. Pure data, built once; the generator combines
// the pieces with product names and numbers so subjects are not all alike.
struct DemoTexts
{
    static const DemoTexts& instance();

    QList<DemoGroup> groups;
    QList<DemoTopic> topics;
    std::array<QStringList, 7> products; // index: DemoProductKind

    Trilingual clarifications; // agent asks for details; the ticket goes to pending
    Trilingual followUps;      // customer answers the question
    Trilingual notes;          // internal notes between agents
    Trilingual reopenings;     // customer says the problem is back
    Trilingual holdReasons;    // system message when a ticket is put on hold
    Trilingual webForm;        // system message for tickets from the web form
    Trilingual autoResolved;   // system message when a silent customer's ticket is resolved
    Trilingual signatures;     // closing line of agents' replies

    // Names: Russian surnames are given in the masculine form; the feminine
    // adds "а"/"a" (Иванов -> Иванова), which holds for every name listed.
    std::array<QList<DemoName>, kDemoLanguageCount> maleFirstNames;
    std::array<QList<DemoName>, kDemoLanguageCount> femaleFirstNames;
    std::array<QList<DemoName>, kDemoLanguageCount> lastNames;
    std::array<QList<DemoOrganisation>, kDemoLanguageCount> organisations;
};

} // namespace Switchboard
