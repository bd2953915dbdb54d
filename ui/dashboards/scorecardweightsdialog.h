// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/agentscorecard.h"
#include "storage/database.h"

#include <QDialog>

#include <array>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace Switchboard {

// Edits the weights of the agents' scorecard total (docs/metrics.md, "The
// agents' scorecard"): one spin box per criterion, 0 to 10 in steps of 0.5,
// with the criterion's live share of the total beside it. OK stores them
// through MetricsEngine::setScorecardWeights(); when that refuses (all 0) the
// dialog stays open with the reason and nothing is stored. Reads and writes
// one settings row on the calling thread, as the KPI targets do.
class ScorecardWeightsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr double kMaxWeight = 10.0;
    static constexpr double kStep = 0.5;

    explicit ScorecardWeightsDialog(DatabasePtr database, QWidget* parent = nullptr);

    // The weights in the spin boxes.
    ScorecardWeights weights() const;
    void setWeights(const ScorecardWeights& weights);
    QDoubleSpinBox* spinBox(ScorecardCriterion criterion) const
    {
        return m_spins[size_t(criterion)];
    }
    QLabel* shareLabel(ScorecardCriterion criterion) const { return m_shares[size_t(criterion)]; }
    // The reason the last OK did not save; empty otherwise.
    QString errorText() const;

    static QString criterionName(ScorecardCriterion criterion);
    // One line: what the criterion measures.
    static QString criterionDescription(ScorecardCriterion criterion);

public slots:
    // Stores the weights; stays open with the reason when that fails.
    void accept() override;
    // Every weight back to 1.
    void restoreDefaults();

private:
    void updateShares();
    void showError(const QString& message);

    DatabasePtr m_database;
    std::array<QDoubleSpinBox*, kScorecardCriteria> m_spins{};
    std::array<QLabel*, kScorecardCriteria> m_shares{};
    QLabel* m_error = nullptr;
};

} // namespace Switchboard
