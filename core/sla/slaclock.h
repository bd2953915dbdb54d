// SPDX-License-Identifier: MIT
#pragma once

#include "businesscalendar.h"
#include "slapolicy.h"
#include "tickets/ticket.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Switchboard {

// One thing that happened to a ticket, as far as the SLA clock cares.
struct SlaInput
{
    enum class Kind
    {
        Created,
        CustomerMessage,
        PublicReply, // an agent's reply the customer sees; never a note or an auto-acknowledgement
        StatusChanged,
    };
    Kind kind = Kind::Created;
    qint64 atMs = 0; // UTC ms
    TicketStatus from = TicketStatus::New;
    TicketStatus to = TicketStatus::New;

    static SlaInput created(qint64 at) { return {Kind::Created, at}; }
    static SlaInput customerMessage(qint64 at) { return {Kind::CustomerMessage, at}; }
    static SlaInput publicReply(qint64 at) { return {Kind::PublicReply, at}; }
    static SlaInput statusChanged(qint64 at, TicketStatus from, TicketStatus to)
    {
        return {Kind::StatusChanged, at, from, to};
    }
    friend bool operator==(const SlaInput&, const SlaInput&) = default;
};

// Where one metric stands. The rules, with e = business seconds elapsed:
//   Inactive  the policy has no target for it, or it has not started (next
//             response before any customer message that awaits an answer)
//   finished: Met      done with e <= goal
//             AtGoal   done with goal < e <= limit
//             Breached done with e > limit
//   running or paused, first match wins:
//             Breached e > limit (also while paused: a breach stays visible)
//             Paused   the clock is paused
//             Warning  e >= the first step of the warning ladder
//             AtGoal   e > goal
//             Running  otherwise
// So a range target runs Running -> AtGoal -> Warning -> Breached; with the
// default 80 % ladder on a single-number target it runs Running -> Warning
// -> Breached.
enum class SlaState
{
    Inactive,
    Running,
    Paused,
    Met,
    AtGoal,
    Warning,
    Breached,
};

// Whether a metric's clock is counting: the state says how it stands against
// its target, the phase whether time still moves it.
enum class SlaPhase
{
    Inactive, // no target, or not started
    Running,
    Paused,
    Finished,
};

// One threshold a running SLA clock crosses: the goal of a range target, a
// step of the warning ladder, or the limit (breach).
struct SlaCrossing
{
    enum class Kind
    {
        Goal,
        Warning,
        Breach,
    };
    SlaMetric metric = SlaMetric::FirstResponse;
    int cycle = 1; // next response: the cycle; other metrics 1
    Kind kind = Kind::Breach;
    int step = 0;    // warning: index into the policy's ladder (ascending thresholds); else 0
    qint64 atMs = 0; // UTC ms when business time elapsed reached the threshold (or will)
    // Stable identity used to report a crossing only once, e.g. "fr:1:w0", "res:1:b", "nr:3:g".
    QString key() const;
    friend bool operator==(const SlaCrossing&, const SlaCrossing&) = default;
};

struct SlaMetricState
{
    SlaPhase phase = SlaPhase::Inactive;
    SlaState state = SlaState::Inactive;
    std::optional<SlaTarget> target;
    qint64 elapsedSeconds = 0; // business seconds counted so far (until done)
    qint64 secondsLeft = 0;    // business seconds to the limit; negative when over
    qint64 pausedSeconds = 0;  // wall-clock seconds spent paused (floor)
    int warningsPassed = 0;    // steps of the warning ladder passed
    int cycle = 0;             // next response: 1-based cycle reported; else 1 once started
    // Instants (UTC ms) while the clock runs; null while paused or done.
    // A due instant already passed is when it was crossed.
    std::optional<qint64> goalDueAt;
    std::optional<qint64> limitDueAt;
    std::optional<qint64> nextWarningAt; // the next step not yet passed
    std::optional<qint64> metAt;         // done within the limit (Met or AtGoal)
    std::optional<qint64> breachedAt;    // when e first exceeded the limit
    // The crossings of the reported cycle, by atMs then Goal < Warning < Breach.
    // Goal only for a range target; warnings at 0 or at the limit are left out
    // (the start and the breach say it already). Passed ones carry the instant
    // they were passed; while the clock runs the ones still ahead are listed
    // too, due where the current run would reach them. Passed follows the
    // state rules: goal e > goal, warning e >= step, breach e > limit, so a
    // metric done exactly at its limit is AtGoal and lists no breach.
    QList<SlaCrossing> crossings;
    friend bool operator==(const SlaMetricState&, const SlaMetricState&) = default;
};

struct SlaClockState
{
    std::array<SlaMetricState, kSlaMetricCount> metrics;
    const SlaMetricState& operator[](SlaMetric metric) const { return metrics[size_t(metric)]; }
    // The crossings of every metric, by atMs; at equal instants in metric order.
    QList<SlaCrossing> allCrossings() const;
    friend bool operator==(const SlaClockState&, const SlaClockState&) = default;
};

// The SLA clock of one ticket: a pure state machine fed with the ticket's
// history in time order. It owns copies of the policy and the calendar.
//   first response  creation to the first public reply
//   next response   the oldest customer message after the first public reply
//                   not yet answered, to the next public reply; each answer
//                   ends a cycle; the open cycle is reported, else the last
//   resolution      creation to resolved or closed; a reopening resumes it
//                   with the earlier time still counted
// A clock is paused while the ticket is pending (waiting on the customer),
// on hold when the policy says so, and, for the response metrics, while it is
// resolved or closed (nobody is waiting for an answer then).
// Inputs earlier than the previous one are taken as happening at its time;
// the first input of any kind creates the ticket if Created did not come.
class SlaClock
{
public:
    SlaClock(SlaPolicy policy, BusinessCalendar calendar);

    void apply(const SlaInput& input);
    // now earlier than the last input counts as the last input's time.
    SlaClockState state(qint64 nowMs) const;

    static SlaClockState compute(const QList<SlaInput>& inputs, const SlaPolicy& policy,
                                 const BusinessCalendar& calendar, qint64 nowMs);

    // The inputs behind a ticket's history as TicketRepository::ticketDetail
    // returns it: "created", "status" and "reopened" events, customer
    // messages and replies; notes and system messages (automatic
    // acknowledgements) are skipped. Sorted by time, creation first.
    static QList<SlaInput> inputsFrom(const QList<TicketEvent>& events,
                                      const QList<Message>& messages);

private:
    // One metric's run: closed segments are summed, the open one is measured
    // when asked.
    struct Track
    {
        bool started = false;
        bool finished = false;
        qint64 finishedAt = 0;
        qint64 businessSeconds = 0; // in closed running segments
        qint64 pausedMs = 0;        // in closed paused segments
        std::optional<qint64> runSince;
        std::optional<qint64> pauseSince;
        // When e reached each threshold, found when the segment that reached
        // it closed (or in start() for a threshold of 0).
        std::optional<qint64> goalAt;
        std::optional<qint64> limitAt;
        QList<std::optional<qint64>> warningAt; // per step of m_ladders[metric]
        int cycle = 0;
    };

    bool pausedFor(SlaMetric metric) const;
    void start(Track& track, SlaMetric metric, qint64 at);
    void closeSegment(Track& track, SlaMetric metric, qint64 at);
    void markCrossed(Track& track, SlaMetric metric, qint64 since, qint64 before,
                     qint64 after) const;
    void openSegment(Track& track, SlaMetric metric, qint64 at);
    void finish(Track& track, SlaMetric metric, qint64 at);
    SlaMetricState metricState(SlaMetric metric, qint64 nowMs) const;

    SlaPolicy m_policy;
    BusinessCalendar m_calendar;
    std::array<QList<qint64>, kSlaMetricCount> m_ladders; // warning thresholds per metric
    bool m_created = false;
    bool m_replied = false; // a public reply has been sent
    TicketStatus m_status = TicketStatus::New;
    qint64 m_lastAt = 0;
    std::array<Track, kSlaMetricCount> m_tracks;
};

} // namespace Switchboard
