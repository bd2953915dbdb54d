// SPDX-License-Identifier: MIT
#include "slatimelinebar.h"

#include "common/slapresentation.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr int kBarHeight = 8;
constexpr qreal kMinSegmentWidth = 2; // a five-minute pause in a week still shows

} // namespace

SlaTimelineBar::SlaTimelineBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void SlaTimelineBar::setPeriods(const QList<SlaPeriod>& periods, const QStringList& labels,
                                qint64 nowMs)
{
    m_periods = periods;
    m_labels = labels;
    m_nowMs = nowMs;
    update();
}

void SlaTimelineBar::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    update();
}

QSize SlaTimelineBar::sizeHint() const
{
    return {240, kBarHeight + 4};
}

QSize SlaTimelineBar::minimumSizeHint() const
{
    return {60, kBarHeight + 4};
}

std::pair<qint64, qint64> SlaTimelineBar::span() const
{
    if (m_periods.isEmpty())
        return {0, 1};
    const qint64 start = m_periods.first().startMs;
    const SlaPeriod& last = m_periods.last();
    qint64 end = last.endMs.value_or(m_nowMs);
    if (last.kind == SlaPeriod::Stopped && !last.endMs)
        end = last.startMs;
    return {start, std::max(end, start + 1)};
}

QRectF SlaTimelineBar::barRect() const
{
    const qreal top = (height() - kBarHeight) / 2.0;
    return QRectF(0.5, top, width() - 1.0, kBarHeight);
}

QList<QRectF> SlaTimelineBar::segments() const
{
    const auto [start, end] = span();
    const QRectF bar = barRect();
    const qreal scale = bar.width() / qreal(end - start);
    QList<QRectF> result;
    for (const SlaPeriod& period : m_periods) {
        const qint64 from = std::clamp(period.startMs, start, end);
        const qint64 to = std::clamp(period.endMs.value_or(end), start, end);
        qreal left = bar.left() + (from - start) * scale;
        qreal right = bar.left() + (to - start) * scale;
        if (right - left < kMinSegmentWidth) {
            right = std::min(bar.right(), left + kMinSegmentWidth);
            left = right - kMinSegmentWidth;
        }
        result.append(QRectF(left, bar.top(), right - left, bar.height()));
    }
    return result;
}

bool SlaTimelineBar::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QList<QRectF> rects = segments();
        // Later periods are drawn on top, so they answer first.
        for (qsizetype i = rects.size() - 1; i >= 0; --i) {
            if (help->pos().x() >= rects.at(i).left() - 1 &&
                help->pos().x() <= rects.at(i).right() + 1) {
                QToolTip::showText(help->globalPos(), m_labels.value(i), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void SlaTimelineBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    QPainterPath outline;
    outline.addRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
    painter.fillPath(outline, palette().color(QPalette::Midlight));
    if (m_periods.isEmpty())
        return;
    painter.setClipPath(outline);
    const QList<QRectF> rects = segments();
    const QColor hatch = SlaPresentation::periodColor(SlaPeriod::Paused).darker(125);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const SlaPeriod::Kind kind = m_periods.at(i).kind;
        painter.fillRect(rects.at(i), SlaPresentation::periodColor(kind));
        if (kind == SlaPeriod::Paused)
            painter.fillRect(rects.at(i), QBrush(hatch, Qt::BDiagPattern));
    }
    // A stop at the end gets a cap, so "stopped" reads as an end, not a gap.
    const SlaPeriod& last = m_periods.last();
    if (last.kind == SlaPeriod::Stopped && !last.endMs) {
        painter.setClipping(false);
        const QRectF cap(bar.right() - 3, bar.top() - 2, 3, bar.height() + 4);
        painter.fillRect(cap, palette().color(QPalette::Shadow));
    }
}

} // namespace Switchboard
