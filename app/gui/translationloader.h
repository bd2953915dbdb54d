// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Switchboard {

// Chooses the interface language and installs Switchboard's translations
// (embedded under :/i18n) and Qt's own (standard dialogs, context menus).
class TranslationLoader
{
public:
    // language: "ru", "zh_CN", "en", or empty for the system locale. Also makes
    // the chosen locale the default, so numbers and dates follow the language.
    static QLocale install(QCoreApplication& app, const QString& language);
};

} // namespace Switchboard
