// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/slapresentation.h"
#include "storage/database.h"
#include "tickets/queuequery.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace Switchboard {

class QueuePageLoader;
struct QueuePage;

// The queue table: one row per ticket of a QueueQuery, read lazily in pages
// of kPageSize with keyset pagination (canFetchMore/fetchMore), so a view of a
// million tickets costs one page until the user scrolls. Pages are read by a
// QueuePageLoader on a worker thread; a generation counter drops the answers
// of queries that were replaced while they ran. Owns the loader and its thread.
class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SlaColumn,
        IdColumn,
        SubjectColumn,
        RequesterColumn,
        ChannelColumn,
        TypeColumn,
        PriorityColumn,
        StatusColumn,
        AssigneeColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        SlaStateRole, // SlaState of the most urgent clock, as int; -1 when not measured
    };
    static constexpr int kPageSize = 200;
    // The "Breaching soon" view: running deadlines within this much wall-clock time.
    static constexpr qint64 kBreachingSoonMs = 2 * 3600 * 1000;
    // "Recently resolved" looks back this far.
    static constexpr qint64 kRecentlyResolvedMs = 7 * 24 * 3600 * 1000LL;

    explicit TicketQueueModel(DatabasePtr database, const Clock& clock = Clock::system(),
                              QObject* parent = nullptr);
    ~TicketQueueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Orders by the column's QueueSortKey and reloads from the first page. The
    // age column sorts by creation time reversed: youngest first is ascending age.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QueueQuery query() const { return m_query; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setScope(QueueScope scope);
    void setSearch(const QString& text);
    // Narrows the current scope to tickets the filter matches.
    void setFilter(const QueueFilter& filter);
    // Scope, filter and search at once: one reload instead of three.
    void setView(QueueScope scope, const QueueFilter& filter, const QString& search);
    // Whose tickets "My open" lists.
    void setAgent(AgentId agent);
    // Reloads from the first page; the old rows stay until the new ones arrive.
    void reload();
    // The same view read again after a change: as many rows as are loaded now
    // (up to kMaxRefreshRows), so the rows the operator scrolled to are still
    // there. Views keep their place; see isRefreshing().
    void refresh();
    // True from refresh() until its rows have replaced the old ones and
    // pageLoaded() has been emitted for them.
    bool isRefreshing() const { return m_refreshing; }
    static constexpr int kMaxRefreshRows = 5000;

    bool isLoading() const { return m_loading; }
    // True once the last page of the current view has been read.
    bool isComplete() const { return m_complete; }
    const QueueRow& rowAt(int row) const { return m_rows.at(row); }
    TicketId ticketIdAt(int row) const;
    int rowOfTicket(TicketId id) const; // -1 when not loaded

    // "3 h", "2 d": compact and translated; counts use the locale's digits.
    static QString formatAge(qint64 milliseconds);

signals:
    void loadingStarted();
    // A page arrived: `first` tells whether it replaced the rows (a new view)
    // or was appended to them.
    void pageLoaded(int rowsInPage, bool first);
    void loadFailed(const QString& message);
    // After every answer of the current view, success or failure; tests wait on it.
    void loadingFinished();

private:
    void setQuery(const QueueQuery& query);
    // Reads the view again from its first row, `limit` rows at once.
    void restart(int limit);
    void requestPage(std::optional<QueueRow> after, int limit = kPageSize);
    void applyPage(const QueuePage& page);
    QVariant displayData(const QueueRow& row, int column) const;
    QVariant toolTipData(const QueueRow& row, int column) const;
    // The ticket's most urgent clock now; not measured when no SLA is stored.
    SlaSummary slaSummary(const QueueRow& row) const;
    QString slaToolTip(const QueueRow& row) const;
    void refreshCountdowns();

    const Clock& m_clock;
    QThread m_thread;
    std::unique_ptr<QueuePageLoader> m_loader;
    QueueQuery m_query;
    int m_sortColumn = SlaColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QueueRow> m_rows;
    QHash<TicketId, TicketSla> m_sla;
    QHash<QString, BusinessCalendar> m_calendars;
    QTimer m_countdown; // business time moves on between pages
    quint64 m_generation = 0;
    QElapsedTimer m_sinceRequest; // request to rows shown, for the debug log
    bool m_loading = false;
    bool m_complete = false;
    bool m_refreshing = false;
};

} // namespace Switchboard
