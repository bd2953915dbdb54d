// SPDX-License-Identifier: MIT
#include "kpitablemodel.h"

#include "common/slapresentation.h"
#include "dashboardformat.h"

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
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
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
    case ActualColumn:
        return tr("%1: %2 (%3)", "KPI: figure (how it is computed)")
            .arg(kpiName(row), formatValue(row, actual(row)), basis(report));
    case TargetColumn:
    case StatusColumn: {
        const std::optional<double> target = m_targets[row];
        if (!target)
            return tr("No target is set for this figure.");
        const double slack = std::abs(*target) * kNearTargetShare;
        const double edge = lowerIsBetter(row) ? *target + slack : *target - slack;
        return tr("Target %1. Amber within 10 % of it: up to %2.")
            .arg(targetText(row), formatValue(row, edge));
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
        case ColumnCount:
            break;
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
        if (column == KpiColumn || column == StatusColumn || column == TrendColumn)
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
    case ColumnCount:
        break;
    }
    return {};
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
