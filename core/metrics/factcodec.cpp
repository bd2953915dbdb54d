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
qsizetype itemEnd(const char* data, qsizetype size, qsizetype pos, bool hourStream)
{
    if (pos >= size || !validKind(quint8(data[pos])))
        return -1;
    const auto kind = FactItem::Kind(quint8(data[pos]));
    qsizetype end = pos + 1;
    const int length = payloadLength(kind, data, size, end, hourStream);
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

// A plain resolution's payload split into what stays in the hour's bytes
// (the working time) and what goes to its sums; false when malformed.
bool splitPlain(const FactItem& item, QByteArray& working, HourSums& delta)
{
    const char* data = item.payload.constData();
    const qsizetype size = item.payload.size();
    qsizetype pos = 0;
    quint64 value = 0;
    if (!readVarint(data, size, pos, value))
        return false;
    working = item.payload.left(pos);
    delta.values[0] = 1;
    for (int i = 0; i < 6; ++i) {
        if (!readVarint(data, size, pos, value))
            return false;
        delta.values[size_t(2 + i)] = qint64(value);
    }
    if (!readVarint(data, size, pos, value))
        return false;
    delta.values[1] = value == 1 ? 1 : 0;
    return true;
}

int payloadLength(FactItem::Kind kind, const char* data, qsizetype size, qsizetype pos,
                  bool hourStream)
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
        return hourStream ? 1 : 8;
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
        out.append(char(item.kind));
        out.append(item.payload);
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
        const qsizetype end = itemEnd(data, size, pos, false);
        if (end < 0)
            return false;
        items.append(FactItem{qint64(hour), FactItem::Kind(quint8(data[pos])),
                              QByteArray(data + pos + 1, end - pos - 1)});
        pos = end;
    }
    return true;
}

// The SlaDone code of an item, or -1.
int slaCode(const FactItem& item)
{
    if (item.kind != FactItem::Kind::SlaDone)
        return -1;
    qsizetype pos = 0;
    quint64 code = 0;
    if (!readVarint(item.payload.constData(), item.payload.size(), pos, code) || code >= 9)
        return -1;
    return int(code);
}

void appendHourItem(QByteArray& out, HourSums& sums, const FactItem& item)
{
    if (const int code = slaCode(item); code >= 0) {
        ++sums.values[HourSums::kSlaBase + size_t(code)];
        return;
    }
    out.append(char(item.kind));
    QByteArray working;
    HourSums delta;
    if (item.kind == FactItem::Kind::Resolution && splitPlain(item, working, delta)) {
        out.append(working);
        for (size_t i = 0; i < sums.values.size(); ++i)
            sums.values[i] += delta.values[i];
        return;
    }
    out.append(item.payload);
}

bool removeHourItem(QByteArray& bytes, HourSums& sums, const FactItem& item)
{
    if (const int code = slaCode(item); code >= 0) {
        qint64& count = sums.values[HourSums::kSlaBase + size_t(code)];
        if (count == 0)
            return false;
        --count;
        return true;
    }
    QByteArray payload = item.payload;
    HourSums delta;
    if (item.kind == FactItem::Kind::Resolution && !splitPlain(item, payload, delta))
        return false;
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype end = itemEnd(data, size, pos, true);
        if (end < 0)
            return false;
        if (quint8(data[pos]) == quint8(item.kind) && end - pos - 1 == payload.size() &&
            std::memcmp(data + pos + 1, payload.constData(), size_t(payload.size())) == 0) {
            bytes.remove(pos, end - pos);
            for (size_t i = 0; i < sums.values.size(); ++i)
                sums.values[i] -= delta.values[i];
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
