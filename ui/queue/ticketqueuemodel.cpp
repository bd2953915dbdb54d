// SPDX-License-Identifier: MIT
#include "ticketqueuemodel.h"

#include "common/uilogging.h"
#include "queuepageloader.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace Switchboard {
namespace {

// Which stored order each column is read in; the age column is handled in sort().
QueueSortKey sortKeyFor(int column)
{
    switch (column) {
    case TicketQueueModel::SlaColumn:
        return QueueSortKey::Urgency;
    case TicketQueueModel::IdColumn:
        return QueueSortKey::Id;
    case TicketQueueModel::SubjectColumn:
        return QueueSortKey::Subject;
    case TicketQueueModel::RequesterColumn:
        return QueueSortKey::Requester;
    case TicketQueueModel::ChannelColumn:
        return QueueSortKey::Channel;
    case TicketQueueModel::TypeColumn:
        return QueueSortKey::Type;
    case TicketQueueModel::PriorityColumn:
        return QueueSortKey::Priority;
    case TicketQueueModel::StatusColumn:
        return QueueSortKey::Status;
    case TicketQueueModel::AssigneeColumn:
        return QueueSortKey::Assignee;
    case TicketQueueModel::AgeColumn:
        return QueueSortKey::Created;
    default:
        return QueueSortKey::Urgency;
    }
}

QPixmap urgentPixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // Okabe–Ito vermilion; the shape and the bold "P1" beside it carry the
    // meaning for readers who do not see the colour.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xD5, 0x5E, 0x00));
    const qreal margin = size / 16.0;
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    painter.setBrush(Qt::white);
    const qreal barWidth = size * 0.16;
    const qreal x = (size - barWidth) / 2;
    painter.drawRoundedRect(QRectF(x, size * 0.2, barWidth, size * 0.4), barWidth / 3,
                            barWidth / 3);
    painter.drawEllipse(QRectF(x, size * 0.68, barWidth, barWidth));
    return pixmap;
}

const QIcon& urgentIcon()
{
    static const QIcon icon = [] {
        QIcon result;
        for (int size : {16, 24, 32, 48})
            result.addPixmap(urgentPixmap(size));
        return result;
    }();
    return icon;
}

QString localDateTime(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
                              QLocale::LongFormat);
}

} // namespace

TicketQueueModel::TicketQueueModel(DatabasePtr database, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_loader(std::make_unique<QueuePageLoader>(std::move(database)))
{
    qRegisterMetaType<QueuePage>();
    m_thread.setObjectName(QStringLiteral("queue-loader"));
    m_loader->moveToThread(&m_thread);
    // finished is emitted on the worker thread itself: the only place its
    // database connection may be closed.
    connect(&m_thread, &QThread::finished, m_loader.get(), &QueuePageLoader::releaseConnection,
            Qt::DirectConnection);
    connect(m_loader.get(), &QueuePageLoader::pageLoaded, this, &TicketQueueModel::applyPage,
            Qt::QueuedConnection);
    m_thread.start();
    m_countdown.setInterval(30'000);
    connect(&m_countdown, &QTimer::timeout, this, &TicketQueueModel::refreshCountdowns);
    m_countdown.start();
}

TicketQueueModel::~TicketQueueModel()
{
    m_loader->supersede(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

int TicketQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case TicketIdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == AgeColumn || column == SlaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SlaStateRole: {
        const SlaSummary summary = slaSummary(row);
        return summary.measured ? int(summary.state.state) : -1;
    }
    case Qt::DecorationRole:
        if (column == PriorityColumn && row.priority == 1)
            return urgentIcon();
        if (column == SlaColumn) {
            const SlaSummary summary = slaSummary(row);
            if (summary.measured)
                return SlaPresentation::icon(summary.state.state);
        }
        return {};
    case Qt::FontRole:
        if (column == PriorityColumn && row.priority == 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (column == AssigneeColumn && row.assigneeName.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == AssigneeColumn && row.assigneeName.isEmpty())
            return QApplication::palette().brush(QPalette::PlaceholderText);
        if (column == SlaColumn) {
            const SlaSummary summary = slaSummary(row);
            const QColor color = SlaPresentation::color(summary.state.state);
            if (summary.measured && color.isValid())
                return color;
            if (summary.measured && summary.state.state == SlaState::Paused)
                return QApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    default:
        return {};
    }
}

QVariant TicketQueueModel::displayData(const QueueRow& row, int column) const
{
    switch (column) {
    case SlaColumn: {
        const SlaSummary summary = slaSummary(row);
        if (!summary.measured)
            return QString();
        switch (summary.state.phase) {
        case SlaPhase::Running:
            return SlaPresentation::timeLeft(summary.state.secondsLeft);
        case SlaPhase::Paused:
            return tr("paused, %1").arg(SlaPresentation::timeLeft(summary.state.secondsLeft));
        case SlaPhase::Finished:
        case SlaPhase::Inactive:
            break;
        }
        return displayName(summary.state.state);
    }
    case IdColumn:
        return QStringLiteral("#%1").arg(row.id);
    case SubjectColumn:
        return row.subject;
    case RequesterColumn:
        return row.requesterName.isEmpty() ? row.requesterEmail : row.requesterName;
    case ChannelColumn:
        return displayName(row.channel);
    case TypeColumn:
        return displayName(row.type);
    case PriorityColumn:
        return tr("P%1").arg(row.priority);
    case StatusColumn:
        return displayName(row.status);
    case AssigneeColumn:
        return row.assigneeName.isEmpty() ? tr("unassigned") : row.assigneeName;
    case AgeColumn:
        return formatAge(m_clock.nowMs() - row.createdAt);
    default:
        return {};
    }
}

QVariant TicketQueueModel::toolTipData(const QueueRow& row, int column) const
{
    switch (column) {
    case SlaColumn:
        return slaToolTip(row);
    case SubjectColumn:
        return row.subject;
    case RequesterColumn:
        return row.requesterName.isEmpty()
                   ? row.requesterEmail
                   : QStringLiteral("%1 <%2>").arg(row.requesterName, row.requesterEmail);
    case PriorityColumn:
        switch (row.priority) {
        case 1:
            return tr("Priority 1: highest");
        case 4:
            return tr("Priority 4: lowest");
        default:
            return tr("Priority %1").arg(row.priority);
        }
    case AgeColumn:
        return tr("Created %1").arg(localDateTime(row.createdAt));
    default:
        return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SlaColumn:
            return tr("SLA");
        case IdColumn:
            return tr("ID");
        case SubjectColumn:
            return tr("Subject");
        case RequesterColumn:
            return tr("Requester");
        case ChannelColumn:
            return tr("Channel");
        case TypeColumn:
            return tr("Type");
        case PriorityColumn:
            return tr("Priority");
        case StatusColumn:
            return tr("Status");
        case AssigneeColumn:
            return tr("Assignee");
        case AgeColumn:
            return tr("Age");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == AgeColumn)
        return tr("Time since the ticket was created");
    if (role == Qt::ToolTipRole && section == SlaColumn)
        return tr("Business time left to the nearest SLA deadline; sorted, overdue tickets "
                  "come first");
    if (role == Qt::TextAlignmentRole &&
        (section == IdColumn || section == AgeColumn || section == SlaColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool TicketQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_complete;
}

void TicketQueueModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_generation == 0 || m_rows.isEmpty()) {
        reload();
        return;
    }
    requestPage(m_rows.constLast());
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    QueueQuery query = m_query;
    query.sortKey = sortKeyFor(column);
    query.order = order;
    if (column == AgeColumn)
        query.order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    setQuery(query);
}

void TicketQueueModel::setScope(QueueScope scope)
{
    QueueQuery query = m_query;
    query.scope = scope;
    setQuery(query);
}

void TicketQueueModel::setAgent(AgentId agent)
{
    QueueQuery query = m_query;
    query.agentId = agent;
    setQuery(query);
}

void TicketQueueModel::setSearch(const QString& text)
{
    QueueQuery query = m_query;
    query.search = text.trimmed();
    setQuery(query);
}

void TicketQueueModel::setFilter(const QueueFilter& filter)
{
    QueueQuery query = m_query;
    query.filter = filter;
    setQuery(query);
}

void TicketQueueModel::setView(QueueScope scope, const QueueFilter& filter, const QString& search)
{
    QueueQuery query = m_query;
    query.scope = scope;
    query.filter = filter;
    query.search = search.trimmed();
    setQuery(query);
}

void TicketQueueModel::setQuery(const QueueQuery& query)
{
    if (query == m_query && m_generation != 0)
        return;
    m_query = query;
    reload();
}

void TicketQueueModel::reload()
{
    m_refreshing = false;
    restart(kPageSize);
}

void TicketQueueModel::refresh()
{
    // Whole pages, so paging on from here behaves as before.
    const int loaded = std::clamp(static_cast<int>(m_rows.size()), 1, kMaxRefreshRows);
    m_refreshing = true;
    restart((loaded + kPageSize - 1) / kPageSize * kPageSize);
}

void TicketQueueModel::restart(int limit)
{
    // "Soon" is measured from the moment the view is (re)loaded.
    if (m_query.scope == QueueScope::BreachingSoon)
        m_query.dueBeforeMs = m_clock.nowMs() + kBreachingSoonMs;
    if (m_query.scope == QueueScope::RecentlyResolved)
        m_query.resolvedSinceMs = m_clock.nowMs() - kRecentlyResolvedMs;
    ++m_generation;
    m_loader->supersede(m_generation);
    m_complete = false;
    requestPage(std::nullopt, limit);
    emit loadingStarted();
}

void TicketQueueModel::requestPage(std::optional<QueueRow> after, int limit)
{
    m_loading = true;
    m_sinceRequest.start();
    QueuePageRequest request{m_generation, m_query, std::move(after), limit};
    QueuePageLoader* loader = m_loader.get();
    QMetaObject::invokeMethod(
        loader, [loader, request] { loader->load(request); }, Qt::QueuedConnection);
}

void TicketQueueModel::applyPage(const QueuePage& page)
{
    if (page.generation != m_generation)
        return;
    if (page.error) {
        m_loading = false;
        m_refreshing = false;
        // Stop paging: asking again would only repeat the error on every scroll.
        m_complete = true;
        qCWarning(lcUiQueue) << "queue page failed:" << page.error->toString();
        emit loadFailed(page.error->toString());
        emit loadingFinished();
        return;
    }
    // Still "loading" while the rows go in: views and testers that react to
    // the insertion by asking for more must not ask for this page again.
    m_calendars.insert(page.calendars);
    if (page.firstPage) {
        beginResetModel();
        m_rows = page.rows;
        m_sla = page.sla;
        endResetModel();
    } else if (!page.rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
        m_rows += page.rows;
        m_sla.insert(page.sla);
        endInsertRows();
    }
    m_loading = false;
    m_complete = page.rows.size() < page.limit;
    qCDebug(lcUiQueue) << (page.firstPage ? "first" : "next") << "page of" << page.rows.size()
                       << "rows shown" << m_sinceRequest.elapsed() << "ms after the request,"
                       << page.elapsedMs << "ms of it in the repository";
    emit pageLoaded(static_cast<int>(page.rows.size()), page.firstPage);
    if (page.firstPage)
        m_refreshing = false;
    emit loadingFinished();
}

SlaSummary TicketQueueModel::slaSummary(const QueueRow& row) const
{
    const auto sla = m_sla.constFind(row.id);
    if (sla == m_sla.cend())
        return {};
    const auto calendar = m_calendars.constFind(sla->calendar);
    if (calendar == m_calendars.cend())
        return {};
    return SlaSummary::of(*sla, m_clock.nowMs(), *calendar);
}

QString TicketQueueModel::slaToolTip(const QueueRow& row) const
{
    const SlaSummary summary = slaSummary(row);
    if (!summary.measured)
        return tr("No SLA policy measures this ticket");
    const SlaMetricState& state = summary.state;
    QString text = tr("%1: %2").arg(displayName(summary.metric), displayName(state.state));
    if (state.limitDueAt) {
        text += u'\n' + tr("Due %1 (limit)").arg(SlaPresentation::wallClock(*state.limitDueAt));
        if (state.goalDueAt && *state.goalDueAt != *state.limitDueAt)
            text += u'\n' + tr("Goal %1").arg(SlaPresentation::wallClock(*state.goalDueAt));
    }
    if (state.pausedSeconds > 0)
        text += u'\n' + tr("Paused for %1").arg(SlaPresentation::duration(state.pausedSeconds));
    text += u'\n' + tr("Business hours of %1").arg(summary.calendar);
    return text;
}

void TicketQueueModel::refreshCountdowns()
{
    if (m_rows.isEmpty())
        return;
    emit dataChanged(
        index(0, SlaColumn), index(int(m_rows.size()) - 1, SlaColumn),
        {Qt::DisplayRole, Qt::DecorationRole, Qt::ForegroundRole, Qt::ToolTipRole, SlaStateRole});
}

TicketId TicketQueueModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TicketQueueModel::rowOfTicket(TicketId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString TicketQueueModel::formatAge(qint64 milliseconds)
{
    // Abbreviated units do not inflect ("5 мин", "21 мин"), so no plural forms.
    const QLocale locale;
    const qint64 minutes = std::max<qint64>(0, milliseconds) / 60000;
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("%1 min", "age in minutes").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h", "age in hours").arg(locale.toString(hours));
    return tr("%1 d", "age in days").arg(locale.toString(hours / 24));
}

} // namespace Switchboard
