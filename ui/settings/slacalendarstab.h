// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "sla/businesscalendar.h"
#include "sla/slaservice.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Switchboard {

class DateListEdit;
class FieldMessage;
class WeeklyHoursEdit;

// The "Calendars" tab of the SLA settings: the built-in calendars (read-only,
// duplicated to edit) and the stored ones, with an editor for the selected
// calendar. Edits are kept per calendar until saved, so moving through the
// list never loses work; Save stores the selected one and recomputes open
// tickets through SlaService.
class SlaCalendarsTab : public QWidget
{
    Q_OBJECT

public:
    SlaCalendarsTab(SlaService* service, const Clock& clock, QWidget* parent = nullptr);

    // Lists the calendars again, keeping unsaved edits and new calendars.
    void reload();
    // spec: "builtin:NAME" or a stored name. False when it is not listed.
    bool selectCalendar(const QString& spec);
    QString currentName() const;
    bool hasUnsavedChanges() const;
    // The selected calendar as edited, or the first problem.
    Result<BusinessCalendar> editedCalendar() const;

    void newCalendar();
    void duplicateSelected();
    // Each reports problems to the user; false when nothing was done.
    bool save();
    void revert();
    bool removeSelected();
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);

signals:
    void calendarSaved(const QString& name, const Switchboard::SlaRecomputeReport& report);
    void calendarRemoved(const QString& name);

private:
    // The editor's content for one calendar, as typed.
    struct Form
    {
        QString name;
        QString zone;
        std::array<QString, 7> week;
        QSet<QDate> holidays;
        QSet<QDate> workdays;
        QString workdayHours;
        QMap<QDate, BusinessCalendar::DayHours> dateHours; // kept, not edited here
    };
    struct Entry
    {
        QString spec; // empty for a calendar not stored yet
        bool builtin = false;
        qint64 updatedAt = 0;
        std::optional<Form> original; // read when first shown
        std::optional<Form> edited;   // only once something changed
    };
    struct Problems
    {
        QString name;
        QString zone;
        QString week;
        bool weekUnreadable = false; // each unreadable day says why next to it
        QString workdayHours;
        QString other;
        bool any() const;
    };

    QWidget* createList();
    QWidget* createEditor();

    void rebuildList(int selectRow);
    void showEntry(int row);
    void showForm(const Form& form, bool readOnly);
    Form readForm() const;
    void formEdited();
    Problems check(const Entry& entry, const Form& form, Result<BusinessCalendar>* calendar) const;
    bool isDirty(const Entry& entry) const;
    void updateState();
    void updatePreview(const Result<BusinessCalendar>& calendar);
    void setStatus(const QString& text);
    int currentRow() const;
    Entry* currentEntry();
    const Entry* currentEntry() const;
    bool ensureOriginal(Entry& entry);
    QString uniqueName(const QString& base) const;
    void addDraft(const Form& form);
    void chooseImportFile();
    void chooseExportFile();

    static Form formFrom(const QString& name, const BusinessCalendar::Rules& rules);
    static Result<BusinessCalendar> calendarFrom(const Form& form);
    static QString displayName(const Entry& entry);

    SlaService* m_service = nullptr;
    const Clock& m_clock;
    QList<Entry> m_entries;
    bool m_loading = false;

    QTreeWidget* m_list = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    FieldMessage* m_listProblem = nullptr;

    QWidget* m_editor = nullptr;
    QWidget* m_builtinBanner = nullptr;
    QLineEdit* m_name = nullptr;
    FieldMessage* m_nameProblem = nullptr;
    QComboBox* m_zone = nullptr;
    FieldMessage* m_zoneProblem = nullptr;
    WeeklyHoursEdit* m_week = nullptr;
    FieldMessage* m_weekProblem = nullptr;
    QLabel* m_holidaysCaption = nullptr;
    QLabel* m_workdaysCaption = nullptr;
    DateListEdit* m_holidays = nullptr;
    DateListEdit* m_workdays = nullptr;
    QLineEdit* m_workdayHours = nullptr;
    FieldMessage* m_workdayHoursProblem = nullptr;
    QLabel* m_dateHoursNote = nullptr;
    FieldMessage* m_problem = nullptr;
    QLabel* m_preview = nullptr;

    QLabel* m_status = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Switchboard
