// SPDX-License-Identifier: MIT
#include "translationloader.h"

#include "common/uilogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Switchboard {

QLocale TranslationLoader::install(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // English plural forms first; a translation installed later is asked first.
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/switchboard_en.qm")))
        app.installTranslator(plurals);
    else
        delete plurals;

    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        app.installTranslator(own);
        qCInfo(lcUi) << "interface language" << own->language();
    } else {
        delete own; // English, or a language without a catalogue: the source strings.
    }

    auto* qt = new QTranslator(&app);
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory))
        app.installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace Switchboard
