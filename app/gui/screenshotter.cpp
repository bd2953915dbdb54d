// SPDX-License-Identifier: MIT
#include "screenshotter.h"

#include "common/mainwindow.h"
#include "common/uilogging.h"
#include "dashboards/dashboardview.h"
#include "queue/ticketqueuemodel.h"
#include "ticket/ticketpane.h"

#include <QPixmap>
#include <QTimer>

namespace Switchboard {

Screenshotter::Screenshotter(MainWindow& window, QString file)
    : QObject(&window)
    , m_window(window)
    , m_file(std::move(file))
{
    connect(window.queueModel(), &TicketQueueModel::loadingFinished, this, [this] {
        if (m_done)
            return;
        m_done = true;
        if (m_window.ticketPane()->ticketId() == 0)
            m_window.selectRow(0);
        // Let the pane lay out its conversation before it is painted.
        QMetaObject::invokeMethod(this, &Screenshotter::capture, Qt::QueuedConnection);
    });
}

void Screenshotter::capture()
{
    // The dashboards compute on a worker: wait until every chart has its figures.
    const DashboardView* dashboards = m_window.dashboardView();
    if (m_window.currentArea() == Area::Dashboards && dashboards && dashboards->isLoading() &&
        ++m_waits < kMaxWaits) {
        QTimer::singleShot(100, this, &Screenshotter::capture);
        return;
    }
    const bool ok = m_window.grab().save(m_file);
    if (ok)
        qCInfo(lcUi) << "screenshot saved to" << m_file;
    else
        qCCritical(lcUi) << "cannot save the screenshot to" << m_file;
    emit saved(ok);
}

} // namespace Switchboard
