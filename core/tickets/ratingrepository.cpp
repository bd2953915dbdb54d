// SPDX-License-Identifier: MIT
#include "ratingrepository.h"

#include "common/logging.h"
#include "common/tr.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Switchboard {
namespace {

Error sqlError(const QSqlQuery& query, const QString& what)
{
    qCWarning(lcTickets) << what << query.lastError().text();
    return Error{ErrorKind::Runtime, what, query.lastError().text()};
}

QString ticketLocation(TicketId id)
{
    return QStringLiteral("#%1").arg(id);
}

// Runs a prepared statement with its values bound in order.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

QVariant nullableInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// A score of 1 to 5, or the error naming the field (location: its key).
Status checkScore(const std::optional<int>& value, const QString& key, const QString& label)
{
    if (!value || (*value >= 1 && *value <= 5))
        return {};
    return Error{ErrorKind::BadInput, Tr::tr("%1 must be rated from 1 to 5").arg(label), key};
}

Status validate(const TicketRating& rating)
{
    const struct
    {
        std::optional<int> value;
        QString key;
        QString label;
    } fields[] = {
        {rating.score, QStringLiteral("score"), Tr::tr("the overall score")},
        {rating.reaction, QStringLiteral("reaction"), Tr::tr("reaction time")},
        {rating.quality, QStringLiteral("quality"), Tr::tr("quality of service")},
        {rating.effectiveness, QStringLiteral("effectiveness"),
         Tr::tr("effectiveness of the solution")},
        {rating.communication, QStringLiteral("communication"), Tr::tr("communication")},
    };
    for (const auto& field : fields) {
        if (Status status = checkScore(field.value, field.key, field.label); !status)
            return status;
    }
    if (rating.source != QLatin1String("operator") && rating.source != QLatin1String("survey") &&
        rating.source != QLatin1String("import"))
        return Error{ErrorKind::BadInput,
                     Tr::tr("the source of a rating must be operator, survey or import"),
                     QStringLiteral("source")};
    return {};
}

} // namespace

RatingRepository::RatingRepository(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Status RatingRepository::rate(const TicketRating& rating) const
{
    if (Status valid = validate(rating); !valid)
        return valid;
    const qint64 now = m_clock.nowMs();
    const qint64 ratedAt = rating.ratedAt > 0 ? rating.ratedAt : now;
    QSqlDatabase db = m_database->connection();

    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again"),
                     ticketLocation(rating.ticket)};
    QSqlQuery query(db);
    AgentId enteredBy = 0;
    if (!rating.enteredBy.isEmpty()) {
        if (!run(query, QStringLiteral("SELECT id FROM agents WHERE login = ?"),
                 {rating.enteredBy}))
            return sqlError(query, Tr::tr("could not read the agent"));
        if (!query.next())
            return Error{ErrorKind::NotFound, Tr::tr("no such agent"), rating.enteredBy};
        enteredBy = query.value(0).toLongLong();
    }
    if (!run(query,
             QStringLiteral("SELECT t.status, r.score FROM tickets t "
                            "LEFT JOIN ticket_ratings r ON r.ticket_id = t.id WHERE t.id = ?"),
             {rating.ticket}))
        return sqlError(query, Tr::tr("could not read the ticket"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such ticket"), ticketLocation(rating.ticket)};
    const QString status = query.value(0).toString();
    if (status != toKey(TicketStatus::Resolved) && status != toKey(TicketStatus::Closed))
        return Error{ErrorKind::BadInput, Tr::tr("only a resolved ticket can be rated"),
                     ticketLocation(rating.ticket)};
    const QVariant previousScore = query.value(1).isNull()
                                       ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(QString::number(query.value(1).toInt()));
    query.finish();

    if (!run(query,
             QStringLiteral(
                 "INSERT INTO ticket_ratings (ticket_id, score, reaction, quality, effectiveness, "
                 "communication, comment, source, entered_by, rated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET "
                 "score = excluded.score, reaction = excluded.reaction, "
                 "quality = excluded.quality, effectiveness = excluded.effectiveness, "
                 "communication = excluded.communication, comment = excluded.comment, "
                 "source = excluded.source, entered_by = excluded.entered_by, "
                 "rated_at = excluded.rated_at"),
             {rating.ticket, rating.score, nullableInt(rating.reaction),
              nullableInt(rating.quality), nullableInt(rating.effectiveness),
              nullableInt(rating.communication),
              // A null QString binds as SQL NULL; comment is NOT NULL.
              rating.comment.isNull() ? QStringLiteral("") : rating.comment, rating.source,
              nullableId(enteredBy), ratedAt}))
        return sqlError(query, Tr::tr("could not save the rating"));
    if (!run(query,
             QStringLiteral("INSERT INTO ticket_events (ticket_id, actor_id, kind, old_value, "
                            "new_value, at) VALUES (?, ?, 'rating', ?, ?, ?)"),
             {rating.ticket, nullableId(enteredBy), previousScore, QString::number(rating.score),
              now}))
        return sqlError(query, Tr::tr("could not record the change"));
    return transaction.commit();
}

Result<std::optional<TicketRating>> RatingRepository::rating(TicketId ticket) const
{
    QSqlQuery query(m_database->connection());
    if (!run(query,
             QStringLiteral("SELECT r.ticket_id, r.score, r.reaction, r.quality, r.effectiveness, "
                            "r.communication, r.comment, r.source, COALESCE(a.login, ''), "
                            "r.rated_at FROM tickets t "
                            "LEFT JOIN ticket_ratings r ON r.ticket_id = t.id "
                            "LEFT JOIN agents a ON a.id = r.entered_by WHERE t.id = ?"),
             {ticket}))
        return sqlError(query, Tr::tr("could not read the rating"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such ticket"), ticketLocation(ticket)};
    if (query.value(0).isNull())
        return std::optional<TicketRating>();
    TicketRating rating;
    rating.ticket = query.value(0).toLongLong();
    rating.score = query.value(1).toInt();
    rating.reaction = optionalInt(query.value(2));
    rating.quality = optionalInt(query.value(3));
    rating.effectiveness = optionalInt(query.value(4));
    rating.communication = optionalInt(query.value(5));
    rating.comment = query.value(6).toString();
    rating.source = query.value(7).toString();
    rating.enteredBy = query.value(8).toString();
    rating.ratedAt = query.value(9).toLongLong();
    return std::optional<TicketRating>(rating);
}

Result<RatingSummary> RatingRepository::summary(qint64 fromMs, qint64 toMs, AgentId agent) const
{
    if (toMs < fromMs)
        return Error{ErrorKind::BadInput, Tr::tr("the period ends before it begins")};
    QSqlQuery query(m_database->connection());
    if (agent != 0) {
        if (!run(query, QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {agent}))
            return sqlError(query, Tr::tr("could not read the agent"));
        if (!query.next())
            return Error{ErrorKind::NotFound, Tr::tr("no such agent"), QString::number(agent)};
    }
    // avg() skips NULLs, so each criterion's mean is over the ratings that have it.
    const QString columns = QStringLiteral(
        "SELECT count(*), COALESCE(sum(CASE WHEN r.score >= 4 THEN 1 ELSE 0 END), 0), "
        "avg(r.score), avg(r.reaction), "
        "avg(r.quality), avg(r.effectiveness), avg(r.communication) FROM ticket_ratings r ");
    const bool ran =
        agent == 0
            ? run(query, columns + QStringLiteral("WHERE r.rated_at >= ? AND r.rated_at < ?"),
                  {fromMs, toMs})
            : run(query,
                  columns + QStringLiteral("JOIN tickets t ON t.id = r.ticket_id "
                                           "WHERE r.rated_at >= ? AND r.rated_at < ? "
                                           "AND t.assignee_id = ?"),
                  {fromMs, toMs, agent});
    if (!ran || !query.next())
        return sqlError(query, Tr::tr("could not read the ratings"));
    RatingSummary summary;
    summary.count = query.value(0).toInt();
    summary.satisfiedCount = query.value(1).toInt();
    summary.meanScore = optionalDouble(query.value(2));
    if (summary.count > 0)
        summary.satisfiedPercent = 100.0 * summary.satisfiedCount / summary.count;
    summary.meanReaction = optionalDouble(query.value(3));
    summary.meanQuality = optionalDouble(query.value(4));
    summary.meanEffectiveness = optionalDouble(query.value(5));
    summary.meanCommunication = optionalDouble(query.value(6));
    return summary;
}

} // namespace Switchboard
