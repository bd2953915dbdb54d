// SPDX-License-Identifier: MIT
#include "jsonlinesreader.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Switchboard {
namespace {

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << scalarText(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace

Result<std::unique_ptr<JsonLinesReader>> JsonLinesReader::open(std::unique_ptr<TextSource> source)
{
    std::unique_ptr<JsonLinesReader> reader(new JsonLinesReader(std::move(source)));
    QString line;
    qint64 number = 0;
    auto found = reader->nextLine(line, number);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorKind::BadInput, Tr::tr("the file is empty"), reader->location(1)};
    auto object = reader->parse(line, number);
    if (!object)
        return object.error();
    SourceRecord first{{}, number};
    for (auto it = object->begin(); it != object->end(); ++it) {
        reader->m_columns.insert(it.key(), int(reader->m_header.size()));
        reader->m_header << it.key();
        first.values << scalarText(it.value());
    }
    reader->m_first = std::move(first);
    return reader;
}

Result<bool> JsonLinesReader::next(SourceRecord& record)
{
    if (m_first) {
        record = std::move(*m_first);
        m_first.reset();
        return true;
    }
    QString line;
    auto found = nextLine(line, record.line);
    if (!found || !found.value())
        return found;
    auto object = parse(line, record.line);
    if (!object)
        return object.error();
    record.values = QStringList(m_header.size(), QString());
    for (auto it = object->begin(); it != object->end(); ++it) {
        const auto column = m_columns.constFind(it.key());
        if (column != m_columns.cend())
            record.values[column.value()] = scalarText(it.value());
    }
    return true;
}

Result<bool> JsonLinesReader::nextLine(QString& line, qint64& number)
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf(u'\n', m_pos);
        if (end < 0 && !m_sourceEnded) {
            m_dropped += m_pos;
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            auto more = readMore(m_buffer);
            if (!more)
                return Error{more.error().kind, more.error().message, location(m_line + 1)};
            m_sourceEnded = !more.value();
            continue;
        }
        if (end < 0 && m_pos >= m_buffer.size())
            return false;
        const qsizetype stop = end < 0 ? m_buffer.size() : end;
        line = QStringView(m_buffer).mid(m_pos, stop - m_pos).trimmed().toString();
        m_pos = stop + 1;
        number = ++m_line;
        if (!line.isEmpty())
            return true;
    }
}

Result<QJsonObject> JsonLinesReader::parse(const QString& line, qint64 number) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorKind::BadInput,
                     Tr::tr("not valid JSON: %1 at character %2")
                         .arg(error.errorString())
                         .arg(error.offset + 1),
                     location(number)};
    if (!document.isObject())
        return Error{ErrorKind::BadInput, Tr::tr("each line must be one JSON object"),
                     location(number)};
    return document.object();
}

} // namespace Switchboard
