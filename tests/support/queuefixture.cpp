// SPDX-License-Identifier: MIT
#include "queuefixture.h"

#include "storage/transaction.h"
#include "tickets/ticketbulkwriter.h"

namespace Switchboard::Test {
namespace {

const QStringList& subjects()
{
    static const QStringList list = {
        QStringLiteral("Принтер не печатает"),
        QStringLiteral("Не приходит счёт за март"),
        QStringLiteral("Ошибка при оплате картой"),
        QStringLiteral("Как сменить пароль"),
        QStringLiteral("Жалоба на задержку доставки"),
        QStringLiteral("Ёлочные игрушки: возврат"),
        QStringLiteral("重置密码失败"),
        QStringLiteral("打印机无法打印"),
        QStringLiteral("订单未发货"),
        QStringLiteral("发票抬头错误"),
        QStringLiteral("投诉：客服态度差"),
        QStringLiteral("Invoice copy needed"),
        QStringLiteral("Printer offline after update"),
        QStringLiteral("Cannot log in to the portal"),
        QStringLiteral("Refund for order"),
        QStringLiteral("VPN keeps disconnecting"),
    };
    return list;
}

// Two customers share a name on purpose: the requester order breaks the tie by customer.
const QStringList& customerNames()
{
    static const QStringList list = {
        QStringLiteral("Анна Петрова"),  QStringLiteral("Игорь Смирнов"),
        QStringLiteral("Анна Петрова"),  QStringLiteral("Елена Ёлкина"),
        QStringLiteral("王芳"),          QStringLiteral("张伟"),
        QStringLiteral("李静"),          QStringLiteral("Emma Clarke"),
        QStringLiteral("Oliver Brown"),  QStringLiteral("Sophie Martin"),
        QStringLiteral("Дмитрий Орлов"), QStringLiteral("刘洋"),
        QStringLiteral("ООО «Ромашка»"), QStringLiteral("Liam O'Neil"),
    };
    return list;
}

const QStringList& agentNames()
{
    static const QStringList list = {
        QStringLiteral("Мария Соколова"), QStringLiteral("王伟"), QStringLiteral("John Carter"),
        QStringLiteral("Ольга Иванова"),  QStringLiteral("李娜"),
    };
    return list;
}

} // namespace

QueueFixture::QueueFixture(DatabasePtr database, quint32 seed)
    : m_database(std::move(database))
    , m_state(seed ? seed : 1)
{}

quint32 QueueFixture::next()
{
    // xorshift32: reproducible on every platform, unlike std:: distributions.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

bool QueueFixture::ensurePeople()
{
    if (m_havePeople)
        return true;
    Transaction transaction(m_database->connection());
    TicketBulkWriter writer(m_database);
    auto group = writer.addGroup(QStringLiteral("Первая линия"));
    if (!group) {
        m_error = group.error().toString();
        return false;
    }
    m_group = group.value();
    for (int i = 0; i < customerNames().size(); ++i) {
        NewCustomer customer;
        customer.name = customerNames().at(i);
        customer.email = QStringLiteral("customer%1@example.com").arg(i + 1);
        customer.createdAt = kNowMs - 90LL * 24 * 3600 * 1000;
        auto id = writer.addCustomer(customer);
        if (!id) {
            m_error = id.error().toString();
            return false;
        }
        m_customers.append({id.value(), {customer.name, customer.email}});
    }
    for (int i = 0; i < agentNames().size(); ++i) {
        Agent agent;
        agent.login = QStringLiteral("agent%1").arg(i + 1);
        agent.name = agentNames().at(i);
        auto id = writer.addAgent(agent, kNowMs - 90LL * 24 * 3600 * 1000, m_group);
        if (!id) {
            m_error = id.error().toString();
            return false;
        }
        m_agents.append({id.value(), agent.name});
    }
    if (auto committed = transaction.commit(); !committed) {
        m_error = committed.error().toString();
        return false;
    }
    m_havePeople = true;
    return true;
}

bool QueueFixture::addTickets(int count, bool conversations)
{
    if (!ensurePeople())
        return false;
    static const TicketStatus statuses[] = {
        TicketStatus::New,      TicketStatus::New,     TicketStatus::Open,   TicketStatus::Open,
        TicketStatus::Open,     TicketStatus::Pending, TicketStatus::OnHold, TicketStatus::Resolved,
        TicketStatus::Resolved, TicketStatus::Closed,
    };
    QList<FixtureTicket> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        FixtureTicket t;
        const QString& phrase = subjects().at(next() % subjects().size());
        // A quarter share their subject exactly; the rest carry a number.
        t.subject = next() % 4 == 0 ? phrase
                                    : QStringLiteral("%1 %2").arg(phrase).arg(next() % 9000 + 1000);
        const auto& customer = m_customers.at(next() % m_customers.size());
        t.requesterId = customer.first;
        t.requesterName = customer.second.first;
        t.requesterEmail = customer.second.second;
        t.status = statuses[next() % std::size(statuses)];
        if (next() % 3 != 0 && t.status != TicketStatus::New) {
            const auto& agent = m_agents.at(next() % m_agents.size());
            t.assigneeId = agent.first;
            t.assigneeName = agent.second;
        }
        t.channel = static_cast<Channel>(next() % 4);
        t.type = static_cast<TicketType>(next() % 4);
        t.priority = static_cast<int>(next() % 4) + 1;
        // Ten-minute steps over 30 days: many tickets share a creation time.
        t.createdAt = kNowMs - static_cast<qint64>(next() % (30 * 24 * 6)) * 600000;
        if (conversations) {
            t.messages = {
                QStringLiteral("Здравствуйте! %1.").arg(phrase),
                QStringLiteral("Спасибо, мы уже разбираемся. 我们正在处理。"),
                QStringLiteral("Internal: check the logs of ticket %1").arg(i + 1),
                QStringLiteral("Status changed"),
            };
        }
        batch.append(t);
    }
    return write(batch);
}

TicketId QueueFixture::addTicket(const QString& subject, const QStringList& messages, int priority,
                                 TicketStatus status)
{
    if (!ensurePeople())
        return 0;
    FixtureTicket t;
    t.subject = subject;
    const auto& customer = m_customers.first();
    t.requesterId = customer.first;
    t.requesterName = customer.second.first;
    t.requesterEmail = customer.second.second;
    t.priority = priority;
    t.status = status;
    t.createdAt = kNowMs - 3600000;
    t.messages = messages;
    QList<FixtureTicket> batch{t};
    return write(batch) ? batch.first().id : 0;
}

bool QueueFixture::write(QList<FixtureTicket>& batch)
{
    Transaction transaction(m_database->connection());
    TicketBulkWriter writer(m_database);
    static const MessageKind kinds[] = {MessageKind::Customer, MessageKind::Reply,
                                        MessageKind::Note, MessageKind::System};
    for (FixtureTicket& t : batch) {
        NewTicket ticket;
        ticket.subject = t.subject;
        ticket.channel = t.channel;
        ticket.type = t.type;
        ticket.priority = t.priority;
        ticket.status = t.status;
        ticket.requesterId = t.requesterId;
        ticket.assigneeId = t.assigneeId;
        ticket.groupId = m_group;
        ticket.createdAt = t.createdAt;
        auto id = writer.addTicket(ticket);
        if (!id) {
            m_error = id.error().toString();
            return false;
        }
        t.id = id.value();
        for (int m = 0; m < t.messages.size(); ++m) {
            const MessageKind kind = kinds[std::min<int>(m, std::size(kinds) - 1)];
            const bool fromCustomer = kind == MessageKind::Customer;
            const AgentId agent = kind == MessageKind::Reply || kind == MessageKind::Note
                                      ? m_agents.first().first
                                      : 0;
            auto written = writer.addMessage(t.id, kind, agent, fromCustomer ? t.requesterId : 0,
                                             t.messages.at(m), t.createdAt + m * 60000);
            if (!written) {
                m_error = written.error().toString();
                return false;
            }
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        m_error = committed.error().toString();
        return false;
    }
    m_tickets += batch;
    return true;
}

} // namespace Switchboard::Test
