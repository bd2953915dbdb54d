// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

namespace Switchboard::Test {

// A fresh, migrated database that vanishes with this object: an SQLite file
// in a temporary folder, or, when the test runs as a PostgreSQL variant
// (SWITCHBOARD_TEST_POSTGRES_DIR, set by CTest; see tests/CMakeLists.txt), a
// new database on the throwaway test server, dropped afterwards.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    bool isValid() const { return m_database != nullptr; }
    QString errorString() const { return m_error; }
    DatabasePtr database() const { return m_database; }
    // What Database::open takes: the file path or the server URL.
    QString path() const;
    QString dirPath() const { return m_dir.path(); }
    bool isPostgres() const { return !m_serverDatabase.isEmpty(); }

    // The maintenance URL of the test server, empty when tests run on SQLite.
    static QString postgresServerUrl();
    // Creates an empty database on the test server and returns its URL.
    static Result<QString> createServerDatabase();
    static void dropServerDatabase(const QString& name);

private:
    QTemporaryDir m_dir;
    DatabasePtr m_database;
    QString m_error;
    QString m_serverDatabase;
    QString m_serverUrl;
};

} // namespace Switchboard::Test
