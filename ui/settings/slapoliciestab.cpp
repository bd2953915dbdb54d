// SPDX-License-Identifier: MIT
#include "slapoliciestab.h"

#include "common/messagebox.h"
#include "common/uilogging.h"
#include "durationedit.h"
#include "fieldmessage.h"
#include "sla/slapolicyformat.h"
#include "slasettingspage.h"
#include "slatargetedit.h"
#include "slawarningladderedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr qint64 kHour = 3600;

QStringList splitList(const QString& text)
{
    QStringList result;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !result.contains(item))
            result.append(item);
    }
    return result;
}

bool hasConditions(const SlaPolicy& policy)
{
    return !policy.types.isEmpty() || !policy.priorities.isEmpty() || !policy.channels.isEmpty() ||
           !policy.groups.isEmpty() || !policy.customerTiers.isEmpty() || !policy.tags.isEmpty();
}

QString joinList(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

// The order of the check boxes in the editor.
const std::array<TicketType, 4> kTypes = {TicketType::Consultation, TicketType::Fault,
                                          TicketType::Order, TicketType::Complaint};
const std::array<Channel, 4> kChannels = {Channel::Email, Channel::Chat, Channel::Phone,
                                          Channel::Web};

const std::array<SlaMetric, kSlaMetricCount> kMetrics = {
    SlaMetric::FirstResponse, SlaMetric::NextResponse, SlaMetric::Resolution};

std::optional<SlaTarget>& targetOf(SlaPolicy& policy, SlaMetric metric)
{
    switch (metric) {
    case SlaMetric::FirstResponse:
        return policy.firstResponse;
    case SlaMetric::NextResponse:
        return policy.nextResponse;
    case SlaMetric::Resolution:
        break;
    }
    return policy.resolution;
}

} // namespace

bool SlaPoliciesTab::Problems::any() const
{
    return !all().isEmpty();
}

QStringList SlaPoliciesTab::Problems::all() const
{
    QStringList result;
    for (const QString& text : {name, calendar, targets[0], targets[1], targets[2], other}) {
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

SlaPoliciesTab::SlaPoliciesTab(SlaService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setAccessibleName(tr("SLA policies"));

    auto* intro = new QLabel(
        tr("A ticket gets the targets of the first policy that matches it. Saved changes apply "
           "to open tickets; closed ones keep the SLA they were measured by."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("policySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createList());
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("policyEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields take focus themselves, and the area scrolls to show them.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(createEditor());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});

    m_importButton = new QPushButton(tr("&Import\u2026"), this);
    m_importButton->setObjectName(QStringLiteral("importPoliciesButton"));
    m_importButton->setToolTip(tr("Replace the list with the policies of a JSON file"));
    m_exportButton = new QPushButton(tr("E&xport\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPoliciesButton"));
    m_exportButton->setToolTip(tr("Write the list as shown to a JSON file"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("policiesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertPoliciesButton"));
    m_revertButton->setToolTip(tr("Discard the changes and show the stored policies"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("savePoliciesButton"));
    m_saveButton->setToolTip(
        tr("Store the policies and recompute the SLA of open tickets (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_saveButton->setDefault(true);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    bottom->addWidget(m_importButton);
    bottom->addWidget(m_exportButton);
    bottom->addSpacing(12);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revertButton);
    bottom->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_importButton, &QPushButton::clicked, this, &SlaPoliciesTab::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &SlaPoliciesTab::chooseExportFile);
    connect(m_revertButton, &QPushButton::clicked, this, &SlaPoliciesTab::reload);
    connect(m_saveButton, &QPushButton::clicked, this, &SlaPoliciesTab::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isEnabled())
            save();
    });

    reload();
}

QWidget* SlaPoliciesTab::createList()
{
    auto* panel = new QWidget(this);

    m_list = new QTreeWidget(panel);
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setAccessibleName(tr("SLA policies, first match first"));
    m_list->setHeaderLabels({tr("Policy"), tr("Applies to"), tr("First response")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Drag a policy, or press Alt+Up and Alt+Down, to change the order"));

    m_addButton = new QPushButton(tr("&Add"), panel);
    m_addButton->setObjectName(QStringLiteral("addPolicyButton"));
    m_addButton->setToolTip(tr("Add a policy above the catch-all"));
    m_duplicateButton = new QPushButton(tr("&Duplicate"), panel);
    m_duplicateButton->setObjectName(QStringLiteral("duplicatePolicyButton"));
    m_duplicateButton->setToolTip(tr("Add a copy of the selected policy below it"));
    m_removeButton = new QPushButton(tr("Remo&ve"), panel);
    m_removeButton->setObjectName(QStringLiteral("removePolicyButton"));
    m_removeButton->setToolTip(tr("Remove the selected policy"));

    auto arrowButton = [panel](Qt::ArrowType arrow, const QString& name, const QString& text,
                               const QKeySequence& key) {
        auto* button = new QToolButton(panel);
        button->setObjectName(name);
        button->setArrowType(arrow);
        button->setText(text);
        button->setAccessibleName(text);
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        button->setFocusPolicy(Qt::StrongFocus);
        return button;
    };
    const QKeySequence upKey(Qt::ALT | Qt::Key_Up);
    const QKeySequence downKey(Qt::ALT | Qt::Key_Down);
    m_upButton =
        arrowButton(Qt::UpArrow, QStringLiteral("movePolicyUpButton"), tr("Move up"), upKey);
    m_downButton = arrowButton(Qt::DownArrow, QStringLiteral("movePolicyDownButton"),
                               tr("Move down"), downKey);

    m_listProblem = new FieldMessage(panel);
    m_listProblem->setObjectName(QStringLiteral("policyListProblem"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_listProblem);

    connect(m_addButton, &QPushButton::clicked, this, &SlaPoliciesTab::addPolicy);
    connect(m_duplicateButton, &QPushButton::clicked, this, &SlaPoliciesTab::duplicatePolicy);
    connect(m_removeButton, &QPushButton::clicked, this, &SlaPoliciesTab::removePolicy);
    connect(m_upButton, &QToolButton::clicked, this, [this] { movePolicy(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { movePolicy(+1); });
    for (const auto& [key, delta] : {std::pair{upKey, -1}, std::pair{downKey, +1}}) {
        auto* shortcut = new QShortcut(key, m_list);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, delta = delta] { movePolicy(delta); });
    }
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_loading)
            showCurrent();
    });
    // A drag moves an item by taking it out and inserting it again.
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first) {
                if (m_loading || parent.isValid())
                    return;
                m_list->setCurrentItem(m_list->topLevelItem(first));
                validate();
            });
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_loading)
            validate();
    });
    return panel;
}

QWidget* SlaPoliciesTab::createConditionRow(const QString& name, QList<QCheckBox*>& boxes,
                                            const QList<QPair<QString, QString>>& choices,
                                            QLabel** anyLabel)
{
    auto* row = new QWidget(m_editor);
    row->setAccessibleName(name);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (const auto& [key, text] : choices) {
        auto* box = new QCheckBox(text, row);
        box->setObjectName(key);
        box->setAccessibleName(QStringLiteral("%1: %2").arg(name, text));
        layout->addWidget(box);
        boxes.append(box);
        connect(box, &QCheckBox::toggled, this, &SlaPoliciesTab::commitEditor);
    }
    *anyLabel = new QLabel(tr("any"), row);
    (*anyLabel)->setForegroundRole(QPalette::PlaceholderText);
    (*anyLabel)->setToolTip(tr("Nothing checked: every value matches"));
    layout->addWidget(*anyLabel);
    layout->addStretch(1);
    return row;
}

QWidget* SlaPoliciesTab::createEditor()
{
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("policyEditor"));

    auto* form = new QFormLayout(m_editor);
    form->setContentsMargins(12, 0, 8, 8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);

    auto addProblemRow = [form](FieldMessage* message) { form->addRow(QString(), message); };

    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("policyName"));
    m_name->setAccessibleName(tr("Policy name"));
    m_name->setMaxLength(80);
    form->addRow(tr("&Name"), m_name);
    m_nameProblem = new FieldMessage(m_editor);
    m_nameProblem->setWordWrap(false);
    m_nameProblem->setObjectName(QStringLiteral("policyNameProblem"));
    addProblemRow(m_nameProblem);

    form->addRow(sectionHeading(tr("Applies to"), m_editor));
    QList<QPair<QString, QString>> types;
    for (TicketType type : kTypes)
        types.append({QStringLiteral("policyType_") + toKey(type), displayName(type)});
    form->addRow(tr("Types"), createConditionRow(tr("Types"), m_types, types, &m_typesAny));
    QList<QPair<QString, QString>> priorities;
    for (int priority = 1; priority <= 4; ++priority)
        priorities.append(
            {QStringLiteral("policyPriority_%1").arg(priority), tr("P%1").arg(priority)});
    form->addRow(tr("Priorities"),
                 createConditionRow(tr("Priorities"), m_priorities, priorities, &m_prioritiesAny));
    for (int i = 0; i < m_priorities.size(); ++i)
        m_priorities.at(i)->setToolTip(i == 0 ? tr("Priority 1, the highest")
                                              : tr("Priority %1").arg(i + 1));
    QList<QPair<QString, QString>> channels;
    for (Channel channel : kChannels)
        channels.append({QStringLiteral("policyChannel_") + toKey(channel), displayName(channel)});
    form->addRow(tr("Channels"),
                 createConditionRow(tr("Channels"), m_channels, channels, &m_channelsAny));

    auto listEdit = [this](const QString& objectName, const QString& accessibleName,
                           const QString& placeholder) {
        auto* edit = new QLineEdit(m_editor);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(tr("Separate several with commas; empty matches any"));
        connect(edit, &QLineEdit::textEdited, this, &SlaPoliciesTab::commitEditor);
        return edit;
    };
    m_groups = listEdit(QStringLiteral("policyGroups"), tr("Groups"), tr("any group"));
    form->addRow(tr("&Groups"), m_groups);
    m_tiers =
        listEdit(QStringLiteral("policyTiers"), tr("Customer tiers"), tr("any customer tier"));
    form->addRow(tr("Customer &tiers"), m_tiers);
    m_tags = listEdit(QStringLiteral("policyTags"), tr("Tags"), tr("any tags"));
    m_tags->setToolTip(tr("A ticket matches when it has one of these tags; empty matches any"));
    form->addRow(tr("T&ags"), m_tags);

    form->addRow(sectionHeading(tr("Clock"), m_editor));
    m_calendar = new QComboBox(m_editor);
    m_calendar->setObjectName(QStringLiteral("policyCalendar"));
    m_calendar->setAccessibleName(tr("Calendar"));
    m_calendar->setToolTip(tr("The business hours the targets are counted in"));
    m_calendar->setPlaceholderText(tr("Choose a calendar"));
    form->addRow(tr("&Calendar"), m_calendar);
    m_calendarProblem = new FieldMessage(m_editor);
    m_calendarProblem->setWordWrap(false);
    m_calendarProblem->setObjectName(QStringLiteral("policyCalendarProblem"));
    addProblemRow(m_calendarProblem);
    m_pauseOnHold = new QCheckBox(tr("&Pause while on hold"), m_editor);
    m_pauseOnHold->setObjectName(QStringLiteral("policyPauseOnHold"));
    m_pauseOnHold->setToolTip(
        tr("On hold usually means waiting for a supplier or a part, which the customer should "
           "not be charged with"));
    form->addRow(QString(), m_pauseOnHold);

    form->addRow(sectionHeading(tr("Targets"), m_editor));
    const std::array<std::pair<const char*, QString>, kSlaMetricCount> targetNames = {{
        {"firstResponse", tr("First response")},
        {"nextResponse", tr("Next response")},
        {"resolution", tr("Resolution")},
    }};
    for (size_t i = 0; i < kSlaMetricCount; ++i) {
        auto* edit = new SlaTargetEdit(targetNames.at(i).second, m_editor);
        const QString base = QLatin1String(targetNames.at(i).first);
        edit->setObjectName(base + QStringLiteral("Target"));
        edit->enabledBox()->setObjectName(base + QStringLiteral("Enabled"));
        edit->goalEdit()->setObjectName(base + QStringLiteral("Goal"));
        edit->limitEdit()->setObjectName(base + QStringLiteral("Limit"));
        form->addRow(edit->enabledBox(), edit);
        connect(edit, &SlaTargetEdit::targetChanged, this, &SlaPoliciesTab::commitEditor);
        m_targets.at(i) = edit;
    }

    m_warnings = new SlaWarningLadderEdit(m_editor);
    m_warnings->setObjectName(QStringLiteral("policyWarnings"));
    m_warnings->setToolTip(tr("When to warn, measured against each target's limit"));
    auto* warningsLabel = new QLabel(tr("Warnings"), m_editor);
    warningsLabel->setBuddy(m_warnings);
    form->addRow(warningsLabel, m_warnings);

    m_otherProblem = new FieldMessage(m_editor);
    m_otherProblem->setWordWrap(false);
    m_otherProblem->setObjectName(QStringLiteral("policyProblem"));
    addProblemRow(m_otherProblem);

    connect(m_name, &QLineEdit::textEdited, this, &SlaPoliciesTab::commitEditor);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &SlaPoliciesTab::commitEditor);
    connect(m_pauseOnHold, &QCheckBox::toggled, this, &SlaPoliciesTab::commitEditor);
    connect(m_warnings, &SlaWarningLadderEdit::warningsChanged, this,
            &SlaPoliciesTab::commitEditor);
    return m_editor;
}

void SlaPoliciesTab::reload()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const QString selected = row >= 0 ? m_policies.value(currentId()).name : QString();
    m_calendars.clear();
    if (auto calendars = m_service->config().calendars())
        m_calendars = calendars.value();
    else
        qCWarning(lcUi) << "cannot list SLA calendars:" << calendars.error().toString();

    auto stored = m_service->config().policies();
    if (!stored) {
        qCWarning(lcUi) << "cannot read SLA policies:" << stored.error().toString();
        MessageBox::critical(this, tr("SLA policies"), tr("The SLA policies cannot be read."),
                             stored.error().message, stored.error().toString());
        m_stored.clear();
    } else {
        m_stored = stored->policies();
    }
    setPolicies(m_stored, selected);
    if (m_list->currentItem() == nullptr && row >= 0 && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
            m_list->topLevelItem(std::min(row, m_list->topLevelItemCount() - 1)));
    setStatus(QString());
}

void SlaPoliciesTab::reloadCalendars()
{
    if (auto calendars = m_service->config().calendars())
        m_calendars = calendars.value();
    showCurrent();
    validate();
}

QList<SlaPolicy> SlaPoliciesTab::editedPolicies() const
{
    QList<SlaPolicy> result;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        result.append(m_policies.value(idOf(m_list->topLevelItem(row))));
    return result;
}

bool SlaPoliciesTab::hasUnsavedChanges() const
{
    return editedPolicies() != m_stored;
}

bool SlaPoliciesTab::isValid() const
{
    if (m_list->topLevelItemCount() == 0)
        return false;
    return std::none_of(m_problems.cbegin(), m_problems.cend(),
                        [](const Problems& problems) { return problems.any(); });
}

bool SlaPoliciesTab::save()
{
    validate();
    if (!isValid())
        return false;
    const SlaPolicySet policies(editedPolicies());
    // Recomputing the open tickets runs here, on the UI thread: a worker
    // would need its own connection, and SlaService does not expose the
    // database to close it with when the worker ends.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_service->savePolicies(policies);
    QApplication::restoreOverrideCursor();
    if (!report) {
        qCWarning(lcUi) << "saving SLA policies failed:" << report.error().toString();
        MessageBox::critical(this, tr("SLA policies"), tr("The SLA policies were not saved."),
                             report.error().message, report.error().toString());
        return false;
    }
    m_stored = policies.policies();
    setStatus(SlaSettingsPage::recomputeText(report.value()));
    updateActions();
    emit policiesSaved(report.value());
    return true;
}

bool SlaPoliciesTab::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Import SLA policies"),
                             tr("The file cannot be read: %1").arg(file.errorString()),
                             tr("Nothing was imported."), path);
        return false;
    }
    auto parsed = SlaPolicyFormat::parse(file.readAll(), path);
    if (!parsed) {
        MessageBox::critical(
            this, tr("Import SLA policies"),
            tr("The file does not hold valid SLA policies: %1").arg(parsed.error().message),
            tr("Nothing was imported."), parsed.error().toString());
        return false;
    }
    setPolicies(parsed->policies(), QString());
    setStatus(
        tr("Policies imported: %Ln. Save to apply them.", nullptr, int(parsed->policies().size())));
    return true;
}

bool SlaPoliciesTab::exportTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(SlaPolicyFormat::serialise(SlaPolicySet(editedPolicies()))) < 0 ||
        !file.commit()) {
        MessageBox::critical(this, tr("Export SLA policies"),
                             tr("The file cannot be written: %1").arg(file.errorString()), {},
                             path);
        return false;
    }
    setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SlaPoliciesTab::setPolicies(const QList<SlaPolicy>& policies, const QString& selectName)
{
    m_loading = true;
    m_list->clear();
    m_policies.clear();
    QTreeWidgetItem* select = nullptr;
    for (const SlaPolicy& policy : policies) {
        QTreeWidgetItem* item = addItem(policy, m_list->topLevelItemCount());
        if (!select && policy.name == selectName)
            select = item;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(0);
    m_list->setCurrentItem(select);
    m_loading = false;
    m_list->resizeColumnToContents(0);
    showCurrent();
    validate();
}

QTreeWidgetItem* SlaPoliciesTab::addItem(const SlaPolicy& policy, int index)
{
    const int id = m_nextId++;
    m_policies.insert(id, policy);
    auto* item = new QTreeWidgetItem;
    item->setData(0, kIdRole, id);
    // Not a drop target: the list is flat, a drop lands between policies.
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled |
                   Qt::ItemNeverHasChildren);
    m_list->insertTopLevelItem(index, item);
    updateItem(item);
    return item;
}

int SlaPoliciesTab::currentId() const
{
    return idOf(m_list->currentItem());
}

int SlaPoliciesTab::idOf(const QTreeWidgetItem* item) const
{
    return item ? item->data(0, kIdRole).toInt() : 0;
}

void SlaPoliciesTab::showCurrent()
{
    const int id = currentId();
    m_editor->setEnabled(id != 0);
    showPolicy(id != 0 ? m_policies.value(id) : SlaPolicy{});
    updateProblemsShown();
    updateActions();
}

void SlaPoliciesTab::showPolicy(const SlaPolicy& policy)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_name->setText(policy.name);
    for (int i = 0; i < m_types.size(); ++i)
        m_types.at(i)->setChecked(policy.types.contains(kTypes.at(size_t(i))));
    for (int i = 0; i < m_priorities.size(); ++i)
        m_priorities.at(i)->setChecked(policy.priorities.contains(i + 1));
    for (int i = 0; i < m_channels.size(); ++i)
        m_channels.at(i)->setChecked(policy.channels.contains(kChannels.at(size_t(i))));
    m_groups->setText(joinList(policy.groups));
    m_tiers->setText(joinList(policy.customerTiers));
    m_tags->setText(joinList(policy.tags));
    fillCalendarCombo(policy.calendar);
    m_pauseOnHold->setChecked(policy.pauseOnHold);
    for (size_t i = 0; i < kSlaMetricCount; ++i)
        m_targets.at(i)->setTarget(policy.target(kMetrics.at(i)));
    m_warnings->setWarnings(policy.warnings);
    m_typesAny->setVisible(policy.types.isEmpty());
    m_prioritiesAny->setVisible(policy.priorities.isEmpty());
    m_channelsAny->setVisible(policy.channels.isEmpty());
    m_loading = wasLoading;
}

SlaPolicy SlaPoliciesTab::policyFromEditor() const
{
    SlaPolicy policy;
    policy.name = m_name->text().trimmed();
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i)->isChecked())
            policy.types.append(kTypes.at(size_t(i)));
    }
    for (int i = 0; i < m_priorities.size(); ++i) {
        if (m_priorities.at(i)->isChecked())
            policy.priorities.append(i + 1);
    }
    for (int i = 0; i < m_channels.size(); ++i) {
        if (m_channels.at(i)->isChecked())
            policy.channels.append(kChannels.at(size_t(i)));
    }
    policy.groups = splitList(m_groups->text());
    policy.customerTiers = splitList(m_tiers->text());
    policy.tags = splitList(m_tags->text());
    policy.calendar = m_calendar->currentData().toString();
    policy.pauseOnHold = m_pauseOnHold->isChecked();
    for (size_t i = 0; i < kSlaMetricCount; ++i)
        targetOf(policy, kMetrics.at(i)) = m_targets.at(i)->target();
    policy.warnings = m_warnings->warnings();
    return policy;
}

void SlaPoliciesTab::commitEditor()
{
    const int id = currentId();
    if (m_loading || id == 0)
        return;
    m_policies[id] = policyFromEditor();
    m_typesAny->setVisible(m_policies[id].types.isEmpty());
    m_prioritiesAny->setVisible(m_policies[id].priorities.isEmpty());
    m_channelsAny->setVisible(m_policies[id].channels.isEmpty());
    updateItem(m_list->currentItem());
    validate();
    setStatus(QString());
}

void SlaPoliciesTab::fillCalendarCombo(const QString& spec)
{
    const QSignalBlocker blocker(m_calendar);
    m_calendar->clear();
    for (const SlaCalendarEntry& entry : std::as_const(m_calendars))
        m_calendar->addItem(calendarText(entry.spec), entry.spec);
    int index = m_calendar->findData(spec);
    if (index < 0 && !spec.isEmpty()) {
        // Keep a vanished calendar visible, so the user sees what to replace.
        m_calendar->addItem(tr("%1 (missing)").arg(spec), spec);
        index = m_calendar->count() - 1;
    }
    m_calendar->setCurrentIndex(index);
}

void SlaPoliciesTab::updateItem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const SlaPolicy policy = m_policies.value(idOf(item));
    item->setText(0, policy.name.isEmpty() ? tr("(no name)") : policy.name);
    item->setText(1, appliesToText(policy));
    item->setText(2, SlaTargetEdit::text(policy.firstResponse));
    item->setToolTip(1, item->text(1));
    item->setToolTip(2, tr("First response: %1").arg(item->text(2)));
}

void SlaPoliciesTab::validate()
{
    QHash<QString, int> names;
    for (const SlaPolicy& policy : std::as_const(m_policies))
        ++names[policy.name];
    QStringList specs;
    for (const SlaCalendarEntry& entry : std::as_const(m_calendars))
        specs.append(entry.spec);

    m_problems.clear();
    for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
        const SlaPolicy& policy = it.value();
        Problems problems;
        if (policy.name.isEmpty())
            problems.name = tr("Give the policy a name.");
        else if (names.value(policy.name) > 1)
            problems.name = tr("Another policy has this name; names must be unique.");
        if (policy.calendar.isEmpty())
            problems.calendar = tr("Choose a calendar.");
        else if (!specs.contains(policy.calendar))
            problems.calendar = tr("This calendar does not exist any more; choose another.");
        for (size_t i = 0; i < kSlaMetricCount; ++i) {
            const std::optional<SlaTarget>& target = policy.target(kMetrics.at(i));
            if (target && target->limitSeconds < target->goalSeconds)
                problems.targets.at(i) = tr("The limit must not be shorter than the goal.");
        }
        // Anything the core refuses that the fields above do not explain.
        if (!problems.any()) {
            if (Status status = policy.validate(); !status)
                problems.other = FieldMessage::sentence(status.error().message);
        }
        m_problems.insert(it.key(), problems);
    }

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        const Problems problems = m_problems.value(idOf(item));
        item->setIcon(0, problems.any() ? warning : QIcon());
        item->setToolTip(0, problems.all().join(QLatin1Char('\n')));
    }

    int invalid = 0;
    for (const Problems& problems : std::as_const(m_problems))
        invalid += problems.any() ? 1 : 0;
    if (m_list->topLevelItemCount() == 0)
        m_listProblem->showMessage(tr("Add at least one policy, or no ticket is measured."));
    else if (invalid > 0)
        m_listProblem->showMessage(tr("Policies to correct before saving: %Ln", nullptr, invalid));
    else
        m_listProblem->showMessage(QString());
    updateProblemsShown();
    updateActions();
}

void SlaPoliciesTab::updateProblemsShown()
{
    const Problems problems = m_problems.value(currentId());
    m_nameProblem->showMessage(problems.name);
    m_calendarProblem->showMessage(problems.calendar);
    for (size_t i = 0; i < kSlaMetricCount; ++i)
        m_targets.at(i)->showProblem(problems.targets.at(i));
    m_otherProblem->showMessage(problems.other);
}

void SlaPoliciesTab::updateActions()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const int count = m_list->topLevelItemCount();
    m_duplicateButton->setEnabled(row >= 0);
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < count - 1);
    const bool changed = hasUnsavedChanges();
    m_revertButton->setEnabled(changed);
    m_saveButton->setEnabled(changed && isValid());
    m_saveButton->setToolTip(changed && !isValid()
                                 ? tr("Correct the marked fields to save")
                                 : tr("Store the policies and recompute the SLA of open tickets"));
    if (m_status->text().isEmpty() && changed)
        m_status->setText(tr("Unsaved changes"));
}

void SlaPoliciesTab::setStatus(const QString& text)
{
    m_status->setText(text);
    if (text.isEmpty() && hasUnsavedChanges())
        m_status->setText(tr("Unsaved changes"));
}

void SlaPoliciesTab::addPolicy()
{
    SlaPolicy policy;
    policy.name = uniqueName(tr("new-policy"));
    policy.firstResponse = SlaTarget::single(4 * kHour);
    policy.nextResponse = policy.firstResponse;
    // Below a catch-all a policy would never apply.
    int index = m_list->topLevelItemCount();
    const QList<SlaPolicy> policies = editedPolicies();
    if (!policies.isEmpty() && !hasConditions(policies.last()))
        --index;
    m_loading = true;
    QTreeWidgetItem* item = addItem(policy, index);
    m_list->setCurrentItem(item);
    m_loading = false;
    showCurrent();
    validate();
    setStatus(QString());
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void SlaPoliciesTab::duplicatePolicy()
{
    const int id = currentId();
    if (id == 0)
        return;
    SlaPolicy copy = m_policies.value(id);
    copy.name = uniqueName(copy.name + tr("-copy"));
    m_loading = true;
    QTreeWidgetItem* item = addItem(copy, m_list->indexOfTopLevelItem(m_list->currentItem()) + 1);
    m_list->setCurrentItem(item);
    m_loading = false;
    showCurrent();
    validate();
    setStatus(QString());
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void SlaPoliciesTab::removePolicy()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const int row = m_list->indexOfTopLevelItem(item);
    m_loading = true;
    m_policies.remove(idOf(item));
    delete item;
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
            m_list->topLevelItem(std::min(row, m_list->topLevelItemCount() - 1)));
    m_loading = false;
    showCurrent();
    validate();
    setStatus(QString());
    m_list->setFocus(Qt::OtherFocusReason);
}

void SlaPoliciesTab::movePolicy(int delta)
{
    QTreeWidgetItem* item = m_list->currentItem();
    const int row = m_list->indexOfTopLevelItem(item);
    const int target = row + delta;
    if (!item || target < 0 || target >= m_list->topLevelItemCount())
        return;
    const bool listHadFocus = m_list->hasFocus();
    m_loading = true;
    m_list->takeTopLevelItem(row);
    m_list->insertTopLevelItem(target, item);
    m_list->setCurrentItem(item);
    m_loading = false;
    validate();
    setStatus(QString());
    if (listHadFocus)
        m_list->setFocus(Qt::OtherFocusReason);
}

void SlaPoliciesTab::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import SLA policies"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("SLA policies (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void SlaPoliciesTab::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export SLA policies"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("sla-policies.json")),
        tr("SLA policies (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

QString SlaPoliciesTab::appliesToText(const SlaPolicy& policy)
{
    const QString slash = QStringLiteral(" / ");
    QStringList parts;
    if (!policy.types.isEmpty()) {
        QStringList names;
        for (TicketType type : policy.types)
            names.append(displayName(type));
        parts.append(names.join(slash));
    }
    if (!policy.priorities.isEmpty()) {
        QStringList names;
        for (int priority : policy.priorities)
            names.append(tr("P%1").arg(priority));
        parts.append(names.join(slash));
    }
    if (!policy.channels.isEmpty()) {
        QStringList names;
        for (Channel channel : policy.channels)
            names.append(displayName(channel));
        parts.append(names.join(slash));
    }
    if (!policy.groups.isEmpty())
        parts.append(tr("group %1").arg(policy.groups.join(slash)));
    if (!policy.customerTiers.isEmpty())
        parts.append(tr("tier %1").arg(policy.customerTiers.join(slash)));
    if (!policy.tags.isEmpty())
        parts.append(tr("tag %1").arg(policy.tags.join(slash)));
    return parts.isEmpty() ? tr("all other tickets") : parts.join(QStringLiteral(" \u00b7 "));
}

QString SlaPoliciesTab::calendarText(const QString& spec) const
{
    static const QLatin1String prefix("builtin:");
    if (spec.startsWith(prefix))
        return tr("%1 (built-in)").arg(spec.mid(prefix.size()));
    return spec;
}

QString SlaPoliciesTab::uniqueName(const QString& base) const
{
    QStringList names;
    for (const SlaPolicy& policy : std::as_const(m_policies))
        names.append(policy.name);
    QString name = base;
    for (int n = 2; names.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace Switchboard
