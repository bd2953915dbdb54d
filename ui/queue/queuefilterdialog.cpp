// SPDX-License-Identifier: MIT
#include "queuefilterdialog.h"

#include "common/uilogging.h"
#include "tickets/queuefilterformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr int kValueRole = Qt::UserRole + 1;

QListWidgetItem* addChoice(QListWidget* list, const QString& text, const QVariant& value)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(kValueRole, value);
    return item;
}

template <typename T> QList<T> checkedValues(const QListWidget* list)
{
    QList<T> values;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if (item->checkState() == Qt::Checked)
            values << T(item->data(kValueRole).toLongLong());
    }
    return values;
}

template <typename T> void check(QListWidget* list, const QList<T>& values)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const bool checked = values.contains(T(item->data(kValueRole).toLongLong()));
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

// Tall enough for every row of a short list, so it needs no scroll bar.
void fitHeight(QListWidget* list, int maxRows)
{
    const int rows = std::max(1, std::min(int(list->count()), maxRows));
    const int rowHeight =
        list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 2);
}

QStringList splitTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

} // namespace

QueueFilterDialog::QueueFilterDialog(DatabasePtr database, AgentId me, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_me(me)
{
    setObjectName(QStringLiteral("queueFilterDialog"));
    setWindowTitle(tr("New Filter"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("filterName"));
    m_name->setAccessibleName(tr("Filter name"));
    m_name->setPlaceholderText(tr("e.g. Waiting on customers, hardware"));
    m_name->setMaxLength(100);
    m_shared = new QCheckBox(tr("&Share with the team"), this);
    m_shared->setObjectName(QStringLiteral("filterShared"));
    m_shared->setToolTip(tr("Everyone sees a shared filter under Filters; only you can change "
                            "or delete it"));

    m_statuses = addCheckList(QStringLiteral("statusList"), tr("Statuses"));
    for (TicketStatus status : {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                                TicketStatus::OnHold, TicketStatus::Resolved, TicketStatus::Closed})
        addChoice(m_statuses, displayName(status), int(status));
    m_priorities = addCheckList(QStringLiteral("priorityList"), tr("Priorities"));
    for (int priority = 1; priority <= 4; ++priority)
        addChoice(m_priorities, tr("P%1").arg(priority), priority);
    m_types = addCheckList(QStringLiteral("typeList"), tr("Types"));
    for (TicketType type :
         {TicketType::Consultation, TicketType::Fault, TicketType::Order, TicketType::Complaint})
        addChoice(m_types, displayName(type), int(type));
    m_channels = addCheckList(QStringLiteral("channelList"), tr("Channels"));
    for (Channel channel : {Channel::Email, Channel::Chat, Channel::Phone, Channel::Web})
        addChoice(m_channels, displayName(channel), int(channel));

    TicketRepository repository(m_database);
    m_groups = addCheckList(QStringLiteral("groupList"), tr("Groups"));
    auto groups = repository.groups();
    if (groups) {
        for (const GroupSummary& group : std::as_const(*groups))
            addChoice(m_groups, group.name, group.id);
    } else {
        qCWarning(lcUiQueue) << "filter dialog:" << groups.error().toString();
    }
    m_assignees = addCheckList(QStringLiteral("assigneeList"), tr("Assignees"));
    QListWidgetItem* unassigned = addChoice(m_assignees, tr("Unassigned"), AgentId(0));
    QFont italic = unassigned->font();
    italic.setItalic(true);
    unassigned->setFont(italic);
    auto agents = repository.agents();
    if (agents) {
        for (const Agent& agent : std::as_const(*agents)) {
            QListWidgetItem* item = addChoice(
                m_assignees, agent.active ? agent.name : tr("%1 (inactive)").arg(agent.name),
                agent.id);
            item->setToolTip(agent.login);
        }
    } else {
        qCWarning(lcUiQueue) << "filter dialog:" << agents.error().toString();
    }
    for (QListWidget* list : {m_statuses, m_priorities, m_types, m_channels})
        fitHeight(list, 6);
    for (QListWidget* list : {m_groups, m_assignees})
        fitHeight(list, 7);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("filterTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("vip, printer: tickets with any of them"));

    auto dateEdit = [this](const QString& name, const QString& accessible) {
        auto* edit = new QDateEdit(QDate::currentDate(), this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
        return edit;
    };
    m_fromEnabled = new QCheckBox(tr("&From"), this);
    m_fromEnabled->setObjectName(QStringLiteral("createdFromEnabled"));
    m_from = dateEdit(QStringLiteral("createdFrom"), tr("Created from"));
    m_toEnabled = new QCheckBox(tr("&To"), this);
    m_toEnabled->setObjectName(QStringLiteral("createdToEnabled"));
    m_to = dateEdit(QStringLiteral("createdTo"), tr("Created up to and including"));
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* created = new QHBoxLayout;
    created->addWidget(m_fromEnabled);
    created->addWidget(m_from);
    created->addSpacing(12);
    created->addWidget(m_toEnabled);
    created->addWidget(m_to);
    created->addStretch(1);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setAccessibleName(tr("Search text"));
    m_text->setPlaceholderText(tr("Subject, requester or #1234 (optional)"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("filterProblems"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveFilter"));
    m_show = buttons->addButton(tr("S&how Without Saving"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->setToolTip(tr("Show the matching tickets now; the filter is gone when you choose "
                          "another view"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QueueFilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, &QueueFilterDialog::showWithoutSaving);

    auto* top = new QFormLayout;
    top->addRow(tr("&Name:"), m_name);
    top->addRow(QString(), m_shared);

    auto* fields = new QFormLayout;
    fields->addRow(tr("St&atus:"), m_statuses);
    fields->addRow(tr("&Priority:"), m_priorities);
    fields->addRow(tr("T&ype:"), m_types);
    fields->addRow(tr("&Channel:"), m_channels);
    auto* people = new QFormLayout;
    if (m_groups->count() == 0) {
        auto* none = new QLabel(tr("No groups yet. Add one with \u201cswitchboard-cli group add "
                                   "NAME\u201d."),
                                this);
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_groups->hide();
        people->addRow(tr("Group:"), none);
    } else {
        people->addRow(tr("&Group:"), m_groups);
    }
    people->addRow(tr("&Assignee:"), m_assignees);
    auto* columns = new QHBoxLayout;
    columns->addLayout(fields, 1);
    columns->addSpacing(12);
    columns->addLayout(people, 1);

    auto* bottom = new QFormLayout;
    bottom->addRow(tr("Ta&gs:"), m_tags);
    bottom->addRow(tr("Created:"), created);
    bottom->addRow(tr("Te&xt:"), m_text);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns);
    layout->addLayout(bottom);
    layout->addWidget(m_problems);
    layout->addWidget(m_error);
    if (m_me == 0) {
        // Usable, not savable: say why and how to change that.
        auto* note = new QLabel(tr("No agent is chosen, so filters cannot be saved. Start "
                                   "Switchboard with --agent LOGIN to save them; this one can "
                                   "still be shown."),
                                this);
        note->setObjectName(QStringLiteral("filterNoAgent"));
        note->setWordWrap(true);
        layout->addWidget(note);
        m_name->setEnabled(false);
        m_shared->setEnabled(false);
        m_save->hide();
        m_show->setDefault(true);
    } else {
        m_save->setDefault(true);
    }
    layout->addWidget(buttons);
    m_name->setFocus(Qt::OtherFocusReason);
}

QListWidget* QueueFilterDialog::addCheckList(const QString& objectName,
                                             const QString& accessibleName)
{
    auto* list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformItemSizes(true);
    // Space ticks the current item, as in any check list.
    return list;
}

void QueueFilterDialog::setFilter(const QueueFilter& filter, const QString& text)
{
    check(m_statuses, filter.statuses);
    check(m_priorities, filter.priorities);
    check(m_types, filter.types);
    check(m_channels, filter.channels);
    check(m_groups, filter.groups);
    check(m_assignees, filter.assignees);
    m_tags->setText(filter.tags.join(QStringLiteral(", ")));
    const auto [from, to] = QueueFilterFormat::createdDays(filter.createdFromMs, filter.createdToMs,
                                                           QTimeZone::systemTimeZone());
    m_fromEnabled->setChecked(from.has_value());
    if (from)
        m_from->setDate(*from);
    m_toEnabled->setChecked(to.has_value());
    if (to)
        m_to->setDate(*to);
    m_text->setText(text);
}

void QueueFilterDialog::setSavedFilter(const SavedFilter& filter)
{
    setWindowTitle(tr("Edit Filter"));
    m_editing = filter.id;
    m_name->setText(filter.name);
    m_shared->setChecked(filter.shared);
    setFilter(filter.filter, filter.text);
    if (!filter.problems.isEmpty()) {
        m_problems->setText(tr("This database lacks some of what the filter names: %1. Saving "
                               "leaves them out.")
                                .arg(filter.problems.join(QStringLiteral("; "))));
        m_problems->show();
    }
}

QueueFilter QueueFilterDialog::filter() const
{
    QueueFilter filter;
    filter.statuses = checkedValues<TicketStatus>(m_statuses);
    filter.priorities = checkedValues<int>(m_priorities);
    filter.types = checkedValues<TicketType>(m_types);
    filter.channels = checkedValues<Channel>(m_channels);
    filter.groups = checkedValues<GroupId>(m_groups);
    filter.assignees = checkedValues<AgentId>(m_assignees);
    filter.tags = splitTags(m_tags->text());
    std::tie(filter.createdFromMs, filter.createdToMs) = QueueFilterFormat::createdRange(
        m_fromEnabled->isChecked() ? std::optional<QDate>(m_from->date()) : std::nullopt,
        m_toEnabled->isChecked() ? std::optional<QDate>(m_to->date()) : std::nullopt,
        QTimeZone::systemTimeZone());
    return filter;
}

QString QueueFilterDialog::text() const
{
    return m_text->text().trimmed();
}

void QueueFilterDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void QueueFilterDialog::showWithoutSaving()
{
    if (m_fromEnabled->isChecked() && m_toEnabled->isChecked() && m_to->date() < m_from->date()) {
        showError(tr("The created range ends before it starts: change From or To."));
        m_to->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saved.reset();
    QDialog::accept();
}

void QueueFilterDialog::accept()
{
    if (m_me == 0) {
        showWithoutSaving();
        return;
    }
    if (m_fromEnabled->isChecked() && m_toEnabled->isChecked() && m_to->date() < m_from->date()) {
        showError(tr("The created range ends before it starts: change From or To."));
        m_to->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        showError(tr("Give the filter a name to save it, or show it without saving."));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    SavedFilterRepository repository(m_database);
    auto saved = m_editing != 0 ? repository.update(m_editing, m_me, m_name->text(),
                                                    m_shared->isChecked(), filter(), text())
                                : repository.save(m_name->text(), m_me, m_shared->isChecked(),
                                                  filter(), text());
    if (!saved) {
        const Error& error = saved.error();
        if (error.kind == ErrorKind::Runtime)
            qCWarning(lcUiQueue) << "could not save the filter:" << error.toString();
        showError(error.kind == ErrorKind::Conflict
                      ? tr("You already have a filter with this name: choose another one.")
                      : tr("The filter was not saved: %1.").arg(error.toString()));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

QString QueueFilterDialog::describe(const QueueFilter& filter, const QString& text,
                                    const QList<Agent>& agents, const QList<GroupSummary>& groups)
{
    QStringList lines;
    auto add = [&lines](const QString& label, const QStringList& values) {
        if (!values.isEmpty())
            lines << label.arg(QLocale().createSeparatedList(values));
    };
    QStringList values;
    for (TicketStatus status : filter.statuses)
        values << displayName(status);
    add(tr("Status: %1"), std::exchange(values, {}));
    for (int priority : filter.priorities)
        values << tr("P%1").arg(priority);
    add(tr("Priority: %1"), std::exchange(values, {}));
    for (TicketType type : filter.types)
        values << displayName(type);
    add(tr("Type: %1"), std::exchange(values, {}));
    for (Channel channel : filter.channels)
        values << displayName(channel);
    add(tr("Channel: %1"), std::exchange(values, {}));
    for (GroupId id : filter.groups) {
        const auto group = std::find_if(groups.cbegin(), groups.cend(),
                                        [id](const GroupSummary& g) { return g.id == id; });
        values << (group != groups.cend() ? group->name : tr("a group not in this database"));
    }
    add(tr("Group: %1"), std::exchange(values, {}));
    for (AgentId id : filter.assignees) {
        const auto agent = std::find_if(agents.cbegin(), agents.cend(),
                                        [id](const Agent& a) { return a.id == id; });
        values << (id == 0                  ? tr("unassigned")
                   : agent != agents.cend() ? agent->name
                                            : tr("an agent not in this database"));
    }
    add(tr("Assignee: %1"), std::exchange(values, {}));
    add(tr("Tags (any): %1"), filter.tags);
    const auto [from, to] = QueueFilterFormat::createdDays(filter.createdFromMs, filter.createdToMs,
                                                           QTimeZone::systemTimeZone());
    const QLocale locale;
    if (from && to)
        lines << tr("Created: %1 to %2")
                     .arg(locale.toString(*from, QLocale::ShortFormat),
                          locale.toString(*to, QLocale::ShortFormat));
    else if (from)
        lines << tr("Created: since %1").arg(locale.toString(*from, QLocale::ShortFormat));
    else if (to)
        lines << tr("Created: until %1").arg(locale.toString(*to, QLocale::ShortFormat));
    if (!text.trimmed().isEmpty())
        lines << tr("Text: \u201c%1\u201d").arg(text.trimmed());
    if (lines.isEmpty())
        lines << tr("Every ticket");
    return lines.join(u'\n');
}

} // namespace Switchboard
