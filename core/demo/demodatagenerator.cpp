// SPDX-License-Identifier: MIT
#include "demodatagenerator.h"

#include "demoteamsetup.h"

#include "common/logging.h"
#include "common/tr.h"
#include "demorandom.h"
#include "demotexts.h"
#include "storage/transaction.h"
#include "tickets/ticketbulkwriter.h"
#include "tickets/ticketrepository.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace Switchboard {
namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Seeds of the independent streams, so that (for example) choosing the
// promotion days does not shift every later draw of the ticket stream.
constexpr quint64 kPromotionStream = 0x9e3779b97f4a7c15ULL;
constexpr quint64 kPeopleStream = 0xbf58476d1ce4e5b9ULL;

// Relative arrival rate by local hour: quiet nights, a morning peak at 10-12,
// a lunch dip, an afternoon peak at 14-16, a long evening tail.
constexpr std::array<double, 24> kHourProfile = {0.12, 0.08, 0.06, 0.05, 0.05, 0.07, 0.15, 0.35,
                                                 0.70, 0.95, 1.15, 1.20, 1.05, 0.80, 1.00, 1.10,
                                                 1.05, 0.85, 0.60, 0.45, 0.35, 0.28, 0.22, 0.16};
// Monday .. Sunday.
constexpr std::array<double, 7> kWeekdayProfile = {1.10, 1.05, 1.00, 1.00, 0.90, 0.35, 0.30};
constexpr double kPromotionFactor = 3.0;

// Multiplier on every waiting and handling time, by priority 1..4.
constexpr std::array<double, 5> kPriorityPace = {1.0, 0.15, 0.45, 1.0, 1.6};

// What local time means for one UTC hour of the simulated period.
struct HourInfo
{
    qint64 localDay = 0; // Julian day of the local date
    quint8 localHour = 0;
    quint8 weekday = 1; // 1 = Monday
    bool staffed = false;
};

// Local-time facts for every hour from `origin` on, computed once so the
// simulation never asks QTimeZone per event (that would dominate the run).
class HourTable
{
public:
    HourTable(qint64 origin, qint64 end, const QTimeZone& zone)
        : m_origin(origin)
    {
        for (qint64 t = origin; t < end; t += kHour) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, zone);
            HourInfo info;
            info.localDay = local.date().toJulianDay();
            info.localHour = quint8(local.time().hour());
            info.weekday = quint8(local.date().dayOfWeek());
            // Agents work 08-20 on weekdays and 10-18 at weekends.
            const bool weekend = info.weekday >= 6;
            info.staffed = weekend ? (info.localHour >= 10 && info.localHour < 18)
                                   : (info.localHour >= 8 && info.localHour < 20);
            m_hours.push_back(info);
        }
    }

    qint64 origin() const { return m_origin; }
    int size() const { return int(m_hours.size()); }
    const HourInfo& at(int index) const { return m_hours[size_t(index)]; }
    int indexOf(qint64 ms) const { return int((ms - m_origin) / kHour); }

    // The instant `workMs` of staffed time after `from`. Beyond the table
    // (far in the future, cut off anyway) every hour counts as staffed.
    qint64 addWorking(qint64 from, qint64 workMs) const
    {
        qint64 t = from;
        qint64 left = qMax<qint64>(workMs, 0);
        for (int index = indexOf(t); index >= 0 && index < size(); ++index) {
            const qint64 hourEnd = m_origin + qint64(index + 1) * kHour;
            if (m_hours[size_t(index)].staffed) {
                if (t + left <= hourEnd)
                    return t + left;
                left -= hourEnd - t;
            }
            t = hourEnd;
        }
        return t + left;
    }

private:
    qint64 m_origin;
    std::vector<HourInfo> m_hours;
};

struct AgentProfile
{
    AgentId id = 0;
    QString login;
    DemoLanguage language = DemoLanguage::En;
    int group = 0;
    double pace = 1.0;    // multiplier on handling times: above 1 is slower
    double quality = 1.0; // multiplier on the chance that a resolved ticket reopens
};

struct CustomerProfile
{
    CustomerId id = 0;
    DemoLanguage language = DemoLanguage::En;
    bool vip = false;
};

struct PlannedMessage
{
    qint64 at = 0;
    MessageKind kind = MessageKind::Customer;
    int agent = -1; // index into the agent profiles; -1: customer or system
    QString body;
};

struct PlannedEvent
{
    qint64 at = 0;
    int actor = -1; // agent index; -1: the system or the customer
    const QString* kind = nullptr;
    QString oldValue;
    QString newValue;
    int assignee = -1; // for "assignee" events: the new assignee's index
    int priority = 0;  // for "priority" events: the new priority
};

const QString kCreated = QStringLiteral("created");
const QString kAssignee = QStringLiteral("assignee");
const QString kStatus = QStringLiteral("status");
const QString kPriority = QStringLiteral("priority");
const QString kReply = QStringLiteral("reply");
const QString kNote = QStringLiteral("note");
const QString kReopened = QStringLiteral("reopened");

const QString& statusKey(TicketStatus status)
{
    static const std::array<QString, 6> keys = {
        toKey(TicketStatus::New),    toKey(TicketStatus::Open),     toKey(TicketStatus::Pending),
        toKey(TicketStatus::OnHold), toKey(TicketStatus::Resolved), toKey(TicketStatus::Closed)};
    return keys[size_t(status)];
}

// The local dates covered by the data, oldest first.
QList<QDate> localDates(qint64 start, qint64 end, const QTimeZone& zone)
{
    QList<QDate> dates;
    const QDate first = QDateTime::fromMSecsSinceEpoch(start, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(end - 1, zone).date();
    for (QDate d = first; d <= last; d = d.addDays(1))
        dates << d;
    return dates;
}

// Everything one generate() call needs; lives for that call only.
class Simulation
{
public:
    Simulation(const DemoOptions& options, qint64 now, const QList<QDate>& promotionDays)
        : m_options(options)
        , m_texts(DemoTexts::instance())
        , m_now(now)
        , m_start(now - qint64(options.days) * kDay)
        , m_hours((m_start / kHour) * kHour - kDay, now + 45 * kDay, options.zone)
        , m_random(options.seed)
    {
        for (const QDate& date : promotionDays)
            m_promotionDays.insert(date.toJulianDay());
        double total = 0;
        for (const DemoTopic& topic : m_texts.topics) {
            total += topic.weight;
            m_topicWeights.push_back(total);
            if (topic.group == 2) // Orders: what a promotion brings in
                m_orderTopics.push_back(int(m_topicWeights.size()) - 1);
        }
    }

    DemoRandom& random() { return m_random; }
    qint64 start() const { return m_start; }
    qint64 now() const { return m_now; }

    // Creation instants of every ticket, ascending, drawn from the curve.
    std::vector<qint64> arrivals(qint64 count)
    {
        const int first = m_hours.indexOf(m_start);
        const int last = m_hours.indexOf(m_now - 1);
        std::vector<double> cumulative;
        cumulative.reserve(size_t(last - first + 1));
        double total = 0;
        qint64 day = -1;
        double dayNoise = 1.0;
        for (int h = first; h <= last; ++h) {
            const HourInfo& info = m_hours.at(h);
            if (info.localDay != day) {
                day = info.localDay;
                dayNoise = std::clamp(m_random.logNormal(1.0, 0.12), 0.7, 1.4);
            }
            const double progress = double(h - first) / double(qMax(1, last - first));
            double weight = kHourProfile[info.localHour] * kWeekdayProfile[info.weekday - 1] *
                            dayNoise * (0.9 + 0.2 * progress);
            if (m_promotionDays.contains(info.localDay))
                weight *= kPromotionFactor;
            total += weight;
            cumulative.push_back(total);
        }
        std::vector<qint64> times;
        times.reserve(size_t(count));
        while (qint64(times.size()) < count) {
            const int hour = first + m_random.pickCumulative(cumulative);
            const qint64 t = m_hours.origin() + qint64(hour) * kHour + m_random.below64(kHour);
            if (t >= m_start && t < m_now)
                times.push_back(t);
        }
        std::sort(times.begin(), times.end());
        return times;
    }

    bool isPromotion(qint64 t) const
    {
        const int index = m_hours.indexOf(t);
        return index >= 0 && index < m_hours.size() &&
               m_promotionDays.contains(m_hours.at(index).localDay);
    }

    int pickTopic(bool promotion)
    {
        if (promotion && !m_orderTopics.empty() && m_random.chance(0.5))
            return m_random.pick(m_orderTopics);
        return m_random.pickCumulative(m_topicWeights);
    }

    const HourTable& hours() const { return m_hours; }
    const DemoTexts& texts() const { return m_texts; }

private:
    const DemoOptions& m_options;
    const DemoTexts& m_texts;
    qint64 m_now;
    qint64 m_start;
    HourTable m_hours;
    DemoRandom m_random;
    QSet<qint64> m_promotionDays;
    std::vector<double> m_topicWeights;
    std::vector<int> m_orderTopics;
};

QString fill(const QString& text, const QString& product, const QString& number)
{
    if (!text.contains(u'%'))
        return text;
    QString result = text;
    result.replace(QLatin1String("%P"), product);
    result.replace(QLatin1String("%N"), number);
    return result;
}

Error cancelled()
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("demo data generation was cancelled; nothing was written")};
}

// Writes groups, agents, customers and tickets; runs inside the bulk load.
struct DemoWriter
{
    TicketBulkWriter& writer;
    Simulation& sim;
    const DemoOptions& options;
    const TicketRepository& repository;
    const DemoDataGenerator::Progress& progress;
    const std::atomic_bool* cancel;

    Status write(DemoSummary& summary);
};

Status DemoWriter::write(DemoSummary& summary)
{
    const DemoTexts& texts = sim.texts();
    // Groups.
    std::vector<GroupId> groupIds;
    for (const DemoGroup& group : texts.groups) {
        auto id = writer.addGroup(group.name, group.description);
        if (!id)
            return Status(id.error());
        groupIds.push_back(id.value());
    }
    summary.groups = qint64(groupIds.size());

    // Agents: mixed languages; every group staffed; different pace and quality.
    DemoRandom people(options.seed ^ kPeopleStream);
    std::vector<AgentProfile> agents;
    QSet<QString> logins;
    for (int i = 0; i < options.agents; ++i) {
        AgentProfile profile;
        const double draw = people.uniform();
        profile.language = i < 3 ? DemoLanguage(i)
                                 : (draw < 0.45   ? DemoLanguage::Ru
                                    : draw < 0.75 ? DemoLanguage::Zh
                                                  : DemoLanguage::En);
        const int lang = int(profile.language);
        const bool female = people.chance(0.55);
        const DemoName& first = female ? people.pick(texts.femaleFirstNames[lang])
                                       : people.pick(texts.maleFirstNames[lang]);
        const DemoName& last = people.pick(texts.lastNames[lang]);
        const bool feminineSurname = female && profile.language == DemoLanguage::Ru;
        const QString lastNative =
            last.native + (feminineSurname ? QStringLiteral("а") : QString());
        const QString lastLatin = last.latin + (feminineSurname ? QStringLiteral("a") : QString());
        Agent agent;
        agent.name = profile.language == DemoLanguage::Zh ? lastNative + first.native
                                                          : first.native + u' ' + lastNative;
        QString login = profile.language == DemoLanguage::Zh
                            ? (lastLatin + u'.' + first.latin).toLower()
                            : (first.latin + u'.' + lastLatin).toLower();
        for (int n = 2; logins.contains(login) || repository.agentByLogin(login).ok(); ++n)
            login = (profile.language == DemoLanguage::Zh ? lastLatin + u'.' + first.latin
                                                          : first.latin + u'.' + lastLatin)
                        .toLower() +
                    QString::number(n);
        logins.insert(login);
        agent.login = login;
        agent.email = login + QStringLiteral("@support.example");
        agent.role =
            i == 0 ? AgentRole::Lead
                   : (i == 1 && options.agents > 4 ? AgentRole::Trainer : AgentRole::Operator);
        profile.group = i % int(groupIds.size());
        agent.skills = {texts.groups.at(profile.group).name.toLower()};
        agent.languages = {languageKey(profile.language)};
        if (profile.language != DemoLanguage::En)
            agent.languages << QStringLiteral("en");
        profile.pace = std::clamp(people.logNormal(1.0, 0.35), 0.5, 2.5);
        profile.quality = std::clamp(people.logNormal(1.0, 0.45), 0.3, 3.0);
        const qint64 hired = sim.start() - 30 * kDay - people.below64(700 * kDay);
        auto id = writer.addAgent(agent, hired, groupIds[size_t(profile.group)]);
        if (!id)
            return Status(id.error());
        profile.id = id.value();
        profile.login = agent.login;
        agents.push_back(profile);
    }
    summary.agents = qint64(agents.size());

    // Who can take a ticket of a group in a language: first the group's agents
    // who speak it, else anyone who speaks it (English: everyone).
    std::array<std::array<std::vector<int>, kDemoLanguageCount>, 4> eligible;
    for (int g = 0; g < int(groupIds.size()) && g < 4; ++g) {
        for (int lang = 0; lang < kDemoLanguageCount; ++lang) {
            std::vector<int>& list = eligible[size_t(g)][size_t(lang)];
            auto speaks = [lang](const AgentProfile& a) {
                return DemoLanguage(lang) == DemoLanguage::En || int(a.language) == lang;
            };
            for (int a = 0; a < int(agents.size()); ++a) {
                if (agents[size_t(a)].group == g && speaks(agents[size_t(a)]))
                    list.push_back(a);
            }
            if (list.empty()) {
                for (int a = 0; a < int(agents.size()); ++a) {
                    if (speaks(agents[size_t(a)]))
                        list.push_back(a);
                }
            }
            if (list.empty()) {
                for (int a = 0; a < int(agents.size()); ++a)
                    list.push_back(a);
            }
        }
    }

    // Customers: a few hundred to fifty thousand, some writing far more often.
    const qint64 customerCount = std::clamp<qint64>(options.tickets / 8, 1, 50'000);
    std::vector<CustomerProfile> customers;
    customers.reserve(size_t(customerCount));
    for (qint64 i = 0; i < customerCount; ++i) {
        CustomerProfile profile;
        const double draw = people.uniform();
        profile.language = draw < 0.45   ? DemoLanguage::Ru
                           : draw < 0.75 ? DemoLanguage::Zh
                                         : DemoLanguage::En;
        const int lang = int(profile.language);
        const bool female = people.chance(0.5);
        const DemoName& first = female ? people.pick(texts.femaleFirstNames[lang])
                                       : people.pick(texts.maleFirstNames[lang]);
        const DemoName& last = people.pick(texts.lastNames[lang]);
        const bool feminineSurname = female && profile.language == DemoLanguage::Ru;
        const DemoOrganisation& organisation = people.pick(texts.organisations[lang]);
        const double tier = people.uniform();
        profile.vip = tier < 0.05;
        NewCustomer customer;
        const QString lastNative =
            last.native + (feminineSurname ? QStringLiteral("а") : QString());
        customer.name = profile.language == DemoLanguage::Zh ? lastNative + first.native
                                                             : first.native + u' ' + lastNative;
        const QString lastLatin = last.latin + (feminineSurname ? QStringLiteral("a") : QString());
        // The running number keeps addresses unique, as the schema requires.
        customer.email = QStringLiteral("%1.%2%3@%4")
                             .arg(first.latin.toLower(), lastLatin.toLower())
                             .arg(i + 1)
                             .arg(organisation.domain);
        customer.organisation = organisation.name;
        customer.language = languageKey(profile.language);
        customer.tier = profile.vip   ? QStringLiteral("vip")
                        : tier < 0.20 ? QStringLiteral("premium")
                                      : QStringLiteral("standard");
        customer.createdAt = sim.start() - people.below64(365 * kDay);
        auto id = writer.addCustomer(customer);
        if (!id)
            return Status(id.error());
        profile.id = id.value();
        customers.push_back(profile);
    }
    summary.customers = customerCount;

    DemoRandom& rnd = sim.random();
    const std::vector<qint64> arrivals = sim.arrivals(options.tickets);
    const HourTable& hours = sim.hours();
    const qint64 now = sim.now();

    std::vector<PlannedMessage> messages;
    std::vector<PlannedEvent> events;
    messages.reserve(16);
    events.reserve(24);
    NewTicket ticket;
    const qint64 total = options.tickets;
    const qint64 progressStep = qMax<qint64>(1000, total / 200);

    for (qint64 n = 0; n < total; ++n) {
        if (n % progressStep == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return cancelled();
            if (progress)
                progress(n, total);
        }
        const qint64 created = arrivals[size_t(n)];
        const bool promotion = sim.isPromotion(created);
        const DemoTopic& topic = texts.topics.at(sim.pickTopic(promotion));
        // A few customers write often, most rarely.
        const CustomerProfile& customer = customers[size_t(
            qMin<qint64>(customerCount - 1, qint64(std::pow(rnd.uniform(), 1.7) * customerCount)))];
        const int lang = int(customer.language);

        const double channelDraw = rnd.uniform();
        const Channel channel = channelDraw < 0.40   ? Channel::Email
                                : channelDraw < 0.65 ? Channel::Chat
                                : channelDraw < 0.85 ? Channel::Phone
                                                     : Channel::Web;
        int priority = topic.priority;
        const double shift = rnd.uniform();
        if (shift < 0.12)
            --priority;
        else if (shift > 0.80)
            ++priority;
        if (customer.vip && rnd.chance(0.3))
            --priority;
        priority = std::clamp(priority, topic.priority == 1 ? 1 : 2, 4);
        if (topic.priority != 1 && priority == 2 && rnd.chance(0.05))
            priority = 1; // a rare escalation of an otherwise ordinary request

        const QStringList& productList = texts.products[size_t(topic.products)];
        const QString product = productList.isEmpty() ? QString() : rnd.pick(productList);
        const QString number = QString::number(100000 + rnd.below(900000));
        auto text = [&](const Trilingual& phrases) {
            return fill(rnd.pick(phrases[size_t(lang)]), product, number);
        };
        const QString& signature = texts.signatures[size_t(lang)].first();
        auto reply = [&](const Trilingual& phrases) {
            return text(phrases) + QStringLiteral("\n\n") + signature;
        };

        messages.clear();
        events.clear();
        auto message = [&](qint64 at, MessageKind kind, int agent, QString body) {
            messages.push_back(PlannedMessage{at, kind, agent, std::move(body)});
        };
        auto event = [&](qint64 at, int actor, const QString& kind, const QString& oldValue,
                         const QString& newValue) -> PlannedEvent& {
            events.push_back(PlannedEvent{at, actor, &kind, oldValue, newValue, -1, 0});
            return events.back();
        };
        auto status = [&](qint64 at, int actor, TicketStatus from, TicketStatus to) {
            event(at, actor, kStatus, statusKey(from), statusKey(to));
        };
        const double pace = kPriorityPace[size_t(priority)] * (promotion ? 1.8 : 1.0);
        const bool live = channel == Channel::Chat || channel == Channel::Phone;

        // The life of the ticket, planned to its end; what lies after "now"
        // is cut off below, which is what leaves recent tickets open.
        event(created, -1, kCreated, QString(), statusKey(TicketStatus::New));
        message(created, MessageKind::Customer, -1, text(topic.openings));
        if (channel == Channel::Web)
            message(created, MessageKind::System, -1, texts.webForm[size_t(lang)].first());

        const std::vector<int>& candidates = eligible[size_t(qMin(topic.group, 3))][size_t(lang)];
        int agent = rnd.pick(candidates);
        const qint64 assignWait =
            qint64((live ? rnd.exponential(4 * kMinute) : rnd.exponential(75 * kMinute)) * pace);
        const qint64 assigned = hours.addWorking(created, assignWait);
        event(assigned, -1, kAssignee, QString(), agents[size_t(agent)].login).assignee = agent;
        status(assigned, agent, TicketStatus::New, TicketStatus::Open);

        const AgentProfile* profile = &agents[size_t(agent)];
        const qint64 firstDelay =
            qint64((live ? rnd.exponential(3 * kMinute) : rnd.logNormal(25 * kMinute, 0.8)) * pace *
                   profile->pace);
        const qint64 firstReply = hours.addWorking(assigned, firstDelay);
        if (rnd.chance(topic.type == TicketType::Complaint ? 0.5 : 0.15)) {
            const qint64 at = assigned + (firstReply - assigned) / 2;
            message(at, MessageKind::Note, agent, rnd.pick(texts.notes[size_t(lang)]));
            event(at, agent, kNote, QString(), QString());
        }
        const bool firstContact = rnd.chance(topic.type == TicketType::Consultation ? 0.45 : 0.18);
        message(firstReply, MessageKind::Reply, agent,
                reply(firstContact ? topic.solutions : topic.replies));
        event(firstReply, agent, kReply, QString(), QString());
        qint64 cursor = firstReply;
        if (!firstContact && priority > 1 && rnd.chance(0.04)) {
            cursor += kMinute + rnd.below64(10 * kMinute);
            event(cursor, agent, kPriority, QString::number(priority),
                  QString::number(priority - 1))
                .priority = priority - 1;
        }

        qint64 resolved = firstReply;
        bool autoResolved = false;
        if (firstContact) {
            status(firstReply, agent, TicketStatus::Open, TicketStatus::Resolved);
        } else {
            if (rnd.chance(0.03)) { // handed over to a colleague
                const int other = rnd.pick(candidates);
                if (other != agent) {
                    cursor = hours.addWorking(cursor, qint64(rnd.exponential(30 * kMinute)));
                    event(cursor, 0, kAssignee, agents[size_t(agent)].login,
                          agents[size_t(other)].login)
                        .assignee = other;
                    agent = other;
                    profile = &agents[size_t(agent)];
                }
            }
            const int rounds = rnd.chance(0.35) ? (rnd.chance(0.25) ? 2 : 1) : 0;
            for (int round = 0; round < rounds && !autoResolved; ++round) {
                const qint64 asked = hours.addWorking(
                    cursor, qint64(rnd.logNormal(20 * kMinute, 0.7) * pace * profile->pace));
                message(asked, MessageKind::Reply, agent,
                        rnd.pick(texts.clarifications[size_t(lang)]) + QStringLiteral("\n\n") +
                            signature);
                event(asked, agent, kReply, QString(), QString());
                status(asked, agent, TicketStatus::Open, TicketStatus::Pending);
                if (rnd.chance(0.1)) { // the customer never answers
                    resolved = asked + 7 * kDay;
                    message(resolved, MessageKind::System, -1,
                            texts.autoResolved[size_t(lang)].first());
                    status(resolved, -1, TicketStatus::Pending, TicketStatus::Resolved);
                    autoResolved = true;
                    break;
                }
                const qint64 answered =
                    asked + std::clamp<qint64>(qint64(rnd.logNormal(22 * kHour, 1.1)), 5 * kMinute,
                                               9 * kDay);
                message(answered, MessageKind::Customer, -1,
                        rnd.pick(texts.followUps[size_t(lang)]));
                status(answered, -1, TicketStatus::Pending, TicketStatus::Open);
                cursor = answered;
            }
            if (!autoResolved) {
                const bool goods =
                    topic.type == TicketType::Order || topic.type == TicketType::Fault;
                if (rnd.chance(goods ? 0.08 : 0.01)) { // waiting for a supplier or a part
                    const qint64 held =
                        hours.addWorking(cursor, qint64(rnd.exponential(30 * kMinute)));
                    status(held, agent, TicketStatus::Open, TicketStatus::OnHold);
                    message(held, MessageKind::System, -1, texts.holdReasons[size_t(lang)].first());
                    cursor = held + qint64(rnd.logNormal(4 * kDay, 0.6));
                    status(cursor, agent, TicketStatus::OnHold, TicketStatus::Open);
                }
                // Orders wait for the goods to travel; a few faults wait for a repair.
                if (topic.type == TicketType::Order)
                    cursor += qint64(rnd.logNormal(3 * kDay, 0.5));
                else if (topic.type == TicketType::Fault && rnd.chance(0.2))
                    cursor += qint64(rnd.logNormal(3 * kDay, 0.5));
                double work = 2 * kHour;
                switch (topic.type) {
                case TicketType::Consultation:
                    work = 40 * kMinute;
                    break;
                case TicketType::Fault:
                    work = 3 * kHour;
                    break;
                case TicketType::Order:
                    work = 4 * kHour;
                    break;
                case TicketType::Complaint:
                    work = 2.5 * kHour;
                    break;
                }
                resolved = hours.addWorking(
                    cursor, qint64(rnd.logNormal(work, 0.9) * pace * profile->pace));
                message(resolved, MessageKind::Reply, agent, reply(topic.solutions));
                event(resolved, agent, kReply, QString(), QString());
                status(resolved, agent, TicketStatus::Open, TicketStatus::Resolved);
            }
        }
        if (!autoResolved && rnd.chance(0.05 * profile->quality)) {
            const qint64 reopened =
                resolved +
                std::clamp<qint64>(qint64(rnd.logNormal(20 * kHour, 0.7)), kHour, 70 * kHour);
            message(reopened, MessageKind::Customer, -1, rnd.pick(texts.reopenings[size_t(lang)]));
            event(reopened, -1, kReopened, statusKey(TicketStatus::Resolved),
                  statusKey(TicketStatus::Open));
            resolved = hours.addWorking(
                reopened, qint64(rnd.logNormal(90 * kMinute, 0.8) * pace * profile->pace));
            message(resolved, MessageKind::Reply, agent, reply(topic.solutions));
            event(resolved, agent, kReply, QString(), QString());
            status(resolved, agent, TicketStatus::Open, TicketStatus::Resolved);
        }
        // Resolved tickets close by themselves three days later.
        status(resolved + 3 * kDay, -1, TicketStatus::Resolved, TicketStatus::Closed);

        // The state at "now": replay what has happened by then.
        auto byTime = [](const auto& a, const auto& b) { return a.at < b.at; };
        std::stable_sort(messages.begin(), messages.end(), byTime);
        std::stable_sort(events.begin(), events.end(), byTime);
        while (!messages.empty() && messages.back().at > now)
            messages.pop_back();
        while (!events.empty() && events.back().at > now)
            events.pop_back();

        TicketStatus current = TicketStatus::New;
        int assignee = -1;
        int currentPriority = priority;
        std::optional<qint64> resolvedAt;
        qint64 updated = created;
        for (const PlannedEvent& e : events) {
            updated = qMax(updated, e.at);
            if (e.kind == &kStatus || e.kind == &kReopened) {
                current = ticketStatusFromKey(e.newValue).value_or(current);
                if (current == TicketStatus::Resolved)
                    resolvedAt = e.at;
            } else if (e.kind == &kAssignee) {
                assignee = e.assignee;
            }
        }
        // A priority change event carries the old value: the ticket starts
        // with the original priority and ends with the changed one.
        for (const PlannedEvent& e : events) {
            if (e.kind == &kPriority)
                currentPriority = e.priority;
        }
        std::optional<qint64> firstResponse;
        for (const PlannedMessage& m : messages) {
            updated = qMax(updated, m.at);
            if (!firstResponse && m.kind == MessageKind::Reply)
                firstResponse = m.at;
        }

        ticket.subject = text(topic.subjects);
        ticket.channel = channel;
        ticket.type = topic.type;
        ticket.priority = currentPriority;
        ticket.status = current;
        ticket.requesterId = customer.id;
        ticket.assigneeId = assignee >= 0 ? agents[size_t(assignee)].id : 0;
        ticket.groupId = groupIds[size_t(topic.group)];
        ticket.language = languageKey(customer.language);
        ticket.tags.clear();
        if (rnd.chance(0.7))
            ticket.tags << topic.tag;
        if (customer.vip)
            ticket.tags << QStringLiteral("vip");
        if (currentPriority == 1)
            ticket.tags << QStringLiteral("urgent");
        if (promotion && topic.group == 2 && ticket.tags.size() < 3)
            ticket.tags << QStringLiteral("promo");
        ticket.createdAt = created;
        ticket.updatedAt = updated;
        ticket.firstResponseAt = firstResponse;
        const bool done = current == TicketStatus::Resolved || current == TicketStatus::Closed;
        ticket.resolvedAt = done ? resolvedAt : std::nullopt;
        ticket.closedAt =
            current == TicketStatus::Closed ? std::optional<qint64>(updated) : std::nullopt;
        if (current == TicketStatus::Closed) {
            for (const PlannedEvent& e : events) {
                if (e.kind == &kStatus && e.newValue == statusKey(TicketStatus::Closed))
                    ticket.closedAt = e.at;
            }
        }
        auto id = writer.addTicket(ticket);
        if (!id)
            return Status(id.error());
        for (const PlannedMessage& m : messages) {
            const AgentId author = m.agent >= 0 ? agents[size_t(m.agent)].id : 0;
            const CustomerId from = m.kind == MessageKind::Customer ? customer.id : 0;
            if (Status s = writer.addMessage(id.value(), m.kind, author, from, m.body, m.at); !s)
                return s.error();
        }
        for (const PlannedEvent& e : events) {
            const AgentId actor = e.actor >= 0 ? agents[size_t(e.actor)].id : 0;
            if (Status s =
                    writer.addEvent(id.value(), actor, *e.kind, e.oldValue, e.newValue, e.at);
                !s)
                return s.error();
        }
        summary.messages += qint64(messages.size());
        summary.events += qint64(events.size());
    }
    summary.tickets = total;
    if (cancel && cancel->load())
        return cancelled();
    return {};
}

} // namespace

DemoDataGenerator::DemoDataGenerator(DatabasePtr database, const Clock& clock, DemoOptions options)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_options(std::move(options))
{}

QList<QDate> DemoDataGenerator::promotionDays() const
{
    const qint64 now = m_clock.nowMs();
    const QList<QDate> dates = localDates(now - qint64(m_options.days) * kDay, now, m_options.zone);
    if (dates.size() < 3)
        return {};
    DemoRandom random(m_options.seed ^ kPromotionStream);
    // A three-day campaign from a Tuesday, a little past the middle of the
    // period: old enough to be history, recent enough to show in the charts.
    const int span = int(dates.size());
    const int last = qMax(0, span - 8);
    int first = qBound(0, int(span * 0.45) + random.below(qMax(1, span / 5)), last);
    for (int i = first; i <= last && i < span; ++i) {
        if (dates.at(i).dayOfWeek() == Qt::Tuesday) {
            first = i;
            break;
        }
    }
    const int length = span >= 14 ? 3 : 1;
    return dates.mid(first, qMin(length, span - first));
}

Result<DemoSummary> DemoDataGenerator::generate()
{
    if (m_options.tickets < 0 || m_options.tickets > 100'000'000)
        return Error{ErrorKind::BadInput,
                     Tr::tr("the number of tickets must be between 0 and 100000000")};
    if (m_options.agents < 1 || m_options.agents > 10'000)
        return Error{ErrorKind::BadInput,
                     Tr::tr("the number of agents must be between 1 and 10000")};
    if (m_options.days < 1 || m_options.days > 3650)
        return Error{ErrorKind::BadInput, Tr::tr("the number of days must be between 1 and 3650")};
    if (!m_options.zone.isValid())
        return Error{ErrorKind::BadInput, Tr::tr("the time zone of the demo data is not valid")};

    QElapsedTimer timer;
    timer.start();
    TicketRepository repository(m_database);
    auto existing = repository.ticketCount();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error{ErrorKind::Conflict,
                     Tr::tr("the database already has %n ticket(s); demo data goes only into a "
                            "database without tickets",
                            nullptr, int(qMin<qint64>(existing.value(), INT_MAX))),
                     m_database->path()};

    Simulation sim(m_options, m_clock.nowMs(), promotionDays());
    DemoSummary summary;

    TicketBulkWriter writer(m_database);
    Status written = writer.bulkLoad([&]() -> Status {
        DemoWriter demo{writer, sim, m_options, repository, m_progress, m_cancel};
        return demo.write(summary);
    });
    if (!written)
        return written.error();
    if (Status team = DemoTeamSetup(m_database).apply(); !team)
        return team.error();
    if (m_progress)
        m_progress(m_options.tickets, m_options.tickets);
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "generated" << summary.tickets << "tickets," << summary.messages
                   << "messages," << summary.events << "events in" << summary.elapsedMs << "ms";
    return summary;
}

} // namespace Switchboard
