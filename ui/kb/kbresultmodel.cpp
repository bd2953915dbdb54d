// SPDX-License-Identifier: MIT
#include "kbresultmodel.h"

#include "kblabels.h"
#include "tickets/ticket.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace Switchboard {
namespace {

const QString kSeparator = QStringLiteral(" \u00b7 ");

} // namespace

KbResultModel::KbResultModel(const Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{}

int KbResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KbResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KbResultRow& row = m_rows.at(index.row());
    const bool isArticle = row.article.id > 0;
    switch (role) {
    case Qt::DisplayRole:
        return title(row);
    case Qt::ToolTipRole:
        return row.snippet.isEmpty() ? title(row)
                                     : title(row) + QLatin1Char('\n') + withoutMarks(row.snippet);
    case Qt::AccessibleTextRole: {
        // Everything the row shows, in reading order, for screen readers.
        QStringList parts{title(row)};
        if (isArticle)
            parts.append(KbLabels::languageName(row.article.lang));
        parts.append(row.snippet.isEmpty() ? detail(row) : withoutMarks(row.snippet));
        if (isArticle)
            parts.append(tr("updated %1").arg(dateText(row.article.updatedAt)));
        return parts.join(QStringLiteral(", "));
    }
    case ArticleIdRole:
        return row.article.id;
    case LanguageMarkRole:
        return isArticle ? KbLabels::languageMark(row.article.lang) : QString();
    case SnippetRole:
        return row.snippet;
    case DetailRole:
        return detail(row);
    case DateRole:
        return isArticle ? dateText(row.article.updatedAt) : QString();
    case TicketIdRole:
        return row.gap.exampleTicketId;
    default:
        return {};
    }
}

void KbResultModel::setAnswer(const KbListAnswer& answer)
{
    beginResetModel();
    m_kind = answer.kind;
    m_rows.clear();
    if (answer.kind == KbListKind::CoverageGaps) {
        // Subjects first: they name a question an article can answer; the
        // types below give the proportions.
        for (const KbCoverageGap& gap : answer.coverage.subjects)
            m_rows.append(KbResultRow{{}, {}, gap, false});
        for (const KbCoverageGap& gap : answer.coverage.types)
            m_rows.append(KbResultRow{{}, {}, gap, true});
    } else {
        for (qsizetype i = 0; i < answer.articles.size(); ++i) {
            KbResultRow row;
            row.article = answer.articles.at(i);
            if (i < answer.snippets.size())
                row.snippet = plainSnippet(answer.snippets.at(i));
            m_rows.append(row);
        }
    }
    endResetModel();
}

void KbResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void KbResultModel::setCategoryPaths(const QHash<qint64, QString>& paths)
{
    m_categoryPaths = paths;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {DetailRole});
}

int KbResultModel::rowOfArticle(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).article.id == id)
            return i;
    }
    return -1;
}

QString KbResultModel::title(const KbResultRow& row) const
{
    if (row.article.id > 0)
        return row.article.title;
    if (row.typeGap) {
        const auto type = ticketTypeFromKey(row.gap.key);
        return tr("Type: %1").arg(type ? displayName(*type) : row.gap.key);
    }
    return row.gap.subject;
}

QString KbResultModel::detail(const KbResultRow& row) const
{
    const QLocale locale;
    const KbArticleSummary& a = row.article;
    if (a.id == 0) {
        if (row.typeGap)
            return tr("%1 of %Ln resolved ticket(s) had no article", nullptr, row.gap.resolvedCount)
                .arg(locale.toString(row.gap.ticketCount));
        return tr("%Ln resolved ticket(s) without an article", nullptr, row.gap.ticketCount) +
               kSeparator + tr("newest #%1").arg(row.gap.exampleTicketId);
    }
    const int votes = a.helpfulCount + a.notHelpfulCount;
    switch (m_kind) {
    case KbListKind::MostUsed:
        return tr("Used in replies %Ln time(s)", nullptr, a.insertCount);
    case KbListKind::LeastHelpful:
        return tr("%1% not helpful, %Ln vote(s)", nullptr, votes)
            .arg(locale.toString(votes > 0 ? qRound(100.0 * a.notHelpfulCount / votes) : 0));
    case KbListKind::DueForReview: {
        const QDate today = m_clock.now().toLocalTime().date();
        if (a.reviewBy >= today)
            return tr("Review due today");
        return tr("Review was due %1").arg(locale.toString(a.reviewBy, QLocale::ShortFormat));
    }
    default: {
        QStringList parts{KbLabels::statusName(a.status)};
        const QString path = m_categoryPaths.value(a.categoryId);
        if (!path.isEmpty())
            parts.append(path);
        return parts.join(kSeparator);
    }
    }
}

QString KbResultModel::dateText(qint64 utcMs) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(),
                              QLocale::ShortFormat);
}

QString KbResultModel::plainSnippet(const QString& markdown)
{
    static const QList<QPair<QRegularExpression, QString>> rules = {
        // ![alt](url) and [text](url): the words stay, the address goes.
        {QRegularExpression(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)")), QStringLiteral("\\1")},
        // Block markers at the start of a line: headings, quotes, bullets.
        {QRegularExpression(QStringLiteral("(^|\\n)\\s*(#{1,6}|>|[-*+])\\s+")),
         QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral("\\*\\*|__|`+")), QString()},
        {QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")},
    };
    QString text = markdown;
    for (const auto& [pattern, replacement] : rules)
        text.replace(pattern, replacement);
    return text.trimmed();
}

QString KbResultModel::withoutMarks(const QString& snippet)
{
    QString text = snippet;
    text.remove(KbQueryWorker::kHighlightOpen);
    text.remove(KbQueryWorker::kHighlightClose);
    return text;
}

} // namespace Switchboard
