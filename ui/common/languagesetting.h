// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Switchboard {

// The interface language the user chose in View > Language, kept in
// QSettings and applied at the next start ("" follows the system locale).
class LanguageSetting
{
public:
    static QStringList supported(); // "ru", "zh_CN", "en"
    static bool isSupported(const QString& code);
    static QString stored();
    static void store(const QString& code);
};

} // namespace Switchboard
