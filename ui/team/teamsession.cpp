// SPDX-License-Identifier: MIT
#include "teamsession.h"

#include "common/messagebox.h"
#include "storage/databaselocation.h"
#include "teamconnectiondialog.h"

#include <QApplication>
#include <QProcess>
#include <QSettings>

namespace Switchboard {
namespace {

const QString kSettingKey = QStringLiteral("session/database");

} // namespace

QString TeamSession::storedDatabase()
{
    return QSettings().value(kSettingKey).toString();
}

bool TeamSession::connectToTeam(QWidget* parent, const DatabasePtr& current)
{
    TeamConnectionDialog dialog(parent);
    if (current && current->backend() == SqlBackend::Postgres)
        dialog.setUrl(current->path());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // A password not remembered in the password file reaches the new
    // process through its environment only, never through settings.
    const QString password = dialog.rememberPassword() ? QString() : dialog.password();
    return restartOn(parent, dialog.url(), password);
}

bool TeamSession::useLocalDatabase(QWidget* parent)
{
    return restartOn(parent, Database::defaultPath(), QString());
}

bool TeamSession::restartOn(QWidget* parent, const QString& database, const QString& password)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--db"), database});
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(environment);
    }
    if (!process.startDetached()) {
        MessageBox::critical(parent, tr("Switchboard"), tr("Switchboard could not restart."),
                             process.errorString());
        return false;
    }
    QSettings settings;
    if (DatabaseLocation::looksLikeUrl(database))
        settings.setValue(kSettingKey, database);
    else
        settings.remove(kSettingKey);
    QApplication::closeAllWindows();
    return true;
}

} // namespace Switchboard
