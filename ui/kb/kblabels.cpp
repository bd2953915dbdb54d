// SPDX-License-Identifier: MIT
#include "kblabels.h"

namespace Switchboard {

QStringList KbLabels::languages()
{
    return {QStringLiteral("ru"), QStringLiteral("zh"), QStringLiteral("en")};
}

QStringList KbLabels::statuses()
{
    return {QStringLiteral("published"), QStringLiteral("draft"), QStringLiteral("archived")};
}

QString KbLabels::languageName(const QString& lang)
{
    if (lang == QLatin1String("ru"))
        return tr("Russian");
    if (lang == QLatin1String("zh"))
        return tr("Chinese");
    if (lang == QLatin1String("en"))
        return tr("English");
    return lang;
}

QString KbLabels::languageMark(const QString& lang)
{
    return lang.toUpper();
}

QString KbLabels::statusName(const QString& status)
{
    if (status == QLatin1String("published"))
        return tr("Published");
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

} // namespace Switchboard
