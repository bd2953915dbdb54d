// SPDX-License-Identifier: MIT
#include "pgpassfile.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace Switchboard {

QString PgPassFile::defaultPath()
{
    const QString configured = qEnvironmentVariable("PGPASSFILE");
    if (!configured.isEmpty())
        return configured;
    return QDir::home().filePath(QStringLiteral(".pgpass"));
}

QString PgPassFile::escape(const QString& field)
{
    QString escaped = field;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return escaped;
}

Status PgPassFile::store(const QString& path, const QString& host, int port,
                         const QString& database, const QString& user, const QString& password)
{
    // libpq matches "localhost" for Unix sockets; an empty host means them.
    const QString key =
        QStringList{escape(host.isEmpty() ? QStringLiteral("localhost") : host),
                    QString::number(port > 0 ? port : 5432), escape(database), escape(user)}
            .join(QLatin1Char(':')) +
        QLatin1Char(':');
    QStringList lines;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error{ErrorKind::Runtime,
                         Tr::tr("cannot read the password file: %1").arg(existing.errorString()),
                         path};
        for (const QString& line : QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(key))
                lines.append(line);
        }
        existing.close();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    lines.append(key + escape(password));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot write the password file: %1").arg(file.errorString()), path};
    // Owner-only before anything is written, so the password is never
    // readable by others, not even for a moment.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!file.commit())
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot write the password file: %1").arg(file.errorString()), path};
    return {};
}

} // namespace Switchboard
