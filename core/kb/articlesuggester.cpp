// SPDX-License-Identifier: MIT
#include "articlesuggester.h"

#include "common/tr.h"

#include <QSet>

namespace Switchboard {
namespace {

// The article language for a ticket's ("zh_CN" is zh); empty when the
// knowledge base has no articles in it.
QString articleLanguage(const QString& ticketLanguage)
{
    const QString lang = ticketLanguage.left(2).toLower();
    if (lang == QLatin1String("ru") || lang == QLatin1String("zh") || lang == QLatin1String("en"))
        return lang;
    return {};
}

} // namespace

ArticleSuggester::ArticleSuggester(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<QList<KbSearchHit>> ArticleSuggester::suggest(const QString& subject,
                                                     const QString& firstMessage,
                                                     const QString& lang, int limit) const
{
    QList<KbSearchHit> hits;
    if (limit <= 0)
        return hits;
    // similar() counts the first line double: the subject is the summary.
    QString text = subject.simplified();
    if (!firstMessage.isEmpty())
        text += QLatin1Char('\n') + firstMessage;
    KbSearch search(m_database);
    KbSearchOptions options;
    options.status = QStringLiteral("published");
    options.limit = limit;
    options.highlightOpen.clear();
    options.highlightClose.clear();
    options.lang = articleLanguage(lang);
    auto own = search.similar(text, options);
    if (!own)
        return own.error();
    hits = std::move(own->hits);
    if (hits.size() >= limit || options.lang.isEmpty())
        return hits;

    // Not enough in the ticket's language: the best of the others after them.
    QSet<qint64> shown;
    for (const KbSearchHit& hit : std::as_const(hits))
        shown.insert(hit.id);
    options.lang.clear();
    options.limit = limit + int(hits.size());
    auto any = search.similar(text, options);
    if (!any)
        return any.error();
    for (const KbSearchHit& hit : std::as_const(any->hits)) {
        if (hits.size() >= limit)
            break;
        if (!shown.contains(hit.id))
            hits.append(hit);
    }
    return hits;
}

Result<QList<KbSearchHit>> ArticleSuggester::suggest(const TicketDetail& detail, int limit) const
{
    return suggest(detail.ticket.subject, firstCustomerMessage(detail), detail.ticket.language,
                   limit);
}

QString ArticleSuggester::firstCustomerMessage(const TicketDetail& detail)
{
    for (const Message& message : detail.messages) {
        if (message.kind == MessageKind::Customer)
            return message.body;
    }
    return {};
}

QString ArticleSuggester::lastPublicReply(const TicketDetail& detail)
{
    for (auto it = detail.messages.crbegin(); it != detail.messages.crend(); ++it) {
        if (it->kind == MessageKind::Reply)
            return it->body;
    }
    return {};
}

Article ArticleSuggester::draftFromTicket(const TicketDetail& detail)
{
    Article draft;
    draft.title = detail.ticket.subject.simplified();
    draft.status = QStringLiteral("draft");
    const QString lang = articleLanguage(detail.ticket.language);
    if (!lang.isEmpty())
        draft.lang = lang;
    draft.body = QStringLiteral("## %1\n\n%2\n\n## %3\n\n%4")
                     .arg(Tr::tr("Question"), firstCustomerMessage(detail).trimmed(),
                          Tr::tr("Answer"), lastPublicReply(detail).trimmed());
    return draft;
}

QString ArticleSuggester::markdownLink(qint64 articleId, const QString& title)
{
    // Brackets and backslashes in a title would end or break the link text.
    QString text;
    text.reserve(title.size());
    for (const QChar c : title.simplified()) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            text += QLatin1Char('\\');
        text += c;
    }
    return QStringLiteral("[%1](kb:%2)").arg(text).arg(articleId);
}

qint64 ArticleSuggester::linkedArticleId(const QUrl& link)
{
    if (link.scheme() != QLatin1String("kb"))
        return 0;
    bool ok = false;
    const qint64 id = link.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace Switchboard
