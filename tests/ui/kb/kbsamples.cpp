// SPDX-License-Identifier: MIT
#include "kbsamples.h"

#include "kb/articlerepository.h"

#include <QDateTime>

#include <iterator>

namespace Switchboard::Test {
namespace {

struct Sample
{
    const char* key;
    const char* category;
    const char* lang;
    const char* status;
    const char* title;
    const char* body;
    const char* tags;
    int reviewInDays; // from the clock's day; 0: no review date
    const char* translationOf;
};

const Sample kSamples[] = {
    {"printer-ru", "Оборудование/Принтеры", "ru", "published", "Принтер не печатает",
     "Если принтер не печатает, проверьте по порядку:\n\n"
     "1. **Питание и кабель.** Индикатор должен гореть ровно, не мигать.\n"
     "2. **Очередь печати.** Откройте очередь и удалите зависшие задания.\n"
     "3. **Картридж.** Выньте картридж и вставьте его до щелчка.\n\n"
     "Если принтер по-прежнему не печатает, перезапустите его и отправьте тестовую страницу.",
     "принтер, печать", -5, nullptr},
    {"printer-en", "Оборудование/Принтеры", "en", "published", "Printer does not print",
     "If the printer does not print, check in this order:\n\n"
     "1. **Power and cable.** The light must be steady, not blinking.\n"
     "2. **Print queue.** Open the queue and delete stuck jobs.\n"
     "3. **Cartridge.** Take the cartridge out and push it back until it clicks.\n\n"
     "If it still does not print, restart the printer and print a test page.",
     "printer", 60, "printer-ru"},
    {"jam-ru", "Оборудование/Принтеры", "ru", "published", "Принтер зажёвывает бумагу",
     "Бумагу зажёвывает чаще всего из-за изношенных роликов подачи или влажной бумаги.\n\n"
     "- Используйте бумагу плотностью 80 г/м².\n"
     "- Протрите ролики подачи сухой безворсовой салфеткой.\n"
     "- Если замятия повторяются, закажите ремкомплект роликов.",
     "принтер, бумага", 90, nullptr},
    {"reset-ru", "Учётные записи", "ru", "published", "Не приходит письмо для сброса пароля",
     "Письмо для сброса пароля приходит в течение пяти минут.\n\n"
     "1. Проверьте папку **Спам**.\n"
     "2. Убедитесь, что адрес указан без опечаток.\n"
     "3. Запросите письмо ещё раз не раньше чем через 10 минут.\n\n"
     "Если письмо так и не пришло, сбросьте пароль вручную в панели администратора.",
     "пароль, почта", -1, nullptr},
    {"reset-zh", "Учётные записи", "zh", "published", "如何重置我的密码",
     "重置密码的步骤：\n\n"
     "1. 在登录页面点击**忘记密码**。\n"
     "2. 输入注册邮箱，查收重置密码的邮件。\n"
     "3. 按邮件中的链接设置新密码。\n\n"
     "如果收不到邮件，请检查垃圾邮件文件夹。",
     "密码", 30, "reset-ru"},
    {"reset-en", "Учётные записи", "en", "draft", "Password reset e-mail never arrives",
     "The reset e-mail arrives within five minutes.\n\n"
     "1. Check the **Spam** folder.\n"
     "2. Make sure the address has no typos.\n"
     "3. Ask for the e-mail again after 10 minutes at the earliest.",
     "password, e-mail", 0, "reset-ru"},
    {"locked-ru", "Учётные записи", "ru", "published", "Учётная запись заблокирована",
     "После пяти неудачных попыток входа учётная запись блокируется на 30 минут.\n\n"
     "Оператор может снять блокировку раньше: **Клиент → Учётная запись → Разблокировать**. "
     "Перед этим подтвердите личность клиента по контрольному вопросу.",
     "вход, блокировка", 14, nullptr},
    {"code-zh", "Учётные записи", "zh", "published", "登录时验证码错误",
     "验证码五分钟内有效。\n\n"
     "- 请确认手机时间设置为自动。\n"
     "- 每次只使用最新收到的验证码。\n"
     "- 多次失败后请等待十分钟再试。",
     "登录, 验证码", 45, nullptr},
    {"invoice-ru", "Оплата", "ru", "published", "Как получить счёт-фактуру",
     "Счёт-фактура формируется автоматически до 5-го числа следующего месяца.\n\n"
     "Скачать её можно в личном кабинете: **Документы → Счета-фактуры**. "
     "Если документа нет после 5-го числа, создайте обращение с типом «Заказ».",
     "оплата, документы", 120, nullptr},
    {"payment-en", "Оплата", "en", "published", "Paying by bank transfer",
     "Bank transfers take one to three business days.\n\n"
     "Put the **invoice number** in the payment reference, so the payment is matched "
     "automatically. Payments without it are matched by hand within two business days.",
     "payment", -20, nullptr},
    {"notify-ru", "Уведомления", "ru", "published", "Как настроить уведомления",
     "Уведомления настраиваются в разделе **Профиль → Уведомления**.\n\n"
     "- Эл. почта: о каждом ответе по обращению.\n"
     "- Чат: только о срочных событиях.\n\n"
     "Изменения вступают в силу сразу.",
     "уведомления", 200, nullptr},
    {"notify-zh", "Уведомления", "zh", "archived", "收不到通知邮件",
     "旧版通知设置已停用，请在**个人资料 → 通知**中重新设置。", "通知", 0, nullptr},
    {"vpn-en", "Сеть", "en", "published", "VPN disconnects every few minutes",
     "Most drops come from the laptop going to sleep on battery.\n\n"
     "- Turn off **Allow the computer to turn off this device** for the network adapter.\n"
     "- Update the VPN client to the current version.\n"
     "- If it still drops, collect the client log and attach it to the ticket.",
     "vpn, network", 30, nullptr},
};

} // namespace

Result<QHash<QString, qint64>> KbSamples::add(DatabasePtr database, const Clock& clock)
{
    const QDate today = clock.now().date();
    const qsizetype count = std::size(kSamples);
    QHash<QString, qint64> ids;
    for (qsizetype i = 0; i < count; ++i) {
        const Sample& sample = kSamples[i];
        ImportedArticle item;
        item.article.title = QString::fromUtf8(sample.title);
        item.article.body = QString::fromUtf8(sample.body);
        item.article.lang = QString::fromLatin1(sample.lang);
        item.article.status = QString::fromLatin1(sample.status);
        item.article.tags = QString::fromUtf8(sample.tags);
        if (sample.reviewInDays != 0)
            item.article.reviewBy = today.addDays(sample.reviewInDays);
        if (sample.translationOf)
            item.article.translationOf = ids.value(QString::fromLatin1(sample.translationOf));
        item.importKey = QStringLiteral("samples/%1.md").arg(QString::fromLatin1(sample.key));
        item.categoryPath = QString::fromUtf8(sample.category);
        item.location = item.importKey;
        // Written a day and a half apart, the last one now, so lists ordered
        // by change have one answer and the dates look like real work.
        FixedClock when(clock.nowMs() - (count - 1 - i) * 36 * 3600 * 1000);
        auto saved = ArticleRepository(database, when).saveImported({item}, false);
        if (!saved)
            return saved.error();
        auto all = ArticleRepository(database).all();
        if (!all)
            return all.error();
        for (const Article& article : std::as_const(all.value())) {
            if (article.title == item.article.title)
                ids.insert(QString::fromLatin1(sample.key), article.id);
        }
    }
    return ids;
}

} // namespace Switchboard::Test
