// SPDX-License-Identifier: MIT
#pragma once

#include "navigationpanel.h"
#include "storage/database.h"
#include "tickets/queuequery.h"
#include "tickets/savedfilterrepository.h"
#include "tickets/ticket.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QSystemTrayIcon;

namespace Switchboard {

class DashboardView;
class ConnectionBanner;
class DatabaseChangeWatcher;
class KnowledgeView;
class QueueFilterDialog;
class QueueView;
class SlaMonitor;
class SlaNotifier;
class SlaService;
class SlaSettingsPage;
class TeamSettingsPage;
class TemplateSettingsPage;
class TicketPane;
class TicketQueueModel;

// The console window: views on the left, the queue with its search field in
// the centre, the selected ticket on the right, and the status bar. Owns the
// widgets and the queue model; remembers its layout in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatabasePtr database, QWidget* parent = nullptr);
    ~MainWindow() override;

    TicketQueueModel* queueModel() const { return m_model; }
    QueueView* queueView() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    NavigationPanel* navigation() const { return m_navigation; }
    TicketPane* ticketPane() const { return m_pane; }
    ConnectionBanner* connectionBanner() const { return m_connectionBanner; }
    DatabaseChangeWatcher* changeWatcher() const { return m_changeWatcher; }
    KnowledgeView* knowledgeView() const { return m_knowledge; }
    SlaSettingsPage* slaSettings() const { return m_slaSettings; }
    SlaNotifier* notifier() const { return m_notifier; }
    SlaMonitor* slaMonitor() const { return m_monitor; }
    Area currentArea() const;
    DashboardView* dashboardView() const { return m_dashboards; }

    // Who works in this window: their tickets and groups decide which SLA
    // alerts they get, and knowledge-base votes are theirs. 0: nobody.
    // Who works in this window: replies and changes are made as this agent,
    // SLA alerts follow their tickets (and, for a lead, their groups').
    void setCurrentAgent(const Agent& agent, const QList<GroupId>& leadGroups);
    void showArea(Area area);

    // Makes `row` of the queue current, which shows its ticket.
    void selectRow(int row);
    // Shows the ticket in the pane, and selects its row once it is listed.
    bool openTicket(TicketId id);

    // Opens the filter dialog, starting from the view on screen; it saves
    // the filter (with an agent) and shows its tickets. The dialog is
    // window-modal and returned at once, so tests can drive it.
    QueueFilterDialog* newFilter();
    // Opens the dialog on one of the current agent's saved filters.
    QueueFilterDialog* editFilter(SavedFilterId id);
    // Asks, then deletes one of the current agent's saved filters.
    void deleteFilter(SavedFilterId id);
    // Shows the tickets of a saved filter: all tickets, narrowed by it and its text.
    void showFilter(SavedFilterId id);
    // The saved filters listed under Filters, as last read.
    const QList<SavedFilter>& savedFilters() const { return m_filters; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void createShortcuts();
    void setDefaultColumnWidths();
    void restoreSettings();
    void saveSettings() const;

    void showView(QueueScope scope);
    void reloadFilters();
    // Shows all tickets narrowed by `filter` and `text`; name: what the status bar calls it.
    void applyFilter(const QueueFilter& filter, const QString& text, const QString& name);
    // Leaves a filter view; the filter's text leaves the search field with it.
    void leaveFilter();
    void filterDialogFinished(QueueFilterDialog* dialog, int result);
    void createSlaWatch();
    void slaConfigurationChanged();
    // Tickets were written here or elsewhere: queue, counts and SLA alerts follow.
    void ticketsChanged();
    void updateSlaStatus();
    void applySearch();
    void openSearchResult();
    void escape();
    void showCurrentTicket(const QModelIndex& current);
    void handlePageLoaded(bool first);
    void restorePlaceAfterRefresh();
    void updateStatus();
    void updateFilterToolTip();
    QString emptyViewText() const;
    void chooseLanguage(const QString& code);
    void showShortcuts();
    void showAbout();

    DatabasePtr m_database;
    TicketQueueModel* m_model = nullptr;
    NavigationPanel* m_navigation = nullptr;
    QLineEdit* m_search = nullptr;
    QueueView* m_view = nullptr;
    TicketPane* m_pane = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_queueSplitter = nullptr;
    QStackedWidget* m_areas = nullptr;
    KnowledgeView* m_knowledge = nullptr;
    SlaSettingsPage* m_slaSettings = nullptr;
    TemplateSettingsPage* m_templateSettings = nullptr;
    DashboardView* m_dashboards = nullptr;
    TeamSettingsPage* m_teamSettings = nullptr;
    QTabWidget* m_settingsTabs = nullptr;
    std::unique_ptr<SlaService> m_sla;
    SlaMonitor* m_monitor = nullptr;
    SlaNotifier* m_notifier = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QLabel* m_slaLabel = nullptr;
    QLabel* m_agentLabel = nullptr;
    QComboBox* m_availability = nullptr;
    QString m_agentLogin;
    DatabaseChangeWatcher* m_changeWatcher = nullptr;
    ConnectionBanner* m_connectionBanner = nullptr;
    QTimer m_changeDelay;
    QTimer m_slaStatusTimer;
    QLabel* m_rowsLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QTimer m_searchDelay;
    // Set by Return in the search field: select the first result once it arrives.
    bool m_selectFirstResult = false;
    TicketId m_topTicketBeforeRefresh = 0;

    AgentId m_agentId = 0;
    QList<SavedFilter> m_filters;
    // The filter on screen: its name (empty: none) and the text it put in
    // the search field.
    QString m_filterName;
    QString m_filterText;
    QPointer<QueueFilterDialog> m_filterDialog;
    QueueQuery m_describedQuery; // the query the rows label's tooltip describes
};

} // namespace Switchboard
