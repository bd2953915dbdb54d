// SPDX-License-Identifier: MIT
#include "savedfilterrepository.h"

#include "common/logging.h"
#include "common/tr.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr int kMaxNameLength = 100;

Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error{ErrorKind::Runtime, Tr::tr("%1: %2").arg(what, query.lastError().text())};
}

const QString kSelect = QStringLiteral(
    "SELECT f.id, f.name, COALESCE(f.owner_id, 0), COALESCE(a.name, ''), f.shared, "
    "f.definition, f.created_at FROM saved_filters f LEFT JOIN agents a ON a.id = f.owner_id ");

// The id a single-column lookup finds, 0 when there is none.
Result<qint64> lookUp(QSqlQuery& sql, const QString& statement, const QVariant& value)
{
    sql.prepare(statement);
    sql.addBindValue(value);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the filter"));
    const qint64 id = sql.next() ? sql.value(0).toLongLong() : 0;
    sql.finish();
    return id;
}

} // namespace

SavedFilterRepository::SavedFilterRepository(DatabasePtr database, const Clock& clock,
                                             QTimeZone zone)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_zone(std::move(zone))
{}

SavedFilter SavedFilterRepository::resolved(SavedFilter filter, const QByteArray& definition) const
{
    auto parsed = QueueFilterFormat::parse(definition, filter.name);
    if (!parsed) {
        filter.readable = false;
        filter.problems << parsed.error().toString();
        return filter;
    }
    const QueueFilterDefinition& d = *parsed;
    QueueFilter& f = filter.filter;
    f.statuses = d.statuses;
    f.priorities = d.priorities;
    f.types = d.types;
    f.channels = d.channels;
    f.tags = d.tags;
    std::tie(f.createdFromMs, f.createdToMs) =
        QueueFilterFormat::createdRange(d.createdFrom, d.createdTo, m_zone);
    filter.text = d.text;

    QSqlQuery sql(m_database->connection());
    for (const QString& name : d.groups) {
        auto id = lookUp(sql, QStringLiteral("SELECT id FROM groups WHERE name = ?"), name);
        if (!id) {
            filter.readable = false;
            filter.problems << id.error().toString();
        } else if (*id == 0) {
            filter.problems << Tr::tr("no group is named \u201c%1\u201d").arg(name);
        } else {
            f.groups << *id;
        }
    }
    if (!d.groups.isEmpty() && f.groups.isEmpty())
        f.groups << kUnknownNameId;
    for (const QString& login : d.assignees) {
        auto id = lookUp(sql, QStringLiteral("SELECT id FROM agents WHERE login = ?"), login);
        if (!id) {
            filter.readable = false;
            filter.problems << id.error().toString();
        } else if (*id == 0) {
            filter.problems << Tr::tr("no agent has the login \u201c%1\u201d").arg(login);
        } else {
            f.assignees << *id;
        }
    }
    if (d.unassigned)
        f.assignees << 0;
    if (!d.assignees.isEmpty() && f.assignees.isEmpty())
        f.assignees << kUnknownNameId;
    if (!filter.readable)
        filter.filter = {};
    return filter;
}

Result<QueueFilterDefinition> SavedFilterRepository::definitionOf(const QueueFilter& filter,
                                                                  const QString& text) const
{
    QueueFilterDefinition d;
    d.statuses = filter.statuses;
    d.priorities = filter.priorities;
    d.types = filter.types;
    d.channels = filter.channels;
    for (const QString& tag : filter.tags) {
        if (!tag.trimmed().isEmpty() && !d.tags.contains(tag.trimmed()))
            d.tags << tag.trimmed();
    }
    std::tie(d.createdFrom, d.createdTo) =
        QueueFilterFormat::createdDays(filter.createdFromMs, filter.createdToMs, m_zone);
    if (d.createdFrom && d.createdTo && *d.createdTo < *d.createdFrom)
        return Error{ErrorKind::BadInput, Tr::tr("the created range ends before it starts")};
    d.text = text.trimmed();

    QSqlQuery sql(m_database->connection());
    auto nameOf = [&sql](const QString& statement, qint64 id) -> Result<QString> {
        sql.prepare(statement);
        sql.addBindValue(id);
        if (!sql.exec())
            return sqlError(sql, Tr::tr("could not save the filter"));
        const QString name = sql.next() ? sql.value(0).toString() : QString();
        sql.finish();
        return name;
    };
    for (GroupId group : filter.groups) {
        auto name = nameOf(QStringLiteral("SELECT name FROM groups WHERE id = ?"), group);
        if (!name)
            return name.error();
        if (name->isEmpty())
            return Error{ErrorKind::BadInput, Tr::tr("there is no group with id %1").arg(group)};
        if (!d.groups.contains(*name))
            d.groups << *name;
    }
    for (AgentId agent : filter.assignees) {
        if (agent == 0) {
            d.unassigned = true;
            continue;
        }
        auto login = nameOf(QStringLiteral("SELECT login FROM agents WHERE id = ?"), agent);
        if (!login)
            return login.error();
        if (login->isEmpty())
            return Error{ErrorKind::BadInput, Tr::tr("there is no agent with id %1").arg(agent)};
        if (!d.assignees.contains(*login))
            d.assignees << *login;
    }
    return d;
}

Result<QList<SavedFilter>> SavedFilterRepository::list(AgentId me) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(kSelect + QStringLiteral("WHERE f.owner_id = ? OR f.shared = 1"));
    sql.addBindValue(me);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the saved filters"));
    QList<std::pair<SavedFilter, QByteArray>> rows;
    while (sql.next()) {
        SavedFilter filter;
        filter.id = sql.value(0).toLongLong();
        filter.name = sql.value(1).toString();
        filter.ownerId = sql.value(2).toLongLong();
        filter.ownerName = sql.value(3).toString();
        filter.shared = sql.value(4).toInt() != 0;
        filter.createdAt = sql.value(6).toLongLong();
        rows.append({filter, sql.value(5).toString().toUtf8()});
    }
    sql.finish();
    QList<SavedFilter> filters;
    for (const auto& [filter, definition] : std::as_const(rows))
        filters << resolved(filter, definition);
    std::sort(filters.begin(), filters.end(), [me](const SavedFilter& a, const SavedFilter& b) {
        const bool mineA = me != 0 && a.ownerId == me;
        const bool mineB = me != 0 && b.ownerId == me;
        if (mineA != mineB)
            return mineA;
        if (const int c = a.name.localeAwareCompare(b.name); c != 0)
            return c < 0;
        return a.id < b.id;
    });
    return filters;
}

Result<SavedFilter> SavedFilterRepository::load(SavedFilterId id) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(kSelect + QStringLiteral("WHERE f.id = ?"));
    sql.addBindValue(id);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the saved filter"));
    if (!sql.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such saved filter"), QString::number(id)};
    SavedFilter filter;
    filter.id = sql.value(0).toLongLong();
    filter.name = sql.value(1).toString();
    filter.ownerId = sql.value(2).toLongLong();
    filter.ownerName = sql.value(3).toString();
    filter.shared = sql.value(4).toInt() != 0;
    filter.createdAt = sql.value(6).toLongLong();
    const QByteArray definition = sql.value(5).toString().toUtf8();
    sql.finish();
    return resolved(filter, definition);
}

Result<QString> SavedFilterRepository::checkedName(const QString& name, AgentId owner,
                                                   SavedFilterId except) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("a filter needs a name")};
    if (trimmed.size() > kMaxNameLength)
        return Error{ErrorKind::BadInput,
                     Tr::tr("a filter name may have at most %1 characters").arg(kMaxNameLength)};
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT name FROM saved_filters WHERE owner_id = ? AND id <> ?"));
    sql.addBindValue(owner);
    sql.addBindValue(except);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not save the filter"));
    while (sql.next()) {
        if (sql.value(0).toString().compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error{ErrorKind::Conflict,
                         Tr::tr("you already have a filter named \u201c%1\u201d").arg(trimmed)};
    }
    return trimmed;
}

Result<SavedFilter> SavedFilterRepository::save(const QString& name, AgentId owner, bool shared,
                                                const QueueFilter& filter, const QString& text)
{
    if (owner == 0)
        return Error{ErrorKind::BadInput, Tr::tr("a filter is saved for an agent; none is chosen")};
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("could not save the filter")};
    QSqlQuery sql(m_database->connection());
    auto ownerExists =
        lookUp(sql, QStringLiteral("SELECT id FROM agents WHERE id = ?"), QVariant(owner));
    if (!ownerExists)
        return ownerExists.error();
    if (*ownerExists == 0)
        return Error{ErrorKind::BadInput, Tr::tr("there is no agent with id %1").arg(owner)};
    auto checked = checkedName(name, owner, 0);
    if (!checked)
        return checked.error();
    auto definition = definitionOf(filter, text);
    if (!definition)
        return definition.error();
    sql.prepare(QStringLiteral("INSERT INTO saved_filters (name, owner_id, shared, definition, "
                               "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    sql.addBindValue(*checked);
    sql.addBindValue(owner);
    sql.addBindValue(shared ? 1 : 0);
    sql.addBindValue(QString::fromUtf8(QueueFilterFormat::serialise(*definition)));
    sql.addBindValue(m_clock.nowMs());
    if (!sql.exec() || !sql.next())
        return sqlError(sql, Tr::tr("could not save the filter"));
    const SavedFilterId id = sql.value(0).toLongLong();
    sql.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTickets) << "saved queue filter" << id << (shared ? "(shared)" : "");
    return load(id);
}

Result<SavedFilter> SavedFilterRepository::update(SavedFilterId id, AgentId me, const QString& name,
                                                  bool shared, const QueueFilter& filter,
                                                  const QString& text)
{
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("could not save the filter")};
    auto stored = load(id);
    if (!stored)
        return stored.error();
    if (me == 0 || stored->ownerId != me)
        return Error{
            ErrorKind::BadInput,
            Tr::tr("only its owner can change the filter \u201c%1\u201d").arg(stored->name)};
    auto checked = checkedName(name, me, id);
    if (!checked)
        return checked.error();
    auto definition = definitionOf(filter, text);
    if (!definition)
        return definition.error();
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral(
        "UPDATE saved_filters SET name = ?, shared = ?, definition = ? WHERE id = ?"));
    sql.addBindValue(*checked);
    sql.addBindValue(shared ? 1 : 0);
    sql.addBindValue(QString::fromUtf8(QueueFilterFormat::serialise(*definition)));
    sql.addBindValue(id);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not save the filter"));
    sql.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return load(id);
}

Status SavedFilterRepository::remove(SavedFilterId id, AgentId me)
{
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("could not delete the filter")};
    auto stored = load(id);
    if (!stored)
        return stored.error();
    if (me == 0 || stored->ownerId != me)
        return Error{
            ErrorKind::BadInput,
            Tr::tr("only its owner can delete the filter \u201c%1\u201d").arg(stored->name)};
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("DELETE FROM saved_filters WHERE id = ?"));
    sql.addBindValue(id);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not delete the filter"));
    sql.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTickets) << "removed queue filter" << id;
    return {};
}

} // namespace Switchboard
