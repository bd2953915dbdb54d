// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Switchboard::Cli {

// Reports the progress of a long command on stderr: a live percentage on a
// terminal, otherwise one line per 10 % so logs of scripted runs stay short.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QString label);
    void update(qint64 done, qint64 total);

private:
    QString m_label;
    bool m_terminal;
    int m_lastPercent = -1;
};

} // namespace Switchboard::Cli
