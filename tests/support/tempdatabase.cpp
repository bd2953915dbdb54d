// SPDX-License-Identifier: MIT
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Switchboard::Test {
namespace {

// Runs one statement on the server's maintenance database.
Status onMaintenanceDatabase(const QString& statement)
{
    const QUrl url(TempDatabase::postgresServerUrl());
    const QString name =
        QStringLiteral("sb-test-admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            result = Error{ErrorKind::Runtime, db.lastError().text()};
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                result = Error{ErrorKind::Runtime, query.lastError().text()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString TempDatabase::postgresServerUrl()
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES_DIR");
    if (dir.isEmpty())
        return {};
    QFile file(QDir(dir).filePath(QStringLiteral("url")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SWITCHBOARD_TEST_POSTGRES_DIR is set but the test server is not running (%s)",
               qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

Result<QString> TempDatabase::createServerDatabase()
{
    const QString name =
        QStringLiteral("sb_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    if (Status created = onMaintenanceDatabase(QStringLiteral("CREATE DATABASE %1").arg(name));
        !created)
        return created.error();
    QUrl url(postgresServerUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void TempDatabase::dropServerDatabase(const QString& name)
{
    const Status dropped =
        onMaintenanceDatabase(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (!dropped)
        qWarning("could not drop test database %s: %s", qPrintable(name),
                 qPrintable(dropped.error().message));
}

TempDatabase::TempDatabase()
{
    if (!postgresServerUrl().isEmpty()) {
        auto created = createServerDatabase();
        if (!created) {
            m_error = created.error().toString();
            return;
        }
        m_serverUrl = created.value();
        m_serverDatabase = QUrl(m_serverUrl).path().mid(1);
    }
    auto opened = Database::open(path());
    if (opened)
        m_database = opened.value();
    else
        m_error = opened.error().toString();
}

TempDatabase::~TempDatabase()
{
    if (m_serverDatabase.isEmpty())
        return;
    // Other owners (services a test kept) may still hold connections;
    // DROP ... WITH (FORCE) ends them.
    m_database.reset();
    dropServerDatabase(m_serverDatabase);
}

QString TempDatabase::path() const
{
    if (!m_serverUrl.isEmpty())
        return m_serverUrl;
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

} // namespace Switchboard::Test
