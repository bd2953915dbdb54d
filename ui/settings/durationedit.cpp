// SPDX-License-Identifier: MIT
#include "durationedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Targets are thought of in hours up to several days ("72 h"), so days only
// take over for long durations where hours stop being readable.
DurationEdit::Unit naturalUnit(qint64 seconds)
{
    if (seconds % kDay == 0 && seconds >= 5 * kDay)
        return DurationEdit::Unit::Days;
    if (seconds % kHour == 0)
        return DurationEdit::Unit::Hours;
    return DurationEdit::Unit::Minutes;
}

} // namespace

DurationEdit::DurationEdit(QWidget* parent)
    : QWidget(parent)
{
    m_value = new QSpinBox(this);
    m_value->setObjectName(QStringLiteral("value"));
    // A goal of zero would be breached at once; the core refuses it too.
    m_value->setRange(1, 99999);
    m_value->setAlignment(Qt::AlignRight);
    m_value->setGroupSeparatorShown(true);
    m_value->setLocale(QLocale());

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("min", "duration unit"), int(Unit::Minutes));
    m_unit->addItem(tr("h", "duration unit"), int(Unit::Hours));
    m_unit->addItem(tr("d", "duration unit"), int(Unit::Days));
    m_unit->setItemData(2, tr("A day is 24 hours of business time, not a calendar day"),
                        Qt::ToolTipRole);
    m_unit->setCurrentIndex(1);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_value);
    layout->addWidget(m_unit);
    setFocusProxy(m_value);

    connect(m_value, &QSpinBox::valueChanged, this, [this] { emit secondsChanged(seconds()); });
    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { emit secondsChanged(seconds()); });
}

qint64 DurationEdit::seconds() const
{
    return m_value->value() * unitSeconds(unit());
}

void DurationEdit::setSeconds(qint64 seconds)
{
    const Unit unit = naturalUnit(std::max<qint64>(seconds, kMinute));
    const qint64 value = std::max<qint64>(1, seconds / unitSeconds(unit));
    const QSignalBlocker valueBlocker(m_value);
    const QSignalBlocker unitBlocker(m_unit);
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    m_value->setValue(int(std::min<qint64>(value, m_value->maximum())));
}

DurationEdit::Unit DurationEdit::unit() const
{
    return Unit(m_unit->currentData().toInt());
}

void DurationEdit::setAccessibleBaseName(const QString& name)
{
    setAccessibleName(name);
    m_value->setAccessibleName(name);
    m_unit->setAccessibleName(tr("%1, unit").arg(name));
}

QString DurationEdit::text(qint64 seconds, bool allowDays)
{
    // Abbreviated units do not inflect ("5 мин", "21 мин"), so no plural forms.
    const QLocale locale;
    if (allowDays && naturalUnit(seconds) == Unit::Days)
        return tr("%1 d", "duration in days").arg(locale.toString(seconds / kDay));
    const qint64 hours = seconds / kHour;
    const qint64 minutes = seconds % kHour / kMinute;
    if (hours == 0)
        return tr("%1 min", "duration in minutes").arg(locale.toString(minutes));
    if (minutes == 0)
        return tr("%1 h", "duration in hours").arg(locale.toString(hours));
    return tr("%1 h %2 min", "duration in hours and minutes")
        .arg(locale.toString(hours), locale.toString(minutes));
}

qint64 DurationEdit::unitSeconds(Unit unit)
{
    switch (unit) {
    case Unit::Minutes:
        return kMinute;
    case Unit::Hours:
        return kHour;
    case Unit::Days:
        break;
    }
    return kDay;
}

} // namespace Switchboard
