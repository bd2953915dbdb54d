// SPDX-License-Identifier: MIT
#include "connectionbanner.h"

#include "storage/databasechangewatcher.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Switchboard {

ConnectionBanner::ConnectionBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Warning colours that read in light and dark themes alike: the banner
    // must stand out from everything else in the window.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfb, 0xe3, 0xe1));
    colours.setColor(QPalette::WindowText, QColor(0x5c, 0x0b, 0x05));
    setPalette(colours);
    m_label = new QLabel(
        tr("Connection to the team database was lost. Reconnecting\u2026 Your draft is kept."),
        this);
    m_label->setObjectName(QStringLiteral("connectionBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    // Screen readers announce it like a status message.
    setAccessibleName(tr("Connection status"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    hide();
}

void ConnectionBanner::follow(DatabaseChangeWatcher* watcher)
{
    connect(watcher, &DatabaseChangeWatcher::connectionLost, this, &QWidget::show);
    connect(watcher, &DatabaseChangeWatcher::connectionRestored, this, &QWidget::hide);
    setVisible(watcher->isConnectionLost());
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

} // namespace Switchboard
