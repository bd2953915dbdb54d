<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>operator, lead, trainer or admin (default operator).</source>
        <translation>operator、lead、trainer 或 admin（默认 operator）。</translation>
    </message>
    <message>
        <source>Comma-separated skills.</source>
        <translation>技能，以逗号分隔。</translation>
    </message>
    <message>
        <source>Comma-separated languages: ru, zh, en.</source>
        <translation>语言，以逗号分隔：ru、zh、en。</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>邮件地址。</translation>
    </message>
    <message>
        <source>Print the new agent as JSON.</source>
        <translation>以 JSON 格式输出新客服。</translation>
    </message>
    <message>
        <source>agent add needs --name</source>
        <translation>agent add 需要 --name</translation>
    </message>
    <message>
        <source>--role takes operator, lead, trainer or admin</source>
        <translation>--role 的取值为 operator、lead、trainer 或 admin</translation>
    </message>
    <message>
        <source>--languages takes ru, zh and en, not &apos;%1&apos;</source>
        <translation>--languages 的取值为 ru、zh 和 en，而不是“%1”</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>create or migrate the database, print its path and schema version</source>
        <translation>创建或升级数据库，输出其路径和架构版本</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init 不接受参数</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>架构版本：%1</translation>
    </message>
    <message>
        <source>backup of the previous version: %1</source>
        <translation>上一版本的备份：%1</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 conflict, 4 not found, 5 bad input data (nothing was written).</source>
        <translation>
退出码：0 成功，1 运行失败，2 用法错误，3 冲突，4 未找到，5 输入数据无效（未写入任何内容）。</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db 需要一个路径</translation>
    </message>
    <message>
        <source>--log-level takes trace, debug, info, warn or error</source>
        <translation>--log-level 的取值为 trace、debug、info、warn 或 error</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (try --help)</source>
        <translation>未知选项“%1”（请尝试 --help）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>未知命令“%1”（请尝试 --help）</translation>
    </message>
    <message>
        <source>Ticket number.</source>
        <translation>工单编号。</translation>
    </message>
    <message>
        <source>unknown ticket command &apos;%1&apos; (try ticket --help)</source>
        <translation>未知工单命令“%1”（请尝试 ticket --help）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number</source>
        <translation>“%1”不是工单编号</translation>
    </message>
    <message>
        <source>status: %1   priority: P%2   type: %3   channel: %4</source>
        <translation>状态：%1   优先级：P%2   类型：%3   渠道：%4</translation>
    </message>
    <message>
        <source>requester: %1 &lt;%2&gt;</source>
        <translation>提交人：%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>assignee: %1   group: %2</source>
        <translation>处理人：%1   组：%2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>created: %1   first response: %2   resolved: %3   closed: %4</source>
        <translation>创建：%1   首次响应：%2   解决：%3   关闭：%4</translation>
    </message>
    <message>
        <source>version: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation>对话：</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, max %3 ms (%4 queries)</source>
        <translation>p50 %1 毫秒，p95 %2 毫秒，最大 %3 毫秒（%4 次查询）</translation>
    </message>
    <message>
        <source>build a synthetic data set (--tickets N) and print performance figures</source>
        <translation>生成合成数据集（--tickets N）并输出性能指标</translation>
    </message>
    <message>
        <source>Number of tickets (default 1000000).</source>
        <translation>工单数量（默认 1000000）。</translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation>以一个 JSON 对象输出指标。</translation>
    </message>
    <message>
        <source>bench takes no arguments</source>
        <translation>bench 不接受参数</translation>
    </message>
    <message>
        <source>--tickets takes a whole number from 1 to 100000000</source>
        <translation>--tickets 的取值为 1 到 100000000 的整数</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <source>tickets:                 %1 (%2 messages, %3 events, %4 MB)</source>
        <translation>工单：                   %1（%2 条消息，%3 个事件，%4 MB）</translation>
    </message>
    <message>
        <source>generation:              %1 s, %2 tickets/s</source>
        <translation>生成：                   %1 秒，%2 个工单/秒</translation>
    </message>
    <message>
        <source>open database:           %1 ms</source>
        <translation>打开数据库：             %1 毫秒</translation>
    </message>
    <message>
        <source>first queue page:        %1 ms</source>
        <translation>队列首页：               %1 毫秒</translation>
    </message>
    <message>
        <source>sort, open queue:        %1</source>
        <translation>排序，未关闭队列：       %1</translation>
    </message>
    <message>
        <source>sort, all tickets:       %1</source>
        <translation>排序，全部工单：         %1</translation>
    </message>
    <message>
        <source>filter, all tickets:     %1</source>
        <translation>筛选，全部工单：         %1</translation>
    </message>
    <message>
        <source>filter, open queue:      %1</source>
        <translation>筛选，未关闭队列：       %1</translation>
    </message>
    <message>
        <source>fill the database with realistic, reproducible demo data</source>
        <translation>用真实、可复现的演示数据填充数据库</translation>
    </message>
    <message>
        <source>Number of tickets (default %1).</source>
        <translation>工单数量（默认 %1）。</translation>
    </message>
    <message>
        <source>Number of agents (default %1).</source>
        <translation>客服数量（默认 %1）。</translation>
    </message>
    <message>
        <source>Days of history ending now (default %1).</source>
        <translation>截至现在的历史天数（默认 %1）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed and --now give the same data (default %1).</source>
        <translation>随机种子；相同的种子和 --now 生成相同的数据（默认 %1）。</translation>
    </message>
    <message>
        <source>End of the data as ISO-8601 with offset (default: the current time).</source>
        <translation>数据的结束时间，ISO-8601 格式并带时区偏移（默认：当前时间）。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>以 JSON 格式输出摘要。</translation>
    </message>
    <message>
        <source>Arrivals follow a weekday/hour curve in Europe/Moscow time with a three-day promotion spike; everything is written in one transaction.
A database that already has tickets is refused with exit code 3 (conflict), so demo data is never mixed with real data.</source>
        <translation>工单到达按 Europe/Moscow 时间的星期/小时曲线分布，并有三天的促销高峰；所有数据在一个事务中写入。
已有工单的数据库会被拒绝，退出码为 3（冲突），因此演示数据不会与真实数据混在一起。</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo 不接受参数</translation>
    </message>
    <message>
        <source>--tickets takes a whole number from 0 to 100000000</source>
        <translation>--tickets 的取值为 0 到 100000000 的整数</translation>
    </message>
    <message>
        <source>--agents takes a whole number from 1 to 10000</source>
        <translation>--agents 的取值为 1 到 10000 的整数</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 3650</source>
        <translation>--days 的取值为 1 到 3650 的整数</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation>--seed 的取值为非负整数</translation>
    </message>
    <message>
        <source>--now takes an ISO-8601 time with an offset, e.g. 2026-03-02T09:15:00+03:00</source>
        <translation>--now 的取值为带时区偏移的 ISO-8601 时间，例如 2026-03-02T09:15:00+03:00</translation>
    </message>
    <message>
        <source>generating demo data</source>
        <translation>正在生成演示数据</translation>
    </message>
    <message>
        <source>created %1 tickets, %2 messages, %3 events, %4 agents in %5 s</source>
        <translation>已创建 %1 个工单、%2 条消息、%3 个事件、%4 名客服，用时 %5 秒</translation>
    </message>
    <message>
        <source>calendar arithmetic:     %1 operations/s (builtin:ru, add and elapsed)</source>
        <translation>日历运算：               %1 次/秒（builtin:ru，add 和 elapsed）</translation>
    </message>
    <message>
        <source>Only articles in ru, zh or en.</source>
        <translation>仅限 ru、zh 或 en 语言的文章。</translation>
    </message>
    <message>
        <source>Only draft, published or archived articles.</source>
        <translation>仅限草稿、已发布或已归档的文章。</translation>
    </message>
    <message>
        <source>At most N results (default 10).</source>
        <translation>最多 N 条结果（默认 10）。</translation>
    </message>
    <message>
        <source>Print the results as a JSON array.</source>
        <translation>以 JSON 数组输出结果。</translation>
    </message>
    <message>
        <source>--lang takes ru, zh or en</source>
        <translation>--lang 的取值为 ru、zh 或 en</translation>
    </message>
    <message>
        <source>--status takes draft, published or archived</source>
        <translation>--status 的取值为 draft、published 或 archived</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit 的取值为正整数</translation>
    </message>
    <message>
        <source>sla add | elapsed: business-time arithmetic on a calendar</source>
        <translation>sla add | elapsed：按工作日历计算工作时间</translation>
    </message>
    <message>
        <source>add: the instant N business minutes after --start; elapsed: whole business minutes from --start to --end (0 if --end is not later).</source>
        <translation>add：--start 之后 N 个工作分钟的时刻；elapsed：从 --start 到 --end 的完整工作分钟数（--end 不晚于 --start 时为 0）。</translation>
    </message>
    <message>
        <source>A calendar file (JSON, see the Calendars section of the CLI guide) or builtin:NAME (%1).</source>
        <translation>日历文件（JSON，见命令行指南的 Calendars 一节）或 builtin:NAME（%1）。</translation>
    </message>
    <message>
        <source>ISO-8601 instant with an offset or Z.</source>
        <translation>带时区偏移或 Z 的 ISO-8601 时刻。</translation>
    </message>
    <message>
        <source>elapsed: ISO-8601 instant with an offset or Z.</source>
        <translation>elapsed：带时区偏移或 Z 的 ISO-8601 时刻。</translation>
    </message>
    <message>
        <source>add: business minutes, 0 or more.</source>
        <translation>add：工作分钟数，0 或更多。</translation>
    </message>
    <message>
        <source>add: close (default) gives a closing time when the minutes run out exactly there; next-open gives the next opening instead, also for 0 minutes outside open hours.</source>
        <translation>add：close（默认）在分钟数恰好用完于下班时刻时给出该下班时刻；next-open 则给出下一个上班时刻，在非工作时间加 0 分钟时也是如此。</translation>
    </message>
    <message>
        <source>Print the result as a JSON object.</source>
        <translation>以 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>usage: sla add --calendar CAL --start TIME --minutes N [--boundary close|next-open] | sla elapsed --calendar CAL --start TIME --end TIME</source>
        <translation>用法：sla add --calendar CAL --start TIME --minutes N [--boundary close|next-open] | sla elapsed --calendar CAL --start TIME --end TIME</translation>
    </message>
    <message>
        <source>sla %1 needs --calendar</source>
        <translation>sla %1 需要 --calendar</translation>
    </message>
    <message>
        <source>sla %1 needs --start</source>
        <translation>sla %1 需要 --start</translation>
    </message>
    <message>
        <source>sla add takes --minutes, not --end</source>
        <translation>sla add 使用 --minutes，而不是 --end</translation>
    </message>
    <message>
        <source>sla add needs --minutes</source>
        <translation>sla add 需要 --minutes</translation>
    </message>
    <message>
        <source>--minutes takes a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--minutes 的取值为 0 到 %1 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--boundary takes close or next-open, not &apos;%1&apos;</source>
        <translation>--boundary 的取值为 close 或 next-open，而不是“%1”</translation>
    </message>
    <message>
        <source>sla elapsed takes --end, not --minutes or --boundary</source>
        <translation>sla elapsed 使用 --end，而不是 --minutes 或 --boundary</translation>
    </message>
    <message>
        <source>sla elapsed needs --end</source>
        <translation>sla elapsed 需要 --end</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 instant with an offset or Z, such as 2026-03-02T09:15:00+03:00</source>
        <translation>“%1”不是带时区偏移或 Z 的 ISO-8601 时刻，例如 2026-03-02T09:15:00+03:00</translation>
    </message>
    <message>
        <source>kb search QUERY | import DIR | export DIR: the knowledge base</source>
        <translation>kb search QUERY | import DIR | export DIR：知识库</translation>
    </message>
    <message>
        <source>Search articles, best match first; import or export Markdown files.</source>
        <translation>搜索文章（最佳匹配在前）；导入或导出 Markdown 文件。</translation>
    </message>
    <message>
        <source>Words to look for, in any language; or the folder of .md files.</source>
        <translation>要查找的词语（任何语言），或 .md 文件所在的文件夹。</translation>
    </message>
    <message>
        <source>Only articles in this category (such as Hardware/Printers) or below it.</source>
        <translation>仅限此分类（例如 Hardware/Printers）及其子分类中的文章。</translation>
    </message>
    <message>
        <source>Only articles with this tag.</source>
        <translation>仅限带有此标签的文章。</translation>
    </message>
    <message>
        <source>import: check and count, write nothing.</source>
        <translation>import：仅检查并计数，不写入任何内容。</translation>
    </message>
    <message>
        <source>usage: kb search QUERY [--lang ru|zh|en] [--category PATH] [--tag TAG] [--limit N] [--json] | kb import DIR [--dry-run] | kb export DIR</source>
        <translation>用法：kb search QUERY [--lang ru|zh|en] [--category PATH] [--tag TAG] [--limit N] [--json] | kb import DIR [--dry-run] | kb export DIR</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
    <message>
        <source>imported %1 articles (%2 created, %3 updated)</source>
        <translation>已导入 %1 篇文章（新建 %2 篇，更新 %3 篇）</translation>
    </message>
    <message>
        <source>%1; dry run, nothing written</source>
        <translation>%1；试运行，未写入任何内容</translation>
    </message>
    <message>
        <source>exported %1 articles</source>
        <translation>已导出 %1 篇文章</translation>
    </message>
    <message>
        <source>SLA, first computation:  %1 ms for %2 tickets</source>
        <translation>SLA 首次计算：           %1 毫秒，%2 个工单</translation>
    </message>
    <message>
        <source>SLA, policy change:      %1 ms for the newest %2 tickets (%3 changed)</source>
        <translation>SLA 策略变更：           %1 毫秒，最新的 %2 个工单（%3 个有变化）</translation>
    </message>
    <message>
        <source>SLA monitor start-up:    %1 ms</source>
        <translation>SLA 监控启动：           %1 毫秒</translation>
    </message>
    <message>
        <source>export tickets FILE: one row per ticket, CSV or JSON Lines</source>
        <translation>export tickets FILE：每个工单一行，CSV 或 JSON Lines</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>要导出的内容。</translation>
    </message>
    <message>
        <source>The file to write: JSON Lines if it ends in .jsonl or .ndjson, else CSV.</source>
        <translation>要写入的文件：文件名以 .jsonl 或 .ndjson 结尾时为 JSON Lines，否则为 CSV。</translation>
    </message>
    <message>
        <source>Only tickets created on or after DATE (YYYY-MM-DD, local) or an ISO-8601 time with offset.</source>
        <translation>仅限在 DATE（YYYY-MM-DD，本地时间）当天或之后创建的工单，也可指定带时区偏移的 ISO-8601 时间。</translation>
    </message>
    <message>
        <source>Only tickets created before the end of DATE, or before the time given.</source>
        <translation>仅限在 DATE 当天结束前或指定时间之前创建的工单。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Exports tickets one row each, with the field names of import mappings: import tickets FILE --format csv (or jsonl) reads the file back.</source>
        <translation>逐行导出工单，每个工单一行，字段名与导入映射一致：import tickets FILE --format csv（或 jsonl）可将该文件重新读入。</translation>
    </message>
    <message>
        <source>usage: export tickets FILE [--from DATE] [--to DATE] [--json]</source>
        <translation>用法：export tickets FILE [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message>
        <source>--from takes a date (2026-03-01) or a time with offset</source>
        <translation>--from 的取值为日期（2026-03-01）或带时区偏移的时间</translation>
    </message>
    <message>
        <source>--to takes a date (2026-03-31) or a time with offset</source>
        <translation>--to 的取值为日期（2026-03-31）或带时区偏移的时间</translation>
    </message>
    <message>
        <source>exported %1 tickets to %2</source>
        <translation>已将 %1 个工单导出到 %2</translation>
    </message>
    <message>
        <source>import tickets FILE: tickets from a CSV or JSON Lines export</source>
        <translation>import tickets FILE：从 CSV 或 JSON Lines 导出文件导入工单</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>要导入的内容。</translation>
    </message>
    <message>
        <source>A CSV or JSON Lines file, optionally gzip-compressed (.gz).</source>
        <translation>CSV 或 JSON Lines 文件，可用 gzip 压缩（.gz）。</translation>
    </message>
    <message>
        <source>servicenow or helpdesk (the built-in mappings of those exports), csv or jsonl (what export tickets writes); default: csv or jsonl by the file name.</source>
        <translation>servicenow 或 helpdesk（这些系统导出文件的内置映射），csv 或 jsonl（export tickets 写出的格式）；默认：根据文件名选择 csv 或 jsonl。</translation>
    </message>
    <message>
        <source>A JSON mapping of columns to ticket fields (--inspect drafts one).</source>
        <translation>列到工单字段的 JSON 映射（可用 --inspect 生成草稿）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (utf-8, utf-16le, windows-1251, koi8-r, gb18030 ...); default: detected.</source>
        <translation>文件编码（utf-8、utf-16le、windows-1251、koi8-r、gb18030 ...）；默认：自动检测。</translation>
    </message>
    <message>
        <source>Check the whole file and count, write nothing.</source>
        <translation>检查整个文件并计数，不写入任何内容。</translation>
    </message>
    <message>
        <source>Show the encoding, delimiter, columns with sample values, the row count and a draft mapping; import nothing.</source>
        <translation>显示编码、分隔符、各列及示例值、行数和映射草稿；不导入任何内容。</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <source>usage: import tickets FILE [--format servicenow|helpdesk|csv|jsonl] [--mapping FILE] [--encoding NAME] [--dry-run] [--inspect] [--json]</source>
        <translation>用法：import tickets FILE [--format servicenow|helpdesk|csv|jsonl] [--mapping FILE] [--encoding NAME] [--dry-run] [--inspect] [--json]</translation>
    </message>
    <message>
        <source>--format takes %1</source>
        <translation>--format 的取值为 %1</translation>
    </message>
    <message>
        <source>Imports tickets with their history from a help desk&apos;s export, all or nothing: any bad value stops the import with file:line and column, and nothing is written (exit code 5).
Event logs (several rows per ticket) become one ticket each, with status, assignee, group and priority changes as history events.
Importing the same file again adds nothing: tickets are found by their id in the source; changed ones are updated and missing history events added.</source>
        <translation>从客服系统的导出文件导入工单及其历史，要么全部导入，要么全部不导入：任何无效值都会终止导入并指出文件:行号和列，且不写入任何内容（退出码 5）。
事件日志（每个工单多行）中同一工单的多行会合并为一个工单，状态、处理人、组和优先级的变更成为历史事件。
再次导入同一文件不会新增任何内容：工单按其在来源中的 id 查找；已更改的工单会被更新，缺失的历史事件会被补上。</translation>
    </message>
    <message>
        <source>file:       %1%2</source>
        <translation>文件：      %1%2</translation>
    </message>
    <message>
        <source> (gzip)</source>
        <translation> （gzip）</translation>
    </message>
    <message>
        <source>encoding:   %1%2</source>
        <translation>编码：      %1%2</translation>
    </message>
    <message>
        <source> (as given)</source>
        <translation> （按指定）</translation>
    </message>
    <message>
        <source> (detected: %1)</source>
        <translation> （检测结果：%1）</translation>
    </message>
    <message>
        <source>format:     JSON Lines</source>
        <translation>格式：      JSON Lines</translation>
    </message>
    <message>
        <source>format:     CSV, delimiter &apos;%1&apos;</source>
        <translation>格式：      CSV，分隔符“%1”</translation>
    </message>
    <message>
        <source>rows:       %1</source>
        <translation>行数：      %1</translation>
    </message>
    <message>
        <source>rows:       about %1 (estimated from the first %2)</source>
        <translation>行数：      约 %1（根据前 %2 行估算）</translation>
    </message>
    <message>
        <source>columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>  [time: %1]</source>
        <translation>  [时间：%1]</translation>
    </message>
    <message>
        <source>
draft mapping (save it, edit it, import with --mapping FILE):</source>
        <translation>
映射草稿（保存并编辑后，使用 --mapping FILE 导入）：</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>writing tickets</source>
        <translation>正在写入工单</translation>
    </message>
    <message>
        <source>%1 tickets from %2 rows of %3 (%4): %5 new, %6 updated, %7 unchanged; %8 history events; new customers %9, agents %10, groups %11</source>
        <translation>%3（%4）的 %2 行中共 %1 个工单：新建 %5 个，更新 %6 个，未变 %7 个；历史事件 %8 个；新增客户 %9 个、客服 %10 名、组 %11 个</translation>
    </message>
    <message>
        <source>dry run, nothing written: %1</source>
        <translation>试运行，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>SLA: no policy applies</source>
        <translation>SLA：没有适用的策略</translation>
    </message>
    <message>
        <source>SLA: policy %1, calendar %2</source>
        <translation>SLA：策略 %1，日历 %2</translation>
    </message>
    <message>
        <source>, due %1, %2 business h:mm left</source>
        <translation>，截止 %1，剩余工作时间 %2（时:分）</translation>
    </message>
    <message>
        <source>, paused %1</source>
        <translation>，已暂停 %1</translation>
    </message>
    <message>
        <source>agent add LOGIN --name NAME: add an agent; agent set LOGIN: change availability or the limit of open tickets</source>
        <translation>agent add LOGIN --name NAME：添加客服；agent set LOGIN：更改在线状态或未完成工单上限</translation>
    </message>
    <message>
        <source>Add an agent, or change an agent&apos;s settings.</source>
        <translation>添加客服，或更改客服的设置。</translation>
    </message>
    <message>
        <source>Login of the agent.</source>
        <translation>客服的登录名。</translation>
    </message>
    <message>
        <source>add: make the agent a member of this group.</source>
        <translation>add：将客服加入此组。</translation>
    </message>
    <message>
        <source>Routing assigns no new ticket while the agent has this many open tickets (0: no limit).</source>
        <translation>客服的未完成工单达到此数量时，分派不再为其分配新工单（0：不设上限）。</translation>
    </message>
    <message>
        <source>set: online, away or offline; routing assigns to online agents only.</source>
        <translation>set：online、away 或 offline；分派只会将工单分配给 online 的客服。</translation>
    </message>
    <message>
        <source>--max-open takes a whole number, 0 for no limit, not &apos;%1&apos;</source>
        <translation>--max-open 的取值为整数（0 表示不设上限），而不是“%1”</translation>
    </message>
    <message>
        <source>agent set takes only --availability and --max-open</source>
        <translation>agent set 只接受 --availability 和 --max-open</translation>
    </message>
    <message>
        <source>usage: agent add LOGIN --name NAME | agent set LOGIN [--availability STATE] [--max-open N]</source>
        <translation>用法：agent add LOGIN --name NAME | agent set LOGIN [--availability STATE] [--max-open N]</translation>
    </message>
    <message>
        <source>--availability goes with agent set; a new agent is online</source>
        <translation>--availability 用于 agent set；新客服默认为 online</translation>
    </message>
    <message>
        <source>--availability takes online, away or offline, not &apos;%1&apos;</source>
        <translation>--availability 的取值为 online、away 或 offline，而不是“%1”</translation>
    </message>
    <message>
        <source>agent set needs --availability or --max-open</source>
        <translation>agent set 需要 --availability 或 --max-open</translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, max %3 ms (%4 writes)</source>
        <translation>p50 %1 毫秒，p95 %2 毫秒，最大 %3 毫秒（%4 次写入）</translation>
    </message>
    <message>
        <source>the change-propagation run did not finish</source>
        <translation>变更传播测试未完成</translation>
    </message>
    <message>
        <source>the change-propagation run failed</source>
        <translation>变更传播测试失败</translation>
    </message>
    <message>
        <source>another process&apos;s change was not seen within %1 s</source>
        <translation>在 %1 秒内未看到其他进程的更改</translation>
    </message>
    <message>
        <source>The data set is generated with the demo generator (seed 1) in a temporary folder that is deleted afterwards; --db is not used. Measures: generation rate, database open time, the first queue page, the first page of every sort order, filter-as-you-type latency, SLA recomputation, the latency of claims, replies and status changes, how soon this process sees another process&apos;s change, business-calendar operations per second and peak memory.</source>
        <translation>数据集由演示数据生成器（种子 1）在临时文件夹中生成，完成后删除该文件夹；不使用 --db。测量项：生成速度、数据库打开时间、队列首页、每种排序方式的首页、边输入边筛选的延迟、SLA 重新计算、领取、回复和状态变更的延迟、本进程多快能看到其他进程的更改、每秒工作日历运算次数以及内存峰值。</translation>
    </message>
    <message>
        <source>peak memory:             %1 MB (after the queries: %2 MB heap, %3 MB mapped database file)</source>
        <translation>内存峰值：               %1 MB（查询后：堆 %2 MB，映射的数据库文件 %3 MB）</translation>
    </message>
    <message>
        <source>claim:                   %1</source>
        <translation>领取：                   %1</translation>
    </message>
    <message>
        <source>reply:                   %1</source>
        <translation>回复：                   %1</translation>
    </message>
    <message>
        <source>status change:           %1</source>
        <translation>状态变更：               %1</translation>
    </message>
    <message>
        <source>another process&apos;s write: %1 ms until seen (max %2 ms), %3 ms after it exited; median of %4 runs, polling every %5 ms</source>
        <translation>其他进程的写入：         %1 毫秒后可见（最长 %2 毫秒），进程退出后 %3 毫秒；%4 次运行的中位数，每 %5 毫秒轮询一次</translation>
    </message>
    <message>
        <source>group add|set|add-member NAME ...: manage groups and their routing</source>
        <translation>group add|set|add-member NAME ...：管理组及其分派方式</translation>
    </message>
    <message>
        <source>add (create a group), set (change its routing) or add-member (add an agent to it).</source>
        <translation>add（创建组）、set（更改其分派方式）或 add-member（向组中添加客服）。</translation>
    </message>
    <message>
        <source>Name of the group.</source>
        <translation>组名称。</translation>
    </message>
    <message>
        <source>add-member: login of the agent.</source>
        <translation>add-member：客服的登录名。</translation>
    </message>
    <message>
        <source>How new tickets are assigned: manual, round_robin, least_open or skills (add: default manual).</source>
        <translation>新工单的分配方式：manual、round_robin、least_open 或 skills（add 默认为 manual）。</translation>
    </message>
    <message>
        <source>add: comma-separated logins of the members.</source>
        <translation>add：成员的登录名，以逗号分隔。</translation>
    </message>
    <message>
        <source>add: print the new group as JSON.</source>
        <translation>add：以 JSON 格式输出新组。</translation>
    </message>
    <message>
        <source>--routing takes manual, round_robin, least_open or skills, not &apos;%1&apos;</source>
        <translation>--routing 的取值为 manual、round_robin、least_open 或 skills，而不是“%1”</translation>
    </message>
    <message>
        <source>--members and --json go with group add only</source>
        <translation>--members 和 --json 仅用于 group add</translation>
    </message>
    <message>
        <source>group add-member takes no --routing</source>
        <translation>group add-member 不接受 --routing</translation>
    </message>
    <message>
        <source>group set needs --routing</source>
        <translation>group set 需要 --routing</translation>
    </message>
    <message>
        <source>usage: group add NAME [--routing MODE] [--members LIST] | group set NAME --routing MODE | group add-member NAME LOGIN</source>
        <translation>用法：group add NAME [--routing MODE] [--members LIST] | group set NAME --routing MODE | group add-member NAME LOGIN</translation>
    </message>
    <message>
        <source>rating: not rated yet</source>
        <translation>评分：尚未评分</translation>
    </message>
    <message>
        <source>reaction %1</source>
        <translation>响应 %1</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>质量 %1</translation>
    </message>
    <message>
        <source>effectiveness %1</source>
        <translation>有效性 %1</translation>
    </message>
    <message>
        <source>communication %1</source>
        <translation>沟通 %1</translation>
    </message>
    <message>
        <source>rating: %1/5</source>
        <translation>评分：%1/5</translation>
    </message>
    <message>
        <source>   source: %1   by: %2   at: %3</source>
        <translation>   来源：%1   录入人：%2   时间：%3</translation>
    </message>
    <message>
        <source>rating comment: %1</source>
        <translation>评分评语：%1</translation>
    </message>
    <message>
        <source>work time: %1 h:mm (%2 s)</source>
        <translation>工时：%1（时:分，%2 秒）</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to 5, not &apos;%2&apos;</source>
        <translation>--%1 的取值为 1 到 5 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>give either --body or --body-file, not both</source>
        <translation>请指定 --body 或 --body-file 之一，不能同时指定</translation>
    </message>
    <message>
        <source>cannot read the body: %1</source>
        <translation>无法读取正文：%1</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8</source>
        <translation>正文不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>ticket create|claim|assign|reply|status|rate|time|show: work with tickets</source>
        <translation>ticket create|claim|assign|reply|status|rate|time|show：处理工单</translation>
    </message>
    <message>
        <source>create, claim ID, assign ID, reply ID, status ID, rate ID, time ID or show ID.</source>
        <translation>create、claim ID、assign ID、reply ID、status ID、rate ID、time ID 或 show ID。</translation>
    </message>
    <message>
        <source>usage: ticket ACTION ... (try ticket --help)</source>
        <translation>用法：ticket ACTION ...（请尝试 ticket --help）</translation>
    </message>
    <message>
        <source>ticket create takes no ticket number</source>
        <translation>ticket create 不接受工单编号</translation>
    </message>
    <message>
        <source>usage: ticket %1 ID ...</source>
        <translation>用法：ticket %1 ID ...</translation>
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
        <translation>处理工单。
  ticket create --subject S --requester EMAIL [--channel C] [--type T] [--priority 1-4] [--body TEXT | --body-file FILE|-] [--group G] [--tags a,b]
  ticket claim ID --agent LOGIN          如果其他客服已领取，退出码为 3
  ticket assign ID (--agent LOGIN | --unassign) [--by LOGIN]
  ticket reply ID --agent LOGIN (--body TEXT | --body-file FILE|-) [--internal] [--status S]
  ticket status ID --set new|open|pending|on_hold|resolved|closed --agent LOGIN
  ticket rate ID --score 1-5 [--reaction N] [--quality N] [--effectiveness N] [--communication N] [--comment TEXT] [--agent LOGIN] [--source operator|survey]
                                         客户对已解决或已关闭工单的评分（否则退出码为 5）；再次评分会替换原评分
  ticket time ID --agent LOGIN (--minutes N [--note TEXT] | --start | --stop)
                                         记录截至现在的 N 分钟工作，或启动、停止客服的计时器（没有运行中的计时器时退出码为 5）
  ticket show ID [--json]
修改工单的命令接受 --expect-version N：如果工单此后已被更改，退出码为 3。
评分和工时不会改变工单的版本。</translation>
    </message>
    <message>
        <source>ticket create needs --subject and --requester</source>
        <translation>ticket create 需要 --subject 和 --requester</translation>
    </message>
    <message>
        <source>--channel takes email, chat, phone or web</source>
        <translation>--channel 的取值为 email、chat、phone 或 web</translation>
    </message>
    <message>
        <source>--type takes consultation, fault, order or complaint</source>
        <translation>--type 的取值为 consultation、fault、order 或 complaint</translation>
    </message>
    <message>
        <source>--priority takes 1, 2, 3 or 4</source>
        <translation>--priority 的取值为 1、2、3 或 4</translation>
    </message>
    <message>
        <source>--expect-version takes a version number</source>
        <translation>--expect-version 的取值为版本号</translation>
    </message>
    <message>
        <source>ticket rate needs --score 1-5</source>
        <translation>ticket rate 需要 --score 1-5</translation>
    </message>
    <message>
        <source>--source takes operator or survey</source>
        <translation>--source 的取值为 operator 或 survey</translation>
    </message>
    <message>
        <source>#%1 rated %2/5</source>
        <translation>#%1 的评分为 %2/5</translation>
    </message>
    <message>
        <source>ticket time needs --agent</source>
        <translation>ticket time 需要 --agent</translation>
    </message>
    <message>
        <source>ticket time needs exactly one of --minutes N, --start or --stop</source>
        <translation>ticket time 需要且只能指定 --minutes N、--start 或 --stop 之一</translation>
    </message>
    <message>
        <source>--note goes with --minutes</source>
        <translation>--note 需与 --minutes 一起使用</translation>
    </message>
    <message>
        <source>--minutes takes a whole number from 1 to %1</source>
        <translation>--minutes 的取值为 1 到 %1 的整数</translation>
    </message>
    <message>
        <source>#%1: %2 min recorded for %3, from %4 to %5</source>
        <translation>#%1：已为 %3 记录 %2 分钟，从 %4 到 %5</translation>
    </message>
    <message>
        <source>#%1: timer of %2 running since %3</source>
        <translation>#%1：%2 的计时器自 %3 起运行中</translation>
    </message>
    <message>
        <source>no timer of %1 is running</source>
        <translation>%1 没有运行中的计时器</translation>
    </message>
    <message>
        <source>#%1: timer of %2 stopped, %3 s recorded (%4 h:mm)</source>
        <translation>#%1：%2 的计时器已停止，已记录 %3 秒（%4，时:分）</translation>
    </message>
    <message>
        <source>#%1: timer of %2 stopped after less than a second, nothing recorded</source>
        <translation>#%1：%2 的计时器运行不到一秒即停止，未记录任何时间</translation>
    </message>
    <message>
        <source>ticket claim needs --agent</source>
        <translation>ticket claim 需要 --agent</translation>
    </message>
    <message>
        <source>#%1 claimed by %2</source>
        <translation>#%1 已由 %2 领取</translation>
    </message>
    <message>
        <source>ticket assign needs either --agent LOGIN or --unassign</source>
        <translation>ticket assign 需要 --agent LOGIN 或 --unassign</translation>
    </message>
    <message>
        <source>#%1 unassigned</source>
        <translation>#%1 已取消分配</translation>
    </message>
    <message>
        <source>#%1 assigned to %2</source>
        <translation>#%1 已分配给 %2</translation>
    </message>
    <message>
        <source>ticket reply needs --agent</source>
        <translation>ticket reply 需要 --agent</translation>
    </message>
    <message>
        <source>ticket reply needs --body or --body-file</source>
        <translation>ticket reply 需要 --body 或 --body-file</translation>
    </message>
    <message>
        <source>--status takes new, open, pending, on_hold, resolved or closed</source>
        <translation>--status 的取值为 new、open、pending、on_hold、resolved 或 closed</translation>
    </message>
    <message>
        <source>note added to #%1</source>
        <translation>已向 #%1 添加内部备注</translation>
    </message>
    <message>
        <source>reply sent on #%1</source>
        <translation>已发送 #%1 的回复</translation>
    </message>
    <message>
        <source>ticket status needs --set STATUS</source>
        <translation>ticket status 需要 --set STATUS</translation>
    </message>
    <message>
        <source>ticket status needs --agent</source>
        <translation>ticket status 需要 --agent</translation>
    </message>
    <message>
        <source>--set takes new, open, pending, on_hold, resolved or closed</source>
        <translation>--set 的取值为 new、open、pending、on_hold、resolved 或 closed</translation>
    </message>
    <message>
        <source>#%1 is now %2</source>
        <translation>#%1 的状态现为 %2</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <source>Requester&apos;s e-mail address.</source>
        <translation>提交人的邮件地址。</translation>
    </message>
    <message>
        <source>Requester&apos;s name, for a new customer.</source>
        <translation>提交人姓名（用于新客户）。</translation>
    </message>
    <message>
        <source>email, chat, phone or web (default email).</source>
        <translation>email、chat、phone 或 web（默认 email）。</translation>
    </message>
    <message>
        <source>consultation, fault, order or complaint (default consultation).</source>
        <translation>consultation、fault、order 或 complaint（默认 consultation）。</translation>
    </message>
    <message>
        <source>1 (highest) to 4 (default 3).</source>
        <translation>1（最高）到 4（默认 3）。</translation>
    </message>
    <message>
        <source>Message text (Markdown).</source>
        <translation>消息正文（Markdown）。</translation>
    </message>
    <message>
        <source>Read the text from FILE; - is standard input.</source>
        <translation>从 FILE 读取正文；- 表示标准输入。</translation>
    </message>
    <message>
        <source>Group name.</source>
        <translation>组名称。</translation>
    </message>
    <message>
        <source>Comma-separated tags.</source>
        <translation>标签，以逗号分隔。</translation>
    </message>
    <message>
        <source>ru, zh or en (default: the customer&apos;s).</source>
        <translation>ru、zh 或 en（默认：客户的语言）。</translation>
    </message>
    <message>
        <source>Agent login.</source>
        <translation>客服登录名。</translation>
    </message>
    <message>
        <source>Who assigns (agent login).</source>
        <translation>执行分配的客服（登录名）。</translation>
    </message>
    <message>
        <source>Remove the assignee.</source>
        <translation>移除处理人。</translation>
    </message>
    <message>
        <source>An internal note instead of a public reply.</source>
        <translation>内部备注，而非公开回复。</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>新状态。</translation>
    </message>
    <message>
        <source>With reply: set this status as well.</source>
        <translation>用于 reply：同时设置此状态。</translation>
    </message>
    <message>
        <source>Refuse (exit 3) if the ticket&apos;s version is no longer N.</source>
        <translation>如果工单版本已不是 N，则拒绝（退出码 3）。</translation>
    </message>
    <message>
        <source>With rate: the overall score, 1 to 5.</source>
        <translation>用于 rate：总体评分，1 到 5。</translation>
    </message>
    <message>
        <source>With rate: reaction time, 1 to 5.</source>
        <translation>用于 rate：响应速度，1 到 5。</translation>
    </message>
    <message>
        <source>With rate: quality of service, 1 to 5.</source>
        <translation>用于 rate：服务质量，1 到 5。</translation>
    </message>
    <message>
        <source>With rate: effectiveness of the solution, 1 to 5.</source>
        <translation>用于 rate：解决方案有效性，1 到 5。</translation>
    </message>
    <message>
        <source>With rate: communication, 1 to 5.</source>
        <translation>用于 rate：沟通，1 到 5。</translation>
    </message>
    <message>
        <source>With rate: the customer&apos;s own words.</source>
        <translation>用于 rate：客户的原话。</translation>
    </message>
    <message>
        <source>With rate: operator (typed in by an agent, the default) or survey.</source>
        <translation>用于 rate：operator（由客服录入，默认）或 survey。</translation>
    </message>
    <message>
        <source>With time: record N minutes of work ending now.</source>
        <translation>用于 time：记录截至现在的 N 分钟工作。</translation>
    </message>
    <message>
        <source>With time --minutes: what the time was spent on.</source>
        <translation>用于 time --minutes：工时用途说明。</translation>
    </message>
    <message>
        <source>With time: start the agent&apos;s timer.</source>
        <translation>用于 time：启动客服的计时器。</translation>
    </message>
    <message>
        <source>With time: stop the timer and record its time.</source>
        <translation>用于 time：停止计时器并记录其时间。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>business time of %1</source>
        <translation>%1 的工作时间</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>自然时间</translation>
    </message>
    <message>
        <source>KPI report from %1 to %2 (the end excluded), %3</source>
        <translation>KPI 报表：%1 至 %2（不含结束时刻），%3</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>已解决工单</translation>
    </message>
    <message>
        <source>Open at the start</source>
        <translation>期初积压工单</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>期末积压工单</translation>
    </message>
    <message>
        <source>Created and resolved</source>
        <translation>新建且已解决</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开率</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Satisfied (4 or 5)</source>
        <translation>满意（4 或 5 分）</translation>
    </message>
    <message>
        <source>Work time</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th pct</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>at goal</source>
        <translation>已超目标</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>后续响应</translation>
    </message>
    <message numerus="yes">
        <source>Time in status, mean per resolved ticket (%n ticket(s))</source>
        <translation>
            <numerusform>阶段耗时，按 %n 个已解决工单的平均值</numerusform>
        </translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Tickets created by weekday and hour (%1)</source>
        <translation>按星期和小时统计的新建工单（%1）</translation>
    </message>
    <message>
        <source>Start of the period: a date (2026-03-01, midnight in the calendar&apos;s time zone, else UTC) or an ISO-8601 time with an offset. Default: 30 days before --to.</source>
        <translation>时段开始：日期（2026-03-01，取工作日历时区的零点，否则为 UTC）或带时区偏移的 ISO-8601 时间。默认：--to 之前 30 天。</translation>
    </message>
    <message>
        <source>End of the period, excluded: --to 2026-04-01 ends at the midnight that starts April 1. Default: now.</source>
        <translation>时段结束（不含）：--to 2026-04-01 表示截止到 4 月 1 日开始时的零点。默认：当前时间。</translation>
    </message>
    <message>
        <source>Measure durations in business time of this calendar (a JSON file or builtin:NAME) and use its time zone. Default: calendar time, UTC.</source>
        <translation>按此工作日历（JSON 文件或 builtin:NAME）的工作时间计算时长，并使用其时区。默认：自然时间，UTC。</translation>
    </message>
    <message>
        <source>Only tickets of this group (repeatable).</source>
        <translation>仅限此组的工单（可重复指定）。</translation>
    </message>
    <message>
        <source>Only tickets of this channel: email, chat, phone or web (repeatable, or a comma-separated list).</source>
        <translation>仅限此渠道的工单：email、chat、phone 或 web（可重复指定，或以逗号分隔列出）。</translation>
    </message>
    <message>
        <source>Only tickets of this type: consultation, fault, order or complaint (repeatable, or a comma-separated list).</source>
        <translation>仅限此类型的工单：consultation、fault、order 或 complaint（可重复指定，或以逗号分隔列出）。</translation>
    </message>
    <message>
        <source>Only tickets of this priority, 1 to 4 (repeatable, or a comma-separated list).</source>
        <translation>仅限此优先级的工单，1 到 4（可重复指定，或以逗号分隔列出）。</translation>
    </message>
    <message>
        <source>Only tickets with this tag (repeatable: any of them).</source>
        <translation>仅限带有此标签的工单（可重复指定：带有其中任一标签即可）。</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>以单个 JSON 对象输出报表。</translation>
    </message>
    <message>
        <source>Reports on a period [--from, --to). Filters select tickets by their current fields; several values of one filter are alternatives, different filters all apply.</source>
        <translation>某一时段 [--from, --to) 的报表。筛选条件按工单当前的字段值选取工单；同一筛选条件的多个值满足其一即可，不同筛选条件须同时满足。</translation>
    </message>
    <message>
        <source>the period is empty: --from must be before --to</source>
        <translation>时段为空：--from 必须早于 --to</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a date (2026-03-01) nor an ISO-8601 time with an offset (2026-03-01T09:00:00+03:00)</source>
        <translation>“%1”既不是日期（2026-03-01），也不是带时区偏移的 ISO-8601 时间（2026-03-01T09:00:00+03:00）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>staffing erlang: agents needed for a service level (Erlang C)</source>
        <translation>staffing erlang：达到服务水平所需的客服人数（爱尔兰 C 公式）</translation>
    </message>
    <message>
        <source>The fewest agents whose service level reaches the target under Erlang C (random arrivals, nobody hangs up), with that service level, the probability of waiting and the average speed of answer.</source>
        <translation>按爱尔兰 C 公式（随机到达，无人挂断）计算使服务水平达到目标所需的最少客服人数，以及对应的服务水平、等待概率和平均应答时间。</translation>
    </message>
    <message>
        <source>Contacts arriving per hour, 0 or more (decimals with &apos;.&apos;).</source>
        <translation>每小时到达的联系数，0 或更大（小数点用“.”）。</translation>
    </message>
    <message>
        <source>Average handling time of one contact in seconds, more than 0.</source>
        <translation>单次联系的平均处理时长（秒），大于 0。</translation>
    </message>
    <message>
        <source>The service-level threshold: answered within T seconds, 0 or more (0: answered without waiting).</source>
        <translation>服务水平阈值：在 T 秒内应答，0 或更大（0：无需等待即应答）。</translation>
    </message>
    <message>
        <source>Target share answered within T: a fraction (0.8) or a percent (80 or 80%). A value above 1 and up to 100 is read as a percent; 1 means 100%.</source>
        <translation>T 秒内应答的目标比例：小数（0.8）或百分数（80 或 80%）。大于 1 且不超过 100 的值按百分数处理；1 表示 100%。</translation>
    </message>
    <message>
        <source>usage: staffing erlang --arrivals-per-hour X --aht-seconds S --answer-within-seconds T --service-level P [--json]</source>
        <translation>用法：staffing erlang --arrivals-per-hour X --aht-seconds S --answer-within-seconds T --service-level P [--json]</translation>
    </message>
    <message>
        <source>staffing erlang needs %1</source>
        <translation>staffing erlang 需要 %1</translation>
    </message>
    <message>
        <source>%1 takes a number of 0 or more, not &apos;%2&apos;</source>
        <translation>%1 的取值为 0 或更大的数，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 takes a number greater than 0, not &apos;%2&apos;</source>
        <translation>%1 的取值为大于 0 的数，而不是“%2”</translation>
    </message>
    <message>
        <source>staffing erlang needs --service-level</source>
        <translation>staffing erlang 需要 --service-level</translation>
    </message>
    <message>
        <source>--service-level takes a fraction above 0 up to 1 (0.8) or a percent up to 100 (80 or 80%), not &apos;%1&apos;</source>
        <translation>--service-level 的取值为大于 0 且不超过 1 的小数（0.8）或不超过 100 的百分数（80 或 80%），而不是“%1”</translation>
    </message>
    <message>
        <source>agents:                  %1</source>
        <translation>客服人数：               %1</translation>
    </message>
    <message>
        <source>service level:           %1 answered within %2 s (target %3)</source>
        <translation>服务水平：               %1 在 %2 秒内应答（目标 %3）</translation>
    </message>
    <message>
        <source>probability of waiting:  %1</source>
        <translation>等待概率：               %1</translation>
    </message>
    <message>
        <source>average speed of answer: %1 s</source>
        <translation>平均应答时间：           %1 秒</translation>
    </message>
    <message>
        <source>occupancy:               %1</source>
        <translation>占用率：                 %1</translation>
    </message>
    <message>
        <source>traffic:                 %1 erlangs</source>
        <translation>话务量：                 %1 爱尔兰</translation>
    </message>
    <message>
        <source>Agent scorecard from %1 to %2 (the end excluded), %3</source>
        <translation>客服评分：%1 至 %2（不含结束时刻），%3</translation>
    </message>
    <message>
        <source>Previous period: %1 to %2</source>
        <translation>上期：%1 至 %2</translation>
    </message>
    <message>
        <source>Scores 0-100, the team&apos;s median agent = 50; weights of the total: %1</source>
        <translation>分数 0–100，团队中位客服 = 50；总分权重：%1</translation>
    </message>
    <message>
        <source>No agent resolved or had rated a ticket in the period.</source>
        <translation>本期没有客服解决过工单或获得过评分。</translation>
    </message>
    <message>
        <source>Rank  Agent</source>
        <translation>排名  客服</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>effect.</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>comm.</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>vs team</source>
        <translation>对比团队</translation>
    </message>
    <message>
        <source>vs prev.</source>
        <translation>对比上期</translation>
    </message>
    <message>
        <source>      Team average</source>
        <translation>      团队平均</translation>
    </message>
    <message numerus="yes">
        <source>* fewer than %n rated ticket(s): a few ratings can move the scores a lot</source>
        <translation>
            <numerusform>* 已评分工单少于 %n 个：少量评分即可能大幅改变分数</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>first response (median)</source>
        <translation>首次响应（中位数）</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>effectiveness</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Median agent (scores 50)</source>
        <translation>中位客服（50 分）</translation>
    </message>
    <message>
        <source>Not credited to anyone (no assignee then): %1 resolved, %2 rated</source>
        <translation>未计入任何人（当时无处理人）：已解决 %1，已评分 %2</translation>
    </message>
    <message>
        <source>Staffing from the tickets created %1 to %2 (the end excluded), local time of %3</source>
        <translation>排班测算：基于 %1 至 %2 新建的工单（不含结束时刻），%3 当地时间</translation>
    </message>
    <message>
        <source>the time entries of the slot&apos;s tickets (at least %1 tickets), else of the period&apos;s (%2 s over %3 tickets)</source>
        <translation>该时段工单的工时记录（至少 %1 个工单），否则使用整个期间的记录（%2 秒，基于 %3 个工单）</translation>
    </message>
    <message>
        <source>no time entries in the period: the default of %1 s</source>
        <translation>本期没有工时记录：使用默认值 %1 秒</translation>
    </message>
    <message>
        <source>Target: %1% answered within %2 min (Erlang C); handling time: %3</source>
        <translation>目标：%1% 在 %2 分钟内应答（爱尔兰 C 公式）；处理时长：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s). Each cell: agents needed / agents active on average (replied or logged time); ! fewer active than needed; - not in the period</source>
        <translation>
            <numerusform>%n 个工单。每个单元格：所需客服数 / 平均活跃客服数（有回复或记录工时）；! 活跃人数少于所需；- 不在期间内</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest hour: %1 %2:00, %3 tickets per hour, handling time %4 s: %5 agent(s) needed (%6% answered in time), %7 active</source>
        <translation>最繁忙时段：%1 %2:00，每小时 %3 个工单，处理时长 %4 秒：需要 %5 名客服（%6% 及时应答），活跃 %7 名</translation>
    </message>
    <message>
        <source>Hours with fewer agents active than needed: %1 of 168</source>
        <translation>活跃客服少于所需的小时数：%1 / 168</translation>
    </message>
    <message>
        <source>report kpi|agents|staffing: the KPI table, the agents&apos; scorecard (docs/metrics.md) or the staffing plan (docs/staffing.md) of a period</source>
        <translation>report kpi|agents|staffing：某一时段的 KPI 表、客服评分（docs/metrics.md）或排班测算（docs/staffing.md）</translation>
    </message>
    <message>
        <source>kpi: ticket volume, response and resolution times, first contact resolution, SLA compliance, satisfaction and work time. agents: each agent&apos;s scores for reaction, quality, effectiveness, communication and customer feedback, ranked, against the team and the previous period. staffing: agents needed (Erlang C) and active, by weekday and hour.</source>
        <translation>kpi：工单量、响应和解决时长、首次解决率、SLA 达成率、满意度和工时。agents：每位客服在响应、质量、有效性、沟通和客户反馈方面的分数及排名，并与团队和上期对比。staffing：按星期和小时统计所需客服数（爱尔兰 C 公式）和活跃客服数。</translation>
    </message>
    <message>
        <source>Only tickets assigned to this agent (repeatable). With agents: only this agent&apos;s row, still scored against the whole team.</source>
        <translation>仅限分配给此客服的工单（可重复指定）。用于 agents 时：仅显示此客服的行，分数仍相对整个团队计算。</translation>
    </message>
    <message>
        <source>With staffing: the target share answered within --answer-within, a fraction (0.8) or a percent (80 or 80%). Default: 0.8.</source>
        <translation>用于 staffing：在 --answer-within 内应答的目标比例，小数（0.8）或百分比（80 或 80%）。默认：0.8。</translation>
    </message>
    <message>
        <source>With staffing: the service-level threshold in minutes, 0 or more. Default: 15.</source>
        <translation>用于 staffing：服务水平阈值（分钟），0 或以上。默认：15。</translation>
    </message>
    <message>
        <source>With staffing: the handling time of one ticket in seconds where no time entries tell it. Default: 600.</source>
        <translation>用于 staffing：没有工时记录可参考时，单个工单的处理时长（秒）。默认：600。</translation>
    </message>
    <message>
        <source>usage: report kpi|agents|staffing [--from DATE] [--to DATE] [--calendar CAL] [filters] [--json]</source>
        <translation>用法：report kpi|agents|staffing [--from DATE] [--to DATE] [--calendar CAL] [filters] [--json]</translation>
    </message>
    <message>
        <source>only report staffing takes this option</source>
        <translation>只有 report staffing 接受此选项</translation>
    </message>
    <message>
        <source>--answer-within takes minutes, 0 or more, not &apos;%1&apos;</source>
        <translation>--answer-within 接受分钟数（0 或以上），而不是“%1”</translation>
    </message>
    <message>
        <source>--aht-seconds takes a number greater than 0, not &apos;%1&apos;</source>
        <translation>--aht-seconds 接受大于 0 的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>Measure the knowledge-base search on N demo articles instead of the queue: index build (ours and stock FTS5 unicode61), question and as-you-type latency, questions answered.</source>
        <translation>在 N 篇演示文章上测量知识库搜索（而非队列）：索引构建（本方案和标准 FTS5 unicode61）、问题查询和边输入边搜索的延迟，以及找到答案的问题数。</translation>
    </message>
    <message>
        <source>--articles and --tickets run different benchmarks; give one of them</source>
        <translation>--articles 和 --tickets 运行不同的基准测试；请只指定其中一个</translation>
    </message>
    <message>
        <source>--articles takes a whole number from 1 to 1000000</source>
        <translation>--articles 的取值为 1 到 1000000 之间的整数</translation>
    </message>
    <message>
        <source>cannot pick tickets to change</source>
        <translation>无法选出要更改的工单</translation>
    </message>
    <message>
        <source>the raw aggregate failed</source>
        <translation>直接聚合失败</translation>
    </message>
    <message>
        <source>dashboard facts, build:  %1 ms for %2 tickets</source>
        <translation>汇总数据构建：           %1 毫秒，%2 个工单</translation>
    </message>
    <message>
        <source>dashboard, last year:    %1 ms median, %2 ms max of %3 refreshes (%4 tickets; the year, the year before, a weekly trend)</source>
        <translation>仪表板，最近一年：       中位数 %1 毫秒，%3 次刷新中最长 %2 毫秒（%4 个工单；本年、上一年、每周趋势）</translation>
    </message>
    <message>
        <source>dashboard, after %1 tickets changed: %2 ms</source>
        <translation>仪表板，%1 个工单更改后：%2 毫秒</translation>
    </message>
    <message>
        <source>raw full-scan aggregate: %1 ms (one query over the year&apos;s tickets)</source>
        <translation>直接全表聚合：           %1 毫秒（对全年工单的单次查询）</translation>
    </message>
    <message>
        <source>report from the history: %1 ms (the same year, read from the events)</source>
        <translation>基于历史的报表：         %1 毫秒（同一年，从事件读取）</translation>
    </message>
    <message>
        <source>Number of knowledge-base articles in Russian, Chinese and English (default %1; none when the knowledge base already has articles).</source>
        <translation>知识库中俄文、中文和英文文章的数量（默认 %1；知识库中已有文章时不生成）。</translation>
    </message>
    <message>
        <source>--articles takes a whole number from 0 to 1000000</source>
        <translation>--articles 的取值为 0 到 1000000 之间的整数</translation>
    </message>
    <message numerus="yes">
        <source>the knowledge base already has %n article(s); demo articles go only into an empty knowledge base</source>
        <translation>
            <numerusform>知识库中已有 %n 篇文章；演示文章只能写入空知识库</numerusform>
        </translation>
    </message>
    <message>
        <source>writing demo articles</source>
        <translation>正在写入演示文章</translation>
    </message>
    <message>
        <source>writing articles</source>
        <translation>正在写入文章</translation>
    </message>
    <message>
        <source>articles:                %1 (ru %2, zh %3, en %4; %5 translations; %6 words)</source>
        <translation>文章：                   %1（ru %2，zh %3，en %4；%5 个译本；%6 个词）</translation>
    </message>
    <message>
        <source>generation:              %1 s, rows written in %2 s</source>
        <translation>生成：                   %1 秒，写入行用时 %2 秒</translation>
    </message>
    <message>
        <source>index build, ours:       %1 s (%2 MB database)</source>
        <translation>索引构建（本方案）：     %1 秒（数据库 %2 MB）</translation>
    </message>
    <message>
        <source>index build, unicode61:  %1 s (%2 MB database); ours takes %3 times as long</source>
        <translation>索引构建（unicode61）：  %1 秒（数据库 %2 MB）；本方案耗时为其 %3 倍</translation>
    </message>
    <message>
        <source>questions:               %1</source>
        <translation>问题查询：               %1</translation>
    </message>
    <message>
        <source>as you type:             %1</source>
        <translation>边输入边搜索：           %1</translation>
    </message>
    <message>
        <source>questions, unicode61:    %1</source>
        <translation>问题查询（unicode61）：  %1</translation>
    </message>
    <message>
        <source>answered, ours:          %1 of %2 find something, %3 have a matching article in the first %4</source>
        <translation>找到答案（本方案）：     %2 个中有 %1 个找到结果，%3 个在前 %4 条中有匹配的文章</translation>
    </message>
    <message>
        <source>answered, unicode61:     %1 of %2 find something, %3 have a matching article in the first %4</source>
        <translation>找到答案（unicode61）：  %2 个中有 %1 个找到结果，%3 个在前 %4 条中有匹配的文章</translation>
    </message>
    <message>
        <source>With kpi: read the hourly facts the dashboards read instead of the event history: the same figures, faster, for calendar time, the group filter only and a period on whole hours (without --to it ends at the next whole hour).</source>
        <translation>用于 kpi：读取仪表板所用的按小时汇总数据，而不是事件历史——数字相同，速度更快；仅适用于自然时间、仅按组筛选以及以整点为界的期间（不指定 --to 时截至下一个整点）。</translation>
    </message>
    <message>
        <source>only report kpi takes this option</source>
        <translation>只有 report kpi 接受此选项</translation>
    </message>
    <message>
        <source>--facts answers kpi in calendar time, filtered by group only, over a period that starts and ends on whole hours (UTC)</source>
        <translation>--facts 按自然时间计算 kpi，仅按组筛选，期间须以整点开始和结束（UTC）</translation>
    </message>
    <message>
        <source>Measure team mode on the PostgreSQL database --db names, as it is: queue pages, claim, reply and status latency, notification latency between two connections, load-test throughput. Writes to it: use a scratch copy.</source>
        <translation>按原样测量 --db 指定的 PostgreSQL 团队数据库：队列页面、认领、回复和状态变更的延迟、两个连接之间的通知延迟、负载测试吞吐量。会写入该数据库：请使用临时副本。</translation>
    </message>
    <message>
        <source>--team measures the database --db names; it takes no --tickets or --articles</source>
        <translation>--team 测量 --db 指定的数据库；不能同时使用 --tickets 或 --articles</translation>
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
        <translation>用法：switchboard-cli [--db PATH] [--log-level LEVEL] COMMAND [选项]

Switchboard 客服控制台的命令行版本：脚本、导入、报表和测试。

全局选项：
  --db PATH            数据库文件，或形如
                       postgresql://user@host:port/database 的团队数据库
                       （默认：$SWITCHBOARD_DB，否则为 %1）
  --log-level LEVEL    trace、debug、info、warn 或 error（默认：warn）
  -h, --help           显示此帮助；COMMAND --help 显示该命令的选项
  --version            显示版本

命令：
</translation>
    </message>
    <message>
        <source>copy the database into an empty PostgreSQL team database</source>
        <translation>将数据库复制到空的 PostgreSQL 团队数据库</translation>
    </message>
    <message>
        <source>The target, postgresql://user@host:port/dbname[?sslmode=...]; its schema is created if it has none.</source>
        <translation>目标数据库，postgresql://user@host:port/dbname[?sslmode=...]；若尚无架构则会创建。</translation>
    </message>
    <message>
        <source>Copies every table of the SQLite database (--db) in one transaction, then compares row counts and checksums of both sides before committing: on any failure the target stays empty.
A target that already holds tickets, agents or articles is refused with exit code 3; a source with another schema version with exit code 5.</source>
        <translation>在一个事务中复制 SQLite 数据库（--db）的每个表，提交前比较双方的行数和校验和：任何失败都会使目标数据库保持为空。
已有工单、客服或文章的目标数据库以退出码 3 拒绝；架构版本不同的源数据库以退出码 5 拒绝。</translation>
    </message>
    <message>
        <source>migrate takes no arguments</source>
        <translation>migrate 不接受参数</translation>
    </message>
    <message>
        <source>migrate needs --to URL</source>
        <translation>migrate 需要 --to URL</translation>
    </message>
    <message>
        <source>--to takes a postgresql:// URL, not a file path</source>
        <translation>--to 需要 postgresql:// URL，而不是文件路径</translation>
    </message>
    <message>
        <source>migrate copies an SQLite file: --db must name a file</source>
        <translation>migrate 复制的是 SQLite 文件：--db 必须指定文件</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>%1  %2 rows  checksum ok</source>
        <translation>%1  %2 行  校验和一致</translation>
    </message>
    <message numerus="yes">
        <source>migrated %n table(s), %1 rows from %2 to %3 in %4 s</source>
        <translation>
            <numerusform>已迁移 %n 个表，%1 行，从 %2 到 %3，用时 %4 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, max %3 ms (%4 samples)</source>
        <translation>p50 %1 毫秒，p95 %2 毫秒，最大 %3 毫秒（%4 个样本）</translation>
    </message>
    <message>
        <source>the other connection heard nothing within %1 s</source>
        <translation>另一个连接在 %1 秒内未收到任何通知</translation>
    </message>
    <message>
        <source>no load client at %1 (build the team_load_client target, or set SWITCHBOARD_TEAM_LOAD_CLIENT)</source>
        <translation>%1 处没有负载客户端（请构建 team_load_client 目标，或设置 SWITCHBOARD_TEAM_LOAD_CLIENT）</translation>
    </message>
    <message>
        <source>a load client failed</source>
        <translation>一个负载客户端失败</translation>
    </message>
    <message>
        <source>bench --team measures a PostgreSQL team database: give --db postgresql://... (a scratch copy: the benchmark writes to it)</source>
        <translation>bench --team 测量 PostgreSQL 团队数据库：请指定 --db postgresql://...（使用临时副本：基准测试会写入数据）</translation>
    </message>
    <message>
        <source>team database:           %1 (%2 tickets)</source>
        <translation>团队数据库：             %1（%2 个工单）</translation>
    </message>
    <message>
        <source>seen by another desktop: %1</source>
        <translation>另一台桌面看到变更：%1</translation>
    </message>
    <message>
        <source>load test:               %1 clients x %2 operations in %3 s: %4 operations/s (%5 conflicts retried)</source>
        <translation>负载测试：               %1 个客户端 x %2 次操作，用时 %3 秒：每秒 %4 次操作（冲突后重试 %5 次）</translation>
    </message>
    <message>
        <source>load test:               skipped: %1</source>
        <translation>负载测试：               已跳过：%1</translation>
    </message>
    <message>
        <source>questions, asked again:  %1</source>
        <translation>问题查询（再次）：      %1</translation>
    </message>
</context>
<context>
    <name>ConversationFormatter</name>
    <message>
        <source>This ticket has no messages yet.</source>
        <translation>此工单还没有消息。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>could not write the image</source>
        <translation>无法写入图片</translation>
    </message>
    <message>
        <source>could not write the report</source>
        <translation>无法写入报表</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 秒</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short month and year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%2年%1</translation>
    </message>
</context>
<context>
    <name>SlaPresentation</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>剩余 %1:%2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>first response past its goal</source>
        <translation>首次响应已超出目标</translation>
    </message>
    <message>
        <source>next response past its goal</source>
        <translation>后续响应已超出目标</translation>
    </message>
    <message>
        <source>resolution past its goal</source>
        <translation>解决已超出目标</translation>
    </message>
    <message>
        <source>first response due soon</source>
        <translation>首次响应即将到期</translation>
    </message>
    <message>
        <source>next response due soon</source>
        <translation>后续响应即将到期</translation>
    </message>
    <message>
        <source>resolution due soon</source>
        <translation>解决即将到期</translation>
    </message>
    <message>
        <source>first response breached</source>
        <translation>首次响应已超时</translation>
    </message>
    <message>
        <source>next response breached</source>
        <translation>后续响应已超时</translation>
    </message>
    <message>
        <source>resolution breached</source>
        <translation>解决已超时</translation>
    </message>
</context>
<context>
    <name>Switchboard</name>
    <message>
        <source>no database path was given</source>
        <translation>未指定数据库路径</translation>
    </message>
    <message>
        <source>the database file does not exist</source>
        <translation>数据库文件不存在</translation>
    </message>
    <message>
        <source>cannot create the database folder</source>
        <translation>无法创建数据库文件夹</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>the database file cannot be read</source>
        <translation>无法读取数据库文件</translation>
    </message>
    <message>
        <source>this file is not a Switchboard database</source>
        <translation>此文件不是 Switchboard 数据库</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <source>this file is an SQLite database of another program, not a Switchboard database</source>
        <translation>此文件是其他程序的 SQLite 数据库，不是 Switchboard 数据库</translation>
    </message>
    <message>
        <source>the database was written by a newer Switchboard (schema version %1; this version supports up to %2); update Switchboard to open it</source>
        <translation>该数据库由较新版本的 Switchboard 写入（架构版本 %1；当前版本最高支持 %2）；请更新 Switchboard 后再打开</translation>
    </message>
    <message>
        <source>the database file is damaged and was not changed</source>
        <translation>数据库文件已损坏，未作任何更改</translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1</source>
        <translation>无法为迁移 %1 启动事务</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>迁移 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
    <message>
        <source>could not back up the database before upgrading it: %1</source>
        <translation>升级前无法备份数据库：%1</translation>
    </message>
    <message>
        <source>no transaction is active</source>
        <translation>没有活动的事务</translation>
    </message>
    <message>
        <source>could not save changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>web</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>customer message</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>group member</source>
        <translation>组成员</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>could not read the queue</source>
        <translation>无法读取队列</translation>
    </message>
    <message>
        <source>could not read the ticket</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <source>no such ticket</source>
        <translation>工单不存在</translation>
    </message>
    <message>
        <source>could not read the conversation</source>
        <translation>无法读取对话</translation>
    </message>
    <message>
        <source>could not read the ticket history</source>
        <translation>无法读取工单历史</translation>
    </message>
    <message>
        <source>a login may contain only Latin letters, digits and . _ @ -</source>
        <translation>登录名只能包含拉丁字母、数字和 . _ @ -</translation>
    </message>
    <message>
        <source>an agent needs a name</source>
        <translation>客服必须有名称</translation>
    </message>
    <message>
        <source>could not add the agent</source>
        <translation>无法添加客服</translation>
    </message>
    <message>
        <source>an agent with this login already exists</source>
        <translation>已存在使用此登录名的客服</translation>
    </message>
    <message>
        <source>could not read the agent</source>
        <translation>无法读取客服信息</translation>
    </message>
    <message>
        <source>no such agent</source>
        <translation>客服不存在</translation>
    </message>
    <message>
        <source>could not count tickets</source>
        <translation>无法统计工单数量</translation>
    </message>
    <message>
        <source>Switchboard: the support desk console.</source>
        <translation>Switchboard：客服工作台。</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn or error.</source>
        <translation>日志级别：trace、debug、info、warn 或 error。</translation>
    </message>
    <message>
        <source>Interface language: ru, zh_CN or en (default: the View &gt; Language choice, else the system&apos;s).</source>
        <translation>界面语言：ru、zh_CN 或 en（默认使用“视图 › 语言”中的选择，否则使用系统语言）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the queue has loaded, then quit.</source>
        <translation>队列加载完成后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>--lang takes ru, zh_CN or en</source>
        <translation>--lang 的取值为 ru、zh_CN 或 en</translation>
    </message>
    <message>
        <source>--log-level takes trace, debug, info, warn or error</source>
        <translation>--log-level 的取值为 trace、debug、info、warn 或 error</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard cannot open this database.</source>
        <translation>Switchboard 无法打开此数据库。</translation>
    </message>
    <message>
        <source>%1

The file was not changed. Start Switchboard with --db PATH to use another database file.</source>
        <translation>%1

文件未被更改。如需使用其他数据库文件，请使用 --db PATH 启动 Switchboard。</translation>
    </message>
    <message>
        <source>Database: %1
Log file: %2</source>
        <translation>数据库：%1
日志文件：%2</translation>
    </message>
    <message>
        <source>demo data generation was cancelled; nothing was written</source>
        <translation>演示数据生成已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>the number of tickets must be between 0 and 100000000</source>
        <translation>工单数量必须在 0 到 100000000 之间</translation>
    </message>
    <message>
        <source>the number of agents must be between 1 and 10000</source>
        <translation>客服数量必须在 1 到 10000 之间</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 3650</source>
        <translation>天数必须在 1 到 3650 之间</translation>
    </message>
    <message>
        <source>the time zone of the demo data is not valid</source>
        <translation>演示数据的时区无效</translation>
    </message>
    <message numerus="yes">
        <source>the database already has %n ticket(s); demo data goes only into a database without tickets</source>
        <translation>
            <numerusform>数据库中已有 %n 个工单；演示数据只能写入没有工单的数据库</numerusform>
        </translation>
    </message>
    <message>
        <source>fast writing needs an SQLite database</source>
        <translation>快速写入需要 SQLite 数据库</translation>
    </message>
    <message>
        <source>could not prepare the writer: %1</source>
        <translation>无法准备写入：%1</translation>
    </message>
    <message>
        <source>could not prepare the database for loading: %1</source>
        <translation>无法为加载准备数据库：%1</translation>
    </message>
    <message>
        <source>could not read the database settings</source>
        <translation>无法读取数据库设置</translation>
    </message>
    <message>
        <source>could not start a transaction</source>
        <translation>无法启动事务</translation>
    </message>
    <message>
        <source>Open the ticket with this number at start.</source>
        <translation>启动时打开此编号的工单。</translation>
    </message>
    <message>
        <source>--ticket takes a ticket number</source>
        <translation>--ticket 的取值为工单编号</translation>
    </message>
    <message>
        <source>could not search the queue</source>
        <translation>无法搜索队列</translation>
    </message>
    <message>
        <source>the queue query ran out of time</source>
        <translation>队列查询超时</translation>
    </message>
    <message>
        <source>the knowledge base could not be saved: %1</source>
        <translation>无法保存知识库：%1</translation>
    </message>
    <message>
        <source>there is no such article</source>
        <translation>没有这篇文章</translation>
    </message>
    <message>
        <source>the knowledge base search failed: %1</source>
        <translation>知识库搜索失败：%1</translation>
    </message>
    <message>
        <source>showing results for %1</source>
        <translation>显示“%1”的结果</translation>
    </message>
    <message>
        <source>no SQLite connection to register the search tokenizer on</source>
        <translation>没有可注册搜索分词器的 SQLite 连接</translation>
    </message>
    <message>
        <source>this SQLite library has no usable full-text search (FTS5)</source>
        <translation>此 SQLite 库没有可用的全文搜索（FTS5）</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>无法注册搜索分词器：%1</translation>
    </message>
    <message>
        <source>the search tokenizer needs an SQLite connection</source>
        <translation>搜索分词器需要 SQLite 连接</translation>
    </message>
    <message>
        <source>%1: an interval must start before it ends, within one day</source>
        <translation>%1：时间段必须在同一天内先开始后结束</translation>
    </message>
    <message>
        <source>%1: intervals overlap or are out of order</source>
        <translation>%1：时间段重叠或顺序错误</translation>
    </message>
    <message>
        <source>the time zone is not valid</source>
        <translation>时区无效</translation>
    </message>
    <message>
        <source>the calendar has no open hours in its week; it would never open</source>
        <translation>日历的一周中没有任何工作时间，永远不会开放</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a workday</source>
        <translation>%1 既是节假日又是调休工作日</translation>
    </message>
    <message>
        <source>workdays need workday_hours when no day from Monday to Friday has hours</source>
        <translation>周一至周五都没有工作时间时，workdays 需要 workday_hours</translation>
    </message>
    <message>
        <source>the built-in calendar data is missing</source>
        <translation>缺少内置日历数据</translation>
    </message>
    <message>
        <source>the built-in calendar data is damaged</source>
        <translation>内置日历数据已损坏</translation>
    </message>
    <message>
        <source>unknown built-in calendar &apos;%1&apos;; available: %2</source>
        <translation>未知的内置日历“%1”；可用：%2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>无效的 JSON：%1，位于偏移 %2</translation>
    </message>
    <message>
        <source>a calendar must be a JSON object</source>
        <translation>日历必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1：未知字段</translation>
    </message>
    <message>
        <source>timezone: missing; give an IANA name such as Europe/Moscow</source>
        <translation>timezone：缺失；请提供 IANA 名称，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>timezone: unknown time zone &apos;%1&apos;</source>
        <translation>timezone：未知时区“%1”</translation>
    </message>
    <message>
        <source>week: expected an object with mon ... sun</source>
        <translation>week：应为包含 mon ... sun 的对象</translation>
    </message>
    <message>
        <source>week.%1: not a weekday (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>week.%1：不是星期几（mon、tue、wed、thu、fri、sat、sun）</translation>
    </message>
    <message>
        <source>workdays[%1]: %2 is also a holiday</source>
        <translation>workdays[%1]：%2 同时也是节假日</translation>
    </message>
    <message>
        <source>date_hours: expected an object from dates to intervals</source>
        <translation>date_hours：应为从日期到时间段的对象</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD)</source>
        <translation>%1：%2 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: expected a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</source>
        <translation>%1：应为 [&quot;HH:MM&quot;, &quot;HH:MM&quot;] 时间段列表</translation>
    </message>
    <message>
        <source>%1: expected [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>%1：应为 [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1: %2 is not a time</source>
        <translation>%1：%2 不是时间</translation>
    </message>
    <message>
        <source>%1: the end %2 is not after the start %3</source>
        <translation>%1：结束时间 %2 不晚于开始时间 %3</translation>
    </message>
    <message>
        <source>%1: overlaps %2[%3] or is out of order</source>
        <translation>%1：与 %2[%3] 重叠或顺序错误</translation>
    </message>
    <message>
        <source>%1: expected a list of dates (YYYY-MM-DD)</source>
        <translation>%1：应为日期列表（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1[%2]: %3 is not a date (YYYY-MM-DD)</source>
        <translation>%1[%2]：%3 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>cannot read the calendar file: %1</source>
        <translation>无法读取日历文件：%1</translation>
    </message>
    <message>
        <source>there is no such revision</source>
        <translation>没有这个版本</translation>
    </message>
    <message>
        <source>there is no such category</source>
        <translation>没有这个分类</translation>
    </message>
    <message>
        <source>there is no such agent</source>
        <translation>没有这名客服</translation>
    </message>
    <message>
        <source>article %1 is also imported from %2</source>
        <translation>文章 %1 也从 %2 导入</translation>
    </message>
    <message>
        <source>%1: text after the closing quote</source>
        <translation>%1：右引号后还有文字</translation>
    </message>
    <message>
        <source>%1: the quote is not closed</source>
        <translation>%1：引号未闭合</translation>
    </message>
    <message>
        <source>tags: the list is not closed by ]</source>
        <translation>tags：列表缺少结尾的 ]</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the file must start with a front matter line ---</source>
        <translation>文件必须以前置元数据行 --- 开头</translation>
    </message>
    <message>
        <source>expected key: value</source>
        <translation>应为“键: 值”</translation>
    </message>
    <message>
        <source>%1: given twice, first on line %2</source>
        <translation>%1：重复出现，首次在第 %2 行</translation>
    </message>
    <message>
        <source>id: &apos;%1&apos; is not a positive number</source>
        <translation>id：“%1”不是正整数</translation>
    </message>
    <message>
        <source>title: must not be empty</source>
        <translation>title：不能为空</translation>
    </message>
    <message>
        <source>lang: &apos;%1&apos; is not ru, zh or en</source>
        <translation>lang：“%1”不是 ru、zh 或 en</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not draft, published or archived</source>
        <translation>status：“%1”不是 draft、published 或 archived</translation>
    </message>
    <message>
        <source>category: &apos;%1&apos; has an empty part</source>
        <translation>category：“%1”中有空的部分</translation>
    </message>
    <message>
        <source>review_by: &apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>review_by：“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>the front matter is not closed by a line ---</source>
        <translation>前置元数据缺少结尾的 --- 行</translation>
    </message>
    <message>
        <source>title is missing</source>
        <translation>缺少 title</translation>
    </message>
    <message>
        <source>lang is missing</source>
        <translation>缺少 lang</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>id: %1 is also used by %2</source>
        <translation>id：%1 也被 %2 使用</translation>
    </message>
    <message>
        <source>author: there is no agent &apos;%1&apos;</source>
        <translation>author：没有客服“%1”</translation>
    </message>
    <message>
        <source>translation_of: there is no article %1</source>
        <translation>translation_of：没有文章 %1</translation>
    </message>
    <message>
        <source>translation_of: there is no file &apos;%1&apos; in this import</source>
        <translation>translation_of：本次导入中没有文件“%1”</translation>
    </message>
    <message>
        <source>could not create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>an SLA policy needs a name</source>
        <translation>SLA 策略需要名称</translation>
    </message>
    <message>
        <source>an SLA policy needs a calendar</source>
        <translation>SLA 策略需要工作日历</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>后续响应</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>the %1 goal must be longer than zero</source>
        <translation>%1 的目标必须大于零</translation>
    </message>
    <message>
        <source>the %1 limit must not be shorter than its goal</source>
        <translation>%1 的上限不能短于其目标</translation>
    </message>
    <message>
        <source>a warning must lie between 1 and 100 percent of the limit</source>
        <translation>预警必须在上限的 1% 到 100% 之间</translation>
    </message>
    <message>
        <source>a warning before the limit must be longer than zero</source>
        <translation>上限前的预警时间必须大于零</translation>
    </message>
    <message>
        <source>two SLA policies have the same name</source>
        <translation>两个 SLA 策略同名</translation>
    </message>
    <message>
        <source>Work as this agent: SLA alerts for their tickets (and, for a lead, their groups&apos; breaches); knowledge-base votes are theirs.</source>
        <translation>以该客服身份工作：接收其工单的 SLA 提醒（组长还会收到其所在组的超时提醒）；知识库投票计入该客服名下。</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>could not start decompressing</source>
        <translation>无法开始解压</translation>
    </message>
    <message>
        <source>the compressed file is cut short</source>
        <translation>压缩文件不完整（被截断）</translation>
    </message>
    <message>
        <source>could not decompress</source>
        <translation>无法解压</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>压缩数据已损坏（%1）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field must be doubled</source>
        <translation>字段的右引号后还有文字；带引号字段中的引号必须写成两个</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this row has %1 fields, the header has %2</source>
        <translation>此行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>mapping: %1: %2</source>
        <translation>映射：%1：%2</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>未知的键（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>应为非空文本</translation>
    </message>
    <message>
        <source>expected a text or a list of texts</source>
        <translation>应为文本或文本列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid for %2 (expected %3)</source>
        <translation>“%1”对 %2 无效（应为 %3）</translation>
    </message>
    <message>
        <source>expected a column name</source>
        <translation>应为列名</translation>
    </message>
    <message>
        <source>expected a column name or an object with &quot;column&quot;, &quot;value&quot; or &quot;join&quot;</source>
        <translation>应为列名，或包含 &quot;column&quot;、&quot;value&quot; 或 &quot;join&quot; 的对象</translation>
    </message>
    <message>
        <source>give exactly one of &quot;column&quot;, &quot;value&quot; and &quot;join&quot;</source>
        <translation>&quot;column&quot;、&quot;value&quot; 和 &quot;join&quot; 必须且只能指定一个</translation>
    </message>
    <message>
        <source>expected a list of columns</source>
        <translation>应为列名列表</translation>
    </message>
    <message>
        <source>expected an object of value: value</source>
        <translation>应为“值: 值”形式的对象</translation>
    </message>
    <message>
        <source>mapping: not valid JSON: %1 at character %2</source>
        <translation>映射：无效的 JSON：%1，位于第 %2 个字符</translation>
    </message>
    <message>
        <source>mapping: expected a JSON object</source>
        <translation>映射：应为 JSON 对象</translation>
    </message>
    <message>
        <source>there is no such mapping file</source>
        <translation>没有这个映射文件</translation>
    </message>
    <message>
        <source>could not read the mapping: %1</source>
        <translation>无法读取映射：%1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>未知格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>expected a short name of lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (it identifies the system the tickets come from)</source>
        <translation>应为由小写字母、数字、“.”、“_”或“-”组成的简短名称（用于标识工单的来源系统）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IANA time zone (such as Europe/Moscow)</source>
        <translation>“%1”不是 IANA 时区（例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>expected an object of field: column</source>
        <translation>应为“字段: 列”形式的对象</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>未知字段（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>required: the column that identifies a ticket in the source, so importing again updates instead of duplicating</source>
        <translation>必填：在来源中标识工单的列，以便再次导入时更新而不是重复创建</translation>
    </message>
    <message>
        <source>required: the column with the time the ticket was created</source>
        <translation>必填：包含工单创建时间的列</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be tracked (expected status, assignee, group or priority)</source>
        <translation>“%1”无法跟踪（应为 status、assignee、group 或 priority）</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected &quot;first_status_change&quot; or null</source>
        <translation>应为 &quot;first_status_change&quot; 或 null</translation>
    </message>
    <message>
        <source>the file has no column %1 that the mapping %2 names (its columns: %3)</source>
        <translation>文件中没有映射 %2 所指定的列 %1（文件的列：%3）</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>无效的 JSON：%1，位于第 %2 个字符</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>每一行必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1:%2, column %3</source>
        <translation>%1:%2，列 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time in the format %2</source>
        <translation>“%1”不是 %2 格式的时间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 (expected %3; map other values in fields.%2.map of the mapping)</source>
        <translation>“%1”不是有效的 %2（应为 %3；其他值请在映射的 fields.%2.map 中进行对应）</translation>
    </message>
    <message>
        <source>every row needs a ticket id</source>
        <translation>每一行都需要工单 id</translation>
    </message>
    <message>
        <source>every row of an event log needs the time of its change</source>
        <translation>事件日志的每一行都需要变更时间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>未知编码</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>zero bytes of UTF-16</source>
        <translation>UTF-16 的零字节</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>有效的 UTF-8</translation>
    </message>
    <message>
        <source>double-byte Chinese sequences</source>
        <translation>双字节中文序列</translation>
    </message>
    <message>
        <source>Russian letter frequencies</source>
        <translation>俄文字母频率</translation>
    </message>
    <message>
        <source>the text ends inside a %1 character</source>
        <translation>文本在一个 %1 字符中间截断</translation>
    </message>
    <message>
        <source>the text is not valid %1 (byte %2)</source>
        <translation>文本不是有效的 %1（第 %2 字节）</translation>
    </message>
    <message>
        <source>ticket %1 appears again (first on line %2); a mapping without an event_log section expects one row per ticket</source>
        <translation>工单 %1 再次出现（首次在第 %2 行）；没有 event_log 部分的映射要求每个工单只占一行</translation>
    </message>
    <message>
        <source>the ticket has no creation time</source>
        <translation>该工单没有创建时间</translation>
    </message>
    <message>
        <source>could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>导入已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>--format %1 has its own mapping; give --format csv or jsonl with --mapping</source>
        <translation>--format %1 有自己的映射；使用 --mapping 时请指定 --format csv 或 jsonl</translation>
    </message>
    <message>
        <source>no database to import into</source>
        <translation>没有可导入的数据库</translation>
    </message>
    <message>
        <source>unclosed quote in the time format &apos;%1&apos;</source>
        <translation>时间格式“%1”中有未闭合的引号</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; uses &apos;%2&apos;, which is not supported (use y M d H h m s z AP)</source>
        <translation>时间格式“%1”使用了不支持的“%2”（请使用 y M d H h m s z AP）</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; needs yyyy or yy</source>
        <translation>时间格式“%1”需要 yyyy 或 yy</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; uses %2, which is not supported (month and day names are not read)</source>
        <translation>时间格式“%1”使用了不支持的 %2（不读取月份和星期名称）</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; names a field twice</source>
        <translation>时间格式“%1”中有字段出现了两次</translation>
    </message>
    <message>
        <source>the time format &apos;%1&apos; needs a year, a month and a day</source>
        <translation>时间格式“%1”需要年、月和日</translation>
    </message>
    <message>
        <source>no time format given</source>
        <translation>未指定时间格式</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>the knowledge base could not be read: %1</source>
        <translation>无法读取知识库：%1</translation>
    </message>
    <message>
        <source>votes are counted per agent: choose who you are before voting</source>
        <translation>投票按客服统计：投票前请先选择您的身份</translation>
    </message>
    <message>
        <source>there is no such ticket</source>
        <translation>没有这个工单</translation>
    </message>
    <message>
        <source>SLA settings could not be read or saved: %1</source>
        <translation>无法读取或保存 SLA 设置：%1</translation>
    </message>
    <message>
        <source>stored SLA policy %1</source>
        <translation>已保存 SLA 策略 %1</translation>
    </message>
    <message>
        <source>keep at least one SLA policy; a policy without targets measures nothing but still names the calendar</source>
        <translation>请至少保留一个 SLA 策略；没有目标的策略不计量任何指标，但仍会指定工作日历</translation>
    </message>
    <message>
        <source>the calendar &quot;%1&quot; does not exist</source>
        <translation>日历“%1”不存在</translation>
    </message>
    <message>
        <source>no calendar is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的日历</translation>
    </message>
    <message>
        <source>stored calendar %1</source>
        <translation>已保存日历 %1</translation>
    </message>
    <message>
        <source>a calendar needs a name</source>
        <translation>日历需要名称</translation>
    </message>
    <message>
        <source>names starting with &quot;builtin:&quot; are reserved for the shipped calendars; choose another name</source>
        <translation>以“builtin:”开头的名称保留给内置日历；请另选名称</translation>
    </message>
    <message>
        <source>the calendar is not valid</source>
        <translation>日历无效</translation>
    </message>
    <message>
        <source>the calendar &quot;%1&quot; is used by the SLA policy &quot;%2&quot;; choose another calendar for that policy first</source>
        <translation>日历“%1”正被 SLA 策略“%2”使用；请先为该策略选择其他日历</translation>
    </message>
    <message>
        <source>SLA policy field &quot;%1&quot;: %2</source>
        <translation>SLA 策略字段“%1”：%2</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected a list of non-empty texts</source>
        <translation>应为非空文本列表</translation>
    </message>
    <message>
        <source>expected whole minutes greater than zero</source>
        <translation>应为大于零的整数分钟</translation>
    </message>
    <message>
        <source>expected minutes or {goal_minutes, limit_minutes}</source>
        <translation>应为分钟数或 {goal_minutes, limit_minutes}</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>goal and limit must be whole minutes above zero</source>
        <translation>目标和上限必须是大于零的整数分钟</translation>
    </message>
    <message>
        <source>each warning is {&quot;percent&quot;: P} or {&quot;minutes_before&quot;: M}</source>
        <translation>每个预警应为 {&quot;percent&quot;: P} 或 {&quot;minutes_before&quot;: M}</translation>
    </message>
    <message>
        <source>percent must be 1 to 100</source>
        <translation>percent 必须在 1 到 100 之间</translation>
    </message>
    <message>
        <source>minutes before the limit must be above zero</source>
        <translation>上限前的分钟数必须大于零</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>未知值“%1”</translation>
    </message>
    <message>
        <source>expected a list of 1 to 4</source>
        <translation>应为由 1 到 4 之间的数字组成的列表</translation>
    </message>
    <message>
        <source>unknown SLA policy field &quot;%1&quot;</source>
        <translation>未知的 SLA 策略字段“%1”</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected a list of SLA policies</source>
        <translation>应为 SLA 策略列表</translation>
    </message>
    <message>
        <source>expected an SLA policy object</source>
        <translation>应为 SLA 策略对象</translation>
    </message>
    <message>
        <source>the SLA state could not be read or saved: %1</source>
        <translation>无法读取或保存 SLA 状态：%1</translation>
    </message>
    <message>
        <source>SLA policy %1</source>
        <translation>SLA 策略 %1</translation>
    </message>
    <message>
        <source>no SLA has been computed for this ticket yet</source>
        <translation>尚未为此工单计算 SLA</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>不计算</translation>
    </message>
    <message>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>past goal</source>
        <translation>已超目标</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>后续响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>the database is not an SQLite connection</source>
        <translation>该数据库不是 SQLite 连接</translation>
    </message>
    <message>
        <source>could not prepare a database statement: %1</source>
        <translation>无法准备数据库语句：%1</translation>
    </message>
    <message>
        <source>a database statement failed</source>
        <translation>数据库语句执行失败</translation>
    </message>
    <message>
        <source>could not read imported tickets</source>
        <translation>无法读取已导入的工单</translation>
    </message>
    <message>
        <source>could not read groups</source>
        <translation>无法读取组列表</translation>
    </message>
    <message>
        <source>could not read agents</source>
        <translation>无法读取客服列表</translation>
    </message>
    <message>
        <source>could not read customers</source>
        <translation>无法读取客户列表</translation>
    </message>
    <message>
        <source>could not record external id %1</source>
        <translation>无法记录外部 id %1</translation>
    </message>
    <message>
        <source>could not write the rating of ticket #%1</source>
        <translation>无法写入工单 #%1 的评分</translation>
    </message>
    <message>
        <source>could not update ticket #%1</source>
        <translation>无法更新工单 #%1</translation>
    </message>
    <message>
        <source>could not read tickets</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <source>could not count the tickets due soon</source>
        <translation>无法统计即将到期的工单</translation>
    </message>
    <message>
        <source>could not read the agent&apos;s groups</source>
        <translation>无法读取客服所在的组</translation>
    </message>
    <message>
        <source>the reply templates could not be read: %1</source>
        <translation>无法读取回复模板：%1</translation>
    </message>
    <message>
        <source>the reply template could not be saved: %1</source>
        <translation>无法保存回复模板：%1</translation>
    </message>
    <message>
        <source>there is no such reply template</source>
        <translation>没有这个回复模板</translation>
    </message>
    <message>
        <source>give the template a name</source>
        <translation>请为模板命名</translation>
    </message>
    <message>
        <source>the template has no text</source>
        <translation>模板没有正文</translation>
    </message>
    <message>
        <source>a template is written in Russian (ru), Chinese (zh) or English (en), not &quot;%1&quot;</source>
        <translation>模板的语言应为俄语（ru）、中文（zh）或英语（en），而不是“%1”</translation>
    </message>
    <message>
        <source>a template named &quot;%1&quot; already exists in this language: choose another name or edit that template</source>
        <translation>此语言中已存在名为“%1”的模板：请另选名称，或编辑该模板</translation>
    </message>
    <message>
        <source>there is no reply template named &quot;%1&quot;</source>
        <translation>没有名为“%1”的回复模板</translation>
    </message>
    <message>
        <source>could not save the draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>could not read the draft</source>
        <translation>无法读取草稿</translation>
    </message>
    <message>
        <source>could not remove the draft</source>
        <translation>无法删除草稿</translation>
    </message>
    <message>
        <source>filter field &quot;%1&quot;: %2</source>
        <translation>筛选字段“%1”：%2</translation>
    </message>
    <message>
        <source>unknown value %1</source>
        <translation>未知值 %1</translation>
    </message>
    <message>
        <source>expected a date such as 2026-03-31</source>
        <translation>应为日期，例如 2026-03-31</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>expected priorities from 1 to 4</source>
        <translation>应为 1 到 4 的优先级</translation>
    </message>
    <message>
        <source>expected agent logins, or null for unassigned</source>
        <translation>应为客服登录名，未分配则为 null</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>范围的结束早于开始</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>the filter is not valid JSON: %1</source>
        <translation>筛选条件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a filter must be a JSON object</source>
        <translation>筛选条件必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 must be rated from 1 to 5</source>
        <translation>%1必须在 1 到 5 之间</translation>
    </message>
    <message>
        <source>the overall score</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <source>reaction time</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <source>quality of service</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>effectiveness of the solution</source>
        <translation>解决方案有效性</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>the source of a rating must be operator, survey or import</source>
        <translation>评分来源必须是 operator、survey 或 import</translation>
    </message>
    <message>
        <source>the database is busy; try again</source>
        <translation>数据库繁忙；请重试</translation>
    </message>
    <message>
        <source>only a resolved ticket can be rated</source>
        <translation>只能对已解决的工单评分</translation>
    </message>
    <message>
        <source>could not save the rating</source>
        <translation>无法保存评分</translation>
    </message>
    <message>
        <source>could not record the change</source>
        <translation>无法记录更改</translation>
    </message>
    <message>
        <source>could not read the rating</source>
        <translation>无法读取评分</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <translation>时段的结束早于开始</translation>
    </message>
    <message>
        <source>could not read the ratings</source>
        <translation>无法读取评分</translation>
    </message>
    <message>
        <source>no such group: %1</source>
        <translation>组不存在：%1</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>组必须有名称</translation>
    </message>
    <message numerus="yes">
        <source>a group name may have at most %n character(s)</source>
        <translation>
            <numerusform>组名最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>could not add the group</source>
        <translation>无法添加组</translation>
    </message>
    <message>
        <source>a group named %1 already exists</source>
        <translation>已存在名为 %1 的组</translation>
    </message>
    <message>
        <source>could not change the group&apos;s routing</source>
        <translation>无法更改组的分派方式</translation>
    </message>
    <message>
        <source>could not add the agent to the group</source>
        <translation>无法将客服添加到组</translation>
    </message>
    <message>
        <source>could not remove the agent from the group</source>
        <translation>无法将客服移出组</translation>
    </message>
    <message>
        <source>could not change the agent&apos;s availability</source>
        <translation>无法更改客服的在线状态</translation>
    </message>
    <message>
        <source>no such agent: %1</source>
        <translation>客服不存在：%1</translation>
    </message>
    <message>
        <source>the limit of open tickets must be 0 (no limit) or more</source>
        <translation>未完成工单上限必须为 0（不设上限）或更大</translation>
    </message>
    <message>
        <source>could not change the agent&apos;s limit of open tickets</source>
        <translation>无法更改客服的未完成工单上限</translation>
    </message>
    <message>
        <source>could not read the group</source>
        <translation>无法读取组</translation>
    </message>
    <message>
        <source>could not read the groups</source>
        <translation>无法读取组列表</translation>
    </message>
    <message>
        <source>could not read the agents&apos; routing settings</source>
        <translation>无法读取客服的分派设置</translation>
    </message>
    <message>
        <source>could not count the agent&apos;s open tickets</source>
        <translation>无法统计客服的未完成工单</translation>
    </message>
    <message>
        <source>no such agent: #%1</source>
        <translation>客服不存在：#%1</translation>
    </message>
    <message>
        <source>could not read the group&apos;s routing</source>
        <translation>无法读取组的分派方式</translation>
    </message>
    <message>
        <source>no such group: #%1</source>
        <translation>组不存在：#%1</translation>
    </message>
    <message>
        <source>could not read the group&apos;s members</source>
        <translation>无法读取组成员</translation>
    </message>
    <message>
        <source>could not save the round-robin position</source>
        <translation>无法保存轮询位置</translation>
    </message>
    <message>
        <source>the ticket is already “%1”</source>
        <translation>工单已处于“%1”状态</translation>
    </message>
    <message>
        <source>a ticket cannot go back to new</source>
        <translation>工单不能退回“新建”状态</translation>
    </message>
    <message>
        <source>a closed ticket cannot change; when the customer writes again, a linked ticket is opened</source>
        <translation>已关闭的工单不能更改；客户再次来信时，会新开一个关联工单</translation>
    </message>
    <message>
        <source>only a resolved ticket can be closed; resolve it first</source>
        <translation>只能关闭已解决的工单；请先解决</translation>
    </message>
    <message>
        <source>a resolved ticket can only be reopened or closed</source>
        <translation>已解决的工单只能重新打开或关闭</translation>
    </message>
    <message>
        <source>could not read the agents</source>
        <translation>无法读取客服列表</translation>
    </message>
    <message>
        <source>skills %1 and %2</source>
        <extracomment>Routing reason: the agent has both skills, e.g. &quot;skills fault and phone&quot;.</extracomment>
        <translation>技能 %1 和 %2</translation>
    </message>
    <message>
        <source>skill %1</source>
        <extracomment>Routing reason: the agent has this skill, e.g. &quot;skill fault&quot;.</extracomment>
        <translation>技能 %1</translation>
    </message>
    <message>
        <source>%1, language %2</source>
        <extracomment>Routing reason: the matched criteria, e.g. &quot;skill fault, language ru&quot;.</extracomment>
        <translation>%1，语言 %2</translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: round robin, %n open ticket(s)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>已分派给 %1：轮询，未完成工单 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: fewest open tickets (%n)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>已分派给 %1：未完成工单最少（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: %2, %n open ticket(s)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name, %2: the matched criteria (&quot;skill fault, language ru&quot;).</extracomment>
        <translation>
            <numerusform>已分派给 %1：%2，未完成工单 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: no agent with the skill, fewest open tickets (%n)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>已分派给 %1：没有具备该技能的客服，未完成工单最少（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>could not save the message</source>
        <translation>无法保存消息</translation>
    </message>
    <message>
        <source>could not save the ticket</source>
        <translation>无法保存工单</translation>
    </message>
    <message>
        <source>the ticket was changed by someone else</source>
        <translation>工单已被他人更改</translation>
    </message>
    <message>
        <source>changed by the customer or the system at %1</source>
        <translation>已由客户或系统于 %1 更改</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>已由 %1 于 %2 更改</translation>
    </message>
    <message>
        <source>could not read the agent&apos;s limit</source>
        <translation>无法读取客服的上限</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n open ticket(s), which is their limit</source>
        <translation>
            <numerusform>%1 已有 %n 个未完成工单，已达上限</numerusform>
        </translation>
    </message>
    <message>
        <source>the ticket is closed: %1</source>
        <translation>工单已关闭：%1</translation>
    </message>
    <message>
        <source>already taken by %1</source>
        <translation>已被 %1 领取</translation>
    </message>
    <message>
        <source>the ticket is %1; only open tickets can be claimed</source>
        <translation>工单状态为“%1”；只能领取未完成的工单</translation>
    </message>
    <message>
        <source>it cannot be reassigned</source>
        <translation>无法重新分配</translation>
    </message>
    <message>
        <source>a reply needs the agent who writes it</source>
        <translation>回复需要指定撰写它的客服</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>回复为空</translation>
    </message>
    <message>
        <source>write to the customer in a new ticket</source>
        <translation>请在新工单中联系客户</translation>
    </message>
    <message>
        <source>the priority must be 1, 2, 3 or 4</source>
        <translation>优先级必须为 1、2、3 或 4</translation>
    </message>
    <message>
        <source>its fields cannot change</source>
        <translation>其字段无法更改</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>组不存在</translation>
    </message>
    <message>
        <source>could not read the tags</source>
        <translation>无法读取标签</translation>
    </message>
    <message>
        <source>could not save the tags</source>
        <translation>无法保存标签</translation>
    </message>
    <message>
        <source>could not save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>could not read the settings</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>the reopen period must be 0 to 365 days</source>
        <translation>重新打开期限必须为 0 到 365 天</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>消息为空</translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation>工单必须有主题</translation>
    </message>
    <message>
        <source>the requester must be an e-mail address</source>
        <translation>提交人必须是邮件地址</translation>
    </message>
    <message>
        <source>the language must be ru, zh or en</source>
        <translation>语言必须是 ru、zh 或 en</translation>
    </message>
    <message>
        <source>could not read the customer</source>
        <translation>无法读取客户信息</translation>
    </message>
    <message>
        <source>could not add the customer</source>
        <translation>无法添加客户</translation>
    </message>
    <message>
        <source>could not create the ticket</source>
        <translation>无法创建工单</translation>
    </message>
    <message>
        <source>could not read the timer</source>
        <translation>无法读取计时器</translation>
    </message>
    <message>
        <source>could not save the time</source>
        <translation>无法保存工时</translation>
    </message>
    <message>
        <source>the time spent must be from 1 second to 24 hours</source>
        <translation>工时必须在 1 秒到 24 小时之间</translation>
    </message>
    <message>
        <source>the start time is not valid</source>
        <translation>开始时间无效</translation>
    </message>
    <message>
        <source>could not start the timer</source>
        <translation>无法启动计时器</translation>
    </message>
    <message>
        <source>could not stop the timer</source>
        <translation>无法停止计时器</translation>
    </message>
    <message>
        <source>could not read the time spent</source>
        <translation>无法读取工时</translation>
    </message>
    <message>
        <source>no such time entry</source>
        <translation>工时记录不存在</translation>
    </message>
    <message>
        <source>only the agent who recorded this time can remove it</source>
        <translation>只有记录此工时的客服才能删除它</translation>
    </message>
    <message>
        <source>could not remove the time</source>
        <translation>无法删除工时记录</translation>
    </message>
    <message>
        <source>the arrivals per hour must be a number of 0 or more, not %1</source>
        <translation>每小时到达数必须为 0 或更大的数，而不是 %1</translation>
    </message>
    <message>
        <source>the average handling time must be more than 0 seconds, not %1</source>
        <translation>平均处理时长必须大于 0 秒，而不是 %1</translation>
    </message>
    <message>
        <source>the answer-within time must be 0 seconds or more, not %1</source>
        <translation>应答时限必须为 0 秒或更长，而不是 %1</translation>
    </message>
    <message>
        <source>the target service level must be more than 0 and at most 1, not %1</source>
        <translation>目标服务水平必须大于 0 且不超过 1，而不是 %1</translation>
    </message>
    <message>
        <source>a service level of 100% is never reached while contacts arrive at random; ask for less, such as 99.9%</source>
        <translation>联系随机到达时，服务水平永远达不到 100%；请设定较低的目标，例如 99.9%</translation>
    </message>
    <message>
        <source>%1 erlangs of traffic need more than %2 agents; split the queue or check the arrivals and the handling time</source>
        <translation>%1 爱尔兰的话务量需要超过 %2 名客服；请拆分队列，或检查到达量和处理时长</translation>
    </message>
    <message>
        <source>the target service level needs more than %1 agents</source>
        <translation>目标服务水平需要超过 %1 名客服</translation>
    </message>
    <message>
        <source>the reporting calendar is not valid</source>
        <translation>报表所用的工作日历无效</translation>
    </message>
    <message>
        <source>could not prepare the report</source>
        <translation>无法准备报表</translation>
    </message>
    <message>
        <source>could not select the tickets of the report</source>
        <translation>无法选取报表的工单</translation>
    </message>
    <message>
        <source>could not read the time entries</source>
        <translation>无法读取工时记录</translation>
    </message>
    <message>
        <source>could not read the filter</source>
        <translation>无法读取筛选器</translation>
    </message>
    <message>
        <source>no group is named “%1”</source>
        <translation>没有名为“%1”的组</translation>
    </message>
    <message>
        <source>no agent has the login “%1”</source>
        <translation>没有登录名为“%1”的客服</translation>
    </message>
    <message>
        <source>the created range ends before it starts</source>
        <translation>创建日期范围的结束早于开始</translation>
    </message>
    <message>
        <source>could not save the filter</source>
        <translation>无法保存筛选器</translation>
    </message>
    <message>
        <source>there is no group with id %1</source>
        <translation>没有 ID 为 %1 的组</translation>
    </message>
    <message>
        <source>there is no agent with id %1</source>
        <translation>没有 ID 为 %1 的客服</translation>
    </message>
    <message>
        <source>could not read the saved filters</source>
        <translation>无法读取已保存的筛选器</translation>
    </message>
    <message>
        <source>could not read the saved filter</source>
        <translation>无法读取该已保存的筛选器</translation>
    </message>
    <message>
        <source>no such saved filter</source>
        <translation>已保存的筛选器不存在</translation>
    </message>
    <message>
        <source>a filter needs a name</source>
        <translation>筛选器必须有名称</translation>
    </message>
    <message>
        <source>a filter name may have at most %1 characters</source>
        <translation>筛选器名称最多 %1 个字符</translation>
    </message>
    <message>
        <source>you already have a filter named “%1”</source>
        <translation>您已有名为“%1”的筛选器</translation>
    </message>
    <message>
        <source>a filter is saved for an agent; none is chosen</source>
        <translation>筛选器需保存到某个客服名下，但未选择客服</translation>
    </message>
    <message>
        <source>only its owner can change the filter “%1”</source>
        <translation>只有所有者才能更改筛选器“%1”</translation>
    </message>
    <message>
        <source>could not delete the filter</source>
        <translation>无法删除筛选器</translation>
    </message>
    <message>
        <source>only its owner can delete the filter “%1”</source>
        <translation>只有所有者才能删除筛选器“%1”</translation>
    </message>
    <message>
        <source>Open this area at start: queue, knowledge, dashboards or settings.</source>
        <translation>启动时打开的区域：queue、knowledge、dashboards 或 settings。</translation>
    </message>
    <message>
        <source>--area takes queue, knowledge, dashboards or settings</source>
        <translation>--area 接受 queue、knowledge、dashboards 或 settings</translation>
    </message>
    <message>
        <source>a scorecard weight must be a number of 0 or more, not %1</source>
        <translation>评分权重必须是大于或等于 0 的数字，而不是 %1</translation>
    </message>
    <message>
        <source>at least one scorecard weight must be above 0</source>
        <translation>至少有一个评分权重必须大于 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion of the scorecard (reaction, quality, effectiveness, communication, feedback)</source>
        <translation>“%1”不是评分标准（reaction、quality、effectiveness、communication、feedback）</translation>
    </message>
    <message>
        <source>a scorecard weight must be a number</source>
        <translation>评分权重必须是数字</translation>
    </message>
    <message>
        <source>the stored scorecard weights are not a JSON object</source>
        <translation>已保存的评分权重不是 JSON 对象</translation>
    </message>
    <message>
        <source>the target service level must be above 0 and below 1, not %1</source>
        <translation>目标服务水平必须大于 0 且小于 1，而不是 %1</translation>
    </message>
    <message>
        <source>the default handling time must be more than 0 seconds, not %1</source>
        <translation>默认处理时长必须大于 0 秒，而不是 %1</translation>
    </message>
    <message>
        <source>could not read the tickets</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <source>the number of articles must be between 0 and %1</source>
        <translation>文章数量必须在 0 到 %1 之间</translation>
    </message>
    <message numerus="yes">
        <source>the knowledge base already has %n article(s); demo articles go only into an empty knowledge base</source>
        <translation>
            <numerusform>知识库中已有 %n 篇文章；演示文章只能写入空知识库</numerusform>
        </translation>
    </message>
    <message>
        <source>a category name is empty</source>
        <translation>分类名称为空</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>a KPI target is not a JSON object</source>
        <translation>KPI 目标不是 JSON 对象</translation>
    </message>
    <message>
        <source>a KPI target is not a number</source>
        <translation>KPI 目标不是数字</translation>
    </message>
    <message>
        <source>a KPI action note is not text</source>
        <translation>KPI 措施备注不是文本</translation>
    </message>
    <message>
        <source>the stored KPI targets are not a JSON object</source>
        <translation>已保存的 KPI 目标不是 JSON 对象</translation>
    </message>
    <message>
        <source>could not save the KPI targets</source>
        <translation>无法保存 KPI 目标</translation>
    </message>
    <message>
        <source>the dashboard figures cover whole hours of calendar time, filtered by group only</source>
        <translation>仪表板数据以自然时间的整点小时为单位，仅按组筛选</translation>
    </message>
    <message>
        <source>the stored dashboard figures are damaged</source>
        <translation>已保存的仪表板数据已损坏</translation>
    </message>
    <message>
        <source>building the dashboard figures was cancelled</source>
        <translation>仪表板数据的构建已取消</translation>
    </message>
    <message>
        <source>could not read the dashboard figures</source>
        <translation>无法读取仪表板数据</translation>
    </message>
    <message>
        <source>could not reset the dashboard figures</source>
        <translation>无法重置仪表板数据</translation>
    </message>
    <message>
        <source>could not update the dashboard figures</source>
        <translation>无法更新仪表板数据</translation>
    </message>
    <message>
        <source>could not count the tickets</source>
        <translation>无法统计工单</translation>
    </message>
    <message>
        <source>Database file, or a team database as postgresql://user@host:port/database (default: $SWITCHBOARD_DB, else the team database chosen in the app, else %1).</source>
        <translation>数据库文件，或形如 postgresql://user@host:port/database 的团队数据库（默认：$SWITCHBOARD_DB，否则为在应用中选择的团队数据库，否则为 %1）。</translation>
    </message>
    <message>
        <source>%1

The team database was not changed. Check the server and your user name, or start Switchboard with --db PATH to work on a local database file.</source>
        <translation>%1

团队数据库未被更改。请检查服务器和用户名，或使用 --db PATH 启动 Switchboard 以使用本地数据库文件。</translation>
    </message>
    <message>
        <source>bulk loading writes SQLite files only; load into a file and copy it to the team database with &quot;migrate --to&quot;</source>
        <translation>批量加载只写入 SQLite 文件；请先加载到文件，再用“migrate --to”复制到团队数据库</translation>
    </message>
    <message>
        <source>cannot identify the team database</source>
        <translation>无法识别团队数据库</translation>
    </message>
    <message>
        <source>cannot open the local knowledge-base index: %1</source>
        <translation>无法打开本地知识库索引：%1</translation>
    </message>
    <message>
        <source>cannot prepare the local knowledge-base index</source>
        <translation>无法准备本地知识库索引</translation>
    </message>
    <message>
        <source>cannot read the knowledge base from the team database</source>
        <translation>无法从团队数据库读取知识库</translation>
    </message>
    <message>
        <source>cannot read the local knowledge-base index</source>
        <translation>无法读取本地知识库索引</translation>
    </message>
    <message>
        <source>cannot write the local knowledge-base index</source>
        <translation>无法写入本地知识库索引</translation>
    </message>
    <message>
        <source>could not read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>cannot connect to the team database: %1</source>
        <translation>无法连接到团队数据库：%1</translation>
    </message>
    <message>
        <source>the team database holds no Switchboard data</source>
        <translation>团队数据库中没有 Switchboard 数据</translation>
    </message>
    <message>
        <source>cannot reconnect to the team database</source>
        <translation>无法重新连接到团队数据库</translation>
    </message>
    <message>
        <source>cannot reconnect to the team database: %1</source>
        <translation>无法重新连接到团队数据库：%1</translation>
    </message>
    <message>
        <source>the database to migrate must be an SQLite file, not a server</source>
        <translation>要迁移的数据库必须是 SQLite 文件，而不是服务器</translation>
    </message>
    <message>
        <source>the database file holds no Switchboard data</source>
        <translation>数据库文件中没有 Switchboard 数据</translation>
    </message>
    <message>
        <source>the database file has schema version %1 but this Switchboard migrates version %2; open it once with this version to upgrade it</source>
        <translation>数据库文件的架构版本为 %1，而此版本的 Switchboard 迁移的是版本 %2；请先用此版本打开一次该文件以完成升级</translation>
    </message>
    <message>
        <source>the target database refused a statement</source>
        <translation>目标数据库拒绝了一条语句</translation>
    </message>
    <message>
        <source>cannot read the target schema</source>
        <translation>无法读取目标数据库的架构</translation>
    </message>
    <message>
        <source>cannot read the source schema</source>
        <translation>无法读取源数据库的架构</translation>
    </message>
    <message>
        <source>the target database has no column for %1.%2; both must have the same schema</source>
        <translation>目标数据库没有列 %1.%2；两边的架构必须相同</translation>
    </message>
    <message>
        <source>the tables reference each other in a cycle; cannot choose a copy order</source>
        <translation>表之间存在循环引用；无法确定复制顺序</translation>
    </message>
    <message>
        <source>cannot read the source schema version</source>
        <translation>无法读取源数据库的架构版本</translation>
    </message>
    <message>
        <source>cannot read the target schema version</source>
        <translation>无法读取目标数据库的架构版本</translation>
    </message>
    <message>
        <source>the source has schema version %1 and the target %2; both must have the same version</source>
        <translation>源数据库的架构版本为 %1，目标为 %2；两者必须相同</translation>
    </message>
    <message>
        <source>cannot read the target database</source>
        <translation>无法读取目标数据库</translation>
    </message>
    <message>
        <source>the target database already holds data (%1); migrate into an empty database</source>
        <translation>目标数据库已有数据（%1）；请迁移到空数据库</translation>
    </message>
    <message>
        <source>cannot read the source database</source>
        <translation>无法读取源数据库</translation>
    </message>
    <message>
        <source>cannot copy table %1</source>
        <translation>无法复制表 %1</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>第 %1 至 %2 行</translation>
    </message>
    <message>
        <source>cannot verify table %1</source>
        <translation>无法校验表 %1</translation>
    </message>
    <message>
        <source>migration copies an SQLite file into a PostgreSQL database</source>
        <translation>迁移会将 SQLite 文件复制到 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>cannot open the source database</source>
        <translation>无法打开源数据库</translation>
    </message>
    <message>
        <source>cannot connect to the target database</source>
        <translation>无法连接到目标数据库</translation>
    </message>
    <message>
        <source>cannot start reading the source database</source>
        <translation>无法开始读取源数据库</translation>
    </message>
    <message>
        <source>cannot start a transaction on the target database: %1</source>
        <translation>无法在目标数据库上开始事务：%1</translation>
    </message>
    <message>
        <source>verification failed: the target has %1 rows (checksum %2) where the source has %3 (checksum %4); nothing was migrated</source>
        <translation>校验失败：目标有 %1 行（校验和 %2），源有 %3 行（校验和 %4）；未迁移任何内容</translation>
    </message>
    <message>
        <source>unsupported database URL; use a file path or postgresql://user@host:port/database</source>
        <translation>不支持的数据库 URL；请使用文件路径或 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the database URL is not valid: %1</source>
        <translation>数据库 URL 无效：%1</translation>
    </message>
    <message>
        <source>the database URL must name one database, as in postgresql://user@host:5432/switchboard</source>
        <translation>数据库 URL 必须指定一个数据库，例如 postgresql://user@host:5432/switchboard</translation>
    </message>
    <message>
        <source>unknown connection parameter &quot;%1&quot; in the database URL</source>
        <translation>数据库 URL 中有未知的连接参数“%1”</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>无法读取密码文件：%1</translation>
    </message>
    <message>
        <source>cannot write the password file: %1</source>
        <translation>无法写入密码文件：%1</translation>
    </message>
    <message>
        <source>cannot read the database schema</source>
        <translation>无法读取数据库架构</translation>
    </message>
    <message>
        <source>the database is damaged: its schema version is missing</source>
        <translation>数据库已损坏：缺少架构版本</translation>
    </message>
    <message>
        <source>this PostgreSQL database belongs to another program</source>
        <translation>此 PostgreSQL 数据库属于其他程序</translation>
    </message>
    <message>
        <source>this PostgreSQL database already holds tables of another program; create an empty database for Switchboard</source>
        <translation>此 PostgreSQL 数据库中已有其他程序的表；请为 Switchboard 创建一个空数据库</translation>
    </message>
    <message>
        <source>cannot lock the database for its upgrade</source>
        <translation>无法为升级锁定数据库</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>迁移 %1 失败</translation>
    </message>
    <message>
        <source>cannot register the search ranking: %1</source>
        <translation>无法注册搜索排序函数：%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::AddTimeDialog</name>
    <message>
        <source>Add time to #%1</source>
        <translation>为 #%1 添加工时</translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation>工作分钟数</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes of work on this ticket that ended now</source>
        <translation>截至现在在此工单上工作的分钟数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What the time was spent on (optional)</source>
        <translation>工时用途（可选）</translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation>工时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::AgentRatingsChart</name>
    <message>
        <source>Each agent&apos;s scorecard total: the weighted mean of the scores (0–100, 50 at the team&apos;s median) for reaction time, quality, effectiveness, communication and feedback.</source>
        <translation>每位客服的综合评分：响应速度、质量、有效性、沟通和客户反馈各项分数（0–100，团队中位数为 50）的加权平均值。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>an agent with a low sample</comment>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%1: total %2 of 100; %3 resolved, %Ln rated ticket(s)</source>
        <translation>
            <numerusform>%1：总分 %2（满分 100）；已解决 %3 个，已评分工单 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank. agent&apos;s figures</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Team average: %1</source>
        <translation>团队平均：%1</translation>
    </message>
    <message numerus="yes">
        <source>Low sample: fewer than %Ln rated ticket(s), one more rating can move the total by tens of points.</source>
        <translation>
            <numerusform>样本过少：已评分工单少于 %Ln 个，再多一个评分就可能使总分变化几十分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents&apos; scorecard total, best first</source>
        <translation>客服综合评分，由高到低</translation>
    </message>
    <message>
        <source>Agents&apos; scorecard — computing…</source>
        <translation>客服评分 — 正在计算…</translation>
    </message>
    <message>
        <source>Agents&apos; scorecard — could not compute: %1</source>
        <translation>客服评分 — 无法计算：%1</translation>
    </message>
    <message>
        <source>Agents&apos; scorecard — no agent resolved or was rated</source>
        <translation>客服评分 — 没有客服解决过工单或获得过评分</translation>
    </message>
    <message>
        <source>Scorecard total</source>
        <translation>综合评分</translation>
    </message>
    <message numerus="yes">
        <source>Low sample (fewer than %Ln rated)</source>
        <translation>
            <numerusform>样本过少（评分少于 %Ln 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>agent name (login)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>total score, 0–100 (50: the team&apos;s median)</source>
        <translation>综合分数，0–100（50：团队中位数）</translation>
    </message>
    <message>
        <source>Team average %1</source>
        <translation>团队平均 %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ArticleEditor</name>
    <message>
        <source>Article editor</source>
        <translation>文章编辑器</translation>
    </message>
    <message>
        <source>This article has unsaved changes.</source>
        <translation>此文章有未保存的更改。</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save as a new revision (%1)</source>
        <translation>保存为新版本（%1）</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>正文(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>版本(&amp;R)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>printer, network</source>
        <translation>打印机, 网络</translation>
    </message>
    <message>
        <source>Re&amp;view by</source>
        <translation>复审截止(&amp;V)</translation>
    </message>
    <message>
        <source>The article appears in &quot;Due for review&quot; from this day on</source>
        <translation>从这一天起，文章会出现在“待复审”中</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>复审日期</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation>文章正文（Markdown）</translation>
    </message>
    <message>
        <source>Shown beside the editor</source>
        <translation>显示在编辑器旁</translation>
    </message>
    <message>
        <source>&amp;New translation</source>
        <translation>新建译文(&amp;N)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Other language version (read-only)</source>
        <translation>其他语言译本（只读）</translation>
    </message>
    <message>
        <source>&amp;Beside the editor:</source>
        <translation>编辑器旁(&amp;B)：</translation>
    </message>
    <message>
        <source>Revisions, newest first</source>
        <translation>版本（最新的在前）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Co&amp;mpare with current</source>
        <translation>与当前文本比较(&amp;M)</translation>
    </message>
    <message>
        <source>Show what changed from the chosen revision to the text in the editor</source>
        <translation>显示从所选版本到编辑器中文本的更改</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Choose a revision and press &quot;Compare with current&quot; to see what changed: lines marked + were added since, lines marked - were removed.</source>
        <translation>选择一个版本并点击“与当前文本比较”查看更改：标有 + 的行是此后新增的，标有 - 的行是已删除的。</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>无分类</translation>
    </message>
    <message>
        <source>The categories could not be read: %1</source>
        <translation>无法读取分类：%1</translation>
    </message>
    <message>
        <source>The article cannot be opened: %1</source>
        <translation>无法打开文章：%1</translation>
    </message>
    <message>
        <source>New article[*]</source>
        <translation>新文章[*]</translation>
    </message>
    <message>
        <source>%1[*] — Edit article</source>
        <translation>%1[*] — 编辑文章</translation>
    </message>
    <message>
        <source>Save or discard your changes first</source>
        <translation>请先保存或放弃更改</translation>
    </message>
    <message>
        <source>This revision is the current text</source>
        <translation>此版本即当前文本</translation>
    </message>
    <message>
        <source>Make this revision the current text; that is saved as a new revision, so it can be undone</source>
        <translation>将此版本设为当前文本；这会保存为一个新版本，因此可以撤销</translation>
    </message>
    <message>
        <source>Create a linked draft in another language</source>
        <translation>创建另一种语言的关联草稿</translation>
    </message>
    <message>
        <source>Save the article first</source>
        <translation>请先保存文章</translation>
    </message>
    <message>
        <source>Give the article a title before saving.</source>
        <translation>保存前请为文章填写标题。</translation>
    </message>
    <message>
        <source>The article was not saved: %1</source>
        <translation>文章未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>The revisions could not be read: %1</source>
        <translation>无法读取版本：%1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The translations could not be read: %1</source>
        <translation>无法读取译文：%1</translation>
    </message>
    <message>
        <source>This version cannot be shown: %1</source>
        <translation>无法显示此译本：%1</translation>
    </message>
    <message>
        <source>The translation was not created: %1</source>
        <translation>未创建译文：%1</translation>
    </message>
    <message>
        <source>Every language has a version</source>
        <translation>每种语言都已有译本</translation>
    </message>
    <message>
        <source>save the article first</source>
        <translation>请先保存文章</translation>
    </message>
    <message>
        <source>A %1 draft was created; it opens in its own window.</source>
        <translation>已创建%1草稿，将在单独的窗口中打开。</translation>
    </message>
    <message>
        <source>From the revision of %1 to the text in the editor: %2.</source>
        <translation>从 %1 的版本到编辑器中的文本：%2。</translation>
    </message>
    <message>
        <source>The title was &quot;%1&quot;.</source>
        <translation>原标题为“%1”。</translation>
    </message>
    <message>
        <source>The revision was not restored: %1</source>
        <translation>版本未恢复：%1</translation>
    </message>
    <message>
        <source>The revision of %1 is the current text again, saved as a new revision.</source>
        <translation>%1 的版本已重新成为当前文本，并已保存为新版本。</translation>
    </message>
</context>
<context>
    <name>Switchboard::ArticleLinkFollower</name>
    <message>
        <source>Open article #%1 in the knowledge base</source>
        <translation>在知识库中打开文章 #%1</translation>
    </message>
    <message>
        <source>This link is not opened: %1</source>
        <translation>此链接不会打开：%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::BacklogChart</name>
    <message>
        <source>Backlog: tickets open (in a working status) at an instant, created earlier and not resolved or closed then.</source>
        <translation>积压工单：某一时刻处于处理状态的工单，即此前已创建、到该时刻尚未解决或关闭的工单。</translation>
    </message>
    <message>
        <source>%1: %2 open at the end (%3 at the start); %4 created, %5 resolved</source>
        <translation>%1：期末未完成 %2 个（期初 %3 个）；新建 %4 个，已解决 %5 个</translation>
    </message>
    <message>
        <source>Backlog: open tickets at the end of each day</source>
        <translation>积压工单：每天结束时的未完成工单</translation>
    </message>
    <message>
        <source>Backlog: open tickets at the end of each week</source>
        <translation>积压工单：每周结束时的未完成工单</translation>
    </message>
    <message>
        <source>Backlog: open tickets at the end of each month</source>
        <translation>积压工单：每月结束时的未完成工单</translation>
    </message>
    <message>
        <source>Backlog — computing…</source>
        <translation>积压工单 — 正在计算…</translation>
    </message>
    <message>
        <source>Backlog — could not compute: %1</source>
        <translation>积压工单 — 无法计算：%1</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation>未完成工单</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChannelTypeChart</name>
    <message>
        <source>Tickets created in the period, counted once by the channel they came through and once by their type.</source>
        <translation>本期新建的工单，按来源渠道统计一次，按类型再统计一次。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln ticket(s) created, %2 of the period&apos;s</source>
        <translation>
            <numerusform>%1：新建 %Ln 个工单，占本期的 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets created by channel and by type</source>
        <translation>按渠道和类型统计的新建工单</translation>
    </message>
    <message>
        <source>Tickets by channel and type — computing…</source>
        <translation>按渠道和类型统计的工单 — 正在计算…</translation>
    </message>
    <message>
        <source>Tickets by channel and type — could not compute: %1</source>
        <translation>按渠道和类型统计的工单 — 无法计算：%1</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>tickets created</source>
        <translation>新建工单</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionBanner</name>
    <message>
        <source>Connection to the team database was lost. Reconnecting… Your draft is kept.</source>
        <translation>与团队数据库的连接已断开。正在重新连接… 您的草稿已保留。</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
</context>
<context>
    <name>Switchboard::DashboardView</name>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期间</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>The previous period, for the trend, is the same length just before this one.</source>
        <translation>用于趋势对比的上期是紧接本期之前、长度相同的期间。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期间第一天</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期间最后一天</translation>
    </message>
    <message>
        <source>&amp;Business hours</source>
        <translation>工作时间(&amp;B)</translation>
    </message>
    <message>
        <source>Measure in business hours</source>
        <translation>按工作时间计算</translation>
    </message>
    <message>
        <source>Count durations in business time, Monday to Friday 09:00–18:00 in your time zone (%1), instead of calendar time.</source>
        <translation>按工作时间（您所在时区 %1 的周一至周五 09:00–18:00）而非自然时间计算时长。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>刷新仪表板</translation>
    </message>
    <message>
        <source>Compute the figures again (%1)</source>
        <translation>重新计算各项指标（%1）</translation>
    </message>
    <message>
        <source>Show &amp;tickets</source>
        <translation>显示工单(&amp;T)</translation>
    </message>
    <message>
        <source>Show the tickets created in the period</source>
        <translation>显示本期新建的工单</translation>
    </message>
    <message>
        <source>Open the tickets created in the period in the queue</source>
        <translation>在队列中打开本期新建的工单</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export the KPI table as CSV</source>
        <translation>将 KPI 表导出为 CSV</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>导出 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Export the dashboard as a PNG image</source>
        <translation>将仪表板导出为 PNG 图片</translation>
    </message>
    <message>
        <source>Computing the dashboard</source>
        <translation>正在计算仪表板</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>仪表板状态</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>关键绩效指标</translation>
    </message>
    <message>
        <source>Tickets created by weekday and hour</source>
        <translation>按星期和小时统计的新建工单</translation>
    </message>
    <message>
        <source>Could not set up the reporting calendar: %1</source>
        <translation>无法设置报表日历：%1</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算 %1…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard: %1. Try Refresh; if it fails again, the log has the details.</source>
        <translation>无法计算仪表板：%1。请尝试“刷新”；如果再次失败，请查看日志了解详情。</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>%1 计算失败</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 · %Ln ticket(s) in the period</source>
        <translation>
            <numerusform>已于 %1 更新 · 本期 %Ln 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed in %Ln ms</source>
        <translation>
            <numerusform>计算用时 %Ln 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets in this period — choose a longer period</source>
        <translation>本期没有工单 — 请选择更长的期间</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · compared with %1</source>
        <translation> · 对比 %1</translation>
    </message>
    <message>
        <source>Trend: %1 of %2</source>
        <translation>趋势：%1 / %2</translation>
    </message>
    <message>
        <source>business hours, Mon–Fri 09:00–18:00</source>
        <translation>工作时间，周一至周五 09:00–18:00</translation>
    </message>
    <message>
        <source>calendar time, %1</source>
        <translation>自然时间，%1</translation>
    </message>
    <message>
        <source>the KPI table is empty</source>
        <translation>KPI 表为空</translation>
    </message>
    <message>
        <source>could not write the image</source>
        <translation>无法写入图片</translation>
    </message>
    <message>
        <source>Export KPI table</source>
        <translation>导出 KPI 表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The KPI table was not saved.</source>
        <translation>KPI 表未保存。</translation>
    </message>
    <message>
        <source>Export dashboard image</source>
        <translation>导出仪表板图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The image was not saved.</source>
        <translation>图片未保存。</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目标</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>更改未保存。</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export the dashboard as a PDF report</source>
        <translation>将仪表板导出为 PDF 报表</translation>
    </message>
    <message>
        <source>A PDF report: the period, the KPI table and every chart. Each chart&apos;s context menu exports it alone as PNG or SVG.</source>
        <translation>PDF 报表：期间、KPI 表和所有图表。每个图表的右键菜单可将其单独导出为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Tickets created in the period by local weekday and hour of day; under each count, the agents needed (Erlang C) and the agents available on average in that hour.</source>
        <translation>本期按当地星期和小时统计的新建工单；每个数字下方为所需客服数（爱尔兰 C 公式）和该小时平均可用的客服数。</translation>
    </message>
    <message>
        <source>Help-desk dashboard</source>
        <translation>客服中心仪表板</translation>
    </message>
    <message>
        <source>no chart</source>
        <translation>没有图表</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export dashboard as PDF…</source>
        <translation>将仪表板导出为 PDF…</translation>
    </message>
    <message>
        <source>Export KPI table as CSV…</source>
        <translation>将 KPI 表导出为 CSV…</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>The chart was not saved.</source>
        <translation>图表未保存。</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>将仪表板导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>报表未保存。</translation>
    </message>
    <message>
        <source>Preparing the figures: %L1 of %L2 tickets</source>
        <translation>正在准备指标：%L1 / %L2 个工单</translation>
    </message>
    <message>
        <source>Scorecard &amp;weights…</source>
        <translation>评分权重(&amp;W)…</translation>
    </message>
    <message>
        <source>How much each criterion counts in an agent&apos;s total</source>
        <translation>每项标准在客服总分中所占的比重</translation>
    </message>
</context>
<context>
    <name>Switchboard::DateListEdit</name>
    <message>
        <source>%1: date to add</source>
        <translation>%1：要添加的日期</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>添加到“%1”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从“%1”中删除</translation>
    </message>
</context>
<context>
    <name>Switchboard::DurationEdit</name>
    <message>
        <source>min</source>
        <comment>duration unit</comment>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <comment>duration unit</comment>
        <translation>小时</translation>
    </message>
    <message>
        <source>d</source>
        <comment>duration unit</comment>
        <translation>天</translation>
    </message>
    <message>
        <source>A day is 24 hours of business time, not a calendar day</source>
        <translation>一天指 24 小时工作时间，而非一个自然日</translation>
    </message>
    <message>
        <source>%1, unit</source>
        <translation>%1，单位</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration in days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>Switchboard::ExportDialog</name>
    <message>
        <source>Export Tickets</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>tickets.csv or tickets.jsonl</source>
        <translation>tickets.csv 或 tickets.jsonl</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>创建日期从(&amp;F)：</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Created &amp;to:</source>
        <translation>创建日期至(&amp;T)：</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>One row per ticket; .jsonl writes JSON Lines, anything else CSV. Import tickets reads the file back.</source>
        <translation>每个工单一行；.jsonl 写入 JSON Lines，其他扩展名写入 CSV。“导入工单”可将该文件重新读入。</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>第一天晚于最后一天。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported %1 tickets to %2.</source>
        <translation>已将 %1 个工单导出到 %2。</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>未导出任何内容。</translation>
    </message>
</context>
<context>
    <name>Switchboard::ImportPreview</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>时间格式</translation>
    </message>
    <message>
        <source>the drafted mapping</source>
        <translation>映射草稿</translation>
    </message>
</context>
<context>
    <name>Switchboard::ImportWizard</name>
    <message>
        <source>Import Tickets</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV or JSON Lines export, optionally gzip-compressed. Nothing is written until the whole file has been checked.</source>
        <translation>CSV 或 JSON Lines 导出文件，可经 gzip 压缩。在整个文件检查完毕之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation>根据列自动识别</translation>
    </message>
    <message>
        <source>ServiceNow incident event log</source>
        <translation>ServiceNow 事件单事件日志</translation>
    </message>
    <message>
        <source>Software company help-desk log</source>
        <translation>软件公司客服中心日志</translation>
    </message>
    <message>
        <source>Switchboard export (CSV or JSON Lines)</source>
        <translation>Switchboard 导出文件（CSV 或 JSON Lines）</translation>
    </message>
    <message>
        <source>Mapping file (JSON)</source>
        <translation>映射文件（JSON）</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>映射文件</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>映射(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Importing the same file again adds nothing: tickets are found by their id in the source; changed ones are updated.</source>
        <translation>再次导入同一文件不会新增任何内容：工单按其在来源中的 id 查找；已更改的工单会被更新。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>行预览</translation>
    </message>
    <message>
        <source>&amp;Save Draft Mapping…</source>
        <translation>保存映射草稿(&amp;S)…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Stop and write nothing</source>
        <translation>停止且不写入任何内容</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>重新开始(&amp;S)</translation>
    </message>
    <message>
        <source>Go back to the first page to choose another file or format</source>
        <translation>返回第一页以选择其他文件或格式</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Ticket exports (*.csv *.jsonl *.ndjson *.gz);;All files (*)</source>
        <translation>工单导出文件 (*.csv *.jsonl *.ndjson *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Mapping File</source>
        <translation>映射文件</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>映射 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Encoding: %1 (detected)</source>
        <translation>编码：%1（自动检测）</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Format: JSON Lines</source>
        <translation>格式：JSON Lines</translation>
    </message>
    <message>
        <source>Format: CSV, delimiter “%1”</source>
        <translation>格式：CSV，分隔符“%1”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <source>Rows: about %1</source>
        <translation>行数：约 %1</translation>
    </message>
    <message>
        <source>The columns and their sample values; the mapping drafted from them is used for the import.</source>
        <translation>各列及其示例值；导入时使用据此生成的映射。</translation>
    </message>
    <message>
        <source>The first rows as they will be mapped to tickets.</source>
        <translation>前几行数据映射为工单后的样子。</translation>
    </message>
    <message>
        <source>The drafted mapping needs decisions before it can import: %1. Save it, complete it and choose it as the mapping file.</source>
        <translation>映射草稿需要先做出决定才能用于导入：%1。请保存并补全该草稿，然后将其选为映射文件。</translation>
    </message>
    <message>
        <source>Save Draft Mapping</source>
        <translation>保存映射草稿</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>映射 (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>正在取消：不会写入任何内容…</translation>
    </message>
    <message>
        <source>Reading %1: %2 rows checked</source>
        <translation>正在读取 %1：已检查 %2 行</translation>
    </message>
    <message>
        <source>Writing tickets: %1 of %2</source>
        <translation>正在写入工单：%1 / %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The tickets were imported, but their SLA could not be brought up to date.</source>
        <translation>工单已导入，但无法更新其 SLA。</translation>
    </message>
    <message>
        <source>%1 tickets from %2 rows of %3 (%4): %5 new, %6 updated, %7 unchanged.</source>
        <translation>来自 %3（%4）%2 行的 %1 个工单：新建 %5 个，更新 %6 个，未变 %7 个。</translation>
    </message>
    <message>
        <source>%1 history events; new customers %2, agents %3, groups %4.</source>
        <translation>%1 个历史事件；新客户 %2 个，客服 %3 名，组 %4 个。</translation>
    </message>
    <message>
        <source>Time taken: %1 s.</source>
        <translation>用时：%1 秒。</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbArticlePane</name>
    <message>
        <source>Choose an article from the list to read it here.</source>
        <translation>从列表中选择一篇文章，即可在此阅读。</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Was this article helpful?</source>
        <translation>这篇文章有帮助吗？</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <source>Edit this article (%1)</source>
        <translation>编辑此文章（%1）</translation>
    </message>
    <message>
        <source>&amp;Write an article</source>
        <translation>撰写文章(&amp;W)</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>复审截止 %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Helpful (%1)</source>
        <translation>有帮助（%1）</translation>
    </message>
    <message>
        <source>Not helpful (%1)</source>
        <translation>没有帮助（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>有帮助，%Ln 票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>没有帮助，%Ln 票</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vote counts once; voting again changes it.</source>
        <translation>您的投票只计一次；再次投票会更改之前的选择。</translation>
    </message>
    <message>
        <source>Votes are counted per agent: choose who you are to vote.</source>
        <translation>投票按客服计数：请先选择您的身份再投票。</translation>
    </message>
    <message>
        <source>Open ticket #%1</source>
        <translation>打开工单 #%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>A folder of Markdown files with a front-matter block (title, lang, status, category, tags), as “switchboard-cli kb export” writes them. Every file is checked before anything is written; on any problem nothing is imported.</source>
        <translation>包含 Markdown 文件的文件夹，每个文件带有元数据块（title、lang、status、category、tags），格式与“switchboard-cli kb export”导出的相同。写入前会检查所有文件；只要有一处问题，就不会导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Check only, write nothing</source>
        <translation>仅检查，不写入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Stop and write nothing</source>
        <translation>停止且不写入任何内容</translation>
    </message>
    <message>
        <source>Folder of Articles</source>
        <translation>文章文件夹</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>正在取消：不会写入任何内容…</translation>
    </message>
    <message>
        <source>Checking files: %1 of %2</source>
        <translation>正在检查文件：第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Writing articles: %1 of %2</source>
        <translation>正在写入文章：第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>%n 个文件：新增 %1，已更改 %2，未更改 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked, nothing written. %1</source>
        <translation>已检查，未写入任何内容。%1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbLabels</name>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>Switchboard::KbNavigationTree</name>
    <message>
        <source>Categories and lists</source>
        <translation>分类和列表</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>最常用</translation>
    </message>
    <message>
        <source>Articles most often inserted into replies</source>
        <translation>最常插入回复中的文章</translation>
    </message>
    <message>
        <source>Least helpful</source>
        <translation>帮助最小</translation>
    </message>
    <message>
        <source>Articles with the highest share of &quot;not helpful&quot; votes (at least 3 votes)</source>
        <translation>“没有帮助”票占比最高的文章（至少 3 票）</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>待复审</translation>
    </message>
    <message>
        <source>Published articles whose review date has come</source>
        <translation>已到复审日期的已发布文章</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>覆盖空白</translation>
    </message>
    <message>
        <source>Frequent subjects of resolved tickets that no article was used for</source>
        <translation>已解决工单中未使用任何文章的常见主题</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln article(s)</source>
        <translation>
            <numerusform>%1，%Ln 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KbResultModel</name>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln resolved ticket(s) had no article</source>
        <translation>
            <numerusform>%Ln 个已解决工单中有 %1 个未使用文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved ticket(s) without an article</source>
        <translation>
            <numerusform>%Ln 个已解决工单未使用文章</numerusform>
        </translation>
    </message>
    <message>
        <source>newest #%1</source>
        <translation>最新 #%1</translation>
    </message>
    <message numerus="yes">
        <source>Used in replies %Ln time(s)</source>
        <translation>
            <numerusform>在回复中使用了 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% not helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>%1% 认为没有帮助，共 %Ln 票</numerusform>
        </translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>今天需复审</translation>
    </message>
    <message>
        <source>Review was due %1</source>
        <translation>复审已于 %1 到期</translation>
    </message>
</context>
<context>
    <name>Switchboard::KnowledgeView</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Search articles (%1)</source>
        <translation>搜索文章（%1）</translation>
    </message>
    <message>
        <source>Words in any form and language: принтера finds принтер, 密码 finds 重置密码. Enter opens the best match, Down moves to the results.</source>
        <translation>词形和语言不限：“принтера”可找到“принтер”，“密码”可找到“重置密码”。按 Enter 打开最佳匹配，按 Down 转到结果列表。</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>文章语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Article status</source>
        <translation>文章状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Write a new article (%1)</source>
        <translation>撰写新文章（%1）</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Lists show every language and status</source>
        <translation>列表显示所有语言和状态</translation>
    </message>
    <message numerus="yes">
        <source>The best %Ln matches; more words narrow them down</source>
        <translation>
            <numerusform>最佳的 %Ln 条匹配；输入更多词语可缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>找到 %Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most recently changed; search to find any other</source>
        <translation>
            <numerusform>最近修改的 %Ln 篇文章；搜索可查找其他文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Most often inserted into replies</source>
        <translation>最常被插入回复的文章</translation>
    </message>
    <message>
        <source>The highest share of &quot;not helpful&quot; votes, with at least 3 votes</source>
        <translation>“没有帮助”票数占比最高，至少 3 票</translation>
    </message>
    <message>
        <source>Published articles whose review date has come</source>
        <translation>已到审核日期的已发布文章</translation>
    </message>
    <message numerus="yes">
        <source>Subjects and types of the newest %Ln resolved ticket(s) that no article was used for</source>
        <translation>
            <numerusform>最近解决的 %Ln 个工单中未使用文章的工单的主题和类型</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1. The log file has the details.</source>
        <translation>无法读取列表：%1。详细信息请查看日志文件。</translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot; in this language and status. Choose &quot;Any language&quot; and &quot;Any status&quot; to search them all.</source>
        <translation>在此语言和状态下没有与“%1”匹配的文章。选择“任意语言”和“任意状态”可搜索全部文章。</translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot;. Try fewer or other words, or write the article with New article (%2).</source>
        <translation>没有与“%1”匹配的文章。请尝试减少或更换关键词，或通过“新建文章”（%2）撰写这篇文章。</translation>
    </message>
    <message>
        <source>No articles here match the language and status chosen above. Choose &quot;Any&quot; to see them all.</source>
        <translation>此处没有符合上方所选语言和状态的文章。选择“任意”可查看全部。</translation>
    </message>
    <message>
        <source>No articles in this category yet. Write one with New article (%1).</source>
        <translation>此分类中还没有文章。可通过“新建文章”（%1）撰写一篇。</translation>
    </message>
    <message>
        <source>No article has been inserted into a reply yet. Articles appear here as agents use them in tickets.</source>
        <translation>还没有文章被插入到回复中。客服在工单中使用文章后，文章会显示在这里。</translation>
    </message>
    <message>
        <source>No article has enough votes yet. An article appears here once at least 3 agents voted and some found it not helpful.</source>
        <translation>还没有文章获得足够的投票。至少 3 名客服投票且有人认为没有帮助后，文章会显示在这里。</translation>
    </message>
    <message>
        <source>Nothing is due for review. Plan a review with &quot;Review by&quot; in the article editor.</source>
        <translation>没有需要审核的文章。可在文章编辑器中通过“审核期限”安排审核。</translation>
    </message>
    <message>
        <source>No resolved tickets yet. Gaps appear here once tickets are resolved without an article.</source>
        <translation>还没有已解决的工单。工单在未使用文章的情况下解决后，覆盖缺口会显示在这里。</translation>
    </message>
    <message>
        <source>No gaps: every subject that came up at least 3 times had an article.</source>
        <translation>没有缺口：出现至少 3 次的每个主题都有对应的文章。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the newest %Ln resolved or closed ticket(s) of this type had no article linked.</source>
        <translation>
            <numerusform>在此类型最近 %Ln 个已解决或已关闭的工单中，有 %1 个没有关联文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved or closed ticket(s) with this subject had no article linked.</source>
        <translation>
            <numerusform>有 %Ln 个此主题的已解决或已关闭工单没有关联文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>An article for it lets agents answer the next one in seconds, and brings the subject into the ticket&apos;s suggestions.</source>
        <translation>为其撰写文章后，客服几秒钟即可回复下一个同类工单，该主题也会出现在工单的推荐中。</translation>
    </message>
    <message>
        <source>This article cannot be shown: %1</source>
        <translation>无法显示此文章：%1</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>投票未保存</translation>
    </message>
    <message>
        <source>Your vote was not saved: %1.</source>
        <translation>您的投票未保存：%1。</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, the log file has the details.</source>
        <translation>请稍后重试；如果仍然失败，详细信息请查看日志文件。</translation>
    </message>
    <message>
        <source>The knowledge base is empty. Write the first article with New article (%1), or import a folder of Markdown files with File → Import Articles.</source>
        <translation>知识库为空。使用“新建文章”（%1）撰写第一篇文章，或通过“文件 → 导入文章”导入 Markdown 文件夹。</translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTableModel</name>
    <message>
        <source>First response, median</source>
        <translation>首次响应，中位数</translation>
    </message>
    <message>
        <source>Average response time</source>
        <translation>平均响应时间</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>解决时长，中位数</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重新打开率</translation>
    </message>
    <message>
        <source>SLA first-response compliance</source>
        <translation>首次响应 SLA 达成率</translation>
    </message>
    <message>
        <source>Satisfaction, average</source>
        <translation>满意度，平均值</translation>
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
        <translation>无目标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Within 10 %</source>
        <translation>相差 10% 以内</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no trend</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= 无变化</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>▲ %1, better</source>
        <comment>the figure rose by %1</comment>
        <translation>▲ %1，变好</translation>
    </message>
    <message>
        <source>▲ %1, worse</source>
        <comment>the figure rose by %1</comment>
        <translation>▲ %1，变差</translation>
    </message>
    <message>
        <source>▼ %1, better</source>
        <comment>the figure fell by %1</comment>
        <translation>▼ %1，变好</translation>
    </message>
    <message>
        <source>▼ %1, worse</source>
        <comment>the figure fell by %1</comment>
        <translation>▼ %1，变差</translation>
    </message>
    <message numerus="yes">
        <source>median of %Ln first response(s)</source>
        <translation>
            <numerusform>%Ln 次首次响应的中位数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>total response time ÷ %Ln response(s)</source>
        <translation>
            <numerusform>响应总时长 ÷ %Ln 次响应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %Ln resolution(s), pending time excluded</source>
        <translation>
            <numerusform>%Ln 次解决的中位数，不含等待客户的时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) created in the period, the share resolved or closed at its end</source>
        <translation>
            <numerusform>在本期新建的 %Ln 个工单中，期末已解决或已关闭的比例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) resolved, the share resolved with exactly one reply and not reopened</source>
        <translation>
            <numerusform>在 %Ln 个已解决工单中，仅用一次回复解决且未重新打开的比例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) resolved, the share ever reopened</source>
        <translation>
            <numerusform>在 %Ln 个已解决工单中，曾被重新打开的比例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met or at goal, of %Ln first-response SLA outcome(s) decided</source>
        <translation>
            <numerusform>已达标或已超目标，占已判定的 %Ln 个首次响应 SLA 结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %Ln rating(s) out of 5</source>
        <translation>
            <numerusform>%Ln 个评分的平均值（满分 5）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>KPI: figure (how it is computed)</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>No target is set for this figure.</source>
        <translation>此指标未设置目标。</translation>
    </message>
    <message>
        <source>Target %1. Amber within 10 % of it: up to %2.</source>
        <translation>目标 %1。与目标相差 10% 以内显示为黄色：最多 %2。</translation>
    </message>
    <message>
        <source>The previous period was not computed.</source>
        <translation>上期未计算。</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (%3)</source>
        <translation>上期（%1）：%2（%3）</translation>
    </message>
    <message>
        <source>Change: %1 %</source>
        <comment>relative change in percent</comment>
        <translation>变化：%1 %</translation>
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
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Actual (number)</source>
        <translation>实际（数值）</translation>
    </message>
    <message>
        <source>Previous (number)</source>
        <translation>上期（数值）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The median time from a ticket&apos;s creation to its first public reply, over the tickets first answered in the period; pending time does not count.</source>
        <translation>本期首次获得回复的工单，从创建到首次公开回复所用时间的中位数；不计等待客户的时间。</translation>
    </message>
    <message>
        <source>Total response time ÷ number of responses: every public reply in the period that answers the creation or the oldest unanswered customer message.</source>
        <translation>响应总时长 ÷ 响应次数：本期内每次针对工单创建或最早一条未回复客户消息的公开回复。</translation>
    </message>
    <message>
        <source>The median time from creation to the last resolution in the period, without the time pending or resolved before a reopening.</source>
        <translation>从创建到本期内最后一次解决所用时间的中位数，不含等待客户的时间以及重新打开前处于已解决状态的时间。</translation>
    </message>
    <message>
        <source>Of the tickets created in the period, the share resolved or closed at its end.</source>
        <translation>本期新建的工单中，期末已解决或已关闭的比例。</translation>
    </message>
    <message>
        <source>Of the tickets resolved in the period, the share with exactly one public reply up to the resolution and no reopening.</source>
        <translation>本期已解决的工单中，解决前恰好只有一次公开回复且未重新打开的比例。</translation>
    </message>
    <message>
        <source>Of the tickets resolved in the period, the share whose history has a reopening.</source>
        <translation>本期已解决的工单中，历史记录里有重新打开的比例。</translation>
    </message>
    <message>
        <source>Of the first-response SLA outcomes decided in the period, the share met or at goal (done within the limit).</source>
        <translation>本期已判定的首次响应 SLA 结果中，已达标或已超目标（在上限内完成）的比例。</translation>
    </message>
    <message>
        <source>The mean score (1–5) of the satisfaction ratings given in the period.</source>
        <translation>本期满意度评分的平均分（1–5）。</translation>
    </message>
    <message>
        <source>What the team does about this figure. Double-click to edit; saved for the whole team.</source>
        <translation>团队针对此指标采取的措施。双击可编辑；对整个团队保存。</translation>
    </message>
    <message>
        <source>Double-click to edit; saved for the whole team. 0 clears it.</source>
        <translation>双击可编辑；对整个团队保存。0 表示清除。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTargetDelegate</name>
    <message>
        <source>Target for %1</source>
        <translation>%1的目标</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source> min</source>
        <comment>a target in minutes</comment>
        <translation> 分钟</translation>
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
        <translation>搜索工单</translation>
    </message>
    <message>
        <source>Search or #1234</source>
        <translation>搜索或 #1234</translation>
    </message>
    <message>
        <source>Search subjects and requesters, or type a ticket number (%1)</source>
        <translation>按主题和提交人搜索，或输入工单编号（%1）</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The queue could not be read: %1. The log file has the details.</source>
        <translation>无法读取队列：%1。详细信息请查看日志文件。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>关于 Switchboard(&amp;A)</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>正在加载工单…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in this view</source>
        <translation>
            <numerusform>此视图中有 %n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>已加载 %n 个工单；向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets in this view match “%1”.
Press Esc to clear the search, or look in All tickets.</source>
        <translation>此视图中没有与“%1”匹配的工单。
按 Esc 清除搜索，或在“全部工单”中查找。</translation>
    </message>
    <message>
        <source>No open tickets: the queue is clear.
All tickets lists the resolved and closed ones.</source>
        <translation>没有未完成的工单：队列已清空。
已解决和已关闭的工单见“全部工单”。</translation>
    </message>
    <message>
        <source>No unassigned tickets: every open ticket has an agent.
All open lists them.</source>
        <translation>没有未分配的工单：每个未完成的工单都已有客服处理。
它们都列在“全部未完成”中。</translation>
    </message>
    <message>
        <source>There are no tickets yet.
Create one with “switchboard-cli ticket create”, or fill a demo database with “switchboard-cli demo”.</source>
        <translation>还没有工单。
可使用“switchboard-cli ticket create”创建工单，或使用“switchboard-cli demo”填充演示数据库。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Switchboard will use the new language the next time it starts.</source>
        <translation>Switchboard 将在下次启动时使用新语言。</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>关于 Switchboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;A support desk console: the ticket queue, the conversation and, step by step, SLA clocks, a knowledge base and reports.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;客服工作台：工单队列、对话，并将逐步加入 SLA 计时、知识库和报表。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Click to open the tickets that breach soon</source>
        <translation>单击以打开即将超时的工单</translation>
    </message>
    <message numerus="yes">
        <source>%n breaching soon</source>
        <translation>
            <numerusform>%n 个即将超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new breach(es)</source>
        <translation>
            <numerusform>%n 个新超时</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>Mute for 1 hour</source>
        <translation>静音 1 小时</translation>
    </message>
    <message>
        <source>Mute for 4 hours</source>
        <translation>静音 4 小时</translation>
    </message>
    <message>
        <source>Mute until tomorrow</source>
        <translation>静音到明天</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>No ticket is overdue or due within two hours.
All open lists every open ticket, most urgent first.</source>
        <translation>没有已逾期或两小时内到期的工单。
“全部未完成”列出所有未完成的工单，最紧急的排在最前。</translation>
    </message>
    <message>
        <source>Read-only: no agent chosen</source>
        <translation>只读：未选择客服</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>当前身份：%1</translation>
    </message>
    <message>
        <source>No agent is chosen, so no ticket is yours.
Start Switchboard with --agent LOGIN.</source>
        <translation>未选择客服，因此没有属于您的工单。
请使用 --agent LOGIN 启动 Switchboard。</translation>
    </message>
    <message>
        <source>Nothing assigned to you is open.
Unassigned lists the tickets nobody has taken; press A on one to take it.</source>
        <translation>没有分配给您的未完成工单。
“未分配”列出无人领取的工单；选中一个后按 A 即可领取。</translation>
    </message>
    <message>
        <source>No ticket is waiting on a customer.</source>
        <translation>没有等待客户的工单。</translation>
    </message>
    <message>
        <source>No ticket was resolved in the last seven days.</source>
        <translation>最近七天没有已解决的工单。</translation>
    </message>
    <message>
        <source>SLA and calendars</source>
        <translation>SLA 和工作日历</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>Team and routing</source>
        <translation>团队和分派</translation>
    </message>
    <message>
        <source>Your availability</source>
        <translation>您的在线状态</translation>
    </message>
    <message>
        <source>Automatic routing gives new tickets only to agents who are online</source>
        <translation>自动分派只会将新工单分配给在线的客服</translation>
    </message>
    <message>
        <source>Availability not saved: %1</source>
        <translation>在线状态未保存：%1</translation>
    </message>
    <message>
        <source>New &amp;Filter…</source>
        <translation>新建筛选器(&amp;F)…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选器</translation>
    </message>
    <message>
        <source>This filter cannot be used.</source>
        <translation>无法使用此筛选器。</translation>
    </message>
    <message>
        <source>%1
Its owner can delete it, or save it again.</source>
        <translation>%1
其所有者可以删除它，或重新保存。</translation>
    </message>
    <message>
        <source>The filter could not be read.</source>
        <translation>无法读取筛选器。</translation>
    </message>
    <message>
        <source>Only %1 can change this filter.</source>
        <translation>只有 %1 可以更改此筛选器。</translation>
    </message>
    <message>
        <source>Build a new filter from it with New filter… while it is shown.</source>
        <translation>在显示此筛选器时，可通过“新建筛选器…”以它为基础新建筛选器。</translation>
    </message>
    <message>
        <source>Unsaved filter</source>
        <translation>未保存的筛选器</translation>
    </message>
    <message>
        <source>Only %1 can delete this filter.</source>
        <translation>只有 %1 可以删除此筛选器。</translation>
    </message>
    <message>
        <source>Delete Filter</source>
        <translation>删除筛选器</translation>
    </message>
    <message>
        <source>Delete the filter “%1”?</source>
        <translation>删除筛选器“%1”？</translation>
    </message>
    <message>
        <source>It is shared: the team loses it too.</source>
        <translation>这是共享筛选器：团队也将无法再使用它。</translation>
    </message>
    <message>
        <source>The filter could not be deleted.</source>
        <translation>无法删除筛选器。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1：%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%1：已加载 %n 个工单；向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter “%1” over all tickets:
%2</source>
        <translation>筛选器“%1”，范围为全部工单：
%2</translation>
    </message>
    <message>
        <source>No tickets match the filter “%1”.
Press F2 on its name under Filters to change it, or choose another view.</source>
        <translation>没有与筛选器“%1”匹配的工单。
在“筛选器”下选中其名称并按 F2 可修改它，或选择其他视图。</translation>
    </message>
    <message>
        <source>No tickets match the filter “%1”.
Choose another view, or build your own with New filter…</source>
        <translation>没有与筛选器“%1”匹配的工单。
请选择其他视图，或通过“新建筛选器…”创建自己的筛选器</translation>
    </message>
    <message>
        <source>No tickets match this filter.
Choose New filter… to build another, or another view.</source>
        <translation>没有与此筛选器匹配的工单。
请通过“新建筛选器…”另建一个，或选择其他视图。</translation>
    </message>
    <message>
        <source>Tickets from the dashboard</source>
        <translation>来自仪表板的工单</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import Tickets…</source>
        <translation>导入工单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Tickets…</source>
        <translation>导出工单(&amp;E)…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>连接到团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Work on the &amp;Local Database</source>
        <translation>使用本地数据库(&amp;L)</translation>
    </message>
    <message>
        <source>Import &amp;Articles…</source>
        <translation>导入文章(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Switchboard::NavigationPanel</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未完成</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Open tickets overdue or due within two hours, most urgent first</source>
        <translation>已逾期或两小时内到期的未完成工单，最紧急的排在最前</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n ticket(s)</source>
        <translation>
            <numerusform>%1，%n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>My open</source>
        <translation>我的未完成</translation>
    </message>
    <message>
        <source>Pending on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation>最近已解决</translation>
    </message>
    <message>
        <source>Tickets resolved or closed in the last seven days</source>
        <translation>最近七天内已解决或已关闭的工单</translation>
    </message>
    <message>
        <source>Open tickets assigned to you</source>
        <translation>分配给您的未完成工单</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选器</translation>
    </message>
    <message>
        <source>New filter…</source>
        <translation>新建筛选器…</translation>
    </message>
    <message>
        <source>Choose tickets by status, priority, type, channel, group, assignee, tags or creation date, and save the choice for yourself or the team</source>
        <translation>按状态、优先级、类型、渠道、组、处理人、标签或创建日期筛选工单，并为自己或团队保存该筛选器</translation>
    </message>
    <message>
        <source>SLA, templates, team</source>
        <translation>SLA、模板、团队</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（共享）</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>Only you see this filter</source>
        <translation>只有您能看到此筛选器</translation>
    </message>
    <message>
        <source>Shared with the team by you</source>
        <translation>由您共享给团队</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>由 %1 共享</translation>
    </message>
    <message>
        <source>Only %1 can change or delete it</source>
        <translation>只有 %1 可以更改或删除它</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>&amp;Show Tickets</source>
        <translation>显示工单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Shared by %1; only they can change it</source>
        <translation>由 %1 共享；只有其本人可以更改</translation>
    </message>
    <message>
        <source>&amp;New Filter…</source>
        <translation>新建筛选器(&amp;N)…</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>KPI and charts</source>
        <translation>KPI 和图表</translation>
    </message>
</context>
<context>
    <name>Switchboard::QueueFilterDialog</name>
    <message>
        <source>New Filter</source>
        <translation>新建筛选器</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>筛选器名称</translation>
    </message>
    <message>
        <source>e.g. Waiting on customers, hardware</source>
        <translation>例如：等待客户，硬件</translation>
    </message>
    <message>
        <source>&amp;Share with the team</source>
        <translation>与团队共享(&amp;S)</translation>
    </message>
    <message>
        <source>Everyone sees a shared filter under Filters; only you can change or delete it</source>
        <translation>所有人都能在“筛选器”下看到共享筛选器；只有您可以更改或删除它</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>vip, printer: tickets with any of them</source>
        <translation>vip, printer：带有其中任一标签的工单</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建起始日期</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Created up to and including</source>
        <translation>创建截止日期（含）</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索文本</translation>
    </message>
    <message>
        <source>Subject, requester or #1234 (optional)</source>
        <translation>主题、提交人或 #1234（可选）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;how Without Saving</source>
        <translation>仅显示不保存(&amp;H)</translation>
    </message>
    <message>
        <source>Show the matching tickets now; the filter is gone when you choose another view</source>
        <translation>立即显示匹配的工单；选择其他视图后此筛选器即消失</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>No groups yet. Add one with “switchboard-cli group add NAME”.</source>
        <translation>还没有组。可使用“switchboard-cli group add NAME”添加。</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>组：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建日期：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>No agent is chosen, so filters cannot be saved. Start Switchboard with --agent LOGIN to save them; this one can still be shown.</source>
        <translation>未选择客服，因此无法保存筛选器。如需保存，请使用 --agent LOGIN 启动 Switchboard；此筛选器仍可显示。</translation>
    </message>
    <message>
        <source>Edit Filter</source>
        <translation>编辑筛选器</translation>
    </message>
    <message>
        <source>This database lacks some of what the filter names: %1. Saving leaves them out.</source>
        <translation>此数据库中缺少筛选器所指定的部分内容：%1。保存时将略去这些内容。</translation>
    </message>
    <message>
        <source>The created range ends before it starts: change From or To.</source>
        <translation>创建日期范围的结束早于开始：请修改“从”或“到”。</translation>
    </message>
    <message>
        <source>Give the filter a name to save it, or show it without saving.</source>
        <translation>请为筛选器命名后保存，或不保存直接显示。</translation>
    </message>
    <message>
        <source>You already have a filter with this name: choose another one.</source>
        <translation>您已有同名筛选器：请另选一个名称。</translation>
    </message>
    <message>
        <source>The filter was not saved: %1.</source>
        <translation>筛选器未保存：%1。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>a group not in this database</source>
        <translation>此数据库中不存在的组</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>组：%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>an agent not in this database</source>
        <translation>此数据库中不存在的客服</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>处理人：%1</translation>
    </message>
    <message>
        <source>Tags (any): %1</source>
        <translation>标签（任一）：%1</translation>
    </message>
    <message>
        <source>Created: %1 to %2</source>
        <translation>创建日期：%1 至 %2</translation>
    </message>
    <message>
        <source>Created: since %1</source>
        <translation>创建日期：%1 起</translation>
    </message>
    <message>
        <source>Created: until %1</source>
        <translation>创建日期：截至 %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>文本：“%1”</translation>
    </message>
    <message>
        <source>Every ticket</source>
        <translation>全部工单</translation>
    </message>
</context>
<context>
    <name>Switchboard::RatingDialog</name>
    <message>
        <source>Change the rating of #%1</source>
        <translation>更改工单 #%1 的评分</translation>
    </message>
    <message>
        <source>Rate ticket #%1</source>
        <translation>为工单 #%1 评分</translation>
    </message>
    <message>
        <source>What the customer said about the solution of #%1. Only the overall score is required.</source>
        <translation>客户对工单 #%1 解决情况的评价。只有总体评分为必填项。</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <source>&amp;Overall score:</source>
        <translation>总体评分(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reaction time:</source>
        <translation>响应速度(&amp;R)：</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <source>&amp;Quality of service:</source>
        <translation>服务质量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>&amp;Effectiveness of the solution:</source>
        <translation>解决方案有效性(&amp;E)：</translation>
    </message>
    <message>
        <source>Effectiveness of the solution</source>
        <translation>解决方案有效性</translation>
    </message>
    <message>
        <source>Co&amp;mmunication:</source>
        <translation>沟通(&amp;M)：</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户评语</translation>
    </message>
    <message>
        <source>The customer&apos;s own words (optional)</source>
        <translation>客户的原话（可选）</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>评语(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 分（共 5 分）</translation>
    </message>
    <message>
        <source>Choose the overall score first</source>
        <translation>请先选择总体评分</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ReplyEditor</name>
    <message>
        <source>Reply editor</source>
        <translation>回复编辑器</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>A public reply the customer receives</source>
        <translation>客户会收到的公开回复</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Only colleagues see it (Ctrl+Shift+N)</source>
        <translation>仅同事可见（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>Insert a reply template (Ctrl+T, or / at the start of a line)</source>
        <translation>插入回复模板（Ctrl+T，或在行首输入 /）</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回复正文</translation>
    </message>
    <message>
        <source>Send and set pending</source>
        <translation>发送并设为“等待客户”</translation>
    </message>
    <message>
        <source>Send and set on hold</source>
        <translation>发送并设为“挂起”</translation>
    </message>
    <message>
        <source>Send and resolve</source>
        <translation>发送并设为“已解决”</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Add the internal note (Ctrl+Enter)</source>
        <translation>添加内部备注（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter); the arrow sends and sets a status (Ctrl+Shift+Enter: pending)</source>
        <translation>发送回复（Ctrl+Enter）；点击箭头可发送并设置状态（Ctrl+Shift+Enter：等待客户）</translation>
    </message>
    <message>
        <source>Internal note for colleagues…</source>
        <translation>给同事的内部备注…</translation>
    </message>
    <message>
        <source>Write a reply… Ctrl+Enter sends; / at the start of a line inserts a template</source>
        <translation>撰写回复… 按 Ctrl+Enter 发送；在行首输入 / 可插入模板</translation>
    </message>
</context>
<context>
    <name>Switchboard::ResponseTrendChart</name>
    <message>
        <source>%1: no first responses</source>
        <translation>%1：无首次响应</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2, 90th percentile %3, %Ln first response(s)</source>
        <translation>
            <numerusform>%1：平均 %2，第 90 百分位 %3，%Ln 次首次响应</numerusform>
        </translation>
    </message>
    <message>
        <source>First-response time: mean and 90th percentile</source>
        <translation>首次响应时间：平均值和第 90 百分位</translation>
    </message>
    <message>
        <source>First-response time — computing…</source>
        <translation>首次响应时间 — 正在计算…</translation>
    </message>
    <message>
        <source>First-response time — could not compute: %1</source>
        <translation>首次响应时间 — 无法计算：%1</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>First response: for each ticket first answered in the bucket, the time from its creation to that first public reply, pending time not counted.</source>
        <translation>首次响应：对在该时间段内首次获得回复的每个工单，计算从创建到首次公开回复的时间，不计等待客户的时间。</translation>
    </message>
</context>
<context>
    <name>Switchboard::RevisionDiffFormatter</name>
    <message>
        <source>The texts are the same.</source>
        <translation>文本相同。</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln unchanged line(s) …</source>
        <translation>
            <numerusform>… %Ln 行未更改 …</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>无更改</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) added</source>
        <translation>
            <numerusform>新增 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) removed</source>
        <translation>
            <numerusform>删除 %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScorecardWeightsDialog</name>
    <message>
        <source>Scorecard Weights</source>
        <translation>客服评分权重</translation>
    </message>
    <message>
        <source>How much each criterion counts in an agent&apos;s total: the total is the weighted mean of the criteria&apos;s scores. A weight of 0 leaves a criterion out of the total.</source>
        <translation>每项标准在客服总分中所占的比重：总分是各项标准得分的加权平均值。权重为 0 的标准不计入总分。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share of the total</source>
        <translation>占总分比例</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>“%1”的权重</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Every criterion weighs 1, the same as the others</source>
        <translation>每项标准的权重均为 1，彼此相同</translation>
    </message>
    <message>
        <source>The stored weights are not valid (%1); OK replaces them.</source>
        <translation>已保存的权重无效（%1）；点击“确定”将替换它们。</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Effectiveness of the solution</source>
        <translation>解决方案有效性</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>The median first response of the agent&apos;s resolved tickets; lower is better.</source>
        <translation>客服已解决工单的首次响应时间中位数；越低越好。</translation>
    </message>
    <message>
        <source>The mean quality rating (1–5) of the agent&apos;s rated tickets.</source>
        <translation>客服已评分工单的平均质量评分（1–5）。</translation>
    </message>
    <message>
        <source>First-contact resolution of the agent&apos;s resolved tickets and the mean effectiveness rating (1–5).</source>
        <translation>客服已解决工单的首次解决率以及平均有效性评分（1–5）。</translation>
    </message>
    <message>
        <source>The mean communication rating (1–5) of the agent&apos;s rated tickets.</source>
        <translation>客服已评分工单的平均沟通评分（1–5）。</translation>
    </message>
    <message>
        <source>The mean overall score (1–5) customers gave the agent&apos;s tickets.</source>
        <translation>客户给该客服工单的平均总评分（1–5）。</translation>
    </message>
    <message>
        <source>The weights were not saved: %1</source>
        <translation>权重未保存：%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Go to the search field: words or a ticket number</source>
        <translation>转到搜索框：输入关键词或工单编号</translation>
    </message>
    <message>
        <source>%1 %2 or J K</source>
        <translation>%1 %2 或 J K</translation>
    </message>
    <message>
        <source>Move in the queue</source>
        <translation>在队列中移动</translation>
    </message>
    <message>
        <source>Open the ticket: move to its conversation</source>
        <translation>打开工单：转到其对话</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>转到队列</translation>
    </message>
    <message>
        <source>Clear the search, or go back to the queue</source>
        <translation>清除搜索，或返回队列</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>显示此列表</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaCalendarsTab</name>
    <message>
        <source>SLA calendars</source>
        <translation>SLA 工作日历</translation>
    </message>
    <message>
        <source>The business hours SLA targets are counted in. Built-in calendars are read-only: duplicate one to adapt it.</source>
        <translation>计算 SLA 目标所依据的工作时间。内置日历为只读：如需修改，请复制一份。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a calendar from a JSON file as a new calendar</source>
        <translation>从 JSON 文件读取日历，作为新日历</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected calendar, as shown, to a JSON file</source>
        <translation>将所选日历按当前显示的内容写入 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes to this calendar</source>
        <translation>放弃对此日历的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>Start a new calendar from a copy of the selected one</source>
        <translation>以所选日历的副本新建日历</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected calendar; refused while a policy uses it</source>
        <translation>删除所选日历；有策略使用时无法删除</translation>
    </message>
    <message>
        <source>A built-in calendar is read-only. Duplicate it to change its hours.</source>
        <translation>内置日历为只读。如需修改其时间，请复制一份。</translation>
    </message>
    <message>
        <source>Duplicate &amp;to edit</source>
        <translation>复制后编辑(&amp;T)</translation>
    </message>
    <message>
        <source>Calendar name</source>
        <translation>日历名称</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Moscow; type to search</source>
        <translation>IANA 时区，例如 Asia/Shanghai；输入以搜索</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Weekly hours</source>
        <translation>每周工作时间(&amp;W)</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Closed on these dates whatever the weekday</source>
        <translation>无论星期几，这些日期均休息</translation>
    </message>
    <message>
        <source>Transferred working days</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>Open on these dates although their weekday is closed</source>
        <translation>这些日期虽逢休息日，但照常上班</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours on transferred working days</source>
        <translation>调休工作日的工作时间</translation>
    </message>
    <message>
        <source>As the first weekday with hours</source>
        <translation>同第一个有工作时间的工作日</translation>
    </message>
    <message>
        <source>Working-day &amp;hours</source>
        <translation>调休工作日时间(&amp;H)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The calendars cannot be read.</source>
        <translation>无法读取日历。</translation>
    </message>
    <message>
        <source>no calendar is selected</source>
        <translation>未选择日历</translation>
    </message>
    <message>
        <source>new-calendar</source>
        <translation>新日历</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>The calendar “%1” was not saved.</source>
        <translation>日历“%1”未保存。</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>删除日历</translation>
    </message>
    <message>
        <source>Remove the calendar “%1”?</source>
        <translation>删除日历“%1”？</translation>
    </message>
    <message>
        <source>Export it first if you may need it again.</source>
        <translation>如果以后可能还需要，请先导出。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>The file does not hold a valid calendar: %1</source>
        <translation>文件中没有有效的日历：%1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported as a new calendar; save to store it.</source>
        <translation>已作为新日历导入；请保存以存储。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>The calendar cannot be exported: %1</source>
        <translation>无法导出日历：%1</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>请先更正标记的字段。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>内置，只读</translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation>新建，未保存</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>已更改，未保存</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <source>The name policies use to refer to this calendar</source>
        <translation>策略引用此日历时使用的名称</translation>
    </message>
    <message>
        <source>Policies refer to a calendar by its name, so a saved calendar keeps it; duplicate it to save it under another name</source>
        <translation>策略按名称引用日历，因此已保存的日历不能改名；如需以其他名称保存，请复制一份</translation>
    </message>
    <message numerus="yes">
        <source>Dates with hours of their own, such as shortened days before holidays: %Ln. They are kept as they are.</source>
        <translation>
            <numerusform>有单独工作时间的日期（例如节前缩短的工作日）：%Ln 个。这些日期保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Give the calendar a name.</source>
        <translation>请为日历命名。</translation>
    </message>
    <message>
        <source>A calendar with this name exists already.</source>
        <translation>已存在同名日历。</translation>
    </message>
    <message>
        <source>Choose a time zone.</source>
        <translation>请选择时区。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1”不是已知的时区。</translation>
    </message>
    <message>
        <source>Open at least one day of the week, or no deadline can ever be reached.</source>
        <translation>请至少设置一天为工作日，否则任何期限都无法到达。</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a working day.</source>
        <translation>%1 既是节假日又是调休工作日。</translation>
    </message>
    <message>
        <source>&amp;Holidays (%1)</source>
        <translation>节假日（%1）(&amp;H)</translation>
    </message>
    <message>
        <source>Transferred &amp;working days (%1)</source>
        <translation>调休工作日（%1）(&amp;W)</translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>请更正标记的字段后再保存</translation>
    </message>
    <message>
        <source>Store this calendar and recompute the SLA of open tickets (%1)</source>
        <translation>保存此日历并重新计算未完成工单的 SLA（%1）</translation>
    </message>
    <message>
        <source>New calendar, not saved yet</source>
        <translation>新日历，尚未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Shown once the calendar is complete.</source>
        <translation>日历填写完整后显示。</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前为工作时间</translation>
    </message>
    <message>
        <source>Next opening: %1</source>
        <translation>下一个上班时刻：%1</translation>
    </message>
    <message>
        <source>%1 of business time this week</source>
        <translation>本周工作时间共 %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Calendars (*.json);;All files (*)</source>
        <translation>日历 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Start a calendar with Monday to Friday 09:00–18:00</source>
        <translation>新建日历，默认周一至周五 09:00–18:00</translation>
    </message>
    <message>
        <source>Open intervals on transferred working days, such as 09:00–18:00; empty uses the hours of the first weekday, Monday to Friday, that has hours</source>
        <translation>调休工作日的工作时间段，例如 09:00–18:00；留空则使用周一至周五中第一个有工作时间的日子的时间</translation>
    </message>
    <message>
        <source>Names starting with “builtin:” are reserved.</source>
        <translation>以“builtin:”开头的名称为保留名称。</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaComplianceChart</name>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>后续响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>%1: no outcome decided in the period</source>
        <translation>%1：本期没有已判定的结果</translation>
    </message>
    <message>
        <source>%1: %2 met (%3), %4 at goal (%5), %6 breached (%7)</source>
        <translation>%1：已达标 %2（%3），已超目标 %4（%5），已超时 %6（%7）</translation>
    </message>
    <message>
        <source>SLA outcomes by metric</source>
        <translation>按指标统计的 SLA 结果</translation>
    </message>
    <message>
        <source>No SLA outcome was decided in the period.</source>
        <translation>本期没有已判定的 SLA 结果。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>At goal</source>
        <translation>已超目标</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 compliant of %3</source>
        <comment>metric, compliance, outcomes (HTML)</comment>
        <translation>%1&lt;br&gt;%3 项中达成率 %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;none decided</source>
        <comment>HTML</comment>
        <translation>%1&lt;br&gt;无已判定结果</translation>
    </message>
    <message>
        <source>% of outcomes decided in the period</source>
        <translation>占本期已判定结果的 %</translation>
    </message>
    <message>
        <source>The SLA outcomes decided in the period per metric: met (done within the goal), at goal (after the goal, within the limit) and breached (past the limit).</source>
        <translation>本期按指标已判定的 SLA 结果：已达标（在目标内完成）、已超目标（超过目标但在上限内）和已超时（超过上限）。</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaNotifier</name>
    <message>
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>SLA 预警</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>SLA crossings</comment>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA while Switchboard was closed</source>
        <translation>Switchboard 关闭期间的 SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA deadlines of your tickets passed while Switchboard was closed</source>
        <translation>
            <numerusform>Switchboard 关闭期间，您的工单有 %n 个 SLA 期限已过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA deadlines passed while Switchboard was closed</source>
        <translation>
            <numerusform>Switchboard 关闭期间，有 %n 个 SLA 期限已过</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>deadlines passed; how many are yours</comment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them on your tickets</source>
        <translation>
            <numerusform>其中 %n 个属于您的工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaPoliciesTab</name>
    <message>
        <source>SLA policies</source>
        <translation>SLA 策略</translation>
    </message>
    <message>
        <source>A ticket gets the targets of the first policy that matches it. Saved changes apply to open tickets; closed ones keep the SLA they were measured by.</source>
        <translation>工单采用第一个匹配策略的目标。保存的更改适用于未完成的工单；已关闭的工单保留当时衡量所用的 SLA。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace the list with the policies of a JSON file</source>
        <translation>用 JSON 文件中的策略替换列表</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the list as shown to a JSON file</source>
        <translation>将当前显示的列表写入 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes and show the stored policies</source>
        <translation>放弃更改并显示已保存的策略</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the policies and recompute the SLA of open tickets (%1)</source>
        <translation>保存策略并重新计算未完成工单的 SLA（%1）</translation>
    </message>
    <message>
        <source>SLA policies, first match first</source>
        <translation>SLA 策略，按顺序取第一个匹配项</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Drag a policy, or press Alt+Up and Alt+Down, to change the order</source>
        <translation>拖动策略，或按 Alt+Up 和 Alt+Down，以调整顺序</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a policy above the catch-all</source>
        <translation>在兜底策略上方添加策略</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>Add a copy of the selected policy below it</source>
        <translation>在所选策略下方添加其副本</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected policy</source>
        <translation>删除所选策略</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Nothing checked: every value matches</source>
        <translation>未勾选任何项：匹配所有值</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>策略名称</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Priority 1, the highest</source>
        <translation>优先级 1，最高</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Separate several with commas; empty matches any</source>
        <translation>多个值以逗号分隔；留空则匹配任意值</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>任意组</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>组(&amp;G)</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>any customer tier</source>
        <translation>任意客户等级</translation>
    </message>
    <message>
        <source>Customer &amp;tiers</source>
        <translation>客户等级(&amp;T)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>any tags</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>A ticket matches when it has one of these tags; empty matches any</source>
        <translation>工单带有其中任一标签即匹配；留空则匹配任意工单</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>The business hours the targets are counted in</source>
        <translation>计算时限目标所依据的工作时间</translation>
    </message>
    <message>
        <source>Choose a calendar</source>
        <translation>选择工作日历</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause while on hold</source>
        <translation>挂起时暂停计时(&amp;P)</translation>
    </message>
    <message>
        <source>On hold usually means waiting for a supplier or a part, which the customer should not be charged with</source>
        <translation>挂起通常表示在等待供应商或配件，这段延误不应算在客户头上</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>时限目标</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>后续响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>When to warn, measured against each target&apos;s limit</source>
        <translation>何时预警，按各项时限目标的上限计算</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>The SLA policies cannot be read.</source>
        <translation>无法读取 SLA 策略。</translation>
    </message>
    <message>
        <source>The SLA policies were not saved.</source>
        <translation>SLA 策略未保存。</translation>
    </message>
    <message>
        <source>Import SLA policies</source>
        <translation>导入 SLA 策略</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The file does not hold valid SLA policies: %1</source>
        <translation>文件中没有有效的 SLA 策略：%1</translation>
    </message>
    <message numerus="yes">
        <source>Policies imported: %Ln. Save to apply them.</source>
        <translation>
            <numerusform>已导入 %Ln 个策略。保存后生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SLA policies</source>
        <translation>导出 SLA 策略</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation>首次响应：%1</translation>
    </message>
    <message>
        <source>Give the policy a name.</source>
        <translation>请为策略命名。</translation>
    </message>
    <message>
        <source>Another policy has this name; names must be unique.</source>
        <translation>已有同名策略；名称必须唯一。</translation>
    </message>
    <message>
        <source>Choose a calendar.</source>
        <translation>请选择工作日历。</translation>
    </message>
    <message>
        <source>This calendar does not exist any more; choose another.</source>
        <translation>此工作日历已不存在；请另选一个。</translation>
    </message>
    <message>
        <source>The limit must not be shorter than the goal.</source>
        <translation>上限不能短于目标。</translation>
    </message>
    <message>
        <source>Add at least one policy, or no ticket is measured.</source>
        <translation>请至少添加一个策略，否则不会对任何工单计算 SLA。</translation>
    </message>
    <message numerus="yes">
        <source>Policies to correct before saving: %Ln</source>
        <translation>
            <numerusform>保存前需修正的策略：%Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>请修正标记的字段后再保存</translation>
    </message>
    <message>
        <source>Store the policies and recompute the SLA of open tickets</source>
        <translation>保存策略并重新计算未关闭工单的 SLA</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>new-policy</source>
        <translation>新策略</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>SLA policies (*.json);;All files (*)</source>
        <translation>SLA 策略 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>all other tickets</source>
        <translation>所有其他工单</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaSettingsPage</name>
    <message>
        <source>SLA settings</source>
        <translation>SLA 设置</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>策略(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Saved. SLA recomputed for %Ln open ticket(s) (%1 changed).</source>
        <translation>
            <numerusform>已保存。已为 %Ln 个未关闭工单重新计算 SLA（%1 个有变化）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaTargetEdit</name>
    <message>
        <source>Measure this target; unchecked, it is not measured</source>
        <translation>计算此时限目标；取消勾选则不计算</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 goal</source>
        <translation>%1目标</translation>
    </message>
    <message>
        <source>Met when done within this business time</source>
        <translation>在此工作时间内完成即为达标</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>%1上限</translation>
    </message>
    <message>
        <source>Breached after this business time; warnings count towards it</source>
        <translation>超过此工作时间即为超时；预警以此为基准计算</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>target range: goal - limit</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>不计算</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaTrendChart</name>
    <message>
        <source>SLA compliance: of the SLA outcomes decided in each period, the share met (done within the goal) or at goal (after the goal, within the limit), per metric; the dashed line is the 95 % reference.</source>
        <translation>SLA 达成率：每个时段内已确定的 SLA 结果中，按时达成（在目标内）或在限额内（超过目标但未超过限额）的比例，按指标分别统计；虚线为 95% 参考线。</translation>
    </message>
    <message>
        <source>%1, %2: no outcome decided</source>
        <comment>metric, bucket</comment>
        <translation>%1，%2：无已确定的结果</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 met + at goal of %5)</source>
        <comment>metric, bucket, compliance, counts</comment>
        <translation>%1，%2：%3（%5 个中 %4 个达成或在限额内）</translation>
    </message>
    <message>
        <source>SLA compliance by day</source>
        <translation>按天的 SLA 达成率</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>按周的 SLA 达成率</translation>
    </message>
    <message>
        <source>SLA compliance by month</source>
        <translation>按月的 SLA 达成率</translation>
    </message>
    <message>
        <source>SLA compliance — computing…</source>
        <translation>SLA 达成率 — 正在计算…</translation>
    </message>
    <message>
        <source>SLA compliance — could not compute: %1</source>
        <translation>SLA 达成率 — 无法计算：%1</translation>
    </message>
    <message>
        <source>%1 reference</source>
        <translation>%1 参考线</translation>
    </message>
    <message>
        <source>% met or at goal</source>
        <translation>达成或限额内的百分比</translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaWarningLadderEdit</name>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>No warnings: the first signal is the breach</source>
        <translation>无预警：首个信号即为超时</translation>
    </message>
    <message>
        <source>Add &amp;warning</source>
        <translation>添加预警(&amp;W)</translation>
    </message>
    <message>
        <source>Add warning step</source>
        <translation>添加预警级别</translation>
    </message>
    <message>
        <source>Warning %1, value</source>
        <translation>预警 %1，数值</translation>
    </message>
    <message>
        <source>Warning %1, measured as</source>
        <translation>预警 %1，计算方式</translation>
    </message>
    <message>
        <source>% of the limit</source>
        <translation>%（占上限）</translation>
    </message>
    <message>
        <source>min before the limit</source>
        <translation>分钟（上限前）</translation>
    </message>
    <message>
        <source>Remove this warning</source>
        <translation>删除此预警</translation>
    </message>
    <message>
        <source>Remove warning %1</source>
        <translation>删除预警 %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::SuggestedArticlesView</name>
    <message>
        <source>Suggested articles</source>
        <translation>推荐文章</translation>
    </message>
    <message>
        <source>New article from ticket…</source>
        <translation>根据工单新建文章…</translation>
    </message>
    <message>
        <source>Write a knowledge-base article from this ticket&apos;s question and your answer</source>
        <translation>根据此工单的问题和您的回复撰写知识库文章</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>插入链接(&amp;L)</translation>
    </message>
    <message>
        <source>Put a link to the article at the cursor of the reply (Enter, double-click)</source>
        <translation>在回复的光标处插入文章链接（Enter，双击）</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>插入文本(&amp;X)</translation>
    </message>
    <message>
        <source>Put the article&apos;s text at the cursor of the reply</source>
        <translation>在回复的光标处插入文章正文</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>正在查找文章…</translation>
    </message>
    <message>
        <source>No article matches this ticket; search for one above.</source>
        <translation>没有与此工单匹配的文章；请在上方搜索。</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1</source>
        <translation>无法搜索知识库：%1</translation>
    </message>
    <message>
        <source>No published article matches “%1”.</source>
        <translation>没有与“%1”匹配的已发布文章。</translation>
    </message>
    <message numerus="yes">
        <source>Found articles (%n)</source>
        <translation>
            <numerusform>找到的文章（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested articles (%n)</source>
        <translation>
            <numerusform>推荐文章（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Insert text</source>
        <translation>插入文本</translation>
    </message>
</context>
<context>
    <name>Switchboard::TeamConnectionDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>连接到团队数据库</translation>
    </message>
    <message>
        <source>Work with your team on a shared PostgreSQL database. Your team lead or administrator gives you the server and your user name.</source>
        <translation>与团队一起使用共享的 PostgreSQL 数据库。服务器和用户名由您的组长或管理员提供。</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>empty: use the password file or the server&apos;s rules</source>
        <translation>留空：使用密码文件或服务器的规则</translation>
    </message>
    <message>
        <source>Remember the password in the PostgreSQL password file (%1)</source>
        <translation>在 PostgreSQL 密码文件中记住密码（%1）</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS and a trusted certificate</source>
        <translation>必须使用 TLS 和受信任的证书</translation>
    </message>
    <message>
        <source>Require TLS, a trusted certificate and the server&apos;s name</source>
        <translation>必须使用 TLS、受信任的证书并核对服务器名称</translation>
    </message>
    <message>
        <source>the system&apos;s default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>根证书(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Switchboard sets it up when you connect.</source>
        <translation>已连接。数据库为空：连接时 Switchboard 会完成初始化。</translation>
    </message>
    <message>
        <source>Connected: the team database is ready.</source>
        <translation>已连接：团队数据库已就绪。</translation>
    </message>
    <message>
        <source>The password could not be remembered.</source>
        <translation>无法记住密码。</translation>
    </message>
</context>
<context>
    <name>Switchboard::TeamSettingsPage</name>
    <message>
        <source>Team settings</source>
        <translation>团队设置</translation>
    </message>
    <message>
        <source>Groups receive new tickets; routing decides which member gets each one. Changes are saved at once.</source>
        <translation>新工单进入各组；分派决定由哪位成员接收每个工单。更改会立即保存。</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Save again the changes that could not be saved</source>
        <translation>再次保存未能保存的更改</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Fewest open tickets</source>
        <translation>未完成工单最少</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Nobody is chosen: agents take the group&apos;s new tickets from the queue.</source>
        <translation>不自动分配：客服自行从队列中领取该组的新工单。</translation>
    </message>
    <message>
        <source>Each online member in turn gets the next new ticket.</source>
        <translation>在线成员轮流接收下一个新工单。</translation>
    </message>
    <message>
        <source>The online member with the fewest open tickets gets the new ticket.</source>
        <translation>未完成工单最少的在线成员接收新工单。</translation>
    </message>
    <message>
        <source>The online member whose skills and languages fit the ticket best gets it; if none fits, the one with the fewest open tickets.</source>
        <translation>技能和语言与工单最匹配的在线成员接收该工单；如无人匹配，则由未完成工单最少的成员接收。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>组(&amp;G)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>新建组(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a group; its routing starts as Manual</source>
        <translation>添加组；其分派方式初始为“手动”</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>新组的名称</translation>
    </message>
    <message>
        <source>Group name, e.g. Hardware</source>
        <translation>组名称，例如：硬件</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Every agent; checked agents are members of the group. Space checks or unchecks.</source>
        <translation>所有客服；勾选的客服为该组成员。按 Space 勾选或取消勾选。</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>分派(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>Routing passes over agents who are away or offline and those at their limit of open tickets.</source>
        <translation>分派会跳过离开或离线的客服，以及已达到未完成工单上限的客服。</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>Limit of open tickets</source>
        <translation>未完成工单上限</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <source>No agents yet. Add them with “switchboard-cli agent add”.</source>
        <translation>还没有客服。可使用“switchboard-cli agent add”添加。</translation>
    </message>
    <message>
        <source>The groups cannot be read: %1</source>
        <translation>无法读取组：%1</translation>
    </message>
    <message>
        <source>The agents cannot be read: %1</source>
        <translation>无法读取客服：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln member(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Add one with New group….</source>
        <translation>还没有组。可通过“新建组…”添加。</translation>
    </message>
    <message>
        <source>Choose a group to set its routing and members.</source>
        <translation>选择一个组以设置其分派方式和成员。</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1，已停用</translation>
    </message>
    <message>
        <source>&amp;Members (%1 of %2)</source>
        <translation>成员（%1/%2）(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1, at the limit</source>
        <translation>%1，已达上限</translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation>%1 的在线状态</translation>
    </message>
    <message>
        <source>Routing gives new tickets to online agents only</source>
        <translation>分派只会将新工单分配给在线的客服</translation>
    </message>
    <message>
        <source>Limit of open tickets of %1</source>
        <translation>%1 的未完成工单上限</translation>
    </message>
    <message>
        <source>Routing passes over the agent at this many open tickets; 0 means no limit</source>
        <translation>客服的未完成工单达到此数量时，分派会跳过该客服；0 表示不设上限</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>The routing of %1</source>
        <translation>%1 的分派方式</translation>
    </message>
    <message>
        <source>Adding %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
    </message>
    <message>
        <source>Removing %1 from %2</source>
        <translation>将 %1 从 %2 中移除</translation>
    </message>
    <message>
        <source>The availability of %1</source>
        <translation>%1 的在线状态</translation>
    </message>
    <message>
        <source>The limit of open tickets of %1</source>
        <translation>%1 的未完成工单上限</translation>
    </message>
    <message>
        <source>“%1” is not a limit for %2: enter the number of open tickets at which routing passes over the agent, or 0 for no limit.</source>
        <translation>“%1”不是 %2 的有效上限：请输入分派开始跳过该客服时的未完成工单数，或输入 0 表示不设上限。</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 It is kept as set; choose Retry to save it.</source>
        <translation>%1未保存：%2 已保留所设的值；请选择“重试”进行保存。</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1未更改：%2</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;try %Ln unsaved change(s)</source>
        <translation>
            <numerusform>重试 %Ln 项未保存的更改(&amp;T)</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Reopen period in days</source>
        <translation>重新打开期限（天）</translation>
    </message>
    <message>
        <source>A customer&apos;s message within this period after the resolution reopens the ticket; later, it opens a new linked ticket.</source>
        <translation>在解决后此期限内收到的客户消息会重新打开工单；超过期限则会新建一个关联工单。</translation>
    </message>
    <message>
        <source>Acknowledge new tickets with the promised answer time</source>
        <translation>对新工单发送确认回复并告知承诺的答复时间</translation>
    </message>
    <message>
        <source>Every new ticket except phone calls gets the “acknowledgement” template in the customer&apos;s language.</source>
        <translation>除电话外，每个新工单都会收到以客户语言发送的“acknowledgement”回复模板。</translation>
    </message>
    <message>
        <source>Reopen on a customer&apos;s reply within</source>
        <translation>在以下时间内收到客户回复则重新打开</translation>
    </message>
</context>
<context>
    <name>Switchboard::TemplatePicker</name>
    <message>
        <source>Insert template</source>
        <translation>插入模板</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>Search templates by name, category or text</source>
        <translation>按名称、分类或正文搜索模板</translation>
    </message>
    <message>
        <source>Up and Down choose a template, Enter inserts it, Esc closes.</source>
        <translation>按 Up 和 Down 选择模板，按 Enter 插入，按 Esc 关闭。</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>模板语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>无法读取模板：%1</translation>
    </message>
    <message>
        <source>Showing the first %1 templates; type more to narrow the list.</source>
        <translation>仅显示前 %1 个模板；输入更多内容可缩小范围。</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>没有与“%1”匹配的模板。</translation>
    </message>
    <message>
        <source>No template in this language matches “%1”; try Any language.</source>
        <translation>此语言中没有与“%1”匹配的模板；请尝试“任意语言”。</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>还没有模板。</translation>
    </message>
    <message>
        <source>There are no templates in this language yet.</source>
        <translation>此语言还没有模板。</translation>
    </message>
</context>
<context>
    <name>Switchboard::TemplateSettingsPage</name>
    <message>
        <source>Reply template settings</source>
        <translation>回复模板设置</translation>
    </message>
    <message>
        <source>Canned replies agents insert with Ctrl+T or “/”. A template has one text per language; the reply uses the customer&apos;s.</source>
        <translation>客服可通过 Ctrl+T 或“/”插入的预设回复。一个模板每种语言各有一份正文；回复使用客户的语言。</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes to this template</source>
        <translation>放弃对此模板的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>Search name, category or text (%1)</source>
        <translation>按名称、分类或正文搜索（%1）</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>显示分类</translation>
    </message>
    <message>
        <source>Show the templates of one category</source>
        <translation>显示某一分类的模板</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Start a new template from a copy of the selected one, every language included</source>
        <translation>以所选模板的副本新建模板，包括所有语言</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New tickets are acknowledged with this template. Its texts can be reworded; its name and languages stay.</source>
        <translation>新工单的确认回复使用此模板。其正文可以改写，但名称和语言保持不变。</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Groups templates in this list; pick one or type a new one</source>
        <translation>用于在此列表中对模板分组；可选择已有分类或输入新分类</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add language</source>
        <translation>添加语言(&amp;A)</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>Write this template in one more language</source>
        <translation>用另一种语言编写此模板</translation>
    </message>
    <message>
        <source>Remove lan&amp;guage</source>
        <translation>删除语言(&amp;G)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Languages of the template</source>
        <translation>模板的语言</translation>
    </message>
    <message>
        <source>Reply text in %1</source>
        <translation>回复正文（%1）</translation>
    </message>
    <message>
        <source>The reply as the customer reads it; {{customer.name}} and the other placeholders are filled in when it is inserted.</source>
        <translation>客户看到的回复内容；{{customer.name}} 等占位符会在插入时填入实际值。</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>插入占位符(&amp;P)</translation>
    </message>
    <message>
        <source>Insert placeholder into the %1 text</source>
        <translation>在%1正文中插入占位符</translation>
    </message>
    <message>
        <source>Insert a value filled in for each ticket at the cursor</source>
        <translation>在光标处插入按工单填入的值</translation>
    </message>
    <message>
        <source>Preview for %1, ticket #%2, due in one hour</source>
        <translation>预览：客户 %1，工单 #%2，一小时后到期</translation>
    </message>
    <message>
        <source>Preview of the %1 text</source>
        <translation>%1正文预览</translation>
    </message>
    <message>
        <source>The templates cannot be read: %1</source>
        <translation>无法读取模板：%1</translation>
    </message>
    <message>
        <source>No templates yet. Start one with New.</source>
        <translation>还没有模板。可通过“新建”创建一个。</translation>
    </message>
    <message>
        <source>No template matches. Clear the search or choose another category.</source>
        <translation>没有匹配的模板。请清除搜索内容或选择其他分类。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>New tickets are acknowledged with the template of this name, so it cannot be renamed. Duplicate it to start a similar template.</source>
        <translation>新工单的确认回复使用此名称的模板，因此无法重命名。如需类似模板，请复制此模板。</translation>
    </message>
    <message>
        <source>Agents find the template by this name; each language variant shares it</source>
        <translation>客服按此名称查找模板；各语言版本共用此名称</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>Add at least one language.</source>
        <translation>请至少添加一种语言。</translation>
    </message>
    <message>
        <source>Write the reply, or remove this language.</source>
        <translation>请撰写回复，或删除此语言。</translation>
    </message>
    <message>
        <source>New tickets are acknowledged in the customer&apos;s language, so this template keeps every language it has.</source>
        <translation>新工单的确认回复使用客户的语言，因此此模板会保留其所有语言。</translation>
    </message>
    <message>
        <source>Remove the language shown from this template; saved when you save</source>
        <translation>从此模板中删除当前显示的语言；保存时生效</translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>请修正标记的字段后再保存</translation>
    </message>
    <message>
        <source>Store this template in every language shown (%1)</source>
        <translation>以显示的所有语言保存此模板（%1）</translation>
    </message>
    <message>
        <source>New tickets are acknowledged with this template, so it cannot be deleted. Its texts can be reworded.</source>
        <translation>新工单的确认回复使用此模板，因此无法删除。其正文可以改写。</translation>
    </message>
    <message>
        <source>Delete the selected template in every language</source>
        <translation>删除所选模板的所有语言版本</translation>
    </message>
    <message>
        <source>New template, not saved yet</source>
        <translation>新模板，尚未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>Unknown placeholder(s) %1: the customer would see them as written. Choose from Insert placeholder.</source>
        <translation>
            <numerusform>未知的占位符 %1：客户会看到其原样文本。请从“插入占位符”中选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>it was deleted meanwhile</source>
        <translation>它已在此期间被删除</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: %2</source>
        <translation>无法显示“%1”：%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message numerus="yes">
        <source>used %Ln×</source>
        <translation>
            <numerusform>已使用 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation>新建，未保存</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>已更改，未保存</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>The template “%1” was not saved.</source>
        <translation>模板“%1”未保存。</translation>
    </message>
    <message>
        <source>another template is named “%1” (%2): choose another name, or add the language to that template</source>
        <translation>已有另一个名为“%1”的模板（%2）：请另选名称，或将该语言添加到那个模板中</translation>
    </message>
    <message>
        <source>the database could not start a transaction</source>
        <translation>数据库无法启动事务</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not deleted: new tickets are acknowledged with it.</source>
        <translation>“%1”未删除：新工单的确认回复使用此模板。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “%1” in every language (%2)?</source>
        <translation>删除模板“%1”的所有语言版本（%2）？</translation>
    </message>
    <message>
        <source>Agents can no longer insert it.</source>
        <translation>客服将无法再插入此模板。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketPane</name>
    <message>
        <source>Select a ticket to see its conversation</source>
        <translation>选择一个工单以查看其对话</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be shown: %2</source>
        <translation>无法显示工单 #%1：%2</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message numerus="yes">
        <source>Conversation (%n message(s))</source>
        <translation>
            <numerusform>对话（%n 条消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>分配给我(&amp;M)</translation>
    </message>
    <message>
        <source>Take this ticket (A in the queue)</source>
        <translation>领取此工单（在队列中按 A）</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Show the ticket as it is now; your draft stays</source>
        <translation>显示工单的最新状态；您的草稿会保留</translation>
    </message>
    <message>
        <source>Read-only: start Switchboard with --agent LOGIN to reply and change tickets.</source>
        <translation>只读：如需回复和修改工单，请使用 --agent LOGIN 启动 Switchboard。</translation>
    </message>
    <message>
        <source>Someone else got there first: %1. Your draft is kept.</source>
        <translation>已有他人抢先操作：%1。您的草稿已保留。</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>未保存：%1。</translation>
    </message>
    <message>
        <source>Check the inserted text: nothing to fill in for %1.</source>
        <translation>请检查插入的文本：%1 没有可填入的内容。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>无组</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Comma-separated tags; Enter saves</source>
        <translation>标签，以逗号分隔；按 Enter 保存</translation>
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
        <translation>未分配</translation>
    </message>
    <message>
        <source>Priority 1: highest</source>
        <translation>优先级 1：最高</translation>
    </message>
    <message>
        <source>Priority 4: lowest</source>
        <translation>优先级 4：最低</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Time since the ticket was created</source>
        <translation>自工单创建以来的时间</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>age in minutes</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>age in hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>age in days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>paused, %1</source>
        <translation>已暂停，%1</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Business time left to the nearest SLA deadline; sorted, overdue tickets come first</source>
        <translation>距最近 SLA 截止时间的剩余工作时间；排序时已超时工单排在最前</translation>
    </message>
    <message>
        <source>No SLA policy measures this ticket</source>
        <translation>此工单不受任何 SLA 策略计时</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Due %1 (limit)</source>
        <translation>截止 %1（上限）</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>已暂停 %1</translation>
    </message>
    <message>
        <source>Business hours of %1</source>
        <translation>%1 的工作时间</translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketRatingView</name>
    <message>
        <source>Customer rating</source>
        <translation>客户评分</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Enter &amp;rating…</source>
        <translation>录入评分(&amp;R)…</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户评语</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>reaction %1</source>
        <translation>响应 %1</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>质量 %1</translation>
    </message>
    <message>
        <source>effectiveness %1</source>
        <translation>有效性 %1</translation>
    </message>
    <message>
        <source>communication %1</source>
        <translation>沟通 %1</translation>
    </message>
    <message>
        <source>reaction time %1</source>
        <translation>响应速度 %1</translation>
    </message>
    <message>
        <source>quality of service %1</source>
        <translation>服务质量 %1</translation>
    </message>
    <message>
        <source>effectiveness of the solution %1</source>
        <translation>解决方案有效性 %1</translation>
    </message>
    <message>
        <source>Rated %1 out of 5</source>
        <translation>评分：%1 分（共 5 分）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>The rating cannot be shown: %1</source>
        <translation>无法显示评分：%1</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>customer survey</source>
        <translation>客户调查</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>entered by an operator</source>
        <translation>由客服录入</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>录入人：%1</translation>
    </message>
    <message>
        <source>Change &amp;rating…</source>
        <translation>更改评分(&amp;R)…</translation>
    </message>
    <message>
        <source>Change the rating</source>
        <translation>更改评分</translation>
    </message>
    <message>
        <source>Enter a rating</source>
        <translation>录入评分</translation>
    </message>
    <message>
        <source>Read-only: no agent is signed in</source>
        <translation>只读：没有客服登录</translation>
    </message>
    <message>
        <source>A rating can be entered once the ticket is resolved</source>
        <translation>工单解决后才能录入评分</translation>
    </message>
    <message>
        <source>Enter what the customer said about the solution</source>
        <translation>录入客户对解决情况的评价</translation>
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
        <translation>SLA 时间线</translation>
    </message>
    <message>
        <source>The SLA cannot be shown: %1</source>
        <translation>无法显示 SLA：%1</translation>
    </message>
    <message>
        <source>No SLA policy applies to this ticket</source>
        <translation>没有适用于此工单的 SLA 策略</translation>
    </message>
    <message>
        <source>The SLA cannot be shown: calendar %1 is missing</source>
        <translation>无法显示 SLA：缺少工作日历 %1</translation>
    </message>
    <message>
        <source>The clock pauses while the ticket is pending.</source>
        <translation>工单等待客户期间暂停计时。</translation>
    </message>
    <message>
        <source>The clock pauses while the ticket is pending or on hold.</source>
        <translation>工单等待客户或挂起期间暂停计时。</translation>
    </message>
    <message>
        <source>Policy %1 no longer exists; its SLA is shown as it was measured.</source>
        <translation>策略 %1 已不存在；SLA 按当时的计算结果显示。</translation>
    </message>
    <message>
        <source>Calendar %1: the clock runs around the clock, every day.</source>
        <translation>工作日历 %1：全天候计时，每天不间断。</translation>
    </message>
    <message>
        <source>Business hours of %1 (%2).</source>
        <translation>%1 的工作时间（%2）。</translation>
    </message>
    <message>
        <source>Business hours of %1 (%2); holidays excluded.</source>
        <translation>%1 的工作时间（%2），不含节假日。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>breached %1</source>
        <translation>超时于 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <source>met %1</source>
        <translation>达标于 %1</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>已暂停 %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Target: %1 business time</source>
        <translation>时限目标：%1 工作时间</translation>
    </message>
    <message>
        <source>Target: goal %1, limit %2 business time</source>
        <translation>时限目标：目标 %1，上限 %2 工作时间</translation>
    </message>
    <message>
        <source>Starts with the customer&apos;s next message after a reply.</source>
        <translation>回复后，从客户的下一条消息开始计时。</translation>
    </message>
    <message>
        <source>Running · %1</source>
        <translation>计时中 · %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>已暂停 · %1</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>已停止 · %1</translation>
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
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Show only the latest periods</source>
        <translation>仅显示最近的时段</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier period(s)</source>
        <translation>
            <numerusform>显示之前的 %n 个时段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TimeInStatusChart</name>
    <message>
        <source>Time in status — bottleneck: %1</source>
        <translation>阶段耗时 — 瓶颈：%1</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>阶段耗时</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 on average over %Ln resolved ticket(s)</source>
        <translation>
            <numerusform>%1：%Ln 个已解决工单平均 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was resolved in the period.</source>
        <translation>本期没有已解决的工单。</translation>
    </message>
    <message>
        <source>Mean time per resolved ticket</source>
        <translation>每个已解决工单的平均耗时</translation>
    </message>
    <message>
        <source>%1 (bottleneck)</source>
        <translation>%1（瓶颈）</translation>
    </message>
    <message>
        <source>@value min</source>
        <translation>@value 分钟</translation>
    </message>
    <message>
        <source>@value h</source>
        <translation>@value 小时</translation>
    </message>
    <message>
        <source>minutes per ticket, mean</source>
        <translation>每个工单的平均分钟数</translation>
    </message>
    <message>
        <source>hours per ticket, mean</source>
        <translation>每个工单的平均小时数</translation>
    </message>
    <message>
        <source>Where the tickets resolved in the period spent their time, from creation to resolution: the mean per ticket in each working status.</source>
        <translation>本期已解决工单从创建到解决的时间分布：每个处理状态下每个工单的平均耗时。</translation>
    </message>
</context>
<context>
    <name>Switchboard::VolumeHeatmap</name>
    <message>
        <source>Tickets created by weekday and hour</source>
        <translation>按星期和小时统计的新建工单</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln ticket(s)</source>
        <comment>weekday, hours: count</comment>
        <translation>
            <numerusform>%1，%2：%Ln 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>summed over the period, %Ln ticket(s) in all · %1</source>
        <translation>
            <numerusform>本期合计，共 %Ln 个工单 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Current cell: %1. Busiest: %2.</source>
        <translation>当前单元格：%1。最繁忙：%2。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>agents needed/available in a heatmap cell</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Arrivals: %1 per hour</source>
        <comment>tickets created per hour of this slot</comment>
        <translation>到达量：每小时 %1 个</translation>
    </message>
    <message>
        <source>Agents needed: %1 (Erlang C)</source>
        <translation>所需客服：%1（爱尔兰 C 公式）</translation>
    </message>
    <message>
        <source>Agents available: %1 on average</source>
        <translation>可用客服：平均 %1</translation>
    </message>
    <message>
        <source>Fewer agents available than needed</source>
        <translation>可用客服少于所需人数</translation>
    </message>
    <message>
        <source>under the count: agents needed/available (Erlang C, %1 % answered within %2 min); framed: fewer available than needed</source>
        <translation>数字下方：所需/可用客服数（爱尔兰 C 公式，%1 % 在 %2 分钟内应答）；带边框：可用少于所需</translation>
    </message>
</context>
<context>
    <name>Switchboard::WeeklyHoursEdit</name>
    <message>
        <source>Weekly hours</source>
        <translation>每周工作时间</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1工作时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>24 × 7</source>
        <translation>24 × 7</translation>
    </message>
    <message>
        <source>Open all day, every day</source>
        <translation>每天全天开放</translation>
    </message>
    <message>
        <source>Monday to Friday 9 to 18</source>
        <translation>周一至周五 9 点到 18 点</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a time of day</source>
        <translation>%1 不是有效的时刻</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>%1 的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 与 %2 重叠</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Closed all week</source>
        <translation>整周休息</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>每周 %1</translation>
    </message>
    <message>
        <source>Open intervals such as 09:00–13:00, 14:00–18:00; 24:00 ends the day; empty means closed</source>
        <translation>工作时段，例如 09:00–13:00、14:00–18:00；24:00 表示当天结束；留空表示休息</translation>
    </message>
    <message>
        <source>Mon–Fri 09:00–18:00</source>
        <translation>周一至周五 09:00–18:00</translation>
    </message>
    <message>
        <source>Monday to Friday 09:00–18:00, closed at weekends</source>
        <translation>周一至周五 09:00–18:00，周末休息</translation>
    </message>
    <message>
        <source>“%1” is not an interval such as 09:00–18:00</source>
        <translation>“%1”不是 09:00–18:00 这样的时段</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkTimeView</name>
    <message>
        <source>Work time</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Add &amp;time…</source>
        <translation>添加工时(&amp;T)…</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>添加工时</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>The work time cannot be shown: %1</source>
        <translation>无法显示工时：%1</translation>
    </message>
    <message>
        <source>The timer cannot be shown: %1</source>
        <translation>无法显示计时器：%1</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>Total work time: %1</source>
        <translation>总工时：%1</translation>
    </message>
    <message>
        <source>Total work time</source>
        <translation>总工时</translation>
    </message>
    <message>
        <source>&amp;Stop timer</source>
        <translation>停止计时(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>开始计时(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>停止计时器</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>启动计时器</translation>
    </message>
    <message>
        <source>Read-only: no agent is signed in</source>
        <translation>只读：没有客服登录</translation>
    </message>
    <message>
        <source>Stop the timer and record its time</source>
        <translation>停止计时器并记录其时间</translation>
    </message>
    <message>
        <source>Time your work on this ticket; the timer keeps running if Switchboard is closed</source>
        <translation>为此工单上的工作计时；即使关闭 Switchboard，计时器也会继续运行</translation>
    </message>
    <message>
        <source>Record time you spent on this ticket</source>
        <translation>记录您在此工单上花费的时间</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>Timer running: %1</source>
        <translation>计时中：%1</translation>
    </message>
    <message>
        <source>The timer did not start: %1</source>
        <translation>计时器未启动：%1</translation>
    </message>
    <message>
        <source>The timer did not stop: %1</source>
        <translation>计时器未停止：%1</translation>
    </message>
    <message>
        <source>The timer had already been stopped elsewhere; its time is recorded there.</source>
        <translation>计时器已在别处停止；时间已在那里记录。</translation>
    </message>
    <message>
        <source>The timer ran for less than a second; nothing was recorded.</source>
        <translation>计时器运行不到一秒；未记录任何时间。</translation>
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
        <translation>Switchboard 无法重新启动。</translation>
    </message>
</context>
</TS>
