// SPDX-License-Identifier: MIT
#include "slacalendarstab.h"

#include "common/messagebox.h"
#include "common/uilogging.h"
#include "datelistedit.h"
#include "durationedit.h"
#include "fieldmessage.h"
#include "sla/calendarformat.h"
#include "slasettingspage.h"
#include "weeklyhoursedit.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

const QLatin1String kBuiltinPrefix("builtin:");

QTimeZone zoneFromText(const QString& text)
{
    // CalendarFormat reads "UTC" as the UTC zone itself, not an alias of it.
    if (text == QLatin1String("UTC"))
        return QTimeZone::utc();
    return QTimeZone(text.toUtf8());
}

QString instantText(qint64 ms, const QTimeZone& zone)
{
    const QLocale locale;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    QString text = QStringLiteral("%1 %2 %3")
                       .arg(locale.dayName(at.date().dayOfWeek(), QLocale::ShortFormat),
                            locale.toString(at.date(), QLocale::ShortFormat),
                            locale.toString(at.time(), QLocale::ShortFormat));
    if (zone != QTimeZone::systemTimeZone())
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(zone.id()));
    return text;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

bool SlaCalendarsTab::Problems::any() const
{
    return !name.isEmpty() || !zone.isEmpty() || !week.isEmpty() || weekUnreadable ||
           !workdayHours.isEmpty() || !other.isEmpty();
}

SlaCalendarsTab::SlaCalendarsTab(SlaService* service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
{
    setAccessibleName(tr("SLA calendars"));

    auto* intro = new QLabel(
        tr("The business hours SLA targets are counted in. Built-in calendars are read-only: "
           "duplicate one to adapt it."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createList());
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("calendarEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields take focus themselves, and the area scrolls to show them.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(createEditor());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 700});

    m_importButton = new QPushButton(tr("&Import\u2026"), this);
    m_importButton->setObjectName(QStringLiteral("importCalendarButton"));
    m_importButton->setToolTip(tr("Read a calendar from a JSON file as a new calendar"));
    m_exportButton = new QPushButton(tr("E&xport\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCalendarButton"));
    m_exportButton->setToolTip(tr("Write the selected calendar, as shown, to a JSON file"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertCalendarButton"));
    m_revertButton->setToolTip(tr("Discard the changes to this calendar"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveCalendarButton"));
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

    connect(m_importButton, &QPushButton::clicked, this, &SlaCalendarsTab::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &SlaCalendarsTab::chooseExportFile);
    connect(m_revertButton, &QPushButton::clicked, this, &SlaCalendarsTab::revert);
    connect(m_saveButton, &QPushButton::clicked, this, &SlaCalendarsTab::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isEnabled())
            save();
    });

    // New dates start from "today" as the injected clock sees it.
    const QDate today = m_clock.now().toLocalTime().date();
    m_holidays->dateEdit()->setDate(today);
    m_workdays->dateEdit()->setDate(today);

    reload();
}

QWidget* SlaCalendarsTab::createList()
{
    auto* panel = new QWidget(this);
    m_list = new QTreeWidget(panel);
    m_list->setObjectName(QStringLiteral("calendarList"));
    m_list->setAccessibleName(tr("Calendars"));
    m_list->setHeaderLabels({tr("Calendar"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_newButton = new QPushButton(tr("&New"), panel);
    m_newButton->setObjectName(QStringLiteral("newCalendarButton"));
    m_newButton->setToolTip(tr("Start a calendar with Monday to Friday 09:00–18:00"));
    m_duplicateButton = new QPushButton(tr("&Duplicate"), panel);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateCalendarButton"));
    m_duplicateButton->setToolTip(tr("Start a new calendar from a copy of the selected one"));
    m_removeButton = new QPushButton(tr("Remo&ve"), panel);
    m_removeButton->setObjectName(QStringLiteral("removeCalendarButton"));
    m_removeButton->setToolTip(tr("Remove the selected calendar; refused while a policy uses it"));

    m_listProblem = new FieldMessage(panel);
    m_listProblem->setObjectName(QStringLiteral("calendarListProblem"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_listProblem);

    connect(m_newButton, &QPushButton::clicked, this, &SlaCalendarsTab::newCalendar);
    connect(m_duplicateButton, &QPushButton::clicked, this, &SlaCalendarsTab::duplicateSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &SlaCalendarsTab::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_loading)
            return;
        m_listProblem->showMessage(QString());
        showEntry(currentRow());
    });
    return panel;
}

QWidget* SlaCalendarsTab::createEditor()
{
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("calendarEditor"));

    m_builtinBanner = new QWidget(m_editor);
    m_builtinBanner->setObjectName(QStringLiteral("builtinBanner"));
    auto* bannerText = new QLabel(
        tr("A built-in calendar is read-only. Duplicate it to change its hours."), m_builtinBanner);
    bannerText->setWordWrap(true);
    auto* duplicateToEdit = new QPushButton(tr("Duplicate &to edit"), m_builtinBanner);
    duplicateToEdit->setObjectName(QStringLiteral("duplicateToEditButton"));
    connect(duplicateToEdit, &QPushButton::clicked, this, &SlaCalendarsTab::duplicateSelected);
    auto* bannerLayout = new QHBoxLayout(m_builtinBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 6);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(duplicateToEdit);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);

    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("calendarName"));
    m_name->setAccessibleName(tr("Calendar name"));
    m_name->setMaxLength(80);
    form->addRow(tr("&Name"), m_name);
    m_nameProblem = new FieldMessage(m_editor);
    m_nameProblem->setWordWrap(false);
    m_nameProblem->setObjectName(QStringLiteral("calendarNameProblem"));
    form->addRow(QString(), m_nameProblem);

    m_zone = new QComboBox(m_editor);
    m_zone->setObjectName(QStringLiteral("calendarTimeZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setToolTip(tr("An IANA time zone such as Europe/Moscow; type to search"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMaxVisibleItems(16);
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    zones.sort();
    zones.removeAll(QStringLiteral("UTC"));
    zones.prepend(QStringLiteral("UTC"));
    m_zone->addItems(zones);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("Time &zone"), m_zone);
    m_zoneProblem = new FieldMessage(m_editor);
    m_zoneProblem->setWordWrap(false);
    m_zoneProblem->setObjectName(QStringLiteral("calendarTimeZoneProblem"));
    form->addRow(QString(), m_zoneProblem);

    m_week = new WeeklyHoursEdit(m_editor);
    m_week->setObjectName(QStringLiteral("weeklyHours"));
    auto* weekLabel = new QLabel(tr("&Weekly hours"), m_editor);
    weekLabel->setBuddy(m_week->dayEdit(0));
    form->addRow(weekLabel, m_week);
    m_weekProblem = new FieldMessage(m_editor);
    m_weekProblem->setWordWrap(false);
    m_weekProblem->setObjectName(QStringLiteral("weeklyHoursProblem"));
    form->addRow(QString(), m_weekProblem);

    auto* dates = new QWidget(m_editor);
    m_holidays = new DateListEdit(tr("Holidays"), dates);
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_holidays->setToolTip(tr("Closed on these dates whatever the weekday"));
    m_workdays = new DateListEdit(tr("Transferred working days"), dates);
    m_workdays->setObjectName(QStringLiteral("workdays"));
    m_workdays->setToolTip(tr("Open on these dates although their weekday is closed"));
    m_holidaysCaption = caption(QString(), dates);
    m_holidaysCaption->setBuddy(m_holidays->listWidget());
    m_workdaysCaption = caption(QString(), dates);
    m_workdaysCaption->setBuddy(m_workdays->listWidget());
    auto* datesLayout = new QGridLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->setHorizontalSpacing(12);
    datesLayout->setVerticalSpacing(2);
    datesLayout->addWidget(m_holidaysCaption, 0, 0);
    datesLayout->addWidget(m_workdaysCaption, 0, 1);
    datesLayout->addWidget(m_holidays, 1, 0);
    datesLayout->addWidget(m_workdays, 1, 1);
    datesLayout->setColumnStretch(0, 1);
    datesLayout->setColumnStretch(1, 1);
    form->addRow(tr("Dates"), dates);

    m_workdayHours = new QLineEdit(m_editor);
    m_workdayHours->setObjectName(QStringLiteral("workdayHours"));
    m_workdayHours->setAccessibleName(tr("Hours on transferred working days"));
    m_workdayHours->setPlaceholderText(tr("As the first weekday with hours"));
    m_workdayHours->setToolTip(
        tr("Open intervals on transferred working days, such as 09:00–18:00; empty uses the "
           "hours of the first weekday, Monday to Friday, that has hours"));
    form->addRow(tr("Working-day &hours"), m_workdayHours);
    m_workdayHoursProblem = new FieldMessage(m_editor);
    m_workdayHoursProblem->setWordWrap(false);
    m_workdayHoursProblem->setObjectName(QStringLiteral("workdayHoursProblem"));
    form->addRow(QString(), m_workdayHoursProblem);

    m_dateHoursNote = caption(QString(), m_editor);
    m_dateHoursNote->setObjectName(QStringLiteral("dateHoursNote"));
    m_dateHoursNote->setWordWrap(true);
    form->addRow(QString(), m_dateHoursNote);

    m_problem = new FieldMessage(m_editor);
    m_problem->setWordWrap(false);
    m_problem->setObjectName(QStringLiteral("calendarProblem"));
    form->addRow(QString(), m_problem);

    m_preview = new QLabel(m_editor);
    m_preview->setObjectName(QStringLiteral("calendarPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Preview"), m_preview);

    auto* layout = new QVBoxLayout(m_editor);
    layout->setContentsMargins(12, 0, 8, 8);
    layout->setSpacing(0);
    layout->addWidget(m_builtinBanner);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &SlaCalendarsTab::formEdited);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SlaCalendarsTab::formEdited);
    connect(m_week, &WeeklyHoursEdit::weekChanged, this, &SlaCalendarsTab::formEdited);
    connect(m_holidays, &DateListEdit::datesChanged, this, &SlaCalendarsTab::formEdited);
    connect(m_workdays, &DateListEdit::datesChanged, this, &SlaCalendarsTab::formEdited);
    connect(m_workdayHours, &QLineEdit::textEdited, this, &SlaCalendarsTab::formEdited);
    return m_editor;
}

void SlaCalendarsTab::reload()
{
    const int row = currentRow();
    const Entry* current = currentEntry();
    const QString selectSpec = current ? current->spec : QString();
    const bool draftSelected = current && current->spec.isEmpty();

    auto listed = m_service->config().calendars();
    if (!listed) {
        qCWarning(lcUi) << "cannot list SLA calendars:" << listed.error().toString();
        MessageBox::critical(this, tr("SLA calendars"), tr("The calendars cannot be read."),
                             listed.error().message, listed.error().toString());
        return;
    }
    QList<Entry> entries;
    for (const SlaCalendarEntry& listedEntry : listed.value()) {
        Entry entry;
        entry.spec = listedEntry.spec;
        entry.builtin = listedEntry.builtin;
        entry.updatedAt = listedEntry.updatedAt;
        for (const Entry& old : std::as_const(m_entries)) {
            if (old.spec == entry.spec && old.updatedAt == entry.updatedAt) {
                entry.original = old.original;
                entry.edited = old.edited;
            }
        }
        entries.append(entry);
    }
    int select = -1;
    for (const Entry& old : std::as_const(m_entries)) {
        if (old.spec.isEmpty())
            entries.append(old);
    }
    for (int i = 0; i < entries.size(); ++i) {
        if (!draftSelected && !selectSpec.isEmpty() && entries.at(i).spec == selectSpec)
            select = i;
    }
    if (select < 0 && draftSelected) {
        // Drafts keep their relative order at the end of the list.
        select = std::min(row, int(entries.size()) - 1);
    }
    m_entries = entries;
    rebuildList(select >= 0 ? select : std::min(std::max(row, 0), int(m_entries.size()) - 1));
}

bool SlaCalendarsTab::selectCalendar(const QString& spec)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).spec == spec ||
            (m_entries.at(row).spec.isEmpty() && m_entries.at(row).edited &&
             m_entries.at(row).edited->name == spec)) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return true;
        }
    }
    return false;
}

QString SlaCalendarsTab::currentName() const
{
    const Entry* entry = currentEntry();
    if (!entry)
        return {};
    return entry->spec.isEmpty() && entry->edited ? entry->edited->name : entry->spec;
}

bool SlaCalendarsTab::hasUnsavedChanges() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [this](const Entry& entry) { return isDirty(entry); });
}

Result<BusinessCalendar> SlaCalendarsTab::editedCalendar() const
{
    const Entry* entry = currentEntry();
    if (!entry || !entry->original)
        return Error(ErrorKind::NotFound, tr("no calendar is selected"));
    return calendarFrom(entry->edited ? *entry->edited : *entry->original);
}

void SlaCalendarsTab::newCalendar()
{
    Form form;
    form.name = uniqueName(tr("new-calendar"));
    form.zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    for (int day = 0; day < 5; ++day)
        form.week.at(size_t(day)) = WeeklyHoursEdit::formatHours({{9 * 3600, 18 * 3600}});
    addDraft(form);
}

void SlaCalendarsTab::duplicateSelected()
{
    Entry* entry = currentEntry();
    if (!entry || !entry->original)
        return;
    Form form = entry->edited ? *entry->edited : *entry->original;
    form.name = uniqueName(form.name + tr("-copy"));
    addDraft(form);
}

bool SlaCalendarsTab::save()
{
    const int row = currentRow();
    Entry* entry = currentEntry();
    if (!entry || entry->builtin || !entry->original)
        return false;
    const Form form = entry->edited ? *entry->edited : *entry->original;
    Result<BusinessCalendar> calendar = calendarFrom(form);
    if (check(*entry, form, &calendar).any() || !calendar)
        return false;
    const QString name = entry->spec.isEmpty() ? form.name.trimmed() : entry->spec;

    // On the UI thread, like policies: see SlaPoliciesTab::save().
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_service->saveCalendar(name, calendar.value());
    QApplication::restoreOverrideCursor();
    if (!report) {
        qCWarning(lcUi) << "saving SLA calendar failed:" << report.error().toString();
        MessageBox::critical(this, tr("SLA calendars"),
                             tr("The calendar “%1” was not saved.").arg(name),
                             report.error().message, report.error().toString());
        return false;
    }
    if (entry->spec.isEmpty()) {
        m_entries.removeAt(row);
    } else {
        entry->original.reset();
        entry->edited.reset();
    }
    reload();
    selectCalendar(name);
    setStatus(SlaSettingsPage::recomputeText(report.value()));
    emit calendarSaved(name, report.value());
    return true;
}

void SlaCalendarsTab::revert()
{
    Entry* entry = currentEntry();
    if (!entry)
        return;
    entry->edited.reset();
    if (entry->spec.isEmpty())
        entry->edited = entry->original;
    showEntry(currentRow());
    setStatus(QString());
}

bool SlaCalendarsTab::removeSelected()
{
    const int row = currentRow();
    Entry* entry = currentEntry();
    if (!entry || entry->builtin)
        return false;
    if (entry->spec.isEmpty()) {
        m_entries.removeAt(row);
        rebuildList(std::min(row, int(m_entries.size()) - 1));
        return true;
    }
    const QString name = entry->spec;
    if (MessageBox::question(this, tr("Remove calendar"), tr("Remove the calendar “%1”?").arg(name),
                             tr("Export it first if you may need it again.")) != QMessageBox::Yes)
        return false;
    if (Status removed = m_service->config().removeCalendar(name); !removed) {
        qCInfo(lcUi) << "calendar not removed:" << removed.error().toString();
        m_listProblem->showMessage(
            tr("Not removed: %1").arg(FieldMessage::sentence(removed.error().message)));
        return false;
    }
    m_entries.removeAt(row);
    reload();
    setStatus(tr("Removed “%1”.").arg(name));
    emit calendarRemoved(name);
    return true;
}

bool SlaCalendarsTab::importFrom(const QString& path)
{
    auto calendar = CalendarFormat::load(path);
    if (!calendar) {
        MessageBox::critical(
            this, tr("Import calendar"),
            tr("The file does not hold a valid calendar: %1").arg(calendar.error().message),
            tr("Nothing was imported."), calendar.error().toString());
        return false;
    }
    // The format allows a "name"; otherwise the file name says what it is.
    QString name = QFileInfo(path).completeBaseName();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString stored = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("name"))
                                   .toString();
        if (!stored.trimmed().isEmpty())
            name = stored.trimmed();
    }
    addDraft(formFrom(uniqueName(name), calendar->rules()));
    setStatus(tr("Imported as a new calendar; save to store it."));
    return true;
}

bool SlaCalendarsTab::exportTo(const QString& path)
{
    auto calendar = editedCalendar();
    if (!calendar) {
        MessageBox::critical(
            this, tr("Export calendar"),
            tr("The calendar cannot be exported: %1").arg(calendar.error().message),
            tr("Correct the marked fields first."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(CalendarFormat::serialise(calendar.value())) < 0 || !file.commit()) {
        MessageBox::critical(this, tr("Export calendar"),
                             tr("The file cannot be written: %1").arg(file.errorString()), {},
                             path);
        return false;
    }
    setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SlaCalendarsTab::rebuildList(int selectRow)
{
    m_loading = true;
    m_list->clear();
    const QLocale locale;
    for (const Entry& entry : std::as_const(m_entries)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, displayName(entry));
        if (entry.builtin)
            item->setText(1, tr("built-in, read-only"));
        else if (entry.spec.isEmpty())
            item->setText(1, tr("new, not saved"));
        else if (isDirty(entry))
            item->setText(1, tr("changed, not saved"));
        else
            item->setText(
                1, tr("saved %1")
                       .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(entry.updatedAt).date(),
                                            QLocale::ShortFormat)));
        if (entry.builtin)
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
    if (selectRow >= 0 && selectRow < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(selectRow));
    m_loading = false;
    showEntry(currentRow());
}

void SlaCalendarsTab::showEntry(int row)
{
    m_editor->setEnabled(row >= 0);
    if (row < 0 || row >= m_entries.size()) {
        showForm(Form{}, true);
        updateState();
        return;
    }
    Entry& entry = m_entries[row];
    if (!ensureOriginal(entry)) {
        showForm(Form{}, true);
        m_editor->setEnabled(false);
        updateState();
        return;
    }
    showForm(entry.edited ? *entry.edited : *entry.original, entry.builtin);
    m_builtinBanner->setVisible(entry.builtin);
    m_name->setReadOnly(!entry.spec.isEmpty());
    m_name->setToolTip(entry.spec.isEmpty()
                           ? tr("The name policies use to refer to this calendar")
                           : tr("Policies refer to a calendar by its name, so a saved calendar "
                                "keeps it; duplicate it to save it under another name"));
    updateState();
}

void SlaCalendarsTab::showForm(const Form& form, bool readOnly)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_name->setText(form.name);
    m_zone->setCurrentText(form.zone);
    m_zone->setEnabled(!readOnly);
    WeeklyHoursEdit::Week week;
    std::array<bool, 7> parsed{};
    for (size_t day = 0; day < 7; ++day) {
        auto hours = WeeklyHoursEdit::parseHours(form.week.at(day));
        parsed.at(day) = hours.ok();
        if (hours)
            week.at(day) = hours.value();
    }
    m_week->setWeek(week);
    // Text that does not read yet is shown as typed, with its message.
    for (size_t day = 0; day < 7; ++day) {
        if (!parsed.at(day))
            m_week->dayEdit(int(day))->setText(form.week.at(day));
    }
    m_week->setReadOnly(readOnly);
    m_holidays->setDates(form.holidays);
    m_holidays->setReadOnly(readOnly);
    m_workdays->setDates(form.workdays);
    m_workdays->setReadOnly(readOnly);
    m_workdayHours->setText(form.workdayHours);
    m_workdayHours->setReadOnly(readOnly);
    if (readOnly && form.workdayHours.isEmpty())
        m_workdayHours->setPlaceholderText(tr("As the first weekday with hours"));
    m_dateHoursNote->setText(
        form.dateHours.isEmpty()
            ? QString()
            : tr("Dates with hours of their own, such as shortened days before holidays: %Ln. "
                 "They are kept as they are.",
                 nullptr, int(form.dateHours.size())));
    m_dateHoursNote->setVisible(!form.dateHours.isEmpty());
    m_loading = wasLoading;
}

SlaCalendarsTab::Form SlaCalendarsTab::readForm() const
{
    Form form;
    const Entry* entry = currentEntry();
    if (entry && entry->original)
        form.dateHours = entry->original->dateHours;
    form.name = m_name->text();
    form.zone = m_zone->currentText().trimmed();
    for (int day = 0; day < 7; ++day)
        form.week.at(size_t(day)) = m_week->dayEdit(day)->text();
    form.holidays = m_holidays->dates();
    form.workdays = m_workdays->dates();
    form.workdayHours = m_workdayHours->text();
    return form;
}

void SlaCalendarsTab::formEdited()
{
    Entry* entry = currentEntry();
    if (m_loading || !entry || entry->builtin || !entry->original)
        return;
    entry->edited = readForm();
    if (QTreeWidgetItem* item = m_list->currentItem()) {
        item->setText(0, displayName(*entry));
        if (!entry->spec.isEmpty())
            item->setText(1, isDirty(*entry) ? tr("changed, not saved") : tr("saved"));
    }
    setStatus(QString());
    updateState();
}

SlaCalendarsTab::Problems SlaCalendarsTab::check(const Entry& entry, const Form& form,
                                                 Result<BusinessCalendar>* calendar) const
{
    Problems problems;
    if (entry.spec.isEmpty()) {
        const QString name = form.name.trimmed();
        int sameName = 0;
        for (const Entry& other : m_entries) {
            const QString otherName =
                other.spec.isEmpty() ? (other.edited ? other.edited->name.trimmed() : QString())
                                     : other.spec;
            sameName += otherName == name ? 1 : 0;
        }
        if (name.isEmpty())
            problems.name = tr("Give the calendar a name.");
        else if (name.startsWith(kBuiltinPrefix))
            problems.name = tr("Names starting with “builtin:” are reserved.");
        else if (sameName > 1)
            problems.name = tr("A calendar with this name exists already.");
    }
    if (form.zone.isEmpty())
        problems.zone = tr("Choose a time zone.");
    else if (!zoneFromText(form.zone).isValid())
        problems.zone = tr("“%1” is not a known time zone.").arg(form.zone);

    bool weekReads = true;
    bool anyHours = false;
    for (const QString& text : form.week) {
        auto hours = WeeklyHoursEdit::parseHours(text);
        weekReads = weekReads && hours.ok();
        anyHours = anyHours || (hours && !hours->isEmpty());
    }
    problems.weekUnreadable = !weekReads;
    if (weekReads && !anyHours)
        problems.week = tr("Open at least one day of the week, or no deadline can ever be "
                           "reached.");
    if (auto hours = WeeklyHoursEdit::parseHours(form.workdayHours); !hours)
        problems.workdayHours = hours.error().message;

    QList<QDate> both;
    for (const QDate& date : form.holidays) {
        if (form.workdays.contains(date))
            both.append(date);
    }
    std::sort(both.begin(), both.end());
    if (!both.isEmpty())
        problems.other = tr("%1 is both a holiday and a working day.")
                             .arg(QLocale().toString(both.first(), QLocale::LongFormat));

    Result<BusinessCalendar> built = calendarFrom(form);
    if (!problems.any() && !built)
        problems.other = FieldMessage::sentence(built.error().message);
    if (calendar)
        *calendar = std::move(built);
    return problems;
}

bool SlaCalendarsTab::isDirty(const Entry& entry) const
{
    if (entry.spec.isEmpty())
        return true;
    if (entry.builtin || !entry.edited || !entry.original)
        return false;
    const auto edited = calendarFrom(*entry.edited);
    const auto original = calendarFrom(*entry.original);
    return !edited || !original ||
           CalendarFormat::serialise(edited.value()) != CalendarFormat::serialise(original.value());
}

void SlaCalendarsTab::updateState()
{
    const Entry* entry = currentEntry();
    Result<BusinessCalendar> calendar = Error(ErrorKind::NotFound, QString());
    Problems problems;
    if (entry && entry->original)
        problems = check(*entry, entry->edited ? *entry->edited : *entry->original, &calendar);
    m_nameProblem->showMessage(problems.name);
    m_zoneProblem->showMessage(problems.zone);
    m_weekProblem->showMessage(problems.week);
    m_workdayHoursProblem->showMessage(problems.workdayHours);
    m_problem->showMessage(problems.other);
    m_holidaysCaption->setText(
        tr("&Holidays (%1)").arg(QLocale().toString(m_holidays->dates().size())));
    m_workdaysCaption->setText(
        tr("Transferred &working days (%1)").arg(QLocale().toString(m_workdays->dates().size())));
    updatePreview(calendar);

    const bool editable = entry && !entry->builtin && entry->original;
    const bool dirty = entry && isDirty(*entry);
    m_saveButton->setEnabled(editable && dirty && !problems.any() && calendar.ok());
    m_saveButton->setToolTip(
        editable && dirty && problems.any()
            ? tr("Correct the marked fields to save")
            : tr("Store this calendar and recompute the SLA of open tickets "
                 "(%1)")
                  .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertButton->setEnabled(editable && entry->edited.has_value() &&
                               (dirty || entry->spec.isEmpty()));
    m_removeButton->setEnabled(entry && !entry->builtin);
    m_duplicateButton->setEnabled(entry && entry->original);
    m_exportButton->setEnabled(calendar.ok());
    if (m_status->text().isEmpty() && dirty)
        m_status->setText(entry->spec.isEmpty() ? tr("New calendar, not saved yet")
                                                : tr("Unsaved changes"));
}

void SlaCalendarsTab::updatePreview(const Result<BusinessCalendar>& calendar)
{
    if (!calendar) {
        m_preview->setText(tr("Shown once the calendar is complete."));
        m_preview->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_preview->setForegroundRole(QPalette::WindowText);
    const BusinessCalendar& cal = calendar.value();
    const QTimeZone zone = cal.timeZone();
    const qint64 now = m_clock.nowMs();
    const QString state = cal.isOpenAt(now)
                              ? tr("Open now")
                              : tr("Next opening: %1").arg(instantText(cal.nextOpening(now), zone));
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const qint64 weekStart = BusinessCalendar::localToUtcMs(zone, monday, 0);
    const qint64 weekEnd = BusinessCalendar::localToUtcMs(zone, monday.addDays(7), 0);
    const qint64 seconds = cal.businessSecondsBetween(weekStart, weekEnd);
    m_preview->setText(
        QStringLiteral("%1  \u00b7  %2")
            .arg(state, tr("%1 of business time this week")
                            .arg(DurationEdit::text(seconds - seconds % 60, false))));
}

void SlaCalendarsTab::setStatus(const QString& text)
{
    m_status->setText(text);
    updateState();
}

int SlaCalendarsTab::currentRow() const
{
    return m_list->indexOfTopLevelItem(m_list->currentItem());
}

SlaCalendarsTab::Entry* SlaCalendarsTab::currentEntry()
{
    const int row = currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

const SlaCalendarsTab::Entry* SlaCalendarsTab::currentEntry() const
{
    const int row = currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool SlaCalendarsTab::ensureOriginal(Entry& entry)
{
    if (entry.original)
        return true;
    auto calendar = m_service->config().calendar(entry.spec);
    if (!calendar) {
        qCWarning(lcUi) << "cannot read SLA calendar" << entry.spec << calendar.error().toString();
        m_listProblem->showMessage(
            tr("“%1” cannot be read: %2").arg(entry.spec, calendar.error().message));
        return false;
    }
    const QString name = entry.builtin && entry.spec.startsWith(kBuiltinPrefix)
                             ? entry.spec.mid(kBuiltinPrefix.size())
                             : entry.spec;
    entry.original = formFrom(name, calendar->rules());
    return true;
}

QString SlaCalendarsTab::uniqueName(const QString& base) const
{
    QStringList names;
    for (const Entry& entry : m_entries) {
        names.append(entry.spec);
        if (entry.builtin)
            names.append(entry.spec.mid(kBuiltinPrefix.size()));
        if (entry.edited)
            names.append(entry.edited->name.trimmed());
    }
    QString name = base;
    for (int n = 2; names.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

void SlaCalendarsTab::addDraft(const Form& form)
{
    Entry entry;
    entry.original = form;
    entry.edited = form;
    m_entries.append(entry);
    rebuildList(int(m_entries.size()) - 1);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void SlaCalendarsTab::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import calendar"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Calendars (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void SlaCalendarsTab::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export calendar"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(currentName() + QStringLiteral(".json")),
        tr("Calendars (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

SlaCalendarsTab::Form SlaCalendarsTab::formFrom(const QString& name,
                                                const BusinessCalendar::Rules& rules)
{
    Form form;
    form.name = name;
    form.zone = QString::fromUtf8(rules.zone.id());
    for (size_t day = 0; day < 7; ++day)
        form.week.at(day) = WeeklyHoursEdit::formatHours(rules.week.at(day));
    form.holidays = rules.holidays;
    form.workdays = rules.workdays;
    if (rules.workdayHours)
        form.workdayHours = WeeklyHoursEdit::formatHours(*rules.workdayHours);
    form.dateHours = rules.dateHours;
    return form;
}

Result<BusinessCalendar> SlaCalendarsTab::calendarFrom(const Form& form)
{
    BusinessCalendar::Rules rules;
    rules.zone = zoneFromText(form.zone);
    if (!rules.zone.isValid())
        return Error(ErrorKind::BadInput, tr("unknown time zone “%1”").arg(form.zone));
    for (size_t day = 0; day < 7; ++day) {
        auto hours = WeeklyHoursEdit::parseHours(form.week.at(day));
        if (!hours)
            return hours.error();
        rules.week.at(day) = hours.value();
    }
    rules.holidays = form.holidays;
    rules.workdays = form.workdays;
    if (!form.workdayHours.trimmed().isEmpty()) {
        auto hours = WeeklyHoursEdit::parseHours(form.workdayHours);
        if (!hours)
            return hours.error();
        rules.workdayHours = hours.value();
    }
    rules.dateHours = form.dateHours;
    return BusinessCalendar::create(std::move(rules));
}

QString SlaCalendarsTab::displayName(const Entry& entry)
{
    if (entry.spec.isEmpty())
        return entry.edited && !entry.edited->name.trimmed().isEmpty()
                   ? entry.edited->name.trimmed()
                   : tr("(no name)");
    if (entry.builtin && entry.spec.startsWith(kBuiltinPrefix))
        return entry.spec.mid(kBuiltinPrefix.size());
    return entry.spec;
}

} // namespace Switchboard
