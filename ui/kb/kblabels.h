// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Switchboard {

// Display names of the knowledge base's stored keys (languages, statuses),
// shared by the knowledge view and the article editor so both use the same
// words.
class KbLabels
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::KbLabels)

public:
    // The article languages, in the order combo boxes list them.
    static QStringList languages();
    static QStringList statuses();
    // "Russian", translated; the key itself for an unknown one.
    static QString languageName(const QString& lang);
    // "RU": the short mark results show next to the title.
    static QString languageMark(const QString& lang);
    static QString statusName(const QString& status);
};

} // namespace Switchboard
