// SPDX-License-Identifier: MIT
#include "progressprinter.h"

#include <cstdio>
#include <unistd.h>

namespace Switchboard::Cli {

ProgressPrinter::ProgressPrinter(QString label)
    : m_label(std::move(label))
    , m_terminal(isatty(fileno(stderr)) == 1)
{}

void ProgressPrinter::update(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(done * 100 / total);
    if (m_terminal) {
        if (percent == m_lastPercent)
            return;
        std::fprintf(stderr, "\r%s: %d %%", qPrintable(m_label), percent);
        if (done >= total)
            std::fputc('\n', stderr);
    } else {
        if (m_lastPercent >= 0 && percent / 10 == m_lastPercent / 10)
            return;
        std::fprintf(stderr, "%s: %d %%\n", qPrintable(m_label), percent / 10 * 10);
    }
    std::fflush(stderr);
    m_lastPercent = percent;
}

} // namespace Switchboard::Cli
