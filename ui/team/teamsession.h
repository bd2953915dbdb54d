// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Switchboard {

// Which database this desktop works on between runs, and switching it.
// The whole window is built around one database, so switching restarts
// Switchboard on the new one rather than rebuilding every view in place.
class TeamSession
{
    Q_DECLARE_TR_FUNCTIONS(TeamSession)

public:
    // The database chosen in the app (File > Connect to Team Database), or
    // empty for the local default. Used when neither --db nor
    // $SWITCHBOARD_DB says otherwise.
    static QString storedDatabase();

    // Asks where the team database is; on Connect remembers it and
    // restarts on it. Returns whether the app is restarting.
    static bool connectToTeam(QWidget* parent, const DatabasePtr& current);
    // Forgets the team database and restarts on the local file.
    static bool useLocalDatabase(QWidget* parent);

private:
    static bool restartOn(QWidget* parent, const QString& database, const QString& password);
};

} // namespace Switchboard
