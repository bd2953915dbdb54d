// SPDX-License-Identifier: MIT
#include "demoarticlegenerator.h"

#include "common/logging.h"
#include "common/tr.h"
#include "demoarticletexts.h"
#include "demorandom.h"
#include "kb/articlebulkwriter.h"
#include "kb/kbcatalog.h"
#include "tickets/ticketrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Switchboard {
namespace {

// Its own stream, so that articles do not depend on how many tickets were drawn.
constexpr quint64 kArticleStream = 0x94d049bb133111ebULL;
constexpr qint64 kDayMs = 86'400'000;
constexpr int kMinWords = 300;
constexpr int kMaxWords = 800;
constexpr double kTranslationShare = 0.15;
constexpr int kMaxArticles = 1'000'000;

enum class Pool
{
    Intro,
    Fact,
    Step,
    Tip,
    Closing,
    Title
};

struct Ref
{
    Pool pool = Pool::Fact;
    int topic = 0;
    int index = 0;
};

enum class Heading
{
    None,
    Symptoms,
    Causes,
    Steps,
    StillBroken,
    SeeAlso
};

enum class Layout
{
    Prose,
    Numbered,
    Bulleted
};

struct Section
{
    Heading heading = Heading::None;
    Layout layout = Layout::Prose;
    QList<QList<Ref>> paragraphs; // list layouts: one item each
};

// What an article says, independent of its language: a translation renders
// the same outline in another language.
struct Outline
{
    int topic = 0;
    int title = 0;
    int product = 0;
    QString number;
    QList<Section> sections;
};

const QStringList& poolOf(const DemoArticleTexts& texts, Pool pool, int topic, int lang)
{
    const auto l = size_t(lang);
    switch (pool) {
    case Pool::Intro:
        return texts.intros[l];
    case Pool::Fact:
        return texts.topics.at(topic).facts[l];
    case Pool::Step:
        return texts.topics.at(topic).steps[l];
    case Pool::Tip:
        return texts.tips[l];
    case Pool::Closing:
        return texts.closings[l];
    case Pool::Title:
        break;
    }
    return texts.topics.at(topic).titles[l];
}

QString productName(int topic, int product)
{
    const DemoArticleTexts& texts = DemoArticleTexts::instance();
    const QStringList& names =
        DemoTexts::instance().products[size_t(texts.topics.at(topic).products)];
    return names.isEmpty() ? QString() : names.at(product % names.size());
}

QString render(const Ref& ref, const Outline& outline, int lang)
{
    QString text = poolOf(DemoArticleTexts::instance(), ref.pool, ref.topic, lang).at(ref.index);
    if (text.contains(QLatin1String("%P")))
        text.replace(QLatin1String("%P"), productName(ref.topic, outline.product));
    if (text.contains(QLatin1String("%N")))
        text.replace(QLatin1String("%N"), outline.number);
    return text;
}

QString headingText(Heading heading, int lang)
{
    const DemoArticleHeadings& h = DemoArticleTexts::instance().headings[size_t(lang)];
    switch (heading) {
    case Heading::Symptoms:
        return h.symptoms;
    case Heading::Causes:
        return h.causes;
    case Heading::Steps:
        return h.steps;
    case Heading::StillBroken:
        return h.stillBroken;
    case Heading::SeeAlso:
        return h.seeAlso;
    case Heading::None:
        break;
    }
    return {};
}

QString renderBody(const Outline& outline, int lang)
{
    // Chinese runs sentences together; the others separate them by a space.
    const QString gap = lang == int(DemoLanguage::Zh) ? QString() : QStringLiteral(" ");
    QStringList blocks;
    for (const Section& section : outline.sections) {
        if (section.heading != Heading::None)
            blocks << QStringLiteral("## ") + headingText(section.heading, lang);
        if (section.layout == Layout::Prose) {
            for (const QList<Ref>& paragraph : section.paragraphs) {
                QStringList sentences;
                for (const Ref& ref : paragraph)
                    sentences << render(ref, outline, lang);
                blocks << sentences.join(gap);
            }
            continue;
        }
        QStringList items;
        for (qsizetype i = 0; i < section.paragraphs.size(); ++i) {
            QStringList sentences;
            for (const Ref& ref : section.paragraphs.at(i))
                sentences << render(ref, outline, lang);
            const QString marker = section.layout == Layout::Numbered
                                       ? QStringLiteral("%1. ").arg(i + 1)
                                       : QStringLiteral("- ");
            items << marker + sentences.join(gap);
        }
        blocks << items.join(QLatin1Char('\n'));
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// Draws sentences of one pool without repeating any until all were used.
class Deck
{
public:
    Deck(Pool pool, int topic, int size)
        : m_pool(pool)
        , m_topic(topic)
        , m_size(size)
    {}
    bool isEmpty() const { return m_size == 0; }
    Ref draw(DemoRandom& rnd)
    {
        if (m_left.empty()) {
            for (int i = 0; i < m_size; ++i)
                m_left.push_back(i);
        }
        const int at = rnd.below(int(m_left.size()));
        const int index = m_left[size_t(at)];
        m_left.erase(m_left.begin() + at);
        return Ref{m_pool, m_topic, index};
    }
    bool exhausted() const { return m_started && m_left.empty(); }
    Ref take(DemoRandom& rnd)
    {
        m_started = true;
        return draw(rnd);
    }

private:
    Pool m_pool;
    int m_topic;
    int m_size;
    bool m_started = false;
    std::vector<int> m_left;
};

Outline makeOutline(DemoRandom& rnd, int lang, int topicIndex)
{
    const DemoArticleTexts& texts = DemoArticleTexts::instance();
    const DemoArticleTopic& topic = texts.topics.at(topicIndex);
    const auto l = size_t(lang);
    Outline o;
    o.topic = topicIndex;
    o.title = rnd.below(int(topic.titles[l].size()));
    o.product = rnd.below(64);
    o.number = QString::number(100000 + rnd.below(900000));

    const int target = rnd.between(kMinWords, kMaxWords);
    qint64 words = 0;
    const QString language = languageKey(DemoLanguage(lang));
    auto count = [&](const Ref& ref) {
        words += demoWordCount(render(ref, o, lang), language);
        return ref;
    };
    Deck facts(Pool::Fact, topicIndex, int(topic.facts[l].size()));
    Deck tips(Pool::Tip, 0, int(texts.tips[l].size()));
    std::vector<Deck> related;
    for (int other : topic.related)
        related.emplace_back(Pool::Fact, other, int(texts.topics.at(other).facts[l].size()));

    Section intro;
    intro.paragraphs << QList<Ref>{
        count(Ref{Pool::Intro, 0, rnd.below(int(texts.intros[l].size()))}), count(facts.take(rnd))};
    o.sections << intro;
    if (rnd.chance(0.6)) {
        Section symptoms{Heading::Symptoms, Layout::Prose, {}};
        symptoms.paragraphs << QList<Ref>{count(facts.take(rnd)), count(facts.take(rnd))};
        o.sections << symptoms;
    }
    Section causes{Heading::Causes, Layout::Prose, {}};
    for (int p = 0; p < 2; ++p) {
        QList<Ref> paragraph{count(facts.take(rnd)), count(facts.take(rnd))};
        if (!related.empty() && rnd.chance(0.5))
            paragraph << count(related[size_t(rnd.below(int(related.size())))].take(rnd));
        causes.paragraphs << paragraph;
    }
    Section steps{Heading::Steps, Layout::Numbered, {}};
    const int stepCount = int(topic.steps[l].size());
    for (int i = 0; i < stepCount; ++i) {
        if (i < 3 || rnd.chance(0.7))
            steps.paragraphs << QList<Ref>{count(Ref{Pool::Step, topicIndex, i})};
    }
    Section still{Heading::StillBroken, Layout::Prose, {}};
    still.paragraphs << QList<Ref>{
        count(tips.take(rnd)),
        count(Ref{Pool::Closing, 0, rnd.below(int(texts.closings[l].size()))})};

    // Longer articles explain more: further paragraphs of their own facts,
    // then facts of related subjects and general advice, until the length
    // drawn for this article is reached.
    while (words < target) {
        QList<Ref> paragraph;
        for (int s = 0; s < 3; ++s) {
            if (!facts.exhausted() && s < 2)
                paragraph << count(facts.take(rnd));
            else if (!related.empty() && rnd.chance(0.6))
                paragraph << count(related[size_t(rnd.below(int(related.size())))].take(rnd));
            else
                paragraph << count(tips.take(rnd));
        }
        causes.paragraphs << paragraph;
    }
    o.sections << causes << steps << still;
    if (!topic.related.isEmpty() && rnd.chance(0.5)) {
        Section seeAlso{Heading::SeeAlso, Layout::Bulleted, {}};
        for (int other : topic.related)
            seeAlso.paragraphs << QList<Ref>{
                Ref{Pool::Title, other, rnd.below(int(texts.topics.at(other).titles[l].size()))}};
        o.sections << seeAlso;
    }
    return o;
}

struct Family
{
    int item = 0; // index of the original among the generated items
    Outline outline;
    QList<int> languages;
};

} // namespace

qint64 demoWordCount(const QString& text, const QString& lang)
{
    Q_UNUSED(lang)
    qint64 words = 0;
    qint64 han = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han) {
            ++han;
            inWord = false;
        } else if (c.isLetterOrNumber()) {
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return words + qint64(std::llround(double(han) / 1.5));
}

DemoArticleGenerator::DemoArticleGenerator(DatabasePtr database, const Clock& clock,
                                           DemoArticleOptions options)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_options(std::move(options))
{}

QList<ImportedArticle> DemoArticleGenerator::articles() const
{
    const DemoArticleTexts& texts = DemoArticleTexts::instance();
    DemoRandom rnd(m_options.seed ^ kArticleStream);
    const qint64 now = m_clock.nowMs();
    QList<ImportedArticle> items;
    items.reserve(m_options.articles);
    std::vector<Family> families;
    for (int i = 0; i < m_options.articles; ++i) {
        int lang = rnd.below(kDemoLanguageCount);
        Family* family = nullptr;
        if (!families.empty() && rnd.chance(kTranslationShare)) {
            Family& candidate = families[size_t(rnd.below(int(families.size())))];
            QList<int> missing;
            for (int l = 0; l < kDemoLanguageCount; ++l) {
                if (!candidate.languages.contains(l))
                    missing << l;
            }
            if (!missing.isEmpty()) {
                family = &candidate;
                lang = missing.at(rnd.below(int(missing.size())));
            }
        }
        Outline outline;
        if (family) {
            outline = family->outline;
            family->languages << lang;
        } else {
            outline = makeOutline(rnd, lang, rnd.below(int(texts.topics.size())));
            families.push_back(Family{int(i), outline, {lang}});
        }
        const DemoArticleTopic& topic = texts.topics.at(outline.topic);

        ImportedArticle item;
        Article& a = item.article;
        a.lang = languageKey(DemoLanguage(lang));
        a.title = render(Ref{Pool::Title, outline.topic, outline.title}, outline, lang);
        a.body = renderBody(outline, lang);
        const double status = rnd.uniform();
        a.status = status < 0.85   ? QStringLiteral("published")
                   : status < 0.95 ? QStringLiteral("draft")
                                   : QStringLiteral("archived");
        QStringList tags{topic.tag};
        if (rnd.chance(0.5))
            tags << rnd.pick(texts.extraTags);
        a.tags = tags.join(QLatin1Char(','));
        if (!m_options.authorIds.isEmpty())
            a.authorId = m_options.authorIds.at(rnd.below(int(m_options.authorIds.size())));
        // Two years of history; translations come after their original.
        a.createdAt = now - qint64(rnd.uniform() * 730.0 * double(kDayMs));
        if (family)
            a.createdAt = std::max(a.createdAt, items.at(family->item).article.createdAt);
        a.updatedAt = std::min(now, a.createdAt + qint64(rnd.exponential(60.0 * double(kDayMs))));
        if (rnd.chance(0.3))
            a.reviewBy = QDateTime::fromMSecsSinceEpoch(a.createdAt, QTimeZone::utc())
                             .date()
                             .addDays(rnd.between(180, 540));
        item.categoryPath = topic.category[size_t(lang)];
        item.translationOfIndex = family ? family->item : -1;
        items << item;
    }
    return items;
}

Result<DemoArticleSummary> DemoArticleGenerator::generate()
{
    if (m_options.articles < 0 || m_options.articles > kMaxArticles)
        return Error{ErrorKind::BadInput,
                     Tr::tr("the number of articles must be between 0 and %1").arg(kMaxArticles)};
    QElapsedTimer timer;
    timer.start();
    auto existing = KbCatalog(m_database).articleCount();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error{ErrorKind::Conflict,
                     Tr::tr("the knowledge base already has %n article(s); demo articles go only "
                            "into an empty knowledge base",
                            nullptr, existing.value()),
                     m_database->path()};
    DemoArticleGenerator generator(m_database, m_clock, m_options);
    if (generator.m_options.authorIds.isEmpty()) {
        auto agents = TicketRepository(m_database).agents();
        if (!agents)
            return agents.error();
        for (const Agent& agent : std::as_const(agents.value()))
            generator.m_options.authorIds << agent.id;
    }
    const QList<ImportedArticle> items = generator.articles();

    DemoArticleSummary summary;
    for (const ImportedArticle& item : items) {
        summary.words += demoWordCount(item.article.body, item.article.lang);
        if (item.translationOfIndex >= 0)
            ++summary.translations;
    }
    ArticleBulkWriter writer(m_database, m_clock);
    writer.setProgressCallback(m_progress);
    auto written = writer.create(items);
    if (!written)
        return written.error();
    summary.articles = items.size();
    summary.rowsMs = written->rowsMs;
    summary.indexMs = written->indexMs;
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "generated" << summary.articles << "articles (" << summary.translations
                   << "translations," << summary.words << "words) in" << summary.elapsedMs
                   << "ms; index" << summary.indexMs << "ms";
    return summary;
}

} // namespace Switchboard
