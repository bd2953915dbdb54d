// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "sqlbackend.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Switchboard {

// Where a Switchboard database lives: an SQLite file (the default) or a
// shared PostgreSQL database named by a URL,
// postgresql://[user[:password]@][host][:port][/dbname][?key=value&...].
// Query parameters are libpq's (sslmode, sslrootcert, connect_timeout, ...)
// and are passed through unchanged, so TLS and ~/.pgpass work as with psql.
class DatabaseLocation
{
public:
    static bool looksLikeUrl(const QString& text);
    static Result<DatabaseLocation> parse(const QString& text);
    // A server location from its parts, as the connection dialog has them.
    static DatabaseLocation server(const QString& host, int port, const QString& databaseName,
                                   const QString& user,
                                   const QList<QPair<QString, QString>>& parameters = {});

    SqlBackend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == SqlBackend::Postgres; }

    // SQLite: the absolute file path.
    QString filePath() const { return m_filePath; }

    // PostgreSQL parts; empty host or port leave libpq's defaults.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    const QList<QPair<QString, QString>>& parameters() const { return m_parameters; }
    // The parameters as QPSQL connect options ("key=value;key=value").
    QString connectOptions() const;

    // For titles and logs: the file path, or the URL without its password.
    QString displayName() const;

private:
    SqlBackend m_backend = SqlBackend::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace Switchboard
