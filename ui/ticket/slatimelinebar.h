// SPDX-License-Identifier: MIT
#pragma once

#include "sla/slatimeline.h"

#include <QStringList>
#include <QWidget>

namespace Switchboard {

// A thin bar of a ticket's SLA periods over wall-clock time: running in
// blue, paused hatched grey, stopped plain grey. It only draws; the owner
// lists the same periods in text next to it, so nothing depends on telling
// colours apart, and hovering a segment shows its label.
class SlaTimelineBar : public QWidget
{
    Q_OBJECT

public:
    explicit SlaTimelineBar(QWidget* parent = nullptr);

    // labels: one per period, what its tooltip says.
    void setPeriods(const QList<SlaPeriod>& periods, const QStringList& labels, qint64 nowMs);
    // Moves the end of a period still going on.
    void setNow(qint64 nowMs);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // The span the bar covers: a ticket stopped long ago ends at its stop,
    // not at now, so its history is not squeezed into a sliver.
    std::pair<qint64, qint64> span() const;
    QRectF barRect() const;
    QList<QRectF> segments() const;

    QList<SlaPeriod> m_periods;
    QStringList m_labels;
    qint64 m_nowMs = 0;
};

} // namespace Switchboard
