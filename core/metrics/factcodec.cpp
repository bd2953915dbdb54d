// SPDX-License-Identifier: MIT
#include "factitem.h"

#include <cstring>

namespace Switchboard::FactCodec {
namespace {

bool validKind(quint8 kind)
{
    return kind >= quint8(FactItem::Kind::Created) && kind <= quint8(FactItem::Kind::SlaLimit);
}

// Skips `count` varints from pos; false at a malformed end.
bool skipVarints(const char* data, qsizetype size, qsizetype& pos, int count)
{
    quint64 ignored = 0;
    for (int i = 0; i < count; ++i) {
        if (!readVarint(data, size, pos, ignored))
            return false;
    }
    return true;
}

// The end of the item that starts with its kind byte at pos; -1 when malformed.
qsizetype hourItemEnd(const char* data, qsizetype size, qsizetype pos)
{
    if (pos >= size || !validKind(quint8(data[pos])))
        return -1;
    const auto kind = FactItem::Kind(quint8(data[pos]));
    qsizetype end = pos + 1;
    const int length = payloadLength(kind, data, size, end);
    if (length < 0 || !skipVarints(data, size, end, length))
        return -1;
    return end;
}

} // namespace

void appendVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const char* data, qsizetype size, qsizetype& pos, quint64& value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= size)
            return false;
        const auto byte = quint8(data[pos++]);
        value |= quint64(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return true;
    }
    return false;
}

int payloadLength(FactItem::Kind kind, const char* data, qsizetype size, qsizetype pos)
{
    switch (kind) {
    case FactItem::Kind::Created: {
        quint64 offset = 0;
        quint64 toggles = 0;
        if (!readVarint(data, size, pos, offset) || !readVarint(data, size, pos, toggles) ||
            toggles > 1u << 20)
            return -1;
        return 2 + int(toggles);
    }
    case FactItem::Kind::FirstResponse:
    case FactItem::Kind::Response:
    case FactItem::Kind::SlaDone:
        return 1;
    case FactItem::Kind::Resolution:
        return 8;
    case FactItem::Kind::ResolutionReopened:
        return 12;
    case FactItem::Kind::Reopened:
        return 0;
    case FactItem::Kind::SlaLimit:
        return 2;
    }
    return -1;
}

QByteArray encodeTicketItems(const QList<FactItem>& items)
{
    QByteArray out;
    for (const FactItem& item : items) {
        appendVarint(out, quint64(item.hour));
        appendHourItem(out, item);
    }
    return out;
}

bool decodeTicketItems(const QByteArray& bytes, QList<FactItem>& items)
{
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        quint64 hour = 0;
        if (!readVarint(data, size, pos, hour))
            return false;
        const qsizetype end = hourItemEnd(data, size, pos);
        if (end < 0)
            return false;
        items.append(FactItem{qint64(hour), FactItem::Kind(quint8(data[pos])),
                              QByteArray(data + pos + 1, end - pos - 1)});
        pos = end;
    }
    return true;
}

void appendHourItem(QByteArray& out, const FactItem& item)
{
    out.append(char(item.kind));
    out.append(item.payload);
}

bool removeHourItem(QByteArray& bytes, const FactItem& item)
{
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype end = hourItemEnd(data, size, pos);
        if (end < 0)
            return false;
        if (quint8(data[pos]) == quint8(item.kind) && end - pos - 1 == item.payload.size() &&
            std::memcmp(data + pos + 1, item.payload.constData(), size_t(item.payload.size())) ==
                0) {
            bytes.remove(pos, end - pos);
            return true;
        }
        pos = end;
    }
    return false;
}

int openDelta(FactItem::Kind kind)
{
    switch (kind) {
    case FactItem::Kind::Created:
    case FactItem::Kind::Reopened:
        return 1;
    case FactItem::Kind::Resolution:
    case FactItem::Kind::ResolutionReopened:
        return -1;
    default:
        return 0;
    }
}

} // namespace Switchboard::FactCodec
