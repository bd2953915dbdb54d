// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "sla/slaservice.h"

#include <QWidget>

class QTabWidget;

namespace Switchboard {

class SlaCalendarsTab;
class SlaPoliciesTab;

// Settings > SLA: the policies that give tickets their targets and the
// business calendars those targets are counted in, one tab each. Reads and
// writes only through SlaService, which recomputes open tickets on save.
// The service must outlive the page.
class SlaSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SlaSettingsPage(SlaService* service, QWidget* parent = nullptr);
    // clock: "now" for the calendar preview.
    SlaSettingsPage(SlaService* service, const Clock& clock, QWidget* parent = nullptr);

    SlaPoliciesTab* policiesTab() const { return m_policies; }
    SlaCalendarsTab* calendarsTab() const { return m_calendars; }
    QTabWidget* tabs() const { return m_tabs; }

    // For the window to ask before leaving the page or closing.
    bool hasUnsavedChanges() const;
    // Reads everything again; unsaved policy edits are discarded.
    void reload();

    // "Saved. SLA recomputed for 12 open tickets (3 changed)."
    static QString recomputeText(const SlaRecomputeReport& report);

signals:
    void policiesSaved(const Switchboard::SlaRecomputeReport& report);
    void calendarSaved(const QString& name, const Switchboard::SlaRecomputeReport& report);
    void calendarRemoved(const QString& name);

private:
    QTabWidget* m_tabs = nullptr;
    SlaPoliciesTab* m_policies = nullptr;
    SlaCalendarsTab* m_calendars = nullptr;
};

} // namespace Switchboard
