// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "tickets/teamrepository.h"
#include "tickets/ticket.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Switchboard {

class FieldMessage;

// Settings > Teams: the groups, how each hands out its new tickets and who
// is in it, and every agent's availability and limit of open tickets. Each
// change is written at once through TeamRepository, so there is no Save. A
// value core refuses is named next to the control, which shows the stored
// value again; a write that fails for another reason (the database busy)
// keeps the value as set and is retried with "Retry".
class TeamSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamSettingsPage(DatabasePtr database, QWidget* parent = nullptr);

    // Translated names and one-line explanations for the pickers.
    static QString routingName(RoutingMode mode);
    static QString routingExplanation(RoutingMode mode);
    static QString availabilityName(Availability availability);

    // Reads groups and agents again; writes still to retry are kept.
    void reload();
    // False when no group has that name.
    bool selectGroup(const QString& name);
    QString currentGroup() const;
    // Writes still failing, waiting for Retry.
    bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }

    // Each writes at once and reports a problem next to its control; false
    // when nothing was written.
    bool addGroup(const QString& name);
    bool setRouting(RoutingMode mode);
    bool setMember(const QString& login, bool member);
    bool setAvailability(const QString& login, Availability availability);
    bool setMaxOpen(const QString& login, int maxOpen);
    // Tries the failed writes again; false while one still fails.
    bool retry();

signals:
    // After every successful write.
    void changed();

private:
    QSpinBox* m_reopenDays = nullptr;
    QCheckBox* m_acknowledge = nullptr;
    // Where a problem is shown.
    enum class Area
    {
        NewGroup,
        Routing,
        Members,
        Agents,
    };
    struct PendingWrite
    {
        Area area = Area::Agents;
        QString what; // "Anna Petrova's limit of open tickets", for the message
        std::function<Status()> write;
    };
    struct AgentRow
    {
        Agent agent;
        AgentRoutingSettings settings;
    };

    QWidget* createGroups();
    QWidget* createGroupEditor();
    QWidget* createAgents();
    QWidget* createTicketRules();

    void rebuildGroups(const QString& select);
    void rebuildMembers();
    void rebuildAgents();
    void showGroup();
    void showNewGroupRow(bool shown);
    void limitRefused(const QString& login, const QString& text);
    // Runs a write; true when it succeeded. On failure the problem is shown
    // in `area`; a failure core did not refuse is kept for Retry under `key`.
    bool write(Area area, const QString& key, const QString& what,
               const std::function<Status()>& action);
    void showProblem(Area area, const QString& text);
    void updatePending();
    TeamGroup* currentGroupData();
    qsizetype agentIndex(const QString& login) const; // -1: not listed
    QString agentName(const QString& login) const;
    QComboBox* availabilityEdit(const QString& login) const;
    QSpinBox* limitEdit(const QString& login) const;

    DatabasePtr m_database;
    TeamRepository m_team;
    QList<TeamGroup> m_groups;
    QList<AgentRow> m_agents;
    QMap<QString, PendingWrite> m_pending; // by what it sets ("maxOpen:anna")
    bool m_loading = false;

    QListWidget* m_groupList = nullptr;
    QPushButton* m_newGroupButton = nullptr;
    QWidget* m_newGroupRow = nullptr;
    QLineEdit* m_newGroupName = nullptr;
    QPushButton* m_addGroupButton = nullptr;
    QPushButton* m_cancelGroupButton = nullptr;
    FieldMessage* m_newGroupProblem = nullptr;
    FieldMessage* m_groupsProblem = nullptr;

    QWidget* m_groupEditor = nullptr;
    QLabel* m_groupTitle = nullptr;
    QLabel* m_noGroup = nullptr;
    QComboBox* m_routing = nullptr;
    QLabel* m_routingHelp = nullptr;
    FieldMessage* m_routingProblem = nullptr;
    QListWidget* m_members = nullptr;
    QLabel* m_membersCaption = nullptr;
    FieldMessage* m_membersProblem = nullptr;

    QTableWidget* m_agentTable = nullptr;
    QLabel* m_noAgents = nullptr;
    FieldMessage* m_agentsProblem = nullptr;
    QPushButton* m_retryButton = nullptr;
};

} // namespace Switchboard
