// SPDX-License-Identifier: MIT
#include "demotexts.h"

namespace Switchboard {
namespace {

QStringList list(std::initializer_list<const char16_t*> items)
{
    QStringList result;
    result.reserve(qsizetype(items.size()));
    for (const char16_t* item : items)
        result << QString::fromUtf16(item);
    return result;
}

Trilingual tri(std::initializer_list<const char16_t*> ru, std::initializer_list<const char16_t*> zh,
               std::initializer_list<const char16_t*> en)
{
    return {list(ru), list(zh), list(en)};
}

QList<DemoName> names(std::initializer_list<std::pair<const char16_t*, const char*>> items)
{
    QList<DemoName> result;
    for (const auto& [native, latin] : items)
        result << DemoName{QString::fromUtf16(native), QString::fromLatin1(latin)};
    return result;
}

QList<DemoOrganisation>
makeOrganisations(std::initializer_list<std::pair<const char16_t*, const char*>> items)
{
    QList<DemoOrganisation> result;
    for (const auto& [name, domain] : items)
        result << DemoOrganisation{QString::fromUtf16(name), QString::fromLatin1(domain)};
    return result;
}

enum Group
{
    Billing,
    Hardware,
    Orders,
    General
};

DemoTopic topic(const char* tag, TicketType type, Group group, int priority, double weight,
                DemoProductKind products)
{
    DemoTopic t;
    t.tag = QString::fromLatin1(tag);
    t.type = type;
    t.group = group;
    t.priority = priority;
    t.weight = weight;
    t.products = products;
    return t;
}

QList<DemoTopic> buildTopics()
{
    using P = DemoProductKind;
    using T = TicketType;
    QList<DemoTopic> topics;

    DemoTopic t = topic("printer", T::Fault, Hardware, 3, 9, P::Printer);
    t.subjects = tri({u"Принтер не печатает", u"Принтер %P не печатает",
                      u"Принтер %P выдаёт ошибку замятия бумаги",
                      u"После обновления драйвера принтер %P не печатает"},
                     {u"打印机无法打印", u"打印机%P无法打印", u"打印机%P提示卡纸",
                      u"更新驱动后打印机%P不能打印"},
                     {u"Printer not printing", u"Printer %P is not printing",
                      u"%P shows a paper jam error", u"%P stopped printing after driver update"});
    t.openings =
        tri({u"Здравствуйте! Принтер %P перестал печатать: задания висят в очереди, "
             u"индикатор мигает оранжевым. Перезагрузка не помогла.",
             u"Добрый день. Принтер %P пишет «замятие бумаги», хотя бумаги внутри нет. "
             u"Что делать?"},
            {u"您好，打印机%P突然不能打印了，任务一直卡在队列里，指示灯闪橙色，重启也没用。",
             u"打印机%P一直提示卡纸，但里面并没有纸，请问怎么处理？"},
            {u"Hello, our %P stopped printing: jobs stay in the queue and the light "
             u"blinks orange. Restarting did not help.",
             u"The %P keeps reporting a paper jam although there is no paper inside. "
             u"What should we do?"});
    t.replies = tri({u"Здравствуйте! Пожалуйста, очистите очередь печати и переустановите драйвер "
                     u"с нашего сайта. Если ошибка останется, пришлите фото панели принтера."},
                    {u"您好！请先清空打印队列，并从官网重新安装驱动。如果问题仍然存在，请发送打印机"
                     u"面板的照片。"},
                    {u"Hello! Please clear the print queue and reinstall the driver from our "
                     u"website. If the error remains, send us a photo of the printer's panel."});
    t.solutions =
        tri({u"Мы удалённо сбросили настройки принтера %P, тестовая страница напечаталась. "
             u"Закрываем обращение."},
            {u"我们已远程重置打印机%P的设置，测试页打印正常。此工单将关闭。"},
            {u"We reset the %P remotely and the test page printed fine. Closing the "
             u"ticket."});
    topics << t;

    t = topic("password", T::Fault, General, 3, 9, P::None);
    t.subjects = tri({u"Не удаётся сбросить пароль", u"Не приходит письмо для сброса пароля",
                      u"Ошибка при смене пароля"},
                     {u"重置密码失败", u"收不到重置密码的邮件", u"修改密码时报错"},
                     {u"Password reset fails", u"Password reset e-mail never arrives",
                      u"Error when changing password"});
    t.openings = tri({u"Нажимаю «Забыли пароль?», но письмо со ссылкой не приходит уже час. "
                      u"Спам проверил.",
                      u"При смене пароля появляется ошибка «токен недействителен»."},
                     {u"我点击了“忘记密码”，但一个小时了还没收到重置邮件，垃圾邮件也看过了。",
                      u"修改密码时提示“令牌无效”，无法完成操作。"},
                     {u"I clicked 'Forgot password' but the reset link has not arrived for an "
                      u"hour. I checked the spam folder.",
                      u"Changing my password fails with 'invalid token'."});
    t.replies =
        tri({u"Проверили вашу учётную запись: ссылка для сброса была заблокирована почтовым "
             u"фильтром. Отправили новую ссылку, она действует 30 минут."},
            {u"我们检查了您的账户：重置链接被邮件过滤器拦截了。已重新发送新链接，30分钟内有效。"},
            {u"We checked your account: the reset link was blocked by a mail filter. "
             u"We sent a new link, valid for 30 minutes."});
    t.solutions = tri({u"Пароль успешно изменён, вход работает. Рекомендуем включить двухфакторную "
                       u"аутентификацию."},
                      {u"密码已成功修改，可以正常登录。建议开启双重验证。"},
                      {u"Your password has been changed and login works. We recommend turning on "
                       u"two-factor authentication."});
    topics << t;

    t = topic("login", T::Fault, General, 2, 7, P::None);
    t.subjects = tri({u"Не могу войти в личный кабинет", u"Учётная запись заблокирована",
                      u"Ошибка входа: неверный код подтверждения"},
                     {u"无法登录账户", u"账户被锁定", u"登录时验证码错误"},
                     {u"Cannot log in to my account", u"Account locked",
                      u"Login error: invalid verification code"});
    t.openings = tri({u"С утра не могу войти в личный кабинет: после ввода пароля страница "
                      u"обновляется и ничего не происходит.",
                      u"Учётную запись заблокировали после трёх попыток входа, а мне срочно нужен "
                      u"доступ к документам."},
                     {u"从早上开始无法登录账户，输入密码后页面刷新但没有任何反应。",
                      u"输错三次密码后账户被锁定了，我急需查看文件。"},
                     {u"Since this morning I cannot log in: after entering the password the page "
                      u"reloads and nothing happens.",
                      u"My account was locked after three attempts and I urgently need my "
                      u"documents."});
    t.replies = tri({u"Разблокировали учётную запись. Очистите, пожалуйста, кэш браузера и "
                     u"попробуйте войти снова."},
                    {u"账户已解锁。请清除浏览器缓存后重新登录。"},
                    {u"We unlocked the account. Please clear the browser cache and try again."});
    t.solutions = tri({u"Вход восстановлен, причиной была устаревшая сессия. Обращение решено."},
                      {u"登录已恢复，原因是会话过期。问题已解决。"},
                      {u"Access is restored; an expired session was the cause. Resolved."});
    topics << t;

    t = topic("invoice", T::Consultation, Billing, 4, 7, P::None);
    t.subjects =
        tri({u"Нужна копия счёта № %N", u"Прошу выслать закрывающие документы по счёту %N",
             u"Счёт-фактура за прошлый месяц"},
            {u"需要发票副本 %N", u"请提供%N号发票", u"申请开具上月增值税发票"},
            {u"Invoice copy needed", u"Invoice copy needed for %N", u"Please resend invoice %N"});
    t.openings = tri({u"Добрый день! Бухгалтерия просит копию счёта № %N с печатью. Пришлите, "
                      u"пожалуйста, на эту почту."},
                     {u"您好！财务需要%N号发票的副本，请发送到此邮箱。"},
                     {u"Hello, our accounting team needs a copy of invoice %N. Could you send it "
                      u"to this address?"});
    t.replies = tri({u"Копия счёта № %N во вложении. Оригинал отправим почтой в течение трёх "
                     u"рабочих дней."},
                    {u"附件是%N号发票的副本，原件将在三个工作日内寄出。"},
                    {u"Please find a copy of invoice %N attached. The original will be posted "
                     u"within three business days."});
    t.solutions = tri({u"Документы отправлены, трек-номер письма указан в личном кабинете."},
                      {u"文件已寄出，快递单号可在账户中查看。"},
                      {u"The documents have been sent; the tracking number is in your account."});
    topics << t;

    t = topic("billing", T::Complaint, Billing, 2, 5, P::Plan);
    t.subjects = tri({u"Двойное списание по счёту %N", u"Списали деньги дважды за тариф «%P»",
                      u"Неверная сумма в счёте %N"},
                     {u"重复扣款 %N", u"“%P”套餐被扣了两次费", u"账单%N金额有误"},
                     {u"Charged twice for invoice %N", u"Double charge for the %P plan",
                      u"Wrong amount on invoice %N"});
    t.openings = tri({u"С карты дважды списали оплату по счёту %N. Верните, пожалуйста, лишнюю "
                      u"сумму. Выписку прикладываю."},
                     {u"%N号账单从我的银行卡扣了两次款，请退还多扣的金额，附上银行流水。"},
                     {u"My card was charged twice for invoice %N. Please refund the extra "
                      u"payment; the bank statement is attached."});
    t.replies = tri({u"Приносим извинения. Передали платёж в финансовый отдел для проверки, "
                     u"ответим в течение суток."},
                    {u"非常抱歉。已将付款转交财务部核查，我们将在24小时内回复。"},
                    {u"We apologise. The payment is with our finance team for review; we will "
                     u"reply within a day."});
    t.solutions = tri({u"Возврат лишнего платежа оформлен, деньги поступят на карту в течение "
                       u"5 рабочих дней."},
                      {u"多扣款项已办理退款，将在5个工作日内退回您的银行卡。"},
                      {u"The duplicate payment has been refunded; the money will be back on your "
                       u"card within 5 business days."});
    topics << t;

    t = topic("delivery", T::Order, Orders, 3, 9, P::None);
    t.subjects = tri(
        {u"Где мой заказ № %N?", u"Когда доставят заказ %N?", u"Статус заказа № %N не меняется"},
        {u"订单 %N 什么时候发货？", u"查询订单%N物流", u"订单%N状态一直不更新"},
        {u"Where is my order #%N?", u"Delivery date for order #%N",
         u"Order #%N status not updating"});
    t.openings = tri({u"Заказ № %N оплачен пять дней назад, но статус всё ещё «в обработке». "
                      u"Когда ждать доставку?"},
                     {u"订单%N五天前就付款了，但状态一直是“处理中”，请问什么时候能发货？"},
                     {u"Order #%N was paid five days ago but still says 'processing'. When will "
                      u"it be delivered?"});
    t.replies = tri({u"Заказ № %N собран и передан в службу доставки, ориентировочная дата — "
                     u"через 2 дня. Трек-номер отправили в SMS."},
                    {u"订单%N已打包并交给快递，预计两天内送达，运单号已通过短信发送。"},
                    {u"Order #%N has been packed and handed to the courier; expected delivery in "
                     u"2 days. The tracking number was sent by SMS."});
    t.solutions =
        tri({u"Заказ № %N доставлен. Спасибо, что выбрали нас!"}, {u"订单%N已签收，感谢您的支持！"},
            {u"Order #%N has been delivered. Thank you for shopping with us!"});
    topics << t;

    t = topic("delivery", T::Complaint, Orders, 2, 4, P::None);
    t.subjects = tri({u"Задержка доставки заказа № %N", u"Курьер не приехал, заказ %N",
                      u"Привезли не тот товар по заказу № %N"},
                     {u"订单 %N 配送延迟", u"快递员没有上门，订单%N", u"订单%N发错货了"},
                     {u"Delivery of order #%N is late", u"Courier did not show up, order #%N",
                      u"Wrong item delivered for order #%N"});
    t.openings = tri({u"Доставку заказа № %N переносят уже третий раз. Это неприемлемо, прошу "
                      u"разобраться и компенсировать ожидание."},
                     {u"订单%N的配送已经第三次改期了，这太让人失望了，请尽快处理并给予补偿。"},
                     {u"Delivery of order #%N has been rescheduled for the third time. This is "
                      u"unacceptable; please sort it out and compensate."});
    t.replies = tri({u"Приносим извинения за задержку. Мы связались со службой доставки и "
                     u"назначили доставку на завтра с 10 до 14."},
                    {u"对于延误我们深表歉意。已联系快递公司，改为明天10点至14点送达。"},
                    {u"We are sorry for the delay. We contacted the courier service and booked "
                     u"delivery for tomorrow between 10:00 and 14:00."});
    t.solutions = tri({u"Заказ доставлен, на ваш счёт начислены бонусы в качестве компенсации."},
                      {u"订单已送达，作为补偿我们已向您的账户发放积分。"},
                      {u"The order has been delivered and bonus points were added to your account "
                       u"as compensation."});
    topics << t;

    t = topic("order", T::Order, Orders, 3, 5, P::Computer);
    t.subjects = tri(
        {u"Изменить адрес доставки заказа № %N", u"Отменить заказ № %N",
         u"Добавить %P в заказ № %N"},
        {u"修改订单 %N 的收货地址", u"取消订单%N", u"在订单%N中添加%P"},
        {u"Change delivery address for order #%N", u"Cancel order #%N", u"Add %P to order #%N"});
    t.openings = tri({u"Прошу изменить адрес доставки заказа № %N: мы переехали в новый офис."},
                     {u"请修改订单%N的收货地址，我们搬到了新办公室。"},
                     {u"Please change the delivery address of order #%N: we moved to a new "
                      u"office."});
    t.replies = tri({u"Адрес в заказе № %N изменён. Подтвердите, пожалуйста, контактный телефон "
                     u"получателя."},
                    {u"订单%N的地址已修改，请确认收件人的联系电话。"},
                    {u"The address on order #%N has been updated. Please confirm the recipient's "
                     u"phone number."});
    t.solutions = tri({u"Изменения в заказе № %N сохранены, новая дата доставки — в SMS."},
                      {u"订单%N的修改已保存，新的送达日期已短信通知。"},
                      {u"The changes to order #%N are saved; the new delivery date was sent by "
                       u"SMS."});
    topics << t;

    t = topic("compatibility", T::Consultation, General, 4, 6, P::Computer);
    t.subjects = tri({u"Вопрос о совместимости %P", u"Подойдёт ли %P для работы с 1С?",
                      u"Какую гарантию даёте на %P?"},
                     {u"%P 兼容性咨询", u"%P 能运行我们的财务软件吗？", u"%P的保修期是多久？"},
                     {u"Is %P compatible with my system?", u"Question about %P specifications",
                      u"Warranty terms for %P"});
    t.openings = tri({u"Подскажите, пожалуйста, поддерживает ли %P подключение двух мониторов и "
                      u"Windows 11?"},
                     {u"请问%P支持双显示器和Windows 11吗？"},
                     {u"Could you tell me whether the %P supports two monitors and Windows 11?"});
    t.replies =
        tri({u"Да, %P поддерживает два монитора через HDMI и USB-C и сертифицирован для "
             u"Windows 11. Характеристики во вложении."},
            {u"是的，%P可通过HDMI和USB-C连接两台显示器，并已通过Windows 11认证。规格表见附件。"},
            {u"Yes, the %P drives two monitors over HDMI and USB-C and is certified for "
             u"Windows 11. The specification sheet is attached."});
    t.solutions = tri({u"Рады были помочь! Если появятся вопросы, пишите."},
                      {u"很高兴为您解答！如有其他问题请随时联系我们。"},
                      {u"Glad we could help! Write to us if anything else comes up."});
    topics << t;

    t = topic("hardware", T::Fault, Hardware, 2, 5, P::Computer);
    t.subjects =
        tri({u"%P не включается", u"%P перегревается и выключается", u"Синий экран на %P"},
            {u"%P 无法开机", u"%P过热自动关机", u"%P蓝屏"},
            {u"%P does not turn on", u"%P overheats and shuts down", u"Blue screen on %P"});
    t.openings = tri({u"Ноутбук %P не включается после обновления BIOS, индикатор питания не "
                      u"горит. Гарантия ещё действует."},
                     {u"笔记本%P更新BIOS后无法开机，电源指示灯不亮，还在保修期内。"},
                     {u"The %P will not turn on after a BIOS update; the power light stays off. "
                      u"It is still under warranty."});
    t.replies =
        tri({u"Попробуйте, пожалуйста, удерживать кнопку питания 30 секунд при "
             u"отключённом адаптере. Если не поможет, оформим гарантийный ремонт."},
            {u"请在拔掉电源适配器的情况下长按电源键30秒。如果仍无效，我们将为您办理保修维修。"},
            {u"Please hold the power button for 30 seconds with the adapter unplugged. "
             u"If that does not help we will arrange a warranty repair."});
    t.solutions = tri({u"Сервисный центр заменил плату питания %P, устройство работает. "
                       u"Обращение закрыто."},
                      {u"维修中心已更换%P的电源板，设备恢复正常。"},
                      {u"The service centre replaced the power board of the %P and it works "
                       u"again."});
    topics << t;

    t = topic("outage", T::Fault, Hardware, 1, 1.5, P::None);
    t.subjects = tri({u"Сервис недоступен у всех сотрудников", u"Не работает сервер 1С",
                      u"Полностью остановлена работа офиса"},
                     {u"所有员工都无法访问服务", u"服务器宕机，业务中断", u"办公室系统全部瘫痪"},
                     {u"Service down for all our staff", u"Server is down, business stopped",
                      u"Whole office cannot work"});
    t.openings = tri({u"Срочно! С 9 утра ни один сотрудник не может подключиться к сервису, "
                      u"работа офиса остановлена."},
                     {u"紧急！从早上9点起所有员工都无法连接系统，业务完全停止。"},
                     {u"Urgent! Since 9 am nobody in our office can connect; business has "
                      u"stopped."});
    t.replies = tri({u"Инцидент принят в работу с наивысшим приоритетом, инженеры уже "
                     u"подключились. Сообщим о ходе работ через 30 минут."},
                    {u"事件已按最高优先级处理，工程师已介入，30分钟后通报进展。"},
                    {u"The incident is being handled at top priority and engineers are on it. "
                     u"We will update you within 30 minutes."});
    t.solutions = tri({u"Работа сервиса восстановлена: причиной был сбой сетевого оборудования в "
                       u"дата-центре. Приносим извинения."},
                      {u"服务已恢复，原因是数据中心网络设备故障。给您带来不便深表歉意。"},
                      {u"Service has been restored; a network failure in the data centre was "
                       u"the cause. We apologise for the disruption."});
    topics << t;

    t = topic("network", T::Fault, Hardware, 3, 4, P::Router);
    t.subjects = tri({u"Роутер %P теряет соединение", u"Медленный интернет через %P",
                      u"Wi-Fi пропадает каждые 10 минут"},
                     {u"路由器%P经常断线", u"%P网速很慢", u"Wi-Fi每隔10分钟断一次"},
                     {u"Router %P keeps dropping connection", u"Slow internet through %P",
                      u"Wi-Fi drops every 10 minutes"});
    t.openings = tri({u"Роутер %P каждые несколько минут теряет соединение, приходится "
                      u"перезагружать вручную."},
                     {u"路由器%P每隔几分钟就断网，只能手动重启。"},
                     {u"The %P router loses the connection every few minutes and we have to "
                      u"restart it by hand."});
    t.replies = tri({u"Обновите, пожалуйста, прошивку %P до последней версии и смените канал "
                     u"Wi-Fi на 36. Сообщите результат."},
                    {u"请将%P固件升级到最新版本，并把Wi-Fi信道改为36，然后告诉我们结果。"},
                    {u"Please update the %P firmware to the latest version and switch the Wi-Fi "
                     u"channel to 36, then let us know."});
    t.solutions = tri({u"После обновления прошивки соединение стабильно. Обращение решено."},
                      {u"固件升级后连接稳定，问题已解决。"},
                      {u"The connection is stable after the firmware update. Resolved."});
    topics << t;

    t = topic("scanner", T::Fault, Hardware, 3, 3, P::Scanner);
    t.subjects = tri({u"Сканер %P не распознаётся", u"Сканер %P сканирует с полосами"},
                     {u"扫描仪%P无法识别", u"扫描仪%P扫描有条纹"},
                     {u"Scanner %P not detected", u"Scanner %P leaves streaks"});
    t.openings = tri({u"Компьютер не видит сканер %P после переустановки системы."},
                     {u"重装系统后电脑识别不到扫描仪%P。"},
                     {u"The computer no longer detects the %P scanner after reinstalling the "
                      u"system."});
    t.replies = tri({u"Установите, пожалуйста, пакет драйверов для %P по ссылке и подключите "
                     u"сканер к другому USB-порту."},
                    {u"请通过链接安装%P驱动包，并将扫描仪接到另一个USB接口。"},
                    {u"Please install the %P driver package from the link and plug the scanner "
                     u"into another USB port."});
    t.solutions = tri({u"Сканер %P снова работает. Спасибо за терпение!"},
                      {u"扫描仪%P已恢复正常，感谢您的耐心！"},
                      {u"The %P scanner works again. Thank you for your patience!"});
    topics << t;

    t = topic("refund", T::Complaint, Billing, 3, 4, P::Phone);
    t.subjects = tri({u"Возврат средств за %P", u"Хочу вернуть %P, не подошёл"},
                     {u"%P 退款申请", u"%P不合适，申请退货"},
                     {u"Refund request for %P", u"I want to return the %P"});
    t.openings = tri({u"Купил %P неделю назад, устройство не держит заряд. Прошу оформить "
                      u"возврат денег."},
                     {u"一周前买的%P电池不耐用，请办理退款。"},
                     {u"I bought a %P a week ago and the battery does not hold its charge. "
                      u"Please refund me."});
    t.replies = tri({u"Оформили заявку на возврат. Курьер заберёт %P в удобное для вас время, "
                     u"выберите его по ссылке."},
                    {u"退货申请已提交，快递员会在您方便的时间上门取回%P，请通过链接选择时间。"},
                    {u"We have opened a return. A courier will pick up the %P at a time you "
                     u"choose via the link."});
    t.solutions = tri({u"Деньги за %P возвращены на карту. Приносим извинения за неудобства."},
                      {u"%P的货款已退回您的银行卡，给您带来不便敬请谅解。"},
                      {u"The money for the %P has been refunded to your card. Sorry for the "
                       u"trouble."});
    topics << t;

    t = topic("plan", T::Consultation, Billing, 4, 5, P::Plan);
    t.subjects = tri(
        {u"Как сменить тариф на «%P»?", u"Вопрос по тарифу «%P»", u"Нужна консультация по оплате"},
        {u"如何更改为“%P”套餐？", u"关于“%P”套餐的咨询", u"付款方式咨询"},
        {u"How do I switch to the %P plan?", u"Question about the %P plan", u"Payment options"});
    t.openings = tri({u"Хотим перейти на тариф «%P» со следующего месяца. Как это сделать и "
                      u"пересчитаете ли вы текущий период?"},
                     {u"我们想从下个月起改用“%P”套餐，应该怎么操作？本期费用会重新计算吗？"},
                     {u"We would like to move to the %P plan next month. How do we do that and "
                      u"will the current period be prorated?"});
    t.replies = tri({u"Сменить тариф можно в разделе «Оплата» личного кабинета. Разница за "
                     u"текущий период будет пересчитана автоматически."},
                    {u"您可以在账户的“付款”页面更改套餐，本期差额将自动重新计算。"},
                    {u"You can change the plan under Billing in your account; the difference for "
                     u"the current period is prorated automatically."});
    t.solutions = tri({u"Тариф «%P» подключён с первого числа следующего месяца."},
                      {u"“%P”套餐将于下月1日生效。"},
                      {u"The %P plan is active from the first of next month."});
    topics << t;

    t = topic("service", T::Complaint, General, 3, 3, P::None);
    t.subjects = tri({u"Жалоба на качество обслуживания", u"Долго не отвечаете на обращение",
                      u"Оператор положил трубку"},
                     {u"对服务质量的投诉", u"工单很久没人回复", u"客服挂断了电话"},
                     {u"Complaint about service quality", u"No answer to my request for days",
                      u"The agent hung up on me"});
    t.openings = tri({u"Третий день жду ответа по своему вопросу, на звонки никто не отвечает. "
                      u"Очень недоволен сервисом."},
                     {u"我的问题已经等了三天没人回复，电话也打不通，对服务非常不满意。"},
                     {u"I have been waiting three days for an answer and nobody picks up the "
                      u"phone. I am very unhappy with the service."});
    t.replies = tri({u"Приносим искренние извинения. Руководитель группы лично взял ваш вопрос "
                     u"на контроль и свяжется с вами сегодня."},
                    {u"非常抱歉。组长已亲自跟进您的问题，今天会与您联系。"},
                    {u"We sincerely apologise. A team lead has taken your case personally and "
                     u"will contact you today."});
    t.solutions = tri({u"Ваш вопрос решён, мы разобрали ситуацию с командой. Спасибо за обратную "
                       u"связь."},
                      {u"您的问题已解决，我们已与团队复盘此事，感谢您的反馈。"},
                      {u"Your issue is resolved and we have reviewed the case with the team. "
                       u"Thank you for the feedback."});
    topics << t;

    t = topic("email", T::Consultation, General, 3, 4, P::None);
    t.subjects = tri({u"Не приходят письма с уведомлениями", u"Как настроить уведомления?"},
                     {u"收不到通知邮件", u"如何设置通知？"},
                     {u"Notification e-mails not arriving", u"How do I set up notifications?"});
    t.openings = tri({u"Перестали приходить уведомления о новых документах на почту."},
                     {u"收不到新文件的邮件通知了。"},
                     {u"We no longer receive e-mail notifications about new documents."});
    t.replies = tri({u"Проверьте, пожалуйста, раздел «Настройки → Уведомления»: после "
                     u"обновления подписка могла отключиться."},
                    {u"请检查“设置 → 通知”页面，更新后订阅可能被关闭了。"},
                    {u"Please check Settings → Notifications: the subscription may have been "
                     u"switched off by the update."});
    t.solutions =
        tri({u"Уведомления снова приходят. Обращение решено."}, {u"通知已恢复正常，问题已解决。"},
            {u"Notifications arrive again. Resolved."});
    topics << t;

    return topics;
}

} // namespace

QString languageKey(DemoLanguage language)
{
    switch (language) {
    case DemoLanguage::Ru:
        return QStringLiteral("ru");
    case DemoLanguage::Zh:
        return QStringLiteral("zh");
    case DemoLanguage::En:
        return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

const DemoTexts& DemoTexts::instance()
{
    static const DemoTexts texts = [] {
        DemoTexts d;
        d.groups = {
            {QStringLiteral("Billing"), QStringLiteral("Invoices, payments, refunds, plans")},
            {QStringLiteral("Hardware"), QStringLiteral("Printers, computers, network, outages")},
            {QStringLiteral("Orders"), QStringLiteral("Orders, delivery, returns")},
            {QStringLiteral("General"), QStringLiteral("Accounts, access and everything else")},
        };
        d.topics = buildTopics();
        d.products[int(DemoProductKind::None)] = {};
        d.products[int(DemoProductKind::Printer)] =
            list({u"HP LaserJet M404", u"Canon PIXMA G3420", u"Xerox B210", u"Kyocera ECOSYS P2040",
                  u"Epson L3150", u"Brother HL-L2340", u"Pantum P2500"});
        d.products[int(DemoProductKind::Computer)] =
            list({u"ThinkPad T14", u"MacBook Air M2", u"Huawei MateBook D15", u"Dell OptiPlex 7090",
                  u"Lenovo IdeaPad 5", u"ASUS VivoBook 15", u"HP ProBook 450"});
        d.products[int(DemoProductKind::Router)] =
            list({u"TP-Link Archer C6", u"Xiaomi AX3000", u"Keenetic Giga", u"ASUS RT-AX55",
                  u"Huawei AX3"});
        d.products[int(DemoProductKind::Scanner)] =
            list({u"Canon DR-C225", u"Epson DS-530", u"Fujitsu fi-7160", u"Plustek PS186"});
        d.products[int(DemoProductKind::Phone)] =
            list({u"Xiaomi Redmi Note 12", u"Samsung Galaxy A54", u"Honor X8", u"iPhone 13",
                  u"realme C55"});
        d.products[int(DemoProductKind::Plan)] =
            list({u"Start", u"Business", u"Business Plus", u"Enterprise"});

        d.clarifications = tri(
            {u"Уточните, пожалуйста, номер договора и приложите скриншот ошибки.",
             u"Чтобы продолжить, нам нужны серийный номер устройства и фото чека.",
             u"Подскажите, когда именно возникла проблема и что вы делали перед этим?"},
            {u"请提供合同编号并附上错误截图。", u"为了继续处理，我们需要设备序列号和购买凭证照片。",
             u"请问问题具体是什么时候出现的？之前做过什么操作？"},
            {u"Could you tell us your contract number and attach a screenshot of the error?",
             u"To continue we need the device serial number and a photo of the receipt.",
             u"When exactly did the problem start, and what did you do just before?"});
        d.followUps = tri({u"Скриншот и номер договора во вложении.",
                           u"Серийный номер прислал, фото чека прикладываю.",
                           u"Проблема появилась вчера вечером после обновления."},
                          {u"截图和合同编号见附件。", u"序列号已发送，购买凭证照片见附件。",
                           u"问题是昨天晚上更新后出现的。"},
                          {u"The screenshot and contract number are attached.",
                           u"Serial number sent, photo of the receipt attached.",
                           u"It started last night after the update."});
        d.notes = tri({u"Проверил логи: ошибка на стороне склада, передал коллегам.",
                       u"Клиент VIP, держим на контроле.",
                       u"Похожая проблема была на прошлой неделе, см. базу знаний."},
                      {u"查看了日志：问题出在仓库系统，已转交同事。", u"VIP客户，需重点跟进。",
                       u"上周出现过类似问题，参见知识库。"},
                      {u"Checked the logs: the warehouse system is at fault, passed to the team.",
                       u"VIP customer, keep an eye on it.",
                       u"Same issue last week, see the knowledge base."});
        d.reopenings =
            tri({u"Проблема снова появилась, решение не помогло.",
                 u"К сожалению, всё повторилось сегодня утром."},
                {u"问题又出现了，之前的方法没有用。", u"很遗憾，今天早上又出现了同样的问题。"},
                {u"The problem is back; the fix did not help.",
                 u"Unfortunately it happened again this morning."});
        d.holdReasons =
            tri({u"Обращение отложено: ожидаем ответа поставщика."},
                {u"工单已挂起：等待供应商回复。"}, {u"Ticket on hold: waiting for the supplier."});
        d.webForm = tri({u"Обращение создано через веб-форму."}, {u"工单通过网页表单创建。"},
                        {u"Ticket created from the web form."});
        d.autoResolved =
            tri({u"Обращение решено автоматически: клиент не ответил в течение 7 дней."},
                {u"客户7天未回复，工单已自动解决。"},
                {u"Resolved automatically: no reply from the customer for 7 days."});
        d.signatures = tri({u"С уважением, служба поддержки"}, {u"此致，客服中心"},
                           {u"Best regards, Support team"});

        constexpr int ru = int(DemoLanguage::Ru);
        constexpr int zh = int(DemoLanguage::Zh);
        constexpr int en = int(DemoLanguage::En);
        d.maleFirstNames[ru] = names({{u"Иван", "Ivan"},
                                      {u"Алексей", "Aleksey"},
                                      {u"Дмитрий", "Dmitry"},
                                      {u"Сергей", "Sergey"},
                                      {u"Андрей", "Andrey"},
                                      {u"Михаил", "Mikhail"},
                                      {u"Николай", "Nikolay"},
                                      {u"Павел", "Pavel"},
                                      {u"Артём", "Artyom"},
                                      {u"Егор", "Egor"}});
        d.femaleFirstNames[ru] = names({{u"Анна", "Anna"},
                                        {u"Мария", "Maria"},
                                        {u"Елена", "Elena"},
                                        {u"Ольга", "Olga"},
                                        {u"Наталья", "Natalya"},
                                        {u"Татьяна", "Tatyana"},
                                        {u"Ирина", "Irina"},
                                        {u"Светлана", "Svetlana"},
                                        {u"Юлия", "Yulia"},
                                        {u"Ксения", "Ksenia"}});
        d.lastNames[ru] =
            names({{u"Иванов", "Ivanov"},     {u"Смирнов", "Smirnov"},   {u"Кузнецов", "Kuznetsov"},
                   {u"Попов", "Popov"},       {u"Соколов", "Sokolov"},   {u"Лебедев", "Lebedev"},
                   {u"Козлов", "Kozlov"},     {u"Новиков", "Novikov"},   {u"Морозов", "Morozov"},
                   {u"Волков", "Volkov"},     {u"Фёдоров", "Fyodorov"},  {u"Михайлов", "Mikhaylov"},
                   {u"Беляев", "Belyaev"},    {u"Орлов", "Orlov"},       {u"Зайцев", "Zaytsev"},
                   {u"Соловьёв", "Solovyov"}, {u"Васильев", "Vasilyev"}, {u"Павлов", "Pavlov"},
                   {u"Семёнов", "Semyonov"},  {u"Голубев", "Golubev"}});
        d.maleFirstNames[zh] = names({{u"伟", "Wei"},
                                      {u"磊", "Lei"},
                                      {u"洋", "Yang"},
                                      {u"勇", "Yong"},
                                      {u"杰", "Jie"},
                                      {u"涛", "Tao"},
                                      {u"明", "Ming"},
                                      {u"建华", "Jianhua"},
                                      {u"晓东", "Xiaodong"},
                                      {u"志强", "Zhiqiang"},
                                      {u"浩然", "Haoran"},
                                      {u"俊杰", "Junjie"}});
        d.femaleFirstNames[zh] = names({{u"芳", "Fang"},
                                        {u"娜", "Na"},
                                        {u"敏", "Min"},
                                        {u"静", "Jing"},
                                        {u"艳", "Yan"},
                                        {u"娟", "Juan"},
                                        {u"秀英", "Xiuying"},
                                        {u"丽娟", "Lijuan"},
                                        {u"海燕", "Haiyan"},
                                        {u"子涵", "Zihan"},
                                        {u"雨桐", "Yutong"}});
        d.lastNames[zh] = names(
            {{u"王", "Wang"}, {u"李", "Li"},    {u"张", "Zhang"}, {u"刘", "Liu"}, {u"陈", "Chen"},
             {u"杨", "Yang"}, {u"黄", "Huang"}, {u"赵", "Zhao"},  {u"吴", "Wu"},  {u"周", "Zhou"},
             {u"徐", "Xu"},   {u"孙", "Sun"},   {u"马", "Ma"},    {u"朱", "Zhu"}, {u"胡", "Hu"},
             {u"郭", "Guo"},  {u"何", "He"},    {u"林", "Lin"},   {u"高", "Gao"}, {u"罗", "Luo"}});
        d.maleFirstNames[en] = names({{u"James", "James"},
                                      {u"John", "John"},
                                      {u"Robert", "Robert"},
                                      {u"Michael", "Michael"},
                                      {u"David", "David"},
                                      {u"William", "William"},
                                      {u"Thomas", "Thomas"},
                                      {u"Daniel", "Daniel"},
                                      {u"Oliver", "Oliver"},
                                      {u"Jack", "Jack"}});
        d.femaleFirstNames[en] = names({{u"Emily", "Emily"},
                                        {u"Sarah", "Sarah"},
                                        {u"Jessica", "Jessica"},
                                        {u"Laura", "Laura"},
                                        {u"Emma", "Emma"},
                                        {u"Olivia", "Olivia"},
                                        {u"Sophie", "Sophie"},
                                        {u"Hannah", "Hannah"},
                                        {u"Grace", "Grace"},
                                        {u"Chloe", "Chloe"}});
        d.lastNames[en] =
            names({{u"Smith", "Smith"},   {u"Johnson", "Johnson"}, {u"Williams", "Williams"},
                   {u"Brown", "Brown"},   {u"Jones", "Jones"},     {u"Miller", "Miller"},
                   {u"Davis", "Davis"},   {u"Wilson", "Wilson"},   {u"Taylor", "Taylor"},
                   {u"Clark", "Clark"},   {u"Walker", "Walker"},   {u"Hall", "Hall"},
                   {u"Young", "Young"},   {u"King", "King"},       {u"Wright", "Wright"},
                   {u"Green", "Green"},   {u"Baker", "Baker"},     {u"Adams", "Adams"},
                   {u"Turner", "Turner"}, {u"Parker", "Parker"}});
        d.organisations[ru] =
            makeOrganisations({{u"ООО «Ромашка»", "romashka.example"},
                               {u"АО «Техносфера»", "technosfera.example"},
                               {u"ООО «ВолгаЛогистик»", "volgalogistic.example"},
                               {u"ПАО «СеверСтрой»", "severstroy.example"},
                               {u"ГБУ «Городская поликлиника № 3»", "clinic3.example"},
                               {u"", "mail.example"},
                               {u"", "yandex.example"}});
        d.organisations[zh] = makeOrganisations({{u"北京星辰科技有限公司", "xingchen-tech.example"},
                                                 {u"上海华东贸易有限公司", "huadong-trade.example"},
                                                 {u"深圳云帆电子有限公司", "yunfan-e.example"},
                                                 {u"杭州绿野物流有限公司", "lvye.example"},
                                                 {u"", "qq.example"},
                                                 {u"", "163.example"}});
        d.organisations[en] = makeOrganisations({{u"Acme Corporation", "acme.example"},
                                                 {u"Northwind Traders", "northwind.example"},
                                                 {u"Globex Ltd", "globex.example"},
                                                 {u"Blue Harbor Clinic", "blueharbor.example"},
                                                 {u"", "mail.example"},
                                                 {u"", "inbox.example"}});
        return d;
    }();
    return texts;
}

} // namespace Switchboard
