// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "slapresentation.h"

#include "storage/databasechangewatcher.h"
#include "ticket/replyeditor.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTabWidget>

#include "common/uilogging.h"
#include "connectionbanner.h"
#include "dashboards/dashboardview.h"
#include "import/exportdialog.h"
#include "import/importwizard.h"
#include "kb/articleeditor.h"
#include "kb/knowledgeview.h"
#include "languagesetting.h"
#include "messagebox.h"
#include "navigationpanel.h"
#include "queue/queuefilterdialog.h"
#include "queue/queueview.h"
#include "queue/ticketqueuemodel.h"
#include "settings/slasettingspage.h"
#include "settings/teamsettingspage.h"
#include "settings/templatesettingspage.h"
#include "shortcutsdialog.h"
#include "sla/slamonitor.h"
#include "sla/slaservice.h"
#include "slanotifier.h"
#include "team/teamsession.h"
#include "ticket/ticketpane.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketrepository.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter-v2");
const QString kQueueSplitterKey = QStringLiteral("mainWindow/queueSplitter");
// Bumped when the columns change: an older saved state would misplace them.
const QString kHeaderKey = QStringLiteral("queue/header-v2");
const QString kViewKey = QStringLiteral("queue/view");

// A magnifier drawn in the text colour, so the search field reads as one
// without depending on an icon theme being installed.
QIcon searchIcon(const QPalette& palette)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(palette.color(QPalette::PlaceholderText), size / 9.0);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        const qreal d = size * 0.52;
        painter.drawEllipse(QRectF(size * 0.14, size * 0.14, d, d));
        painter.drawLine(QPointF(size * 0.62, size * 0.62), QPointF(size * 0.86, size * 0.86));
        icon.addPixmap(pixmap);
    }
    return icon;
}

// "#1234" or "1234": the user is going to a ticket by number.
std::optional<TicketId> ticketNumberIn(const QString& search)
{
    static const QRegularExpression pattern(QStringLiteral("^#?(\\d{1,18})$"));
    const auto match = pattern.match(search.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

} // namespace

MainWindow::MainWindow(DatabasePtr database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("Switchboard"));
    setObjectName(QStringLiteral("mainWindow"));

    m_model = new TicketQueueModel(m_database, Clock::system(), this);

    m_navigation = new NavigationPanel(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setAccessibleName(tr("Search tickets"));
    m_search->setPlaceholderText(tr("Search or #1234"));
    m_search->setToolTip(
        tr("Search subjects and requesters, or type a ticket number (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(searchIcon(palette()), QLineEdit::LeadingPosition);

    m_view = new QueueView(this);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Ticket queue"));
    m_view->setModel(m_model);

    m_pane = new TicketPane(m_database, this);
    m_pane->setObjectName(QStringLiteral("ticketPane"));

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 6, 0, 0);
    centreLayout->setSpacing(6);
    centreLayout->addWidget(m_search);
    centreLayout->addWidget(m_view, 1);

    m_queueSplitter = new QSplitter(Qt::Horizontal, this);
    m_queueSplitter->setObjectName(QStringLiteral("queueSplitter"));
    m_queueSplitter->setChildrenCollapsible(false);
    m_queueSplitter->addWidget(centre);
    m_queueSplitter->addWidget(m_pane);
    m_queueSplitter->setStretchFactor(0, 1);
    m_queueSplitter->setStretchFactor(1, 0);
    m_queueSplitter->setSizes({860, 420});

    m_sla = std::make_unique<SlaService>(m_database);
    m_knowledge = new KnowledgeView(m_database, Clock::system(), this);
    m_knowledge->setObjectName(QStringLiteral("knowledgeView"));
    m_slaSettings = new SlaSettingsPage(m_sla.get(), this);
    m_slaSettings->setObjectName(QStringLiteral("slaSettings"));
    m_dashboards = new DashboardView(m_database, Clock::system(), this);
    m_dashboards->setObjectName(QStringLiteral("dashboardView"));
    // "Show tickets" on a chart opens the queue on the tickets behind it.
    connect(m_dashboards, &DashboardView::showTicketsRequested, this,
            [this](const QueueFilter& filter) {
                m_navigation->setCurrentArea(Area::Queue);
                applyFilter(filter, QString(), tr("Tickets from the dashboard"));
            });
    m_templateSettings = new TemplateSettingsPage(m_database, this);
    m_templateSettings->setObjectName(QStringLiteral("templateSettings"));
    m_teamSettings = new TeamSettingsPage(m_database, this);
    m_teamSettings->setObjectName(QStringLiteral("teamSettings"));
    m_settingsTabs = new QTabWidget(this);
    m_settingsTabs->setObjectName(QStringLiteral("settingsTabs"));
    m_settingsTabs->setDocumentMode(true);
    m_settingsTabs->addTab(m_slaSettings, tr("SLA and calendars"));
    m_settingsTabs->addTab(m_templateSettings, tr("Reply templates"));
    m_settingsTabs->addTab(m_teamSettings, tr("Team and routing"));

    m_areas = new QStackedWidget(this);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->addWidget(m_queueSplitter); // indexes follow Area
    m_areas->addWidget(m_knowledge);
    m_areas->addWidget(m_dashboards);
    m_areas->addWidget(m_settingsTabs);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_areas);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_navigation->setMinimumWidth(120);
    m_splitter->setSizes({170, 1280});
    // Team mode: a lost server connection is said across the top, above everything.
    m_connectionBanner = new ConnectionBanner(this);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_pathLabel = new QLabel(this);
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(m_database->path()));
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);
    m_slaLabel = new QLabel(this);
    m_slaLabel->setObjectName(QStringLiteral("slaStatus"));
    m_slaLabel->setToolTip(tr("Click to open the tickets that breach soon"));
    m_slaLabel->setCursor(Qt::PointingHandCursor);
    m_slaLabel->installEventFilter(this);
    statusBar()->addWidget(m_rowsLabel, 1);
    m_agentLabel = new QLabel(tr("Read-only: no agent chosen"), this);
    m_agentLabel->setObjectName(QStringLiteral("agentLabel"));
    // Routing sends new tickets only to agents who are online.
    m_availability = new QComboBox(this);
    m_availability->setObjectName(QStringLiteral("availabilityCombo"));
    m_availability->setAccessibleName(tr("Your availability"));
    m_availability->setToolTip(tr("Automatic routing gives new tickets only to agents who are "
                                  "online"));
    for (Availability a : {Availability::Online, Availability::Away, Availability::Offline})
        m_availability->addItem(TeamSettingsPage::availabilityName(a), static_cast<int>(a));
    m_availability->setEnabled(false);
    connect(m_availability, &QComboBox::activated, this, [this](int index) {
        const auto availability =
            static_cast<Availability>(m_availability->itemData(index).toInt());
        if (Status set = TeamRepository(m_database).setAvailability(m_agentLogin, availability);
            !set)
            m_rowsLabel->setText(tr("Availability not saved: %1").arg(set.error().message));
    });
    statusBar()->addPermanentWidget(m_slaLabel);
    statusBar()->addPermanentWidget(m_agentLabel);
    statusBar()->addPermanentWidget(m_availability);
    statusBar()->addPermanentWidget(m_pathLabel);

    createMenus();
    createShortcuts();

    m_searchDelay.setSingleShot(true);
    // Long enough to join a burst of keystrokes into one query, short enough
    // that the list follows the typing.
    m_searchDelay.setInterval(100);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::openSearchResult);

    connect(m_navigation, &NavigationPanel::viewSelected, this, &MainWindow::showView);
    connect(m_navigation, &NavigationPanel::areaSelected, this, &MainWindow::showArea);
    connect(m_navigation, &NavigationPanel::filterSelected, this, &MainWindow::showFilter);
    connect(m_navigation, &NavigationPanel::newFilterRequested, this, &MainWindow::newFilter);
    connect(m_navigation, &NavigationPanel::editFilterRequested, this, &MainWindow::editFilter);
    connect(m_navigation, &NavigationPanel::deleteFilterRequested, this, &MainWindow::deleteFilter);
    connect(m_slaSettings, &SlaSettingsPage::policiesSaved, this,
            &MainWindow::slaConfigurationChanged);
    connect(m_slaSettings, &SlaSettingsPage::calendarSaved, this,
            &MainWindow::slaConfigurationChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showCurrentTicket(current); });
    // Enter opens the ticket with the cursor in the reply, ready to answer.
    connect(m_view, &QAbstractItemView::activated, this,
            [this] { m_pane->replyEditor()->textEdit()->setFocus(Qt::OtherFocusReason); });
    connect(m_pane, &TicketPane::ticketChanged, this, &MainWindow::ticketsChanged);
    // "New article from ticket": the knowledge view's editor on the draft;
    // its first save creates the article, which is then linked to the ticket.
    connect(
        m_pane, &TicketPane::articleFromTicketRequested, this,
        [this](const Article& draft, TicketId ticketId) {
            ArticleEditor* editor = m_knowledge->newArticle(draft.title);
            editor->setDraft(draft);
            connect(
                editor, &ArticleEditor::articleSaved, m_pane,
                [this, ticketId](qint64 articleId) { m_pane->linkArticle(ticketId, articleId); },
                Qt::SingleShotConnection);
        });
    // An article link in a reply: the knowledge base, on that article.
    connect(m_pane, &TicketPane::articleOpenRequested, this, [this](qint64 articleId) {
        showArea(Area::Knowledge);
        m_knowledge->showArticle(articleId);
    });
    // A saved article can be the answer to the ticket being worked.
    connect(m_knowledge, &KnowledgeView::articlesChanged, m_pane, &TicketPane::refreshSuggestions);
    // Another window, process or the CLI committed: show it without a restart.
    m_changeWatcher = new DatabaseChangeWatcher(m_database, 500, this);
    m_changeDelay.setSingleShot(true);
    m_changeDelay.setInterval(150);
    connect(m_changeWatcher, &DatabaseChangeWatcher::changed, this,
            [this] { m_changeDelay.start(); });
    connect(&m_changeDelay, &QTimer::timeout, this, [this] {
        m_pane->refreshIfChanged();
        ticketsChanged();
        reloadFilters(); // a colleague may have shared one
    });
    m_connectionBanner->follow(m_changeWatcher);
    // Back online: what was typed meanwhile is stored, then everything reloads
    // (the watcher's changed() follows, since what happened away is unknown).
    connect(m_changeWatcher, &DatabaseChangeWatcher::connectionRestored, this, [this] {
        if (!m_pane->saveUnsavedDraft())
            qCWarning(lcUi) << "the draft is still not saved after reconnecting";
    });
    m_changeWatcher->start();
    connect(m_model, &TicketQueueModel::loadingStarted, this, &MainWindow::updateStatus);
    connect(m_model, &TicketQueueModel::pageLoaded, this,
            [this](int, bool first) { handlePageLoaded(first); });
    // A refresh replaces the rows: remember which ticket is at the top of the
    // view so the list does not jump while the operator reads it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex top = m_view->indexAt(QPoint(1, 1));
        m_topTicketBeforeRefresh =
            m_model->isRefreshing() && top.isValid() ? m_model->ticketIdAt(top.row()) : 0;
    });
    connect(m_model, &TicketQueueModel::loadFailed, this, [this](const QString& message) {
        m_view->setEmptyText(
            tr("The queue could not be read: %1. The log file has the details.").arg(message));
        updateStatus();
    });

    setDefaultColumnWidths();
    restoreSettings();
    reloadFilters();
    // Enabling sorting applies the header's (restored) order, which loads the first page.
    m_view->setSortingEnabled(true);
    updateStatus();
    createSlaWatch();
}

void MainWindow::createSlaWatch()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Switchboard"));
        m_tray->show();
    }
    m_notifier = new SlaNotifier(m_tray, this);
    m_monitor = new SlaMonitor(m_sla.get(), Clock::system(), this);
    connect(m_monitor, &SlaMonitor::crossed, m_notifier, &SlaNotifier::onCrossed);
    connect(m_monitor, &SlaMonitor::caughtUp, m_notifier, &SlaNotifier::onCaughtUp);
    // A crossing changes colours in the queue now, not at the next refresh.
    connect(m_monitor, &SlaMonitor::crossed, this, &MainWindow::updateSlaStatus);
    connect(m_notifier, &SlaNotifier::ticketActivated, this, [this](TicketId id) {
        showArea(Area::Queue);
        showNormal();
        raise();
        activateWindow();
        openTicket(id);
    });
    connect(m_notifier, &SlaNotifier::unseenChanged, this, &MainWindow::updateSlaStatus);
    m_slaStatusTimer.setInterval(60'000);
    connect(&m_slaStatusTimer, &QTimer::timeout, this, &MainWindow::updateSlaStatus);
    m_slaStatusTimer.start();
    // After the window is up: what happened while it was closed is reported then.
    QTimer::singleShot(0, m_monitor, &SlaMonitor::start);
    updateSlaStatus();
}

void MainWindow::ticketsChanged()
{
    m_monitor->refresh();
    m_model->refresh();
    updateSlaStatus();
}

void MainWindow::slaConfigurationChanged()
{
    m_monitor->refresh();
    m_model->refresh();
    updateSlaStatus();
}

void MainWindow::updateSlaStatus()
{
    const qint64 now = Clock::system().nowMs();
    TicketRepository repository(m_database);
    auto soon = repository.countDueBefore(now + TicketQueueModel::kBreachingSoonMs);
    auto overdue = repository.countDueBefore(now);
    if (!soon || !overdue) {
        m_slaLabel->clear();
        return;
    }
    m_navigation->setCount(QueueScope::BreachingSoon, int(*soon));
    QStringList parts;
    if (*soon - *overdue > 0)
        parts << tr("%n breaching soon", nullptr, int(*soon - *overdue));
    if (*overdue > 0)
        parts << tr("%n overdue", nullptr, int(*overdue));
    if (m_notifier && m_notifier->unseenBreaches() > 0)
        parts << tr("%n new breach(es)", nullptr, m_notifier->unseenBreaches());
    m_slaLabel->setText(parts.join(QStringLiteral(" · ")));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_slaLabel && event->type() == QEvent::MouseButtonRelease) {
        showArea(Area::Queue);
        m_navigation->setCurrentScope(QueueScope::BreachingSoon);
        showView(QueueScope::BreachingSoon);
        if (m_notifier)
            m_notifier->markSeen();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_areas->currentIndex());
}

void MainWindow::showArea(Area area)
{
    m_areas->setCurrentIndex(static_cast<int>(area));
    m_navigation->setCurrentArea(area);
    switch (area) {
    case Area::Queue:
        m_view->setFocus(Qt::ShortcutFocusReason);
        break;
    case Area::Knowledge:
        m_knowledge->focusSearch();
        break;
    case Area::Dashboards:
        m_dashboards->setFocus(Qt::ShortcutFocusReason);
        break;
    case Area::Settings:
        m_slaSettings->setFocus(Qt::ShortcutFocusReason);
        break;
    }
}

void MainWindow::setCurrentAgent(const Agent& agent, const QList<GroupId>& leadGroups)
{
    m_pane->setCurrentAgent(agent);
    m_model->setAgent(agent.id);
    m_agentId = agent.id;
    reloadFilters();
    m_agentLabel->setText(tr("Working as %1").arg(agent.name));
    m_agentLogin = agent.login;
    m_availability->setEnabled(agent.id != 0);
    if (auto settings = TeamRepository(m_database).agentSettings()) {
        for (const AgentRoutingSettings& s : *settings) {
            if (s.id == agent.id)
                m_availability->setCurrentIndex(
                    m_availability->findData(static_cast<int>(s.availability)));
        }
    }
    m_knowledge->setCurrentAgent(agent.id);
    m_notifier->setCurrentAgent(agent.id);
    m_notifier->setLeadGroups(leadGroups);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importAction = file->addAction(tr("&Import Tickets\u2026"), this, [this] {
        auto* wizard = new ImportWizard(m_database, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setWindowModality(Qt::WindowModal);
        // The change watcher would notice too; this shows the tickets at once.
        connect(wizard, &ImportWizard::imported, this, &MainWindow::ticketsChanged);
        wizard->show();
    });
    importAction->setObjectName(QStringLiteral("importTicketsAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportTickets = file->addAction(tr("&Export Tickets\u2026"), this, [this] {
        auto* dialog = new ExportDialog(m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    });
    exportTickets->setObjectName(QStringLiteral("exportTicketsAction"));
    QAction* importArticles = file->addAction(tr("Import &Articles\u2026"), this, [this] {
        showArea(Area::Knowledge);
        m_knowledge->importArticles();
    });
    importArticles->setObjectName(QStringLiteral("importArticlesAction"));
    file->addSeparator();
    QAction* team = file->addAction(tr("Connect to &Team Database\u2026"), this,
                                    [this] { TeamSession::connectToTeam(this, m_database); });
    team->setObjectName(QStringLiteral("connectTeamAction"));
    if (m_database->backend() == SqlBackend::Postgres) {
        QAction* local = file->addAction(tr("Work on the &Local Database"), this,
                                         [this] { TeamSession::useLocalDatabase(this); });
        local->setObjectName(QStringLiteral("useLocalDatabaseAction"));
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* queue = view->addAction(tr("&Queue"), this, [this] { showArea(Area::Queue); });
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* knowledge =
        view->addAction(tr("&Knowledge Base"), this, [this] { showArea(Area::Knowledge); });
    knowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* dashboards =
        view->addAction(tr("&Dashboards"), this, [this] { showArea(Area::Dashboards); });
    dashboards->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* settingsAction =
        view->addAction(tr("S&ettings"), this, [this] { showArea(Area::Settings); });
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction* search = view->addAction(tr("&Search"), this, [this] {
        showArea(Area::Queue);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    view->addAction(tr("New &Filter\u2026"), this, [this] { newFilter(); });
    view->addSeparator();

    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString stored = LanguageSetting::stored();
    const QList<QPair<QString, QString>> choices = {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
    };
    for (const auto& [code, name] : choices) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == stored);
        action->setActionGroup(languages);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu* notifications = view->addMenu(tr("&Notifications"));
    const QList<QPair<int, QString>> mutes = {
        {1, tr("Mute for 1 hour")}, {4, tr("Mute for 4 hours")}, {24, tr("Mute until tomorrow")}};
    for (const auto& [hours, label] : mutes) {
        const qint64 ms = qint64(hours) * 3600 * 1000;
        notifications->addAction(label, this, [this, ms] { m_notifier->muteFor(ms); });
    }
    notifications->addAction(tr("Unmute"), this, [this] { m_notifier->unmute(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Switchboard"), this, &MainWindow::showAbout);
}

void MainWindow::createShortcuts()
{
    // Window-wide; a text field that has focus keeps "?" as a character.
    auto* question = new QShortcut(QKeySequence(QStringLiteral("?")), this);
    connect(question, &QShortcut::activated, this, &MainWindow::showShortcuts);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::escape);
    // "A" in the queue takes the selected ticket (assign to me).
    auto* claim = new QShortcut(QKeySequence(Qt::Key_A), m_view);
    claim->setContext(Qt::WidgetShortcut);
    connect(claim, &QShortcut::activated, m_pane, &TicketPane::claimShown);
}

void MainWindow::setDefaultColumnWidths()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    // Wide enough for the longest value of a closed set (or a typical one of
    // an open set) and for the translated title with its sort arrow; the
    // subject takes the rest.
    auto fit = [&](int column, const QStringList& samples) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int width = metrics.horizontalAdvance(title) + 16;
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + 12);
    };
    QStringList channels, types, statuses;
    for (Channel channel : {Channel::Email, Channel::Chat, Channel::Phone, Channel::Web})
        channels << displayName(channel);
    for (TicketType type :
         {TicketType::Consultation, TicketType::Fault, TicketType::Order, TicketType::Complaint})
        types << displayName(type);
    for (TicketStatus status : {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                                TicketStatus::OnHold, TicketStatus::Resolved, TicketStatus::Closed})
        statuses << displayName(status);
    // Measured on the texts the column really shows, in the UI language
    // (Russian "просрочено на 7 дн. 15 ч" is twice the English width).
    fit(TicketQueueModel::SlaColumn,
        {QStringLiteral("    ") + SlaPresentation::timeLeft(-(2 * 24 + 21) * 3600),
         QStringLiteral("    ") + SlaPresentation::timeLeft(23 * 3600 + 57 * 60)});
    fit(TicketQueueModel::IdColumn, {QStringLiteral("#000000")});
    fit(TicketQueueModel::RequesterColumn, {QStringLiteral("Наталья Морозова")});
    fit(TicketQueueModel::ChannelColumn, channels);
    fit(TicketQueueModel::TypeColumn, types);
    fit(TicketQueueModel::PriorityColumn, {QStringLiteral("P0    ")});
    fit(TicketQueueModel::StatusColumn, statuses);
    fit(TicketQueueModel::AssigneeColumn, {QStringLiteral("Мария Соколова")});
    fit(TicketQueueModel::AgeColumn, {QStringLiteral("00 d")});
    // The channel is on the ticket's summary line; as a column it costs the
    // subject more than it gives. The header's context menu brings it back.
    header->setSectionHidden(TicketQueueModel::ChannelColumn, true);
    header->setSectionResizeMode(TicketQueueModel::SubjectColumn, QHeaderView::Stretch);
    header->setSortIndicator(TicketQueueModel::SlaColumn, Qt::AscendingOrder);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(std::min(1440, available.width() * 9 / 10),
               std::min(880, available.height() * 9 / 10));
    }
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_queueSplitter->restoreState(settings.value(kQueueSplitterKey).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());

    const int stored = settings.value(kViewKey, static_cast<int>(QueueScope::Open)).toInt();
    QueueScope scope = QueueScope::Open;
    if (stored == static_cast<int>(QueueScope::Unassigned) ||
        stored == static_cast<int>(QueueScope::All) ||
        stored == static_cast<int>(QueueScope::BreachingSoon))
        scope = static_cast<QueueScope>(stored);
    m_navigation->setCurrentScope(scope);
    m_model->setScope(scope);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kQueueSplitterKey, m_queueSplitter->saveState());
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kViewKey, static_cast<int>(m_navigation->currentScope()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, TicketQueueModel::SubjectColumn);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool MainWindow::openTicket(TicketId id)
{
    if (!m_pane->showTicket(id))
        return false;
    if (const int row = m_model->rowOfTicket(id); row >= 0)
        selectRow(row);
    return true;
}

void MainWindow::showView(QueueScope scope)
{
    m_areas->setCurrentIndex(static_cast<int>(Area::Queue));
    leaveFilter();
    m_searchDelay.stop();
    m_model->setView(scope, {}, m_search->text());
}

void MainWindow::reloadFilters()
{
    auto listed = SavedFilterRepository(m_database).list(m_agentId);
    if (!listed) {
        qCWarning(lcUiQueue) << "could not list the saved filters:" << listed.error().toString();
        return;
    }
    if (*listed == m_filters)
        return;
    m_filters = *listed;
    m_navigation->setSavedFilters(m_filters, m_agentId);
}

void MainWindow::showFilter(SavedFilterId id)
{
    auto loaded = SavedFilterRepository(m_database).load(id);
    if (!loaded || !loaded->readable) {
        const QString reason =
            !loaded ? loaded.error().toString() : loaded->problems.join(QLatin1Char('\n'));
        MessageBox::information(this, tr("Filters"), tr("This filter cannot be used."),
                                tr("%1\nIts owner can delete it, or save it again.").arg(reason));
        m_navigation->setCurrentScope(QueueScope::Open);
        showView(QueueScope::Open);
        return;
    }
    m_navigation->setCurrentFilter(id);
    applyFilter(loaded->filter, loaded->text, loaded->name);
}

void MainWindow::applyFilter(const QueueFilter& filter, const QString& text, const QString& name)
{
    m_areas->setCurrentIndex(static_cast<int>(Area::Queue));
    m_filterName = name;
    m_filterText = text.trimmed();
    {
        // The filter's text is the search: visible, and refined by typing.
        const QSignalBlocker blocker(m_search);
        m_search->setText(m_filterText);
    }
    m_searchDelay.stop();
    m_model->setView(QueueScope::All, filter, m_filterText);
    updateStatus();
}

void MainWindow::leaveFilter()
{
    if (m_filterName.isEmpty())
        return;
    if (!m_filterText.isEmpty() && m_search->text().trimmed() == m_filterText) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_filterName.clear();
    m_filterText.clear();
}

QueueFilterDialog* MainWindow::newFilter()
{
    if (m_filterDialog) {
        m_filterDialog->raise();
        m_filterDialog->activateWindow();
        return m_filterDialog;
    }
    auto* dialog = new QueueFilterDialog(m_database, m_agentId, this);
    // Start from the filter on screen, if any, and the search typed.
    dialog->setFilter(m_filterName.isEmpty() ? QueueFilter{} : m_model->query().filter,
                      m_search->text().trimmed());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { filterDialogFinished(dialog, result); });
    m_filterDialog = dialog;
    dialog->open();
    return dialog;
}

QueueFilterDialog* MainWindow::editFilter(SavedFilterId id)
{
    if (m_filterDialog) {
        m_filterDialog->raise();
        m_filterDialog->activateWindow();
        return nullptr;
    }
    auto loaded = SavedFilterRepository(m_database).load(id);
    if (!loaded) {
        MessageBox::critical(this, tr("Filters"), tr("The filter could not be read."),
                             loaded.error().toString());
        return nullptr;
    }
    if (m_agentId == 0 || loaded->ownerId != m_agentId) {
        MessageBox::information(this, tr("Filters"),
                                tr("Only %1 can change this filter.").arg(loaded->ownerName),
                                tr("Build a new filter from it with New filter\u2026 while it is "
                                   "shown."));
        return nullptr;
    }
    auto* dialog = new QueueFilterDialog(m_database, m_agentId, this);
    dialog->setSavedFilter(*loaded);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { filterDialogFinished(dialog, result); });
    m_filterDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::filterDialogFinished(QueueFilterDialog* dialog, int result)
{
    if (result != QDialog::Accepted)
        return;
    if (const std::optional<SavedFilter>& saved = dialog->savedFilter()) {
        reloadFilters();
        m_navigation->setCurrentFilter(saved->id);
        applyFilter(saved->filter, saved->text, saved->name);
        return;
    }
    m_navigation->clearCurrent();
    applyFilter(dialog->filter(), dialog->text(), tr("Unsaved filter"));
}

void MainWindow::deleteFilter(SavedFilterId id)
{
    const auto filter = std::find_if(m_filters.cbegin(), m_filters.cend(),
                                     [id](const SavedFilter& f) { return f.id == id; });
    if (filter == m_filters.cend())
        return;
    if (m_agentId == 0 || filter->ownerId != m_agentId) {
        MessageBox::information(this, tr("Filters"),
                                tr("Only %1 can delete this filter.").arg(filter->ownerName));
        return;
    }
    const QString name = filter->name;
    if (MessageBox::question(this, tr("Delete Filter"),
                             tr("Delete the filter \u201c%1\u201d?").arg(name),
                             filter->shared ? tr("It is shared: the team loses it too.")
                                            : QString()) != QMessageBox::Yes)
        return;
    const bool shown = m_navigation->currentFilter() == id;
    Status removed = SavedFilterRepository(m_database).remove(id, m_agentId);
    if (!removed) {
        qCWarning(lcUiQueue) << "could not delete the filter:" << removed.error().toString();
        MessageBox::critical(this, tr("Filters"), tr("The filter could not be deleted."),
                             removed.error().toString());
    }
    reloadFilters();
    if (shown && removed) {
        m_navigation->setCurrentScope(QueueScope::Open);
        showView(QueueScope::Open);
    }
}

void MainWindow::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearch(m_search->text());
}

void MainWindow::openSearchResult()
{
    m_selectFirstResult = true;
    applySearch();
    if (!m_model->isLoading())
        handlePageLoaded(true);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::escape()
{
    if (currentArea() != Area::Queue) {
        showArea(Area::Queue);
        return;
    }
    if (m_search->hasFocus()) {
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
        } else {
            m_view->setFocus(Qt::ShortcutFocusReason);
        }
        return;
    }
    if (m_view->hasFocus()) {
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
        }
        return;
    }
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showCurrentTicket(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const TicketId id = m_model->ticketIdAt(current.row());
    if (id != 0 && id != m_pane->ticketId())
        m_pane->showTicket(id);
}

void MainWindow::handlePageLoaded(bool first)
{
    if (first && m_model->isRefreshing()) {
        restorePlaceAfterRefresh();
    } else if (first) {
        // A new view replaced the rows: keep the open ticket if it is still
        // listed, go to the ticket whose number was typed, else start afresh.
        const TicketId shown = m_pane->ticketId();
        int row = m_model->rowOfTicket(ticketNumberIn(m_model->query().search).value_or(shown));
        if (row < 0 && m_selectFirstResult && m_model->rowCount() > 0)
            row = 0;
        m_selectFirstResult = false;
        if (row >= 0)
            selectRow(row);
        else if (shown != 0)
            m_pane->clear();
    }
    m_view->setEmptyText(emptyViewText());
    updateStatus();
}

void MainWindow::restorePlaceAfterRefresh()
{
    // The same view after a change: the open ticket stays open even when it
    // left the view (a colleague took it, its status changed), and the rows
    // in sight stay in sight.
    const TicketId shown = m_pane->ticketId();
    const int row = m_model->rowOfTicket(shown);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, TicketQueueModel::SubjectColumn);
        // Without signals: the pane is refreshed by whoever reported the change.
        const QSignalBlocker block(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->viewport()->update();
    }
    const int top = m_model->rowOfTicket(m_topTicketBeforeRefresh);
    if (top >= 0)
        m_view->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    m_topTicketBeforeRefresh = 0;
}

void MainWindow::updateStatus()
{
    const int rows = m_model->rowCount();
    if (m_model->isLoading() && rows == 0) {
        m_rowsLabel->setText(tr("Loading tickets…"));
        m_view->setEmptyText(tr("Loading tickets…"));
        return;
    }
    if (!m_filterName.isEmpty()) {
        if (m_model->isComplete())
            m_rowsLabel->setText(tr("%1: %n ticket(s)", nullptr, rows).arg(m_filterName));
        else
            m_rowsLabel->setText(
                tr("%1: %n ticket(s) loaded; scroll for more", nullptr, rows).arg(m_filterName));
    } else if (m_model->isComplete()) {
        m_rowsLabel->setText(tr("%n ticket(s) in this view", nullptr, rows));
    } else {
        m_rowsLabel->setText(tr("%n ticket(s) loaded; scroll for more", nullptr, rows));
    }
    updateFilterToolTip();
}

void MainWindow::updateFilterToolTip()
{
    const QueueQuery query = m_model->query();
    if (m_filterName.isEmpty()) {
        m_rowsLabel->setToolTip(QString());
        return;
    }
    if (query == m_describedQuery && !m_rowsLabel->toolTip().isEmpty())
        return;
    // What the filter asks, in words; read once per query, not per page.
    m_describedQuery = query;
    TicketRepository repository(m_database);
    auto agents = repository.agents();
    auto groups = repository.groups();
    m_rowsLabel->setToolTip(
        tr("Filter \u201c%1\u201d over all tickets:\n%2")
            .arg(m_filterName, QueueFilterDialog::describe(
                                   query.filter, query.search, agents ? *agents : QList<Agent>(),
                                   groups ? *groups : QList<GroupSummary>())));
}

QString MainWindow::emptyViewText() const
{
    if (const SavedFilterId id = m_navigation->currentFilter(); !m_filterName.isEmpty() && id) {
        const bool own = std::any_of(m_filters.cbegin(), m_filters.cend(), [&](const auto& f) {
            return f.id == id && m_agentId != 0 && f.ownerId == m_agentId;
        });
        return own ? tr("No tickets match the filter \u201c%1\u201d.\nPress F2 on its name "
                        "under Filters to change it, or choose another view.")
                         .arg(m_filterName)
                   : tr("No tickets match the filter \u201c%1\u201d.\nChoose another view, or "
                        "build your own with New filter\u2026")
                         .arg(m_filterName);
    }
    if (!m_filterName.isEmpty())
        return tr("No tickets match this filter.\nChoose New filter\u2026 to build another, or "
                  "another view.");
    if (!m_model->query().search.isEmpty()) {
        return tr("No tickets in this view match \u201c%1\u201d.\nPress Esc to clear the search, "
                  "or look in All tickets.")
            .arg(m_model->query().search);
    }
    switch (m_model->query().scope) {
    case QueueScope::Open:
        return tr("No open tickets: the queue is clear.\nAll tickets lists the resolved and "
                  "closed ones.");
    case QueueScope::Unassigned:
        return tr("No unassigned tickets: every open ticket has an agent.\nAll open lists them.");
    case QueueScope::BreachingSoon:
        return tr("No ticket is overdue or due within two hours.\nAll open lists every open "
                  "ticket, most urgent first.");
    case QueueScope::Mine:
        return m_model->query().agentId == 0
                   ? tr("No agent is chosen, so no ticket is yours.\nStart Switchboard with "
                        "--agent LOGIN.")
                   : tr("Nothing assigned to you is open.\nUnassigned lists the tickets nobody "
                        "has taken; press A on one to take it.");
    case QueueScope::Pending:
        return tr("No ticket is waiting on a customer.");
    case QueueScope::RecentlyResolved:
        return tr("No ticket was resolved in the last seven days.");
    case QueueScope::All:
        return tr("There are no tickets yet.\nCreate one with \u201cswitchboard-cli ticket "
                  "create\u201d, or fill a demo database with \u201cswitchboard-cli demo\u201d.");
    }
    return {};
}

void MainWindow::chooseLanguage(const QString& code)
{
    if (code == LanguageSetting::stored())
        return;
    LanguageSetting::store(code);
    MessageBox::information(this, tr("Language"),
                            tr("Switchboard will use the new language the next time it starts."));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About Switchboard"),
        tr("<h3>Switchboard %1</h3><p>A support desk console: the ticket queue, the "
           "conversation and, step by step, SLA clocks, a knowledge base and reports.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Switchboard
