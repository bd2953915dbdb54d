// SPDX-License-Identifier: MIT
#include "databaselocation.h"

#include "common/tr.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Switchboard {
namespace {

// Parameters libpq accepts in a connection string that make sense for a
// desktop joining a team server. Anything else is refused, so a typo such
// as "sslmod" is reported instead of silently connecting without TLS.
const QStringList& knownParameters()
{
    static const QStringList names = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("sslpassword"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("passfile"),        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),      QStringLiteral("keepalives_idle"),
        QStringLiteral("options"),         QStringLiteral("service"),
        QStringLiteral("gssencmode"),      QStringLiteral("channel_binding"),
    };
    return names;
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    if (text.trimmed().isEmpty())
        return Error{ErrorKind::Usage, Tr::tr("no database path was given")};
    if (!looksLikeUrl(text)) {
        if (text.contains(QLatin1String("://")))
            return Error{ErrorKind::Usage,
                         Tr::tr("unsupported database URL; use a file path or "
                                "postgresql://user@host:port/database"),
                         text};
        location.m_filePath = QFileInfo(text).absoluteFilePath();
        return location;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error{ErrorKind::Usage,
                     Tr::tr("the database URL is not valid: %1").arg(url.errorString())};
    location.m_backend = SqlBackend::Postgres;
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    location.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/')))
        return Error{ErrorKind::Usage, Tr::tr("the database URL must name one database, as in "
                                              "postgresql://user@host:5432/switchboard")};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // A host may be a Unix socket folder, given as ?host=/run/postgresql.
        if (key == QLatin1String("host")) {
            location.m_host = value;
            continue;
        }
        if (!knownParameters().contains(key))
            return Error{
                ErrorKind::Usage,
                Tr::tr("unknown connection parameter \"%1\" in the database URL").arg(key)};
        location.m_parameters.append({key, value});
    }
    return location;
}

DatabaseLocation DatabaseLocation::server(const QString& host, int port,
                                          const QString& databaseName, const QString& user,
                                          const QList<QPair<QString, QString>>& parameters)
{
    DatabaseLocation location;
    location.m_backend = SqlBackend::Postgres;
    location.m_host = host;
    location.m_port = port;
    location.m_databaseName = databaseName;
    location.m_user = user;
    location.m_parameters = parameters;
    return location;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList options;
    for (const auto& [key, value] : m_parameters)
        options.append(key + QLatin1Char('=') + value);
    return options.join(QLatin1Char(';'));
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgres())
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!m_host.startsWith(QLatin1Char('/')))
        url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    if (m_host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), m_host);
    for (const auto& [key, value] : m_parameters) {
        if (key != QLatin1String("sslpassword"))
            query.addQueryItem(key, value);
    }
    url.setQuery(query);
    return url.toString();
}

} // namespace Switchboard
