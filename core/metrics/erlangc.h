// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

namespace Switchboard {

// A staffing question for one queue: the workload and the service target.
struct ErlangCInput
{
    double arrivalsPerHour = 0;        // lambda; 0 or more
    double averageHandlingSeconds = 0; // AHT; more than 0
    double answerWithinSeconds = 0;    // T of "P % answered within T s"; 0 or more
    double targetServiceLevel = 0;     // P as a fraction, more than 0 and at most 1
};

// One staffing level and how the queue performs with it.
struct ErlangCStaffing
{
    int agents = 0;
    double serviceLevel = 1;                // share of contacts answered within T
    double probabilityOfWaiting = 0;        // share of contacts that find every agent busy
    double averageSpeedOfAnswerSeconds = 0; // mean wait over all contacts, waiting or not
    double occupancy = 0;                   // share of agent time spent handling
    double trafficErlangs = 0;              // A = lambda * AHT / 3600
};

// Erlang C staffing for one queue modelled as M/M/c: Poisson arrivals,
// exponential handling times, c identical agents, nobody abandons, first come
// first served. Pure functions, no database; docs/staffing.md explains the
// model and its limits.
//
// The plain functions expect agents >= 0, finite traffic >= 0, AHT > 0 and
// T >= 0 (requiredAgents() checks its input). With agents <= traffic the
// queue grows without bound: every contact waits (probability 1), none is
// answered within T (service level 0) and the average wait is infinite.
namespace ErlangC {

// Far beyond any single help-desk queue; keeps a typo from searching forever.
inline constexpr int kMaxAgents = 10'000;

double trafficErlangs(double arrivalsPerHour, double averageHandlingSeconds);
// Erlang C, P(wait > 0), from the Erlang B recursion: no factorials, no overflow.
double probabilityOfWaiting(int agents, double trafficErlangs);
// 1 - C * exp(-(c - A) * T / AHT).
double serviceLevel(int agents, double trafficErlangs, double averageHandlingSeconds,
                    double answerWithinSeconds);
// C * AHT / (c - A), in seconds.
double averageSpeedOfAnswer(int agents, double trafficErlangs, double averageHandlingSeconds);
// A / c, at most 1; 0 without agents.
double occupancy(int agents, double trafficErlangs);

// The fewest agents (more than the traffic) whose service level reaches the
// target, with their figures. No arrivals need no agents (service level 1).
// BadInput for an invalid parameter (the message names it), for a target of
// 100 % while contacts arrive (never reached in this model) and for more
// than kMaxAgents agents.
Result<ErlangCStaffing> requiredAgents(const ErlangCInput& input);

} // namespace ErlangC

} // namespace Switchboard
