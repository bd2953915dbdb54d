// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

namespace Switchboard::Test {

// A fresh, migrated database in a temporary folder that vanishes with it.
class TempDatabase
{
public:
    TempDatabase();
    bool isValid() const { return m_database != nullptr; }
    QString errorString() const { return m_error; }
    DatabasePtr database() const { return m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dirPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    DatabasePtr m_database;
    QString m_error;
};

} // namespace Switchboard::Test
