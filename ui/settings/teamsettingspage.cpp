// SPDX-License-Identifier: MIT
#include "teamsettingspage.h"

#include "common/uilogging.h"
#include "fieldmessage.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Switchboard {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kMaxLimit = 999;

constexpr std::array<RoutingMode, 4> kModes{RoutingMode::Manual, RoutingMode::RoundRobin,
                                            RoutingMode::LeastOpen, RoutingMode::Skills};
constexpr std::array<Availability, 3> kAvailabilities{Availability::Online, Availability::Away,
                                                      Availability::Offline};

enum Column
{
    NameColumn,
    LoginColumn,
    AvailabilityColumn,
    LimitColumn,
    SkillsColumn,
    LanguagesColumn,
    OpenColumn,
    ColumnCount
};

// The limit of open tickets; 0 reads "No limit". QSpinBox drops text it
// cannot take without a word; this one lets a minus sign be typed and tells
// `refused` about it on Enter or when focus leaves, before the spin box
// shows its last value again, so the page can say why.
class LimitSpinBox : public QSpinBox
{
public:
    explicit LimitSpinBox(QWidget* parent)
        : QSpinBox(parent)
    {}

    std::function<void(const QString&)> refused;

protected:
    QValidator::State validate(QString& text, int& pos) const override
    {
        static const QRegularExpression negative(QStringLiteral(R"(^\s*-\d*\s*$)"));
        const QValidator::State state = QSpinBox::validate(text, pos);
        if (state == QValidator::Invalid && negative.match(text).hasMatch())
            return QValidator::Intermediate;
        return state;
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            checkInput();
        QSpinBox::keyPressEvent(event);
    }

    void focusOutEvent(QFocusEvent* event) override
    {
        checkInput();
        QSpinBox::focusOutEvent(event);
    }

private:
    void checkInput()
    {
        const QString text = cleanText().trimmed();
        if (!hasAcceptableInput() && !text.isEmpty() && refused)
            refused(text);
    }
};

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace

TeamSettingsPage::TeamSettingsPage(DatabasePtr database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_team(std::move(database))
{
    setObjectName(QStringLiteral("teamSettingsPage"));
    setAccessibleName(tr("Team settings"));

    auto* intro = new QLabel(tr("Groups receive new tickets; routing decides which member gets "
                                "each one. Changes are saved at once."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("teamGroupSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(createGroups());
    top->addWidget(createGroupEditor());
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 3);
    top->setSizes({250, 750});

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("teamSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(createAgents());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_retryButton = new QPushButton(tr("Re&try"), this);
    m_retryButton->setObjectName(QStringLiteral("retryTeamButton"));
    m_retryButton->setToolTip(tr("Save again the changes that could not be saved"));
    m_retryButton->hide();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(createTicketRules(), 1);
    bottom->addWidget(m_retryButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_retryButton, &QPushButton::clicked, this, &TeamSettingsPage::retry);

    reload();
}

QString TeamSettingsPage::routingName(RoutingMode mode)
{
    switch (mode) {
    case RoutingMode::Manual:
        return tr("Manual");
    case RoutingMode::RoundRobin:
        return tr("Round robin");
    case RoutingMode::LeastOpen:
        return tr("Fewest open tickets");
    case RoutingMode::Skills:
        return tr("Skills");
    }
    return {};
}

QString TeamSettingsPage::routingExplanation(RoutingMode mode)
{
    switch (mode) {
    case RoutingMode::Manual:
        return tr("Nobody is chosen: agents take the group's new tickets from the queue.");
    case RoutingMode::RoundRobin:
        return tr("Each online member in turn gets the next new ticket.");
    case RoutingMode::LeastOpen:
        return tr("The online member with the fewest open tickets gets the new ticket.");
    case RoutingMode::Skills:
        return tr("The online member whose skills and languages fit the ticket best gets it; "
                  "if none fits, the one with the fewest open tickets.");
    }
    return {};
}

QString TeamSettingsPage::availabilityName(Availability availability)
{
    switch (availability) {
    case Availability::Online:
        return tr("Online");
    case Availability::Away:
        return tr("Away");
    case Availability::Offline:
        return tr("Offline");
    }
    return {};
}

QWidget* TeamSettingsPage::createGroups()
{
    auto* panel = new QWidget(this);
    auto* caption = new QLabel(tr("&Groups"), panel);

    m_groupList = new QListWidget(panel);
    m_groupList->setObjectName(QStringLiteral("groupList"));
    m_groupList->setAccessibleName(tr("Groups"));
    m_groupList->setUniformItemSizes(true);
    caption->setBuddy(m_groupList);

    m_newGroupButton = new QPushButton(tr("&New group\u2026"), panel);
    m_newGroupButton->setObjectName(QStringLiteral("newGroupButton"));
    m_newGroupButton->setToolTip(tr("Add a group; its routing starts as Manual"));

    m_newGroupRow = new QWidget(panel);
    m_newGroupRow->setObjectName(QStringLiteral("newGroupRow"));
    m_newGroupName = new QLineEdit(m_newGroupRow);
    m_newGroupName->setObjectName(QStringLiteral("newGroupName"));
    m_newGroupName->setAccessibleName(tr("Name of the new group"));
    m_newGroupName->setPlaceholderText(tr("Group name, e.g. Hardware"));
    m_newGroupName->setMaxLength(100);
    m_addGroupButton = new QPushButton(tr("&Add"), m_newGroupRow);
    m_addGroupButton->setObjectName(QStringLiteral("addGroupButton"));
    m_cancelGroupButton = new QPushButton(tr("Cancel"), m_newGroupRow);
    m_cancelGroupButton->setObjectName(QStringLiteral("cancelNewGroupButton"));
    auto* rowLayout = new QHBoxLayout(m_newGroupRow);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(4);
    rowLayout->addWidget(m_newGroupName, 1);
    rowLayout->addWidget(m_addGroupButton);
    rowLayout->addWidget(m_cancelGroupButton);
    m_newGroupRow->hide();
    m_newGroupProblem = new FieldMessage(panel);
    m_newGroupProblem->setObjectName(QStringLiteral("newGroupProblem"));
    m_groupsProblem = new FieldMessage(panel);
    m_groupsProblem->setObjectName(QStringLiteral("groupsProblem"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_newGroupButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(caption);
    layout->addWidget(m_groupList, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_newGroupRow);
    layout->addWidget(m_newGroupProblem);
    layout->addWidget(m_groupsProblem);

    connect(m_groupList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            showGroup();
    });
    connect(m_newGroupButton, &QPushButton::clicked, this, [this] { showNewGroupRow(true); });
    connect(m_cancelGroupButton, &QPushButton::clicked, this, [this] { showNewGroupRow(false); });
    const auto add = [this] { addGroup(m_newGroupName->text()); };
    connect(m_addGroupButton, &QPushButton::clicked, this, add);
    connect(m_newGroupName, &QLineEdit::returnPressed, this, add);
    connect(m_newGroupName, &QLineEdit::textEdited, this,
            [this] { m_newGroupProblem->showMessage(QString()); });
    auto* cancel = new QShortcut(QKeySequence(Qt::Key_Escape), m_newGroupRow);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, [this] { showNewGroupRow(false); });
    return panel;
}

QWidget* TeamSettingsPage::createGroupEditor()
{
    auto* panel = new QWidget(this);
    m_groupEditor = new QWidget(panel);
    m_groupEditor->setObjectName(QStringLiteral("groupEditor"));

    m_groupTitle = new QLabel(m_groupEditor);
    m_groupTitle->setObjectName(QStringLiteral("groupTitle"));
    QFont titleFont = m_groupTitle->font();
    titleFont.setBold(true);
    m_groupTitle->setFont(titleFont);

    m_routing = new QComboBox(m_groupEditor);
    m_routing->setObjectName(QStringLiteral("routingMode"));
    m_routing->setAccessibleName(tr("Routing"));
    for (const RoutingMode mode : kModes) {
        m_routing->addItem(routingName(mode), int(mode));
        m_routing->setItemData(m_routing->count() - 1, routingExplanation(mode), Qt::ToolTipRole);
    }
    m_routingHelp = new QLabel(m_groupEditor);
    m_routingHelp->setObjectName(QStringLiteral("routingExplanation"));
    m_routingHelp->setWordWrap(true);
    m_routingHelp->setForegroundRole(QPalette::PlaceholderText);
    m_routingProblem = new FieldMessage(m_groupEditor);
    m_routingProblem->setObjectName(QStringLiteral("routingProblem"));

    m_membersCaption = new QLabel(tr("&Members"), m_groupEditor);
    m_members = new QListWidget(m_groupEditor);
    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setAccessibleName(tr("Members"));
    m_members->setAccessibleDescription(
        tr("Every agent; checked agents are members of the group. Space checks or unchecks."));
    m_members->setUniformItemSizes(true);
    m_membersCaption->setBuddy(m_members);
    m_membersProblem = new FieldMessage(m_groupEditor);
    m_membersProblem->setObjectName(QStringLiteral("membersProblem"));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    form->addRow(tr("&Routing"), m_routing);
    form->addRow(QString(), m_routingHelp);
    form->addRow(QString(), m_routingProblem);

    auto* editorLayout = new QVBoxLayout(m_groupEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(6);
    editorLayout->addWidget(m_groupTitle);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_membersCaption);
    editorLayout->addWidget(m_members, 1);
    editorLayout->addWidget(m_membersProblem);

    m_noGroup = new QLabel(panel);
    m_noGroup->setObjectName(QStringLiteral("noGroupLabel"));
    m_noGroup->setWordWrap(true);
    m_noGroup->setForegroundRole(QPalette::PlaceholderText);
    m_noGroup->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_groupEditor, 1);
    layout->addWidget(m_noGroup, 1);

    connect(m_routing, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        setRouting(RoutingMode(m_routing->itemData(index).toInt()));
    });
    connect(m_members, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading)
            return;
        setMember(item->data(kIdRole).toString(), item->checkState() == Qt::Checked);
    });
    return panel;
}

QWidget* TeamSettingsPage::createAgents()
{
    auto* panel = new QWidget(this);
    auto* caption = new QLabel(tr("&Agents"), panel);
    auto* note = new QLabel(tr("Routing passes over agents who are away or offline and those at "
                               "their limit of open tickets."),
                            panel);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_agentTable = new QTableWidget(0, ColumnCount, panel);
    m_agentTable->setObjectName(QStringLiteral("agentTable"));
    m_agentTable->setAccessibleName(tr("Agents"));
    m_agentTable->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Availability"),
                                             tr("Limit of open tickets"), tr("Skills"),
                                             tr("Languages"), tr("Open tickets")});
    m_agentTable->verticalHeader()->hide();
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for its availability and limit editors instead of
    // walking the read-only cells.
    m_agentTable->setTabKeyNavigation(false);
    m_agentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agentTable->horizontalHeader()->setSectionResizeMode(SkillsColumn, QHeaderView::Stretch);
    caption->setBuddy(m_agentTable);

    m_noAgents = new QLabel(tr("No agents yet. Add them with “switchboard-cli agent add”."), panel);
    m_noAgents->setObjectName(QStringLiteral("noAgentsLabel"));
    m_noAgents->setForegroundRole(QPalette::PlaceholderText);
    m_noAgents->hide();
    m_agentsProblem = new FieldMessage(panel);
    m_agentsProblem->setObjectName(QStringLiteral("agentsProblem"));

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(caption);
    layout->addWidget(note);
    layout->addWidget(m_agentTable, 1);
    layout->addWidget(m_noAgents);
    layout->addWidget(m_agentsProblem);
    return panel;
}

QWidget* TeamSettingsPage::createTicketRules()
{
    // Two team-wide rules of the ticket lifecycle, saved at once.
    auto* panel = new QWidget(this);
    const TicketService service(m_database);
    m_reopenDays = new QSpinBox(panel);
    m_reopenDays->setObjectName(QStringLiteral("reopenDays"));
    m_reopenDays->setRange(0, 365);
    m_reopenDays->setSuffix(tr(" days"));
    m_reopenDays->setAccessibleName(tr("Reopen period in days"));
    m_reopenDays->setToolTip(tr("A customer's message within this period after the resolution "
                                "reopens the ticket; later, it opens a new linked ticket."));
    if (auto period = service.reopenPeriodMs())
        m_reopenDays->setValue(int(*period / (24 * 3600 * 1000LL)));
    m_acknowledge =
        new QCheckBox(tr("Acknowledge new tickets with the promised answer time"), panel);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeNewTickets"));
    m_acknowledge->setToolTip(tr("Every new ticket except phone calls gets the "
                                 "“acknowledgement” template in the customer's "
                                 "language."));
    m_acknowledge->setChecked(service.acknowledgementsEnabled());
    auto* label = new QLabel(tr("Reopen on a customer's reply within"), panel);
    label->setBuddy(m_reopenDays);
    auto* layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_reopenDays);
    layout->addSpacing(16);
    layout->addWidget(m_acknowledge);
    layout->addStretch(1);
    connect(m_reopenDays, &QSpinBox::editingFinished, this, [this] {
        if (Status saved = TicketService(m_database).setReopenPeriodDays(m_reopenDays->value());
            !saved)
            showProblem(Area::Agents, saved.error().message);
        else
            emit changed();
    });
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool on) {
        if (Status saved = TicketService(m_database).setAcknowledgementsEnabled(on); !saved)
            showProblem(Area::Agents, saved.error().message);
        else
            emit changed();
    });
    return panel;
}

void TeamSettingsPage::reload()
{
    // Writes that failed before go first, so what is read shows them.
    if (!m_pending.isEmpty())
        retry();

    const QString selected = currentGroup();
    auto groups = m_team.groups();
    if (!groups) {
        qCWarning(lcUi) << "cannot read groups:" << groups.error().toString();
        m_groupsProblem->showMessage(tr("The groups cannot be read: %1")
                                         .arg(FieldMessage::sentence(groups.error().message)));
    } else {
        m_groupsProblem->showMessage(QString());
        m_groups = groups.value();
    }

    auto agents = TicketRepository(m_database).agents();
    auto settings = m_team.agentSettings();
    if (!agents || !settings) {
        const Error& error = !agents ? agents.error() : settings.error();
        qCWarning(lcUi) << "cannot read agents:" << error.toString();
        m_agentsProblem->showMessage(
            tr("The agents cannot be read: %1").arg(FieldMessage::sentence(error.message)));
    } else {
        m_agentsProblem->showMessage(QString());
        m_agents.clear();
        for (const Agent& agent : agents.value()) {
            AgentRow row;
            row.agent = agent;
            const auto it =
                std::find_if(settings->cbegin(), settings->cend(),
                             [&agent](const AgentRoutingSettings& s) { return s.id == agent.id; });
            if (it != settings->cend())
                row.settings = *it;
            else
                row.settings.id = agent.id;
            m_agents.append(row);
        }
    }
    rebuildGroups(selected);
    rebuildAgents();
}

void TeamSettingsPage::rebuildGroups(const QString& select)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_groupList->clear();
    int current = m_groups.isEmpty() ? -1 : 0;
    for (const TeamGroup& group : std::as_const(m_groups)) {
        auto* item = new QListWidgetItem(group.name, m_groupList);
        item->setData(kIdRole, group.id);
        item->setToolTip(tr("%1 · %2 · %Ln member(s)", nullptr, int(group.members.size()))
                             .arg(group.name, routingName(group.mode)));
        if (group.name == select)
            current = m_groupList->count() - 1;
    }
    m_groupList->setCurrentRow(current);
    m_loading = wasLoading;
    showGroup();
}

void TeamSettingsPage::showGroup()
{
    const TeamGroup* group = currentGroupData();
    m_groupEditor->setVisible(group != nullptr);
    m_noGroup->setVisible(group == nullptr);
    m_noGroup->setText(m_groups.isEmpty() ? tr("No groups yet. Add one with New group….")
                                          : tr("Choose a group to set its routing and members."));
    m_routingProblem->showMessage(QString());
    m_membersProblem->showMessage(QString());
    if (!group)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_groupTitle->setText(group->name);
    m_routing->setCurrentIndex(m_routing->findData(int(group->mode)));
    m_routingHelp->setText(routingExplanation(group->mode));
    m_loading = wasLoading;
    rebuildMembers();
}

void TeamSettingsPage::rebuildMembers()
{
    const TeamGroup* group = currentGroupData();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_members->clear();
    int count = 0;
    for (const AgentRow& row : std::as_const(m_agents)) {
        const Agent& agent = row.agent;
        QString text = QStringLiteral("%1 (%2)").arg(agent.name, agent.login);
        if (!agent.active)
            text = tr("%1, inactive").arg(text);
        auto* item = new QListWidgetItem(text, m_members);
        item->setData(kIdRole, agent.login);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool member = group && group->members.contains(agent.id);
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
        count += member ? 1 : 0;
        if (!agent.active)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    if (m_members->count() > 0 && !m_members->currentItem())
        m_members->setCurrentRow(0);
    m_membersCaption->setText(
        tr("&Members (%1 of %2)")
            .arg(QLocale().toString(count), QLocale().toString(qsizetype(m_agents.size()))));
    m_loading = wasLoading;
}

void TeamSettingsPage::rebuildAgents()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    // The old editors go with their rows, but only later: unname them now so
    // that looking one up by login finds the new one.
    for (int r = 0; r < m_agentTable->rowCount(); ++r) {
        for (const int column : {int(AvailabilityColumn), int(LimitColumn)}) {
            if (QWidget* widget = m_agentTable->cellWidget(r, column))
                widget->setObjectName(QString());
        }
    }
    m_agentTable->setRowCount(0);
    m_agentTable->setRowCount(int(m_agents.size()));
    m_noAgents->setVisible(m_agents.isEmpty());
    QWidget* previous = m_agentTable;
    const QLocale locale;
    for (int r = 0; r < m_agents.size(); ++r) {
        const AgentRow& row = m_agents.at(r);
        const Agent& agent = row.agent;
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (!agent.active)
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            m_agentTable->setItem(r, column, item);
            return item;
        };
        cell(NameColumn, agent.active ? agent.name : tr("%1 (inactive)").arg(agent.name));
        cell(LoginColumn, agent.login);
        cell(SkillsColumn, joined(agent.skills));
        cell(LanguagesColumn, joined(agent.languages));
        QString open = locale.toString(row.settings.openTickets);
        if (row.settings.maxOpen > 0 && row.settings.openTickets >= row.settings.maxOpen)
            open = tr("%1, at the limit").arg(open);
        cell(OpenColumn, open)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

        const QString login = agent.login;
        auto* availability = new QComboBox(m_agentTable);
        availability->setObjectName(QStringLiteral("availability_%1").arg(login));
        availability->setAccessibleName(tr("Availability of %1").arg(agent.name));
        for (const Availability value : kAvailabilities)
            availability->addItem(availabilityName(value), int(value));
        availability->setCurrentIndex(availability->findData(int(row.settings.availability)));
        availability->setToolTip(tr("Routing gives new tickets to online agents only"));
        connect(availability, &QComboBox::currentIndexChanged, this,
                [this, login, availability](int index) {
                    if (!m_loading && index >= 0)
                        setAvailability(login, Availability(availability->itemData(index).toInt()));
                });
        m_agentTable->setCellWidget(r, AvailabilityColumn, availability);

        auto* limit = new LimitSpinBox(m_agentTable);
        limit->setObjectName(QStringLiteral("maxOpen_%1").arg(login));
        limit->setAccessibleName(tr("Limit of open tickets of %1").arg(agent.name));
        limit->setToolTip(tr("Routing passes over the agent at this many open tickets; "
                             "0 means no limit"));
        limit->setRange(0, kMaxLimit);
        limit->setSpecialValueText(tr("No limit"));
        // Written once typing is done (Enter or leaving the field), or at
        // once for the arrows.
        limit->setKeyboardTracking(false);
        limit->setValue(row.settings.maxOpen);
        limit->refused = [this, login](const QString& text) { limitRefused(login, text); };
        connect(limit, &QSpinBox::valueChanged, this, [this, login](int value) {
            if (!m_loading)
                setMaxOpen(login, value);
        });
        m_agentTable->setCellWidget(r, LimitColumn, limit);

        // In row order right after the table, whatever order they were made in.
        QWidget::setTabOrder(previous, availability);
        QWidget::setTabOrder(availability, limit);
        previous = limit;
    }
    m_loading = wasLoading;
}

void TeamSettingsPage::showNewGroupRow(bool shown)
{
    m_newGroupRow->setVisible(shown);
    m_newGroupProblem->showMessage(QString());
    if (shown) {
        m_newGroupName->setFocus(Qt::OtherFocusReason);
        m_newGroupName->selectAll();
    } else {
        m_newGroupName->clear();
        m_newGroupButton->setFocus(Qt::OtherFocusReason);
    }
}

bool TeamSettingsPage::selectGroup(const QString& name)
{
    for (int row = 0; row < m_groupList->count(); ++row) {
        if (m_groupList->item(row)->text() == name) {
            m_groupList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString TeamSettingsPage::currentGroup() const
{
    const QListWidgetItem* item = m_groupList->currentItem();
    return item ? item->text() : QString();
}

bool TeamSettingsPage::addGroup(const QString& name)
{
    auto added = m_team.addGroup(name, RoutingMode::Manual);
    if (!added) {
        qCInfo(lcUi) << "group not added:" << added.error().toString();
        // The name stays as typed, to be corrected.
        m_newGroupRow->show();
        m_newGroupProblem->showMessage(FieldMessage::sentence(added.error().message));
        m_newGroupName->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString trimmed = name.trimmed();
    m_groups.append(TeamGroup{added.value(), trimmed, RoutingMode::Manual, {}});
    std::sort(m_groups.begin(), m_groups.end(),
              [](const TeamGroup& a, const TeamGroup& b) { return a.name < b.name; });
    showNewGroupRow(false);
    rebuildGroups(trimmed);
    m_routing->setFocus(Qt::OtherFocusReason);
    emit changed();
    return true;
}

bool TeamSettingsPage::setRouting(RoutingMode mode)
{
    TeamGroup* group = currentGroupData();
    if (!group)
        return false;
    const RoutingMode before = group->mode;
    const QString name = group->name;
    group->mode = mode;
    m_routingHelp->setText(routingExplanation(mode));
    const bool written = write(Area::Routing, QStringLiteral("routing:%1").arg(name),
                               tr("The routing of %1").arg(name),
                               [this, name, mode] { return m_team.setGroupRouting(name, mode); });
    if (!written && !m_pending.contains(QStringLiteral("routing:%1").arg(name))) {
        group->mode = before;
        const bool wasLoading = m_loading;
        m_loading = true;
        m_routing->setCurrentIndex(m_routing->findData(int(before)));
        m_routingHelp->setText(routingExplanation(before));
        m_loading = wasLoading;
    }
    return written;
}

bool TeamSettingsPage::setMember(const QString& login, bool member)
{
    TeamGroup* group = currentGroupData();
    const qsizetype at = agentIndex(login);
    if (!group || at < 0)
        return false;
    const QString name = group->name;
    const AgentId id = m_agents.at(at).agent.id;
    const QString agent = m_agents.at(at).agent.name;
    const bool before = group->members.contains(id);
    const auto apply = [this, id](GroupId groupId, bool in) {
        for (TeamGroup& g : m_groups) {
            if (g.id != groupId)
                continue;
            g.members.removeAll(id);
            if (in) {
                g.members.append(id);
                std::sort(g.members.begin(), g.members.end());
            }
        }
    };
    apply(group->id, member);
    const QString key = QStringLiteral("member:%1:%2").arg(name, login);
    const QString what = member ? tr("Adding %1 to %2").arg(agent, name)
                                : tr("Removing %1 from %2").arg(agent, name);
    const bool written = write(Area::Members, key, what, [this, name, login, member] {
        return member ? m_team.addMember(name, login) : m_team.removeMember(name, login);
    });
    if (!written && !m_pending.contains(key)) {
        apply(group->id, before);
        rebuildMembers();
    } else {
        // Only the caption changes; rebuilding would move the keyboard focus.
        const bool wasLoading = m_loading;
        m_loading = true;
        for (int i = 0; i < m_members->count(); ++i) {
            QListWidgetItem* item = m_members->item(i);
            if (item->data(kIdRole).toString() == login)
                item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
        }
        m_loading = wasLoading;
        const TeamGroup* current = currentGroupData();
        m_membersCaption->setText(
            tr("&Members (%1 of %2)")
                .arg(QLocale().toString(current ? current->members.size() : 0),
                     QLocale().toString(qsizetype(m_agents.size()))));
    }
    return written;
}

bool TeamSettingsPage::setAvailability(const QString& login, Availability availability)
{
    const qsizetype at = agentIndex(login);
    if (at < 0)
        return false;
    const Availability before = m_agents.at(at).settings.availability;
    m_agents[at].settings.availability = availability;
    const QString key = QStringLiteral("availability:%1").arg(login);
    const bool written =
        write(Area::Agents, key, tr("The availability of %1").arg(agentName(login)),
              [this, login, availability] { return m_team.setAvailability(login, availability); });
    QComboBox* edit = availabilityEdit(login);
    if (!written && !m_pending.contains(key)) {
        m_agents[at].settings.availability = before;
        availability = before;
    }
    if (edit && edit->currentData().toInt() != int(availability)) {
        const bool wasLoading = m_loading;
        m_loading = true;
        edit->setCurrentIndex(edit->findData(int(availability)));
        m_loading = wasLoading;
    }
    return written;
}

bool TeamSettingsPage::setMaxOpen(const QString& login, int maxOpen)
{
    const qsizetype at = agentIndex(login);
    if (at < 0)
        return false;
    const int before = m_agents.at(at).settings.maxOpen;
    m_agents[at].settings.maxOpen = maxOpen;
    const QString key = QStringLiteral("maxOpen:%1").arg(login);
    const bool written =
        write(Area::Agents, key, tr("The limit of open tickets of %1").arg(agentName(login)),
              [this, login, maxOpen] { return m_team.setMaxOpen(login, maxOpen); });
    if (!written && !m_pending.contains(key)) {
        m_agents[at].settings.maxOpen = before;
        maxOpen = before;
    }
    QSpinBox* edit = limitEdit(login);
    if (edit && edit->value() != maxOpen && maxOpen >= edit->minimum()) {
        const bool wasLoading = m_loading;
        m_loading = true;
        edit->setValue(maxOpen);
        m_loading = wasLoading;
    }
    if (written) {
        // "at the limit" follows the new limit.
        const AgentRoutingSettings& settings = m_agents.at(at).settings;
        QString open = QLocale().toString(settings.openTickets);
        if (settings.maxOpen > 0 && settings.openTickets >= settings.maxOpen)
            open = tr("%1, at the limit").arg(open);
        if (QTableWidgetItem* item = m_agentTable->item(int(at), OpenColumn))
            item->setText(open);
    }
    return written;
}

void TeamSettingsPage::limitRefused(const QString& login, const QString& text)
{
    qCInfo(lcUi) << "limit of open tickets refused for" << login << text;
    showProblem(Area::Agents, tr("“%1” is not a limit for %2: enter the number of open tickets "
                                 "at which routing passes over the agent, or 0 for no limit.")
                                  .arg(text, agentName(login)));
}

bool TeamSettingsPage::write(Area area, const QString& key, const QString& what,
                             const std::function<Status()>& action)
{
    const Status status = action();
    if (status) {
        m_pending.remove(key);
        showProblem(area, QString());
        updatePending();
        emit changed();
        return true;
    }
    const Error& error = status.error();
    if (error.kind == ErrorKind::Runtime) {
        qCWarning(lcUi) << "team setting not saved, kept for retry:" << error.toString();
        m_pending.insert(key, PendingWrite{area, what, action});
        showProblem(area, tr("%1 was not saved: %2 It is kept as set; choose Retry to save it.")
                              .arg(what, FieldMessage::sentence(error.message)));
    } else {
        qCInfo(lcUi) << "team setting refused:" << error.toString();
        m_pending.remove(key);
        showProblem(area,
                    tr("%1 was not changed: %2").arg(what, FieldMessage::sentence(error.message)));
    }
    updatePending();
    return false;
}

bool TeamSettingsPage::retry()
{
    const QStringList keys = m_pending.keys();
    bool all = true;
    for (const QString& key : keys) {
        const auto it = m_pending.constFind(key);
        if (it == m_pending.constEnd())
            continue;
        const PendingWrite pending = it.value();
        all = write(pending.area, key, pending.what, pending.write) && all;
    }
    return all;
}

void TeamSettingsPage::showProblem(Area area, const QString& text)
{
    switch (area) {
    case Area::NewGroup:
        m_newGroupProblem->showMessage(text);
        break;
    case Area::Routing:
        m_routingProblem->showMessage(text);
        break;
    case Area::Members:
        m_membersProblem->showMessage(text);
        break;
    case Area::Agents:
        m_agentsProblem->showMessage(text);
        break;
    }
}

void TeamSettingsPage::updatePending()
{
    m_retryButton->setVisible(!m_pending.isEmpty());
    m_retryButton->setText(tr("Re&try %Ln unsaved change(s)", nullptr, int(m_pending.size())));
}

TeamGroup* TeamSettingsPage::currentGroupData()
{
    const QListWidgetItem* item = m_groupList->currentItem();
    if (!item)
        return nullptr;
    const GroupId id = item->data(kIdRole).toLongLong();
    for (TeamGroup& group : m_groups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

qsizetype TeamSettingsPage::agentIndex(const QString& login) const
{
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        if (m_agents.at(i).agent.login == login)
            return i;
    }
    return -1;
}

QString TeamSettingsPage::agentName(const QString& login) const
{
    const qsizetype at = agentIndex(login);
    return at < 0 ? login : m_agents.at(at).agent.name;
}

QComboBox* TeamSettingsPage::availabilityEdit(const QString& login) const
{
    return m_agentTable->findChild<QComboBox*>(QStringLiteral("availability_%1").arg(login));
}

QSpinBox* TeamSettingsPage::limitEdit(const QString& login) const
{
    return m_agentTable->findChild<QSpinBox*>(QStringLiteral("maxOpen_%1").arg(login));
}

} // namespace Switchboard
