// SPDX-License-Identifier: MIT
#pragma once

#include "sla/slatimeline.h"
#include "sla/ticketsla.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Switchboard {

// How SLA states look everywhere in the console: Okabe–Ito colours, which
// stay distinct for colour-blind readers, always together with an icon and a
// text, never colour alone (UI.md, "Urgency at a glance").
class SlaPresentation
{
    Q_DECLARE_TR_FUNCTIONS(SlaPresentation)

public:
    // The colour of a state; invalid for the neutral ones (use the palette).
    static QColor color(SlaState state);
    // A small drawn glyph per state: clock, pause bars, check, warning triangle, cross.
    static QIcon icon(SlaState state);
    // Business time left: "0:12 left", "3:05 left", "2 d 3 h left", "5 min over".
    static QString timeLeft(qint64 businessSeconds);
    // A duration without direction: "12 min", "3 h 5 min", "2 d 3 h".
    static QString duration(qint64 seconds);
    // The wall-clock instant in the user's time zone and locale, short form.
    static QString wallClock(qint64 utcMs);
    // The same, only the time of day when it falls on the local day of
    // referenceMs ("14:00"), where the date would just be noise.
    static QString wallClockNear(qint64 utcMs, qint64 referenceMs);
    // What a crossing means, for a sentence about a ticket: "first response
    // breached", "resolution due soon". Whole phrases, so translations can
    // agree words with each other.
    static QString crossingText(SlaMetric metric, SlaCrossing::Kind kind);
    // Fill of a period on the SLA timeline; paused periods are hatched on top.
    static QColor periodColor(SlaPeriod::Kind kind);
};

// What the queue shows for a ticket: its most urgent clock at an instant.
struct SlaSummary
{
    bool measured = false; // a policy applies and at least one clock started
    SlaMetric metric = SlaMetric::FirstResponse;
    SlaMetricState state;
    QString calendar;

    // The running clock with the nearest limit; else the paused one with the
    // least time left; else the last finished state.
    static SlaSummary of(const TicketSla& sla, qint64 nowMs, const BusinessCalendar& calendar);
};

} // namespace Switchboard
