<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Time in status, mean per resolved ticket (%n ticket(s))</source>
        <translation>
            <numerusform>Time in status, mean per resolved ticket (%n ticket)</numerusform>
            <numerusform>Time in status, mean per resolved ticket (%n tickets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>* fewer than %n rated ticket(s): a few ratings can move the scores a lot</source>
        <translation>
            <numerusform>* fewer than %n rated ticket: a few ratings can move the scores a lot</numerusform>
            <numerusform>* fewer than %n rated tickets: a few ratings can move the scores a lot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s). Each cell: agents needed / agents active on average (replied or logged time); ! fewer active than needed; - not in the period</source>
        <translation>
            <numerusform>%n ticket. Each cell: agents needed / agents active on average (replied or logged time); ! fewer active than needed; - not in the period</numerusform>
            <numerusform>%n tickets. Each cell: agents needed / agents active on average (replied or logged time); ! fewer active than needed; - not in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the knowledge base already has %n article(s); demo articles go only into an empty knowledge base</source>
        <translation>
            <numerusform>the knowledge base already has %n article; demo articles go only into an empty knowledge base</numerusform>
            <numerusform>the knowledge base already has %n articles; demo articles go only into an empty knowledge base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>migrated %n table(s), %1 rows from %2 to %3 in %4 s</source>
        <translation>
            <numerusform>migrated %n table, %1 rows from %2 to %3 in %4 s</numerusform>
            <numerusform>migrated %n tables, %1 rows from %2 to %3 in %4 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard</name>
    <message numerus="yes">
        <source>the database already has %n ticket(s); demo data goes only into a database without tickets</source>
        <translation>
            <numerusform>the database already has %n ticket; demo data goes only into a database without tickets</numerusform>
            <numerusform>the database already has %n tickets; demo data goes only into a database without tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a group name may have at most %n character(s)</source>
        <translation>
            <numerusform>a group name may have at most %n character</numerusform>
            <numerusform>a group name may have at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: round robin, %n open ticket(s)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>routed to %1: round robin, %n open ticket</numerusform>
            <numerusform>routed to %1: round robin, %n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: fewest open tickets (%n)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>routed to %1: fewest open tickets (%n)</numerusform>
            <numerusform>routed to %1: fewest open tickets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: %2, %n open ticket(s)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name, %2: the matched criteria (&quot;skill fault, language ru&quot;).</extracomment>
        <translation>
            <numerusform>routed to %1: %2, %n open ticket</numerusform>
            <numerusform>routed to %1: %2, %n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>routed to %1: no agent with the skill, fewest open tickets (%n)</source>
        <extracomment>Routing reason in the ticket history. %1: agent name.</extracomment>
        <translation>
            <numerusform>routed to %1: no agent with the skill, fewest open tickets (%n)</numerusform>
            <numerusform>routed to %1: no agent with the skill, fewest open tickets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n open ticket(s), which is their limit</source>
        <translation>
            <numerusform>%1 already has %n open ticket, which is their limit</numerusform>
            <numerusform>%1 already has %n open tickets, which is their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the knowledge base already has %n article(s); demo articles go only into an empty knowledge base</source>
        <translation>
            <numerusform>the knowledge base already has %n article; demo articles go only into an empty knowledge base</numerusform>
            <numerusform>the knowledge base already has %n articles; demo articles go only into an empty knowledge base</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::AgentRatingsChart</name>
    <message numerus="yes">
        <source>%1: total %2 of 100; %3 resolved, %Ln rated ticket(s)</source>
        <translation>
            <numerusform>%1: total %2 of 100; %3 resolved, %Ln rated ticket</numerusform>
            <numerusform>%1: total %2 of 100; %3 resolved, %Ln rated tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low sample: fewer than %Ln rated ticket(s), one more rating can move the total by tens of points.</source>
        <translation>
            <numerusform>Low sample: fewer than %Ln rated ticket, one more rating can move the total by tens of points.</numerusform>
            <numerusform>Low sample: fewer than %Ln rated tickets, one more rating can move the total by tens of points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low sample (fewer than %Ln rated)</source>
        <translation>
            <numerusform>Low sample (fewer than %Ln rated)</numerusform>
            <numerusform>Low sample (fewer than %Ln rated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ChannelTypeChart</name>
    <message numerus="yes">
        <source>%1: %Ln ticket(s) created, %2 of the period&apos;s</source>
        <translation>
            <numerusform>%1: %Ln ticket created, %2 of the period&apos;s</numerusform>
            <numerusform>%1: %Ln tickets created, %2 of the period&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::DashboardView</name>
    <message numerus="yes">
        <source>Updated %1 · %Ln ticket(s) in the period</source>
        <translation>
            <numerusform>Updated %1 · %Ln ticket in the period</numerusform>
            <numerusform>Updated %1 · %Ln tickets in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed in %Ln ms</source>
        <translation>
            <numerusform>Computed in %Ln ms</numerusform>
            <numerusform>Computed in %Ln ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KbArticlePane</name>
    <message numerus="yes">
        <source>Helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>Helpful, %Ln vote</numerusform>
            <numerusform>Helpful, %Ln votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>Not helpful, %Ln vote</numerusform>
            <numerusform>Not helpful, %Ln votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KbImportDialog</name>
    <message numerus="yes">
        <source>%n file(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>%n file: %1 new, %2 changed, %3 unchanged.</numerusform>
            <numerusform>%n files: %1 new, %2 changed, %3 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KbNavigationTree</name>
    <message numerus="yes">
        <source>%1, %Ln article(s)</source>
        <translation>
            <numerusform>%1, %Ln article</numerusform>
            <numerusform>%1, %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KbResultModel</name>
    <message numerus="yes">
        <source>%1 of %Ln resolved ticket(s) had no article</source>
        <translation>
            <numerusform>%1 of %Ln resolved ticket had no article</numerusform>
            <numerusform>%1 of %Ln resolved tickets had no article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved ticket(s) without an article</source>
        <translation>
            <numerusform>%Ln resolved ticket without an article</numerusform>
            <numerusform>%Ln resolved tickets without an article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used in replies %Ln time(s)</source>
        <translation>
            <numerusform>Used in replies %Ln time</numerusform>
            <numerusform>Used in replies %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% not helpful, %Ln vote(s)</source>
        <translation>
            <numerusform>%1% not helpful, %Ln vote</numerusform>
            <numerusform>%1% not helpful, %Ln votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KnowledgeView</name>
    <message numerus="yes">
        <source>The best %Ln matches; more words narrow them down</source>
        <translation>
            <numerusform>The best %Ln matches; more words narrow them down</numerusform>
            <numerusform>The best %Ln matches; more words narrow them down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>%Ln article found</numerusform>
            <numerusform>%Ln articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most recently changed; search to find any other</source>
        <translation>
            <numerusform>The %Ln most recently changed; search to find any other</numerusform>
            <numerusform>The %Ln most recently changed; search to find any other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subjects and types of the newest %Ln resolved ticket(s) that no article was used for</source>
        <translation>
            <numerusform>Subjects and types of the newest %Ln resolved ticket that no article was used for</numerusform>
            <numerusform>Subjects and types of the newest %Ln resolved tickets that no article was used for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the newest %Ln resolved or closed ticket(s) of this type had no article linked.</source>
        <translation>
            <numerusform>%1 of the newest %Ln resolved or closed ticket of this type had no article linked.</numerusform>
            <numerusform>%1 of the newest %Ln resolved or closed tickets of this type had no article linked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolved or closed ticket(s) with this subject had no article linked.</source>
        <translation>
            <numerusform>%Ln resolved or closed ticket with this subject had no article linked.</numerusform>
            <numerusform>%Ln resolved or closed tickets with this subject had no article linked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTableModel</name>
    <message numerus="yes">
        <source>median of %Ln first response(s)</source>
        <translation>
            <numerusform>median of %Ln first response</numerusform>
            <numerusform>median of %Ln first responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>total response time ÷ %Ln response(s)</source>
        <translation>
            <numerusform>total response time ÷ %Ln response</numerusform>
            <numerusform>total response time ÷ %Ln responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %Ln resolution(s), pending time excluded</source>
        <translation>
            <numerusform>median of %Ln resolution, pending time excluded</numerusform>
            <numerusform>median of %Ln resolutions, pending time excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) created in the period, the share resolved or closed at its end</source>
        <translation>
            <numerusform>of %Ln ticket created in the period, the share resolved or closed at its end</numerusform>
            <numerusform>of %Ln tickets created in the period, the share resolved or closed at its end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) resolved, the share resolved with exactly one reply and not reopened</source>
        <translation>
            <numerusform>of %Ln ticket resolved, the share resolved with exactly one reply and not reopened</numerusform>
            <numerusform>of %Ln tickets resolved, the share resolved with exactly one reply and not reopened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s) resolved, the share ever reopened</source>
        <translation>
            <numerusform>of %Ln ticket resolved, the share ever reopened</numerusform>
            <numerusform>of %Ln tickets resolved, the share ever reopened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met or at goal, of %Ln first-response SLA outcome(s) decided</source>
        <translation>
            <numerusform>met or at goal, of %Ln first-response SLA outcome decided</numerusform>
            <numerusform>met or at goal, of %Ln first-response SLA outcomes decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %Ln rating(s) out of 5</source>
        <translation>
            <numerusform>mean of %Ln rating out of 5</numerusform>
            <numerusform>mean of %Ln ratings out of 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message numerus="yes">
        <source>%n ticket(s) in this view</source>
        <translation>
            <numerusform>%n ticket in this view</numerusform>
            <numerusform>%n tickets in this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n ticket loaded; scroll for more</numerusform>
            <numerusform>%n tickets loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaching soon</source>
        <translation>
            <numerusform>%n breaching soon</numerusform>
            <numerusform>%n breaching soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new breach(es)</source>
        <translation>
            <numerusform>%n new breach</numerusform>
            <numerusform>%n new breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n ticket</numerusform>
            <numerusform>%1: %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%1: %n ticket loaded; scroll for more</numerusform>
            <numerusform>%1: %n tickets loaded; scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::NavigationPanel</name>
    <message numerus="yes">
        <source>%1, %n ticket(s)</source>
        <translation>
            <numerusform>%1, %n ticket</numerusform>
            <numerusform>%1, %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ResponseTrendChart</name>
    <message numerus="yes">
        <source>%1: mean %2, 90th percentile %3, %Ln first response(s)</source>
        <translation>
            <numerusform>%1: mean %2, 90th percentile %3, %Ln first response</numerusform>
            <numerusform>%1: mean %2, 90th percentile %3, %Ln first responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::RevisionDiffFormatter</name>
    <message numerus="yes">
        <source>… %Ln unchanged line(s) …</source>
        <translation>
            <numerusform>… %Ln unchanged line …</numerusform>
            <numerusform>… %Ln unchanged lines …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) added</source>
        <translation>
            <numerusform>%Ln line added</numerusform>
            <numerusform>%Ln lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) removed</source>
        <translation>
            <numerusform>%Ln line removed</numerusform>
            <numerusform>%Ln lines removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaCalendarsTab</name>
    <message numerus="yes">
        <source>Dates with hours of their own, such as shortened days before holidays: %Ln. They are kept as they are.</source>
        <translation>
            <numerusform>Dates with hours of their own, such as shortened days before holidays: %Ln. They are kept as they are.</numerusform>
            <numerusform>Dates with hours of their own, such as shortened days before holidays: %Ln. They are kept as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>SLA crossings</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA deadlines of your tickets passed while Switchboard was closed</source>
        <translation>
            <numerusform>%n SLA deadlines of your tickets passed while Switchboard was closed</numerusform>
            <numerusform>%n SLA deadlines of your tickets passed while Switchboard was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA deadlines passed while Switchboard was closed</source>
        <translation>
            <numerusform>%n SLA deadlines passed while Switchboard was closed</numerusform>
            <numerusform>%n SLA deadlines passed while Switchboard was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them on your tickets</source>
        <translation>
            <numerusform>%n of them on your tickets</numerusform>
            <numerusform>%n of them on your tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaPoliciesTab</name>
    <message numerus="yes">
        <source>Policies imported: %Ln. Save to apply them.</source>
        <translation>
            <numerusform>Policies imported: %Ln. Save to apply them.</numerusform>
            <numerusform>Policies imported: %Ln. Save to apply them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policies to correct before saving: %Ln</source>
        <translation>
            <numerusform>Policies to correct before saving: %Ln</numerusform>
            <numerusform>Policies to correct before saving: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SlaSettingsPage</name>
    <message numerus="yes">
        <source>Saved. SLA recomputed for %Ln open ticket(s) (%1 changed).</source>
        <translation>
            <numerusform>Saved. SLA recomputed for %Ln open ticket (%1 changed).</numerusform>
            <numerusform>Saved. SLA recomputed for %Ln open tickets (%1 changed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SuggestedArticlesView</name>
    <message numerus="yes">
        <source>Found articles (%n)</source>
        <translation>
            <numerusform>Found articles (%n)</numerusform>
            <numerusform>Found articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested articles (%n)</source>
        <translation>
            <numerusform>Suggested articles (%n)</numerusform>
            <numerusform>Suggested articles (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TeamSettingsPage</name>
    <message numerus="yes">
        <source>%1 · %2 · %Ln member(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln member</numerusform>
            <numerusform>%1 · %2 · %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;try %Ln unsaved change(s)</source>
        <translation>
            <numerusform>Re&amp;try %Ln unsaved change</numerusform>
            <numerusform>Re&amp;try %Ln unsaved changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TemplateSettingsPage</name>
    <message numerus="yes">
        <source>Unknown placeholder(s) %1: the customer would see them as written. Choose from Insert placeholder.</source>
        <translation>
            <numerusform>Unknown placeholder %1: the customer would see it as written. Choose from Insert placeholder.</numerusform>
            <numerusform>Unknown placeholders %1: the customer would see them as written. Choose from Insert placeholder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used %Ln×</source>
        <translation>
            <numerusform>used %Ln×</numerusform>
            <numerusform>used %Ln×</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketPane</name>
    <message numerus="yes">
        <source>Conversation (%n message(s))</source>
        <translation>
            <numerusform>Conversation (%n message)</numerusform>
            <numerusform>Conversation (%n messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TicketSlaView</name>
    <message numerus="yes">
        <source>Show %n earlier period(s)</source>
        <translation>
            <numerusform>Show %n earlier period</numerusform>
            <numerusform>Show %n earlier periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TimeInStatusChart</name>
    <message numerus="yes">
        <source>%1: %2 on average over %Ln resolved ticket(s)</source>
        <translation>
            <numerusform>%1: %2 on average over %Ln resolved ticket</numerusform>
            <numerusform>%1: %2 on average over %Ln resolved tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::VolumeHeatmap</name>
    <message numerus="yes">
        <source>%1, %2: %Ln ticket(s)</source>
        <comment>weekday, hours: count</comment>
        <translation>
            <numerusform>%1, %2: %Ln ticket</numerusform>
            <numerusform>%1, %2: %Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>summed over the period, %Ln ticket(s) in all · %1</source>
        <translation>
            <numerusform>summed over the period, %Ln ticket in all · %1</numerusform>
            <numerusform>summed over the period, %Ln tickets in all · %1</numerusform>
        </translation>
    </message>
</context>
</TS>
