// SPDX-License-Identifier: MIT
#pragma once

#include "recordreader.h"
#include "tickets/exchangeticket.h"

#include <QHash>
#include <QList>

namespace Switchboard {

// One ticket read from a file, with the history its rows describe
// (TicketEvent::actor holds agent logins).
struct ImportedTicket
{
    ExchangeTicket ticket;
    QList<TicketEvent> events;
    qint64 line = 0; // its first row, for messages
};

// Everything read from one file, checked and ready to write.
struct ImportBatch
{
    QString path;
    QString source; // the mapping's source key, kept with each external id
    QString encoding;
    bool encodingDetected = false;
    RecordFormat format = RecordFormat::Csv;
    QChar delimiter; // CSV only
    qint64 records = 0;
    QList<ImportedTicket> tickets;      // in order of creation
    QHash<QString, QString> agentNames; // login -> label, for agents to create
};

} // namespace Switchboard
