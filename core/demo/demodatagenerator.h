// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <atomic>
#include <functional>

namespace Switchboard {

struct DemoOptions
{
    qint64 tickets = 20000;
    int agents = 24;
    int days = 120; // the data covers the `days` days that end at the clock's "now"
    quint64 seed = 1;
    // The zone of the arrival curve, working hours and promotion days. Moscow
    // keeps a fixed UTC+3 since 2014, so the curve has no DST seams.
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Moscow"));
};

struct DemoSummary
{
    qint64 tickets = 0;
    qint64 messages = 0;
    qint64 events = 0;
    qint64 agents = 0;
    qint64 customers = 0;
    qint64 groups = 0;
    qint64 elapsedMs = 0;
};

// Fills an empty database with realistic, reproducible help-desk data: groups,
// agents of different speed and quality, customers, and tickets whose arrival
// follows a weekday/hour curve with a promotion spike, each with a complete
// conversation and event history that agree with its timestamps. The same
// options, seed and clock give the same data, byte for byte.
//
// Everything is written in one transaction through TicketBulkWriter: either
// the whole data set is there or nothing is.
class DemoDataGenerator
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoDataGenerator(DatabasePtr database, const Clock& clock, DemoOptions options = {});

    // Called from the generating thread every few thousand tickets.
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    // When the flag becomes true, generation stops and nothing is written.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    // Conflict when the database already has tickets (demo data is never mixed
    // with real data); BadInput for options out of range.
    Result<DemoSummary> generate();

    // The local dates of the promotion spike (about three times the usual
    // volume); a pure function of the options and the clock.
    QList<QDate> promotionDays() const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
    DemoOptions m_options;
    Progress m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace Switchboard
