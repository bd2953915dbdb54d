// SPDX-License-Identifier: MIT
#include "slapresentation.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

namespace Switchboard {
namespace {

// Okabe–Ito.
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kVermilion(0xD5, 0x5E, 0x00);
const QColor kGreen(0x00, 0x9E, 0x73);
const QColor kGrey(0x80, 0x80, 0x80);

QPixmap glyph(SlaState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color =
        SlaPresentation::color(state).isValid() ? SlaPresentation::color(state) : kGrey;
    const qreal s = size;
    QPen pen(color, std::max(1.5, s / 9));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    const QRectF box(s * 0.12, s * 0.12, s * 0.76, s * 0.76);
    switch (state) {
    case SlaState::Paused:
        painter.drawLine(QPointF(s * 0.36, s * 0.22), QPointF(s * 0.36, s * 0.78));
        painter.drawLine(QPointF(s * 0.64, s * 0.22), QPointF(s * 0.64, s * 0.78));
        break;
    case SlaState::Met:
        painter.drawPolyline(QPolygonF(
            {QPointF(s * 0.2, s * 0.55), QPointF(s * 0.42, s * 0.76), QPointF(s * 0.8, s * 0.26)}));
        break;
    case SlaState::Warning: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.12);
        triangle.lineTo(s * 0.9, s * 0.86);
        triangle.lineTo(s * 0.1, s * 0.86);
        triangle.closeSubpath();
        painter.setBrush(color);
        painter.drawPath(triangle);
        painter.setPen(QPen(Qt::white, std::max(1.5, s / 10), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.6));
        painter.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    }
    case SlaState::Breached:
        painter.setBrush(color);
        painter.drawEllipse(box);
        painter.setPen(QPen(Qt::white, std::max(1.5, s / 10), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64));
        painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64));
        break;
    case SlaState::Inactive:
        break;
    case SlaState::Running:
    case SlaState::AtGoal:
        // A clock face: running and past goal differ by colour and by text.
        painter.drawEllipse(box);
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.28));
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.66, s * 0.58));
        break;
    }
    return pixmap;
}

} // namespace

QColor SlaPresentation::color(SlaState state)
{
    switch (state) {
    case SlaState::AtGoal:
        return kBlue;
    case SlaState::Warning:
        return kOrange;
    case SlaState::Breached:
        return kVermilion;
    case SlaState::Met:
        return kGreen;
    case SlaState::Inactive:
    case SlaState::Running:
    case SlaState::Paused:
        break;
    }
    return {};
}

QIcon SlaPresentation::icon(SlaState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it == cache.end()) {
        QIcon icon;
        if (state != SlaState::Inactive) {
            for (int size : {16, 24, 32, 48})
                icon.addPixmap(glyph(state, size));
        }
        it = cache.insert(int(state), icon);
    }
    return *it;
}

QString SlaPresentation::duration(qint64 seconds)
{
    const QLocale locale;
    const qint64 minutes = std::abs(seconds) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 == 0
                   ? tr("%1 h").arg(locale.toString(hours))
                   : tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes % 60));
    }
    return hours % 24 == 0
               ? tr("%1 d").arg(locale.toString(hours / 24))
               : tr("%1 d %2 h").arg(locale.toString(hours / 24), locale.toString(hours % 24));
}

QString SlaPresentation::timeLeft(qint64 businessSeconds)
{
    if (businessSeconds < 0)
        return tr("%1 over").arg(duration(-businessSeconds));
    const qint64 minutes = businessSeconds / 60;
    if (minutes < 24 * 60) {
        return tr("%1:%2 left").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 left").arg(duration(businessSeconds));
}

QString SlaPresentation::wallClock(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
                              QLocale::ShortFormat);
}

QString SlaPresentation::wallClockNear(qint64 utcMs, qint64 referenceMs)
{
    // Deadlines are minutes apart at best; some locales' short format (C's
    // among them) still carries seconds, which only add noise.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s{1,2}"));
    const QLocale locale;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    const QString time = locale.toString(
        local.time(), locale.timeFormat(QLocale::ShortFormat).remove(seconds).trimmed());
    if (local.date() == QDateTime::fromMSecsSinceEpoch(referenceMs).toLocalTime().date())
        return time;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QString SlaPresentation::crossingText(SlaMetric metric, SlaCrossing::Kind kind)
{
    switch (kind) {
    case SlaCrossing::Kind::Goal:
        switch (metric) {
        case SlaMetric::FirstResponse:
            return tr("first response past its goal");
        case SlaMetric::NextResponse:
            return tr("next response past its goal");
        case SlaMetric::Resolution:
            break;
        }
        return tr("resolution past its goal");
    case SlaCrossing::Kind::Warning:
        switch (metric) {
        case SlaMetric::FirstResponse:
            return tr("first response due soon");
        case SlaMetric::NextResponse:
            return tr("next response due soon");
        case SlaMetric::Resolution:
            break;
        }
        return tr("resolution due soon");
    case SlaCrossing::Kind::Breach:
        break;
    }
    switch (metric) {
    case SlaMetric::FirstResponse:
        return tr("first response breached");
    case SlaMetric::NextResponse:
        return tr("next response breached");
    case SlaMetric::Resolution:
        break;
    }
    return tr("resolution breached");
}

QColor SlaPresentation::periodColor(SlaPeriod::Kind kind)
{
    switch (kind) {
    case SlaPeriod::Running:
        // Okabe–Ito sky blue, lighter than the "at goal" blue: a running
        // clock is normal, not news.
        return QColor(0x56, 0xB4, 0xE9);
    case SlaPeriod::Paused:
        return QColor(0xB0, 0xB0, 0xB0);
    case SlaPeriod::Stopped:
        break;
    }
    return QColor(0xD8, 0xD8, 0xD8);
}

SlaSummary SlaSummary::of(const TicketSla& sla, qint64 nowMs, const BusinessCalendar& calendar)
{
    SlaSummary summary;
    summary.calendar = sla.calendar;
    if (!sla.hasPolicy())
        return summary;
    std::optional<SlaMetric> chosen = sla.mostUrgent();
    if (!chosen) {
        // No clock runs: a paused one with the least time left, else the
        // metric that finished last.
        for (int i = 0; i < kSlaMetricCount; ++i) {
            const SlaMetricState& metric = sla.state.metrics[size_t(i)];
            if (metric.phase == SlaPhase::Paused &&
                (!chosen || sla.state[*chosen].phase != SlaPhase::Paused ||
                 metric.secondsLeft < sla.state[*chosen].secondsLeft))
                chosen = SlaMetric(i);
            else if (metric.phase == SlaPhase::Finished && !chosen)
                chosen = SlaMetric(i);
        }
    }
    if (!chosen)
        return summary;
    summary.measured = true;
    summary.metric = *chosen;
    summary.state = sla.metricAt(*chosen, nowMs, calendar);
    return summary;
}

} // namespace Switchboard
