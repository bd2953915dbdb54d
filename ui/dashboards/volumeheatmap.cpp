// SPDX-License-Identifier: MIT
#include "volumeheatmap.h"

#include "dashboardformat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Switchboard {
namespace {

constexpr int kDays = 7;
constexpr int kHours = 24;
constexpr int kMargin = 4;
constexpr int kLegendHeight = 12;

// ColorBrewer "Blues", lightest to darkest: sequential and colour-blind safe.
const QColor kLight(0xF7, 0xFB, 0xFF);
const QColor kDark(0x08, 0x30, 0x6B);

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor textOn(const QColor& background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance < 0.5 ? Qt::white : Qt::black;
}

QString dayName(int weekday, QLocale::FormatType format)
{
    return QLocale().dayName(weekday + 1, format);
}

} // namespace

VolumeHeatmap::VolumeHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Tickets created by weekday and hour"));
    updateDescription();
}

void VolumeHeatmap::setVolume(const Grid& volume, const QString& zoneName)
{
    m_volume = volume;
    m_zoneName = zoneName;
    m_max = 0;
    m_total = 0;
    for (const auto& day : m_volume) {
        for (const qint64 count : day) {
            m_max = std::max(m_max, count);
            m_total += count;
        }
    }
    updateDescription();
    update();
}

void VolumeHeatmap::setStaffing(const std::optional<StaffingReport>& staffing)
{
    m_staffing = staffing;
    updateGeometry();
    updateDescription();
    update();
}

const StaffingSlot* VolumeHeatmap::slot(int weekday, int hour) const
{
    return m_staffing ? &m_staffing->slot(weekday + 1, hour) : nullptr;
}

bool VolumeHeatmap::isUnderstaffed(int weekday, int hour) const
{
    const StaffingSlot* s = slot(weekday, hour);
    return s && s->agentsNeeded && s->agentsAvailable && *s->agentsAvailable < *s->agentsNeeded;
}

QString VolumeHeatmap::staffingText(int weekday, int hour) const
{
    const StaffingSlot* s = slot(weekday, hour);
    if (!s || !s->agentsNeeded)
        return {};
    const QLocale locale;
    return tr("%1/%2", "agents needed/available in a heatmap cell")
        .arg(locale.toString(*s->agentsNeeded),
             locale.toString(std::lround(s->agentsAvailable.value_or(0))));
}

QString VolumeHeatmap::cellText(int weekday, int hour) const
{
    const QString hours = QStringLiteral("%1:00–%2:00")
                              .arg(hour, 2, 10, QLatin1Char('0'))
                              .arg(hour + 1, 2, 10, QLatin1Char('0'));
    QString text = tr("%1, %2: %Ln ticket(s)", "weekday, hours: count", int(count(weekday, hour)))
                       .arg(dayName(weekday, QLocale::LongFormat), hours);
    const StaffingSlot* s = slot(weekday, hour);
    if (s && s->arrivalsPerHour) {
        const QLocale locale;
        text += u'\n' + tr("Arrivals: %1 per hour", "tickets created per hour of this slot")
                            .arg(locale.toString(*s->arrivalsPerHour, 'f', 1));
        text += u'\n' + tr("Agents needed: %1 (Erlang C)")
                            .arg(s->agentsNeeded ? locale.toString(*s->agentsNeeded)
                                                 : DashboardFormat::notAvailable());
        text += u'\n' + tr("Agents available: %1 on average")
                            .arg(s->agentsAvailable ? locale.toString(*s->agentsAvailable, 'f', 1)
                                                    : DashboardFormat::notAvailable());
        if (isUnderstaffed(weekday, hour))
            text += u'\n' + tr("Fewer agents available than needed");
    }
    return text;
}

VolumeHeatmap::Geometry VolumeHeatmap::geometry() const
{
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (int day = 0; day < kDays; ++day)
        labelWidth =
            std::max(labelWidth, metrics.horizontalAdvance(dayName(day, QLocale::ShortFormat)));
    Geometry g;
    g.left = kMargin + labelWidth + kMargin;
    g.top = kMargin + metrics.height() + 2;
    int legendSpace = kLegendHeight + metrics.height() + 3 * kMargin;
    if (m_staffing)
        legendSpace += metrics.height() + kMargin;
    g.cellWidth = std::max(1.0, double(width() - g.left - kMargin) / kHours);
    g.cellHeight = std::max(1.0, double(height() - g.top - legendSpace) / kDays);
    const int gridBottom = g.top + int(std::lround(g.cellHeight * kDays));
    g.legend = QRect(g.left, gridBottom + 2 * kMargin, std::min(240, int(g.cellWidth * kHours)),
                     kLegendHeight);
    return g;
}

QRect VolumeHeatmap::cellRect(int weekday, int hour) const
{
    const Geometry g = geometry();
    const int x0 = g.left + int(std::lround(hour * g.cellWidth));
    const int x1 = g.left + int(std::lround((hour + 1) * g.cellWidth));
    const int y0 = g.top + int(std::lround(weekday * g.cellHeight));
    const int y1 = g.top + int(std::lround((weekday + 1) * g.cellHeight));
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QColor VolumeHeatmap::cellColor(qint64 count) const
{
    if (m_max <= 0)
        return kLight;
    return mix(kLight, kDark, double(count) / double(m_max));
}

QSize VolumeHeatmap::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int cell = metrics.horizontalAdvance(QStringLiteral("0000")) + 4;
    return {kMargin * 3 + metrics.horizontalAdvance(QStringLiteral("Wed")) + kHours * cell,
            metrics.height() * 4 + kLegendHeight + kMargin * 6 +
                kDays * (2 * metrics.height() + 4)};
}

QSize VolumeHeatmap::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {kMargin * 3 + metrics.horizontalAdvance(QStringLiteral("Wed")) + kHours * 14,
            metrics.height() * 3 + kLegendHeight + kMargin * 5 + kDays * 14};
}

void VolumeHeatmap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const Geometry g = geometry();
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::WindowText);
    const QLocale locale;

    painter.setPen(text);
    for (int hour = 0; hour < kHours; ++hour) {
        const QRect cell = cellRect(0, hour);
        // Every hour when there is room, else every third.
        if (g.cellWidth < metrics.horizontalAdvance(QStringLiteral("00")) + 4 && hour % 3 != 0)
            continue;
        painter.drawText(QRect(cell.left(), kMargin, cell.width(), metrics.height()),
                         Qt::AlignCenter, locale.toString(hour));
    }
    for (int day = 0; day < kDays; ++day) {
        const QRect cell = cellRect(day, 0);
        painter.drawText(QRect(kMargin, cell.top(), g.left - 2 * kMargin, cell.height()),
                         Qt::AlignVCenter | Qt::AlignLeading, dayName(day, QLocale::ShortFormat));
    }

    // Numbers shrink to fit the cell; past a smallest size they give way to
    // the colour and the tooltip. With a staffing plan a cell holds two
    // lines, the count over "needed/available"; when two do not fit, the count.
    QFont numberFont = font();
    QString widest = locale.toString(std::max<qint64>(m_max, 10));
    int lines = 1;
    if (m_staffing) {
        lines = 2;
        for (int day = 0; day < kDays; ++day)
            for (int hour = 0; hour < kHours; ++hour)
                if (staffingText(day, hour).size() > widest.size())
                    widest = staffingText(day, hour);
    }
    auto fits = [&](const QFont& f, int rows, double slack) {
        const QFontMetrics m(f);
        return m.horizontalAdvance(widest) <= g.cellWidth - 3 &&
               rows * m.height() <= g.cellHeight + slack;
    };
    auto shrink = [&](int rows) {
        qreal pointSize = font().pointSizeF();
        while (pointSize > 6.0) {
            numberFont.setPointSizeF(pointSize);
            if (fits(numberFont, rows, 0))
                return true;
            pointSize -= 0.5;
        }
        return fits(numberFont, rows, 2);
    };
    bool numbers = shrink(lines);
    if (!numbers && lines == 2) {
        lines = 1;
        widest = locale.toString(std::max<qint64>(m_max, 10));
        numbers = shrink(1);
    }
    painter.setFont(numberFont);
    const QColor shortage = DashboardFormat::vermilion();
    for (int day = 0; day < kDays; ++day) {
        for (int hour = 0; hour < kHours; ++hour) {
            const QRect cell = cellRect(day, hour);
            const qint64 value = count(day, hour);
            const QColor fill = cellColor(value);
            const QRect inner = cell.adjusted(0, 0, -1, -1);
            painter.fillRect(inner, fill);
            if (numbers) {
                painter.setPen(textOn(fill));
                if (lines == 2) {
                    const QRect top(inner.left(), inner.top(), inner.width(), inner.height() / 2);
                    const QRect bottom(inner.left(), top.bottom() + 1, inner.width(),
                                       inner.height() - top.height());
                    painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom,
                                     locale.toString(value));
                    painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop,
                                     staffingText(day, hour));
                } else {
                    painter.drawText(inner, Qt::AlignCenter, locale.toString(value));
                }
            }
            if (isUnderstaffed(day, hour)) {
                painter.setPen(QPen(shortage, 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(inner).adjusted(1, 1, -1, -1));
            }
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(m_currentDay, m_currentHour).adjusted(1, 1, -2, -2));
    }

    // The scale: 0 on the left, the busiest cell on the right.
    painter.setFont(font());
    QLinearGradient gradient(g.legend.topLeft(), g.legend.topRight());
    gradient.setColorAt(0, kLight);
    gradient.setColorAt(1, kDark);
    painter.fillRect(g.legend, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(g.legend.adjusted(0, 0, -1, -1));
    painter.setPen(text);
    const int labelTop = g.legend.bottom() + 2;
    painter.drawText(QRect(g.legend.left(), labelTop, g.legend.width(), metrics.height()),
                     Qt::AlignLeading | Qt::AlignTop, locale.toString(0));
    painter.drawText(QRect(g.legend.left(), labelTop, g.legend.width(), metrics.height()),
                     Qt::AlignTrailing | Qt::AlignTop, locale.toString(m_max));
    const QRect caption(g.legend.right() + 2 * kMargin, g.legend.top() - metrics.height() / 2,
                        width() - g.legend.right() - 3 * kMargin, 2 * metrics.height());
    const QString captionText =
        tr("summed over the period, %Ln ticket(s) in all · %1", "", int(m_total)).arg(m_zoneName);
    painter.drawText(caption, Qt::AlignLeading | Qt::AlignVCenter,
                     metrics.elidedText(captionText, Qt::ElideRight, caption.width()));

    if (m_staffing) {
        // The overlay's key: a framed sample cell, then what the numbers mean.
        const int top = labelTop + metrics.height() + kMargin;
        const QRect sample(g.legend.left(), top + 1, metrics.height() - 2, metrics.height() - 2);
        painter.setPen(QPen(shortage, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(sample);
        painter.setPen(text);
        const QRect key(sample.right() + 2 * kMargin, top, width() - sample.right() - 3 * kMargin,
                        metrics.height());
        const QString keyText =
            tr("under the count: agents needed/available (Erlang C, %1 % answered within %2 "
               "min); framed: fewer available than needed")
                .arg(locale.toString(qRound(m_staffing->targetServiceLevel * 100)))
                .arg(locale.toString(qRound(m_staffing->answerWithinSeconds / 60)));
        painter.drawText(key, Qt::AlignLeading | Qt::AlignVCenter,
                         metrics.elidedText(keyText, Qt::ElideRight, key.width()));
    }
}

bool VolumeHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (int day = 0; day < kDays; ++day) {
            for (int hour = 0; hour < kHours; ++hour) {
                if (cellRect(day, hour).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), cellText(day, hour), this,
                                       cellRect(day, hour));
                    return true;
                }
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void VolumeHeatmap::keyPressEvent(QKeyEvent* event)
{
    int day = m_currentDay;
    int hour = m_currentHour;
    switch (event->key()) {
    case Qt::Key_Left:
        hour = std::max(0, hour - 1);
        break;
    case Qt::Key_Right:
        hour = std::min(kHours - 1, hour + 1);
        break;
    case Qt::Key_Up:
        day = std::max(0, day - 1);
        break;
    case Qt::Key_Down:
        day = std::min(kDays - 1, day + 1);
        break;
    case Qt::Key_Home:
        hour = 0;
        break;
    case Qt::Key_End:
        hour = kHours - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_currentDay = day;
    m_currentHour = hour;
    updateDescription();
    const QRect cell = cellRect(day, hour);
    QToolTip::showText(mapToGlobal(cell.bottomLeft()), cellText(day, hour), this, cell);
    update();
}

void VolumeHeatmap::mousePressEvent(QMouseEvent* event)
{
    for (int day = 0; day < kDays; ++day) {
        for (int hour = 0; hour < kHours; ++hour) {
            if (cellRect(day, hour).contains(event->position().toPoint())) {
                m_currentDay = day;
                m_currentHour = hour;
                updateDescription();
                update();
            }
        }
    }
    QWidget::mousePressEvent(event);
}

void VolumeHeatmap::updateDescription()
{
    int busiestDay = 0;
    int busiestHour = 0;
    for (int day = 0; day < kDays; ++day) {
        for (int hour = 0; hour < kHours; ++hour) {
            if (count(day, hour) > count(busiestDay, busiestHour)) {
                busiestDay = day;
                busiestHour = hour;
            }
        }
    }
    setAccessibleDescription(
        tr("Current cell: %1. Busiest: %2.")
            .arg(cellText(m_currentDay, m_currentHour), cellText(busiestDay, busiestHour)));
}

} // namespace Switchboard
