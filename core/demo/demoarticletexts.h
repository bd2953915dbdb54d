// SPDX-License-Identifier: MIT
#pragma once

#include "demotexts.h"

#include <QList>
#include <QString>

#include <array>

namespace Switchboard {

// One subject the demo knowledge base has articles about. The lists of the
// three languages are parallel where it matters: titles[ru][i], titles[zh][i]
// and titles[en][i] ask the same question, so an article and its translation
// share the title index. Texts may contain %P (a product name) and %N (an
// order or invoice number).
struct DemoArticleTopic
{
    QString tag; // ASCII, stored in the article's tags
    DemoProductKind products = DemoProductKind::None;
    std::array<QString, kDemoLanguageCount> category; // "Оборудование/Принтеры"
    Trilingual titles;                                // how-to questions, parallel
    Trilingual facts;                                 // explanatory sentences
    Trilingual steps;                                 // imperative steps of an instruction
    QList<int> related;                               // topics whose facts an article may borrow
};

// Section headings of an article, in one language.
struct DemoArticleHeadings
{
    QString symptoms;
    QString causes;
    QString steps;
    QString stillBroken;
    QString seeAlso;
};

// The phrase banks of DemoArticleGenerator: support prose in Russian,
// Chinese and English about the subjects customers ask about most. Pure data,
// built once. Russian sentences use the words in many inflected forms and
// Chinese has no spaces, so that search over the demo articles behaves as it
// would over real ones.
struct DemoArticleTexts
{
    static const DemoArticleTexts& instance();

    QList<DemoArticleTopic> topics;
    Trilingual intros;   // first sentence of an article
    Trilingual tips;     // general advice that fits any article
    Trilingual closings; // last sentence: whom to contact
    std::array<DemoArticleHeadings, kDemoLanguageCount> headings;
    // Extra ASCII tags some articles get besides the topic's.
    QStringList extraTags;
};

} // namespace Switchboard
