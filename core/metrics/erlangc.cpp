// SPDX-License-Identifier: MIT
#include "erlangc.h"

#include "common/tr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Switchboard::ErlangC {
namespace {

// One step of the Erlang B recursion, B(n) from B(n - 1). Every term stays in
// [0, 1], so it neither overflows (as A^n / n! would from A of about 150 on)
// nor loses precision by cancellation.
double nextErlangB(int n, double traffic, double previous)
{
    const double load = traffic * previous;
    return load / (n + load);
}

// Erlang C from Erlang B of the same agent count; c > A.
double erlangCFromB(int agents, double traffic, double erlangB)
{
    const double c = agents;
    return std::clamp(c * erlangB / (c - traffic * (1.0 - erlangB)), 0.0, 1.0);
}

double serviceLevelFromC(double erlangC, int agents, double traffic, double aht, double within)
{
    return std::clamp(1.0 - erlangC * std::exp(-(agents - traffic) * within / aht), 0.0, 1.0);
}

ErlangCStaffing staffing(int agents, double traffic, double erlangC, const ErlangCInput& input)
{
    ErlangCStaffing result;
    result.agents = agents;
    result.trafficErlangs = traffic;
    result.probabilityOfWaiting = erlangC;
    result.serviceLevel = serviceLevelFromC(erlangC, agents, traffic, input.averageHandlingSeconds,
                                            input.answerWithinSeconds);
    result.averageSpeedOfAnswerSeconds =
        erlangC * input.averageHandlingSeconds / (agents - traffic);
    result.occupancy = occupancy(agents, traffic);
    return result;
}

Status validate(const ErlangCInput& input)
{
    // Written so that NaN fails every check.
    if (!(std::isfinite(input.arrivalsPerHour) && input.arrivalsPerHour >= 0))
        return Error(ErrorKind::BadInput, Tr::tr("the arrivals per hour must be a number of 0 or "
                                                 "more, not %1")
                                              .arg(input.arrivalsPerHour));
    if (!(std::isfinite(input.averageHandlingSeconds) && input.averageHandlingSeconds > 0))
        return Error(ErrorKind::BadInput, Tr::tr("the average handling time must be more than 0 "
                                                 "seconds, not %1")
                                              .arg(input.averageHandlingSeconds));
    if (!(std::isfinite(input.answerWithinSeconds) && input.answerWithinSeconds >= 0))
        return Error(ErrorKind::BadInput, Tr::tr("the answer-within time must be 0 seconds or "
                                                 "more, not %1")
                                              .arg(input.answerWithinSeconds));
    if (!(input.targetServiceLevel > 0 && input.targetServiceLevel <= 1))
        return Error(ErrorKind::BadInput, Tr::tr("the target service level must be more than 0 "
                                                 "and at most 1, not %1")
                                              .arg(input.targetServiceLevel));
    return {};
}

} // namespace

double trafficErlangs(double arrivalsPerHour, double averageHandlingSeconds)
{
    return arrivalsPerHour * averageHandlingSeconds / 3600.0;
}

double probabilityOfWaiting(int agents, double trafficErlangs)
{
    if (!(agents > trafficErlangs))
        return 1.0;
    double erlangB = 1.0;
    for (int n = 1; n <= agents; ++n)
        erlangB = nextErlangB(n, trafficErlangs, erlangB);
    return erlangCFromB(agents, trafficErlangs, erlangB);
}

double serviceLevel(int agents, double trafficErlangs, double averageHandlingSeconds,
                    double answerWithinSeconds)
{
    if (!(agents > trafficErlangs))
        return 0.0;
    return serviceLevelFromC(probabilityOfWaiting(agents, trafficErlangs), agents, trafficErlangs,
                             averageHandlingSeconds, answerWithinSeconds);
}

double averageSpeedOfAnswer(int agents, double trafficErlangs, double averageHandlingSeconds)
{
    if (!(agents > trafficErlangs))
        return std::numeric_limits<double>::infinity();
    return probabilityOfWaiting(agents, trafficErlangs) * averageHandlingSeconds /
           (agents - trafficErlangs);
}

double occupancy(int agents, double trafficErlangs)
{
    if (agents <= 0)
        return 0.0;
    return std::min(1.0, trafficErlangs / agents);
}

Result<ErlangCStaffing> requiredAgents(const ErlangCInput& input)
{
    if (Status valid = validate(input); !valid)
        return valid.error();
    const double traffic = trafficErlangs(input.arrivalsPerHour, input.averageHandlingSeconds);
    if (traffic == 0) {
        ErlangCStaffing none;
        none.agents = 0;
        none.serviceLevel = 1.0;
        return none;
    }
    // The service level is below 1 for any finite staff while contacts arrive
    // at random; searching would only find where doubles round up to 1.
    if (input.targetServiceLevel >= 1)
        return Error(ErrorKind::BadInput,
                     Tr::tr("a service level of 100% is never reached while contacts arrive at "
                            "random; ask for less, such as 99.9%"));
    if (!(traffic < kMaxAgents))
        return Error(ErrorKind::BadInput,
                     Tr::tr("%1 erlangs of traffic need more than %2 agents; split the queue or "
                            "check the arrivals and the handling time")
                         .arg(traffic)
                         .arg(kMaxAgents));

    // The service level rises with every agent, so the first c reaching the
    // target is the answer. Erlang B is carried along: one step per agent.
    int agents = static_cast<int>(std::floor(traffic)) + 1;
    double erlangB = 1.0;
    for (int n = 1; n <= agents; ++n)
        erlangB = nextErlangB(n, traffic, erlangB);
    for (;;) {
        const double erlangC = erlangCFromB(agents, traffic, erlangB);
        if (serviceLevelFromC(erlangC, agents, traffic, input.averageHandlingSeconds,
                              input.answerWithinSeconds) >= input.targetServiceLevel)
            return staffing(agents, traffic, erlangC, input);
        if (agents >= kMaxAgents)
            return Error(
                ErrorKind::BadInput,
                Tr::tr("the target service level needs more than %1 agents").arg(kMaxAgents));
        ++agents;
        erlangB = nextErlangB(agents, traffic, erlangB);
    }
}

} // namespace Switchboard::ErlangC
