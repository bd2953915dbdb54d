// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace Switchboard {

// A knowledge-base article as stored in the articles table.
struct Article
{
    qint64 id = 0;
    QString title;
    QString body;                             // Markdown
    QString lang = QStringLiteral("en");      // ru, zh or en
    QString status = QStringLiteral("draft"); // draft, published or archived
    qint64 categoryId = 0;                    // 0: none
    QString tags;                             // comma-separated
    qint64 authorId = 0;                      // 0: none
    qint64 translationOf = 0;
    QDate reviewBy;       // null: no review planned
    qint64 createdAt = 0; // UTC ms
    qint64 updatedAt = 0;
};

} // namespace Switchboard
