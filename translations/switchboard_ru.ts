<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <source>Display name.</source>
        <translation>Отображаемое имя.</translation>
    </message>
    <message>
        <source>operator, lead, trainer or admin (default operator).</source>
        <translation>operator, lead, trainer или admin (по умолчанию operator).</translation>
    </message>
    <message>
        <source>Comma-separated skills.</source>
        <translation>Навыки через запятую.</translation>
    </message>
    <message>
        <source>Comma-separated languages: ru, zh, en.</source>
        <translation>Языки через запятую: ru, zh, en.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Адрес эл. почты.</translation>
    </message>
    <message>
        <source>Print the new agent as JSON.</source>
        <translation>Вывести нового оператора в формате JSON.</translation>
    </message>
    <message>
        <source>agent add needs --name</source>
        <translation>для agent add нужен параметр --name</translation>
    </message>
    <message>
        <source>--role takes operator, lead, trainer or admin</source>
        <translation>--role принимает operator, lead, trainer или admin</translation>
    </message>
    <message>
        <source>--languages takes ru, zh and en, not &apos;%1&apos;</source>
        <translation>--languages принимает ru, zh и en, а не «%1»</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>create or migrate the database, print its path and schema version</source>
        <translation>создать или обновить базу данных, вывести её путь и версию схемы</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init не принимает аргументов</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>база данных: %1</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>версия схемы: %1</translation>
    </message>
    <message>
        <source>backup of the previous version: %1</source>
        <translation>резервная копия предыдущей версии: %1</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 conflict, 4 not found, 5 bad input data (nothing was written).</source>
        <translation>
Коды выхода: 0 — успех, 1 — ошибка выполнения, 2 — ошибка использования, 3 — конфликт, 4 — не найдено, 5 — неверные входные данные (ничего не записано).</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>для --db нужен путь</translation>
    </message>
    <message>
        <source>--log-level takes trace, debug, info, warn or error</source>
        <translation>--log-level принимает trace, debug, info, warn или error</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (try --help)</source>
        <translation>неизвестный параметр «%1» (см. --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>неизвестная команда «%1» (см. --help)</translation>
    </message>
    <message>
        <source>Ticket number.</source>
        <translation>Номер обращения.</translation>
    </message>
    <message>
        <source>unknown ticket command &apos;%1&apos; (try ticket --help)</source>
        <translation>неизвестная команда обращений «%1» (см. ticket --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number</source>
        <translation>«%1» — не номер обращения</translation>
    </message>
    <message>
        <source>status: %1   priority: P%2   type: %3   channel: %4</source>
        <translation>статус: %1   приоритет: P%2   тип: %3   канал: %4</translation>
    </message>
    <message>
        <source>requester: %1 &lt;%2&gt;</source>
        <translation>заявитель: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>assignee: %1   group: %2</source>
        <translation>исполнитель: %1   группа: %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>теги: %1</translation>
    </message>
    <message>
        <source>created: %1   first response: %2   resolved: %3   closed: %4</source>
        <translation>создано: %1   первый ответ: %2   решено: %3   закрыто: %4</translation>
    </message>
    <message>
        <source>version: %1</source>
        <translation>версия: %1</translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation>Переписка:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, max %3 ms (%4 queries)</source>
        <translation>p50 %1 мс, p95 %2 мс, макс. %3 мс (%4 запросов)</translation>
    </message>
    <message>
        <source>build a synthetic data set (--tickets N) and print performance figures</source>
        <translation>создать синтетический набор данных (--tickets N) и вывести показатели производительности</translation>
    </message>
    <message>
        <source>Number of tickets (default 1000000).</source>
        <translation>Количество обращений (по умолчанию 1000000).</translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation>Вывести показатели одним объектом JSON.</translation>
    </message>
    <message>
        <source>bench takes no arguments</source>
        <translation>bench не принимает аргументов</translation>
    </message>
    <message>
        <source>--tickets takes a whole number from 1 to 100000000</source>
        <translation>--tickets принимает целое число от 1 до 100000000</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>не удаётся создать временную папку</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>генерация</translation>
    </message>
    <message>
        <source>tickets:                 %1 (%2 messages, %3 events, %4 MB)</source>
        <translation>обращений:               %1 (%2 сообщений, %3 событий, %4 МБ)</translation>
    </message>
    <message>
        <source>generation:              %1 s, %2 tickets/s</source>
        <translation>генерация:               %1 с, %2 обращений/с</translation>
    </message>
    <message>
        <source>open database:           %1 ms</source>
        <translation>открытие базы:           %1 мс</translation>
    </message>
    <message>
        <source>first queue page:        %1 ms</source>
        <translation>первая страница очереди: %1 мс</translation>
    </message>
    <message>
        <source>sort, open queue:        %1</source>
        <translation>сортировка, открытые:    %1</translation>
    </message>
    <message>
        <source>sort, all tickets:       %1</source>
        <translation>сортировка, все:         %1</translation>
    </message>
    <message>
        <source>filter, all tickets:     %1</source>
        <translation>фильтр, все:             %1</translation>
    </message>
    <message>
        <source>filter, open queue:      %1</source>
        <translation>фильтр, открытые:        %1</translation>
    </message>
    <message>
        <source>fill the database with realistic, reproducible demo data</source>
        <translation>заполнить базу реалистичными воспроизводимыми демо-данными</translation>
    </message>
    <message>
        <source>Number of tickets (default %1).</source>
        <translation>Количество обращений (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Number of agents (default %1).</source>
        <translation>Количество операторов (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Days of history ending now (default %1).</source>
        <translation>Дней истории до текущего момента (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Random seed; the same seed and --now give the same data (default %1).</source>
        <translation>Начальное значение генератора; одинаковые seed и --now дают одинаковые данные (по умолчанию %1).</translation>
    </message>
    <message>
        <source>End of the data as ISO-8601 with offset (default: the current time).</source>
        <translation>Конец данных в формате ISO-8601 со смещением (по умолчанию: текущее время).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Вывести итог в формате JSON.</translation>
    </message>
    <message>
        <source>Arrivals follow a weekday/hour curve in Europe/Moscow time with a three-day promotion spike; everything is written in one transaction.
A database that already has tickets is refused with exit code 3 (conflict), so demo data is never mixed with real data.</source>
        <translation>Поступления следуют кривой по дням недели и часам по московскому времени (Europe/Moscow) с трёхдневным всплеском из-за акции; всё записывается в одной транзакции.
База, в которой уже есть обращения, отклоняется с кодом выхода 3 (конфликт), чтобы демо-данные не смешивались с настоящими.</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo не принимает аргументов</translation>
    </message>
    <message>
        <source>--tickets takes a whole number from 0 to 100000000</source>
        <translation>--tickets принимает целое число от 0 до 100000000</translation>
    </message>
    <message>
        <source>--agents takes a whole number from 1 to 10000</source>
        <translation>--agents принимает целое число от 1 до 10000</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 3650</source>
        <translation>--days принимает целое число от 1 до 3650</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation>--seed принимает неотрицательное целое число</translation>
    </message>
    <message>
        <source>--now takes an ISO-8601 time with an offset, e.g. 2026-03-02T09:15:00+03:00</source>
        <translation>--now принимает время ISO-8601 со смещением, например 2026-03-02T09:15:00+03:00</translation>
    </message>
    <message>
        <source>generating demo data</source>
        <translation>генерация демо-данных</translation>
    </message>
    <message>
        <source>created %1 tickets, %2 messages, %3 events, %4 agents in %5 s</source>
        <translation>создано обращений: %1, сообщений: %2, событий: %3, операторов: %4 за %5 с</translation>
    </message>
    <message>
        <source>calendar arithmetic:     %1 operations/s (builtin:ru, add and elapsed)</source>
        <translation>расчёты по календарю:    %1 операций/с (builtin:ru, add и elapsed)</translation>
    </message>
    <message>
        <source>Only articles in ru, zh or en.</source>
        <translation>Только статьи на ru, zh или en.</translation>
    </message>
    <message>
        <source>Only draft, published or archived articles.</source>
        <translation>Только черновики, опубликованные или архивные статьи.</translation>
    </message>
    <message>
        <source>At most N results (default 10).</source>
        <translation>Не более N результатов (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Print the results as a JSON array.</source>
        <translation>Вывести результаты массивом JSON.</translation>
    </message>
    <message>
        <source>--lang takes ru, zh or en</source>
        <translation>--lang принимает ru, zh или en</translation>
    </message>
    <message>
        <source>--status takes draft, published or archived</source>
        <translation>--status принимает draft, published или archived</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit принимает положительное число</translation>
    </message>
    <message>
        <source>sla add | elapsed: business-time arithmetic on a calendar</source>
        <translation>sla add | elapsed: расчёт рабочего времени по календарю</translation>
    </message>
    <message>
        <source>add: the instant N business minutes after --start; elapsed: whole business minutes from --start to --end (0 if --end is not later).</source>
        <translation>add: момент через N рабочих минут после --start; elapsed: целые рабочие минуты от --start до --end (0, если --end не позже).</translation>
    </message>
    <message>
        <source>A calendar file (JSON, see the Calendars section of the CLI guide) or builtin:NAME (%1).</source>
        <translation>Файл календаря (JSON, см. раздел «Calendars» руководства по CLI) или builtin:NAME (%1).</translation>
    </message>
    <message>
        <source>ISO-8601 instant with an offset or Z.</source>
        <translation>Момент времени ISO-8601 со смещением или Z.</translation>
    </message>
    <message>
        <source>elapsed: ISO-8601 instant with an offset or Z.</source>
        <translation>elapsed: момент времени ISO-8601 со смещением или Z.</translation>
    </message>
    <message>
        <source>add: business minutes, 0 or more.</source>
        <translation>add: рабочие минуты, 0 или больше.</translation>
    </message>
    <message>
        <source>add: close (default) gives a closing time when the minutes run out exactly there; next-open gives the next opening instead, also for 0 minutes outside open hours.</source>
        <translation>add: close (по умолчанию) даёт время закрытия, если минуты заканчиваются ровно в нём; next-open вместо этого даёт следующее открытие, в том числе для 0 минут вне рабочего времени.</translation>
    </message>
    <message>
        <source>Print the result as a JSON object.</source>
        <translation>Вывести результат объектом JSON.</translation>
    </message>
    <message>
        <source>usage: sla add --calendar CAL --start TIME --minutes N [--boundary close|next-open] | sla elapsed --calendar CAL --start TIME --end TIME</source>
        <translation>использование: sla add --calendar CAL --start TIME --minutes N [--boundary close|next-open] | sla elapsed --calendar CAL --start TIME --end TIME</translation>
    </message>
    <message>
        <source>sla %1 needs --calendar</source>
        <translation>для sla %1 нужен --calendar</translation>
    </message>
    <message>
        <source>sla %1 needs --start</source>
        <translation>для sla %1 нужен --start</translation>
    </message>
    <message>
        <source>sla add takes --minutes, not --end</source>
        <translation>sla add принимает --minutes, а не --end</translation>
    </message>
    <message>
        <source>sla add needs --minutes</source>
        <translation>для sla add нужен --minutes</translation>
    </message>
    <message>
        <source>--minutes takes a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--minutes принимает целое число от 0 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>--boundary takes close or next-open, not &apos;%1&apos;</source>
        <translation>--boundary принимает close или next-open, а не «%1»</translation>
    </message>
    <message>
        <source>sla elapsed takes --end, not --minutes or --boundary</source>
        <translation>sla elapsed принимает --end, а не --minutes или --boundary</translation>
    </message>
    <message>
        <source>sla elapsed needs --end</source>
        <translation>для sla elapsed нужен --end</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 instant with an offset or Z, such as 2026-03-02T09:15:00+03:00</source>
        <translation>«%1» — не момент времени ISO-8601 со смещением или Z, например 2026-03-02T09:15:00+03:00</translation>
    </message>
    <message>
        <source>kb search QUERY | import DIR | export DIR: the knowledge base</source>
        <translation>kb search QUERY | import DIR | export DIR: база знаний</translation>
    </message>
    <message>
        <source>Search articles, best match first; import or export Markdown files.</source>
        <translation>Искать статьи (лучшие совпадения первыми); импортировать или экспортировать файлы Markdown.</translation>
    </message>
    <message>
        <source>Words to look for, in any language; or the folder of .md files.</source>
        <translation>Слова для поиска на любом языке или папка с файлами .md.</translation>
    </message>
    <message>
        <source>Only articles in this category (such as Hardware/Printers) or below it.</source>
        <translation>Только статьи этой категории (например, Hardware/Printers) и её подкатегорий.</translation>
    </message>
    <message>
        <source>Only articles with this tag.</source>
        <translation>Только статьи с этим тегом.</translation>
    </message>
    <message>
        <source>import: check and count, write nothing.</source>
        <translation>import: проверить и посчитать, ничего не записывая.</translation>
    </message>
    <message>
        <source>usage: kb search QUERY [--lang ru|zh|en] [--category PATH] [--tag TAG] [--limit N] [--json] | kb import DIR [--dry-run] | kb export DIR</source>
        <translation>использование: kb search QUERY [--lang ru|zh|en] [--category PATH] [--tag TAG] [--limit N] [--json] | kb import DIR [--dry-run] | kb export DIR</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>imported %1 articles (%2 created, %3 updated)</source>
        <translation>импортировано статей: %1 (создано: %2, обновлено: %3)</translation>
    </message>
    <message>
        <source>%1; dry run, nothing written</source>
        <translation>%1; пробный запуск, ничего не записано</translation>
    </message>
    <message>
        <source>exported %1 articles</source>
        <translation>экспортировано статей: %1</translation>
    </message>
    <message>
        <source>SLA, first computation:  %1 ms for %2 tickets</source>
        <translation>SLA, первый расчёт:      %1 мс, обращений: %2</translation>
    </message>
    <message>
        <source>SLA, policy change:      %1 ms for the newest %2 tickets (%3 changed)</source>
        <translation>SLA, смена политики:     %1 мс, самых новых обращений: %2 (изменено: %3)</translation>
    </message>
    <message>
        <source>SLA monitor start-up:    %1 ms</source>
        <translation>запуск монитора SLA:     %1 мс</translation>
    </message>
    <message>
        <source>export tickets FILE: one row per ticket, CSV or JSON Lines</source>
        <translation>export tickets FILE: по одной строке на обращение, CSV или JSON Lines</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Что экспортировать.</translation>
    </message>
    <message>
        <source>The file to write: JSON Lines if it ends in .jsonl or .ndjson, else CSV.</source>
        <translation>Файл для записи: JSON Lines, если имя оканчивается на .jsonl или .ndjson, иначе CSV.</translation>
    </message>
    <message>
        <source>Only tickets created on or after DATE (YYYY-MM-DD, local) or an ISO-8601 time with offset.</source>
        <translation>Только обращения, созданные не раньше DATE (YYYY-MM-DD, местное время) или момента ISO-8601 со смещением.</translation>
    </message>
    <message>
        <source>Only tickets created before the end of DATE, or before the time given.</source>
        <translation>Только обращения, созданные до конца дня DATE или до указанного момента.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>Exports tickets one row each, with the field names of import mappings: import tickets FILE --format csv (or jsonl) reads the file back.</source>
        <translation>Экспортирует обращения, по одному в строке, с именами полей из сопоставлений импорта: import tickets FILE --format csv (или jsonl) прочитает файл обратно.</translation>
    </message>
    <message>
        <source>usage: export tickets FILE [--from DATE] [--to DATE] [--json]</source>
        <translation>использование: export tickets FILE [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message>
        <source>--from takes a date (2026-03-01) or a time with offset</source>
        <translation>--from принимает дату (2026-03-01) или время со смещением</translation>
    </message>
    <message>
        <source>--to takes a date (2026-03-31) or a time with offset</source>
        <translation>--to принимает дату (2026-03-31) или время со смещением</translation>
    </message>
    <message>
        <source>exported %1 tickets to %2</source>
        <translation>экспортировано обращений: %1; файл: %2</translation>
    </message>
    <message>
        <source>import tickets FILE: tickets from a CSV or JSON Lines export</source>
        <translation>import tickets FILE: обращения из выгрузки CSV или JSON Lines</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>Что импортировать.</translation>
    </message>
    <message>
        <source>A CSV or JSON Lines file, optionally gzip-compressed (.gz).</source>
        <translation>Файл CSV или JSON Lines, при необходимости сжатый gzip (.gz).</translation>
    </message>
    <message>
        <source>servicenow or helpdesk (the built-in mappings of those exports), csv or jsonl (what export tickets writes); default: csv or jsonl by the file name.</source>
        <translation>servicenow или helpdesk (встроенные сопоставления для выгрузок этих систем), csv или jsonl (то, что записывает export tickets); по умолчанию csv или jsonl по имени файла.</translation>
    </message>
    <message>
        <source>A JSON mapping of columns to ticket fields (--inspect drafts one).</source>
        <translation>Сопоставление столбцов полям обращения в формате JSON (черновик создаёт --inspect).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (utf-8, utf-16le, windows-1251, koi8-r, gb18030 ...); default: detected.</source>
        <translation>Кодировка файла (utf-8, utf-16le, windows-1251, koi8-r, gb18030 ...); по умолчанию определяется автоматически.</translation>
    </message>
    <message>
        <source>Check the whole file and count, write nothing.</source>
        <translation>Проверить весь файл и подсчитать, ничего не записывая.</translation>
    </message>
    <message>
        <source>Show the encoding, delimiter, columns with sample values, the row count and a draft mapping; import nothing.</source>
        <translation>Показать кодировку, разделитель, столбцы с примерами значений, число строк и черновик сопоставления; ничего не импортировать.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>usage: import tickets FILE [--format servicenow|helpdesk|csv|jsonl] [--mapping FILE] [--encoding NAME] [--dry-run] [--inspect] [--json]</source>
        <translation>использование: import tickets FILE [--format servicenow|helpdesk|csv|jsonl] [--mapping FILE] [--encoding NAME] [--dry-run] [--inspect] [--json]</translation>
    </message>
    <message>
        <source>--format takes %1</source>
        <translation>--format принимает %1</translation>
    </message>
    <message>
        <source>Imports tickets with their history from a help desk&apos;s export, all or nothing: any bad value stops the import with file:line and column, and nothing is written (exit code 5).
Event logs (several rows per ticket) become one ticket each, with status, assignee, group and priority changes as history events.
Importing the same file again adds nothing: tickets are found by their id in the source; changed ones are updated and missing history events added.</source>
        <translation>Импортирует обращения с историей из выгрузки службы поддержки по принципу «всё или ничего»: любое неверное значение останавливает импорт с указанием файла, строки и столбца, и ничего не записывается (код выхода 5).
В журналах событий (несколько строк на обращение) строки каждого обращения объединяются в одно обращение, а изменения статуса, исполнителя, группы и приоритета становятся событиями истории.
Повторный импорт того же файла ничего не добавляет: обращения находятся по их id в источнике; изменённые обновляются, недостающие события истории добавляются.</translation>
    </message>
    <message>
        <source>file:       %1%2</source>
        <translation>файл:       %1%2</translation>
    </message>
    <message>
        <source> (gzip)</source>
        <translation> (gzip)</translation>
    </message>
    <message>
        <source>encoding:   %1%2</source>
        <translation>кодировка:  %1%2</translation>
    </message>
    <message>
        <source> (as given)</source>
        <translation> (как указано)</translation>
    </message>
    <message>
        <source> (detected: %1)</source>
        <translation> (определено: %1)</translation>
    </message>
    <message>
        <source>format:     JSON Lines</source>
        <translation>формат:     JSON Lines</translation>
    </message>
    <message>
        <source>format:     CSV, delimiter &apos;%1&apos;</source>
        <translation>формат:     CSV, разделитель «%1»</translation>
    </message>
    <message>
        <source>rows:       %1</source>
        <translation>строк:      %1</translation>
    </message>
    <message>
        <source>rows:       about %1 (estimated from the first %2)</source>
        <translation>строк:      около %1 (оценка по первым %2)</translation>
    </message>
    <message>
        <source>columns:</source>
        <translation>столбцы:</translation>
    </message>
    <message>
        <source>  [time: %1]</source>
        <translation>  [время: %1]</translation>
    </message>
    <message>
        <source>
draft mapping (save it, edit it, import with --mapping FILE):</source>
        <translation>
черновик сопоставления (сохраните, отредактируйте и импортируйте с --mapping FILE):</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>чтение %1</translation>
    </message>
    <message>
        <source>writing tickets</source>
        <translation>запись обращений</translation>
    </message>
    <message>
        <source>%1 tickets from %2 rows of %3 (%4): %5 new, %6 updated, %7 unchanged; %8 history events; new customers %9, agents %10, groups %11</source>
        <translation>%3 (%4): строк — %2, обращений — %1: новых — %5, обновлено — %6, без изменений — %7; событий истории — %8; новых клиентов — %9, операторов — %10, групп — %11</translation>
    </message>
    <message>
        <source>dry run, nothing written: %1</source>
        <translation>пробный запуск, ничего не записано: %1</translation>
    </message>
    <message>
        <source>SLA: no policy applies</source>
        <translation>SLA: ни одна политика не применяется</translation>
    </message>
    <message>
        <source>SLA: policy %1, calendar %2</source>
        <translation>SLA: политика %1, календарь %2</translation>
    </message>
    <message>
        <source>, due %1, %2 business h:mm left</source>
        <translation>, срок %1, осталось %2 рабочего времени (ч:мм)</translation>
    </message>
    <message>
        <source>, paused %1</source>
        <translation>, приостановлено %1</translation>
    </message>
    <message>
        <source>agent add LOGIN --name NAME: add an agent; agent set LOGIN: change availability or the limit of open tickets</source>
        <translation>agent add LOGIN --name NAME: добавить оператора; agent set LOGIN: изменить доступность или предел открытых обращений</translation>
    </message>
    <message>
        <source>Add an agent, or change an agent&apos;s settings.</source>
        <translation>Добавить оператора или изменить его настройки.</translation>
    </message>
    <message>
        <source>Login of the agent.</source>
        <translation>Логин оператора.</translation>
    </message>
    <message>
        <source>add: make the agent a member of this group.</source>
        <translation>add: включить оператора в эту группу.</translation>
    </message>
    <message>
        <source>Routing assigns no new ticket while the agent has this many open tickets (0: no limit).</source>
        <translation>Пока у оператора столько открытых обращений, распределение не назначает ему новые (0 — без предела).</translation>
    </message>
    <message>
        <source>set: online, away or offline; routing assigns to online agents only.</source>
        <translation>set: online, away или offline; распределение назначает обращения только операторам в статусе online.</translation>
    </message>
    <message>
        <source>--max-open takes a whole number, 0 for no limit, not &apos;%1&apos;</source>
        <translation>--max-open принимает целое число (0 — без предела), а не «%1»</translation>
    </message>
    <message>
        <source>agent set takes only --availability and --max-open</source>
        <translation>agent set принимает только --availability и --max-open</translation>
    </message>
    <message>
        <source>usage: agent add LOGIN --name NAME | agent set LOGIN [--availability STATE] [--max-open N]</source>
        <translation>использование: agent add LOGIN --name NAME | agent set LOGIN [--availability STATE] [--max-open N]</translation>
    </message>
    <message>
        <source>--availability goes with agent set; a new agent is online</source>
        <translation>--availability используется с agent set; новый оператор находится в статусе online</translation>
    </message>
    <message>
        <source>--availability takes online, away or offline, not &apos;%1&apos;</source>
        <translation>--availability принимает online, away или offline, а не «%1»</translation>
    </message>
    <message>
        <source>agent set needs --availability or --max-open</source>
        <translation>для agent set нужен --availability или --max-open</translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, max %3 ms (%4 writes)</source>
        <translation>p50 %1 мс, p95 %2 мс, макс. %3 мс (%4 записей)</translation>
    </message>
    <message>
        <source>the change-propagation run did not finish</source>
        <translation>прогон проверки распространения изменений не завершился</translation>
    </message>
    <message>
        <source>the change-propagation run failed</source>
        <translation>прогон проверки распространения изменений завершился ошибкой</translation>
    </message>
    <message>
        <source>another process&apos;s change was not seen within %1 s</source>
        <translation>изменение другого процесса не стало видно за %1 с</translation>
    </message>
    <message>
        <source>The data set is generated with the demo generator (seed 1) in a temporary folder that is deleted afterwards; --db is not used. Measures: generation rate, database open time, the first queue page, the first page of every sort order, filter-as-you-type latency, SLA recomputation, the latency of claims, replies and status changes, how soon this process sees another process&apos;s change, business-calendar operations per second and peak memory.</source>
        <translation>Набор данных создаётся генератором демо-данных (seed 1) во временной папке, которая затем удаляется; --db не используется. Измеряются: скорость генерации, время открытия базы данных, первая страница очереди, первая страница для каждого порядка сортировки, задержка фильтрации при вводе, пересчёт SLA, задержка взятия в работу, ответов и смены статуса, как скоро этот процесс видит изменение другого процесса, число операций с производственным календарём в секунду и пиковый объём памяти.</translation>
    </message>
    <message>
        <source>peak memory:             %1 MB (after the queries: %2 MB heap, %3 MB mapped database file)</source>
        <translation>пик памяти:              %1 МБ (после запросов: куча %2 МБ, отображённый в память файл базы данных %3 МБ)</translation>
    </message>
    <message>
        <source>claim:                   %1</source>
        <translation>взятие в работу:         %1</translation>
    </message>
    <message>
        <source>reply:                   %1</source>
        <translation>ответ:                   %1</translation>
    </message>
    <message>
        <source>status change:           %1</source>
        <translation>смена статуса:           %1</translation>
    </message>
    <message>
        <source>another process&apos;s write: %1 ms until seen (max %2 ms), %3 ms after it exited; median of %4 runs, polling every %5 ms</source>
        <translation>запись другого процесса: %1 мс до обнаружения (макс. %2 мс), %3 мс после его завершения; медиана, прогонов: %4, опрос каждые %5 мс</translation>
    </message>
    <message>
        <source>group add|set|add-member NAME ...: manage groups and their routing</source>
        <translation>group add|set|add-member NAME ...: управление группами и распределением в них</translation>
    </message>
    <message>
        <source>add (create a group), set (change its routing) or add-member (add an agent to it).</source>
        <translation>add (создать группу), set (изменить распределение в ней) или add-member (добавить в неё оператора).</translation>
    </message>
    <message>
        <source>Name of the group.</source>
        <translation>Название группы.</translation>
    </message>
    <message>
        <source>add-member: login of the agent.</source>
        <translation>add-member: логин оператора.</translation>
    </message>
    <message>
        <source>How new tickets are assigned: manual, round_robin, least_open or skills (add: default manual).</source>
        <translation>Как назначаются новые обращения: manual, round_robin, least_open или skills (для add по умолчанию manual).</translation>
    </message>
    <message>
        <source>add: comma-separated logins of the members.</source>
        <translation>add: логины участников через запятую.</translation>
    </message>
    <message>
        <source>add: print the new group as JSON.</source>
        <translation>add: вывести новую группу в формате JSON.</translation>
    </message>
    <message>
        <source>--routing takes manual, round_robin, least_open or skills, not &apos;%1&apos;</source>
        <translation>--routing принимает manual, round_robin, least_open или skills, а не «%1»</translation>
    </message>
    <message>
        <source>--members and --json go with group add only</source>
        <translation>--members и --json используются только с group add</translation>
    </message>
    <message>
        <source>group add-member takes no --routing</source>
        <translation>group add-member не принимает --routing</translation>
    </message>
    <message>
        <source>group set needs --routing</source>
        <translation>для group set нужен --routing</translation>
    </message>
    <message>
        <source>usage: group add NAME [--routing MODE] [--members LIST] | group set NAME --routing MODE | group add-member NAME LOGIN</source>
        <translation>использование: group add NAME [--routing MODE] [--members LIST] | group set NAME --routing MODE | group add-member NAME LOGIN</translation>
    </message>
    <message>
        <source>rating: not rated yet</source>
        <translation>оценка: ещё не выставлена</translation>
    </message>
    <message>
        <source>reaction %1</source>
        <translation>реакция %1</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>качество %1</translation>
    </message>
    <message>
        <source>effectiveness %1</source>
        <translation>эффективность %1</translation>
    </message>
    <message>
        <source>communication %1</source>
        <translation>общение %1</translation>
    </message>
    <message>
        <source>rating: %1/5</source>
        <translation>оценка: %1/5</translation>
    </message>
    <message>
        <source>   source: %1   by: %2   at: %3</source>
        <translation>   источник: %1   кем: %2   когда: %3</translation>
    </message>
    <message>
        <source>rating comment: %1</source>
        <translation>комментарий к оценке: %1</translation>
    </message>
    <message>
        <source>work time: %1 h:mm (%2 s)</source>
        <translation>затраченное время: %1 ч:мм (%2 с)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to 5, not &apos;%2&apos;</source>
        <translation>--%1 принимает целое число от 1 до 5, а не «%2»</translation>
    </message>
    <message>
        <source>give either --body or --body-file, not both</source>
        <translation>укажите либо --body, либо --body-file, но не оба сразу</translation>
    </message>
    <message>
        <source>cannot read the body: %1</source>
        <translation>не удаётся прочитать текст: %1</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8</source>
        <translation>текст не в корректной кодировке UTF-8</translation>
    </message>
    <message>
        <source>ticket create|claim|assign|reply|status|rate|time|show: work with tickets</source>
        <translation>ticket create|claim|assign|reply|status|rate|time|show: работа с обращениями</translation>
    </message>
    <message>
        <source>create, claim ID, assign ID, reply ID, status ID, rate ID, time ID or show ID.</source>
        <translation>create, claim ID, assign ID, reply ID, status ID, rate ID, time ID или show ID.</translation>
    </message>
    <message>
        <source>usage: ticket ACTION ... (try ticket --help)</source>
        <translation>использование: ticket ACTION ... (см. ticket --help)</translation>
    </message>
    <message>
        <source>ticket create takes no ticket number</source>
        <translation>ticket create не принимает номер обращения</translation>
    </message>
    <message>
        <source>usage: ticket %1 ID ...</source>
        <translation>использование: ticket %1 ID ...</translation>
    </message>
    <message>
        <source>Work with tickets.
  ticket create --subject S --requester EMAIL [--channel C] [--type T] [--priority 1-4] [--body TEXT | --body-file FILE|-] [--group G] [--tags a,b]
  ticket claim ID --agent LOGIN          exit 3 if another agent has it
  ticket assign ID (--agent LOGIN | --unassign) [--by LOGIN]
  ticket reply ID --agent LOGIN (--body TEXT | --body-file FILE|-) [--internal] [--status S]
  ticket status ID --set new|open|pending|on_hold|resolved|closed --agent LOGIN
  ticket rate ID --score 1-5 [--reaction N] [--quality N] [--effectiveness N] [--communication N] [--comment TEXT] [--agent LOGIN] [--source operator|survey]
                                         the customer&apos;s rating of a resolved or closed ticket (exit 5 otherwise); rating again replaces it
  ticket time ID --agent LOGIN (--minutes N [--note TEXT] | --start | --stop)
                                         record N minutes of work ending now, or start or stop the agent&apos;s timer (exit 5 when no timer runs)
  ticket show ID [--json]
Ticket writes accept --expect-version N: exit 3 when the ticket changed since.
Ratings and time do not change the ticket&apos;s version.</source>
        <translation>Работа с обращениями.
  ticket create --subject S --requester EMAIL [--channel C] [--type T] [--priority 1-4] [--body TEXT | --body-file FILE|-] [--group G] [--tags a,b]
  ticket claim ID --agent LOGIN          код выхода 3, если обращение уже у другого оператора
  ticket assign ID (--agent LOGIN | --unassign) [--by LOGIN]
  ticket reply ID --agent LOGIN (--body TEXT | --body-file FILE|-) [--internal] [--status S]
  ticket status ID --set new|open|pending|on_hold|resolved|closed --agent LOGIN
  ticket rate ID --score 1-5 [--reaction N] [--quality N] [--effectiveness N] [--communication N] [--comment TEXT] [--agent LOGIN] [--source operator|survey]
                                         оценка клиента для решённого или закрытого обращения (иначе код выхода 5); повторная оценка заменяет прежнюю
  ticket time ID --agent LOGIN (--minutes N [--note TEXT] | --start | --stop)
                                         записать N минут работы, закончившейся сейчас, или запустить либо остановить таймер оператора (код выхода 5, если таймер не запущен)
  ticket show ID [--json]
Команды, изменяющие обращение, принимают --expect-version N: код выхода 3, если обращение с тех пор изменилось.
Оценки и затраченное время не меняют версию обращения.</translation>
    </message>
    <message>
        <source>ticket create needs --subject and --requester</source>
        <translation>для ticket create нужны --subject и --requester</translation>
    </message>
    <message>
        <source>--channel takes email, chat, phone or web</source>
        <translation>--channel принимает email, chat, phone или web</translation>
    </message>
    <message>
        <source>--type takes consultation, fault, order or complaint</source>
        <translation>--type принимает consultation, fault, order или complaint</translation>
    </message>
    <message>
        <source>--priority takes 1, 2, 3 or 4</source>
        <translation>--priority принимает 1, 2, 3 или 4</translation>
    </message>
    <message>
        <source>--expect-version takes a version number</source>
        <translation>--expect-version принимает номер версии</translation>
    </message>
    <message>
        <source>ticket rate needs --score 1-5</source>
        <translation>для ticket rate нужен --score 1-5</translation>
    </message>
    <message>
        <source>--source takes operator or survey</source>
        <translation>--source принимает operator или survey</translation>
    </message>
    <message>
        <source>#%1 rated %2/5</source>
        <translation>#%1: оценка %2/5</translation>
    </message>
    <message>
        <source>ticket time needs --agent</source>
        <translation>для ticket time нужен --agent</translation>
    </message>
    <message>
        <source>ticket time needs exactly one of --minutes N, --start or --stop</source>
        <translation>для ticket time нужен ровно один из параметров: --minutes N, --start или --stop</translation>
    </message>
    <message>
        <source>--note goes with --minutes</source>
        <translation>--note используется только вместе с --minutes</translation>
    </message>
    <message>
        <source>--minutes takes a whole number from 1 to %1</source>
        <translation>--minutes принимает целое число от 1 до %1</translation>
    </message>
    <message>
        <source>#%1: %2 min recorded for %3, from %4 to %5</source>
        <translation>#%1: записано %2 мин для %3, с %4 до %5</translation>
    </message>
    <message>
        <source>#%1: timer of %2 running since %3</source>
        <translation>#%1: таймер оператора %2 идёт с %3</translation>
    </message>
    <message>
        <source>no timer of %1 is running</source>
        <translation>таймер оператора %1 не запущен</translation>
    </message>
    <message>
        <source>#%1: timer of %2 stopped, %3 s recorded (%4 h:mm)</source>
        <translation>#%1: таймер оператора %2 остановлен, записано %3 с (%4 ч:мм)</translation>
    </message>
    <message>
        <source>#%1: timer of %2 stopped after less than a second, nothing recorded</source>
        <translation>#%1: таймер оператора %2 остановлен менее чем через секунду, ничего не записано</translation>
    </message>
    <message>
        <source>ticket claim needs --agent</source>
        <translation>для ticket claim нужен --agent</translation>
    </message>
    <message>
        <source>#%1 claimed by %2</source>
        <translation>#%1: взято в работу оператором %2</translation>
    </message>
    <message>
        <source>ticket assign needs either --agent LOGIN or --unassign</source>
        <translation>для ticket assign нужен --agent LOGIN или --unassign</translation>
    </message>
    <message>
        <source>#%1 unassigned</source>
        <translation>#%1: назначение снято</translation>
    </message>
    <message>
        <source>#%1 assigned to %2</source>
        <translation>#%1: назначено оператору %2</translation>
    </message>
    <message>
        <source>ticket reply needs --agent</source>
        <translation>для ticket reply нужен --agent</translation>
    </message>
    <message>
        <source>ticket reply needs --body or --body-file</source>
        <translation>для ticket reply нужен --body или --body-file</translation>
    </message>
    <message>
        <source>--status takes new, open, pending, on_hold, resolved or closed</source>
        <translation>--status принимает new, open, pending, on_hold, resolved или closed</translation>
    </message>
    <message>
        <source>note added to #%1</source>
        <translation>внутренняя заметка добавлена в обращение #%1</translation>
    </message>
    <message>
        <source>reply sent on #%1</source>
        <translation>ответ по обращению #%1 отправлен</translation>
    </message>
    <message>
        <source>ticket status needs --set STATUS</source>
        <translation>для ticket status нужен --set STATUS</translation>
    </message>
    <message>
        <source>ticket status needs --agent</source>
        <translation>для ticket status нужен --agent</translation>
    </message>
    <message>
        <source>--set takes new, open, pending, on_hold, resolved or closed</source>
        <translation>--set принимает new, open, pending, on_hold, resolved или closed</translation>
    </message>
    <message>
        <source>#%1 is now %2</source>
        <translation>#%1: новый статус — %2</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Тема.</translation>
    </message>
    <message>
        <source>Requester&apos;s e-mail address.</source>
        <translation>Адрес эл. почты заявителя.</translation>
    </message>
    <message>
        <source>Requester&apos;s name, for a new customer.</source>
        <translation>Имя заявителя (для нового клиента).</translation>
    </message>
    <message>
        <source>email, chat, phone or web (default email).</source>
        <translation>email, chat, phone или web (по умолчанию email).</translation>
    </message>
    <message>
        <source>consultation, fault, order or complaint (default consultation).</source>
        <translation>consultation, fault, order или complaint (по умолчанию consultation).</translation>
    </message>
    <message>
        <source>1 (highest) to 4 (default 3).</source>
        <translation>От 1 (наивысший) до 4 (по умолчанию 3).</translation>
    </message>
    <message>
        <source>Message text (Markdown).</source>
        <translation>Текст сообщения (Markdown).</translation>
    </message>
    <message>
        <source>Read the text from FILE; - is standard input.</source>
        <translation>Прочитать текст из FILE; - — стандартный ввод.</translation>
    </message>
    <message>
        <source>Group name.</source>
        <translation>Название группы.</translation>
    </message>
    <message>
        <source>Comma-separated tags.</source>
        <translation>Метки через запятую.</translation>
    </message>
    <message>
        <source>ru, zh or en (default: the customer&apos;s).</source>
        <translation>ru, zh или en (по умолчанию — язык клиента).</translation>
    </message>
    <message>
        <source>Agent login.</source>
        <translation>Логин оператора.</translation>
    </message>
    <message>
        <source>Who assigns (agent login).</source>
        <translation>Кто назначает (логин оператора).</translation>
    </message>
    <message>
        <source>Remove the assignee.</source>
        <translation>Снять исполнителя.</translation>
    </message>
    <message>
        <source>An internal note instead of a public reply.</source>
        <translation>Внутренняя заметка вместо публичного ответа.</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>Новый статус.</translation>
    </message>
    <message>
        <source>With reply: set this status as well.</source>
        <translation>Для reply: заодно установить этот статус.</translation>
    </message>
    <message>
        <source>Refuse (exit 3) if the ticket&apos;s version is no longer N.</source>
        <translation>Отказать (код выхода 3), если версия обращения уже не N.</translation>
    </message>
    <message>
        <source>With rate: the overall score, 1 to 5.</source>
        <translation>Для rate: общая оценка, от 1 до 5.</translation>
    </message>
    <message>
        <source>With rate: reaction time, 1 to 5.</source>
        <translation>Для rate: скорость реакции, от 1 до 5.</translation>
    </message>
    <message>
        <source>With rate: quality of service, 1 to 5.</source>
        <translation>Для rate: качество обслуживания, от 1 до 5.</translation>
    </message>
    <message>
        <source>With rate: effectiveness of the solution, 1 to 5.</source>
        <translation>Для rate: эффективность решения, от 1 до 5.</translation>
    </message>
    <message>
        <source>With rate: communication, 1 to 5.</source>
        <translation>Для rate: общение, от 1 до 5.</translation>
    </message>
    <message>
        <source>With rate: the customer&apos;s own words.</source>
        <translation>Для rate: комментарий клиента его словами.</translation>
    </message>
    <message>
        <source>With rate: operator (typed in by an agent, the default) or survey.</source>
        <translation>Для rate: operator (вводит оператор, по умолчанию) или survey.</translation>
    </message>
    <message>
        <source>With time: record N minutes of work ending now.</source>
        <translation>Для time: записать N минут работы, закончившейся сейчас.</translation>
    </message>
    <message>
        <source>With time --minutes: what the time was spent on.</source>
        <translation>Для time --minutes: на что потрачено время.</translation>
    </message>
    <message>
        <source>With time: start the agent&apos;s timer.</source>
        <translation>Для time: запустить таймер оператора.</translation>
    </message>
    <message>
        <source>With time: stop the timer and record its time.</source>
        <translation>Для time: остановить таймер и записать время.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>business time of %1</source>
        <translation>рабочее время по календарю %1</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>календарное время</translation>
    </message>
    <message>
        <source>KPI report from %1 to %2 (the end excluded), %3</source>
        <translation>Отчёт KPI с %1 по %2 (конец не включается), %3</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Создано обращений</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Решено обращений</translation>
    </message>
    <message>
        <source>Open at the start</source>
        <translation>Незакрытых на начало</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Незакрытых на конец</translation>
    </message>
    <message>
        <source>Created and resolved</source>
        <translation>Создано и решено</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Решение с первого обращения</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыто повторно</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценок</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Satisfied (4 or 5)</source>
        <translation>Довольны (4 или 5)</translation>
    </message>
    <message>
        <source>Work time</source>
        <translation>Затраченное время</translation>
    </message>
    <message>
        <source>count</source>
        <translation>кол-во</translation>
    </message>
    <message>
        <source>average</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>90th pct</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>at goal</source>
        <translation>цель превышена</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>нарушено</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>соблюдение</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message numerus="yes">
        <source>Time in status, mean per resolved ticket (%n ticket(s))</source>
        <translation>
            <numerusform>Время на этапе, среднее по %n решённому обращению</numerusform>
            <numerusform>Время на этапе, среднее по %n решённым обращениям</numerusform>
            <numerusform>Время на этапе, среднее по %n решённым обращениям</numerusform>
        </translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>узкое место</translation>
    </message>
    <message>
        <source>Tickets created by weekday and hour (%1)</source>
        <translation>Создано обращений по дням недели и часам (%1)</translation>
    </message>
    <message>
        <source>Start of the period: a date (2026-03-01, midnight in the calendar&apos;s time zone, else UTC) or an ISO-8601 time with an offset. Default: 30 days before --to.</source>
        <translation>Начало периода: дата (2026-03-01 — полночь в часовом поясе календаря, иначе UTC) или время в формате ISO-8601 со смещением. По умолчанию: за 30 дней до --to.</translation>
    </message>
    <message>
        <source>End of the period, excluded: --to 2026-04-01 ends at the midnight that starts April 1. Default: now.</source>
        <translation>Конец периода (не включается): при --to 2026-04-01 период заканчивается в полночь, с которой начинается 1 апреля. По умолчанию: текущий момент.</translation>
    </message>
    <message>
        <source>Measure durations in business time of this calendar (a JSON file or builtin:NAME) and use its time zone. Default: calendar time, UTC.</source>
        <translation>Измерять длительности в рабочем времени этого календаря (файл JSON или builtin:NAME) и использовать его часовой пояс. По умолчанию: календарное время, UTC.</translation>
    </message>
    <message>
        <source>Only tickets of this group (repeatable).</source>
        <translation>Только обращения этой группы (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>Only tickets of this channel: email, chat, phone or web (repeatable, or a comma-separated list).</source>
        <translation>Только обращения из этого канала: email, chat, phone или web (можно указать несколько раз или списком через запятую).</translation>
    </message>
    <message>
        <source>Only tickets of this type: consultation, fault, order or complaint (repeatable, or a comma-separated list).</source>
        <translation>Только обращения этого типа: consultation, fault, order или complaint (можно указать несколько раз или списком через запятую).</translation>
    </message>
    <message>
        <source>Only tickets of this priority, 1 to 4 (repeatable, or a comma-separated list).</source>
        <translation>Только обращения с этим приоритетом, от 1 до 4 (можно указать несколько раз или списком через запятую).</translation>
    </message>
    <message>
        <source>Only tickets with this tag (repeatable: any of them).</source>
        <translation>Только обращения с этой меткой (можно указать несколько раз: подходит любая из них).</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Вывести отчёт одним объектом JSON.</translation>
    </message>
    <message>
        <source>Reports on a period [--from, --to). Filters select tickets by their current fields; several values of one filter are alternatives, different filters all apply.</source>
        <translation>Отчёты за период [--from, --to). Фильтры отбирают обращения по текущим значениям их полей; несколько значений одного фильтра — альтернативы, разные фильтры применяются все вместе.</translation>
    </message>
    <message>
        <source>the period is empty: --from must be before --to</source>
        <translation>период пуст: --from должен быть раньше --to</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a date (2026-03-01) nor an ISO-8601 time with an offset (2026-03-01T09:00:00+03:00)</source>
        <translation>«%1» — не дата (2026-03-01) и не время в формате ISO-8601 со смещением (2026-03-01T09:00:00+03:00)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>«%1» — не одно из значений %2</translation>
    </message>
    <message>
        <source>staffing erlang: agents needed for a service level (Erlang C)</source>
        <translation>staffing erlang: сколько операторов нужно для уровня обслуживания (формула Эрланга C)</translation>
    </message>
    <message>
        <source>The fewest agents whose service level reaches the target under Erlang C (random arrivals, nobody hangs up), with that service level, the probability of waiting and the average speed of answer.</source>
        <translation>Наименьшее число операторов, при котором уровень обслуживания по формуле Эрланга C (случайное поступление, никто не кладёт трубку) достигает цели, а также этот уровень обслуживания, вероятность ожидания и среднее время ответа.</translation>
    </message>
    <message>
        <source>Contacts arriving per hour, 0 or more (decimals with &apos;.&apos;).</source>
        <translation>Число обращений, поступающих за час, 0 или больше (дробная часть — через «.»).</translation>
    </message>
    <message>
        <source>Average handling time of one contact in seconds, more than 0.</source>
        <translation>Среднее время обработки одного обращения в секундах, больше 0.</translation>
    </message>
    <message>
        <source>The service-level threshold: answered within T seconds, 0 or more (0: answered without waiting).</source>
        <translation>Порог уровня обслуживания: ответ в течение T секунд, 0 или больше (0 — ответ без ожидания).</translation>
    </message>
    <message>
        <source>Target share answered within T: a fraction (0.8) or a percent (80 or 80%). A value above 1 and up to 100 is read as a percent; 1 means 100%.</source>
        <translation>Целевая доля обращений с ответом в течение T: дробь (0.8) или процент (80 или 80%). Значение больше 1 и не больше 100 считается процентом; 1 означает 100%.</translation>
    </message>
    <message>
        <source>usage: staffing erlang --arrivals-per-hour X --aht-seconds S --answer-within-seconds T --service-level P [--json]</source>
        <translation>использование: staffing erlang --arrivals-per-hour X --aht-seconds S --answer-within-seconds T --service-level P [--json]</translation>
    </message>
    <message>
        <source>staffing erlang needs %1</source>
        <translation>для staffing erlang нужен %1</translation>
    </message>
    <message>
        <source>%1 takes a number of 0 or more, not &apos;%2&apos;</source>
        <translation>%1 принимает число от 0 и больше, а не «%2»</translation>
    </message>
    <message>
        <source>%1 takes a number greater than 0, not &apos;%2&apos;</source>
        <translation>%1 принимает число больше 0, а не «%2»</translation>
    </message>
    <message>
        <source>staffing erlang needs --service-level</source>
        <translation>для staffing erlang нужен --service-level</translation>
    </message>
    <message>
        <source>--service-level takes a fraction above 0 up to 1 (0.8) or a percent up to 100 (80 or 80%), not &apos;%1&apos;</source>
        <translation>--service-level принимает дробь больше 0 и не больше 1 (0.8) или процент не больше 100 (80 или 80%), а не «%1»</translation>
    </message>
    <message>
        <source>agents:                  %1</source>
        <translation>операторов:              %1</translation>
    </message>
    <message>
        <source>service level:           %1 answered within %2 s (target %3)</source>
        <translation>уровень обслуживания:    %1 ответов в течение %2 с (цель %3)</translation>
    </message>
    <message>
        <source>probability of waiting:  %1</source>
        <translation>вероятность ожидания:    %1</translation>
    </message>
    <message>
        <source>average speed of answer: %1 s</source>
        <translation>среднее время ответа:    %1 с</translation>
    </message>
    <message>
        <source>occupancy:               %1</source>
        <translation>загрузка:                %1</translation>
    </message>
    <message>
        <source>traffic:                 %1 erlangs</source>
        <translation>нагрузка:                %1 Эрланг</translation>
    </message>
    <message>
        <source>Agent scorecard from %1 to %2 (the end excluded), %3</source>
        <translation>Рейтинг операторов с %1 по %2 (конец не включается), %3</translation>
    </message>
    <message>
        <source>Previous period: %1 to %2</source>
        <translation>Предыдущий период: с %1 по %2</translation>
    </message>
    <message>
        <source>Scores 0-100, the team&apos;s median agent = 50; weights of the total: %1</source>
        <translation>Баллы 0–100, медианный оператор команды = 50; веса в итоговом балле: %1</translation>
    </message>
    <message>
        <source>No agent resolved or had rated a ticket in the period.</source>
        <translation>За период ни один оператор не решил обращений и не получил оценок.</translation>
    </message>
    <message>
        <source>Rank  Agent</source>
        <translation>Ранг  Оператор</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>оценено</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>реакция</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>качество</translation>
    </message>
    <message>
        <source>effect.</source>
        <translation>эффект.</translation>
    </message>
    <message>
        <source>comm.</source>
        <translation>общение</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <source>total</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>vs team</source>
        <translation>к команде</translation>
    </message>
    <message>
        <source>vs prev.</source>
        <translation>к пред.</translation>
    </message>
    <message>
        <source>      Team average</source>
        <translation>      Среднее по команде</translation>
    </message>
    <message numerus="yes">
        <source>* fewer than %n rated ticket(s): a few ratings can move the scores a lot</source>
        <translation>
            <numerusform>* меньше %n оценённого обращения: несколько оценок могут сильно сдвинуть баллы</numerusform>
            <numerusform>* меньше %n оценённых обращений: несколько оценок могут сильно сдвинуть баллы</numerusform>
            <numerusform>* меньше %n оценённых обращений: несколько оценок могут сильно сдвинуть баллы</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>first response (median)</source>
        <translation>первый ответ (медиана)</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>effectiveness</source>
        <translation>эффективность</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>общение</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>общая оценка</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Median agent (scores 50)</source>
        <translation>Медианный оператор (50 баллов)</translation>
    </message>
    <message>
        <source>Not credited to anyone (no assignee then): %1 resolved, %2 rated</source>
        <translation>Никому не засчитано (исполнителя тогда не было): решено %1, оценено %2</translation>
    </message>
    <message>
        <source>Staffing from the tickets created %1 to %2 (the end excluded), local time of %3</source>
        <translation>Планирование смен по обращениям, созданным с %1 по %2 (конец не включается), местное время %3</translation>
    </message>
    <message>
        <source>the time entries of the slot&apos;s tickets (at least %1 tickets), else of the period&apos;s (%2 s over %3 tickets)</source>
        <translation>записи затраченного времени по обращениям слота (не меньше %1 обращений), иначе — за весь период (%2 с по %3 обращениям)</translation>
    </message>
    <message>
        <source>no time entries in the period: the default of %1 s</source>
        <translation>за период нет записей затраченного времени: по умолчанию %1 с</translation>
    </message>
    <message>
        <source>Target: %1% answered within %2 min (Erlang C); handling time: %3</source>
        <translation>Цель: %1% ответов в течение %2 мин (формула Эрланга C); время обработки: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s). Each cell: agents needed / agents active on average (replied or logged time); ! fewer active than needed; - not in the period</source>
        <translation>
            <numerusform>%n обращение. В каждой ячейке: нужно операторов / активных операторов в среднем (отвечали или записывали время); ! активных меньше, чем нужно; - вне периода</numerusform>
            <numerusform>%n обращения. В каждой ячейке: нужно операторов / активных операторов в среднем (отвечали или записывали время); ! активных меньше, чем нужно; - вне периода</numerusform>
            <numerusform>%n обращений. В каждой ячейке: нужно операторов / активных операторов в среднем (отвечали или записывали время); ! активных меньше, чем нужно; - вне периода</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest hour: %1 %2:00, %3 tickets per hour, handling time %4 s: %5 agent(s) needed (%6% answered in time), %7 active</source>
        <translation>Пиковый час: %1 %2:00, %3 обращений в час, время обработки %4 с: нужно операторов — %5 (%6% ответов вовремя), активно — %7</translation>
    </message>
    <message>
        <source>Hours with fewer agents active than needed: %1 of 168</source>
        <translation>Часов, когда активных операторов меньше, чем нужно: %1 из 168</translation>
    </message>
    <message>
        <source>report kpi|agents|staffing: the KPI table, the agents&apos; scorecard (docs/metrics.md) or the staffing plan (docs/staffing.md) of a period</source>
        <translation>report kpi|agents|staffing: таблица KPI, рейтинг операторов (docs/metrics.md) или планирование смен (docs/staffing.md) за период</translation>
    </message>
    <message>
        <source>kpi: ticket volume, response and resolution times, first contact resolution, SLA compliance, satisfaction and work time. agents: each agent&apos;s scores for reaction, quality, effectiveness, communication and customer feedback, ranked, against the team and the previous period. staffing: agents needed (Erlang C) and active, by weekday and hour.</source>
        <translation>kpi: объём обращений, время ответа и решения, решение с первого обращения, соблюдение SLA, удовлетворённость и затраченное время. agents: баллы каждого оператора за реакцию, качество, эффективность, общение и отзывы клиентов — с местом в рейтинге, в сравнении с командой и предыдущим периодом. staffing: сколько операторов нужно (формула Эрланга C) и сколько активно, по дням недели и часам.</translation>
    </message>
    <message>
        <source>Only tickets assigned to this agent (repeatable). With agents: only this agent&apos;s row, still scored against the whole team.</source>
        <translation>Только обращения, назначенные этому оператору (можно указать несколько раз). С agents: только строка этого оператора, но баллы по-прежнему считаются относительно всей команды.</translation>
    </message>
    <message>
        <source>With staffing: the target share answered within --answer-within, a fraction (0.8) or a percent (80 or 80%). Default: 0.8.</source>
        <translation>Для staffing: целевая доля ответов в течение --answer-within — дробь (0.8) или процент (80 или 80%). По умолчанию: 0.8.</translation>
    </message>
    <message>
        <source>With staffing: the service-level threshold in minutes, 0 or more. Default: 15.</source>
        <translation>Для staffing: порог уровня обслуживания в минутах, 0 или больше. По умолчанию: 15.</translation>
    </message>
    <message>
        <source>With staffing: the handling time of one ticket in seconds where no time entries tell it. Default: 600.</source>
        <translation>Для staffing: время обработки одного обращения в секундах, если записей затраченного времени нет. По умолчанию: 600.</translation>
    </message>
    <message>
        <source>usage: report kpi|agents|staffing [--from DATE] [--to DATE] [--calendar CAL] [filters] [--json]</source>
        <translation>использование: report kpi|agents|staffing [--from DATE] [--to DATE] [--calendar CAL] [filters] [--json]</translation>
    </message>
    <message>
        <source>only report staffing takes this option</source>
        <translation>этот параметр принимает только report staffing</translation>
    </message>
    <message>
        <source>--answer-within takes minutes, 0 or more, not &apos;%1&apos;</source>
        <translation>--answer-within принимает число минут, 0 или больше, а не «%1»</translation>
    </message>
    <message>
        <source>--aht-seconds takes a number greater than 0, not &apos;%1&apos;</source>
        <translation>--aht-seconds принимает число больше 0, а не «%1»</translation>
    </message>
    <message>
        <source>Measure the knowledge-base search on N demo articles instead of the queue: index build (ours and stock FTS5 unicode61), question and as-you-type latency, questions answered.</source>
        <translation>Измерить поиск по базе знаний на N демонстрационных статьях вместо очереди: построение индекса (нашего и стандартного FTS5 unicode61), задержку поиска по вопросу и при вводе, число вопросов, на которые найден ответ.</translation>
    </message>
    <message>
        <source>--articles and --tickets run different benchmarks; give one of them</source>
        <translation>--articles и --tickets запускают разные тесты производительности; укажите один из них</translation>
    </message>
    <message>
        <source>--articles takes a whole number from 1 to 1000000</source>
        <translation>--articles принимает целое число от 1 до 1000000</translation>
    </message>
    <message>
        <source>cannot pick tickets to change</source>
        <translation>не удаётся выбрать обращения для изменения</translation>
    </message>
    <message>
        <source>the raw aggregate failed</source>
        <translation>не удалось выполнить прямую агрегацию</translation>
    </message>
    <message>
        <source>dashboard facts, build:  %1 ms for %2 tickets</source>
        <translation>сводные данные, сборка:  %1 мс, обращений: %2</translation>
    </message>
    <message>
        <source>dashboard, last year:    %1 ms median, %2 ms max of %3 refreshes (%4 tickets; the year, the year before, a weekly trend)</source>
        <translation>панель, последний год:   %1 мс — медиана, %2 мс — максимум из %3 обновлений (обращений: %4; год, предыдущий год, недельная динамика)</translation>
    </message>
    <message>
        <source>dashboard, after %1 tickets changed: %2 ms</source>
        <translation>панель после изменения обращений (%1): %2 мс</translation>
    </message>
    <message>
        <source>raw full-scan aggregate: %1 ms (one query over the year&apos;s tickets)</source>
        <translation>прямая агрегация:        %1 мс (один запрос с полным просмотром обращений за год)</translation>
    </message>
    <message>
        <source>report from the history: %1 ms (the same year, read from the events)</source>
        <translation>отчёт по истории:        %1 мс (тот же год, прочитанный из событий)</translation>
    </message>
    <message>
        <source>Number of knowledge-base articles in Russian, Chinese and English (default %1; none when the knowledge base already has articles).</source>
        <translation>Число статей базы знаний на русском, китайском и английском (по умолчанию %1; не создаются, если в базе знаний уже есть статьи).</translation>
    </message>
    <message>
        <source>--articles takes a whole number from 0 to 1000000</source>
        <translation>--articles принимает целое число от 0 до 1000000</translation>
    </message>
    <message numerus="yes">
        <source>the knowledge base already has %n article(s); demo articles go only into an empty knowledge base</source>
        <translation>
            <numerusform>в базе знаний уже есть %n статья; демонстрационные статьи записываются только в пустую базу знаний</numerusform>
            <numerusform>в базе знаний уже есть %n статьи; демонстрационные статьи записываются только в пустую базу знаний</numerusform>
            <numerusform>в базе знаний уже есть %n статей; демонстрационные статьи записываются только в пустую базу знаний</numerusform>
        </translation>
    </message>
    <message>
        <source>writing demo articles</source>
        <translation>запись демонстрационных статей</translation>
    </message>
    <message>
        <source>writing articles</source>
        <translation>запись статей</translation>
    </message>
    <message>
        <source>articles:                %1 (ru %2, zh %3, en %4; %5 translations; %6 words)</source>
        <translation>статьи:                  %1 (ru %2, zh %3, en %4; переводов: %5; слов: %6)</translation>
    </message>
    <message>
        <source>generation:              %1 s, rows written in %2 s</source>
        <translation>генерация:               %1 с, строки записаны за %2 с</translation>
    </message>
    <message>
        <source>index build, ours:       %1 s (%2 MB database)</source>
        <translation>построение индекса, наш: %1 с (база данных %2 МБ)</translation>
    </message>
    <message>
        <source>index build, unicode61:  %1 s (%2 MB database); ours takes %3 times as long</source>
        <translation>построение, unicode61:   %1 с (база данных %2 МБ); наш строится в %3 раза дольше</translation>
    </message>
    <message>
        <source>questions:               %1</source>
        <translation>вопросы:                 %1</translation>
    </message>
    <message>
        <source>as you type:             %1</source>
        <translation>при вводе:               %1</translation>
    </message>
    <message>
        <source>questions, unicode61:    %1</source>
        <translation>вопросы, unicode61:      %1</translation>
    </message>
    <message>
        <source>answered, ours:          %1 of %2 find something, %3 have a matching article in the first %4</source>
        <translation>ответы, наш:             %1 из %2 что-то находят, у %3 подходящая статья среди первых %4</translation>
    </message>
    <message>
        <source>answered, unicode61:     %1 of %2 find something, %3 have a matching article in the first %4</source>
        <translation>ответы, unicode61:       %1 из %2 что-то находят, у %3 подходящая статья среди первых %4</translation>
    </message>
    <message>
        <source>With kpi: read the hourly facts the dashboards read instead of the event history: the same figures, faster, for calendar time, the group filter only and a period on whole hours (without --to it ends at the next whole hour).</source>
        <translation>Для kpi: читать почасовые сводные данные, которые читают панели показателей, вместо истории событий — те же цифры, но быстрее; только для календарного времени, фильтра по группе и периода из целых часов (без --to период заканчивается на следующем целом часе).</translation>
    </message>
    <message>
        <source>only report kpi takes this option</source>
        <translation>этот параметр принимает только report kpi</translation>
    </message>
    <message>
        <source>--facts answers kpi in calendar time, filtered by group only, over a period that starts and ends on whole hours (UTC)</source>
        <translation>--facts вычисляет kpi в календарном времени, с фильтром только по группе, за период, который начинается и заканчивается на целых часах (UTC)</translation>
    </message>
    <message>
        <source>Measure team mode on the PostgreSQL database --db names, as it is: queue pages, claim, reply and status latency, notification latency between two connections, load-test throughput. Writes to it: use a scratch copy.</source>
        <translation>Измерить командный режим на базе PostgreSQL, указанной в --db, как она есть: страницы очереди, задержку взятия, ответа и смены статуса, задержку уведомления между двумя подключениями, пропускную способность нагрузочного теста. Пишет в базу: используйте временную копию.</translation>
    </message>
    <message>
        <source>--team measures the database --db names; it takes no --tickets or --articles</source>
        <translation>--team измеряет базу, указанную в --db; --tickets и --articles с ним не задаются</translation>
    </message>
    <message>
        <source>Usage: switchboard-cli [--db PATH] [--log-level LEVEL] COMMAND [options]

Switchboard support console, headless: scripts, imports, reports and tests.

Global options:
  --db PATH            database file, or a team database as
                       postgresql://user@host:port/database
                       (default: $SWITCHBOARD_DB, else %1)
  --log-level LEVEL    trace, debug, info, warn or error (default: warn)
  -h, --help           show this help; COMMAND --help shows a command&apos;s options
  --version            show the version

Commands:
</source>
        <translation>Использование: switchboard-cli [--db PATH] [--log-level LEVEL] COMMAND [параметры]

Консоль службы поддержки Switchboard без окна: сценарии, импорт, отчёты и тесты.

Общие параметры:
  --db PATH            файл базы данных или командная база в виде
                       postgresql://user@host:port/database
                       (по умолчанию: $SWITCHBOARD_DB, иначе %1)
  --log-level LEVEL    trace, debug, info, warn или error (по умолчанию: warn)
  -h, --help           показать эту справку; COMMAND --help покажет параметры команды
  --version            показать версию

Команды:
</translation>
    </message>
    <message>
        <source>copy the database into an empty PostgreSQL team database</source>
        <translation>скопировать базу в пустую командную базу PostgreSQL</translation>
    </message>
    <message>
        <source>The target, postgresql://user@host:port/dbname[?sslmode=...]; its schema is created if it has none.</source>
        <translation>Целевая база, postgresql://user@host:port/dbname[?sslmode=...]; если в ней нет схемы, она будет создана.</translation>
    </message>
    <message>
        <source>Copies every table of the SQLite database (--db) in one transaction, then compares row counts and checksums of both sides before committing: on any failure the target stays empty.
A target that already holds tickets, agents or articles is refused with exit code 3; a source with another schema version with exit code 5.</source>
        <translation>Копирует все таблицы базы SQLite (--db) в одной транзакции, затем сравнивает число строк и контрольные суммы обеих сторон перед фиксацией: при любой ошибке целевая база остаётся пустой.
Целевая база, где уже есть обращения, операторы или статьи, отклоняется с кодом выхода 3; исходная база другой версии схемы — с кодом 5.</translation>
    </message>
    <message>
        <source>migrate takes no arguments</source>
        <translation>migrate не принимает аргументов</translation>
    </message>
    <message>
        <source>migrate needs --to URL</source>
        <translation>migrate требует --to URL</translation>
    </message>
    <message>
        <source>--to takes a postgresql:// URL, not a file path</source>
        <translation>--to принимает URL postgresql://, а не путь к файлу</translation>
    </message>
    <message>
        <source>migrate copies an SQLite file: --db must name a file</source>
        <translation>migrate копирует файл SQLite: --db должен указывать файл</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>копирование %1</translation>
    </message>
    <message>
        <source>%1  %2 rows  checksum ok</source>
        <translation>%1  %2 строк  контрольная сумма совпадает</translation>
    </message>
    <message numerus="yes">
        <source>migrated %n table(s), %1 rows from %2 to %3 in %4 s</source>
        <translation>
            <numerusform>перенесена %n таблица, %1 строк из %2 в %3 за %4 с</numerusform>
            <numerusform>перенесено %n таблицы, %1 строк из %2 в %3 за %4 с</numerusform>
            <numerusform>перенесено %n таблиц, %1 строк из %2 в %3 за %4 с</numerusform>
        </translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, max %3 ms (%4 samples)</source>
        <translation>p50 %1 мс, p95 %2 мс, максимум %3 мс (%4 замеров)</translation>
    </message>
    <message>
        <source>the other connection heard nothing within %1 s</source>
        <translation>другое подключение ничего не услышало за %1 с</translation>
    </message>
    <message>
        <source>no load client at %1 (build the team_load_client target, or set SWITCHBOARD_TEAM_LOAD_CLIENT)</source>
        <translation>нет клиента нагрузки по пути %1 (соберите цель team_load_client или задайте SWITCHBOARD_TEAM_LOAD_CLIENT)</translation>
    </message>
    <message>
        <source>a load client failed</source>
        <translation>клиент нагрузки завершился с ошибкой</translation>
    </message>
    <message>
        <source>bench --team measures a PostgreSQL team database: give --db postgresql://... (a scratch copy: the benchmark writes to it)</source>
        <translation>bench --team измеряет командную базу PostgreSQL: укажите --db postgresql://... (временную копию: тест пишет в неё)</translation>
    </message>
    <message>
        <source>team database:           %1 (%2 tickets)</source>
        <translation>командная база:          %1 (обращений: %2)</translation>
    </message>
    <message>
        <source>seen by another desktop: %1</source>
        <translation>видно на другом рабочем месте: %1</translation>
    </message>
    <message>
        <source>load test:               %1 clients x %2 operations in %3 s: %4 operations/s (%5 conflicts retried)</source>
        <translation>нагрузочный тест:        %1 клиентов x %2 операций за %3 с: %4 операций/с (повторов после конфликта: %5)</translation>
    </message>
    <message>
        <source>load test:               skipped: %1</source>
        <translation>нагрузочный тест:        пропущен: %1</translation>
    </message>
    <message>
        <source>questions, asked again:  %1</source>
        <translation>вопросы, повторно:       %1</translation>
    </message>
</context>
<context>
    <name>ConversationFormatter</name>
    <message>
        <source>This ticket has no messages yet.</source>
        <translation>В этом обращении пока нет сообщений.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>could not write the image</source>
        <translation>не удалось записать изображение</translation>
    </message>
    <message>
        <source>could not write the report</source>
        <translation>не удалось записать отчёт</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <comment>a satisfaction score out of 5</comment>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>a figure the period does not define</comment>
        <translation>н/д</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>неделя с %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SlaPresentation</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>осталось %1:%2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>first response past its goal</source>
        <translation>первый ответ: цель превышена</translation>
    </message>
    <message>
        <source>next response past its goal</source>
        <translation>следующий ответ: цель превышена</translation>
    </message>
    <message>
        <source>resolution past its goal</source>
        <translation>решение: цель превышена</translation>
    </message>
    <message>
        <source>first response due soon</source>
        <translation>первый ответ: срок скоро истечёт</translation>
    </message>
    <message>
        <source>next response due soon</source>
        <translation>следующий ответ: срок скоро истечёт</translation>
    </message>
    <message>
        <source>resolution due soon</source>
        <translation>решение: срок скоро истечёт</translation>
    </message>
    <message>
        <source>first response breached</source>
        <translation>первый ответ: предел нарушен</translation>
    </message>
    <message>
        <source>next response breached</source>
        <translation>следующий ответ: предел нарушен</translation>
    </message>
    <message>
        <source>resolution breached</source>
        <translation>решение: предел нарушен</translation>
    </message>
</context>
<context>
    <name>Switchboard</name>
    <message>
        <source>no database path was given</source>
        <translation>не указан путь к базе данных</translation>
    </message>
    <message>
        <source>the database file does not exist</source>
        <translation>файл базы данных не существует</translation>
    </message>
    <message>
        <source>cannot create the database folder</source>
        <translation>не удаётся создать папку базы данных</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>the database file cannot be read</source>
        <translation>файл базы данных не удаётся прочитать</translation>
    </message>
    <message>
        <source>this file is not a Switchboard database</source>
        <translation>этот файл не является базой данных Switchboard</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>файл базы данных повреждён: %1</translation>
    </message>
    <message>
        <source>this file is an SQLite database of another program, not a Switchboard database</source>
        <translation>это база данных SQLite другой программы, а не Switchboard</translation>
    </message>
    <message>
        <source>the database was written by a newer Switchboard (schema version %1; this version supports up to %2); update Switchboard to open it</source>
        <translation>база данных создана более новой версией Switchboard (версия схемы %1, эта версия поддерживает до %2); обновите Switchboard, чтобы открыть её</translation>
    </message>
    <message>
        <source>the database file is damaged and was not changed</source>
        <translation>файл базы данных повреждён и не был изменён</translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1</source>
        <translation>не удаётся начать транзакцию для миграции %1</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>миграция %1 (%2) не выполнена: %3</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>миграция %1 не выполнена: %2</translation>
    </message>
    <message>
        <source>could not back up the database before upgrading it: %1</source>
        <translation>не удалось сделать резервную копию базы данных перед обновлением: %1</translation>
    </message>
    <message>
        <source>no transaction is active</source>
        <translation>нет активной транзакции</translation>
    </message>
    <message>
        <source>could not save changes: %1</source>
        <translation>не удалось сохранить изменения: %1</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>web</source>
        <translation>веб</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>неисправность</translation>
    </message>
    <message>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает клиента</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>customer message</source>
        <translation>сообщение клиента</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>системное сообщение</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>руководитель группы</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>не удалось записать: %1: %2</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>group member</source>
        <translation>участник группы</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not read the queue</source>
        <translation>не удалось прочитать очередь</translation>
    </message>
    <message>
        <source>could not read the ticket</source>
        <translation>не удалось прочитать обращение</translation>
    </message>
    <message>
        <source>no such ticket</source>
        <translation>такого обращения нет</translation>
    </message>
    <message>
        <source>could not read the conversation</source>
        <translation>не удалось прочитать переписку</translation>
    </message>
    <message>
        <source>could not read the ticket history</source>
        <translation>не удалось прочитать историю обращения</translation>
    </message>
    <message>
        <source>a login may contain only Latin letters, digits and . _ @ -</source>
        <translation>логин может содержать только латинские буквы, цифры и . _ @ -</translation>
    </message>
    <message>
        <source>an agent needs a name</source>
        <translation>у оператора должно быть имя</translation>
    </message>
    <message>
        <source>could not add the agent</source>
        <translation>не удалось добавить оператора</translation>
    </message>
    <message>
        <source>an agent with this login already exists</source>
        <translation>оператор с таким логином уже существует</translation>
    </message>
    <message>
        <source>could not read the agent</source>
        <translation>не удалось прочитать данные оператора</translation>
    </message>
    <message>
        <source>no such agent</source>
        <translation>такого оператора нет</translation>
    </message>
    <message>
        <source>could not count tickets</source>
        <translation>не удалось подсчитать обращения</translation>
    </message>
    <message>
        <source>Switchboard: the support desk console.</source>
        <translation>Switchboard — консоль службы поддержки.</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn or error.</source>
        <translation>Уровень журнала: trace, debug, info, warn или error.</translation>
    </message>
    <message>
        <source>Interface language: ru, zh_CN or en (default: the View &gt; Language choice, else the system&apos;s).</source>
        <translation>Язык интерфейса: ru, zh_CN или en (по умолчанию — выбор в меню «Вид › Язык», иначе язык системы).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the queue has loaded, then quit.</source>
        <translation>Сохранить снимок окна в FILE, когда очередь загрузится, и выйти.</translation>
    </message>
    <message>
        <source>--lang takes ru, zh_CN or en</source>
        <translation>--lang принимает ru, zh_CN или en</translation>
    </message>
    <message>
        <source>--log-level takes trace, debug, info, warn or error</source>
        <translation>--log-level принимает trace, debug, info, warn или error</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard cannot open this database.</source>
        <translation>Switchboard не может открыть эту базу данных.</translation>
    </message>
    <message>
        <source>%1

The file was not changed. Start Switchboard with --db PATH to use another database file.</source>
        <translation>%1

Файл не изменён. Чтобы открыть другой файл базы данных, запустите Switchboard с параметром --db PATH.</translation>
    </message>
    <message>
        <source>Database: %1
Log file: %2</source>
        <translation>База данных: %1
Файл журнала: %2</translation>
    </message>
    <message>
        <source>demo data generation was cancelled; nothing was written</source>
        <translation>создание демонстрационных данных отменено; ничего не записано</translation>
    </message>
    <message>
        <source>the number of tickets must be between 0 and 100000000</source>
        <translation>число обращений должно быть от 0 до 100000000</translation>
    </message>
    <message>
        <source>the number of agents must be between 1 and 10000</source>
        <translation>число операторов должно быть от 1 до 10000</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 3650</source>
        <translation>число дней должно быть от 1 до 3650</translation>
    </message>
    <message>
        <source>the time zone of the demo data is not valid</source>
        <translation>часовой пояс демонстрационных данных недействителен</translation>
    </message>
    <message numerus="yes">
        <source>the database already has %n ticket(s); demo data goes only into a database without tickets</source>
        <translation>
            <numerusform>в базе данных уже есть %n обращение; демонстрационные данные записываются только в базу без обращений</numerusform>
            <numerusform>в базе данных уже есть %n обращения; демонстрационные данные записываются только в базу без обращений</numerusform>
            <numerusform>в базе данных уже есть %n обращений; демонстрационные данные записываются только в базу без обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>fast writing needs an SQLite database</source>
        <translation>для быстрой записи нужна база данных SQLite</translation>
    </message>
    <message>
        <source>could not prepare the writer: %1</source>
        <translation>не удалось подготовить запись: %1</translation>
    </message>
    <message>
        <source>could not prepare the database for loading: %1</source>
        <translation>не удалось подготовить базу данных к загрузке: %1</translation>
    </message>
    <message>
        <source>could not read the database settings</source>
        <translation>не удалось прочитать настройки базы данных</translation>
    </message>
    <message>
        <source>could not start a transaction</source>
        <translation>не удалось начать транзакцию</translation>
    </message>
    <message>
        <source>Open the ticket with this number at start.</source>
        <translation>Открыть при запуске обращение с этим номером.</translation>
    </message>
    <message>
        <source>--ticket takes a ticket number</source>
        <translation>--ticket принимает номер обращения</translation>
    </message>
    <message>
        <source>could not search the queue</source>
        <translation>не удалось выполнить поиск в очереди</translation>
    </message>
    <message>
        <source>the queue query ran out of time</source>
        <translation>запрос очереди не уложился во время</translation>
    </message>
    <message>
        <source>the knowledge base could not be saved: %1</source>
        <translation>не удалось сохранить базу знаний: %1</translation>
    </message>
    <message>
        <source>there is no such article</source>
        <translation>такой статьи нет</translation>
    </message>
    <message>
        <source>the knowledge base search failed: %1</source>
        <translation>поиск по базе знаний не удался: %1</translation>
    </message>
    <message>
        <source>showing results for %1</source>
        <translation>показаны результаты для «%1»</translation>
    </message>
    <message>
        <source>no SQLite connection to register the search tokenizer on</source>
        <translation>нет соединения SQLite для регистрации поискового токенизатора</translation>
    </message>
    <message>
        <source>this SQLite library has no usable full-text search (FTS5)</source>
        <translation>в этой библиотеке SQLite нет работающего полнотекстового поиска (FTS5)</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>не удаётся зарегистрировать поисковый токенизатор: %1</translation>
    </message>
    <message>
        <source>the search tokenizer needs an SQLite connection</source>
        <translation>поисковому токенизатору нужно соединение SQLite</translation>
    </message>
    <message>
        <source>%1: an interval must start before it ends, within one day</source>
        <translation>%1: интервал должен начинаться раньше, чем заканчивается, в пределах одного дня</translation>
    </message>
    <message>
        <source>%1: intervals overlap or are out of order</source>
        <translation>%1: интервалы пересекаются или идут не по порядку</translation>
    </message>
    <message>
        <source>the time zone is not valid</source>
        <translation>недопустимый часовой пояс</translation>
    </message>
    <message>
        <source>the calendar has no open hours in its week; it would never open</source>
        <translation>в календаре нет рабочих часов ни в один день недели; он никогда не откроется</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a workday</source>
        <translation>%1 — одновременно праздник и рабочий день</translation>
    </message>
    <message>
        <source>workdays need workday_hours when no day from Monday to Friday has hours</source>
        <translation>для workdays нужен workday_hours, если ни у одного дня с понедельника по пятницу нет рабочих часов</translation>
    </message>
    <message>
        <source>the built-in calendar data is missing</source>
        <translation>нет данных встроенного календаря</translation>
    </message>
    <message>
        <source>the built-in calendar data is damaged</source>
        <translation>данные встроенного календаря повреждены</translation>
    </message>
    <message>
        <source>unknown built-in calendar &apos;%1&apos;; available: %2</source>
        <translation>неизвестный встроенный календарь «%1»; доступны: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>некорректный JSON: %1 в позиции %2</translation>
    </message>
    <message>
        <source>a calendar must be a JSON object</source>
        <translation>календарь должен быть объектом JSON</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: неизвестное поле</translation>
    </message>
    <message>
        <source>timezone: missing; give an IANA name such as Europe/Moscow</source>
        <translation>timezone: отсутствует; укажите имя IANA, например Europe/Moscow</translation>
    </message>
    <message>
        <source>timezone: unknown time zone &apos;%1&apos;</source>
        <translation>timezone: неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>week: expected an object with mon ... sun</source>
        <translation>week: ожидается объект с mon ... sun</translation>
    </message>
    <message>
        <source>week.%1: not a weekday (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>week.%1: не день недели (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>workdays[%1]: %2 is also a holiday</source>
        <translation>workdays[%1]: %2 также указан как праздник</translation>
    </message>
    <message>
        <source>date_hours: expected an object from dates to intervals</source>
        <translation>date_hours: ожидается объект, сопоставляющий датам интервалы</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD)</source>
        <translation>%1: %2 — не дата (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1: expected a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</source>
        <translation>%1: ожидается список интервалов [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1: expected [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>%1: ожидается [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1: %2 is not a time</source>
        <translation>%1: %2 — не время</translation>
    </message>
    <message>
        <source>%1: the end %2 is not after the start %3</source>
        <translation>%1: конец %2 не позже начала %3</translation>
    </message>
    <message>
        <source>%1: overlaps %2[%3] or is out of order</source>
        <translation>%1: пересекается с %2[%3] или идёт не по порядку</translation>
    </message>
    <message>
        <source>%1: expected a list of dates (YYYY-MM-DD)</source>
        <translation>%1: ожидается список дат (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1[%2]: %3 is not a date (YYYY-MM-DD)</source>
        <translation>%1[%2]: %3 — не дата (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>cannot read the calendar file: %1</source>
        <translation>не удаётся прочитать файл календаря: %1</translation>
    </message>
    <message>
        <source>there is no such revision</source>
        <translation>такой версии нет</translation>
    </message>
    <message>
        <source>there is no such category</source>
        <translation>такой категории нет</translation>
    </message>
    <message>
        <source>there is no such agent</source>
        <translation>такого оператора нет</translation>
    </message>
    <message>
        <source>article %1 is also imported from %2</source>
        <translation>статья %1 также импортируется из %2</translation>
    </message>
    <message>
        <source>%1: text after the closing quote</source>
        <translation>%1: текст после закрывающей кавычки</translation>
    </message>
    <message>
        <source>%1: the quote is not closed</source>
        <translation>%1: кавычка не закрыта</translation>
    </message>
    <message>
        <source>tags: the list is not closed by ]</source>
        <translation>tags: список не закрыт символом ]</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>текст не в корректной кодировке UTF-8</translation>
    </message>
    <message>
        <source>the file must start with a front matter line ---</source>
        <translation>файл должен начинаться со строки заголовка ---</translation>
    </message>
    <message>
        <source>expected key: value</source>
        <translation>ожидается «ключ: значение»</translation>
    </message>
    <message>
        <source>%1: given twice, first on line %2</source>
        <translation>%1: указано дважды, впервые в строке %2</translation>
    </message>
    <message>
        <source>id: &apos;%1&apos; is not a positive number</source>
        <translation>id: «%1» — не положительное число</translation>
    </message>
    <message>
        <source>title: must not be empty</source>
        <translation>title: не может быть пустым</translation>
    </message>
    <message>
        <source>lang: &apos;%1&apos; is not ru, zh or en</source>
        <translation>lang: «%1» — не ru, zh и не en</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not draft, published or archived</source>
        <translation>status: «%1» — не draft, published и не archived</translation>
    </message>
    <message>
        <source>category: &apos;%1&apos; has an empty part</source>
        <translation>category: в «%1» есть пустая часть</translation>
    </message>
    <message>
        <source>review_by: &apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>review_by: «%1» — не дата YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>неизвестный ключ «%1»</translation>
    </message>
    <message>
        <source>the front matter is not closed by a line ---</source>
        <translation>заголовок не закрыт строкой ---</translation>
    </message>
    <message>
        <source>title is missing</source>
        <translation>нет title</translation>
    </message>
    <message>
        <source>lang is missing</source>
        <translation>нет lang</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>id: %1 is also used by %2</source>
        <translation>id: %1 также используется в %2</translation>
    </message>
    <message>
        <source>author: there is no agent &apos;%1&apos;</source>
        <translation>author: нет оператора «%1»</translation>
    </message>
    <message>
        <source>translation_of: there is no article %1</source>
        <translation>translation_of: нет статьи %1</translation>
    </message>
    <message>
        <source>translation_of: there is no file &apos;%1&apos; in this import</source>
        <translation>translation_of: в этом импорте нет файла «%1»</translation>
    </message>
    <message>
        <source>could not create the folder</source>
        <translation>не удалось создать папку</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>не удалось записать: %1</translation>
    </message>
    <message>
        <source>an SLA policy needs a name</source>
        <translation>у политики SLA должно быть имя</translation>
    </message>
    <message>
        <source>an SLA policy needs a calendar</source>
        <translation>у политики SLA должен быть календарь</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>первый ответ</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>следующий ответ</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>the %1 goal must be longer than zero</source>
        <translation>цель «%1» должна быть больше нуля</translation>
    </message>
    <message>
        <source>the %1 limit must not be shorter than its goal</source>
        <translation>предел «%1» не может быть меньше цели</translation>
    </message>
    <message>
        <source>a warning must lie between 1 and 100 percent of the limit</source>
        <translation>предупреждение должно быть от 1 до 100 процентов предела</translation>
    </message>
    <message>
        <source>a warning before the limit must be longer than zero</source>
        <translation>интервал предупреждения до предела должен быть больше нуля</translation>
    </message>
    <message>
        <source>two SLA policies have the same name</source>
        <translation>у двух политик SLA одинаковое имя</translation>
    </message>
    <message>
        <source>Work as this agent: SLA alerts for their tickets (and, for a lead, their groups&apos; breaches); knowledge-base votes are theirs.</source>
        <translation>Работать от имени этого оператора: оповещения SLA по его обращениям (а для руководителя группы — и о нарушениях в его группах); голоса в базе знаний засчитываются ему.</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>could not start decompressing</source>
        <translation>не удалось начать распаковку</translation>
    </message>
    <message>
        <source>the compressed file is cut short</source>
        <translation>сжатый файл обрезан</translation>
    </message>
    <message>
        <source>could not decompress</source>
        <translation>не удалось распаковать</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>сжатые данные повреждены (%1)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field must be doubled</source>
        <translation>текст после закрывающей кавычки поля; кавычку внутри поля в кавычках нужно удваивать</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>поле в кавычках не закрыто до конца файла</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>this row has %1 fields, the header has %2</source>
        <translation>в этой строке полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>mapping: %1: %2</source>
        <translation>сопоставление: %1: %2</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>неизвестный ключ (ожидается один из: %1)</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>ожидается непустой текст</translation>
    </message>
    <message>
        <source>expected a text or a list of texts</source>
        <translation>ожидается текст или список текстов</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid for %2 (expected %3)</source>
        <translation>«%1» — недопустимое значение для %2 (ожидается %3)</translation>
    </message>
    <message>
        <source>expected a column name</source>
        <translation>ожидается имя столбца</translation>
    </message>
    <message>
        <source>expected a column name or an object with &quot;column&quot;, &quot;value&quot; or &quot;join&quot;</source>
        <translation>ожидается имя столбца или объект с &quot;column&quot;, &quot;value&quot; или &quot;join&quot;</translation>
    </message>
    <message>
        <source>give exactly one of &quot;column&quot;, &quot;value&quot; and &quot;join&quot;</source>
        <translation>укажите ровно одно из &quot;column&quot;, &quot;value&quot; и &quot;join&quot;</translation>
    </message>
    <message>
        <source>expected a list of columns</source>
        <translation>ожидается список столбцов</translation>
    </message>
    <message>
        <source>expected an object of value: value</source>
        <translation>ожидается объект вида «значение: значение»</translation>
    </message>
    <message>
        <source>mapping: not valid JSON: %1 at character %2</source>
        <translation>сопоставление: некорректный JSON: %1 в позиции %2</translation>
    </message>
    <message>
        <source>mapping: expected a JSON object</source>
        <translation>сопоставление: ожидается объект JSON</translation>
    </message>
    <message>
        <source>there is no such mapping file</source>
        <translation>такого файла сопоставления нет</translation>
    </message>
    <message>
        <source>could not read the mapping: %1</source>
        <translation>не удалось прочитать сопоставление: %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>неизвестный формат «%1» (ожидается %2)</translation>
    </message>
    <message>
        <source>expected a short name of lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (it identifies the system the tickets come from)</source>
        <translation>ожидается короткое имя из строчных латинских букв, цифр, «.», «_» или «-» (оно обозначает систему, из которой поступают обращения)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone (such as Europe/Moscow)</source>
        <translation>«%1» — не часовой пояс IANA (например, Europe/Moscow)</translation>
    </message>
    <message>
        <source>expected an object of field: column</source>
        <translation>ожидается объект вида «поле: столбец»</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>неизвестное поле (ожидается одно из: %1)</translation>
    </message>
    <message>
        <source>required: the column that identifies a ticket in the source, so importing again updates instead of duplicating</source>
        <translation>обязательно: столбец, который обозначает обращение в источнике, чтобы повторный импорт обновлял его, а не создавал дубликат</translation>
    </message>
    <message>
        <source>required: the column with the time the ticket was created</source>
        <translation>обязательно: столбец со временем создания обращения</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be tracked (expected status, assignee, group or priority)</source>
        <translation>«%1» нельзя отслеживать (ожидается status, assignee, group или priority)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>expected &quot;first_status_change&quot; or null</source>
        <translation>ожидается &quot;first_status_change&quot; или null</translation>
    </message>
    <message>
        <source>the file has no column %1 that the mapping %2 names (its columns: %3)</source>
        <translation>в файле нет столбца %1, указанного в сопоставлении %2 (столбцы файла: %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>некорректный JSON: %1 в позиции %2</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>каждая строка должна быть одним объектом JSON</translation>
    </message>
    <message>
        <source>%1:%2, column %3</source>
        <translation>%1:%2, столбец %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time in the format %2</source>
        <translation>«%1» — не время в формате %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 (expected %3; map other values in fields.%2.map of the mapping)</source>
        <translation>«%1» — недопустимое значение %2 (ожидается %3; другие значения сопоставьте в fields.%2.map сопоставления)</translation>
    </message>
    <message>
        <source>every row needs a ticket id</source>
        <translation>в каждой строке нужен id обращения</translation>
    </message>
    <message>
        <source>every row of an event log needs the time of its change</source>
        <translation>в каждой строке журнала событий нужно время изменения</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>неизвестная кодировка</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>метка порядка байтов (BOM)</translation>
    </message>
    <message>
        <source>zero bytes of UTF-16</source>
        <translation>нулевые байты UTF-16</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>корректный UTF-8</translation>
    </message>
    <message>
        <source>double-byte Chinese sequences</source>
        <translation>двухбайтовые последовательности китайских символов</translation>
    </message>
    <message>
        <source>Russian letter frequencies</source>
        <translation>частоты русских букв</translation>
    </message>
    <message>
        <source>the text ends inside a %1 character</source>
        <translation>текст обрывается внутри символа %1</translation>
    </message>
    <message>
        <source>the text is not valid %1 (byte %2)</source>
        <translation>текст не в корректной кодировке %1 (байт %2)</translation>
    </message>
    <message>
        <source>ticket %1 appears again (first on line %2); a mapping without an event_log section expects one row per ticket</source>
        <translation>обращение %1 встречается повторно (впервые в строке %2); сопоставление без раздела event_log ожидает по одной строке на обращение</translation>
    </message>
    <message>
        <source>the ticket has no creation time</source>
        <translation>у обращения нет времени создания</translation>
    </message>
    <message>
        <source>could not write the file: %1</source>
        <translation>не удалось записать файл: %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>импорт отменён; ничего не записано</translation>
    </message>
    <message>
        <source>--format %1 has its own mapping; give --format csv or jsonl with --mapping</source>
        <translation>у --format %1 собственное сопоставление; с --mapping укажите --format csv или jsonl</translation>
    </message>
    <message>
        <source>no database to import into</source>
        <translation>нет базы данных для импорта</translation>
    </message>
    <message>
        <source>unclosed quote in the time format &apos;%1&apos;</source>
        <translation>незакрытая кавычка в формате времени «%1»</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; uses &apos;%2&apos;, which is not supported (use y M d H h m s z AP)</source>
        <translation>формат времени «%1» использует «%2», что не поддерживается (используйте y M d H h m s z AP)</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; needs yyyy or yy</source>
        <translation>в формате времени «%1» нужен yyyy или yy</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; uses %2, which is not supported (month and day names are not read)</source>
        <translation>формат времени «%1» использует %2, что не поддерживается (названия месяцев и дней не распознаются)</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; names a field twice</source>
        <translation>в формате времени «%1» одно поле указано дважды</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; needs a year, a month and a day</source>
        <translation>в формате времени «%1» нужны год, месяц и день</translation>
    </message>
    <message>
        <source>no time format given</source>
        <translation>формат времени не указан</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>the knowledge base could not be read: %1</source>
        <translation>не удалось прочитать базу знаний: %1</translation>
    </message>
    <message>
        <source>votes are counted per agent: choose who you are before voting</source>
        <translation>голоса учитываются по операторам: перед голосованием выберите, кто вы</translation>
    </message>
    <message>
        <source>there is no such ticket</source>
        <translation>такого обращения нет</translation>
    </message>
    <message>
        <source>SLA settings could not be read or saved: %1</source>
        <translation>не удалось прочитать или сохранить настройки SLA: %1</translation>
    </message>
    <message>
        <source>stored SLA policy %1</source>
        <translation>политика SLA %1 сохранена</translation>
    </message>
    <message>
        <source>keep at least one SLA policy; a policy without targets measures nothing but still names the calendar</source>
        <translation>оставьте хотя бы одну политику SLA; политика без целевых показателей ничего не измеряет, но всё равно задаёт календарь</translation>
    </message>
    <message>
        <source>the calendar &quot;%1&quot; does not exist</source>
        <translation>календарь «%1» не существует</translation>
    </message>
    <message>
        <source>no calendar is named &quot;%1&quot;</source>
        <translation>нет календаря с именем «%1»</translation>
    </message>
    <message>
        <source>stored calendar %1</source>
        <translation>календарь %1 сохранён</translation>
    </message>
    <message>
        <source>a calendar needs a name</source>
        <translation>у календаря должно быть имя</translation>
    </message>
    <message>
        <source>names starting with &quot;builtin:&quot; are reserved for the shipped calendars; choose another name</source>
        <translation>имена, начинающиеся с «builtin:», зарезервированы для встроенных календарей; выберите другое имя</translation>
    </message>
    <message>
        <source>the calendar is not valid</source>
        <translation>календарь задан неверно</translation>
    </message>
    <message>
        <source>the calendar &quot;%1&quot; is used by the SLA policy &quot;%2&quot;; choose another calendar for that policy first</source>
        <translation>календарь «%1» используется политикой SLA «%2»; сначала выберите для этой политики другой календарь</translation>
    </message>
    <message>
        <source>SLA policy field &quot;%1&quot;: %2</source>
        <translation>поле политики SLA «%1»: %2</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ожидается список</translation>
    </message>
    <message>
        <source>expected a list of non-empty texts</source>
        <translation>ожидается список непустых текстов</translation>
    </message>
    <message>
        <source>expected whole minutes greater than zero</source>
        <translation>ожидается целое число минут больше нуля</translation>
    </message>
    <message>
        <source>expected minutes or {goal_minutes, limit_minutes}</source>
        <translation>ожидается число минут или {goal_minutes, limit_minutes}</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>неизвестное поле «%1»</translation>
    </message>
    <message>
        <source>goal and limit must be whole minutes above zero</source>
        <translation>цель и предел должны быть целым числом минут больше нуля</translation>
    </message>
    <message>
        <source>each warning is {&quot;percent&quot;: P} or {&quot;minutes_before&quot;: M}</source>
        <translation>каждое предупреждение — {&quot;percent&quot;: P} или {&quot;minutes_before&quot;: M}</translation>
    </message>
    <message>
        <source>percent must be 1 to 100</source>
        <translation>percent должен быть от 1 до 100</translation>
    </message>
    <message>
        <source>minutes before the limit must be above zero</source>
        <translation>число минут до предела должно быть больше нуля</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>неизвестное значение «%1»</translation>
    </message>
    <message>
        <source>expected a list of 1 to 4</source>
        <translation>ожидается список чисел от 1 до 4</translation>
    </message>
    <message>
        <source>unknown SLA policy field &quot;%1&quot;</source>
        <translation>неизвестное поле политики SLA «%1»</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>expected a list of SLA policies</source>
        <translation>ожидается список политик SLA</translation>
    </message>
    <message>
        <source>expected an SLA policy object</source>
        <translation>ожидается объект политики SLA</translation>
    </message>
    <message>
        <source>the SLA state could not be read or saved: %1</source>
        <translation>не удалось прочитать или сохранить состояние SLA: %1</translation>
    </message>
    <message>
        <source>SLA policy %1</source>
        <translation>политика SLA %1</translation>
    </message>
    <message>
        <source>no SLA has been computed for this ticket yet</source>
        <translation>SLA для этого обращения ещё не рассчитан</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не отсчитывается</translation>
    </message>
    <message>
        <source>running</source>
        <translation>отсчёт идёт</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>past goal</source>
        <translation>цель превышена</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>нарушено</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>the database is not an SQLite connection</source>
        <translation>база данных не является подключением SQLite</translation>
    </message>
    <message>
        <source>could not prepare a database statement: %1</source>
        <translation>не удалось подготовить запрос к базе данных: %1</translation>
    </message>
    <message>
        <source>a database statement failed</source>
        <translation>не удалось выполнить запрос к базе данных</translation>
    </message>
    <message>
        <source>could not read imported tickets</source>
        <translation>не удалось прочитать импортированные обращения</translation>
    </message>
    <message>
        <source>could not read groups</source>
        <translation>не удалось прочитать список групп</translation>
    </message>
    <message>
        <source>could not read agents</source>
        <translation>не удалось прочитать список операторов</translation>
    </message>
    <message>
        <source>could not read customers</source>
        <translation>не удалось прочитать список клиентов</translation>
    </message>
    <message>
        <source>could not record external id %1</source>
        <translation>не удалось записать внешний id %1</translation>
    </message>
    <message>
        <source>could not write the rating of ticket #%1</source>
        <translation>не удалось записать оценку обращения #%1</translation>
    </message>
    <message>
        <source>could not update ticket #%1</source>
        <translation>не удалось обновить обращение #%1</translation>
    </message>
    <message>
        <source>could not read tickets</source>
        <translation>не удалось прочитать обращения</translation>
    </message>
    <message>
        <source>could not count the tickets due soon</source>
        <translation>не удалось подсчитать обращения с приближающимся сроком</translation>
    </message>
    <message>
        <source>could not read the agent&apos;s groups</source>
        <translation>не удалось прочитать группы оператора</translation>
    </message>
    <message>
        <source>the reply templates could not be read: %1</source>
        <translation>не удалось прочитать шаблоны ответов: %1</translation>
    </message>
    <message>
        <source>the reply template could not be saved: %1</source>
        <translation>не удалось сохранить шаблон ответа: %1</translation>
    </message>
    <message>
        <source>there is no such reply template</source>
        <translation>такого шаблона ответа нет</translation>
    </message>
    <message>
        <source>give the template a name</source>
        <translation>укажите название шаблона</translation>
    </message>
    <message>
        <source>the template has no text</source>
        <translation>в шаблоне нет текста</translation>
    </message>
    <message>
        <source>a template is written in Russian (ru), Chinese (zh) or English (en), not &quot;%1&quot;</source>
        <translation>шаблон может быть на русском (ru), китайском (zh) или английском (en) языке, а не «%1»</translation>
    </message>
    <message>
        <source>a template named &quot;%1&quot; already exists in this language: choose another name or edit that template</source>
        <translation>шаблон «%1» на этом языке уже существует: выберите другое название или измените этот шаблон</translation>
    </message>
    <message>
        <source>there is no reply template named &quot;%1&quot;</source>
        <translation>нет шаблона ответа с названием «%1»</translation>
    </message>
    <message>
        <source>could not save the draft</source>
        <translation>не удалось сохранить черновик</translation>
    </message>
    <message>
        <source>could not read the draft</source>
        <translation>не удалось прочитать черновик</translation>
    </message>
    <message>
        <source>could not remove the draft</source>
        <translation>не удалось удалить черновик</translation>
    </message>
    <message>
        <source>filter field &quot;%1&quot;: %2</source>
        <translation>поле фильтра «%1»: %2</translation>
    </message>
    <message>
        <source>unknown value %1</source>
        <translation>неизвестное значение %1</translation>
    </message>
    <message>
        <source>expected a date such as 2026-03-31</source>
        <translation>ожидается дата, например 2026-03-31</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>expected priorities from 1 to 4</source>
        <translation>ожидаются приоритеты от 1 до 4</translation>
    </message>
    <message>
        <source>expected agent logins, or null for unassigned</source>
        <translation>ожидаются логины операторов или null для неназначенных</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>диапазон заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>the filter is not valid JSON: %1</source>
        <translation>фильтр — некорректный JSON: %1</translation>
    </message>
    <message>
        <source>a filter must be a JSON object</source>
        <translation>фильтр должен быть объектом JSON</translation>
    </message>
    <message>
        <source>%1 must be rated from 1 to 5</source>
        <translation>%1: значение должно быть от 1 до 5</translation>
    </message>
    <message>
        <source>the overall score</source>
        <translation>общая оценка</translation>
    </message>
    <message>
        <source>reaction time</source>
        <translation>скорость реакции</translation>
    </message>
    <message>
        <source>quality of service</source>
        <translation>качество обслуживания</translation>
    </message>
    <message>
        <source>effectiveness of the solution</source>
        <translation>эффективность решения</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>общение</translation>
    </message>
    <message>
        <source>the source of a rating must be operator, survey or import</source>
        <translation>источник оценки должен быть operator, survey или import</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>база данных занята; повторите попытку</translation>
    </message>
    <message>
        <source>only a resolved ticket can be rated</source>
        <translation>оценить можно только решённое обращение</translation>
    </message>
    <message>
        <source>could not save the rating</source>
        <translation>не удалось сохранить оценку</translation>
    </message>
    <message>
        <source>could not record the change</source>
        <translation>не удалось записать изменение</translation>
    </message>
    <message>
        <source>could not read the rating</source>
        <translation>не удалось прочитать оценку</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>could not read the ratings</source>
        <translation>не удалось прочитать оценки</translation>
    </message>
    <message>
        <source>no such group: %1</source>
        <translation>нет такой группы: %1</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>у группы должно быть название</translation>
    </message>
    <message numerus="yes">
        <source>a group name may have at most %n character(s)</source>
        <translation>
            <numerusform>название группы может содержать не более %n символа</numerusform>
            <numerusform>название группы может содержать не более %n символов</numerusform>
            <numerusform>название группы может содержать не более %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>could not add the group</source>
        <translation>не удалось добавить группу</translation>
    </message>
    <message>
        <source>a group named %1 already exists</source>
        <translation>группа с названием %1 уже существует</translation>
    </message>
    <message>
        <source>could not change the group&apos;s routing</source>
        <translation>не удалось изменить распределение в группе</translation>
    </message>
    <message>
        <source>could not add the agent to the group</source>
        <translation>не удалось добавить оператора в группу</translation>
    </message>
    <message>
        <source>could not remove the agent from the group</source>
        <translation>не удалось исключить оператора из группы</translation>
    </message>
    <message>
        <source>could not change the agent&apos;s availability</source>
        <translation>не удалось изменить доступность оператора</translation>
    </message>
    <message>
        <source>no such agent: %1</source>
        <translation>нет такого оператора: %1</translation>
    </message>
    <message>
        <source>the limit of open tickets must be 0 (no limit) or more</source>
        <translation>предел открытых обращений должен быть 0 (без предела) или больше</translation>
    </message>
    <message>
        <source>could not change the agent&apos;s limit of open tickets</source>
        <translation>не удалось изменить предел открытых обращений оператора</translation>
    </message>
    <message>
        <source>could not read the group</source>
        <translation>не удалось прочитать группу</translation>
    </message>
    <message>
        <source>could not read the groups</source>
        <translation>не удалось прочитать список групп</translation>
    </message>
    <message>
        <source>could not read the agents&apos; routing settings</source>
        <translation>не удалось прочитать настройки распределения для операторов</translation>
    </message>
    <message>
        <source>could not count the agent&apos;s open tickets</source>
        <translation>не удалось подсчитать открытые обращения оператора</translation>
    </message>
    <message>
        <source>no such agent: #%1</source>
        <translation>нет такого оператора: #%1</translation>
    </message>
    <message>
        <source>could not read the group&apos;s routing</source>
        <translation>не удалось прочитать распределение в группе</translation>
    </message>
    <message>
        <source>no such group: #%1</source>
        <translation>нет такой группы: #%1</translation>
    </message>
    <message>
        <source>could not read the group&apos;s members</source>
        <translation>не удалось прочитать участников группы</translation>
    </message>
    <message>
        <source>could not save the round-robin position</source>
        <translation>не удалось сохранить позицию распределения по кругу</translation>
    </message>
    <message>
        <source>the ticket is already “%1”</source>
        <translation>обращение уже в статусе «%1»</translation>
    </message>
    <message>
        <source>a ticket cannot go back to new</source>
        <translation>обращение нельзя вернуть в статус «Новое»</translation>
    </message>
    <message>
        <source>a closed ticket cannot change; when the customer writes again, a linked ticket is opened</source>
        <translation>закрытое обращение нельзя изменить; если клиент напишет снова, будет открыто связанное обращение</translation>
    </message>
    <message>
        <source>only a resolved ticket can be closed; resolve it first</source>
        <translation>закрыть можно только решённое обращение; сначала решите его</translation>
    </message>
    <message>
        <source>a resolved ticket can only be reopened or closed</source>
        <translation>решённое обращение можно только открыть повторно или закрыть</translation>
    </message>
    <message>
        <source>could not read the agents</source>
        <translation>не удалось прочитать список операторов</translation>
    </message>
    <message>
        <source>skills %1 and %2</source>
        <extracomment>Routing reason: the agent has both skills, e.g. &quot;skills fault and phone&quot;.</extracomment>
        <translation>навыки %1 и %2</translation>
    </message>
    <message>
        <source>skill %1</source>
        <extracomment>Routing reason: the agent has this skill, e.g. &quot;skill fault&quot;.</extracomment>
        <translation>навык %1</translation>
    </message>
    <message>
        <source>%1, language %2</source>
        <extracomment>Routing reason: the matched criteria, e.g. &quot;skill fault, language ru&quot;.</extracomment>
        <translation>%1, язык %2</translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: round robin, %n open ticket(s)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>распределено оператору %1: по кругу, %n открытое обращение</numerusform>
            <numerusform>распределено оператору %1: по кругу, %n открытых обращения</numerusform>
            <numerusform>распределено оператору %1: по кругу, %n открытых обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: fewest open tickets (%n)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>распределено оператору %1: меньше всего открытых обращений (%n)</numerusform>
            <numerusform>распределено оператору %1: меньше всего открытых обращений (%n)</numerusform>
            <numerusform>распределено оператору %1: меньше всего открытых обращений (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: %2, %n open ticket(s)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name, %2: the matched criteria (&quot;skill fault, language ru&quot;).</extracomment>
        <translation>
            <numerusform>распределено оператору %1: %2, %n открытое обращение</numerusform>
            <numerusform>распределено оператору %1: %2, %n открытых обращения</numerusform>
            <numerusform>распределено оператору %1: %2, %n открытых обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: no agent with the skill, fewest open tickets (%n)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>распределено оператору %1: нет оператора с нужным навыком, меньше всего открытых обращений (%n)</numerusform>
            <numerusform>распределено оператору %1: нет оператора с нужным навыком, меньше всего открытых обращений (%n)</numerusform>
            <numerusform>распределено оператору %1: нет оператора с нужным навыком, меньше всего открытых обращений (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>could not save the message</source>
        <translation>не удалось сохранить сообщение</translation>
    </message>
    <message>
        <source>could not save the ticket</source>
        <translation>не удалось сохранить обращение</translation>
    </message>
    <message>
        <source>the ticket was changed by someone else</source>
        <translation>обращение изменил кто-то другой</translation>
    </message>
    <message>
        <source>changed by the customer or the system at %1</source>
        <translation>изменено клиентом или системой в %1</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>изменено оператором %1 в %2</translation>
    </message>
    <message>
        <source>could not read the agent&apos;s limit</source>
        <translation>не удалось прочитать предел оператора</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n open ticket(s), which is their limit</source>
        <translation>
            <numerusform>у оператора %1 уже %n открытое обращение — это его предел</numerusform>
            <numerusform>у оператора %1 уже %n открытых обращения — это его предел</numerusform>
            <numerusform>у оператора %1 уже %n открытых обращений — это его предел</numerusform>
        </translation>
    </message>
    <message>
        <source>the ticket is closed: %1</source>
        <translation>обращение закрыто: %1</translation>
    </message>
    <message>
        <source>already taken by %1</source>
        <translation>уже взято в работу оператором %1</translation>
    </message>
    <message>
        <source>the ticket is %1; only open tickets can be claimed</source>
        <translation>обращение в статусе «%1»; взять в работу можно только открытое обращение</translation>
    </message>
    <message>
        <source>it cannot be reassigned</source>
        <translation>его нельзя переназначить</translation>
    </message>
    <message>
        <source>a reply needs the agent who writes it</source>
        <translation>для ответа нужен оператор, который его пишет</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>write to the customer in a new ticket</source>
        <translation>напишите клиенту в новом обращении</translation>
    </message>
    <message>
        <source>the priority must be 1, 2, 3 or 4</source>
        <translation>приоритет должен быть 1, 2, 3 или 4</translation>
    </message>
    <message>
        <source>its fields cannot change</source>
        <translation>его поля нельзя изменить</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>такой группы нет</translation>
    </message>
    <message>
        <source>could not read the tags</source>
        <translation>не удалось прочитать метки</translation>
    </message>
    <message>
        <source>could not save the tags</source>
        <translation>не удалось сохранить метки</translation>
    </message>
    <message>
        <source>could not save the settings</source>
        <translation>не удалось сохранить настройки</translation>
    </message>
    <message>
        <source>could not read the settings</source>
        <translation>не удалось прочитать настройки</translation>
    </message>
    <message>
        <source>the reopen period must be 0 to 365 days</source>
        <translation>срок повторного открытия должен быть от 0 до 365 дней</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>сообщение пусто</translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation>у обращения должна быть тема</translation>
    </message>
    <message>
        <source>the requester must be an e-mail address</source>
        <translation>заявитель должен быть указан адресом эл. почты</translation>
    </message>
    <message>
        <source>the language must be ru, zh or en</source>
        <translation>язык должен быть ru, zh или en</translation>
    </message>
    <message>
        <source>could not read the customer</source>
        <translation>не удалось прочитать данные клиента</translation>
    </message>
    <message>
        <source>could not add the customer</source>
        <translation>не удалось добавить клиента</translation>
    </message>
    <message>
        <source>could not create the ticket</source>
        <translation>не удалось создать обращение</translation>
    </message>
    <message>
        <source>could not read the timer</source>
        <translation>не удалось прочитать таймер</translation>
    </message>
    <message>
        <source>could not save the time</source>
        <translation>не удалось сохранить время</translation>
    </message>
    <message>
        <source>the time spent must be from 1 second to 24 hours</source>
        <translation>затраченное время должно быть от 1 секунды до 24 часов</translation>
    </message>
    <message>
        <source>the start time is not valid</source>
        <translation>недопустимое время начала</translation>
    </message>
    <message>
        <source>could not start the timer</source>
        <translation>не удалось запустить таймер</translation>
    </message>
    <message>
        <source>could not stop the timer</source>
        <translation>не удалось остановить таймер</translation>
    </message>
    <message>
        <source>could not read the time spent</source>
        <translation>не удалось прочитать затраченное время</translation>
    </message>
    <message>
        <source>no such time entry</source>
        <translation>такой записи времени нет</translation>
    </message>
    <message>
        <source>only the agent who recorded this time can remove it</source>
        <translation>удалить эту запись времени может только оператор, который её внёс</translation>
    </message>
    <message>
        <source>could not remove the time</source>
        <translation>не удалось удалить запись времени</translation>
    </message>
    <message>
        <source>the arrivals per hour must be a number of 0 or more, not %1</source>
        <translation>число поступлений в час должно быть 0 или больше, а не %1</translation>
    </message>
    <message>
        <source>the average handling time must be more than 0 seconds, not %1</source>
        <translation>среднее время обработки должно быть больше 0 секунд, а не %1</translation>
    </message>
    <message>
        <source>the answer-within time must be 0 seconds or more, not %1</source>
        <translation>время, в течение которого нужно ответить, должно быть 0 секунд или больше, а не %1</translation>
    </message>
    <message>
        <source>the target service level must be more than 0 and at most 1, not %1</source>
        <translation>целевой уровень обслуживания должен быть больше 0 и не больше 1, а не %1</translation>
    </message>
    <message>
        <source>a service level of 100% is never reached while contacts arrive at random; ask for less, such as 99.9%</source>
        <translation>уровень обслуживания 100% недостижим, когда обращения поступают случайно; задайте меньше, например 99.9%</translation>
    </message>
    <message>
        <source>%1 erlangs of traffic need more than %2 agents; split the queue or check the arrivals and the handling time</source>
        <translation>для нагрузки %1 Эрланг нужно больше %2 операторов; разделите очередь или проверьте число поступлений и время обработки</translation>
    </message>
    <message>
        <source>the target service level needs more than %1 agents</source>
        <translation>для целевого уровня обслуживания нужно больше %1 операторов</translation>
    </message>
    <message>
        <source>the reporting calendar is not valid</source>
        <translation>календарь отчёта недействителен</translation>
    </message>
    <message>
        <source>could not prepare the report</source>
        <translation>не удалось подготовить отчёт</translation>
    </message>
    <message>
        <source>could not select the tickets of the report</source>
        <translation>не удалось отобрать обращения для отчёта</translation>
    </message>
    <message>
        <source>could not read the time entries</source>
        <translation>не удалось прочитать записи затраченного времени</translation>
    </message>
    <message>
        <source>could not read the filter</source>
        <translation>не удалось прочитать фильтр</translation>
    </message>
    <message>
        <source>no group is named “%1”</source>
        <translation>нет группы с названием «%1»</translation>
    </message>
    <message>
        <source>no agent has the login “%1”</source>
        <translation>нет оператора с логином «%1»</translation>
    </message>
    <message>
        <source>the created range ends before it starts</source>
        <translation>диапазон дат создания заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>could not save the filter</source>
        <translation>не удалось сохранить фильтр</translation>
    </message>
    <message>
        <source>there is no group with id %1</source>
        <translation>нет группы с идентификатором %1</translation>
    </message>
    <message>
        <source>there is no agent with id %1</source>
        <translation>нет оператора с идентификатором %1</translation>
    </message>
    <message>
        <source>could not read the saved filters</source>
        <translation>не удалось прочитать сохранённые фильтры</translation>
    </message>
    <message>
        <source>could not read the saved filter</source>
        <translation>не удалось прочитать сохранённый фильтр</translation>
    </message>
    <message>
        <source>no such saved filter</source>
        <translation>такого сохранённого фильтра нет</translation>
    </message>
    <message>
        <source>a filter needs a name</source>
        <translation>у фильтра должно быть название</translation>
    </message>
    <message>
        <source>a filter name may have at most %1 characters</source>
        <translation>название фильтра может содержать не более %1 символов</translation>
    </message>
    <message>
        <source>you already have a filter named “%1”</source>
        <translation>у вас уже есть фильтр с названием «%1»</translation>
    </message>
    <message>
        <source>a filter is saved for an agent; none is chosen</source>
        <translation>фильтр сохраняется для оператора, а оператор не выбран</translation>
    </message>
    <message>
        <source>only its owner can change the filter “%1”</source>
        <translation>изменить фильтр «%1» может только его владелец</translation>
    </message>
    <message>
        <source>could not delete the filter</source>
        <translation>не удалось удалить фильтр</translation>
    </message>
    <message>
        <source>only its owner can delete the filter “%1”</source>
        <translation>удалить фильтр «%1» может только его владелец</translation>
    </message>
    <message>
        <source>Open this area at start: queue, knowledge, dashboards or settings.</source>
        <translation>Раздел, открываемый при запуске: queue, knowledge, dashboards или settings.</translation>
    </message>
    <message>
        <source>--area takes queue, knowledge, dashboards or settings</source>
        <translation>--area принимает queue, knowledge, dashboards или settings</translation>
    </message>
    <message>
        <source>a scorecard weight must be a number of 0 or more, not %1</source>
        <translation>вес в рейтинге должен быть числом от 0 и больше, а не %1</translation>
    </message>
    <message>
        <source>at least one scorecard weight must be above 0</source>
        <translation>хотя бы один вес в рейтинге должен быть больше 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion of the scorecard (reaction, quality, effectiveness, communication, feedback)</source>
        <translation>«%1» не является критерием рейтинга (reaction, quality, effectiveness, communication, feedback)</translation>
    </message>
    <message>
        <source>a scorecard weight must be a number</source>
        <translation>вес в рейтинге должен быть числом</translation>
    </message>
    <message>
        <source>the stored scorecard weights are not a JSON object</source>
        <translation>сохранённые веса рейтинга не являются объектом JSON</translation>
    </message>
    <message>
        <source>the target service level must be above 0 and below 1, not %1</source>
        <translation>целевой уровень обслуживания должен быть больше 0 и меньше 1, а не %1</translation>
    </message>
    <message>
        <source>the default handling time must be more than 0 seconds, not %1</source>
        <translation>время обработки по умолчанию должно быть больше 0 секунд, а не %1</translation>
    </message>
    <message>
        <source>could not read the tickets</source>
        <translation>не удалось прочитать обращения</translation>
    </message>
    <message>
        <source>the number of articles must be between 0 and %1</source>
        <translation>число статей должно быть от 0 до %1</translation>
    </message>
    <message numerus="yes">
        <source>the knowledge base already has %n article(s); demo articles go only into an empty knowledge base</source>
        <translation>
            <numerusform>в базе знаний уже есть %n статья; демонстрационные статьи записываются только в пустую базу знаний</numerusform>
            <numerusform>в базе знаний уже есть %n статьи; демонстрационные статьи записываются только в пустую базу знаний</numerusform>
            <numerusform>в базе знаний уже есть %n статей; демонстрационные статьи записываются только в пустую базу знаний</numerusform>
        </translation>
    </message>
    <message>
        <source>a category name is empty</source>
        <translation>название категории пустое</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>a KPI target is not a JSON object</source>
        <translation>цель KPI не является объектом JSON</translation>
    </message>
    <message>
        <source>a KPI target is not a number</source>
        <translation>цель KPI не является числом</translation>
    </message>
    <message>
        <source>a KPI action note is not text</source>
        <translation>примечание о действиях по KPI не является текстом</translation>
    </message>
    <message>
        <source>the stored KPI targets are not a JSON object</source>
        <translation>сохранённые цели KPI не являются объектом JSON</translation>
    </message>
    <message>
        <source>could not save the KPI targets</source>
        <translation>не удалось сохранить цели KPI</translation>
    </message>
    <message>
        <source>the dashboard figures cover whole hours of calendar time, filtered by group only</source>
        <translation>показатели панели охватывают целые часы календарного времени, с фильтром только по группе</translation>
    </message>
    <message>
        <source>the stored dashboard figures are damaged</source>
        <translation>сохранённые показатели панели повреждены</translation>
    </message>
    <message>
        <source>building the dashboard figures was cancelled</source>
        <translation>построение показателей панели отменено</translation>
    </message>
    <message>
        <source>could not read the dashboard figures</source>
        <translation>не удалось прочитать показатели панели</translation>
    </message>
    <message>
        <source>could not reset the dashboard figures</source>
        <translation>не удалось сбросить показатели панели</translation>
    </message>
    <message>
        <source>could not update the dashboard figures</source>
        <translation>не удалось обновить показатели панели</translation>
    </message>
    <message>
        <source>could not count the tickets</source>
        <translation>не удалось посчитать обращения</translation>
    </message>
    <message>
        <source>Database file, or a team database as postgresql://user@host:port/database (default: $SWITCHBOARD_DB, else the team database chosen in the app, else %1).</source>
        <translation>Файл базы данных или командная база в виде postgresql://user@host:port/database (по умолчанию: $SWITCHBOARD_DB, иначе командная база, выбранная в приложении, иначе %1).</translation>
    </message>
    <message>
        <source>%1

The team database was not changed. Check the server and your user name, or start Switchboard with --db PATH to work on a local database file.</source>
        <translation>%1

Командная база не изменена. Проверьте сервер и имя пользователя или запустите Switchboard с --db PATH, чтобы работать с локальным файлом базы.</translation>
    </message>
    <message>
        <source>bulk loading writes SQLite files only; load into a file and copy it to the team database with &quot;migrate --to&quot;</source>
        <translation>массовая загрузка пишет только файлы SQLite; загрузите данные в файл и скопируйте его в командную базу командой «migrate --to»</translation>
    </message>
    <message>
        <source>cannot identify the team database</source>
        <translation>не удалось определить командную базу</translation>
    </message>
    <message>
        <source>cannot open the local knowledge-base index: %1</source>
        <translation>не удалось открыть локальный индекс базы знаний: %1</translation>
    </message>
    <message>
        <source>cannot prepare the local knowledge-base index</source>
        <translation>не удалось подготовить локальный индекс базы знаний</translation>
    </message>
    <message>
        <source>cannot read the knowledge base from the team database</source>
        <translation>не удалось прочитать базу знаний из командной базы</translation>
    </message>
    <message>
        <source>cannot read the local knowledge-base index</source>
        <translation>не удалось прочитать локальный индекс базы знаний</translation>
    </message>
    <message>
        <source>cannot write the local knowledge-base index</source>
        <translation>не удалось записать локальный индекс базы знаний</translation>
    </message>
    <message>
        <source>could not read the database: %1</source>
        <translation>не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>cannot connect to the team database: %1</source>
        <translation>не удалось подключиться к командной базе: %1</translation>
    </message>
    <message>
        <source>the team database holds no Switchboard data</source>
        <translation>в командной базе нет данных Switchboard</translation>
    </message>
    <message>
        <source>cannot reconnect to the team database</source>
        <translation>не удалось переподключиться к командной базе</translation>
    </message>
    <message>
        <source>cannot reconnect to the team database: %1</source>
        <translation>не удалось переподключиться к командной базе: %1</translation>
    </message>
    <message>
        <source>the database to migrate must be an SQLite file, not a server</source>
        <translation>переносимая база должна быть файлом SQLite, а не сервером</translation>
    </message>
    <message>
        <source>the database file holds no Switchboard data</source>
        <translation>в файле базы нет данных Switchboard</translation>
    </message>
    <message>
        <source>the database file has schema version %1 but this Switchboard migrates version %2; open it once with this version to upgrade it</source>
        <translation>у файла базы версия схемы %1, а эта версия Switchboard переносит версию %2; откройте файл один раз этой версией, чтобы обновить его</translation>
    </message>
    <message>
        <source>the target database refused a statement</source>
        <translation>целевая база отклонила запрос</translation>
    </message>
    <message>
        <source>cannot read the target schema</source>
        <translation>не удалось прочитать схему целевой базы</translation>
    </message>
    <message>
        <source>cannot read the source schema</source>
        <translation>не удалось прочитать схему исходной базы</translation>
    </message>
    <message>
        <source>the target database has no column for %1.%2; both must have the same schema</source>
        <translation>в целевой базе нет столбца %1.%2; схемы обеих баз должны совпадать</translation>
    </message>
    <message>
        <source>the tables reference each other in a cycle; cannot choose a copy order</source>
        <translation>таблицы ссылаются друг на друга по кругу; порядок копирования выбрать нельзя</translation>
    </message>
    <message>
        <source>cannot read the source schema version</source>
        <translation>не удалось прочитать версию схемы исходной базы</translation>
    </message>
    <message>
        <source>cannot read the target schema version</source>
        <translation>не удалось прочитать версию схемы целевой базы</translation>
    </message>
    <message>
        <source>the source has schema version %1 and the target %2; both must have the same version</source>
        <translation>у исходной базы версия схемы %1, у целевой %2; версии должны совпадать</translation>
    </message>
    <message>
        <source>cannot read the target database</source>
        <translation>не удалось прочитать целевую базу</translation>
    </message>
    <message>
        <source>the target database already holds data (%1); migrate into an empty database</source>
        <translation>в целевой базе уже есть данные (%1); переносите в пустую базу</translation>
    </message>
    <message>
        <source>cannot read the source database</source>
        <translation>не удалось прочитать исходную базу</translation>
    </message>
    <message>
        <source>cannot copy table %1</source>
        <translation>не удалось скопировать таблицу %1</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>строки с %1 по %2</translation>
    </message>
    <message>
        <source>cannot verify table %1</source>
        <translation>не удалось проверить таблицу %1</translation>
    </message>
    <message>
        <source>migration copies an SQLite file into a PostgreSQL database</source>
        <translation>перенос копирует файл SQLite в базу PostgreSQL</translation>
    </message>
    <message>
        <source>cannot open the source database</source>
        <translation>не удалось открыть исходную базу</translation>
    </message>
    <message>
        <source>cannot connect to the target database</source>
        <translation>не удалось подключиться к целевой базе</translation>
    </message>
    <message>
        <source>cannot start reading the source database</source>
        <translation>не удалось начать чтение исходной базы</translation>
    </message>
    <message>
        <source>cannot start a transaction on the target database: %1</source>
        <translation>не удалось начать транзакцию в целевой базе: %1</translation>
    </message>
    <message>
        <source>verification failed: the target has %1 rows (checksum %2) where the source has %3 (checksum %4); nothing was migrated</source>
        <translation>проверка не пройдена: в целевой базе %1 строк (контрольная сумма %2), в исходной %3 (контрольная сумма %4); ничего не перенесено</translation>
    </message>
    <message>
        <source>unsupported database URL; use a file path or postgresql://user@host:port/database</source>
        <translation>неподдерживаемый URL базы; укажите путь к файлу или postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the database URL is not valid: %1</source>
        <translation>URL базы данных неверен: %1</translation>
    </message>
    <message>
        <source>the database URL must name one database, as in postgresql://user@host:5432/switchboard</source>
        <translation>URL базы данных должен называть одну базу, например postgresql://user@host:5432/switchboard</translation>
    </message>
    <message>
        <source>unknown connection parameter &quot;%1&quot; in the database URL</source>
        <translation>неизвестный параметр подключения «%1» в URL базы данных</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>не удалось прочитать файл паролей: %1</translation>
    </message>
    <message>
        <source>cannot write the password file: %1</source>
        <translation>не удалось записать файл паролей: %1</translation>
    </message>
    <message>
        <source>cannot read the database schema</source>
        <translation>не удалось прочитать схему базы данных</translation>
    </message>
    <message>
        <source>the database is damaged: its schema version is missing</source>
        <translation>база данных повреждена: нет версии её схемы</translation>
    </message>
    <message>
        <source>this PostgreSQL database belongs to another program</source>
        <translation>эта база PostgreSQL принадлежит другой программе</translation>
    </message>
    <message>
        <source>this PostgreSQL database already holds tables of another program; create an empty database for Switchboard</source>
        <translation>в этой базе PostgreSQL уже есть таблицы другой программы; создайте для Switchboard пустую базу</translation>
    </message>
    <message>
        <source>cannot lock the database for its upgrade</source>
        <translation>не удалось заблокировать базу для обновления</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>миграция %1 не выполнена</translation>
    </message>
    <message>
        <source>cannot register the search ranking: %1</source>
        <translation>не удалось зарегистрировать ранжирование поиска: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::AddTimeDialog</name>
    <message>
        <source>Add time to #%1</source>
        <translation>Добавить время к обращению #%1</translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation>Отработано минут</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes of work on this ticket that ended now</source>
        <translation>Минуты работы над этим обращением, закончившейся сейчас</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>What the time was spent on (optional)</source>
        <translation>На что потрачено время (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation>&amp;Затрачено:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::AgentRatingsChart</name>
    <message>
        <source>Each agent&apos;s scorecard total: the weighted mean of the scores (0–100, 50 at the team&apos;s median) for reaction time, quality, effectiveness, communication and feedback.</source>
        <translation>Итоговый балл рейтинга каждого оператора: взвешенное среднее баллов (0–100, 50 — медиана команды) за скорость реакции, качество, эффективность, общение и отзывы клиентов.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>an agent with a low sample</comment>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%1: total %2 of 100; %3 resolved, %Ln rated ticket(s)</source>
        <translation>
            <numerusform>%1: итог %2 из 100; решено %3, %Ln обращение с оценкой</numerusform>
            <numerusform>%1: итог %2 из 100; решено %3, %Ln обращения с оценкой</numerusform>
            <numerusform>%1: итог %2 из 100; решено %3, %Ln обращений с оценкой</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank. agent&apos;s figures</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Team average: %1</source>
        <translation>Среднее по команде: %1</translation>
    </message>
    <message numerus="yes">
        <source>Low sample: fewer than %Ln rated ticket(s), one more rating can move the total by tens of points.</source>
        <translation>
            <numerusform>Мало данных: меньше %Ln обращения с оценкой, одна новая оценка может сдвинуть итог на десятки баллов.</numerusform>
            <numerusform>Мало данных: меньше %Ln обращений с оценкой, одна новая оценка может сдвинуть итог на десятки баллов.</numerusform>
            <numerusform>Мало данных: меньше %Ln обращений с оценкой, одна новая оценка может сдвинуть итог на десятки баллов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents&apos; scorecard total, best first</source>
        <translation>Итоговый балл рейтинга операторов, лучшие первыми</translation>
    </message>
    <message>
        <source>Agents&apos; scorecard — computing…</source>
        <translation>Рейтинг операторов — вычисление…</translation>
    </message>
    <message>
        <source>Agents&apos; scorecard — could not compute: %1</source>
        <translation>Рейтинг операторов — не удалось вычислить: %1</translation>
    </message>
    <message>
        <source>Agents&apos; scorecard — no agent resolved or was rated</source>
        <translation>Рейтинг операторов — ни один оператор не решил обращений и не получил оценок</translation>
    </message>
    <message>
        <source>Scorecard total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message numerus="yes">
        <source>Low sample (fewer than %Ln rated)</source>
        <translation>
            <numerusform>Мало данных (меньше %Ln оценки)</numerusform>
            <numerusform>Мало данных (меньше %Ln оценок)</numerusform>
            <numerusform>Мало данных (меньше %Ln оценок)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>agent name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>total score, 0–100 (50: the team&apos;s median)</source>
        <translation>итоговый балл, 0–100 (50 — медиана команды)</translation>
    </message>
    <message>
        <source>Team average %1</source>
        <translation>Среднее по команде %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ArticleEditor</name>
    <message>
        <source>Article editor</source>
        <translation>Редактор статьи</translation>
    </message>
    <message>
        <source>This article has unsaved changes.</source>
        <translation>В статье есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save as a new revision (%1)</source>
        <translation>Сохранить как новую версию (%1)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;Версии</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>printer, network</source>
        <translation>принтер, сеть</translation>
    </message>
    <message>
        <source>Re&amp;view by</source>
        <translation>Проверить &amp;до</translation>
    </message>
    <message>
        <source>The article appears in &quot;Due for review&quot; from this day on</source>
        <translation>С этого дня статья появляется в списке «Требуют проверки»</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation>Текст статьи (Markdown)</translation>
    </message>
    <message>
        <source>Shown beside the editor</source>
        <translation>Показывается рядом с редактором</translation>
    </message>
    <message>
        <source>&amp;New translation</source>
        <translation>&amp;Новый перевод</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Other language version (read-only)</source>
        <translation>Вариант на другом языке (только для чтения)</translation>
    </message>
    <message>
        <source>&amp;Beside the editor:</source>
        <translation>&amp;Рядом с редактором:</translation>
    </message>
    <message>
        <source>Revisions, newest first</source>
        <translation>Версии, сначала новые</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Co&amp;mpare with current</source>
        <translation>Ср&amp;авнить с текущей</translation>
    </message>
    <message>
        <source>Show what changed from the chosen revision to the text in the editor</source>
        <translation>Показать изменения от выбранной версии до текста в редакторе</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Восстан&amp;овить</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Choose a revision and press &quot;Compare with current&quot; to see what changed: lines marked + were added since, lines marked - were removed.</source>
        <translation>Выберите версию и нажмите «Сравнить с текущей», чтобы увидеть изменения: строки, отмеченные +, с тех пор добавлены, строки, отмеченные -, удалены.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>The categories could not be read: %1</source>
        <translation>Не удалось прочитать категории: %1</translation>
    </message>
    <message>
        <source>The article cannot be opened: %1</source>
        <translation>Не удаётся открыть статью: %1</translation>
    </message>
    <message>
        <source>New article[*]</source>
        <translation>Новая статья[*]</translation>
    </message>
    <message>
        <source>%1[*] — Edit article</source>
        <translation>%1[*] — Редактирование статьи</translation>
    </message>
    <message>
        <source>Save or discard your changes first</source>
        <translation>Сначала сохраните или отмените изменения</translation>
    </message>
    <message>
        <source>This revision is the current text</source>
        <translation>Эта версия — текущий текст</translation>
    </message>
    <message>
        <source>Make this revision the current text; that is saved as a new revision, so it can be undone</source>
        <translation>Сделать эту версию текущим текстом; это сохраняется как новая версия, поэтому действие можно отменить</translation>
    </message>
    <message>
        <source>Create a linked draft in another language</source>
        <translation>Создать связанный черновик на другом языке</translation>
    </message>
    <message>
        <source>Save the article first</source>
        <translation>Сначала сохраните статью</translation>
    </message>
    <message>
        <source>Give the article a title before saving.</source>
        <translation>Перед сохранением укажите заголовок статьи.</translation>
    </message>
    <message>
        <source>The article was not saved: %1</source>
        <translation>Статья не сохранена: %1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>The revisions could not be read: %1</source>
        <translation>Не удалось прочитать версии: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущая)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The translations could not be read: %1</source>
        <translation>Не удалось прочитать переводы: %1</translation>
    </message>
    <message>
        <source>This version cannot be shown: %1</source>
        <translation>Не удаётся показать этот вариант: %1</translation>
    </message>
    <message>
        <source>The translation was not created: %1</source>
        <translation>Перевод не создан: %1</translation>
    </message>
    <message>
        <source>Every language has a version</source>
        <translation>Для каждого языка уже есть вариант</translation>
    </message>
    <message>
        <source>save the article first</source>
        <translation>сначала сохраните статью</translation>
    </message>
    <message>
        <source>A %1 draft was created; it opens in its own window.</source>
        <translation>Создан черновик (%1); он откроется в отдельном окне.</translation>
    </message>
    <message>
        <source>From the revision of %1 to the text in the editor: %2.</source>
        <translation>Между версией от %1 и текстом в редакторе: %2.</translation>
    </message>
    <message>
        <source>The title was &quot;%1&quot;.</source>
        <translation>Прежний заголовок: «%1».</translation>
    </message>
    <message>
        <source>The revision was not restored: %1</source>
        <translation>Версия не восстановлена: %1</translation>
    </message>
    <message>
        <source>The revision of %1 is the current text again, saved as a new revision.</source>
        <translation>Версия от %1 снова стала текущим текстом и сохранена как новая версия.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ArticleLinkFollower</name>
    <message>
        <source>Open article #%1 in the knowledge base</source>
        <translation>Открыть статью №%1 в базе знаний</translation>
    </message>
    <message>
        <source>This link is not opened: %1</source>
        <translation>Эта ссылка не открывается: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::BacklogChart</name>
    <message>
        <source>Backlog: tickets open (in a working status) at an instant, created earlier and not resolved or closed then.</source>
        <translation>Очередь открытых обращений: обращения, открытые (в рабочем статусе) в данный момент, — созданные раньше и к этому моменту не решённые и не закрытые.</translation>
    </message>
    <message>
        <source>%1: %2 open at the end (%3 at the start); %4 created, %5 resolved</source>
        <translation>%1: открыто на конец — %2 (на начало — %3); создано %4, решено %5</translation>
    </message>
    <message>
        <source>Backlog: open tickets at the end of each day</source>
        <translation>Очередь открытых обращений на конец каждого дня</translation>
    </message>
    <message>
        <source>Backlog: open tickets at the end of each week</source>
        <translation>Очередь открытых обращений на конец каждой недели</translation>
    </message>
    <message>
        <source>Backlog: open tickets at the end of each month</source>
        <translation>Очередь открытых обращений на конец каждого месяца</translation>
    </message>
    <message>
        <source>Backlog — computing…</source>
        <translation>Очередь открытых обращений — вычисление…</translation>
    </message>
    <message>
        <source>Backlog — could not compute: %1</source>
        <translation>Очередь открытых обращений — не удалось вычислить: %1</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation>открытые обращения</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChannelTypeChart</name>
    <message>
        <source>Tickets created in the period, counted once by the channel they came through and once by their type.</source>
        <translation>Обращения, созданные за период: каждое учитывается один раз по каналу, через который оно поступило, и один раз по типу.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln ticket(s) created, %2 of the period&apos;s</source>
        <translation>
            <numerusform>%1: создано %Ln обращение, %2 от всех за период</numerusform>
            <numerusform>%1: создано %Ln обращения, %2 от всех за период</numerusform>
            <numerusform>%1: создано %Ln обращений, %2 от всех за период</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets created by channel and by type</source>
        <translation>Созданные обращения по каналам и типам</translation>
    </message>
    <message>
        <source>Tickets by channel and type — computing…</source>
        <translation>Обращения по каналам и типам — вычисление…</translation>
    </message>
    <message>
        <source>Tickets by channel and type — could not compute: %1</source>
        <translation>Обращения по каналам и типам — не удалось вычислить: %1</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>По типам</translation>
    </message>
    <message>
        <source>tickets created</source>
        <translation>создано обращений</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionBanner</name>
    <message>
        <source>Connection to the team database was lost. Reconnecting… Your draft is kept.</source>
        <translation>Связь с командной базой потеряна. Переподключение… Черновик сохранён.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
</context>
<context>
    <name>Switchboard::DashboardView</name>
    <message>
        <source>Dashboards</source>
        <translation>Панели показателей</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Произвольный…</translation>
    </message>
    <message>
        <source>The previous period, for the trend, is the same length just before this one.</source>
        <translation>Предыдущий период для динамики — период той же длины непосредственно перед этим.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>&amp;Business hours</source>
        <translation>&amp;Рабочее время</translation>
    </message>
    <message>
        <source>Measure in business hours</source>
        <translation>Считать в рабочем времени</translation>
    </message>
    <message>
        <source>Count durations in business time, Monday to Friday 09:00–18:00 in your time zone (%1), instead of calendar time.</source>
        <translation>Считать длительности в рабочем времени (с понедельника по пятницу, 09:00–18:00 в вашем часовом поясе, %1), а не в календарном.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Обновить панель показателей</translation>
    </message>
    <message>
        <source>Compute the figures again (%1)</source>
        <translation>Заново вычислить показатели (%1)</translation>
    </message>
    <message>
        <source>Show &amp;tickets</source>
        <translation>Показать о&amp;бращения</translation>
    </message>
    <message>
        <source>Show the tickets created in the period</source>
        <translation>Показать обращения, созданные за период</translation>
    </message>
    <message>
        <source>Open the tickets created in the period in the queue</source>
        <translation>Открыть в очереди обращения, созданные за период</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the KPI table as CSV</source>
        <translation>Экспортировать таблицу KPI в CSV</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Экспорт в P&amp;NG…</translation>
    </message>
    <message>
        <source>Export the dashboard as a PNG image</source>
        <translation>Экспортировать панель показателей как изображение PNG</translation>
    </message>
    <message>
        <source>Computing the dashboard</source>
        <translation>Вычисление панели показателей</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Состояние панели показателей</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>Tickets created by weekday and hour</source>
        <translation>Создано обращений по дням недели и часам</translation>
    </message>
    <message>
        <source>Could not set up the reporting calendar: %1</source>
        <translation>Не удалось настроить календарь для отчёта: %1</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Вычисление за %1…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard: %1. Try Refresh; if it fails again, the log has the details.</source>
        <translation>Не удалось вычислить панель показателей: %1. Нажмите «Обновить»; если ошибка повторится, подробности — в журнале.</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Сбой в %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 · %Ln ticket(s) in the period</source>
        <translation>
            <numerusform>Обновлено в %1 · за период %Ln обращение</numerusform>
            <numerusform>Обновлено в %1 · за период %Ln обращения</numerusform>
            <numerusform>Обновлено в %1 · за период %Ln обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed in %Ln ms</source>
        <translation>
            <numerusform>Вычислено за %Ln мс</numerusform>
            <numerusform>Вычислено за %Ln мс</numerusform>
            <numerusform>Вычислено за %Ln мс</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets in this period — choose a longer period</source>
        <translation>За этот период обращений нет — выберите более длинный период</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · compared with %1</source>
        <translation> · по сравнению с %1</translation>
    </message>
    <message>
        <source>Trend: %1 of %2</source>
        <translation>Динамика: %1 из %2</translation>
    </message>
    <message>
        <source>business hours, Mon–Fri 09:00–18:00</source>
        <translation>рабочее время, пн–пт 09:00–18:00</translation>
    </message>
    <message>
        <source>calendar time, %1</source>
        <translation>календарное время, %1</translation>
    </message>
    <message>
        <source>the KPI table is empty</source>
        <translation>таблица KPI пуста</translation>
    </message>
    <message>
        <source>could not write the image</source>
        <translation>не удалось записать изображение</translation>
    </message>
    <message>
        <source>Export KPI table</source>
        <translation>Экспорт таблицы KPI</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The KPI table was not saved.</source>
        <translation>Таблица KPI не сохранена.</translation>
    </message>
    <message>
        <source>Export dashboard image</source>
        <translation>Экспорт изображения панели показателей</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>The image was not saved.</source>
        <translation>Изображение не сохранено.</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>Цели KPI</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Изменение не сохранено.</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export the dashboard as a PDF report</source>
        <translation>Экспортировать панель показателей как отчёт PDF</translation>
    </message>
    <message>
        <source>A PDF report: the period, the KPI table and every chart. Each chart&apos;s context menu exports it alone as PNG or SVG.</source>
        <translation>Отчёт PDF: период, таблица KPI и все графики. Контекстное меню каждого графика позволяет экспортировать его отдельно в PNG или SVG.</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Экспорт таблицы в CSV…</translation>
    </message>
    <message>
        <source>Tickets created in the period by local weekday and hour of day; under each count, the agents needed (Erlang C) and the agents available on average in that hour.</source>
        <translation>Обращения, созданные за период, по дням недели и часам (местное время); под каждым числом — сколько операторов нужно (формула Эрланга C) и сколько в среднем было доступно в этот час.</translation>
    </message>
    <message>
        <source>Help-desk dashboard</source>
        <translation>Панель показателей службы поддержки</translation>
    </message>
    <message>
        <source>no chart</source>
        <translation>нет графика</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <source>Export dashboard as PDF…</source>
        <translation>Экспорт панели показателей в PDF…</translation>
    </message>
    <message>
        <source>Export KPI table as CSV…</source>
        <translation>Экспорт таблицы KPI в CSV…</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Экспорт графика в SVG</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Экспорт графика в PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart was not saved.</source>
        <translation>График не сохранён.</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Экспорт панели показателей в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Отчёт не сохранён.</translation>
    </message>
    <message>
        <source>Preparing the figures: %L1 of %L2 tickets</source>
        <translation>Подготовка показателей: %L1 из %L2 обращений</translation>
    </message>
    <message>
        <source>Scorecard &amp;weights…</source>
        <translation>&amp;Веса рейтинга…</translation>
    </message>
    <message>
        <source>How much each criterion counts in an agent&apos;s total</source>
        <translation>Насколько каждый критерий влияет на итог оператора</translation>
    </message>
</context>
<context>
    <name>Switchboard::DateListEdit</name>
    <message>
        <source>%1: date to add</source>
        <translation>%1: добавляемая дата</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Добавить в список «%1»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Удалить из списка «%1»</translation>
    </message>
</context>
<context>
    <name>Switchboard::DurationEdit</name>
    <message>
        <source>min</source>
        <comment>duration unit</comment>
        <translation>мин</translation>
    </message>
    <message>
        <source>h</source>
        <comment>duration unit</comment>
        <translation>ч</translation>
    </message>
    <message>
        <source>d</source>
        <comment>duration unit</comment>
        <translation>д</translation>
    </message>
    <message>
        <source>A day is 24 hours of business time, not a calendar day</source>
        <translation>День — это 24 часа рабочего времени, а не календарные сутки</translation>
    </message>
    <message>
        <source>%1, unit</source>
        <translation>%1, единица измерения</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration in days</comment>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>Switchboard::ExportDialog</name>
    <message>
        <source>Export Tickets</source>
        <translation>Экспорт обращений</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>tickets.csv or tickets.jsonl</source>
        <translation>tickets.csv или tickets.jsonl</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Создано &amp;с:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Created &amp;to:</source>
        <translation>Создано &amp;по:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>One row per ticket; .jsonl writes JSON Lines, anything else CSV. Import tickets reads the file back.</source>
        <translation>По одной строке на обращение; для .jsonl записывается JSON Lines, для любого другого расширения — CSV. Функция «Импорт обращений» читает такой файл обратно.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Exported %1 tickets to %2.</source>
        <translation>Экспортировано обращений: %1; файл: %2.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Ничего не экспортировано.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ImportPreview</name>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Формат времени</translation>
    </message>
    <message>
        <source>the drafted mapping</source>
        <translation>черновик сопоставления</translation>
    </message>
</context>
<context>
    <name>Switchboard::ImportWizard</name>
    <message>
        <source>Import Tickets</source>
        <translation>Импорт обращений</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>A CSV or JSON Lines export, optionally gzip-compressed. Nothing is written until the whole file has been checked.</source>
        <translation>Выгрузка в формате CSV или JSON Lines, возможно сжатая gzip. Ничего не записывается, пока не проверен весь файл.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation>Определить по столбцам</translation>
    </message>
    <message>
        <source>ServiceNow incident event log</source>
        <translation>Журнал событий инцидентов ServiceNow</translation>
    </message>
    <message>
        <source>Software company help-desk log</source>
        <translation>Журнал службы поддержки компании-разработчика ПО</translation>
    </message>
    <message>
        <source>Switchboard export (CSV or JSON Lines)</source>
        <translation>Выгрузка Switchboard (CSV или JSON Lines)</translation>
    </message>
    <message>
        <source>Mapping file (JSON)</source>
        <translation>Файл сопоставления (JSON)</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Файл сопоставления</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Фо&amp;рмат:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Сопоставление:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Importing the same file again adds nothing: tickets are found by their id in the source; changed ones are updated.</source>
        <translation>Повторный импорт того же файла ничего не добавляет: обращения находятся по их id в источнике; изменённые обновляются.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Предпросмотр строк</translation>
    </message>
    <message>
        <source>&amp;Save Draft Mapping…</source>
        <translation>&amp;Сохранить черновик сопоставления…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Выполняется импорт</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Stop and write nothing</source>
        <translation>Остановить и ничего не записывать</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Начать заново</translation>
    </message>
    <message>
        <source>Go back to the first page to choose another file or format</source>
        <translation>Вернуться на первую страницу, чтобы выбрать другой файл или формат</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Ticket exports (*.csv *.jsonl *.ndjson *.gz);;All files (*)</source>
        <translation>Выгрузки обращений (*.csv *.jsonl *.ndjson *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Mapping File</source>
        <translation>Файл сопоставления</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Сопоставления (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Encoding: %1 (detected)</source>
        <translation>Кодировка: %1 (определена автоматически)</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Кодировка: %1</translation>
    </message>
    <message>
        <source>Format: JSON Lines</source>
        <translation>Формат: JSON Lines</translation>
    </message>
    <message>
        <source>Format: CSV, delimiter “%1”</source>
        <translation>Формат: CSV, разделитель «%1»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>Rows: about %1</source>
        <translation>Строк: около %1</translation>
    </message>
    <message>
        <source>The columns and their sample values; the mapping drafted from them is used for the import.</source>
        <translation>Столбцы и примеры их значений; для импорта используется составленное по ним сопоставление.</translation>
    </message>
    <message>
        <source>The first rows as they will be mapped to tickets.</source>
        <translation>Первые строки в том виде, в каком они будут сопоставлены с обращениями.</translation>
    </message>
    <message>
        <source>The drafted mapping needs decisions before it can import: %1. Save it, complete it and choose it as the mapping file.</source>
        <translation>Черновик сопоставления требует решений, прежде чем по нему можно будет импортировать: %1. Сохраните его, дополните и выберите в качестве файла сопоставления.</translation>
    </message>
    <message>
        <source>Save Draft Mapping</source>
        <translation>Сохранение черновика сопоставления</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Сопоставления (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>Отмена: ничего не будет записано…</translation>
    </message>
    <message>
        <source>Reading %1: %2 rows checked</source>
        <translation>Чтение %1: проверено строк — %2</translation>
    </message>
    <message>
        <source>Writing tickets: %1 of %2</source>
        <translation>Запись обращений: %1 из %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The tickets were imported, but their SLA could not be brought up to date.</source>
        <translation>Обращения импортированы, но их SLA не удалось привести в актуальное состояние.</translation>
    </message>
    <message>
        <source>%1 tickets from %2 rows of %3 (%4): %5 new, %6 updated, %7 unchanged.</source>
        <translation>Обращений: %1 (строк: %2, файл %3, %4): новых — %5, обновлённых — %6, без изменений — %7.</translation>
    </message>
    <message>
        <source>%1 history events; new customers %2, agents %3, groups %4.</source>
        <translation>Событий истории: %1; новых клиентов: %2, операторов: %3, групп: %4.</translation>
    </message>
    <message>
        <source>Time taken: %1 s.</source>
        <translation>Затрачено времени: %1 с.</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbArticlePane</name>
    <message>
        <source>Choose an article from the list to read it here.</source>
        <translation>Выберите статью в списке, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Was this article helpful?</source>
        <translation>Эта статья помогла?</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Изменить статью</translation>
    </message>
    <message>
        <source>Edit this article (%1)</source>
        <translation>Изменить эту статью (%1)</translation>
    </message>
    <message>
        <source>&amp;Write an article</source>
        <translation>&amp;Написать статью</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>проверить до %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Helpful (%1)</source>
        <translation>Помогло (%1)</translation>
    </message>
    <message>
        <source>Not helpful (%1)</source>
        <translation>Не помогло (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>Помогло: %Ln голос</numerusform>
            <numerusform>Помогло: %Ln голоса</numerusform>
            <numerusform>Помогло: %Ln голосов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>Не помогло: %Ln голос</numerusform>
            <numerusform>Не помогло: %Ln голоса</numerusform>
            <numerusform>Не помогло: %Ln голосов</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vote counts once; voting again changes it.</source>
        <translation>Ваш голос учитывается один раз; повторное голосование меняет его.</translation>
    </message>
    <message>
        <source>Votes are counted per agent: choose who you are to vote.</source>
        <translation>Голоса учитываются по операторам: чтобы проголосовать, выберите, кто вы.</translation>
    </message>
    <message>
        <source>Open ticket #%1</source>
        <translation>Открыть обращение #%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>A folder of Markdown files with a front-matter block (title, lang, status, category, tags), as “switchboard-cli kb export” writes them. Every file is checked before anything is written; on any problem nothing is imported.</source>
        <translation>Папка с файлами Markdown с блоком метаданных (title, lang, status, category, tags), в том виде, в каком их записывает «switchboard-cli kb export». Все файлы проверяются до записи; при любой ошибке ничего не импортируется.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Check only, write nothing</source>
        <translation>&amp;Только проверить, ничего не записывать</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Stop and write nothing</source>
        <translation>Остановить и ничего не записывать</translation>
    </message>
    <message>
        <source>Folder of Articles</source>
        <translation>Папка со статьями</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>Отмена: ничего не будет записано…</translation>
    </message>
    <message>
        <source>Checking files: %1 of %2</source>
        <translation>Проверка файлов: %1 из %2</translation>
    </message>
    <message>
        <source>Writing articles: %1 of %2</source>
        <translation>Запись статей: %1 из %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Отменено. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>%n файл: новых %1, изменено %2, без изменений %3.</numerusform>
            <numerusform>%n файла: новых %1, изменено %2, без изменений %3.</numerusform>
            <numerusform>%n файлов: новых %1, изменено %2, без изменений %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked, nothing written. %1</source>
        <translation>Проверено, ничего не записано. %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Импортировано. %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbLabels</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbNavigationTree</name>
    <message>
        <source>Categories and lists</source>
        <translation>Категории и списки</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Часто используемые</translation>
    </message>
    <message>
        <source>Articles most often inserted into replies</source>
        <translation>Статьи, которые чаще всего вставляют в ответы</translation>
    </message>
    <message>
        <source>Least helpful</source>
        <translation>Наименее полезные</translation>
    </message>
    <message>
        <source>Articles with the highest share of &quot;not helpful&quot; votes (at least 3 votes)</source>
        <translation>Статьи с наибольшей долей голосов «Не помогло» (не менее 3 голосов)</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Требуют проверки</translation>
    </message>
    <message>
        <source>Published articles whose review date has come</source>
        <translation>Опубликованные статьи, для которых наступила дата проверки</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Пробелы в покрытии</translation>
    </message>
    <message>
        <source>Frequent subjects of resolved tickets that no article was used for</source>
        <translation>Частые темы решённых обращений, для которых не использовалась ни одна статья</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln article(s)</source>
        <translation>
            <numerusform>%1, %Ln статья</numerusform>
            <numerusform>%1, %Ln статьи</numerusform>
            <numerusform>%1, %Ln статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KbResultModel</name>
    <message>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln resolved ticket(s) had no article</source>
        <translation>
            <numerusform>%1 из %Ln решённого обращения — без статьи</numerusform>
            <numerusform>%1 из %Ln решённых обращений — без статьи</numerusform>
            <numerusform>%1 из %Ln решённых обращений — без статьи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved ticket(s) without an article</source>
        <translation>
            <numerusform>%Ln решённое обращение без статьи</numerusform>
            <numerusform>%Ln решённых обращения без статьи</numerusform>
            <numerusform>%Ln решённых обращений без статьи</numerusform>
        </translation>
    </message>
    <message>
        <source>newest #%1</source>
        <translation>последнее: #%1</translation>
    </message>
    <message numerus="yes">
        <source>Used in replies %Ln time(s)</source>
        <translation>
            <numerusform>Использована в ответах %Ln раз</numerusform>
            <numerusform>Использована в ответах %Ln раза</numerusform>
            <numerusform>Использована в ответах %Ln раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% not helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>Не помогло: %1%, всего %Ln голос</numerusform>
            <numerusform>Не помогло: %1%, всего %Ln голоса</numerusform>
            <numerusform>Не помогло: %1%, всего %Ln голосов</numerusform>
        </translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>Проверить сегодня</translation>
    </message>
    <message>
        <source>Review was due %1</source>
        <translation>Срок проверки истёк %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::KnowledgeView</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Поиск статей</translation>
    </message>
    <message>
        <source>Search articles (%1)</source>
        <translation>Поиск статей (%1)</translation>
    </message>
    <message>
        <source>Words in any form and language: принтера finds принтер, 密码 finds 重置密码. Enter opens the best match, Down moves to the results.</source>
        <translation>Слова в любой форме и на любом языке: «принтера» находит «принтер», «密码» — «重置密码». Enter открывает лучшее совпадение, Down переводит к результатам.</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Article status</source>
        <translation>Статус статьи</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>Write a new article (%1)</source>
        <translation>Написать новую статью (%1)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Lists show every language and status</source>
        <translation>В списках показаны все языки и статусы</translation>
    </message>
    <message numerus="yes">
        <source>The best %Ln matches; more words narrow them down</source>
        <translation>
            <numerusform>%Ln лучшее совпадение; добавьте слова, чтобы сузить поиск</numerusform>
            <numerusform>%Ln лучших совпадения; добавьте слова, чтобы сузить поиск</numerusform>
            <numerusform>%Ln лучших совпадений; добавьте слова, чтобы сузить поиск</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>Найдена %Ln статья</numerusform>
            <numerusform>Найдено %Ln статьи</numerusform>
            <numerusform>Найдено %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most recently changed; search to find any other</source>
        <translation>
            <numerusform>%Ln недавно изменённая статья; остальные можно найти поиском</numerusform>
            <numerusform>%Ln недавно изменённые статьи; остальные можно найти поиском</numerusform>
            <numerusform>%Ln недавно изменённых статей; остальные можно найти поиском</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Most often inserted into replies</source>
        <translation>Чаще всего вставляются в ответы</translation>
    </message>
    <message>
        <source>The highest share of &quot;not helpful&quot; votes, with at least 3 votes</source>
        <translation>Наибольшая доля голосов «не помогла», не менее 3 голосов</translation>
    </message>
    <message>
        <source>Published articles whose review date has come</source>
        <translation>Опубликованные статьи, срок проверки которых наступил</translation>
    </message>
    <message numerus="yes">
        <source>Subjects and types of the newest %Ln resolved ticket(s) that no article was used for</source>
        <translation>
            <numerusform>Темы и типы последнего %Ln решённого обращения, в котором не использовалась статья</numerusform>
            <numerusform>Темы и типы последних %Ln решённых обращений, в которых не использовались статьи</numerusform>
            <numerusform>Темы и типы последних %Ln решённых обращений, в которых не использовались статьи</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1. The log file has the details.</source>
        <translation>Не удалось прочитать список: %1. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot; in this language and status. Choose &quot;Any language&quot; and &quot;Any status&quot; to search them all.</source>
        <translation>Нет статей, подходящих под «%1», с этим языком и статусом. Выберите «Любой язык» и «Любой статус», чтобы искать по всем.</translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot;. Try fewer or other words, or write the article with New article (%2).</source>
        <translation>Нет статей, подходящих под «%1». Попробуйте меньше слов или другие слова либо напишите статью командой «Новая статья» (%2).</translation>
    </message>
    <message>
        <source>No articles here match the language and status chosen above. Choose &quot;Any&quot; to see them all.</source>
        <translation>Здесь нет статей с выбранными выше языком и статусом. Выберите «Любой», чтобы увидеть все.</translation>
    </message>
    <message>
        <source>No articles in this category yet. Write one with New article (%1).</source>
        <translation>В этой категории пока нет статей. Напишите статью командой «Новая статья» (%1).</translation>
    </message>
    <message>
        <source>No article has been inserted into a reply yet. Articles appear here as agents use them in tickets.</source>
        <translation>Статьи ещё не вставлялись в ответы. Они появятся здесь, когда операторы начнут использовать их в обращениях.</translation>
    </message>
    <message>
        <source>No article has enough votes yet. An article appears here once at least 3 agents voted and some found it not helpful.</source>
        <translation>Пока ни у одной статьи нет достаточного числа голосов. Статья появится здесь, когда за неё проголосуют не менее 3 операторов и кто-то сочтёт её бесполезной.</translation>
    </message>
    <message>
        <source>Nothing is due for review. Plan a review with &quot;Review by&quot; in the article editor.</source>
        <translation>Статей, которые пора проверить, нет. Запланируйте проверку с помощью «Проверить до» в редакторе статьи.</translation>
    </message>
    <message>
        <source>No resolved tickets yet. Gaps appear here once tickets are resolved without an article.</source>
        <translation>Решённых обращений пока нет. Пробелы появятся здесь, когда обращения будут решаться без статьи.</translation>
    </message>
    <message>
        <source>No gaps: every subject that came up at least 3 times had an article.</source>
        <translation>Пробелов нет: для каждой темы, встречавшейся не менее 3 раз, нашлась статья.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the newest %Ln resolved or closed ticket(s) of this type had no article linked.</source>
        <translation>
            <numerusform>У %1 из последнего %Ln решённого или закрытого обращения этого типа не было связанной статьи.</numerusform>
            <numerusform>У %1 из последних %Ln решённых или закрытых обращений этого типа не было связанной статьи.</numerusform>
            <numerusform>У %1 из последних %Ln решённых или закрытых обращений этого типа не было связанной статьи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved or closed ticket(s) with this subject had no article linked.</source>
        <translation>
            <numerusform>У %Ln решённого или закрытого обращения с этой темой не было связанной статьи.</numerusform>
            <numerusform>У %Ln решённых или закрытых обращений с этой темой не было связанной статьи.</numerusform>
            <numerusform>У %Ln решённых или закрытых обращений с этой темой не было связанной статьи.</numerusform>
        </translation>
    </message>
    <message>
        <source>An article for it lets agents answer the next one in seconds, and brings the subject into the ticket&apos;s suggestions.</source>
        <translation>Статья на эту тему позволит операторам ответить на следующее такое обращение за секунды и попадёт в подсказки в обращении.</translation>
    </message>
    <message>
        <source>This article cannot be shown: %1</source>
        <translation>Не удаётся показать статью: %1</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Голос не сохранён</translation>
    </message>
    <message>
        <source>Your vote was not saved: %1.</source>
        <translation>Ваш голос не сохранён: %1.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, the log file has the details.</source>
        <translation>Повторите попытку чуть позже; если ошибка повторяется, подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>The knowledge base is empty. Write the first article with New article (%1), or import a folder of Markdown files with File → Import Articles.</source>
        <translation>База знаний пуста. Напишите первую статью кнопкой «Новая статья» (%1) или импортируйте папку с файлами Markdown через «Файл → Импорт статей».</translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTableModel</name>
    <message>
        <source>First response, median</source>
        <translation>Первый ответ, медиана</translation>
    </message>
    <message>
        <source>Average response time</source>
        <translation>Среднее время ответа</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Решение, медиана</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Решение с первого обращения</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Открыто повторно</translation>
    </message>
    <message>
        <source>SLA first-response compliance</source>
        <translation>Соблюдение SLA по первому ответу</translation>
    </message>
    <message>
        <source>Satisfaction, average</source>
        <translation>Удовлетворённость, среднее</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no target</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <comment>a target not to exceed</comment>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <comment>a target to reach</comment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Нет цели</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <source>Within 10 %</source>
        <translation>В пределах 10 %</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Цель не достигнута</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no trend</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= без изменений</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>▲ %1, better</source>
        <comment>the figure rose by %1</comment>
        <translation>▲ %1, лучше</translation>
    </message>
    <message>
        <source>▲ %1, worse</source>
        <comment>the figure rose by %1</comment>
        <translation>▲ %1, хуже</translation>
    </message>
    <message>
        <source>▼ %1, better</source>
        <comment>the figure fell by %1</comment>
        <translation>▼ %1, лучше</translation>
    </message>
    <message>
        <source>▼ %1, worse</source>
        <comment>the figure fell by %1</comment>
        <translation>▼ %1, хуже</translation>
    </message>
    <message numerus="yes">
        <source>median of %Ln first response(s)</source>
        <translation>
            <numerusform>медиана по %Ln первому ответу</numerusform>
            <numerusform>медиана по %Ln первым ответам</numerusform>
            <numerusform>медиана по %Ln первым ответам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>total response time ÷ %Ln response(s)</source>
        <translation>
            <numerusform>суммарное время ответа ÷ %Ln ответ</numerusform>
            <numerusform>суммарное время ответа ÷ %Ln ответа</numerusform>
            <numerusform>суммарное время ответа ÷ %Ln ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %Ln resolution(s), pending time excluded</source>
        <translation>
            <numerusform>медиана по %Ln решению, без времени ожидания клиента</numerusform>
            <numerusform>медиана по %Ln решениям, без времени ожидания клиента</numerusform>
            <numerusform>медиана по %Ln решениям, без времени ожидания клиента</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) created in the period, the share resolved or closed at its end</source>
        <translation>
            <numerusform>из %Ln обращения, созданного за период, — доля решённых или закрытых к его концу</numerusform>
            <numerusform>из %Ln обращений, созданных за период, — доля решённых или закрытых к его концу</numerusform>
            <numerusform>из %Ln обращений, созданных за период, — доля решённых или закрытых к его концу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) resolved, the share resolved with exactly one reply and not reopened</source>
        <translation>
            <numerusform>из %Ln решённого обращения — доля решённых ровно одним ответом и не открытых повторно</numerusform>
            <numerusform>из %Ln решённых обращений — доля решённых ровно одним ответом и не открытых повторно</numerusform>
            <numerusform>из %Ln решённых обращений — доля решённых ровно одним ответом и не открытых повторно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) resolved, the share ever reopened</source>
        <translation>
            <numerusform>из %Ln решённого обращения — доля когда-либо открытых повторно</numerusform>
            <numerusform>из %Ln решённых обращений — доля когда-либо открытых повторно</numerusform>
            <numerusform>из %Ln решённых обращений — доля когда-либо открытых повторно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met or at goal, of %Ln first-response SLA outcome(s) decided</source>
        <translation>
            <numerusform>выполнено или цель превышена — из %Ln определённого итога SLA по первому ответу</numerusform>
            <numerusform>выполнено или цель превышена — из %Ln определённых итогов SLA по первому ответу</numerusform>
            <numerusform>выполнено или цель превышена — из %Ln определённых итогов SLA по первому ответу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %Ln rating(s) out of 5</source>
        <translation>
            <numerusform>среднее по %Ln оценке из 5</numerusform>
            <numerusform>среднее по %Ln оценкам из 5</numerusform>
            <numerusform>среднее по %Ln оценкам из 5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>KPI: figure (how it is computed)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No target is set for this figure.</source>
        <translation>Для этого показателя цель не задана.</translation>
    </message>
    <message>
        <source>Target %1. Amber within 10 % of it: up to %2.</source>
        <translation>Цель %1. Жёлтый — в пределах 10 % от неё: до %2.</translation>
    </message>
    <message>
        <source>The previous period was not computed.</source>
        <translation>Предыдущий период не вычислен.</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (%3)</source>
        <translation>Предыдущий период (%1): %2 (%3)</translation>
    </message>
    <message>
        <source>Change: %1 %</source>
        <comment>relative change in percent</comment>
        <translation>Изменение: %1 %</translation>
    </message>
    <message>
        <source>—</source>
        <comment>not computed</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Actual (number)</source>
        <translation>Факт (число)</translation>
    </message>
    <message>
        <source>Previous (number)</source>
        <translation>Предыдущий (число)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>The median time from a ticket&apos;s creation to its first public reply, over the tickets first answered in the period; pending time does not count.</source>
        <translation>Медиана времени от создания обращения до первого публичного ответа по обращениям, получившим первый ответ за период; время ожидания клиента не учитывается.</translation>
    </message>
    <message>
        <source>Total response time ÷ number of responses: every public reply in the period that answers the creation or the oldest unanswered customer message.</source>
        <translation>Суммарное время ответа ÷ число ответов: каждый публичный ответ за период, отвечающий на создание обращения или на самое старое сообщение клиента без ответа.</translation>
    </message>
    <message>
        <source>The median time from creation to the last resolution in the period, without the time pending or resolved before a reopening.</source>
        <translation>Медиана времени от создания до последнего решения за период, без времени ожидания клиента и времени в статусе «Решено» перед повторным открытием.</translation>
    </message>
    <message>
        <source>Of the tickets created in the period, the share resolved or closed at its end.</source>
        <translation>Доля обращений, созданных за период, которые решены или закрыты к его концу.</translation>
    </message>
    <message>
        <source>Of the tickets resolved in the period, the share with exactly one public reply up to the resolution and no reopening.</source>
        <translation>Доля обращений, решённых за период, у которых до решения был ровно один публичный ответ и не было повторного открытия.</translation>
    </message>
    <message>
        <source>Of the tickets resolved in the period, the share whose history has a reopening.</source>
        <translation>Доля обращений, решённых за период, в истории которых есть повторное открытие.</translation>
    </message>
    <message>
        <source>Of the first-response SLA outcomes decided in the period, the share met or at goal (done within the limit).</source>
        <translation>Доля итогов SLA по первому ответу, определённых за период, со статусом «выполнено» или «цель превышена» (в пределах предела).</translation>
    </message>
    <message>
        <source>The mean score (1–5) of the satisfaction ratings given in the period.</source>
        <translation>Средний балл (1–5) оценок удовлетворённости, выставленных за период.</translation>
    </message>
    <message>
        <source>What the team does about this figure. Double-click to edit; saved for the whole team.</source>
        <translation>Что команда делает по этому показателю. Дважды щёлкните, чтобы изменить; сохраняется для всей команды.</translation>
    </message>
    <message>
        <source>Double-click to edit; saved for the whole team. 0 clears it.</source>
        <translation>Дважды щёлкните, чтобы изменить; сохраняется для всей команды. 0 сбрасывает значение.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действия</translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTargetDelegate</name>
    <message>
        <source>Target for %1</source>
        <translation>Цель для показателя «%1»</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>нет цели</translation>
    </message>
    <message>
        <source> min</source>
        <comment>a target in minutes</comment>
        <translation> мин</translation>
    </message>
    <message>
        <source> / 5</source>
        <comment>a target score out of 5</comment>
        <translation> / 5</translation>
    </message>
    <message>
        <source> %</source>
        <comment>a target percentage</comment>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <source>Search or #1234</source>
        <translation>Поиск или #1234</translation>
    </message>
    <message>
        <source>Search subjects and requesters, or type a ticket number (%1)</source>
        <translation>Поиск по теме и заявителю или переход по номеру обращения (%1)</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Очередь обращений</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>The queue could not be read: %1. The log file has the details.</source>
        <translation>Не удалось прочитать очередь: %1. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;О программе Switchboard</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Загрузка обращений…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in this view</source>
        <translation>
            <numerusform>%n обращение в этом представлении</numerusform>
            <numerusform>%n обращения в этом представлении</numerusform>
            <numerusform>%n обращений в этом представлении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>Загружено %n обращение; прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>Загружено %n обращения; прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>Загружено %n обращений; прокрутите, чтобы увидеть больше</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets in this view match “%1”.
Press Esc to clear the search, or look in All tickets.</source>
        <translation>В этом представлении нет обращений, подходящих под «%1».
Нажмите Esc, чтобы сбросить поиск, или поищите в разделе «Все обращения».</translation>
    </message>
    <message>
        <source>No open tickets: the queue is clear.
All tickets lists the resolved and closed ones.</source>
        <translation>Открытых обращений нет: очередь пуста.
Решённые и закрытые обращения — в разделе «Все обращения».</translation>
    </message>
    <message>
        <source>No unassigned tickets: every open ticket has an agent.
All open lists them.</source>
        <translation>Неназначенных обращений нет: у каждого открытого обращения есть оператор.
Они перечислены в разделе «Все открытые».</translation>
    </message>
    <message>
        <source>There are no tickets yet.
Create one with “switchboard-cli ticket create”, or fill a demo database with “switchboard-cli demo”.</source>
        <translation>Обращений пока нет.
Создайте обращение командой «switchboard-cli ticket create» или заполните демонстрационную базу командой «switchboard-cli demo».</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Switchboard will use the new language the next time it starts.</source>
        <translation>Новый язык будет использоваться при следующем запуске Switchboard.</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>О программе Switchboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;A support desk console: the ticket queue, the conversation and, step by step, SLA clocks, a knowledge base and reports.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Консоль службы поддержки: очередь обращений, переписка, а со временем — отсчёт SLA, база знаний и отчёты.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Click to open the tickets that breach soon</source>
        <translation>Нажмите, чтобы открыть обращения, которым грозит нарушение SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n breaching soon</source>
        <translation>
            <numerusform>%n скоро нарушит SLA</numerusform>
            <numerusform>%n скоро нарушат SLA</numerusform>
            <numerusform>%n скоро нарушат SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просроченное</numerusform>
            <numerusform>%n просроченных</numerusform>
            <numerusform>%n просроченных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new breach(es)</source>
        <translation>
            <numerusform>%n новое нарушение</numerusform>
            <numerusform>%n новых нарушения</numerusform>
            <numerusform>%n новых нарушений</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>&amp;База знаний</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <source>Mute for 1 hour</source>
        <translation>Отключить на 1 час</translation>
    </message>
    <message>
        <source>Mute for 4 hours</source>
        <translation>Отключить на 4 часа</translation>
    </message>
    <message>
        <source>Mute until tomorrow</source>
        <translation>Отключить до завтра</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>No ticket is overdue or due within two hours.
All open lists every open ticket, most urgent first.</source>
        <translation>Нет просроченных обращений и обращений со сроком в ближайшие два часа.
В разделе «Все открытые» — все открытые обращения, самые срочные первыми.</translation>
    </message>
    <message>
        <source>Read-only: no agent chosen</source>
        <translation>Только чтение: оператор не выбран</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Работа от имени: %1</translation>
    </message>
    <message>
        <source>No agent is chosen, so no ticket is yours.
Start Switchboard with --agent LOGIN.</source>
        <translation>Оператор не выбран, поэтому ни одно обращение не считается вашим.
Запустите Switchboard с параметром --agent LOGIN.</translation>
    </message>
    <message>
        <source>Nothing assigned to you is open.
Unassigned lists the tickets nobody has taken; press A on one to take it.</source>
        <translation>Открытых обращений, назначенных вам, нет.
В разделе «Неназначенные» — обращения, которые никто не взял в работу; нажмите A на обращении, чтобы взять его.</translation>
    </message>
    <message>
        <source>No ticket is waiting on a customer.</source>
        <translation>Нет обращений, ожидающих клиента.</translation>
    </message>
    <message>
        <source>No ticket was resolved in the last seven days.</source>
        <translation>За последние семь дней не решено ни одного обращения.</translation>
    </message>
    <message>
        <source>SLA and calendars</source>
        <translation>SLA и календари</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Team and routing</source>
        <translation>Команда и распределение</translation>
    </message>
    <message>
        <source>Your availability</source>
        <translation>Ваша доступность</translation>
    </message>
    <message>
        <source>Automatic routing gives new tickets only to agents who are online</source>
        <translation>Автоматическое распределение назначает новые обращения только операторам в статусе «В сети»</translation>
    </message>
    <message>
        <source>Availability not saved: %1</source>
        <translation>Доступность не сохранена: %1</translation>
    </message>
    <message>
        <source>New &amp;Filter…</source>
        <translation>Новый &amp;фильтр…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>This filter cannot be used.</source>
        <translation>Этот фильтр нельзя использовать.</translation>
    </message>
    <message>
        <source>%1
Its owner can delete it, or save it again.</source>
        <translation>%1
Владелец может удалить его или сохранить заново.</translation>
    </message>
    <message>
        <source>The filter could not be read.</source>
        <translation>Не удалось прочитать фильтр.</translation>
    </message>
    <message>
        <source>Only %1 can change this filter.</source>
        <translation>Изменить этот фильтр может только %1.</translation>
    </message>
    <message>
        <source>Build a new filter from it with New filter… while it is shown.</source>
        <translation>Пока фильтр показан, на его основе можно создать новый командой «Новый фильтр…».</translation>
    </message>
    <message>
        <source>Unsaved filter</source>
        <translation>Несохранённый фильтр</translation>
    </message>
    <message>
        <source>Only %1 can delete this filter.</source>
        <translation>Удалить этот фильтр может только %1.</translation>
    </message>
    <message>
        <source>Delete Filter</source>
        <translation>Удаление фильтра</translation>
    </message>
    <message>
        <source>Delete the filter “%1”?</source>
        <translation>Удалить фильтр «%1»?</translation>
    </message>
    <message>
        <source>It is shared: the team loses it too.</source>
        <translation>Фильтр общий: команда тоже его лишится.</translation>
    </message>
    <message>
        <source>The filter could not be deleted.</source>
        <translation>Не удалось удалить фильтр.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n обращение</numerusform>
            <numerusform>%1: %n обращения</numerusform>
            <numerusform>%1: %n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%1: загружено %n обращение; прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>%1: загружено %n обращения; прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>%1: загружено %n обращений; прокрутите, чтобы увидеть больше</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter “%1” over all tickets:
%2</source>
        <translation>Фильтр «%1» по всем обращениям:
%2</translation>
    </message>
    <message>
        <source>No tickets match the filter “%1”.
Press F2 on its name under Filters to change it, or choose another view.</source>
        <translation>Нет обращений, подходящих под фильтр «%1».
Чтобы изменить фильтр, нажмите F2 на его названии в разделе «Фильтры», или выберите другое представление.</translation>
    </message>
    <message>
        <source>No tickets match the filter “%1”.
Choose another view, or build your own with New filter…</source>
        <translation>Нет обращений, подходящих под фильтр «%1».
Выберите другое представление или создайте свой фильтр командой «Новый фильтр…»</translation>
    </message>
    <message>
        <source>No tickets match this filter.
Choose New filter… to build another, or another view.</source>
        <translation>Нет обращений, подходящих под этот фильтр.
Создайте другой фильтр командой «Новый фильтр…» или выберите другое представление.</translation>
    </message>
    <message>
        <source>Tickets from the dashboard</source>
        <translation>Обращения с панели показателей</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>П&amp;анели показателей</translation>
    </message>
    <message>
        <source>&amp;Import Tickets…</source>
        <translation>&amp;Импорт обращений…</translation>
    </message>
    <message>
        <source>&amp;Export Tickets…</source>
        <translation>&amp;Экспорт обращений…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Подключиться к &amp;командной базе…</translation>
    </message>
    <message>
        <source>Work on the &amp;Local Database</source>
        <translation>Работать с &amp;локальной базой</translation>
    </message>
    <message>
        <source>Import &amp;Articles…</source>
        <translation>Импорт &amp;статей…</translation>
    </message>
</context>
<context>
    <name>Switchboard::NavigationPanel</name>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Неназначенные</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>Скоро нарушение SLA</translation>
    </message>
    <message>
        <source>Open tickets overdue or due within two hours, most urgent first</source>
        <translation>Открытые обращения, просроченные или со сроком в ближайшие два часа; самые срочные первыми</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Знания</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n ticket(s)</source>
        <translation>
            <numerusform>%1, %n обращение</numerusform>
            <numerusform>%1, %n обращения</numerusform>
            <numerusform>%1, %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>My open</source>
        <translation>Мои открытые</translation>
    </message>
    <message>
        <source>Pending on customer</source>
        <translation>Ожидают клиента</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation>Недавно решённые</translation>
    </message>
    <message>
        <source>Tickets resolved or closed in the last seven days</source>
        <translation>Обращения, решённые или закрытые за последние семь дней</translation>
    </message>
    <message>
        <source>Open tickets assigned to you</source>
        <translation>Открытые обращения, назначенные вам</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>New filter…</source>
        <translation>Новый фильтр…</translation>
    </message>
    <message>
        <source>Choose tickets by status, priority, type, channel, group, assignee, tags or creation date, and save the choice for yourself or the team</source>
        <translation>Отберите обращения по статусу, приоритету, типу, каналу, группе, исполнителю, меткам или дате создания и сохраните отбор для себя или для команды</translation>
    </message>
    <message>
        <source>SLA, templates, team</source>
        <translation>SLA, шаблоны, команда</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (общий)</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1 (не читается)</translation>
    </message>
    <message>
        <source>Only you see this filter</source>
        <translation>Этот фильтр видите только вы</translation>
    </message>
    <message>
        <source>Shared with the team by you</source>
        <translation>Общий фильтр: вы открыли его команде</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Общий фильтр (владелец: %1)</translation>
    </message>
    <message>
        <source>Only %1 can change or delete it</source>
        <translation>Изменить или удалить его может только %1</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Проблемы: %1</translation>
    </message>
    <message>
        <source>&amp;Show Tickets</source>
        <translation>&amp;Показать обращения</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Shared by %1; only they can change it</source>
        <translation>Общий фильтр (владелец: %1); изменить его может только владелец</translation>
    </message>
    <message>
        <source>&amp;New Filter…</source>
        <translation>&amp;Новый фильтр…</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Панели показателей</translation>
    </message>
    <message>
        <source>KPI and charts</source>
        <translation>KPI и графики</translation>
    </message>
</context>
<context>
    <name>Switchboard::QueueFilterDialog</name>
    <message>
        <source>New Filter</source>
        <translation>Новый фильтр</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>Название фильтра</translation>
    </message>
    <message>
        <source>e.g. Waiting on customers, hardware</source>
        <translation>например, Ждут клиента, оборудование</translation>
    </message>
    <message>
        <source>&amp;Share with the team</source>
        <translation>Сделать &amp;общим для команды</translation>
    </message>
    <message>
        <source>Everyone sees a shared filter under Filters; only you can change or delete it</source>
        <translation>Общий фильтр виден всем в разделе «Фильтры»; изменить или удалить его можете только вы</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Типы</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>vip, printer: tickets with any of them</source>
        <translation>vip, printer: обращения с любой из этих меток</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Created up to and including</source>
        <translation>Создано по (включительно)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст поиска</translation>
    </message>
    <message>
        <source>Subject, requester or #1234 (optional)</source>
        <translation>Тема, заявитель или #1234 (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>S&amp;how Without Saving</source>
        <translation>Показать &amp;без сохранения</translation>
    </message>
    <message>
        <source>Show the matching tickets now; the filter is gone when you choose another view</source>
        <translation>Показать подходящие обращения сейчас; фильтр пропадёт, когда вы выберете другое представление</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>No groups yet. Add one with “switchboard-cli group add NAME”.</source>
        <translation>Групп пока нет. Добавьте группу командой «switchboard-cli group add NAME».</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>No agent is chosen, so filters cannot be saved. Start Switchboard with --agent LOGIN to save them; this one can still be shown.</source>
        <translation>Оператор не выбран, поэтому фильтры нельзя сохранять. Чтобы сохранять их, запустите Switchboard с параметром --agent LOGIN; этот фильтр всё равно можно показать.</translation>
    </message>
    <message>
        <source>Edit Filter</source>
        <translation>Изменение фильтра</translation>
    </message>
    <message>
        <source>This database lacks some of what the filter names: %1. Saving leaves them out.</source>
        <translation>В этой базе данных нет части того, что указано в фильтре: %1. При сохранении это будет исключено из фильтра.</translation>
    </message>
    <message>
        <source>The created range ends before it starts: change From or To.</source>
        <translation>Диапазон дат создания заканчивается раньше, чем начинается: измените «с» или «по».</translation>
    </message>
    <message>
        <source>Give the filter a name to save it, or show it without saving.</source>
        <translation>Чтобы сохранить фильтр, укажите его название, или покажите фильтр без сохранения.</translation>
    </message>
    <message>
        <source>You already have a filter with this name: choose another one.</source>
        <translation>У вас уже есть фильтр с таким названием: выберите другое.</translation>
    </message>
    <message>
        <source>The filter was not saved: %1.</source>
        <translation>Фильтр не сохранён: %1.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Канал: %1</translation>
    </message>
    <message>
        <source>a group not in this database</source>
        <translation>группа, которой нет в этой базе данных</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Группа: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source>an agent not in this database</source>
        <translation>оператор, которого нет в этой базе данных</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>Tags (any): %1</source>
        <translation>Метки (любая из): %1</translation>
    </message>
    <message>
        <source>Created: %1 to %2</source>
        <translation>Создано: с %1 по %2</translation>
    </message>
    <message>
        <source>Created: since %1</source>
        <translation>Создано: начиная с %1</translation>
    </message>
    <message>
        <source>Created: until %1</source>
        <translation>Создано: по %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Текст: «%1»</translation>
    </message>
    <message>
        <source>Every ticket</source>
        <translation>Все обращения</translation>
    </message>
</context>
<context>
    <name>Switchboard::RatingDialog</name>
    <message>
        <source>Change the rating of #%1</source>
        <translation>Изменить оценку обращения #%1</translation>
    </message>
    <message>
        <source>Rate ticket #%1</source>
        <translation>Оценка обращения #%1</translation>
    </message>
    <message>
        <source>What the customer said about the solution of #%1. Only the overall score is required.</source>
        <translation>Как клиент оценил решение обращения #%1. Обязательна только общая оценка.</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>&amp;Overall score:</source>
        <translation>&amp;Общая оценка:</translation>
    </message>
    <message>
        <source>&amp;Reaction time:</source>
        <translation>Скорость &amp;реакции:</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>Скорость реакции</translation>
    </message>
    <message>
        <source>&amp;Quality of service:</source>
        <translation>&amp;Качество обслуживания:</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Качество обслуживания</translation>
    </message>
    <message>
        <source>&amp;Effectiveness of the solution:</source>
        <translation>&amp;Эффективность решения:</translation>
    </message>
    <message>
        <source>Effectiveness of the solution</source>
        <translation>Эффективность решения</translation>
    </message>
    <message>
        <source>Co&amp;mmunication:</source>
        <translation>О&amp;бщение:</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Комментарий клиента</translation>
    </message>
    <message>
        <source>The customer&apos;s own words (optional)</source>
        <translation>Слова клиента (необязательно)</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>Choose the overall score first</source>
        <translation>Сначала выберите общую оценку</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ReplyEditor</name>
    <message>
        <source>Reply editor</source>
        <translation>Редактор ответа</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>A public reply the customer receives</source>
        <translation>Публичный ответ, который получит клиент</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Only colleagues see it (Ctrl+Shift+N)</source>
        <translation>Видна только коллегам (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <source>Insert a reply template (Ctrl+T, or / at the start of a line)</source>
        <translation>Вставить шаблон ответа (Ctrl+T или / в начале строки)</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>Send and set pending</source>
        <translation>Отправить и перевести в «Ожидает клиента»</translation>
    </message>
    <message>
        <source>Send and set on hold</source>
        <translation>Отправить и перевести в «Отложено»</translation>
    </message>
    <message>
        <source>Send and resolve</source>
        <translation>Отправить и перевести в «Решено»</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Add the internal note (Ctrl+Enter)</source>
        <translation>Добавить внутреннюю заметку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter); the arrow sends and sets a status (Ctrl+Shift+Enter: pending)</source>
        <translation>Отправить ответ (Ctrl+Enter); стрелка — отправить и установить статус (Ctrl+Shift+Enter: «Ожидает клиента»)</translation>
    </message>
    <message>
        <source>Internal note for colleagues…</source>
        <translation>Внутренняя заметка для коллег…</translation>
    </message>
    <message>
        <source>Write a reply… Ctrl+Enter sends; / at the start of a line inserts a template</source>
        <translation>Напишите ответ… Ctrl+Enter — отправить; / в начале строки — вставить шаблон</translation>
    </message>
</context>
<context>
    <name>Switchboard::ResponseTrendChart</name>
    <message>
        <source>%1: no first responses</source>
        <translation>%1: первых ответов нет</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2, 90th percentile %3, %Ln first response(s)</source>
        <translation>
            <numerusform>%1: среднее %2, 90-й процентиль %3, %Ln первый ответ</numerusform>
            <numerusform>%1: среднее %2, 90-й процентиль %3, %Ln первых ответа</numerusform>
            <numerusform>%1: среднее %2, 90-й процентиль %3, %Ln первых ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>First-response time: mean and 90th percentile</source>
        <translation>Время первого ответа: среднее и 90-й процентиль</translation>
    </message>
    <message>
        <source>First-response time — computing…</source>
        <translation>Время первого ответа — вычисление…</translation>
    </message>
    <message>
        <source>First-response time — could not compute: %1</source>
        <translation>Время первого ответа — не удалось вычислить: %1</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>First response: for each ticket first answered in the bucket, the time from its creation to that first public reply, pending time not counted.</source>
        <translation>Первый ответ: для каждого обращения, получившего первый ответ в этом интервале, — время от его создания до первого публичного ответа без учёта времени ожидания клиента.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RevisionDiffFormatter</name>
    <message>
        <source>The texts are the same.</source>
        <translation>Тексты совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln unchanged line(s) …</source>
        <translation>
            <numerusform>… %Ln неизменённая строка …</numerusform>
            <numerusform>… %Ln неизменённые строки …</numerusform>
            <numerusform>… %Ln неизменённых строк …</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Изменений нет</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) added</source>
        <translation>
            <numerusform>Добавлена %Ln строка</numerusform>
            <numerusform>Добавлено %Ln строки</numerusform>
            <numerusform>Добавлено %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) removed</source>
        <translation>
            <numerusform>Удалена %Ln строка</numerusform>
            <numerusform>Удалено %Ln строки</numerusform>
            <numerusform>Удалено %Ln строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScorecardWeightsDialog</name>
    <message>
        <source>Scorecard Weights</source>
        <translation>Веса рейтинга операторов</translation>
    </message>
    <message>
        <source>How much each criterion counts in an agent&apos;s total: the total is the weighted mean of the criteria&apos;s scores. A weight of 0 leaves a criterion out of the total.</source>
        <translation>Насколько каждый критерий влияет на итог оператора: итог — взвешенное среднее оценок по критериям. Вес 0 исключает критерий из итога.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Share of the total</source>
        <translation>Доля в итоге</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Вес критерия «%1»</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Every criterion weighs 1, the same as the others</source>
        <translation>Каждый критерий весит 1, как и остальные</translation>
    </message>
    <message>
        <source>The stored weights are not valid (%1); OK replaces them.</source>
        <translation>Сохранённые веса некорректны (%1); кнопка «ОК» заменит их.</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>Скорость реакции</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Качество обслуживания</translation>
    </message>
    <message>
        <source>Effectiveness of the solution</source>
        <translation>Эффективность решения</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Отзывы клиентов</translation>
    </message>
    <message>
        <source>The median first response of the agent&apos;s resolved tickets; lower is better.</source>
        <translation>Медиана первого ответа по решённым обращениям оператора; чем меньше, тем лучше.</translation>
    </message>
    <message>
        <source>The mean quality rating (1–5) of the agent&apos;s rated tickets.</source>
        <translation>Средняя оценка качества (1–5) по оценённым обращениям оператора.</translation>
    </message>
    <message>
        <source>First-contact resolution of the agent&apos;s resolved tickets and the mean effectiveness rating (1–5).</source>
        <translation>Решение с первого обращения по решённым обращениям оператора и средняя оценка эффективности (1–5).</translation>
    </message>
    <message>
        <source>The mean communication rating (1–5) of the agent&apos;s rated tickets.</source>
        <translation>Средняя оценка общения (1–5) по оценённым обращениям оператора.</translation>
    </message>
    <message>
        <source>The mean overall score (1–5) customers gave the agent&apos;s tickets.</source>
        <translation>Средняя общая оценка (1–5), которую клиенты поставили обращениям оператора.</translation>
    </message>
    <message>
        <source>The weights were not saved: %1</source>
        <translation>Веса не сохранены: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Go to the search field: words or a ticket number</source>
        <translation>Перейти к полю поиска: слова или номер обращения</translation>
    </message>
    <message>
        <source>%1 %2 or J K</source>
        <translation>%1 %2 или J K</translation>
    </message>
    <message>
        <source>Move in the queue</source>
        <translation>Перемещение по очереди</translation>
    </message>
    <message>
        <source>Open the ticket: move to its conversation</source>
        <translation>Открыть обращение: перейти к переписке</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Перейти к очереди</translation>
    </message>
    <message>
        <source>Clear the search, or go back to the queue</source>
        <translation>Сбросить поиск или вернуться к очереди</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Показать этот список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaCalendarsTab</name>
    <message>
        <source>SLA calendars</source>
        <translation>Календари SLA</translation>
    </message>
    <message>
        <source>The business hours SLA targets are counted in. Built-in calendars are read-only: duplicate one to adapt it.</source>
        <translation>Рабочее время, в котором отсчитываются цели SLA. Встроенные календари доступны только для чтения: чтобы изменить такой календарь, создайте его копию.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Read a calendar from a JSON file as a new calendar</source>
        <translation>Загрузить календарь из файла JSON как новый календарь</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the selected calendar, as shown, to a JSON file</source>
        <translation>Записать выбранный календарь в том виде, как он показан, в файл JSON</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the changes to this calendar</source>
        <translation>Отменить изменения в этом календаре</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Календари</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Start a new calendar from a copy of the selected one</source>
        <translation>Создать новый календарь как копию выбранного</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected calendar; refused while a policy uses it</source>
        <translation>Удалить выбранный календарь; недоступно, пока его использует политика</translation>
    </message>
    <message>
        <source>A built-in calendar is read-only. Duplicate it to change its hours.</source>
        <translation>Встроенный календарь доступен только для чтения. Чтобы изменить его часы, создайте копию.</translation>
    </message>
    <message>
        <source>Duplicate &amp;to edit</source>
        <translation>Скопировать для &amp;правки</translation>
    </message>
    <message>
        <source>Calendar name</source>
        <translation>Имя календаря</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Moscow; type to search</source>
        <translation>Часовой пояс IANA, например Europe/Moscow; начните вводить для поиска</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>&amp;Weekly hours</source>
        <translation>Недельное &amp;расписание</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Праздники</translation>
    </message>
    <message>
        <source>Closed on these dates whatever the weekday</source>
        <translation>В эти даты нерабочий день независимо от дня недели</translation>
    </message>
    <message>
        <source>Transferred working days</source>
        <translation>Перенесённые рабочие дни</translation>
    </message>
    <message>
        <source>Open on these dates although their weekday is closed</source>
        <translation>В эти даты рабочий день, хотя по дню недели он нерабочий</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Hours on transferred working days</source>
        <translation>Часы в перенесённые рабочие дни</translation>
    </message>
    <message>
        <source>As the first weekday with hours</source>
        <translation>Как в первый будний день с рабочими часами</translation>
    </message>
    <message>
        <source>Working-day &amp;hours</source>
        <translation>Часы ра&amp;бочих дней</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The calendars cannot be read.</source>
        <translation>Не удаётся прочитать календари.</translation>
    </message>
    <message>
        <source>no calendar is selected</source>
        <translation>календарь не выбран</translation>
    </message>
    <message>
        <source>new-calendar</source>
        <translation>новый-календарь</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-копия</translation>
    </message>
    <message>
        <source>The calendar “%1” was not saved.</source>
        <translation>Календарь «%1» не сохранён.</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Удалить календарь</translation>
    </message>
    <message>
        <source>Remove the calendar “%1”?</source>
        <translation>Удалить календарь «%1»?</translation>
    </message>
    <message>
        <source>Export it first if you may need it again.</source>
        <translation>Если он может понадобиться снова, сначала экспортируйте его.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Календарь «%1» удалён.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message>
        <source>The file does not hold a valid calendar: %1</source>
        <translation>Файл не содержит корректного календаря: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported as a new calendar; save to store it.</source>
        <translation>Импортирован как новый календарь; сохраните, чтобы записать его.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>The calendar cannot be exported: %1</source>
        <translation>Не удаётся экспортировать календарь: %1</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>встроенный, только чтение</translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation>новый, не сохранён</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>изменён, не сохранён</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>сохранён %1</translation>
    </message>
    <message>
        <source>The name policies use to refer to this calendar</source>
        <translation>Имя, по которому политики ссылаются на этот календарь</translation>
    </message>
    <message>
        <source>Policies refer to a calendar by its name, so a saved calendar keeps it; duplicate it to save it under another name</source>
        <translation>Политики ссылаются на календарь по имени, поэтому у сохранённого календаря оно не меняется; чтобы сохранить календарь под другим именем, создайте копию</translation>
    </message>
    <message numerus="yes">
        <source>Dates with hours of their own, such as shortened days before holidays: %Ln. They are kept as they are.</source>
        <translation>
            <numerusform>Даты с собственными часами работы, например сокращённые предпраздничные дни: %Ln. Они сохраняются без изменений.</numerusform>
            <numerusform>Даты с собственными часами работы, например сокращённые предпраздничные дни: %Ln. Они сохраняются без изменений.</numerusform>
            <numerusform>Даты с собственными часами работы, например сокращённые предпраздничные дни: %Ln. Они сохраняются без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>Give the calendar a name.</source>
        <translation>Укажите имя календаря.</translation>
    </message>
    <message>
        <source>A calendar with this name exists already.</source>
        <translation>Календарь с таким именем уже существует.</translation>
    </message>
    <message>
        <source>Choose a time zone.</source>
        <translation>Выберите часовой пояс.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«%1» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>Open at least one day of the week, or no deadline can ever be reached.</source>
        <translation>Сделайте рабочим хотя бы один день недели, иначе ни один срок никогда не наступит.</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a working day.</source>
        <translation>%1 — одновременно праздник и рабочий день.</translation>
    </message>
    <message>
        <source>&amp;Holidays (%1)</source>
        <translation>&amp;Праздники (%1)</translation>
    </message>
    <message>
        <source>Transferred &amp;working days (%1)</source>
        <translation>Перен&amp;есённые рабочие дни (%1)</translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить</translation>
    </message>
    <message>
        <source>Store this calendar and recompute the SLA of open tickets (%1)</source>
        <translation>Сохранить этот календарь и пересчитать SLA открытых обращений (%1)</translation>
    </message>
    <message>
        <source>New calendar, not saved yet</source>
        <translation>Новый календарь, ещё не сохранён</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Shown once the calendar is complete.</source>
        <translation>Появится, когда календарь будет заполнен.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Сейчас рабочее время</translation>
    </message>
    <message>
        <source>Next opening: %1</source>
        <translation>Следующее открытие: %1</translation>
    </message>
    <message>
        <source>%1 of business time this week</source>
        <translation>%1 рабочего времени на этой неделе</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>Calendars (*.json);;All files (*)</source>
        <translation>Календари (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Start a calendar with Monday to Friday 09:00–18:00</source>
        <translation>Создать календарь с графиком пн–пт 09:00–18:00</translation>
    </message>
    <message>
        <source>Open intervals on transferred working days, such as 09:00–18:00; empty uses the hours of the first weekday, Monday to Friday, that has hours</source>
        <translation>Рабочие интервалы в перенесённые рабочие дни, например 09:00–18:00; если пусто, используются часы первого дня с понедельника по пятницу, у которого они заданы</translation>
    </message>
    <message>
        <source>Names starting with “builtin:” are reserved.</source>
        <translation>Имена, начинающиеся с «builtin:», зарезервированы.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaComplianceChart</name>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1: no outcome decided in the period</source>
        <translation>%1: за период нет определённых итогов</translation>
    </message>
    <message>
        <source>%1: %2 met (%3), %4 at goal (%5), %6 breached (%7)</source>
        <translation>%1: выполнено %2 (%3), цель превышена %4 (%5), нарушено %6 (%7)</translation>
    </message>
    <message>
        <source>SLA outcomes by metric</source>
        <translation>Итоги SLA по метрикам</translation>
    </message>
    <message>
        <source>No SLA outcome was decided in the period.</source>
        <translation>За период не определено ни одного итога SLA.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>At goal</source>
        <translation>Цель превышена</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 compliant of %3</source>
        <comment>metric, compliance, outcomes (HTML)</comment>
        <translation>%1&lt;br&gt;соблюдение %2 из %3</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;none decided</source>
        <comment>HTML</comment>
        <translation>%1&lt;br&gt;нет определённых итогов</translation>
    </message>
    <message>
        <source>% of outcomes decided in the period</source>
        <translation>% итогов, определённых за период</translation>
    </message>
    <message>
        <source>The SLA outcomes decided in the period per metric: met (done within the goal), at goal (after the goal, within the limit) and breached (past the limit).</source>
        <translation>Итоги SLA, определённые за период, по каждой метрике: выполнено (в пределах цели), цель превышена (после цели, но в пределах предела) и нарушено (после предела).</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaNotifier</name>
    <message>
        <source>SLA breached</source>
        <translation>SLA нарушено</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>Предупреждение SLA</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>SLA crossings</comment>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA while Switchboard was closed</source>
        <translation>SLA, пока Switchboard был закрыт</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA deadlines of your tickets passed while Switchboard was closed</source>
        <translation>
            <numerusform>Пока Switchboard был закрыт, истёк %n срок SLA по вашим обращениям</numerusform>
            <numerusform>Пока Switchboard был закрыт, истекло %n срока SLA по вашим обращениям</numerusform>
            <numerusform>Пока Switchboard был закрыт, истекло %n сроков SLA по вашим обращениям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA deadlines passed while Switchboard was closed</source>
        <translation>
            <numerusform>Пока Switchboard был закрыт, истёк %n срок SLA</numerusform>
            <numerusform>Пока Switchboard был закрыт, истекло %n срока SLA</numerusform>
            <numerusform>Пока Switchboard был закрыт, истекло %n сроков SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>deadlines passed; how many are yours</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them on your tickets</source>
        <translation>
            <numerusform>%n из них — по вашим обращениям</numerusform>
            <numerusform>%n из них — по вашим обращениям</numerusform>
            <numerusform>%n из них — по вашим обращениям</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaPoliciesTab</name>
    <message>
        <source>SLA policies</source>
        <translation>Политики SLA</translation>
    </message>
    <message>
        <source>A ticket gets the targets of the first policy that matches it. Saved changes apply to open tickets; closed ones keep the SLA they were measured by.</source>
        <translation>Обращение получает цели первой подходящей политики. Сохранённые изменения применяются к открытым обращениям; закрытые сохраняют SLA, по которому они измерялись.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Replace the list with the policies of a JSON file</source>
        <translation>Заменить список политиками из файла JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the list as shown to a JSON file</source>
        <translation>Записать список в том виде, как он показан, в файл JSON</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the changes and show the stored policies</source>
        <translation>Отменить изменения и показать сохранённые политики</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Store the policies and recompute the SLA of open tickets (%1)</source>
        <translation>Сохранить политики и пересчитать SLA открытых обращений (%1)</translation>
    </message>
    <message>
        <source>SLA policies, first match first</source>
        <translation>Политики SLA: применяется первая подходящая</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Drag a policy, or press Alt+Up and Alt+Down, to change the order</source>
        <translation>Перетащите политику или нажмите Alt+Up и Alt+Down, чтобы изменить порядок</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add a policy above the catch-all</source>
        <translation>Добавить политику над общей политикой по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Ду&amp;блировать</translation>
    </message>
    <message>
        <source>Add a copy of the selected policy below it</source>
        <translation>Добавить копию выбранной политики под ней</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected policy</source>
        <translation>Удалить выбранную политику</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любые</translation>
    </message>
    <message>
        <source>Nothing checked: every value matches</source>
        <translation>Ничего не отмечено: подходит любое значение</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Название политики</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Типы</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <source>Priority 1, the highest</source>
        <translation>Приоритет 1, наивысший</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Приоритет %1</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Separate several with commas; empty matches any</source>
        <translation>Несколько значений разделяйте запятыми; пустое поле — любое значение</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>любая группа</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Группы</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>Уровни клиентов</translation>
    </message>
    <message>
        <source>any customer tier</source>
        <translation>любой уровень клиента</translation>
    </message>
    <message>
        <source>Customer &amp;tiers</source>
        <translation>Уро&amp;вни клиентов</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>any tags</source>
        <translation>любые метки</translation>
    </message>
    <message>
        <source>A ticket matches when it has one of these tags; empty matches any</source>
        <translation>Обращение подходит, если у него есть одна из этих меток; пустое поле — подходит любое</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Отсчёт времени</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>The business hours the targets are counted in</source>
        <translation>Рабочее время, в котором отсчитываются целевые сроки</translation>
    </message>
    <message>
        <source>Choose a calendar</source>
        <translation>Выберите календарь</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>&amp;Pause while on hold</source>
        <translation>Приостанавливать, если обращение отло&amp;жено</translation>
    </message>
    <message>
        <source>On hold usually means waiting for a supplier or a part, which the customer should not be charged with</source>
        <translation>Статус «Отложено» обычно означает ожидание поставщика или запчасти, и клиент за эту задержку не отвечает</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Целевые сроки</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>When to warn, measured against each target&apos;s limit</source>
        <translation>Когда предупреждать — относительно предела каждого целевого срока</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>The SLA policies cannot be read.</source>
        <translation>Не удаётся прочитать политики SLA.</translation>
    </message>
    <message>
        <source>The SLA policies were not saved.</source>
        <translation>Политики SLA не сохранены.</translation>
    </message>
    <message>
        <source>Import SLA policies</source>
        <translation>Импорт политик SLA</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file does not hold valid SLA policies: %1</source>
        <translation>Файл не содержит допустимых политик SLA: %1</translation>
    </message>
    <message numerus="yes">
        <source>Policies imported: %Ln. Save to apply them.</source>
        <translation>
            <numerusform>Импортирована %Ln политика. Сохраните, чтобы применить её.</numerusform>
            <numerusform>Импортированы %Ln политики. Сохраните, чтобы применить их.</numerusform>
            <numerusform>Импортировано %Ln политик. Сохраните, чтобы применить их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SLA policies</source>
        <translation>Экспорт политик SLA</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (отсутствует)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation>Первый ответ: %1</translation>
    </message>
    <message>
        <source>Give the policy a name.</source>
        <translation>Укажите название политики.</translation>
    </message>
    <message>
        <source>Another policy has this name; names must be unique.</source>
        <translation>Политика с таким названием уже есть; названия должны быть уникальными.</translation>
    </message>
    <message>
        <source>Choose a calendar.</source>
        <translation>Выберите календарь.</translation>
    </message>
    <message>
        <source>This calendar does not exist any more; choose another.</source>
        <translation>Этот календарь больше не существует; выберите другой.</translation>
    </message>
    <message>
        <source>The limit must not be shorter than the goal.</source>
        <translation>Предел не может быть меньше цели.</translation>
    </message>
    <message>
        <source>Add at least one policy, or no ticket is measured.</source>
        <translation>Добавьте хотя бы одну политику, иначе SLA не будет отсчитываться ни для одного обращения.</translation>
    </message>
    <message numerus="yes">
        <source>Policies to correct before saving: %Ln</source>
        <translation>
            <numerusform>Перед сохранением нужно исправить %Ln политику</numerusform>
            <numerusform>Перед сохранением нужно исправить %Ln политики</numerusform>
            <numerusform>Перед сохранением нужно исправить %Ln политик</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить</translation>
    </message>
    <message>
        <source>Store the policies and recompute the SLA of open tickets</source>
        <translation>Сохранить политики и пересчитать SLA открытых обращений</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>new-policy</source>
        <translation>новая-политика</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-копия</translation>
    </message>
    <message>
        <source>SLA policies (*.json);;All files (*)</source>
        <translation>Политики SLA (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>метка %1</translation>
    </message>
    <message>
        <source>all other tickets</source>
        <translation>все остальные обращения</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (встроенный)</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaSettingsPage</name>
    <message>
        <source>SLA settings</source>
        <translation>Настройки SLA</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Политики</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>Ка&amp;лендари</translation>
    </message>
    <message numerus="yes">
        <source>Saved. SLA recomputed for %Ln open ticket(s) (%1 changed).</source>
        <translation>
            <numerusform>Сохранено. SLA пересчитан для %Ln открытого обращения (изменено: %1).</numerusform>
            <numerusform>Сохранено. SLA пересчитан для %Ln открытых обращений (изменено: %1).</numerusform>
            <numerusform>Сохранено. SLA пересчитан для %Ln открытых обращений (изменено: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaTargetEdit</name>
    <message>
        <source>Measure this target; unchecked, it is not measured</source>
        <translation>Отсчитывать этот срок; если флажок снят, срок не отсчитывается</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>%1 goal</source>
        <translation>%1: цель</translation>
    </message>
    <message>
        <source>Met when done within this business time</source>
        <translation>Выполнено, если уложились в это рабочее время</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Предел</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>%1: предел</translation>
    </message>
    <message>
        <source>Breached after this business time; warnings count towards it</source>
        <translation>Нарушено, если превышено это рабочее время; предупреждения отсчитываются от него</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>target range: goal - limit</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не отсчитывается</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaTrendChart</name>
    <message>
        <source>SLA compliance: of the SLA outcomes decided in each period, the share met (done within the goal) or at goal (after the goal, within the limit), per metric; the dashed line is the 95 % reference.</source>
        <translation>Соблюдение SLA: доля исходов SLA, определившихся в каждом периоде, которые выполнены (в пределах цели) или в пределах лимита (после цели, но до лимита), по каждому показателю; пунктир — ориентир 95 %.</translation>
    </message>
    <message>
        <source>%1, %2: no outcome decided</source>
        <comment>metric, bucket</comment>
        <translation>%1, %2: исходов нет</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 met + at goal of %5)</source>
        <comment>metric, bucket, compliance, counts</comment>
        <translation>%1, %2: %3 (%4 из %5 выполнено или в пределах лимита)</translation>
    </message>
    <message>
        <source>SLA compliance by day</source>
        <translation>Соблюдение SLA по дням</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>Соблюдение SLA по неделям</translation>
    </message>
    <message>
        <source>SLA compliance by month</source>
        <translation>Соблюдение SLA по месяцам</translation>
    </message>
    <message>
        <source>SLA compliance — computing…</source>
        <translation>Соблюдение SLA — вычисляется…</translation>
    </message>
    <message>
        <source>SLA compliance — could not compute: %1</source>
        <translation>Соблюдение SLA — не удалось вычислить: %1</translation>
    </message>
    <message>
        <source>%1 reference</source>
        <translation>ориентир %1</translation>
    </message>
    <message>
        <source>% met or at goal</source>
        <translation>% выполнено или в пределах лимита</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaWarningLadderEdit</name>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>No warnings: the first signal is the breach</source>
        <translation>Нет предупреждений: первым сигналом будет нарушение</translation>
    </message>
    <message>
        <source>Add &amp;warning</source>
        <translation>Добавить &amp;предупреждение</translation>
    </message>
    <message>
        <source>Add warning step</source>
        <translation>Добавить ступень предупреждения</translation>
    </message>
    <message>
        <source>Warning %1, value</source>
        <translation>Предупреждение %1, значение</translation>
    </message>
    <message>
        <source>Warning %1, measured as</source>
        <translation>Предупреждение %1, способ измерения</translation>
    </message>
    <message>
        <source>% of the limit</source>
        <translation>% от предела</translation>
    </message>
    <message>
        <source>min before the limit</source>
        <translation>мин до предела</translation>
    </message>
    <message>
        <source>Remove this warning</source>
        <translation>Удалить это предупреждение</translation>
    </message>
    <message>
        <source>Remove warning %1</source>
        <translation>Удалить предупреждение %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::SuggestedArticlesView</name>
    <message>
        <source>Suggested articles</source>
        <translation>Рекомендуемые статьи</translation>
    </message>
    <message>
        <source>New article from ticket…</source>
        <translation>Статья из обращения…</translation>
    </message>
    <message>
        <source>Write a knowledge-base article from this ticket&apos;s question and your answer</source>
        <translation>Написать статью базы знаний по вопросу из этого обращения и вашему ответу</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск по базе знаний</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>Вставить &amp;ссылку</translation>
    </message>
    <message>
        <source>Put a link to the article at the cursor of the reply (Enter, double-click)</source>
        <translation>Вставить ссылку на статью в позицию курсора в ответе (Enter, двойной щелчок)</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>Вставить &amp;текст</translation>
    </message>
    <message>
        <source>Put the article&apos;s text at the cursor of the reply</source>
        <translation>Вставить текст статьи в позицию курсора в ответе</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Поиск статей…</translation>
    </message>
    <message>
        <source>No article matches this ticket; search for one above.</source>
        <translation>Нет статей, подходящих к этому обращению; найдите статью с помощью поиска выше.</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1</source>
        <translation>Не удалось выполнить поиск по базе знаний: %1</translation>
    </message>
    <message>
        <source>No published article matches “%1”.</source>
        <translation>Нет опубликованных статей, подходящих под «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Found articles (%n)</source>
        <translation>
            <numerusform>Найденные статьи (%n)</numerusform>
            <numerusform>Найденные статьи (%n)</numerusform>
            <numerusform>Найденные статьи (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested articles (%n)</source>
        <translation>
            <numerusform>Рекомендуемые статьи (%n)</numerusform>
            <numerusform>Рекомендуемые статьи (%n)</numerusform>
            <numerusform>Рекомендуемые статьи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <source>Insert text</source>
        <translation>Вставить текст</translation>
    </message>
</context>
<context>
    <name>Switchboard::TeamConnectionDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Подключение к командной базе</translation>
    </message>
    <message>
        <source>Work with your team on a shared PostgreSQL database. Your team lead or administrator gives you the server and your user name.</source>
        <translation>Работайте вместе с командой в общей базе PostgreSQL. Сервер и имя пользователя вам сообщит руководитель группы или администратор.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>empty: use the password file or the server&apos;s rules</source>
        <translation>пусто: файл паролей или правила сервера</translation>
    </message>
    <message>
        <source>Remember the password in the PostgreSQL password file (%1)</source>
        <translation>Запомнить пароль в файле паролей PostgreSQL (%1)</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>TLS, если сервер его предлагает</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Без TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Только TLS</translation>
    </message>
    <message>
        <source>Require TLS and a trusted certificate</source>
        <translation>Только TLS с доверенным сертификатом</translation>
    </message>
    <message>
        <source>Require TLS, a trusted certificate and the server&apos;s name</source>
        <translation>Только TLS, доверенный сертификат и имя сервера</translation>
    </message>
    <message>
        <source>the system&apos;s default</source>
        <translation>системный по умолчанию</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Корневой сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Корневой сертификат:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Подкл&amp;ючиться</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Подключение: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Switchboard sets it up when you connect.</source>
        <translation>Подключено. База пуста: Switchboard подготовит её при подключении.</translation>
    </message>
    <message>
        <source>Connected: the team database is ready.</source>
        <translation>Подключено: командная база готова.</translation>
    </message>
    <message>
        <source>The password could not be remembered.</source>
        <translation>Не удалось запомнить пароль.</translation>
    </message>
</context>
<context>
    <name>Switchboard::TeamSettingsPage</name>
    <message>
        <source>Team settings</source>
        <translation>Настройки команды</translation>
    </message>
    <message>
        <source>Groups receive new tickets; routing decides which member gets each one. Changes are saved at once.</source>
        <translation>Новые обращения поступают в группы; распределение решает, какой участник получит каждое из них. Изменения сохраняются сразу.</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Save again the changes that could not be saved</source>
        <translation>Ещё раз сохранить изменения, которые не удалось сохранить</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>По кругу</translation>
    </message>
    <message>
        <source>Fewest open tickets</source>
        <translation>Меньше всего открытых обращений</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Nobody is chosen: agents take the group&apos;s new tickets from the queue.</source>
        <translation>Обращения никому не назначаются: операторы сами берут новые обращения группы в работу из очереди.</translation>
    </message>
    <message>
        <source>Each online member in turn gets the next new ticket.</source>
        <translation>Участники в статусе «В сети» по очереди получают следующее новое обращение.</translation>
    </message>
    <message>
        <source>The online member with the fewest open tickets gets the new ticket.</source>
        <translation>Новое обращение получает участник в статусе «В сети», у которого меньше всего открытых обращений.</translation>
    </message>
    <message>
        <source>The online member whose skills and languages fit the ticket best gets it; if none fits, the one with the fewest open tickets.</source>
        <translation>Обращение получает участник в статусе «В сети», чьи навыки и языки лучше всего ему подходят; если не подходит никто — участник, у которого меньше всего открытых обращений.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Нет на месте</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Группы</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Новая группа…</translation>
    </message>
    <message>
        <source>Add a group; its routing starts as Manual</source>
        <translation>Добавить группу; распределение в ней изначально — «Вручную»</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Название новой группы</translation>
    </message>
    <message>
        <source>Group name, e.g. Hardware</source>
        <translation>Название группы, например Оборудование</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Every agent; checked agents are members of the group. Space checks or unchecks.</source>
        <translation>Все операторы; отмеченные операторы — участники группы. Space ставит или снимает отметку.</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Распределение</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Операторы</translation>
    </message>
    <message>
        <source>Routing passes over agents who are away or offline and those at their limit of open tickets.</source>
        <translation>Распределение пропускает операторов в статусах «Нет на месте» и «Не в сети», а также тех, кто достиг предела открытых обращений.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Limit of open tickets</source>
        <translation>Предел открытых обращений</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>No agents yet. Add them with “switchboard-cli agent add”.</source>
        <translation>Операторов пока нет. Добавьте их командой «switchboard-cli agent add».</translation>
    </message>
    <message>
        <source>The groups cannot be read: %1</source>
        <translation>Не удаётся прочитать группы: %1</translation>
    </message>
    <message>
        <source>The agents cannot be read: %1</source>
        <translation>Не удаётся прочитать операторов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln member(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln участник</numerusform>
            <numerusform>%1 · %2 · %Ln участника</numerusform>
            <numerusform>%1 · %2 · %Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Add one with New group….</source>
        <translation>Групп пока нет. Добавьте группу кнопкой «Новая группа…».</translation>
    </message>
    <message>
        <source>Choose a group to set its routing and members.</source>
        <translation>Выберите группу, чтобы настроить распределение в ней и её участников.</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, неактивен</translation>
    </message>
    <message>
        <source>&amp;Members (%1 of %2)</source>
        <translation>&amp;Участники (%1 из %2)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>%1, at the limit</source>
        <translation>%1, предел достигнут</translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation>Доступность: %1</translation>
    </message>
    <message>
        <source>Routing gives new tickets to online agents only</source>
        <translation>Распределение назначает новые обращения только операторам в статусе «В сети»</translation>
    </message>
    <message>
        <source>Limit of open tickets of %1</source>
        <translation>Предел открытых обращений: %1</translation>
    </message>
    <message>
        <source>Routing passes over the agent at this many open tickets; 0 means no limit</source>
        <translation>Распределение пропускает оператора, когда у него столько открытых обращений; 0 — без предела</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без предела</translation>
    </message>
    <message>
        <source>The routing of %1</source>
        <translation>Распределение в группе %1</translation>
    </message>
    <message>
        <source>Adding %1 to %2</source>
        <translation>Добавление %1 в группу %2</translation>
    </message>
    <message>
        <source>Removing %1 from %2</source>
        <translation>Удаление %1 из группы %2</translation>
    </message>
    <message>
        <source>The availability of %1</source>
        <translation>Доступность оператора %1</translation>
    </message>
    <message>
        <source>The limit of open tickets of %1</source>
        <translation>Предел открытых обращений оператора %1</translation>
    </message>
    <message>
        <source>“%1” is not a limit for %2: enter the number of open tickets at which routing passes over the agent, or 0 for no limit.</source>
        <translation>«%1» — недопустимый предел для %2: введите число открытых обращений, при котором распределение пропускает оператора, или 0 — без предела.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 It is kept as set; choose Retry to save it.</source>
        <translation>%1 — не сохранено: %2 Значение оставлено как задано; нажмите «Повторить», чтобы сохранить его.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 — не изменено: %2</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;try %Ln unsaved change(s)</source>
        <translation>
            <numerusform>&amp;Повторить: %Ln несохранённое изменение</numerusform>
            <numerusform>&amp;Повторить: %Ln несохранённых изменения</numerusform>
            <numerusform>&amp;Повторить: %Ln несохранённых изменений</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Reopen period in days</source>
        <translation>Срок повторного открытия в днях</translation>
    </message>
    <message>
        <source>A customer&apos;s message within this period after the resolution reopens the ticket; later, it opens a new linked ticket.</source>
        <translation>Сообщение клиента, полученное в течение этого срока после решения, открывает обращение повторно; более позднее создаёт новое связанное обращение.</translation>
    </message>
    <message>
        <source>Acknowledge new tickets with the promised answer time</source>
        <translation>Подтверждать получение новых обращений с обещанным временем ответа</translation>
    </message>
    <message>
        <source>Every new ticket except phone calls gets the “acknowledgement” template in the customer&apos;s language.</source>
        <translation>На каждое новое обращение, кроме телефонных звонков, отправляется шаблон ответа «acknowledgement» на языке клиента.</translation>
    </message>
    <message>
        <source>Reopen on a customer&apos;s reply within</source>
        <translation>Открывать повторно при ответе клиента в течение</translation>
    </message>
</context>
<context>
    <name>Switchboard::TemplatePicker</name>
    <message>
        <source>Insert template</source>
        <translation>Вставить шаблон</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <source>Search templates by name, category or text</source>
        <translation>Поиск шаблонов по названию, категории или тексту</translation>
    </message>
    <message>
        <source>Up and Down choose a template, Enter inserts it, Esc closes.</source>
        <translation>Up и Down — выбрать шаблон, Enter — вставить, Esc — закрыть.</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Язык шаблона</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Не удалось прочитать шаблоны: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 templates; type more to narrow the list.</source>
        <translation>Показаны первые %1 шаблонов; уточните запрос, чтобы сузить список.</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>Нет шаблонов, подходящих под «%1».</translation>
    </message>
    <message>
        <source>No template in this language matches “%1”; try Any language.</source>
        <translation>Нет шаблонов на этом языке, подходящих под «%1»; попробуйте «Любой язык».</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Шаблонов пока нет.</translation>
    </message>
    <message>
        <source>There are no templates in this language yet.</source>
        <translation>Шаблонов на этом языке пока нет.</translation>
    </message>
</context>
<context>
    <name>Switchboard::TemplateSettingsPage</name>
    <message>
        <source>Reply template settings</source>
        <translation>Настройки шаблонов ответов</translation>
    </message>
    <message>
        <source>Canned replies agents insert with Ctrl+T or “/”. A template has one text per language; the reply uses the customer&apos;s.</source>
        <translation>Готовые ответы, которые операторы вставляют сочетанием Ctrl+T или символом «/». У шаблона по одному тексту на каждый язык; в ответ попадает текст на языке клиента.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the changes to this template</source>
        <translation>Отменить изменения в этом шаблоне</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <source>Search name, category or text (%1)</source>
        <translation>Поиск по названию, категории или тексту (%1)</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Показать категорию</translation>
    </message>
    <message>
        <source>Show the templates of one category</source>
        <translation>Показать шаблоны одной категории</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>Start a new template</source>
        <translation>Создать новый шаблон</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Start a new template from a copy of the selected one, every language included</source>
        <translation>Создать новый шаблон как копию выбранного, со всеми языками</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New tickets are acknowledged with this template. Its texts can be reworded; its name and languages stay.</source>
        <translation>Этим шаблоном подтверждается получение новых обращений. Его тексты можно переформулировать, а название и языки не меняются.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Название шаблона</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Groups templates in this list; pick one or type a new one</source>
        <translation>Группирует шаблоны в этом списке; выберите категорию или введите новую</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Add language</source>
        <translation>Добавить &amp;язык</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>Write this template in one more language</source>
        <translation>Написать этот шаблон ещё на одном языке</translation>
    </message>
    <message>
        <source>Remove lan&amp;guage</source>
        <translation>Уда&amp;лить язык</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Languages of the template</source>
        <translation>Языки шаблона</translation>
    </message>
    <message>
        <source>Reply text in %1</source>
        <translation>Текст ответа (%1)</translation>
    </message>
    <message>
        <source>The reply as the customer reads it; {{customer.name}} and the other placeholders are filled in when it is inserted.</source>
        <translation>Ответ в том виде, в каком его прочтёт клиент; {{customer.name}} и другие переменные заполняются при вставке.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Вставить &amp;переменную</translation>
    </message>
    <message>
        <source>Insert placeholder into the %1 text</source>
        <translation>Вставить переменную в текст (%1)</translation>
    </message>
    <message>
        <source>Insert a value filled in for each ticket at the cursor</source>
        <translation>Вставить в позицию курсора значение, которое заполняется для каждого обращения</translation>
    </message>
    <message>
        <source>Preview for %1, ticket #%2, due in one hour</source>
        <translation>Предпросмотр для клиента %1, обращение #%2, срок через час</translation>
    </message>
    <message>
        <source>Preview of the %1 text</source>
        <translation>Предпросмотр текста (%1)</translation>
    </message>
    <message>
        <source>The templates cannot be read: %1</source>
        <translation>Не удаётся прочитать шаблоны: %1</translation>
    </message>
    <message>
        <source>No templates yet. Start one with New.</source>
        <translation>Шаблонов пока нет. Создайте шаблон кнопкой «Создать».</translation>
    </message>
    <message>
        <source>No template matches. Clear the search or choose another category.</source>
        <translation>Нет подходящих шаблонов. Очистите поиск или выберите другую категорию.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>New tickets are acknowledged with the template of this name, so it cannot be renamed. Duplicate it to start a similar template.</source>
        <translation>Шаблоном с этим названием подтверждается получение новых обращений, поэтому его нельзя переименовать. Чтобы создать похожий шаблон, продублируйте этот.</translation>
    </message>
    <message>
        <source>Agents find the template by this name; each language variant shares it</source>
        <translation>Операторы находят шаблон по этому названию; оно общее для всех языковых вариантов</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Укажите название шаблона.</translation>
    </message>
    <message>
        <source>Add at least one language.</source>
        <translation>Добавьте хотя бы один язык.</translation>
    </message>
    <message>
        <source>Write the reply, or remove this language.</source>
        <translation>Напишите ответ или удалите этот язык.</translation>
    </message>
    <message>
        <source>New tickets are acknowledged in the customer&apos;s language, so this template keeps every language it has.</source>
        <translation>Получение новых обращений подтверждается на языке клиента, поэтому из этого шаблона нельзя удалить ни один язык.</translation>
    </message>
    <message>
        <source>Remove the language shown from this template; saved when you save</source>
        <translation>Удалить показанный язык из этого шаблона; изменение сохранится вместе с шаблоном</translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить</translation>
    </message>
    <message>
        <source>Store this template in every language shown (%1)</source>
        <translation>Сохранить этот шаблон на всех показанных языках (%1)</translation>
    </message>
    <message>
        <source>New tickets are acknowledged with this template, so it cannot be deleted. Its texts can be reworded.</source>
        <translation>Этим шаблоном подтверждается получение новых обращений, поэтому его нельзя удалить. Его тексты можно переформулировать.</translation>
    </message>
    <message>
        <source>Delete the selected template in every language</source>
        <translation>Удалить выбранный шаблон на всех языках</translation>
    </message>
    <message>
        <source>New template, not saved yet</source>
        <translation>Новый шаблон, ещё не сохранён</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message numerus="yes">
        <source>Unknown placeholder(s) %1: the customer would see them as written. Choose from Insert placeholder.</source>
        <translation>
            <numerusform>Неизвестная переменная %1: клиент увидит её как есть. Выберите переменную в меню «Вставить переменную».</numerusform>
            <numerusform>Неизвестные переменные %1: клиент увидит их как есть. Выберите переменные в меню «Вставить переменную».</numerusform>
            <numerusform>Неизвестные переменные %1: клиент увидит их как есть. Выберите переменные в меню «Вставить переменную».</numerusform>
        </translation>
    </message>
    <message>
        <source>it was deleted meanwhile</source>
        <translation>тем временем он был удалён</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: %2</source>
        <translation>Не удаётся показать «%1»: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <source>used %Ln×</source>
        <translation>
            <numerusform>использован %Ln раз</numerusform>
            <numerusform>использован %Ln раза</numerusform>
            <numerusform>использован %Ln раз</numerusform>
        </translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation>новый, не сохранён</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>изменён, не сохранён</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>The template “%1” was not saved.</source>
        <translation>Шаблон «%1» не сохранён.</translation>
    </message>
    <message>
        <source>another template is named “%1” (%2): choose another name, or add the language to that template</source>
        <translation>уже есть другой шаблон с названием «%1» (%2): выберите другое название или добавьте язык в тот шаблон</translation>
    </message>
    <message>
        <source>the database could not start a transaction</source>
        <translation>базе данных не удалось начать транзакцию</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Шаблон «%1» сохранён.</translation>
    </message>
    <message>
        <source>“%1” is not deleted: new tickets are acknowledged with it.</source>
        <translation>Шаблон «%1» не удалён: им подтверждается получение новых обращений.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <source>Delete the template “%1” in every language (%2)?</source>
        <translation>Удалить шаблон «%1» на всех языках (%2)?</translation>
    </message>
    <message>
        <source>Agents can no longer insert it.</source>
        <translation>Операторы больше не смогут его вставлять.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Шаблон «%1» удалён.</translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketPane</name>
    <message>
        <source>Select a ticket to see its conversation</source>
        <translation>Выберите обращение, чтобы увидеть переписку</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be shown: %2</source>
        <translation>Не удаётся показать обращение #%1: %2</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
    <message numerus="yes">
        <source>Conversation (%n message(s))</source>
        <translation>
            <numerusform>Переписка (%n сообщение)</numerusform>
            <numerusform>Переписка (%n сообщения)</numerusform>
            <numerusform>Переписка (%n сообщений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <source>Take this ticket (A in the queue)</source>
        <translation>Взять обращение в работу (A в очереди)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Show the ticket as it is now; your draft stays</source>
        <translation>Показать обращение в текущем состоянии; ваш черновик сохранится</translation>
    </message>
    <message>
        <source>Read-only: start Switchboard with --agent LOGIN to reply and change tickets.</source>
        <translation>Только чтение: чтобы отвечать и изменять обращения, запустите Switchboard с параметром --agent LOGIN.</translation>
    </message>
    <message>
        <source>Someone else got there first: %1. Your draft is kept.</source>
        <translation>Кто-то успел раньше: %1. Ваш черновик сохранён.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Не сохранено: %1.</translation>
    </message>
    <message>
        <source>Check the inserted text: nothing to fill in for %1.</source>
        <translation>Проверьте вставленный текст: нечего подставить для %1.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>без группы</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <source>Comma-separated tags; Enter saves</source>
        <translation>Метки через запятую; Enter сохраняет</translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketQueueModel</name>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source>Priority 1: highest</source>
        <translation>Приоритет 1: наивысший</translation>
    </message>
    <message>
        <source>Priority 4: lowest</source>
        <translation>Приоритет 4: самый низкий</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Приоритет %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создано %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <source>Time since the ticket was created</source>
        <translation>Время с момента создания обращения</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>age in minutes</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>age in hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>age in days</comment>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>paused, %1</source>
        <translation>приостановлено, %1</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Business time left to the nearest SLA deadline; sorted, overdue tickets come first</source>
        <translation>Оставшееся рабочее время до ближайшего срока SLA; при сортировке просроченные обращения идут первыми</translation>
    </message>
    <message>
        <source>No SLA policy measures this ticket</source>
        <translation>Это обращение не отслеживается ни одной политикой SLA</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due %1 (limit)</source>
        <translation>Срок %1 (предел)</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>Приостановлено на %1</translation>
    </message>
    <message>
        <source>Business hours of %1</source>
        <translation>Рабочее время по календарю %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketRatingView</name>
    <message>
        <source>Customer rating</source>
        <translation>Оценка клиента</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Enter &amp;rating…</source>
        <translation>&amp;Ввести оценку…</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Комментарий клиента</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>reaction %1</source>
        <translation>реакция %1</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>качество %1</translation>
    </message>
    <message>
        <source>effectiveness %1</source>
        <translation>эффективность %1</translation>
    </message>
    <message>
        <source>communication %1</source>
        <translation>общение %1</translation>
    </message>
    <message>
        <source>reaction time %1</source>
        <translation>скорость реакции %1</translation>
    </message>
    <message>
        <source>quality of service %1</source>
        <translation>качество обслуживания %1</translation>
    </message>
    <message>
        <source>effectiveness of the solution %1</source>
        <translation>эффективность решения %1</translation>
    </message>
    <message>
        <source>Rated %1 out of 5</source>
        <translation>Оценка: %1 из 5</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The rating cannot be shown: %1</source>
        <translation>Не удаётся показать оценку: %1</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Оценки пока нет</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>customer survey</source>
        <translation>опрос клиента</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирована</translation>
    </message>
    <message>
        <source>entered by an operator</source>
        <translation>введена оператором</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>Кем введена: %1</translation>
    </message>
    <message>
        <source>Change &amp;rating…</source>
        <translation>&amp;Изменить оценку…</translation>
    </message>
    <message>
        <source>Change the rating</source>
        <translation>Изменить оценку</translation>
    </message>
    <message>
        <source>Enter a rating</source>
        <translation>Ввести оценку</translation>
    </message>
    <message>
        <source>Read-only: no agent is signed in</source>
        <translation>Только чтение: оператор не вошёл в систему</translation>
    </message>
    <message>
        <source>A rating can be entered once the ticket is resolved</source>
        <translation>Оценку можно ввести, когда обращение будет решено</translation>
    </message>
    <message>
        <source>Enter what the customer said about the solution</source>
        <translation>Введите, как клиент оценил решение</translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketSlaView</name>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>SLA timeline</source>
        <translation>Хронология SLA</translation>
    </message>
    <message>
        <source>The SLA cannot be shown: %1</source>
        <translation>Не удаётся показать SLA: %1</translation>
    </message>
    <message>
        <source>No SLA policy applies to this ticket</source>
        <translation>К этому обращению не применяется ни одна политика SLA</translation>
    </message>
    <message>
        <source>The SLA cannot be shown: calendar %1 is missing</source>
        <translation>Не удаётся показать SLA: нет календаря %1</translation>
    </message>
    <message>
        <source>The clock pauses while the ticket is pending.</source>
        <translation>Отсчёт приостанавливается, пока обращение ожидает клиента.</translation>
    </message>
    <message>
        <source>The clock pauses while the ticket is pending or on hold.</source>
        <translation>Отсчёт приостанавливается, пока обращение ожидает клиента или отложено.</translation>
    </message>
    <message>
        <source>Policy %1 no longer exists; its SLA is shown as it was measured.</source>
        <translation>Политики %1 больше нет; SLA показан в том виде, в каком был рассчитан.</translation>
    </message>
    <message>
        <source>Calendar %1: the clock runs around the clock, every day.</source>
        <translation>Календарь %1: отсчёт идёт круглосуточно, без выходных.</translation>
    </message>
    <message>
        <source>Business hours of %1 (%2).</source>
        <translation>Рабочее время по календарю %1 (%2).</translation>
    </message>
    <message>
        <source>Business hours of %1 (%2); holidays excluded.</source>
        <translation>Рабочее время по календарю %1 (%2), без учёта праздников.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>предел %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>breached %1</source>
        <translation>нарушено %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>за %1</translation>
    </message>
    <message>
        <source>met %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>приостановлено на %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>цикл %1</translation>
    </message>
    <message>
        <source>Target: %1 business time</source>
        <translation>Целевой срок: %1 рабочего времени</translation>
    </message>
    <message>
        <source>Target: goal %1, limit %2 business time</source>
        <translation>Целевой срок: цель %1, предел %2 рабочего времени</translation>
    </message>
    <message>
        <source>Starts with the customer&apos;s next message after a reply.</source>
        <translation>Начинается со следующего сообщения клиента после ответа.</translation>
    </message>
    <message>
        <source>Running · %1</source>
        <translation>Отсчёт идёт · %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Отсчёт идёт</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>Приостановлено · %1</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>Остановлено · %1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>period: what, from, until</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>period: what, since when</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>period: what, since when</comment>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>Show only the latest periods</source>
        <translation>Показать только последние периоды</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier period(s)</source>
        <translation>
            <numerusform>Показать %n предыдущий период</numerusform>
            <numerusform>Показать %n предыдущих периода</numerusform>
            <numerusform>Показать %n предыдущих периодов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TimeInStatusChart</name>
    <message>
        <source>Time in status — bottleneck: %1</source>
        <translation>Время на этапе — узкое место: %1</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Время на этапе</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 on average over %Ln resolved ticket(s)</source>
        <translation>
            <numerusform>%1: в среднем %2 по %Ln решённому обращению</numerusform>
            <numerusform>%1: в среднем %2 по %Ln решённым обращениям</numerusform>
            <numerusform>%1: в среднем %2 по %Ln решённым обращениям</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was resolved in the period.</source>
        <translation>За период не решено ни одного обращения.</translation>
    </message>
    <message>
        <source>Mean time per resolved ticket</source>
        <translation>Среднее время на решённое обращение</translation>
    </message>
    <message>
        <source>%1 (bottleneck)</source>
        <translation>%1 (узкое место)</translation>
    </message>
    <message>
        <source>@value min</source>
        <translation>@value мин</translation>
    </message>
    <message>
        <source>@value h</source>
        <translation>@value ч</translation>
    </message>
    <message>
        <source>minutes per ticket, mean</source>
        <translation>минут на обращение, в среднем</translation>
    </message>
    <message>
        <source>hours per ticket, mean</source>
        <translation>часов на обращение, в среднем</translation>
    </message>
    <message>
        <source>Where the tickets resolved in the period spent their time, from creation to resolution: the mean per ticket in each working status.</source>
        <translation>На что ушло время обращений, решённых за период, от создания до решения: среднее на обращение в каждом рабочем статусе.</translation>
    </message>
</context>
<context>
    <name>Switchboard::VolumeHeatmap</name>
    <message>
        <source>Tickets created by weekday and hour</source>
        <translation>Создано обращений по дням недели и часам</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln ticket(s)</source>
        <comment>weekday, hours: count</comment>
        <translation>
            <numerusform>%1, %2: %Ln обращение</numerusform>
            <numerusform>%1, %2: %Ln обращения</numerusform>
            <numerusform>%1, %2: %Ln обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>summed over the period, %Ln ticket(s) in all · %1</source>
        <translation>
            <numerusform>сумма за период, всего %Ln обращение · %1</numerusform>
            <numerusform>сумма за период, всего %Ln обращения · %1</numerusform>
            <numerusform>сумма за период, всего %Ln обращений · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Current cell: %1. Busiest: %2.</source>
        <translation>Текущая ячейка: %1. Пик: %2.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>agents needed/available in a heatmap cell</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Arrivals: %1 per hour</source>
        <comment>tickets created per hour of this slot</comment>
        <translation>Поступление: %1 в час</translation>
    </message>
    <message>
        <source>Agents needed: %1 (Erlang C)</source>
        <translation>Нужно операторов: %1 (формула Эрланга C)</translation>
    </message>
    <message>
        <source>Agents available: %1 on average</source>
        <translation>Доступно операторов: в среднем %1</translation>
    </message>
    <message>
        <source>Fewer agents available than needed</source>
        <translation>Доступно меньше операторов, чем нужно</translation>
    </message>
    <message>
        <source>under the count: agents needed/available (Erlang C, %1 % answered within %2 min); framed: fewer available than needed</source>
        <translation>под числом: нужно/доступно операторов (формула Эрланга C, %1 % ответов в течение %2 мин); в рамке — доступно меньше, чем нужно</translation>
    </message>
</context>
<context>
    <name>Switchboard::WeeklyHoursEdit</name>
    <message>
        <source>Weekly hours</source>
        <translation>Расписание на неделю</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>24 × 7</source>
        <translation>24 × 7</translation>
    </message>
    <message>
        <source>Open all day, every day</source>
        <translation>Круглосуточно, без выходных</translation>
    </message>
    <message>
        <source>Monday to Friday 9 to 18</source>
        <translation>С понедельника по пятницу с 9 до 18</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a time of day</source>
        <translation>%1 — не время суток</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>%1 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 пересекается с %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>Closed all week</source>
        <translation>Закрыто всю неделю</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 в неделю</translation>
    </message>
    <message>
        <source>Open intervals such as 09:00–13:00, 14:00–18:00; 24:00 ends the day; empty means closed</source>
        <translation>Интервалы работы, например 09:00–13:00, 14:00–18:00; 24:00 — конец дня; пустое поле — выходной</translation>
    </message>
    <message>
        <source>Mon–Fri 09:00–18:00</source>
        <translation>Пн–Пт 09:00–18:00</translation>
    </message>
    <message>
        <source>Monday to Friday 09:00–18:00, closed at weekends</source>
        <translation>С понедельника по пятницу 09:00–18:00, в выходные закрыто</translation>
    </message>
    <message>
        <source>“%1” is not an interval such as 09:00–18:00</source>
        <translation>«%1» — не интервал вида 09:00–18:00</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkTimeView</name>
    <message>
        <source>Work time</source>
        <translation>Затраченное время</translation>
    </message>
    <message>
        <source>Add &amp;time…</source>
        <translation>&amp;Добавить время…</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Добавить время</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>The work time cannot be shown: %1</source>
        <translation>Не удаётся показать затраченное время: %1</translation>
    </message>
    <message>
        <source>The timer cannot be shown: %1</source>
        <translation>Не удаётся показать таймер: %1</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>пока не записано</translation>
    </message>
    <message>
        <source>Total work time: %1</source>
        <translation>Всего затрачено: %1</translation>
    </message>
    <message>
        <source>Total work time</source>
        <translation>Всего затрачено</translation>
    </message>
    <message>
        <source>&amp;Stop timer</source>
        <translation>О&amp;становить таймер</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Запустить таймер</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Остановить таймер</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Запустить таймер</translation>
    </message>
    <message>
        <source>Read-only: no agent is signed in</source>
        <translation>Только чтение: оператор не вошёл в систему</translation>
    </message>
    <message>
        <source>Stop the timer and record its time</source>
        <translation>Остановить таймер и записать время</translation>
    </message>
    <message>
        <source>Time your work on this ticket; the timer keeps running if Switchboard is closed</source>
        <translation>Засечь время работы над этим обращением; таймер продолжает идти, даже если Switchboard закрыт</translation>
    </message>
    <message>
        <source>Record time you spent on this ticket</source>
        <translation>Записать время, затраченное на это обращение</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущен в %1</translation>
    </message>
    <message>
        <source>Timer running: %1</source>
        <translation>Таймер идёт: %1</translation>
    </message>
    <message>
        <source>The timer did not start: %1</source>
        <translation>Таймер не запущен: %1</translation>
    </message>
    <message>
        <source>The timer did not stop: %1</source>
        <translation>Таймер не остановлен: %1</translation>
    </message>
    <message>
        <source>The timer had already been stopped elsewhere; its time is recorded there.</source>
        <translation>Таймер уже был остановлен в другом месте; время записано там.</translation>
    </message>
    <message>
        <source>The timer ran for less than a second; nothing was recorded.</source>
        <translation>Таймер проработал меньше секунды; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard could not restart.</source>
        <translation>Не удалось перезапустить Switchboard.</translation>
    </message>
</context>
</TS>
