// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

#include <array>

namespace Switchboard {

// One thing a ticket contributes to the metrics of the hour it happened in
// (docs/metrics.md, "Daily facts"). The payload is a sequence of unsigned
// LEB128 varints whose meaning depends on the kind; see FactCodec.
struct FactItem
{
    enum class Kind : quint8
    {
        // Payload: ms after the hour, number of done toggles, then each
        // toggle as ms after the previous one (after the creation for the
        // first). A toggle is a resolution or a reopening, alternately.
        Created = 1,
        FirstResponse = 2, // payload: the wait in ms; it is also a response
        Response = 3,      // payload: the wait in ms
                           // The ticket's last resolution, never reopened before or after it.
                           // Payload: working ms, ms in each of the six statuses, replies.
        Resolution = 4,
        // Any other resolution. Payload: ms after the hour, ms to the next
        // resolution (0: none), ms to the reopening after it (0: none),
        // reopened before it (0/1), replies, working ms, six status ms.
        ResolutionReopened = 5,
        Reopened = 6, // no payload; counts for the backlog only
        SlaDone = 7,  // payload: metric * 3 + outcome (0 met, 1 at goal, 2 breached)
                      // A running clock whose limit comes at this hour; breached once that
                      // has passed. Payload: metric, ms after the hour.
        SlaLimit = 8,
    };

    qint64 hour = 0; // UTC hours since the epoch
    Kind kind = Kind::Created;
    QByteArray payload;

    friend bool operator==(const FactItem&, const FactItem&) = default;
};

// What an hour's plain resolutions add up to, kept as sums in its row so a
// dashboard reads one varint per such resolution instead of eight: how
// many, how many with exactly one reply (first contact), and ms per status.
struct HourSums
{
    // Plain resolutions: count, first contact, ms in each of six statuses;
    // then SLA outcomes decided in the hour, by SlaDone code (metric * 3 +
    // outcome), which need no item at all.
    static constexpr size_t kSlaBase = 8;
    std::array<qint64, kSlaBase + 9> values{};

    bool isEmpty() const { return values == decltype(values){}; }
};

// The varint byte streams of fact items: a ticket's own list (hour, kind,
// payload) and an hour's list (kind, payload).
namespace FactCodec {

void appendVarint(QByteArray& out, quint64 value);
// Reads one varint at `pos` and moves past it; false at a malformed end.
// Inline: the dashboards decode millions of them per refresh, most one or
// two bytes long.
inline bool readVarint(const char* data, qsizetype size, qsizetype& pos, quint64& value)
{
    if (pos < size && (quint8(data[pos]) & 0x80) == 0) {
        value = quint8(data[pos++]);
        return true;
    }
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
// How many varints the payload of a kind holds.
// How many varints follow the kind in a ticket's list (hourStream false)
// or in an hour's list, where a plain Resolution keeps its working time only
// (the rest is in HourSums); -1 when malformed.
int payloadLength(FactItem::Kind kind, const char* data, qsizetype size, qsizetype pos,
                  bool hourStream = false);

QByteArray encodeTicketItems(const QList<FactItem>& items);
bool decodeTicketItems(const QByteArray& bytes, QList<FactItem>& items);

// One hour's items as stored in its row: kind byte, then the payload (of a
// plain Resolution, the working time only; the rest goes to `sums`).
void appendHourItem(QByteArray& out, HourSums& sums, const FactItem& item);
// Removes the first item equal to `item` from an hour's bytes and takes it
// out of `sums`; false when there is none.
bool removeHourItem(QByteArray& bytes, HourSums& sums, const FactItem& item);

// How an item moves the number of open tickets: +1 created or reopened, -1
// resolved, 0 otherwise.
int openDelta(FactItem::Kind kind);

} // namespace FactCodec

} // namespace Switchboard
