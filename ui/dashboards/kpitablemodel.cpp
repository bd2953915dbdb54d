// SPDX-License-Identifier: MIT
#include "kpitablemodel.h"

#include "common/slapresentation.h"
#include "dashboardexporter.h"
#include "dashboardformat.h"
#include "dashboardworker.h"
#include "metrics/kpitargetrepository.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace Switchboard {
namespace {

// Amber reaches this far past a target, as a share of the target.
constexpr double kNearTargetShare = 0.10;

enum class Unit
{
    Seconds,
    Percent,
    Score,
};

Unit unitOf(KpiRow row)
{
    switch (row) {
    case KpiRow::FirstResponseMedian:
    case KpiRow::AverageResponse:
    case KpiRow::ResolutionMedian:
        return Unit::Seconds;
    case KpiRow::SatisfactionAverage:
        return Unit::Score;
    case KpiRow::ResolvedPercent:
    case KpiRow::FcrPercent:
    case KpiRow::ReopenRate:
    case KpiRow::SlaFirstResponseCompliance:
        break;
    }
    return Unit::Percent;
}

QString csvField(const QString& text)
{
    return DashboardExporter::csvField(text);
}

QString rawNumber(const std::optional<double>& value)
{
    if (!value)
        return {};
    return QString::number(std::round(*value * 1000.0) / 1000.0, 'f', 3);
}

} // namespace

KpiTableModel::KpiTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void KpiTableModel::setTargetStore(DatabasePtr database)
{
    m_store = std::move(database);
    auto loaded = KpiTargetRepository(m_store).load();
    if (!loaded) {
        qCWarning(lcUiDashboards) << "KPI targets: the defaults are shown:"
                                  << loaded.error().toString();
        return;
    }
    const KpiTargets defaults;
    for (int r = 0; r < kKpiRowCount; ++r) {
        const auto row = KpiRow(r);
        const KpiTargetEntry entry = loaded->entry(key(row));
        m_targets.set(row, entry.targetSet ? entry.target : defaults[row]);
        m_actions[size_t(r)] = entry.action;
    }
    if (m_current)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void KpiTableModel::setEditable(bool editable)
{
    m_editable = editable;
}

void KpiTableModel::setTargets(const KpiTargets& targets)
{
    m_targets = targets;
    if (m_current)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void KpiTableModel::setReports(const KpiReport& current, const std::optional<KpiReport>& previous)
{
    // The rows never change, only their figures; a reset is still the
    // simplest honest signal when a table appears from nothing.
    const bool wasEmpty = !m_current;
    if (wasEmpty)
        beginResetModel();
    m_current = current;
    m_previous = previous;
    if (wasEmpty)
        endResetModel();
    else
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void KpiTableModel::clear()
{
    if (!m_current)
        return;
    beginResetModel();
    m_current.reset();
    m_previous.reset();
    endResetModel();
}

std::optional<double> KpiTableModel::value(const KpiReport& report, KpiRow row)
{
    switch (row) {
    case KpiRow::FirstResponseMedian:
        return report.firstResponse.medianSeconds;
    case KpiRow::AverageResponse:
        return report.response.averageSeconds;
    case KpiRow::ResolutionMedian:
        return report.resolution.medianSeconds;
    case KpiRow::ResolvedPercent:
        return report.resolvedPercent;
    case KpiRow::FcrPercent:
        return report.fcrPercent;
    case KpiRow::ReopenRate:
        return report.reopenRatePercent;
    case KpiRow::SlaFirstResponseCompliance:
        return report.sla[size_t(SlaMetric::FirstResponse)].compliancePercent();
    case KpiRow::SatisfactionAverage:
        return report.satisfactionAverage;
    }
    return std::nullopt;
}

bool KpiTableModel::lowerIsBetter(KpiRow row)
{
    return unitOf(row) == Unit::Seconds || row == KpiRow::ReopenRate;
}

KpiStatus KpiTableModel::status(KpiRow row, std::optional<double> actual,
                                std::optional<double> target)
{
    if (!target)
        return KpiStatus::NoTarget;
    if (!actual)
        return KpiStatus::NoData;
    const double slack = std::abs(*target) * kNearTargetShare;
    if (lowerIsBetter(row)) {
        if (*actual <= *target)
            return KpiStatus::OnTarget;
        return *actual <= *target + slack ? KpiStatus::NearTarget : KpiStatus::OffTarget;
    }
    if (*actual >= *target)
        return KpiStatus::OnTarget;
    return *actual >= *target - slack ? KpiStatus::NearTarget : KpiStatus::OffTarget;
}

QString KpiTableModel::kpiName(KpiRow row)
{
    switch (row) {
    case KpiRow::FirstResponseMedian:
        return tr("First response, median");
    case KpiRow::AverageResponse:
        return tr("Average response time");
    case KpiRow::ResolutionMedian:
        return tr("Resolution, median");
    case KpiRow::ResolvedPercent:
        return tr("Resolved");
    case KpiRow::FcrPercent:
        return tr("First-contact resolution");
    case KpiRow::ReopenRate:
        return tr("Reopen rate");
    case KpiRow::SlaFirstResponseCompliance:
        return tr("SLA first-response compliance");
    case KpiRow::SatisfactionAverage:
        return tr("Satisfaction, average");
    }
    return {};
}

QString KpiTableModel::definition(KpiRow row)
{
    switch (row) {
    case KpiRow::FirstResponseMedian:
        return tr("The median time from a ticket's creation to its first public reply, over the "
                  "tickets first answered in the period; pending time does not count.");
    case KpiRow::AverageResponse:
        return tr("Total response time ÷ number of responses: every public reply in the period "
                  "that answers the creation or the oldest unanswered customer message.");
    case KpiRow::ResolutionMedian:
        return tr("The median time from creation to the last resolution in the period, without "
                  "the time pending or resolved before a reopening.");
    case KpiRow::ResolvedPercent:
        return tr("Of the tickets created in the period, the share resolved or closed at its "
                  "end.");
    case KpiRow::FcrPercent:
        return tr("Of the tickets resolved in the period, the share with exactly one public "
                  "reply up to the resolution and no reopening.");
    case KpiRow::ReopenRate:
        return tr("Of the tickets resolved in the period, the share whose history has a "
                  "reopening.");
    case KpiRow::SlaFirstResponseCompliance:
        return tr("Of the first-response SLA outcomes decided in the period, the share met or "
                  "at goal (done within the limit).");
    case KpiRow::SatisfactionAverage:
        return tr("The mean score (1–5) of the satisfaction ratings given in the period.");
    }
    return {};
}

QString KpiTableModel::key(KpiRow row)
{
    switch (row) {
    case KpiRow::FirstResponseMedian:
        return QStringLiteral("first_response_median");
    case KpiRow::AverageResponse:
        return QStringLiteral("response_average");
    case KpiRow::ResolutionMedian:
        return QStringLiteral("resolution_median");
    case KpiRow::ResolvedPercent:
        return QStringLiteral("resolved_pct");
    case KpiRow::FcrPercent:
        return QStringLiteral("fcr_pct");
    case KpiRow::ReopenRate:
        return QStringLiteral("reopen_rate_pct");
    case KpiRow::SlaFirstResponseCompliance:
        return QStringLiteral("sla_first_response_compliance_pct");
    case KpiRow::SatisfactionAverage:
        return QStringLiteral("satisfaction_avg");
    }
    return {};
}

double KpiTableModel::editUnit(KpiRow row)
{
    return unitOf(row) == Unit::Seconds ? 60.0 : 1.0;
}

QString KpiTableModel::formatValue(KpiRow row, std::optional<double> value)
{
    switch (unitOf(row)) {
    case Unit::Seconds:
        return DashboardFormat::duration(value);
    case Unit::Score:
        return DashboardFormat::score(value);
    case Unit::Percent:
        break;
    }
    return DashboardFormat::percent(value);
}

std::optional<double> KpiTableModel::actual(KpiRow row) const
{
    return m_current ? value(*m_current, row) : std::nullopt;
}

std::optional<double> KpiTableModel::previous(KpiRow row) const
{
    return m_previous ? value(*m_previous, row) : std::nullopt;
}

QString KpiTableModel::targetText(KpiRow row) const
{
    const std::optional<double> target = m_targets[row];
    if (!target)
        return tr("—", "no target");
    const QString figure = formatValue(row, target);
    return lowerIsBetter(row) ? tr("≤ %1", "a target not to exceed").arg(figure)
                              : tr("≥ %1", "a target to reach").arg(figure);
}

QString KpiTableModel::statusText(KpiStatus status) const
{
    switch (status) {
    case KpiStatus::NoTarget:
        return tr("No target");
    case KpiStatus::NoData:
        return tr("No data");
    case KpiStatus::OnTarget:
        return tr("On target");
    case KpiStatus::NearTarget:
        return tr("Within 10 %");
    case KpiStatus::OffTarget:
        return tr("Off target");
    }
    return {};
}

std::optional<int> KpiTableModel::trendDirection(KpiRow row) const
{
    const auto now = actual(row);
    const auto before = previous(row);
    if (!now || !before)
        return std::nullopt;
    // What reads the same is the same: no arrow for a change the table
    // does not show.
    if (formatValue(row, now) == formatValue(row, before))
        return 0;
    const bool rose = *now > *before;
    return rose == lowerIsBetter(row) ? -1 : 1;
}

QString KpiTableModel::trendText(KpiRow row) const
{
    const std::optional<int> direction = trendDirection(row);
    if (!direction)
        return tr("—", "no trend");
    if (*direction == 0)
        return tr("= unchanged");
    const double change = *actual(row) - *previous(row);
    const QLocale locale;
    QString amount;
    switch (unitOf(row)) {
    case Unit::Seconds:
        amount = DashboardFormat::duration(std::abs(change));
        break;
    case Unit::Percent:
        amount = tr("%1 pts", "percentage points").arg(locale.toString(std::abs(change), 'f', 1));
        break;
    case Unit::Score:
        amount = locale.toString(std::abs(change), 'f', 2);
        break;
    }
    if (change > 0) {
        return *direction > 0 ? tr("▲ %1, better", "the figure rose by %1").arg(amount)
                              : tr("▲ %1, worse", "the figure rose by %1").arg(amount);
    }
    return *direction > 0 ? tr("▼ %1, better", "the figure fell by %1").arg(amount)
                          : tr("▼ %1, worse", "the figure fell by %1").arg(amount);
}

QString KpiTableModel::tooltip(KpiRow row, int column) const
{
    const KpiReport& report = *m_current;
    const QLocale locale;
    auto basis = [&](const KpiReport& r) -> QString {
        switch (row) {
        case KpiRow::FirstResponseMedian:
            return tr("median of %Ln first response(s)", "", int(r.firstResponse.count));
        case KpiRow::AverageResponse:
            return tr("total response time ÷ %Ln response(s)", "", int(r.response.count));
        case KpiRow::ResolutionMedian:
            return tr("median of %Ln resolution(s), pending time excluded", "",
                      int(r.resolution.count));
        case KpiRow::ResolvedPercent:
            return tr("of %Ln ticket(s) created in the period, the share resolved or closed at "
                      "its end",
                      "", int(r.ticketsCreated));
        case KpiRow::FcrPercent:
            return tr("of %Ln ticket(s) resolved, the share resolved with exactly one reply and "
                      "not reopened",
                      "", int(r.ticketsResolved));
        case KpiRow::ReopenRate:
            return tr("of %Ln ticket(s) resolved, the share ever reopened", "",
                      int(r.ticketsResolved));
        case KpiRow::SlaFirstResponseCompliance:
            return tr("met or at goal, of %Ln first-response SLA outcome(s) decided", "",
                      int(r.sla[size_t(SlaMetric::FirstResponse)].measured()));
        case KpiRow::SatisfactionAverage:
            return tr("mean of %Ln rating(s) out of 5", "", int(r.ratingsCount));
        }
        return {};
    };
    switch (Column(column)) {
    case KpiColumn:
        return definition(row) + u'\n' +
               tr("%1: %2 (%3)", "KPI: figure (how it is computed)")
                   .arg(kpiName(row), formatValue(row, actual(row)), basis(report));
    case ActualColumn:
        return tr("%1: %2 (%3)", "KPI: figure (how it is computed)")
            .arg(kpiName(row), formatValue(row, actual(row)), basis(report));
    case ActionColumn:
        if (isEditable())
            return tr("What the team does about this figure. Double-click to edit; saved for "
                      "the whole team.");
        return m_actions[size_t(row)];
    case TargetColumn:
    case StatusColumn: {
        const std::optional<double> target = m_targets[row];
        const QString edit =
            column == TargetColumn && isEditable()
                ? u'\n' + tr("Double-click to edit; saved for the whole team. 0 clears it.")
                : QString();
        if (!target)
            return tr("No target is set for this figure.") + edit;
        const double slack = std::abs(*target) * kNearTargetShare;
        const double edge = lowerIsBetter(row) ? *target + slack : *target - slack;
        return tr("Target %1. Amber within 10 % of it: up to %2.")
                   .arg(targetText(row), formatValue(row, edge)) +
               edit;
    }
    case PreviousColumn:
    case TrendColumn: {
        if (!m_previous)
            return tr("The previous period was not computed.");
        const QString range = DashboardFormat::period({m_previous->fromMs, m_previous->toMs});
        const auto before = previous(row);
        const auto now = actual(row);
        QString text = tr("Previous period (%1): %2 (%3)")
                           .arg(range, formatValue(row, before), basis(*m_previous));
        if (before && now && *before != 0) {
            text += u'\n' +
                    tr("Change: %1 %", "relative change in percent")
                        .arg(locale.toString((*now - *before) / std::abs(*before) * 100.0, 'f', 1));
        }
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

int KpiTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_current ? 0 : kKpiRowCount;
}

int KpiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = KpiRow(index.row());
    const int column = index.column();
    const KpiStatus rowStatus = status(row, actual(row), m_targets[row]);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(column)) {
        case KpiColumn:
            return kpiName(row);
        case TargetColumn:
            return targetText(row);
        case ActualColumn:
            return formatValue(row, actual(row));
        case StatusColumn:
            return statusText(rowStatus);
        case PreviousColumn:
            return m_previous ? formatValue(row, previous(row)) : tr("—", "not computed");
        case TrendColumn:
            return trendText(row);
        case ActionColumn:
            return m_actions[size_t(row)];
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        if (column == TargetColumn) {
            const std::optional<double> target = m_targets[row];
            return target ? *target / editUnit(row) : 0.0;
        }
        if (column == ActionColumn)
            return m_actions[size_t(row)];
        break;
    case Qt::BackgroundRole:
        // Red, amber, green behind the status word, light enough for the
        // text and the same hues as the icons.
        if (column == StatusColumn) {
            QColor tint;
            switch (rowStatus) {
            case KpiStatus::OnTarget:
                tint = DashboardFormat::green();
                break;
            case KpiStatus::NearTarget:
                tint = DashboardFormat::orange();
                break;
            case KpiStatus::OffTarget:
                tint = DashboardFormat::vermilion();
                break;
            case KpiStatus::NoTarget:
            case KpiStatus::NoData:
                return {};
            }
            tint.setAlphaF(0.22f);
            return tint;
        }
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            switch (rowStatus) {
            case KpiStatus::OnTarget:
                return SlaPresentation::icon(SlaState::Met);
            case KpiStatus::NearTarget:
                return SlaPresentation::icon(SlaState::Warning);
            case KpiStatus::OffTarget:
                return SlaPresentation::icon(SlaState::Breached);
            case KpiStatus::NoTarget:
            case KpiStatus::NoData:
                break;
            }
        }
        break;
    case Qt::ForegroundRole:
        if (column == TrendColumn) {
            const std::optional<int> direction = trendDirection(row);
            if (!direction || *direction == 0)
                break;
            if (*direction < 0)
                return DashboardFormat::vermilion();
            return DashboardFormat::isDark(QApplication::palette()) ? DashboardFormat::skyBlue()
                                                                    : DashboardFormat::blue();
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == KpiColumn || column == StatusColumn || column == TrendColumn ||
            column == ActionColumn)
            return QVariant(Qt::AlignLeading | Qt::AlignVCenter);
        return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case ValueRole: {
        std::optional<double> figure;
        if (column == TargetColumn)
            figure = m_targets[row];
        else if (column == ActualColumn)
            figure = actual(row);
        else if (column == PreviousColumn)
            figure = previous(row);
        return figure ? QVariant(*figure) : QVariant();
    }
    case StatusRole:
        return int(rowStatus);
    case RowRole:
        return int(row);
    default:
        break;
    }
    return {};
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KpiColumn:
        return tr("KPI");
    case TargetColumn:
        return tr("Target");
    case ActualColumn:
        return tr("Actual");
    case StatusColumn:
        return tr("Status");
    case PreviousColumn:
        return tr("Previous period");
    case TrendColumn:
        return tr("Trend");
    case ActionColumn:
        return tr("Action");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags KpiTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable() &&
        (index.column() == TargetColumn || index.column() == ActionColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool KpiTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isEditable() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto row = KpiRow(index.row());
    std::optional<double> target = m_targets[row];
    QString action = m_actions[size_t(row)];
    if (index.column() == TargetColumn) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (value.isValid() && !value.toString().isEmpty() && !ok)
            return false;
        // 0 (or nothing) clears the target: no KPI has a target of 0.
        target = ok && number > 0 ? std::optional(number * editUnit(row)) : std::nullopt;
        if (unitOf(row) == Unit::Percent && target && *target > 100)
            return false;
        if (unitOf(row) == Unit::Score && target && *target > 5)
            return false;
    } else if (index.column() == ActionColumn) {
        action = value.toString().trimmed();
    } else {
        return false;
    }
    if (!store(row, target, action))
        return false;
    m_targets.set(row, target);
    m_actions[size_t(row)] = action;
    // The status and its tint follow the target.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

bool KpiTableModel::store(KpiRow row, std::optional<double> target, const QString& action)
{
    KpiTargetEntry entry;
    entry.targetSet = true;
    entry.target = target;
    entry.action = action;
    // A target equal to the built-in default is still stored: the team
    // decided it, and a later change of the default must not move it.
    if (Status saved = KpiTargetRepository(m_store).saveEntry(key(row), entry); !saved) {
        qCWarning(lcUiDashboards) << "KPI target not saved:" << saved.error().toString();
        emit saveFailed(saved.error().toString());
        return false;
    }
    return true;
}

QString KpiTableModel::toCsv() const
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(csvField(headerData(column, Qt::Horizontal).toString()));
    header << csvField(tr("Actual (number)")) << csvField(tr("Previous (number)"))
           << csvField(tr("Unit"));
    QString csv = header.join(u',') + QStringLiteral("\r\n");
    for (int r = 0; r < rowCount(); ++r) {
        const auto row = KpiRow(r);
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields.append(csvField(index(r, column).data().toString()));
        fields << rawNumber(actual(row)) << rawNumber(previous(row));
        switch (unitOf(row)) {
        case Unit::Seconds:
            fields << QStringLiteral("seconds");
            break;
        case Unit::Percent:
            fields << QStringLiteral("percent");
            break;
        case Unit::Score:
            fields << QStringLiteral("score");
            break;
        }
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace Switchboard
