// SPDX-License-Identifier: MIT
#include "ticketexporter.h"

#include "common/timeformat.h"
#include "common/tr.h"
#include "importmapping.h"
#include "recordreader.h"
#include "tickets/ticketexchangerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Switchboard {
namespace {

QString time(const std::optional<qint64>& at)
{
    return at ? isoTimestamp(*at, QTimeZone::utc()) : QString();
}

QString requester(const ExchangeTicket& t)
{
    QString name = t.requesterName;
    if (name.contains(u'"') || name.contains(u'<') || name.contains(u'>'))
        name = QStringLiteral("\"%1\"").arg(name.remove(u'"'));
    return name.isEmpty() ? t.requesterEmail
                          : QStringLiteral("%1 <%2>").arg(name, t.requesterEmail);
}

// The text of every field, in field order, as CSV writes it.
QStringList textFields(const ExchangeTicket& t)
{
    return {t.externalId,
            t.subject,
            t.body,
            requester(t),
            toKey(t.channel),
            toKey(t.type),
            QString::number(t.priority),
            toKey(t.status),
            t.assigneeLogin,
            t.group,
            t.tags.join(QStringLiteral(", ")),
            time(t.createdAt),
            time(t.firstResponseAt),
            time(t.resolvedAt),
            time(t.closedAt),
            t.satisfactionScore ? QString::number(*t.satisfactionScore) : QString(),
            t.satisfactionScore ? t.satisfactionComment : QString()};
}

QJsonObject jsonFields(const ExchangeTicket& t)
{
    const QStringList texts = textFields(t);
    QJsonObject object;
    for (const ImportField field : allImportFields()) {
        const QString& text = texts.at(int(field));
        QJsonValue value = text.isEmpty() ? QJsonValue() : QJsonValue(text);
        if (field == ImportField::Priority)
            value = t.priority;
        else if (field == ImportField::SatisfactionScore && t.satisfactionScore)
            value = *t.satisfactionScore;
        else if (field == ImportField::Tags)
            value = QJsonArray::fromStringList(t.tags);
        object.insert(importFieldKey(field), value);
    }
    return object;
}

} // namespace

TicketExporter::TicketExporter(DatabasePtr database)
    : m_database(std::move(database))
{}

QString TicketExporter::csvField(const QString& text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.contains(u';') || text.contains(u'\t') ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

Result<qint64> TicketExporter::exportTickets(const QString& path, std::optional<qint64> from,
                                             std::optional<qint64> to) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Runtime,
                     Tr::tr("could not write the file: %1").arg(file.errorString()), path};
    const bool json = RecordReader::formatForPath(path) == RecordFormat::JsonLines;
    auto write = [&](const QByteArray& bytes) -> Status {
        if (file.write(bytes) != bytes.size())
            return Error{ErrorKind::Runtime,
                         Tr::tr("could not write the file: %1").arg(file.errorString()), path};
        return {};
    };
    if (!json) {
        QStringList header;
        for (const ImportField field : allImportFields())
            header << importFieldKey(field);
        if (Status s = write(header.join(u',').toUtf8() + "\r\n"); !s)
            return s.error();
    }
    qint64 count = 0;
    Status visited =
        TicketExchangeRepository(m_database)
            .forEachTicket(from, to, [&](const ExchangeTicket& t) -> Status {
                ++count;
                if (json)
                    return write(QJsonDocument(jsonFields(t)).toJson(QJsonDocument::Compact) +
                                 '\n');
                QStringList fields = textFields(t);
                for (QString& field : fields)
                    field = csvField(field);
                return write(fields.join(u',').toUtf8() + "\r\n");
            });
    if (!visited)
        return visited.error();
    if (!file.commit())
        return Error{ErrorKind::Runtime,
                     Tr::tr("could not write the file: %1").arg(file.errorString()), path};
    return count;
}

} // namespace Switchboard
