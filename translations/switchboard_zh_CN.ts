<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>agent add LOGIN --name NAME: add an agent</source>
        <translation>agent add LOGIN --name NAME：添加客服</translation>
    </message>
    <message>
        <source>Add an agent.</source>
        <translation>添加客服。</translation>
    </message>
    <message>
        <source>Login of the new agent.</source>
        <translation>新客服的登录名。</translation>
    </message>
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
        <source>usage: agent add LOGIN --name NAME</source>
        <translation>用法：agent add LOGIN --name NAME</translation>
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
        <source>Usage: switchboard-cli [--db PATH] [--log-level LEVEL] COMMAND [options]

Switchboard support console, headless: scripts, imports, reports and tests.

Global options:
  --db PATH            database file (default: $SWITCHBOARD_DB, else %1)
  --log-level LEVEL    trace, debug, info, warn or error (default: warn)
  -h, --help           show this help; COMMAND --help shows a command&apos;s options
  --version            show the version

Commands:
</source>
        <translation>用法：switchboard-cli [--db PATH] [--log-level LEVEL] COMMAND [选项]

Switchboard 客服控制台的命令行版本：脚本、导入、报表和测试。

全局选项：
  --db PATH            数据库文件（默认：$SWITCHBOARD_DB，否则为 %1）
  --log-level LEVEL    trace、debug、info、warn 或 error（默认：warn）
  -h, --help           显示此帮助；COMMAND --help 显示该命令的选项
  --version            显示版本

命令：
</translation>
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
        <source>ticket show ID [--json]: a ticket, its conversation and history</source>
        <translation>ticket show ID [--json]：工单及其对话和历史</translation>
    </message>
    <message>
        <source>Show a ticket.</source>
        <translation>显示工单。</translation>
    </message>
    <message>
        <source>Ticket number.</source>
        <translation>工单编号。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>usage: ticket show ID [--json]</source>
        <translation>用法：ticket show ID [--json]</translation>
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
        <source>peak memory:             %1 MB (at the end: %2 MB heap, %3 MB mapped database file)</source>
        <translation>峰值内存：               %1 MB（结束时：堆 %2 MB，映射的数据库文件 %3 MB）</translation>
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
        <source>The data set is generated with the demo generator (seed 1) in a temporary folder that is deleted afterwards; --db is not used. Measures: generation rate, database open time, the first queue page, the first page of every sort order, filter-as-you-type latency, business-calendar operations per second and peak memory.</source>
        <translation>数据集由演示数据生成器（seed 1）在临时文件夹中生成，结束后删除；不使用 --db。测量：生成速度、数据库打开时间、队列首页、每种排序的首页、边输入边筛选的延迟、工作日历每秒运算次数和峰值内存。</translation>
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
        <source>Database file (default: $SWITCHBOARD_DB, else %1).</source>
        <translation>数据库文件（默认：$SWITCHBOARD_DB，否则为 %1）。</translation>
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
</context>
</TS>
