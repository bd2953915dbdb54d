// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace Switchboard {

class MainWindow;

// --screenshot FILE: once the first page of the queue has arrived, opens the
// first ticket (unless --ticket chose one), saves the window as an image and quits. Used for the
// docs.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(MainWindow& window, QString file);

signals:
    void saved(bool ok);

private:
    void capture();

    MainWindow& m_window;
    QString m_file;
    bool m_done = false;
    static constexpr int kMaxWaits = 600; // a minute
    int m_waits = 0;
};

} // namespace Switchboard
