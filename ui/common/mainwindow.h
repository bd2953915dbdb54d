// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "tickets/queuequery.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;

namespace Switchboard {

class NavigationPanel;
class QueueView;
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

    // Makes `row` of the queue current, which shows its ticket.
    void selectRow(int row);
    // Shows the ticket in the pane, and selects its row once it is listed.
    bool openTicket(TicketId id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createShortcuts();
    void setDefaultColumnWidths();
    void restoreSettings();
    void saveSettings() const;

    void showView(QueueScope scope);
    void applySearch();
    void openSearchResult();
    void escape();
    void showCurrentTicket(const QModelIndex& current);
    void handlePageLoaded(bool first);
    void updateStatus();
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
    QLabel* m_rowsLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QTimer m_searchDelay;
    // Set by Return in the search field: select the first result once it arrives.
    bool m_selectFirstResult = false;
};

} // namespace Switchboard
