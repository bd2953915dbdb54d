// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/ratingrepository.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard {

class FieldMessage;

// The form behind "Enter rating…": the overall score, the four criteria of
// the rating system (each optional, "—" when the customer did not say) and
// the customer's own words. It saves through RatingRepository itself, so a
// refusal (the ticket was reopened meanwhile, the database is busy) is shown
// next to what was typed instead of being lost with a closed dialog;
// accepted() comes only once the rating is stored.
class RatingDialog : public QDialog
{
    Q_OBJECT

public:
    enum Criterion
    {
        Reaction,
        Quality,
        Effectiveness,
        Communication,
    };
    static constexpr int kCriterionCount = 4;

    // enteredBy: the agent's login. current: the rating to change, if any.
    RatingDialog(RatingRepository repository, TicketId ticket, const QString& enteredBy,
                 const std::optional<TicketRating>& current, QWidget* parent = nullptr);

    TicketId ticketId() const { return m_ticket; }
    // The rating as the form holds it (score 0 while none is chosen).
    TicketRating rating() const;
    // Why the last save failed; empty when it did not.
    QString errorText() const;

    QComboBox* scoreCombo() const { return m_score; }
    QComboBox* criterionCombo(Criterion criterion) const { return m_criteria.at(criterion); }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* saveButton() const { return m_save; }

    // Stores the rating; accepts the dialog when that worked.
    bool save();

    // "★★★★☆": the score as stars, for the form and the rating view.
    static QString stars(int score);

private:
    QComboBox* addScoreCombo(const QString& objectName, const QString& accessibleName,
                             const std::optional<int>& value);
    void updateSaveButton();

    RatingRepository m_repository;
    TicketId m_ticket;
    QString m_enteredBy;
    QComboBox* m_score = nullptr;
    std::array<QComboBox*, kCriterionCount> m_criteria{};
    QPlainTextEdit* m_comment = nullptr;
    FieldMessage* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace Switchboard
