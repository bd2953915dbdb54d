// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "storage/database.h"
#include "tickets/ratingrepository.h"
#include "tickets/ticket.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Switchboard {

class RatingDialog;

// The customer-rating block of the ticket pane, under the SLA: the rating
// as stars with a text equivalent ("★★★★☆ 4/5 · reaction 5 · quality 4"),
// the customer's comment, who entered it and when, and where it came from;
// or "Not rated yet". "Enter rating…" opens a RatingDialog for a resolved or
// closed ticket when an agent is signed in. Reads and writes only through
// RatingRepository; owns nothing but its labels and the open dialog.
class TicketRatingView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketRatingView(DatabasePtr database, QWidget* parent = nullptr);
    // clock: when a rating entered here is dated.
    TicketRatingView(DatabasePtr database, const Clock& clock, QWidget* parent = nullptr);

    // Reads the ticket's rating. status decides whether one may be entered.
    void showTicket(TicketId id, TicketStatus status);
    void clear();
    // Ratings are entered as this agent; without one the view is read-only.
    void setCurrentAgent(const Agent& agent);

    TicketId ticketId() const { return m_ticketId; }
    const std::optional<TicketRating>& rating() const { return m_rating; }
    // Whether "Enter rating…" is available now.
    bool canRate() const;
    // Opens the rating form for the shown ticket, window-modal without
    // blocking; it deletes itself when closed. Null when canRate() is false.
    RatingDialog* openRatingDialog();

    // "★★★★☆ 4/5 · reaction 5 · quality 4": the criteria that were given.
    static QString summaryText(const TicketRating& rating);
    // The same for a screen reader: "Rated 4 out of 5; reaction time 5, ...".
    static QString spokenText(const TicketRating& rating);

signals:
    // A rating entered here was stored.
    void ratingChanged(Switchboard::TicketId id);

private:
    void fill();
    void updateButton();
    void ratingSaved(TicketId id);

    RatingRepository m_ratings;
    TicketId m_ticketId = 0;
    TicketStatus m_status = TicketStatus::New;
    std::optional<TicketRating> m_rating;
    Agent m_agent;
    QPointer<RatingDialog> m_dialog;

    QLabel* m_summary = nullptr;
    QLabel* m_comment = nullptr;
    QLabel* m_meta = nullptr;
    QPushButton* m_rateButton = nullptr;
};

} // namespace Switchboard
