// SPDX-License-Identifier: MIT
#pragma once

#include "sla/slaconfigrepository.h"
#include "sla/slapolicy.h"
#include "sla/slaservice.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Switchboard {

class FieldMessage;
class SlaTargetEdit;
class SlaWarningLadderEdit;

// The "Policies" tab of the SLA settings: the ordered policy list (first
// match wins) and an editor for the selected policy. Edits stay in this tab
// until Save, which validates the whole list, stores it and recomputes the
// open tickets through SlaService; Revert reads the stored list again.
class SlaPoliciesTab : public QWidget
{
    Q_OBJECT

public:
    explicit SlaPoliciesTab(SlaService* service, QWidget* parent = nullptr);

    // Reads the stored policies and the calendars, discarding edits.
    void reload();
    // Refreshes the calendar choices (after a calendar was saved or removed), keeping edits.
    void reloadCalendars();

    // The list as edited, in order.
    QList<SlaPolicy> editedPolicies() const;
    bool hasUnsavedChanges() const;
    // Every policy valid, names unique, at least one policy.
    bool isValid() const;

    // Both report problems to the user; false when nothing was saved or read.
    bool save();
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);

signals:
    void policiesSaved(const Switchboard::SlaRecomputeReport& report);

private:
    struct Problems
    {
        QString name;
        QString calendar;
        std::array<QString, kSlaMetricCount> targets;
        QString other;
        bool any() const;
        QStringList all() const;
    };

    QWidget* createList();
    QWidget* createEditor();
    QWidget* createConditionRow(const QString& name, QList<QCheckBox*>& boxes,
                                const QList<QPair<QString, QString>>& choices, QLabel** anyLabel);

    void setPolicies(const QList<SlaPolicy>& policies, const QString& selectName);
    QTreeWidgetItem* addItem(const SlaPolicy& policy, int index);
    int currentId() const;
    int idOf(const QTreeWidgetItem* item) const;
    void showCurrent();
    void showPolicy(const SlaPolicy& policy);
    SlaPolicy policyFromEditor() const;
    void commitEditor();
    void fillCalendarCombo(const QString& spec);
    void updateItem(QTreeWidgetItem* item);
    void validate();
    void updateProblemsShown();
    void updateActions();
    void setStatus(const QString& text);

    void addPolicy();
    void duplicatePolicy();
    void removePolicy();
    void movePolicy(int delta);
    void chooseImportFile();
    void chooseExportFile();

    static QString appliesToText(const SlaPolicy& policy);
    QString calendarText(const QString& spec) const;
    QString uniqueName(const QString& base) const;

    SlaService* m_service = nullptr;
    QList<SlaPolicy> m_stored;
    QList<SlaCalendarEntry> m_calendars;
    QHash<int, SlaPolicy> m_policies; // by item id; the list widget holds the order
    QHash<int, Problems> m_problems;
    int m_nextId = 1;
    bool m_loading = false;

    QTreeWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QToolButton* m_upButton = nullptr;
    QToolButton* m_downButton = nullptr;
    FieldMessage* m_listProblem = nullptr;

    QWidget* m_editor = nullptr;
    QLineEdit* m_name = nullptr;
    FieldMessage* m_nameProblem = nullptr;
    QList<QCheckBox*> m_types;
    QList<QCheckBox*> m_priorities;
    QList<QCheckBox*> m_channels;
    QLabel* m_typesAny = nullptr;
    QLabel* m_prioritiesAny = nullptr;
    QLabel* m_channelsAny = nullptr;
    QLineEdit* m_groups = nullptr;
    QLineEdit* m_tiers = nullptr;
    QLineEdit* m_tags = nullptr;
    QComboBox* m_calendar = nullptr;
    FieldMessage* m_calendarProblem = nullptr;
    QCheckBox* m_pauseOnHold = nullptr;
    std::array<SlaTargetEdit*, kSlaMetricCount> m_targets{};
    SlaWarningLadderEdit* m_warnings = nullptr;
    FieldMessage* m_otherProblem = nullptr;

    QLabel* m_status = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Switchboard
