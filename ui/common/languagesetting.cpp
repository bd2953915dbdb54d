// SPDX-License-Identifier: MIT
#include "languagesetting.h"

#include <QSettings>

namespace Switchboard {
namespace {

const QString kKey = QStringLiteral("ui/language");

} // namespace

QStringList LanguageSetting::supported()
{
    return {QStringLiteral("ru"), QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool LanguageSetting::isSupported(const QString& code)
{
    return supported().contains(code);
}

QString LanguageSetting::stored()
{
    const QString code = QSettings().value(kKey).toString();
    return isSupported(code) ? code : QString();
}

void LanguageSetting::store(const QString& code)
{
    QSettings settings;
    if (isSupported(code))
        settings.setValue(kKey, code);
    else
        settings.remove(kKey);
}

} // namespace Switchboard
