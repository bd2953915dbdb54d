<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Switchboard</name>
    <message numerus="yes">
        <source>the database already has %n ticket(s); demo data goes only into a database without tickets</source>
        <translation>
            <numerusform>the database already has %n ticket; demo data goes only into a database without tickets</numerusform>
            <numerusform>the database already has %n tickets; demo data goes only into a database without tickets</numerusform>
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
</TS>
