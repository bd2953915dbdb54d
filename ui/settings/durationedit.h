// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Switchboard {

// A business-time duration typed as a number and a unit (minutes, hours,
// days), for SLA targets. The value is in seconds; a day is 24 business
// hours, as in the targets of the requirements ("24 h", "48-72 h").
class DurationEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Unit
    {
        Minutes,
        Hours,
        Days,
    };

    explicit DurationEdit(QWidget* parent = nullptr);

    qint64 seconds() const;
    // Picks the unit that shows the value exactly with the fewest digits.
    void setSeconds(qint64 seconds);
    Unit unit() const;
    void setAccessibleBaseName(const QString& name);

    // "15 min", "2 h", "1 h 30 min", "7 d": abbreviated units, locale digits.
    // Without days, long spans read in hours ("168 h a week").
    static QString text(qint64 seconds, bool allowDays = true);
    static qint64 unitSeconds(Unit unit);

signals:
    void secondsChanged(qint64 seconds);

private:
    QSpinBox* m_value = nullptr;
    QComboBox* m_unit = nullptr;
};

} // namespace Switchboard
