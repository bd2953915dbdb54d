// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "tickets/queuequery.h"
#include "tickets/savedfilterrepository.h"
#include "tickets/ticketrepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Switchboard {

// Builds a queue filter from ticket fields (status, priority, type, channel,
// group, assignee, tags, created range) and a search text, and saves it
// under a name, privately or shared with the team, through
// SavedFilterRepository. Without an agent the filter can only be shown.
// Reads agents and groups once, when it opens.
class QueueFilterDialog : public QDialog
{
    Q_OBJECT

public:
    // me: who saves the filter; 0 when nobody is chosen.
    QueueFilterDialog(DatabasePtr database, AgentId me, QWidget* parent = nullptr);

    // Starts from a filter and text (the view on screen), for a new filter.
    void setFilter(const QueueFilter& filter, const QString& text);
    // Changes a saved filter: OK updates it instead of adding one.
    void setSavedFilter(const SavedFilter& filter);

    QueueFilter filter() const;
    QString text() const;
    // The filter OK saved; nothing when it was shown without saving.
    const std::optional<SavedFilter>& savedFilter() const { return m_saved; }

    // The filter and text in a few lines ("Status: Pending"), for tooltips.
    static QString describe(const QueueFilter& filter, const QString& text,
                            const QList<Agent>& agents, const QList<GroupSummary>& groups);

public slots:
    // Saves (or updates) the filter; stays open with the reason when that fails.
    void accept() override;

private:
    void showWithoutSaving();
    QListWidget* addCheckList(const QString& objectName, const QString& accessibleName);
    void showError(const QString& message);

    DatabasePtr m_database;
    AgentId m_me = 0;
    SavedFilterId m_editing = 0;
    std::optional<SavedFilter> m_saved;

    QLineEdit* m_name = nullptr;
    QCheckBox* m_shared = nullptr;
    QListWidget* m_statuses = nullptr;
    QListWidget* m_priorities = nullptr;
    QListWidget* m_types = nullptr;
    QListWidget* m_channels = nullptr;
    QListWidget* m_groups = nullptr;
    QListWidget* m_assignees = nullptr;
    QLineEdit* m_tags = nullptr;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_show = nullptr;
};

} // namespace Switchboard
