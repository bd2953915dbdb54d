// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/kpireport.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>

namespace Switchboard {

// The rows of the dashboard's KPI table, in their order.
enum class KpiRow
{
    FirstResponseMedian,
    AverageResponse,
    ResolutionMedian,
    ResolvedPercent,
    FcrPercent,
    ReopenRate,
    SlaFirstResponseCompliance,
    SatisfactionAverage,
};
inline constexpr int kKpiRowCount = 8;

// Where an actual figure stands against its target. Amber is "within 10 %":
// a figure that misses its target by at most a tenth of the target's value
// (a median up to 66 min against 1 h; 85.5 % and more against 95 %
// resolved; 4.05 and more against a 4.5 satisfaction). A target is met
// when the figure equals it.
enum class KpiStatus
{
    NoTarget, // the row has no target
    NoData,   // the period does not define the figure
    OnTarget,
    NearTarget, // amber
    OffTarget,
};

// Targets of the KPI table, in the rows' units (seconds, percent 0..100, a
// score 1..5); an empty one shows "—" and no status. The defaults are the
// figures of REQUIREMENTS.md: reaction under 1 h (for the first-response
// median and the average response), resolution under 24 h, 95 % resolved,
// satisfaction 4.5 out of 5; the sources give none for the others.
struct KpiTargets
{
    std::array<std::optional<double>, kKpiRowCount> values{
        3600.0, 3600.0, 86400.0, 95.0, std::nullopt, std::nullopt, std::nullopt, 4.5};

    std::optional<double> operator[](KpiRow row) const { return values[size_t(row)]; }
    void set(KpiRow row, std::optional<double> value) { values[size_t(row)] = value; }
};

// The KPI table: one row per KpiRow; columns KPI, target, actual, status,
// previous period and trend. Status is an icon plus a word and the trend an
// arrow plus a word ("▲ 12 min, worse"), so neither depends on colour.
// Holds the two reports it shows; empty (no rows) until given one.
class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KpiColumn,
        TargetColumn,
        ActualColumn,
        StatusColumn,
        PreviousColumn,
        TrendColumn,
        ColumnCount
    };
    enum Role
    {
        // The figure as a number in the row's unit (double), invalid when
        // undefined; in the target, actual and previous columns.
        ValueRole = Qt::UserRole + 1,
        StatusRole, // KpiStatus as int, in every column
        RowRole,    // KpiRow as int, in every column
    };

    explicit KpiTableModel(QObject* parent = nullptr);

    void setTargets(const KpiTargets& targets);
    const KpiTargets& targets() const { return m_targets; }
    // previous: the same length just before; empty when not computed.
    void setReports(const KpiReport& current, const std::optional<KpiReport>& previous);
    void clear();
    bool isEmpty() const { return !m_current; }

    static std::optional<double> value(const KpiReport& report, KpiRow row);
    // Lower is better for durations and the reopen rate.
    static bool lowerIsBetter(KpiRow row);
    static KpiStatus status(KpiRow row, std::optional<double> actual, std::optional<double> target);
    static QString kpiName(KpiRow row);
    static QString formatValue(KpiRow row, std::optional<double> value);

    // The table as RFC 4180 CSV: the shown texts, then the raw actual and
    // previous figures (seconds, percent or score; '.' decimals) and their unit.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString targetText(KpiRow row) const;
    QString statusText(KpiStatus status) const;
    QString trendText(KpiRow row) const;
    QString tooltip(KpiRow row, int column) const;
    // +1 better, -1 worse, 0 unchanged; empty without both figures.
    std::optional<int> trendDirection(KpiRow row) const;
    std::optional<double> actual(KpiRow row) const;
    std::optional<double> previous(KpiRow row) const;

    KpiTargets m_targets;
    std::optional<KpiReport> m_current;
    std::optional<KpiReport> m_previous;
};

} // namespace Switchboard
