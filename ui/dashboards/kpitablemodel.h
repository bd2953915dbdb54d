// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/kpireport.h"
#include "storage/database.h"

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
// previous period, trend and action. Status is an icon plus a word (on a
// red, amber or green tint) and the trend an arrow plus a word ("▲ 12 min,
// worse"), so neither depends on colour. Holds the two reports it shows;
// empty (no rows) until given one. With a database (setTargetStore), the
// target and action cells are editable and every edit is stored for the
// team (app_settings "kpi.targets", KpiTargetRepository); the status is
// recomputed from the edited target at once. The target's edit value is in
// the editor's unit: minutes for durations, percent, or a score; 0 or an
// empty value clears it ("no target").
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
        ActionColumn,
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

    // Loads the stored targets and action notes over the defaults and makes
    // the target and action columns editable. A stored value that does not
    // read leaves the defaults, with a warning in the log.
    void setTargetStore(DatabasePtr database);
    bool isEditable() const { return m_store != nullptr && m_editable; }
    // Off: the cells are read-only even with a store (for agents who are not team leads).
    void setEditable(bool editable);

    void setTargets(const KpiTargets& targets);
    const KpiTargets& targets() const { return m_targets; }
    QString action(KpiRow row) const { return m_actions[size_t(row)]; }
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
    // One sentence from docs/metrics.md: what the figure is.
    static QString definition(KpiRow row);
    // The row's key in the stored targets ("first_response_median", ...).
    static QString key(KpiRow row);
    // What the target's editor counts in: 60 for durations (minutes), else 1.
    static double editUnit(KpiRow row);

    // The table as RFC 4180 CSV: the shown texts, then the raw actual and
    // previous figures (seconds, percent or score; '.' decimals) and their unit.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // An edit could not be stored; the cell kept its old value.
    void saveFailed(const QString& message);

private:
    bool store(KpiRow row, std::optional<double> target, const QString& action);
    QString targetText(KpiRow row) const;
    QString statusText(KpiStatus status) const;
    QString trendText(KpiRow row) const;
    QString tooltip(KpiRow row, int column) const;
    // +1 better, -1 worse, 0 unchanged; empty without both figures.
    std::optional<int> trendDirection(KpiRow row) const;
    std::optional<double> actual(KpiRow row) const;
    std::optional<double> previous(KpiRow row) const;

    KpiTargets m_targets;
    std::array<QString, kKpiRowCount> m_actions;
    DatabasePtr m_store;
    bool m_editable = true;
    std::optional<KpiReport> m_current;
    std::optional<KpiReport> m_previous;
};

} // namespace Switchboard
