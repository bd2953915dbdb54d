// SPDX-License-Identifier: MIT
#include "weeklyhoursedit.h"

#include "durationedit.h"
#include "fieldmessage.h"
#include "sla/calendarformat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr int kDaySeconds = 24 * 3600;
const char* const kDayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> parseClock(QString text, bool end)
{
    // "9:00" reads as "09:00"; the file format itself insists on two digits.
    if (text.indexOf(QLatin1Char(':')) == 1)
        text.prepend(QLatin1Char('0'));
    return CalendarFormat::parseTime(text, end);
}

Error problem(const QString& message)
{
    return Error(ErrorKind::BadInput, message);
}

} // namespace

WeeklyHoursEdit::WeeklyHoursEdit(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Weekly hours"));
    const QLocale locale;
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    for (int day = 0; day < 7; ++day) {
        Day& d = m_days.at(size_t(day));
        const QString name = locale.standaloneDayName(day + 1, QLocale::LongFormat);
        auto* label = new QLabel(name, this);
        d.edit = new QLineEdit(this);
        d.edit->setObjectName(QStringLiteral("hours_%1").arg(QLatin1String(kDayKeys[day])));
        d.edit->setAccessibleName(tr("%1 hours").arg(name));
        d.edit->setPlaceholderText(tr("Closed"));
        d.edit->setToolTip(
            tr("Open intervals such as 09:00–13:00, 14:00–18:00; 24:00 ends the day; "
               "empty means closed"));
        label->setBuddy(d.edit);
        d.total = new QLabel(this);
        d.total->setForegroundRole(QPalette::PlaceholderText);
        d.problem = new FieldMessage(this);
        d.problem->setWordWrap(false);
        auto* status = new QHBoxLayout;
        status->setContentsMargins(0, 0, 0, 0);
        status->addWidget(d.total);
        status->addWidget(d.problem, 1);
        grid->addWidget(label, day, 0);
        grid->addWidget(d.edit, day, 1);
        grid->addLayout(status, day, 2);

        connect(d.edit, &QLineEdit::textChanged, this, [this, day] {
            updateDay(day);
            updateTotal();
            emit weekChanged();
        });
        // Show what was understood once the user moves on.
        connect(d.edit, &QLineEdit::editingFinished, this, [this, day] {
            QLineEdit* edit = dayEdit(day);
            if (auto hours = parseHours(edit->text()); hours && !edit->isReadOnly()) {
                const QString normal = formatHours(hours.value());
                if (normal != edit->text())
                    edit->setText(normal);
            }
        });
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setColumnMinimumWidth(2, fontMetrics().horizontalAdvance(QStringLiteral("00 h 00 min")));

    m_allWeek = new QPushButton(tr("24 \u00d7 7"), this);
    m_allWeek->setObjectName(QStringLiteral("allWeekButton"));
    m_allWeek->setToolTip(tr("Open all day, every day"));
    m_allWeek->setAccessibleName(tr("Open all day, every day"));
    connect(m_allWeek, &QPushButton::clicked, this, [this] {
        fill({{0, kDaySeconds}}, {{0, kDaySeconds}});
    });

    m_weekdays = new QPushButton(tr("Mon–Fri 09:00–18:00"), this);
    m_weekdays->setObjectName(QStringLiteral("weekdaysButton"));
    m_weekdays->setToolTip(tr("Monday to Friday 09:00–18:00, closed at weekends"));
    m_weekdays->setAccessibleName(tr("Monday to Friday 9 to 18"));
    connect(m_weekdays, &QPushButton::clicked, this, [this] { fill({{9 * 3600, 18 * 3600}}, {}); });

    m_weekTotal = new QLabel(this);
    m_weekTotal->setObjectName(QStringLiteral("weekTotal"));
    m_weekTotal->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_allWeek);
    buttons->addWidget(m_weekdays);
    buttons->addStretch(1);
    buttons->addWidget(m_weekTotal);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(grid);
    layout->addLayout(buttons);

    for (int day = 0; day < 7; ++day)
        updateDay(day);
    updateTotal();
}

Result<WeeklyHoursEdit::Week> WeeklyHoursEdit::week() const
{
    Week result;
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        auto hours = parseHours(dayEdit(day)->text());
        if (!hours)
            return Error(ErrorKind::BadInput,
                         tr("%1: %2").arg(locale.standaloneDayName(day + 1, QLocale::LongFormat),
                                          hours.error().message));
        result.at(size_t(day)) = hours.value();
    }
    return result;
}

void WeeklyHoursEdit::setWeek(const Week& week)
{
    for (int day = 0; day < 7; ++day) {
        const QSignalBlocker blocker(dayEdit(day));
        dayEdit(day)->setText(formatHours(week.at(size_t(day))));
        updateDay(day);
    }
    updateTotal();
}

void WeeklyHoursEdit::setReadOnly(bool readOnly)
{
    for (const Day& day : m_days)
        day.edit->setReadOnly(readOnly);
    m_allWeek->setVisible(!readOnly);
    m_weekdays->setVisible(!readOnly);
}

Result<BusinessCalendar::DayHours> WeeklyHoursEdit::parseHours(const QString& text)
{
    static const QRegularExpression interval(
        QStringLiteral(R"(^(\S+?)\s*(?:-|\x{2013}|\x{2014})\s*(\S+)$)"));
    BusinessCalendar::DayHours hours;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")));
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const QRegularExpressionMatch match = interval.match(part);
        if (!match.hasMatch())
            return problem(tr("“%1” is not an interval such as 09:00–18:00").arg(part));
        const std::optional<int> start = parseClock(match.captured(1), false);
        if (!start)
            return problem(tr("%1 is not a time of day").arg(match.captured(1)));
        const std::optional<int> end = parseClock(match.captured(2), true);
        if (!end)
            return problem(tr("%1 is not a time of day").arg(match.captured(2)));
        if (*end <= *start)
            return problem(tr("%1 ends before it starts").arg(part));
        hours.append({*start, *end});
    }
    std::sort(hours.begin(), hours.end(),
              [](const auto& a, const auto& b) { return a.startSecond < b.startSecond; });
    for (qsizetype i = 1; i < hours.size(); ++i) {
        if (hours.at(i).startSecond < hours.at(i - 1).endSecond)
            return problem(tr("%1 overlaps %2")
                               .arg(formatHours({hours.at(i)}), formatHours({hours.at(i - 1)})));
    }
    return hours;
}

QString WeeklyHoursEdit::formatHours(const BusinessCalendar::DayHours& hours)
{
    QStringList parts;
    for (const BusinessCalendar::Interval& interval : hours)
        parts.append(CalendarFormat::formatTime(interval.startSecond) + QChar(0x2013) +
                     CalendarFormat::formatTime(interval.endSecond));
    return parts.join(QStringLiteral(", "));
}

qint64 WeeklyHoursEdit::openSeconds(const BusinessCalendar::DayHours& hours)
{
    qint64 total = 0;
    for (const BusinessCalendar::Interval& interval : hours)
        total += interval.endSecond - interval.startSecond;
    return total;
}

void WeeklyHoursEdit::fill(const BusinessCalendar::DayHours& weekday,
                           const BusinessCalendar::DayHours& weekend)
{
    Week week;
    for (size_t day = 0; day < 7; ++day)
        week.at(day) = day < 5 ? weekday : weekend;
    setWeek(week);
    emit weekChanged();
}

void WeeklyHoursEdit::updateDay(int day)
{
    Day& d = m_days.at(size_t(day));
    const auto hours = parseHours(d.edit->text());
    d.problem->showMessage(hours ? QString() : hours.error().message);
    const qint64 open = hours ? openSeconds(hours.value()) : 0;
    d.total->setText(!hours      ? QString()
                     : open == 0 ? tr("closed")
                                 : DurationEdit::text(open, false));
    d.total->setVisible(hours.ok());
    d.edit->setAccessibleDescription(hours ? QString() : hours.error().message);
}

void WeeklyHoursEdit::updateTotal()
{
    const auto parsed = week();
    if (!parsed) {
        m_weekTotal->clear();
        return;
    }
    qint64 total = 0;
    for (const auto& hours : parsed.value())
        total += openSeconds(hours);
    m_weekTotal->setText(total == 0 ? tr("Closed all week")
                                    : tr("%1 a week").arg(DurationEdit::text(total, false)));
}

} // namespace Switchboard
