// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "sla/businesscalendar.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Switchboard {

class FieldMessage;

// The weekly hours of a calendar: Monday to Sunday, one line each with the
// day's open intervals as text ("09:00–13:00, 14:00–18:00"; empty is closed;
// "24:00" ends a day), the day's total or what is wrong with the line, and
// shortcuts for the common weeks. Text keeps a split day or an all-night
// shift one line long, where interval widgets would need a row per interval.
class WeeklyHoursEdit : public QWidget
{
    Q_OBJECT

public:
    using Week = std::array<BusinessCalendar::DayHours, 7>; // index 0 is Monday

    explicit WeeklyHoursEdit(QWidget* parent = nullptr);

    // The week when every line reads; else the first problem, naming the day.
    Result<Week> week() const;
    void setWeek(const Week& week);
    void setReadOnly(bool readOnly);
    QLineEdit* dayEdit(int day) const { return m_days.at(size_t(day)).edit; }

    // Intervals separated by commas; "-", "–" or "—" between start and end;
    // "9:00" may drop the leading zero. Sorted, so the order typed does not matter.
    static Result<BusinessCalendar::DayHours> parseHours(const QString& text);
    // "09:00–13:00, 14:00–18:00"; empty for a closed day.
    static QString formatHours(const BusinessCalendar::DayHours& hours);
    static qint64 openSeconds(const BusinessCalendar::DayHours& hours);

signals:
    void weekChanged();

private:
    struct Day
    {
        QLineEdit* edit = nullptr;
        QLabel* total = nullptr;
        FieldMessage* problem = nullptr;
    };

    void fill(const BusinessCalendar::DayHours& weekday, const BusinessCalendar::DayHours& weekend);
    void updateDay(int day);
    void updateTotal();

    std::array<Day, 7> m_days;
    QLabel* m_weekTotal = nullptr;
    QPushButton* m_allWeek = nullptr;
    QPushButton* m_weekdays = nullptr;
};

} // namespace Switchboard
