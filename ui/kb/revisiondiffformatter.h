// SPDX-License-Identifier: MIT
#pragma once

#include "kb/revisiondiff.h"

#include <QCoreApplication>
#include <QPalette>

namespace Switchboard {

// Renders a RevisionDiff as rich text for a QTextBrowser, one paragraph per line
// like a unified diff: a "+" or "-" before every changed line and a tinted
// background (Okabe–Ito bluish green and vermilion, mixed into the palette's
// base colour so dark themes stay readable). The sign carries the meaning on
// its own for readers who do not see the colour. Long runs of unchanged
// lines are folded to a few lines of context.
class RevisionDiffFormatter
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::RevisionDiffFormatter)

public:
    explicit RevisionDiffFormatter(const QPalette& palette, int contextLines = 3);

    QString toHtml(const QList<RevisionDiff::Hunk>& hunks) const;
    // "2 lines added, 1 line removed", or that nothing changed.
    static QString summary(const QList<RevisionDiff::Hunk>& hunks);

private:
    QString row(const QString& sign, const QString& text, const QColor& background,
                const QColor& signColor) const;

    QPalette m_palette;
    int m_contextLines;
};

} // namespace Switchboard
