// SPDX-License-Identifier: MIT
#include "textfold.h"

namespace Switchboard {

QString foldForSearch(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return folded;
}

QString escapeLike(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

} // namespace Switchboard
