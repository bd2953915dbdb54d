// SPDX-License-Identifier: MIT
#include "slasettingspage.h"

#include "slacalendarstab.h"
#include "slapoliciestab.h"

#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Switchboard {

SlaSettingsPage::SlaSettingsPage(SlaService* service, QWidget* parent)
    : SlaSettingsPage(service, Clock::system(), parent)
{}

SlaSettingsPage::SlaSettingsPage(SlaService* service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("slaSettingsPage"));
    setAccessibleName(tr("SLA settings"));

    m_policies = new SlaPoliciesTab(service, this);
    m_policies->setObjectName(QStringLiteral("slaPoliciesTab"));
    m_calendars = new SlaCalendarsTab(service, clock, this);
    m_calendars->setObjectName(QStringLiteral("slaCalendarsTab"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("slaSettingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_policies, tr("&Policies"));
    m_tabs->addTab(m_calendars, tr("&Calendars"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_policies, &SlaPoliciesTab::policiesSaved, this, &SlaSettingsPage::policiesSaved);
    connect(m_calendars, &SlaCalendarsTab::calendarSaved, this, &SlaSettingsPage::calendarSaved);
    connect(m_calendars, &SlaCalendarsTab::calendarRemoved, this,
            &SlaSettingsPage::calendarRemoved);
    // Policies choose among the calendars, so their list follows the calendars tab.
    connect(m_calendars, &SlaCalendarsTab::calendarSaved, m_policies,
            &SlaPoliciesTab::reloadCalendars);
    connect(m_calendars, &SlaCalendarsTab::calendarRemoved, m_policies,
            &SlaPoliciesTab::reloadCalendars);
}

bool SlaSettingsPage::hasUnsavedChanges() const
{
    return m_policies->hasUnsavedChanges() || m_calendars->hasUnsavedChanges();
}

void SlaSettingsPage::reload()
{
    m_policies->reload();
    m_calendars->reload();
}

QString SlaSettingsPage::recomputeText(const SlaRecomputeReport& report)
{
    return tr("Saved. SLA recomputed for %Ln open ticket(s) (%1 changed).", nullptr, report.tickets)
        .arg(QLocale().toString(report.changed));
}

} // namespace Switchboard
