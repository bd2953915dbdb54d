// SPDX-License-Identifier: MIT
#include "demoarticletexts.h"

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

enum TopicIndex
{
    Printer,
    Password,
    Vpn,
    Email,
    Invoice,
    Order,
    Delivery,
    Account,
    Wifi,
    Refund
};

DemoArticleTopic topic(const char* tag, DemoProductKind products, const char16_t* ru,
                       const char16_t* zh, const char16_t* en, QList<int> related)
{
    DemoArticleTopic t;
    t.tag = QString::fromLatin1(tag);
    t.products = products;
    t.category = {QString::fromUtf16(ru), QString::fromUtf16(zh), QString::fromUtf16(en)};
    t.related = std::move(related);
    return t;
}

QList<DemoArticleTopic> buildTopics()
{
    using P = DemoProductKind;
    QList<DemoArticleTopic> topics;

    DemoArticleTopic t = topic("printer", P::Printer, u"Оборудование/Принтеры", u"硬件/打印机",
                               u"Hardware/Printers", {Wifi, Account});
    t.titles = tri(
        {u"Что делать, если принтер не печатает", u"Как переустановить драйвер принтера %P",
         u"Как устранить замятие бумаги в принтере %P", u"Почему принтер печатает пустые листы",
         u"Как подключить принтер %P по сети", u"Как очистить очередь печати"},
        {u"打印机无法打印怎么办", u"如何重新安装打印机%P的驱动", u"如何处理打印机%P卡纸",
         u"打印机为什么打印出空白页", u"如何通过网络连接打印机%P", u"如何清空打印队列"},
        {u"What to do if the printer is not printing", u"How to reinstall the %P printer driver",
         u"How to clear a paper jam in the %P", u"Why does the printer print blank pages",
         u"How to connect the %P printer over the network", u"How to clear the print queue"});
    t.facts = tri(
        {u"Чаще всего принтер не печатает из-за зависшего задания в очереди печати.",
         u"Если индикатор на панели принтера мигает оранжевым, устройство сообщает об ошибке.",
         u"После обновления операционной системы старый драйвер принтера может перестать "
         u"работать.",
         u"Замятие бумаги обычно возникает при использовании слишком тонкой или влажной бумаги.",
         u"Пустые листы печатаются, когда в картридже закончился тонер или с него не снята "
         u"защитная плёнка.",
         u"Сетевой принтер получает адрес от роутера, и после перезагрузки роутера адрес может "
         u"измениться.",
         u"Модель %P поддерживает печать по Wi-Fi и через USB-кабель.",
         u"Драйверы для принтеров %P публикуются на сайте производителя в разделе поддержки.",
         u"Печать с ноутбука по сети невозможна, если принтер и компьютер находятся в разных "
         u"подсетях.",
         u"Счётчик страниц принтера помогает понять, не пора ли заменить фотобарабан."},
        {u"打印机无法打印，最常见的原因是打印队列中有卡住的任务。",
         u"如果打印机面板上的指示灯闪橙色，说明设备报告了错误。",
         u"操作系统更新后，旧版打印机驱动可能无法正常工作。",
         u"使用过薄或受潮的纸张通常会导致卡纸。",
         u"墨粉用完或者硒鼓上的保护膜没有撕掉时，打印机会打印出空白页。",
         u"网络打印机的地址由路由器分配，路由器重启后地址可能会改变。",
         u"%P型号支持无线打印，也可以通过USB数据线连接。",
         u"%P的驱动程序可以在厂商官网的支持页面下载。",
         u"如果打印机和电脑不在同一个子网，就无法通过网络打印。",
         u"通过打印机的页数计数器可以判断是否需要更换感光鼓。"},
        {u"Most often the printer does not print because a job is stuck in the print queue.",
         u"When the light on the printer panel blinks orange, the device is reporting an error.",
         u"After an operating system update the old printer driver may stop working.",
         u"Paper jams usually happen when the paper is too thin or has absorbed moisture.",
         u"Blank pages come out when the toner cartridge is empty or its protective tape was "
         u"not removed.",
         u"A network printer gets its address from the router, and the address may change "
         u"after the router restarts.",
         u"The %P supports printing over Wi-Fi and over a USB cable.",
         u"Drivers for the %P are published on the manufacturer's support page.",
         u"Printing from a laptop over the network fails when the printer and the computer are "
         u"on different subnets.",
         u"The printer's page counter tells you whether the drum unit is due for replacement."});
    t.steps = tri({u"Откройте «Устройства и принтеры» и удалите все задания из очереди печати.",
                   u"Выключите принтер, отсоедините кабель питания и подождите одну минуту.",
                   u"Откройте переднюю крышку и аккуратно извлеките замятую бумагу.",
                   u"Скачайте последнюю версию драйвера для %P и установите её.",
                   u"Распечатайте тестовую страницу из свойств принтера.",
                   u"Проверьте, что принтер и компьютер подключены к одной сети."},
                  {u"打开“设备和打印机”，删除打印队列中的所有任务。",
                   u"关闭打印机，拔下电源线，等待一分钟。", u"打开前盖，小心取出卡住的纸张。",
                   u"下载%P的最新驱动程序并安装。", u"在打印机属性中打印一张测试页。",
                   u"确认打印机和电脑连接在同一个网络中。"},
                  {u"Open Devices and Printers and delete every job in the print queue.",
                   u"Switch the printer off, unplug the power cable and wait for one minute.",
                   u"Open the front cover and carefully pull out the jammed paper.",
                   u"Download the latest driver for the %P and install it.",
                   u"Print a test page from the printer properties.",
                   u"Check that the printer and the computer are connected to the same network."});
    topics << t;

    t = topic("password", P::None, u"Учётные записи/Пароли", u"账户/密码", u"Accounts/Passwords",
              {Account, Email});
    t.titles = tri({u"Как сбросить пароль от личного кабинета",
                    u"Что делать, если не приходит письмо для сброса пароля", u"Как сменить пароль",
                    u"Почему пароль не принимается", u"Как включить двухфакторную аутентификацию",
                    u"Как восстановить доступ без телефона"},
                   {u"如何重置个人账户密码", u"收不到重置密码的邮件怎么办", u"如何修改密码",
                    u"为什么密码无法通过验证", u"如何开启双重验证", u"没有手机如何恢复访问"},
                   {u"How do I reset my account password",
                    u"What to do if the password reset e-mail does not arrive",
                    u"How to change your password", u"Why is my password not accepted",
                    u"How to turn on two-factor authentication",
                    u"How to regain access without your phone"});
    t.facts = tri(
        {u"Ссылка для сброса пароля действует тридцать минут и работает только один раз.",
         u"Письмо со ссылкой иногда попадает в папку «Спам» или задерживается почтовым фильтром.",
         u"Новый пароль должен содержать не менее десяти символов, включая цифры и буквы.",
         u"Пароль нельзя повторять: система помнит пять последних паролей.",
         u"После пяти неудачных попыток входа учётная запись блокируется на пятнадцать минут.",
         u"Двухфакторная аутентификация защищает учётную запись, даже если пароль стал "
         u"известен посторонним.",
         u"Сбросить пароль сотрудника может администратор в панели управления.",
         u"Браузер может подставлять сохранённый старый пароль, и тогда вход не удаётся."},
        {u"重置密码的链接有效期为三十分钟，并且只能使用一次。",
         u"含有链接的邮件有时会进入垃圾邮件文件夹，或被邮件过滤器延迟。",
         u"新密码至少需要十个字符，并且必须包含数字和字母。",
         u"密码不能重复使用，系统会记住最近五次使用的密码。",
         u"连续五次登录失败后，账户会被锁定十五分钟。",
         u"即使密码被他人知道，双重验证也能保护您的账户。", u"管理员可以在管理后台为员工重置密码。",
         u"浏览器可能会自动填入保存的旧密码，导致登录失败。"},
        {u"The password reset link is valid for thirty minutes and works only once.",
         u"The e-mail with the link sometimes lands in the spam folder or is delayed by a mail "
         u"filter.",
         u"A new password needs at least ten characters, including digits and letters.",
         u"Passwords cannot be reused: the system remembers your last five passwords.",
         u"After five failed sign-in attempts the account is locked for fifteen minutes.",
         u"Two-factor authentication protects the account even if someone else learns the "
         u"password.",
         u"An administrator can reset an employee's password in the admin console.",
         u"The browser may fill in an old saved password, and then signing in fails."});
    t.steps = tri({u"На странице входа нажмите «Забыли пароль?».",
                   u"Введите адрес электронной почты, указанный при регистрации.",
                   u"Откройте письмо и перейдите по ссылке для сброса пароля.",
                   u"Придумайте новый пароль и введите его дважды.",
                   u"Удалите сохранённые пароли в настройках браузера.",
                   u"Войдите с новым паролем и включите двухфакторную аутентификацию."},
                  {u"在登录页面点击“忘记密码”。", u"输入注册时使用的电子邮箱地址。",
                   u"打开邮件并点击重置密码的链接。", u"设置新密码并输入两次。",
                   u"在浏览器设置中删除保存的密码。", u"使用新密码登录并开启双重验证。"},
                  {u"On the sign-in page click Forgot password.",
                   u"Enter the e-mail address you registered with.",
                   u"Open the e-mail and follow the password reset link.",
                   u"Choose a new password and type it twice.",
                   u"Delete saved passwords in the browser settings.",
                   u"Sign in with the new password and turn on two-factor authentication."});
    topics << t;

    t = topic("vpn", P::Computer, u"Сеть/VPN", u"网络/VPN", u"Network/VPN", {Wifi, Password});
    t.titles = tri(
        {u"Как подключиться к корпоративному VPN", u"Почему VPN отключается каждые пять минут",
         u"Что делать, если VPN не подключается на ноутбуке %P", u"Как настроить VPN на телефоне",
         u"Почему через VPN не открываются внутренние сайты"},
        {u"如何连接公司VPN", u"VPN为什么每五分钟断开一次", u"笔记本%P无法连接VPN怎么办",
         u"如何在手机上设置VPN", u"为什么通过VPN打不开内部网站"},
        {u"How to connect to the corporate VPN", u"Why does the VPN disconnect every five minutes",
         u"What to do if the VPN does not connect on a %P laptop",
         u"How to set up the VPN on a phone", u"Why internal sites do not open over the VPN"});
    t.facts = tri(
        {u"Для подключения к VPN нужен клиент, логин сотрудника и одноразовый код.",
         u"Соединение VPN разрывается, если ноутбук переходит в спящий режим.",
         u"Некоторые публичные сети Wi-Fi в гостиницах блокируют VPN-подключения.",
         u"Ошибка сертификата означает, что на компьютере неверно установлены дата и время.",
         u"Внутренние сайты открываются только тогда, когда VPN подключён и DNS работает через "
         u"туннель.",
         u"Клиент VPN на %P обновляется автоматически раз в месяц.",
         u"Одновременно можно подключить к VPN не больше трёх устройств.",
         u"Медленная работа через VPN чаще всего связана с нестабильным интернетом дома."},
        {u"连接VPN需要客户端、员工账号和一次性验证码。", u"笔记本进入睡眠模式时，VPN连接会断开。",
         u"一些酒店的公共无线网络会屏蔽VPN连接。", u"证书错误说明电脑上的日期和时间设置不正确。",
         u"只有在VPN已连接并且域名解析经过隧道时，才能打开内部网站。",
         u"%P上的VPN客户端每月自动更新一次。", u"同一时间最多可以有三台设备连接VPN。",
         u"通过VPN访问速度慢，通常是家里的网络不稳定造成的。"},
        {u"To connect to the VPN you need the client, your employee login and a one-time code.",
         u"The VPN connection drops when the laptop goes to sleep.",
         u"Some public Wi-Fi networks in hotels block VPN connections.",
         u"A certificate error means the date and time on the computer are set incorrectly.",
         u"Internal sites open only when the VPN is connected and DNS goes through the tunnel.",
         u"The VPN client on the %P updates itself once a month.",
         u"At most three devices can be connected to the VPN at the same time.",
         u"A slow VPN is most often caused by an unstable internet connection at home."});
    t.steps = tri({u"Установите клиент VPN с внутреннего портала.",
                   u"Запустите клиент и введите логин сотрудника.",
                   u"Подтвердите вход одноразовым кодом из приложения.",
                   u"Проверьте дату, время и часовой пояс на компьютере.",
                   u"Отключите режим сна в настройках электропитания.",
                   u"Переподключитесь к VPN и откройте внутренний сайт."},
                  {u"从内部门户网站安装VPN客户端。", u"启动客户端并输入员工账号。",
                   u"使用应用中的一次性验证码确认登录。", u"检查电脑上的日期、时间和时区。",
                   u"在电源设置中关闭睡眠模式。", u"重新连接VPN并打开内部网站。"},
                  {u"Install the VPN client from the internal portal.",
                   u"Start the client and enter your employee login.",
                   u"Confirm the sign-in with the one-time code from the app.",
                   u"Check the date, time and time zone on the computer.",
                   u"Turn off sleep mode in the power settings.",
                   u"Reconnect to the VPN and open an internal site."});
    topics << t;

    t = topic("email", P::Phone, u"Почта/Настройка", u"邮箱/设置", u"E-mail/Setup",
              {Password, Account});
    t.titles =
        tri({u"Как настроить почту на телефоне %P", u"Почему не приходят письма",
             u"Как восстановить удалённое письмо", u"Что делать, если почтовый ящик переполнен",
             u"Как настроить автоответ на время отпуска"},
            {u"如何在手机%P上设置邮箱", u"为什么收不到邮件", u"如何恢复已删除的邮件",
             u"邮箱已满怎么办", u"如何设置休假自动回复"},
            {u"How to set up e-mail on a %P phone", u"Why are e-mails not arriving",
             u"How to recover a deleted e-mail", u"What to do if the mailbox is full",
             u"How to set up an out-of-office reply"});
    t.facts = tri(
        {u"Для настройки почты на телефоне нужны адреса серверов IMAP и SMTP.",
         u"Письма не приходят, если почтовый ящик заполнен больше чем на девяносто процентов.",
         u"Удалённые письма хранятся в корзине тридцать дней, затем удаляются навсегда.",
         u"Письма с большими вложениями могут отклоняться сервером получателя.",
         u"Автоответ отправляется каждому отправителю только один раз в сутки.",
         u"Почтовый фильтр помещает подозрительные письма в карантин.",
         u"На телефоне %P почта синхронизируется каждые пятнадцать минут, если не включена "
         u"push-доставка.",
         u"Пересылку писем на внешние адреса может запретить администратор."},
        {u"在手机上设置邮箱需要IMAP和SMTP服务器地址。",
         u"邮箱使用超过百分之九十时，将无法收到新邮件。",
         u"已删除的邮件会在回收站保存三十天，之后永久删除。",
         u"带有大附件的邮件可能会被收件方服务器拒收。", u"自动回复对每位发件人每天只发送一次。",
         u"邮件过滤器会把可疑邮件放入隔离区。", u"如果没有开启推送，%P手机每十五分钟同步一次邮件。",
         u"管理员可以禁止将邮件转发到外部地址。"},
        {u"To set up e-mail on a phone you need the IMAP and SMTP server addresses.",
         u"Messages stop arriving when the mailbox is more than ninety percent full.",
         u"Deleted messages stay in the trash for thirty days and are then removed for good.",
         u"Messages with large attachments may be rejected by the recipient's server.",
         u"The out-of-office reply is sent to each sender only once a day.",
         u"The mail filter moves suspicious messages to quarantine.",
         u"On the %P phone mail syncs every fifteen minutes unless push delivery is on.",
         u"An administrator can forbid forwarding mail to external addresses."});
    t.steps = tri({u"Откройте настройки телефона и добавьте новую учётную запись почты.",
                   u"Выберите тип IMAP и укажите адрес сервера входящей почты.",
                   u"Укажите сервер исходящей почты SMTP и порт 587.",
                   u"Очистите корзину и папку «Отправленные», чтобы освободить место.",
                   u"Проверьте папку карантина в веб-интерфейсе почты.",
                   u"Включите автоответ и укажите даты отпуска."},
                  {u"打开手机设置并添加新的邮箱账户。", u"选择IMAP类型并填写收件服务器地址。",
                   u"填写SMTP发件服务器和587端口。", u"清空回收站和已发送文件夹以释放空间。",
                   u"在网页版邮箱中查看隔离区文件夹。", u"开启自动回复并填写休假日期。"},
                  {u"Open the phone settings and add a new mail account.",
                   u"Choose IMAP and enter the incoming mail server address.",
                   u"Enter the SMTP outgoing server and port 587.",
                   u"Empty the trash and the Sent folder to free up space.",
                   u"Check the quarantine folder in webmail.",
                   u"Turn on the automatic reply and enter your holiday dates."});
    topics << t;

    t = topic("invoice", P::Plan, u"Оплата/Счета", u"付款/发票", u"Billing/Invoices",
              {Refund, Order});
    t.titles = tri({u"Как получить копию счёта", u"Как изменить реквизиты в счёте",
                    u"Почему счёт %N не оплачен", u"Как получить закрывающие документы",
                    u"Как оплатить тариф %P по счёту"},
                   {u"如何获取发票副本", u"如何修改发票上的公司信息", u"为什么发票%N显示未付款",
                    u"如何获取结算单据", u"如何通过发票支付%P套餐"},
                   {u"How to get a copy of an invoice", u"How to change the details on an invoice",
                    u"Why is invoice %N shown as unpaid", u"How to get closing documents",
                    u"How to pay for the %P plan by invoice"});
    t.facts = tri(
        {u"Копию счёта можно скачать в личном кабинете в разделе «Документы».",
         u"Реквизиты в счёте меняются только до его оплаты.",
         u"Оплата по безналичному расчёту поступает на счёт в течение трёх рабочих дней.",
         u"Если в назначении платежа не указан номер счёта %N, платёж может не найтись.",
         u"Закрывающие документы формируются в последний рабочий день месяца.",
         u"Тариф %P оплачивается помесячно или сразу за год со скидкой.",
         u"Счета выставляются с НДС, ставка указана в каждой строке.",
         u"Оригиналы документов отправляются почтой или через электронный документооборот."},
        {u"您可以在个人账户的“文件”栏目下载发票副本。", u"发票信息只能在付款之前修改。",
         u"银行转账的款项会在三个工作日内到账。",
         u"如果付款备注中没有填写发票号%N，款项可能无法匹配。",
         u"结算单据在每月最后一个工作日生成。", u"%P套餐可以按月付款，也可以按年付款并享受折扣。",
         u"发票包含增值税，每一行都标明了税率。", u"纸质原件通过邮寄或电子文档系统发送。"},
        {u"You can download a copy of the invoice in your account under Documents.",
         u"The details on an invoice can be changed only before it is paid.",
         u"A bank transfer reaches our account within three business days.",
         u"If the payment reference does not mention invoice %N, the payment may not be matched.",
         u"Closing documents are issued on the last business day of the month.",
         u"The %P plan is paid monthly, or yearly with a discount.",
         u"Invoices include VAT, and the rate is shown on every line.",
         u"Original documents are sent by post or through electronic document exchange."});
    t.steps = tri(
        {u"Войдите в личный кабинет и откройте раздел «Документы».",
         u"Найдите счёт %N и нажмите «Скачать PDF».",
         u"Проверьте реквизиты компании перед оплатой.",
         u"Укажите номер счёта в назначении платежа.",
         u"Пришлите платёжное поручение, если оплата не отразилась через три дня."},
        {u"登录个人账户并打开“文件”栏目。", u"找到发票%N并点击“下载PDF”。", u"付款前核对公司信息。",
         u"在付款备注中填写发票号。", u"如果三天后仍未显示付款，请发送付款凭证。"},
        {u"Sign in to your account and open Documents.", u"Find invoice %N and click Download PDF.",
         u"Check the company details before paying.",
         u"Put the invoice number in the payment reference.",
         u"Send us the payment order if the payment does not show after three days."});
    topics << t;

    t = topic("order", P::Computer, u"Заказы/Оформление", u"订单/下单", u"Orders/Placing orders",
              {Delivery, Refund});
    t.titles = tri({u"Как изменить заказ после оформления", u"Как отменить заказ %N",
                    u"Почему заказ не подтверждён", u"Как узнать статус заказа",
                    u"Как добавить товар к оформленному заказу"},
                   {u"下单后如何修改订单", u"如何取消订单%N", u"为什么订单没有确认",
                    u"如何查询订单状态", u"如何在已提交的订单中添加商品"},
                   {u"How to change an order after placing it", u"How to cancel order %N",
                    u"Why has my order not been confirmed", u"How to check the status of an order",
                    u"How to add an item to an order you already placed"});
    t.facts = tri(
        {u"Заказ можно изменить, пока он не передан на склад для сборки.",
         u"Отменённый заказ %N нельзя восстановить, его придётся оформить заново.",
         u"Заказ подтверждается после поступления оплаты или звонка менеджера.",
         u"Статус заказа обновляется в личном кабинете и приходит в уведомлениях.",
         u"Ноутбуки %P резервируются за заказом на три дня.",
         u"Если товара нет на складе, менеджер предложит замену или сообщит срок поставки.",
         u"Скидка по промокоду применяется только при оформлении нового заказа.",
         u"К одному заказу можно добавить не больше двадцати позиций."},
        {u"订单在交给仓库拣货之前都可以修改。", u"已取消的订单%N无法恢复，需要重新下单。",
         u"收到付款或客户经理来电确认后，订单才会确认。",
         u"订单状态会在个人账户中更新，并通过通知发送。", u"%P笔记本会为订单保留三天。",
         u"如果仓库缺货，客户经理会推荐替代商品或告知到货时间。", u"优惠码只在提交新订单时生效。",
         u"一个订单最多可以添加二十件商品。"},
        {u"An order can be changed until it is handed to the warehouse for picking.",
         u"A cancelled order %N cannot be restored; it has to be placed again.",
         u"An order is confirmed once the payment arrives or a manager calls you.",
         u"The order status is updated in your account and sent in notifications.",
         u"%P laptops are reserved for an order for three days.",
         u"If an item is out of stock, a manager offers a replacement or tells you the delivery "
         u"date.",
         u"A promo code applies only when a new order is placed.",
         u"One order can hold at most twenty items."});
    t.steps = tri({u"Откройте раздел «Мои заказы» в личном кабинете.",
                   u"Выберите заказ %N и нажмите «Изменить».",
                   u"Удалите или добавьте товары и сохраните изменения.",
                   u"Если кнопки нет, напишите в поддержку номер заказа.",
                   u"Дождитесь письма с подтверждением нового состава заказа."},
                  {u"在个人账户中打开“我的订单”。", u"选择订单%N并点击“修改”。",
                   u"删除或添加商品并保存修改。", u"如果没有该按钮，请把订单号发给客服。",
                   u"等待确认新订单内容的邮件。"},
                  {u"Open My orders in your account.", u"Select order %N and click Edit.",
                   u"Remove or add items and save the changes.",
                   u"If there is no such button, write the order number to support.",
                   u"Wait for the e-mail confirming the new contents of the order."});
    topics << t;

    t = topic("delivery", P::None, u"Заказы/Доставка", u"订单/配送", u"Orders/Delivery",
              {Order, Refund});
    t.titles = tri({u"Где мой заказ: как отследить доставку", u"Почему задерживается доставка",
                    u"Как изменить адрес доставки", u"Что делать, если посылка пришла повреждённой",
                    u"Как выбрать пункт выдачи"},
                   {u"我的订单在哪里：如何跟踪物流", u"为什么配送延迟", u"如何修改收货地址",
                    u"包裹送到时已损坏怎么办", u"如何选择自提点"},
                   {u"Where is my order: how to track a delivery", u"Why is my delivery late",
                    u"How to change the delivery address",
                    u"What to do if the parcel arrived damaged", u"How to choose a pickup point"});
    t.facts = tri(
        {u"Трек-номер посылки приходит в письме после передачи заказа в службу доставки.",
         u"Доставка может задерживаться в праздники и во время распродаж.",
         u"Адрес доставки можно изменить, пока посылка не покинула склад.",
         u"Повреждённую посылку лучше не забирать и составить акт с курьером.",
         u"В пункте выдачи заказ хранится семь дней, затем возвращается на склад.",
         u"Курьер звонит за час до приезда и может перенести доставку на другой день.",
         u"Крупногабаритные товары доставляются только до подъезда.",
         u"Статус «в пути» может не обновляться, пока посылка находится на сортировке."},
        {u"订单交给快递公司后，您会收到带有运单号的邮件。", u"节假日和促销期间配送可能会延迟。",
         u"包裹离开仓库之前可以修改收货地址。", u"如果包裹损坏，最好拒收并与快递员一起填写记录。",
         u"订单在自提点保存七天，之后会退回仓库。",
         u"快递员会在到达前一小时打电话，也可以改约其他日期。", u"大件商品只送到楼下。",
         u"包裹在分拣中心时，“运输中”状态可能不会更新。"},
        {u"The tracking number arrives by e-mail once the order is handed to the courier.",
         u"Deliveries may be late during holidays and sales.",
         u"The delivery address can be changed until the parcel leaves the warehouse.",
         u"It is best not to accept a damaged parcel and to write a report with the courier.",
         u"A pickup point keeps the order for seven days and then returns it to the warehouse.",
         u"The courier calls an hour before arriving and can move the delivery to another day.",
         u"Bulky goods are delivered to the building entrance only.",
         u"The in transit status may not update while the parcel is at a sorting centre."});
    t.steps = tri({u"Откройте письмо о передаче заказа и скопируйте трек-номер.",
                   u"Введите трек-номер на сайте службы доставки.",
                   u"Если посылка не движется три дня, напишите нам номер заказа %N.",
                   u"Сфотографируйте упаковку, если она повреждена.",
                   u"Выберите удобный пункт выдачи на карте при оформлении заказа."},
                  {u"打开订单发货邮件并复制运单号。", u"在快递公司网站上输入运单号。",
                   u"如果包裹三天没有更新，请把订单号%N发给我们。", u"如果包装损坏，请拍照留存。",
                   u"下单时在地图上选择方便的自提点。"},
                  {u"Open the dispatch e-mail and copy the tracking number.",
                   u"Enter the tracking number on the courier's website.",
                   u"If the parcel has not moved for three days, send us order number %N.",
                   u"Take photos of the packaging if it is damaged.",
                   u"Choose a convenient pickup point on the map when ordering."});
    topics << t;

    t = topic("account", P::Plan, u"Учётные записи/Профиль", u"账户/个人资料", u"Accounts/Profile",
              {Password, Email});
    t.titles =
        tri({u"Как изменить адрес электронной почты в профиле",
             u"Что делать, если учётная запись заблокирована", u"Как удалить учётную запись",
             u"Как добавить сотрудника в учётную запись компании", u"Как сменить тариф %P"},
            {u"如何修改个人资料中的邮箱地址", u"账户被锁定怎么办", u"如何注销账户",
             u"如何在公司账户中添加员工", u"如何更换%P套餐"},
            {u"How to change the e-mail address in your profile",
             u"What to do if your account is locked", u"How to delete your account",
             u"How to add an employee to the company account", u"How to switch to the %P plan"});
    t.facts = tri(
        {u"Новый адрес электронной почты нужно подтвердить по ссылке из письма.",
         u"Учётная запись блокируется после нескольких неудачных попыток входа или по решению "
         u"службы безопасности.",
         u"Удаление учётной записи необратимо: история заказов и документы будут стёрты.",
         u"Администратор компании может пригласить сотрудников и назначить им роли.",
         u"Тариф %P можно сменить в любой момент, разница пересчитывается пропорционально.",
         u"Номер телефона в профиле используется для входа по коду из SMS.",
         u"Учётные записи без входа больше года переводятся в архив.",
         u"Имя и фамилию в профиле можно изменить без обращения в поддержку."},
        {u"新的邮箱地址需要通过邮件中的链接确认。", u"多次登录失败或安全部门决定时，账户会被锁定。",
         u"注销账户不可恢复，订单记录和文件都会被删除。", u"公司管理员可以邀请员工并为其分配角色。",
         u"%P套餐可以随时更换，差价会按比例计算。", u"个人资料中的手机号用于短信验证码登录。",
         u"超过一年未登录的账户会被归档。", u"个人资料中的姓名无需联系客服即可修改。"},
        {u"A new e-mail address has to be confirmed through the link in the message.",
         u"An account is locked after several failed sign-in attempts or by the security team.",
         u"Deleting an account cannot be undone: order history and documents are erased.",
         u"The company administrator can invite employees and give them roles.",
         u"You can switch to the %P plan at any time; the difference is prorated.",
         u"The phone number in the profile is used to sign in with an SMS code.",
         u"Accounts without a sign-in for more than a year are archived.",
         u"You can change the name in your profile without contacting support."});
    t.steps = tri({u"Откройте профиль и выберите «Настройки учётной записи».",
                   u"Введите новый адрес электронной почты и сохраните изменения.",
                   u"Подтвердите изменение по ссылке из письма.",
                   u"Если учётная запись заблокирована, подождите пятнадцать минут.",
                   u"Пригласите сотрудника по адресу почты и выберите его роль."},
                  {u"打开个人资料并选择“账户设置”。", u"输入新的邮箱地址并保存修改。",
                   u"通过邮件中的链接确认修改。", u"如果账户被锁定，请等待十五分钟。",
                   u"通过邮箱邀请员工并选择其角色。"},
                  {u"Open your profile and choose Account settings.",
                   u"Enter the new e-mail address and save the changes.",
                   u"Confirm the change through the link in the e-mail.",
                   u"If the account is locked, wait for fifteen minutes.",
                   u"Invite the employee by e-mail address and choose a role."});
    topics << t;

    t = topic("wifi", P::Router, u"Сеть/Wi-Fi", u"网络/无线网络", u"Network/Wi-Fi", {Vpn, Printer});
    t.titles =
        tri({u"Что делать, если не работает интернет по Wi-Fi", u"Как перезагрузить роутер %P",
             u"Почему Wi-Fi медленный", u"Как сменить пароль от Wi-Fi на роутере %P",
             u"Как подключиться к гостевой сети"},
            {u"无线网络上不了网怎么办", u"如何重启路由器%P", u"为什么无线网络很慢",
             u"如何修改路由器%P的无线密码", u"如何连接访客网络"},
            {u"What to do if the Wi-Fi internet is not working", u"How to restart the %P router",
             u"Why is the Wi-Fi slow", u"How to change the Wi-Fi password on the %P router",
             u"How to connect to the guest network"});
    t.facts = tri(
        {u"Большинство проблем с Wi-Fi решается перезагрузкой роутера.",
         u"Роутер %P работает в диапазонах 2,4 и 5 ГГц.",
         u"Стены и микроволновые печи ослабляют сигнал беспроводной сети.",
         u"Гостевая сеть изолирована от рабочих компьютеров и принтеров.",
         u"Если горит красный индикатор интернета, проблема у провайдера.",
         u"После смены пароля от Wi-Fi все устройства нужно подключить заново.",
         u"Обновление прошивки роутера исправляет ошибки и повышает скорость.",
         u"Скорость по кабелю обычно выше, чем по беспроводной сети."},
        {u"大多数无线网络问题重启路由器就能解决。", u"路由器%P支持2.4GHz和5GHz两个频段。",
         u"墙壁和微波炉会削弱无线信号。", u"访客网络与办公电脑和打印机是隔离的。",
         u"如果网络指示灯亮红色，说明是运营商的问题。", u"修改无线密码后，所有设备都需要重新连接。",
         u"更新路由器固件可以修复错误并提高速度。", u"有线连接的速度通常比无线网络更快。"},
        {u"Most Wi-Fi problems are solved by restarting the router.",
         u"The %P router works in the 2.4 and 5 GHz bands.",
         u"Walls and microwave ovens weaken the wireless signal.",
         u"The guest network is isolated from office computers and printers.",
         u"If the internet light is red, the problem is on the provider's side.",
         u"After the Wi-Fi password changes, every device has to connect again.",
         u"Updating the router firmware fixes bugs and improves speed.",
         u"A cable connection is usually faster than the wireless network."});
    t.steps = tri({u"Выключите роутер %P из розетки на тридцать секунд.",
                   u"Включите роутер и подождите, пока загорится индикатор интернета.",
                   u"Забудьте сеть на устройстве и подключитесь к ней снова.",
                   u"Откройте веб-интерфейс роутера и проверьте обновления прошивки.",
                   u"Переключите устройство на диапазон 5 ГГц, если он доступен."},
                  {u"拔下路由器%P的电源，等待三十秒。", u"插上电源，等待网络指示灯亮起。",
                   u"在设备上忘记该网络并重新连接。", u"打开路由器管理页面，检查固件更新。",
                   u"如果支持，请把设备切换到5GHz频段。"},
                  {u"Unplug the %P router for thirty seconds.",
                   u"Plug it back in and wait until the internet light comes on.",
                   u"Forget the network on your device and connect again.",
                   u"Open the router's web interface and check for firmware updates.",
                   u"Switch the device to the 5 GHz band if it is available."});
    topics << t;

    t = topic("refund", P::None, u"Оплата/Возвраты", u"付款/退款", u"Billing/Refunds",
              {Order, Invoice});
    t.titles =
        tri({u"Как вернуть товар и получить деньги", u"Когда придут деньги за возврат",
             u"Как вернуть деньги за отменённый заказ %N", u"Почему возврат средств отклонён",
             u"Как обменять товар ненадлежащего качества"},
            {u"如何退货并退款", u"退款什么时候到账", u"如何退回已取消订单%N的款项",
             u"为什么退款被拒绝", u"如何更换质量有问题的商品"},
            {u"How to return an item and get a refund", u"When will my refund arrive",
             u"How to get a refund for cancelled order %N", u"Why was my refund declined",
             u"How to exchange a faulty item"});
    t.facts =
        tri({u"Товар надлежащего качества можно вернуть в течение четырнадцати дней.",
             u"Деньги возвращаются на ту же карту, с которой была оплата, в течение десяти дней.",
             u"Для возврата нужны чек или номер заказа и сохранённая упаковка.",
             u"Возврат отклоняется, если товар был в использовании или повреждён покупателем.",
             u"Неисправный товар сначала проходит проверку в сервисном центре.",
             u"За отменённый заказ %N деньги возвращаются автоматически.",
             u"Стоимость доставки возвращается только при возврате бракованного товара.",
             u"Банк может зачислять возврат дольше, чем обычный платёж."},
            {u"质量合格的商品可以在十四天内退货。", u"退款会在十天内退回到付款时使用的银行卡。",
             u"退货需要提供收据或订单号，并保留原包装。",
             u"如果商品已经使用或被买家损坏，退货会被拒绝。", u"有故障的商品需要先在服务中心检测。",
             u"已取消订单%N的款项会自动退回。", u"只有退回有质量问题的商品时才退还运费。",
             u"银行处理退款的时间可能比普通付款更长。"},
            {u"An item in good condition can be returned within fourteen days.",
             u"The money goes back to the card you paid with within ten days.",
             u"A return needs the receipt or the order number and the original packaging.",
             u"A refund is declined if the item was used or damaged by the buyer.",
             u"A faulty item is first checked at a service centre.",
             u"The money for a cancelled order %N is returned automatically.",
             u"Shipping costs are refunded only when a faulty item is returned.",
             u"The bank may take longer to credit a refund than a normal payment."});
    t.steps =
        tri({u"Откройте заказ %N и нажмите «Оформить возврат».",
             u"Укажите причину возврата и приложите фотографии.",
             u"Упакуйте товар в оригинальную упаковку.",
             u"Отнесите посылку в пункт выдачи или вызовите курьера.",
             u"Дождитесь письма о том, что возврат принят."},
            {u"打开订单%N并点击“申请退货”。", u"填写退货原因并上传照片。", u"用原包装把商品包好。",
             u"把包裹送到自提点或预约快递员上门取件。", u"等待退货已受理的邮件。"},
            {u"Open order %N and click Return item.",
             u"Give the reason for the return and attach photos.",
             u"Pack the item in its original packaging.",
             u"Take the parcel to a pickup point or book a courier.",
             u"Wait for the e-mail saying the return was accepted."});
    topics << t;

    return topics;
}

DemoArticleTexts build()
{
    DemoArticleTexts d;
    d.topics = buildTopics();
    d.intros = tri(
        {u"В этой статье описано, как решить проблему самостоятельно за несколько минут.",
         u"Эта инструкция поможет разобраться с вопросом без обращения в поддержку.",
         u"Ниже собраны ответы на вопросы, которые клиенты задают чаще всего.",
         u"Статья подготовлена специалистами службы поддержки по итогам обращений клиентов.",
         u"Если вы столкнулись с этой ситуацией, не волнуйтесь: она решается быстро."},
        {u"本文介绍如何在几分钟内自行解决这个问题。", u"这篇说明可以帮助您无需联系客服就解决问题。",
         u"下面整理了客户最常问的问题及答案。", u"本文由客服专家根据客户咨询整理而成。",
         u"如果您遇到了这种情况，不必担心，很快就能解决。"},
        {u"This article explains how to solve the problem yourself in a few minutes.",
         u"These instructions help you sort it out without contacting support.",
         u"Below are the answers to the questions customers ask most often.",
         u"Our support specialists wrote this article from customers' requests.",
         u"If this has happened to you, do not worry: it is quickly fixed."});
    d.tips = tri(
        {u"Перед тем как менять настройки, сделайте снимок экрана с текущими значениями.",
         u"Многие ошибки исчезают после простой перезагрузки компьютера.",
         u"Проверьте, установлены ли последние обновления системы и приложений.",
         u"Если ошибка повторяется, запишите её точный текст и время появления.",
         u"Не сообщайте пароль и одноразовые коды никому, даже сотрудникам поддержки.",
         u"В рабочее время специалисты отвечают на обращения в течение часа.",
         u"Инструкция подходит для Windows, macOS и большинства дистрибутивов Linux.",
         u"Скриншот ошибки помогает специалисту быстрее найти причину."},
        {u"修改设置之前，请先截图保存当前的配置。", u"很多错误只需重启电脑就会消失。",
         u"请检查系统和应用程序是否已安装最新更新。",
         u"如果错误反复出现，请记下准确的错误信息和出现时间。",
         u"不要把密码和验证码告诉任何人，包括客服人员。", u"工作时间内，客服专家会在一小时内回复。",
         u"本说明适用于Windows、macOS和大多数Linux发行版。", u"错误截图可以帮助客服更快找到原因。"},
        {u"Before changing settings, take a screenshot of the current values.",
         u"Many errors disappear after a simple restart of the computer.",
         u"Check that the latest system and application updates are installed.",
         u"If the error keeps coming back, note its exact text and when it appears.",
         u"Never share your password or one-time codes with anyone, support staff included.",
         u"During working hours our specialists answer within an hour.",
         u"These instructions work on Windows, macOS and most Linux distributions.",
         u"A screenshot of the error helps the specialist find the cause faster."});
    d.closings =
        tri({u"Если ничего не помогло, создайте обращение и укажите, какие шаги вы уже выполнили.",
             u"Остались вопросы? Напишите нам в чат, и мы поможем.",
             u"Если проблема повторяется, позвоните на горячую линию поддержки."},
            {u"如果以上方法都不起作用，请提交工单，并说明您已经尝试过的步骤。",
             u"还有疑问？请在在线客服中联系我们。", u"如果问题反复出现，请拨打客服热线。"},
            {u"If nothing helped, open a ticket and tell us which steps you already tried.",
             u"Still have questions? Write to us in the chat and we will help.",
             u"If the problem keeps coming back, call the support hotline."});
    d.headings = {
        DemoArticleHeadings{QStringLiteral("Признаки"), QStringLiteral("Причины"),
                            QStringLiteral("Что сделать"), QStringLiteral("Если не помогло"),
                            QStringLiteral("См. также")},
        DemoArticleHeadings{QStringLiteral("现象"), QStringLiteral("原因"),
                            QStringLiteral("解决步骤"), QStringLiteral("仍未解决"),
                            QStringLiteral("另请参阅")},
        DemoArticleHeadings{
            QStringLiteral("Symptoms"), QStringLiteral("Causes"), QStringLiteral("What to do"),
            QStringLiteral("If it still does not work"), QStringLiteral("See also")}};
    d.extraTags = {QStringLiteral("howto"), QStringLiteral("troubleshooting"),
                   QStringLiteral("faq"), QStringLiteral("self-service")};
    return d;
}

} // namespace

const DemoArticleTexts& DemoArticleTexts::instance()
{
    static const DemoArticleTexts texts = build();
    return texts;
}

} // namespace Switchboard
