// SPDX-License-Identifier: MIT
#include "demoteamsetup.h"

#include "storage/transaction.h"
#include "templates/replytemplaterepository.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketrepository.h"

namespace Switchboard {
namespace {

struct DemoTemplate
{
    const char* name;
    const char* category;
    const char* lang;
    const char* body;
};

// Demo content, written as support teams write them; not user-interface text.
constexpr DemoTemplate kTemplates[] = {
    {"Restart the printer", "hardware", "en",
     "Hello {{customer.name}},\n\nplease switch the printer off, wait 30 seconds and switch it "
     "on again. If the paper still jams, reply to this message and we will send an engineer.\n\n"
     "Best regards,\n{{agent.name}}"},
    {"Restart the printer", "hardware", "ru",
     "Здравствуйте, {{customer.name}}!\n\nВыключите принтер, подождите 30 секунд и включите "
     "снова. Если бумага по-прежнему застревает, ответьте на это письмо — пришлём инженера.\n\n"
     "С уважением,\n{{agent.name}}"},
    {"Restart the printer", "hardware", "zh",
     "{{customer.name}}，您好！\n\n请关闭打印机，等待 30 秒后重新开机。如果仍然卡纸，请回复此邮件，"
     "我们会派工程师上门。\n\n{{agent.name}}"},
    {"Password reset link", "accounts", "en",
     "Hello {{customer.name}},\n\nwe have sent a password reset link to {{customer.email}}. It "
     "is valid for 24 hours.\n\n{{agent.name}}"},
    {"Password reset link", "accounts", "ru",
     "Здравствуйте, {{customer.name}}!\n\nМы отправили ссылку для сброса пароля на "
     "{{customer.email}}. Она действует 24 часа.\n\n{{agent.name}}"},
    {"Password reset link", "accounts", "zh",
     "{{customer.name}}，您好！\n\n重置密码的链接已发送至 {{customer.email}}，24 小时内有效。\n\n"
     "{{agent.name}}"},
    {"Order status", "orders", "en",
     "Hello {{customer.name}},\n\nyour order is with the courier. We will confirm the delivery "
     "date in this ticket (#{{ticket.id}}) by {{sla.resolution.due}}.\n\n{{agent.name}}"},
    {"Order status", "orders", "ru",
     "Здравствуйте, {{customer.name}}!\n\nВаш заказ передан курьеру. Дату доставки подтвердим в "
     "этом обращении (№{{ticket.id}}) до {{sla.resolution.due}}.\n\n{{agent.name}}"},
    {"Order status", "orders", "zh",
     "{{customer.name}}，您好！\n\n您的订单已交给快递。我们会在 {{sla.resolution.due}} 之前在本工单"
     "（#{{ticket.id}}）中确认送达日期。\n\n{{agent.name}}"},
    {"Need more details", "general", "en",
     "Hello {{customer.name}},\n\nto help you faster, could you send a screenshot and the exact "
     "error message? The ticket waits for your answer.\n\n{{agent.name}}"},
    {"Need more details", "general", "ru",
     "Здравствуйте, {{customer.name}}!\n\nЧтобы помочь быстрее, пришлите, пожалуйста, снимок "
     "экрана и точный текст ошибки. Обращение ждёт вашего ответа.\n\n{{agent.name}}"},
    {"Need more details", "general", "zh",
     "{{customer.name}}"
     "，您好！\n\n为了更快地帮您解决问题，请发送截图和完整的错误信息。我们等待您的回复。"
     "\n\n{{agent.name}}"},
    {"Refund approved", "billing", "en",
     "Hello {{customer.name}},\n\nthe refund is approved; the money reaches your account within "
     "5 business days.\n\n{{agent.name}}"},
    {"Refund approved", "billing", "ru",
     "Здравствуйте, {{customer.name}}!\n\nВозврат одобрен: деньги поступят на счёт в течение 5 "
     "рабочих дней.\n\n{{agent.name}}"},
    {"Refund approved", "billing", "zh",
     "{{customer.name}}，您好！\n\n退款已批准，款项将在 5 个工作日内到账。\n\n{{agent.name}}"},
};

} // namespace

DemoTeamSetup::DemoTeamSetup(DatabasePtr database)
    : m_database(std::move(database))
{}

Status DemoTeamSetup::apply() const
{
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (Status routed = configureRouting(); !routed)
        return routed;
    if (Status added = addTemplates(); !added)
        return added;
    return transaction.commit();
}

Status DemoTeamSetup::configureRouting() const
{
    TeamRepository team(m_database);
    const QList<QPair<QString, RoutingMode>> routing = {
        {QStringLiteral("Hardware"), RoutingMode::Skills},
        {QStringLiteral("Orders"), RoutingMode::RoundRobin},
        {QStringLiteral("Billing"), RoutingMode::LeastOpen},
    };
    for (const auto& [group, mode] : routing) {
        if (!team.groupByName(group))
            continue; // a demo without that group
        if (Status set = team.setGroupRouting(group, mode); !set)
            return set;
    }
    auto agents = TicketRepository(m_database).agents();
    if (!agents)
        return agents.error();
    // One agent away and one with a tight limit, so routing has to skip them.
    if (agents->size() > 3) {
        if (Status set = team.setAvailability(agents->at(1).login, Availability::Away); !set)
            return set;
        if (Status set = team.setMaxOpen(agents->at(2).login, 5); !set)
            return set;
    }
    return {};
}

Status DemoTeamSetup::addTemplates() const
{
    ReplyTemplateRepository templates(m_database);
    for (const DemoTemplate& t : kTemplates) {
        ReplyTemplate reply;
        reply.name = QString::fromUtf8(t.name);
        reply.category = QString::fromUtf8(t.category);
        reply.lang = QString::fromUtf8(t.lang);
        reply.body = QString::fromUtf8(t.body);
        auto added = templates.add(reply);
        if (!added && added.error().kind != ErrorKind::Conflict)
            return added.error();
    }
    return {};
}

} // namespace Switchboard
