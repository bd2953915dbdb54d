// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "kbqueryworker.h"

#include <QAbstractListModel>
#include <QHash>

namespace Switchboard {

// One row of the knowledge view's middle list: an article, or a coverage gap
// (article.id 0) when the list is the coverage report.
struct KbResultRow
{
    KbArticleSummary article;
    QString snippet; // search only: plain text, matches between the worker's marks
    KbCoverageGap gap;
    bool typeGap = false; // the gap is a ticket type, not a subject
};

// The rows of the knowledge view's middle list, as the worker answered them.
// Only presents: what is listed and in which order is decided in core
// (KbSearch, KbCatalog, KbUsageRepository).
class KbResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        LanguageMarkRole, // "RU"; empty for a gap
        SnippetRole,      // plain text with the worker's highlight marks
        DetailRole,       // the second line when there is no snippet
        DateRole,         // last updated, in the user's locale
        TicketIdRole,     // a gap's newest ticket
    };

    explicit KbResultModel(const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setAnswer(const KbListAnswer& answer);
    void clear();
    // Names shown for categories in the rows' detail line ("Hardware/Printers").
    void setCategoryPaths(const QHash<qint64, QString>& paths);

    KbListKind kind() const { return m_kind; }
    const KbResultRow& rowAt(int row) const { return m_rows.at(row); }
    int rowOfArticle(qint64 id) const; // -1 when not listed

    // A Markdown excerpt as one line of reading text: markup, line breaks and
    // runs of spaces go; the highlight marks stay.
    static QString plainSnippet(const QString& markdown);
    static QString withoutMarks(const QString& snippet);

private:
    QString title(const KbResultRow& row) const;
    QString detail(const KbResultRow& row) const;
    QString dateText(qint64 utcMs) const;

    const Clock& m_clock;
    KbListKind m_kind = KbListKind::Browse;
    QList<KbResultRow> m_rows;
    QHash<qint64, QString> m_categoryPaths;
};

} // namespace Switchboard
