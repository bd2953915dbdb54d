// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace Switchboard {

// One article as lists show it: everything but the body, so a list of a few
// hundred rows stays small.
struct KbArticleSummary
{
    qint64 id = 0;
    QString title;
    QString lang;
    QString status;
    qint64 categoryId = 0; // 0: none
    qint64 translationOf = 0;
    qint64 updatedAt = 0; // UTC ms
    QDate reviewBy;       // null: no review planned
    int helpfulCount = 0;
    int notHelpfulCount = 0;
    int insertCount = 0;
};

} // namespace Switchboard
