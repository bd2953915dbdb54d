// SPDX-License-Identifier: MIT
#include "slaconfigrepository.h"

#include "calendarcatalog.h"
#include "calendarformat.h"
#include "common/tr.h"
#include "slapolicyformat.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Switchboard {
namespace {

const QString kBuiltinPrefix = QStringLiteral("builtin:");

Error queryError(const QSqlQuery& query)
{
    return Error(
        ErrorKind::Runtime,
        Tr::tr("SLA settings could not be read or saved: %1").arg(query.lastError().text()));
}

} // namespace

SlaConfigRepository::SlaConfigRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<bool> SlaConfigRepository::hasStoredPolicies() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sla_policies)")) || !query.next())
        return queryError(query);
    return query.value(0).toBool();
}

Result<SlaPolicySet> SlaConfigRepository::policies() const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, definition FROM sla_policies ORDER BY position")))
        return queryError(query);
    QList<SlaPolicy> policies;
    while (query.next()) {
        const QString where = Tr::tr("stored SLA policy %1").arg(query.value(0).toString());
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toByteArray());
        auto policy = SlaPolicyFormat::fromJson(document.object(), where);
        if (!policy)
            return policy.error();
        policies.append(*policy);
    }
    if (policies.isEmpty())
        return defaultSlaPolicies();
    return SlaPolicySet(policies);
}

Status SlaConfigRepository::savePolicies(const SlaPolicySet& policies, qint64 nowMs) const
{
    if (policies.policies().isEmpty())
        return Error(ErrorKind::BadInput,
                     Tr::tr("keep at least one SLA policy; a policy without targets measures "
                            "nothing but still names the calendar"));
    if (Status status = policies.validate(); !status)
        return status;
    for (const SlaPolicy& policy : policies.policies()) {
        if (auto calendar = this->calendar(policy.calendar); !calendar)
            return Error(ErrorKind::BadInput,
                         Tr::tr("the calendar \"%1\" does not exist").arg(policy.calendar),
                         policy.name);
    }
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM sla_policies")))
        return queryError(query);
    query.prepare(QStringLiteral("INSERT INTO sla_policies (position, name, definition, "
                                 "updated_at) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const SlaPolicy& policy : policies.policies()) {
        query.addBindValue(position++);
        query.addBindValue(policy.name);
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(SlaPolicyFormat::toJson(policy)).toJson(QJsonDocument::Compact)));
        query.addBindValue(nowMs);
        if (!query.exec())
            return queryError(query);
    }
    return transaction.commit();
}

Result<QList<SlaCalendarEntry>> SlaConfigRepository::calendars() const
{
    QList<SlaCalendarEntry> result;
    for (const QString& name : CalendarCatalog::builtinNames())
        result.append({kBuiltinPrefix + name, true, 0});
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT name, updated_at FROM sla_calendars ORDER BY name")))
        return queryError(query);
    while (query.next())
        result.append({query.value(0).toString(), false, query.value(1).toLongLong()});
    return result;
}

Result<BusinessCalendar> SlaConfigRepository::calendar(const QString& spec) const
{
    if (spec.startsWith(kBuiltinPrefix))
        return CalendarCatalog::resolve(spec);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT definition FROM sla_calendars WHERE name = ?"));
    query.addBindValue(spec);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error(ErrorKind::NotFound, Tr::tr("no calendar is named \"%1\"").arg(spec));
    return CalendarFormat::parse(query.value(0).toByteArray(),
                                 Tr::tr("stored calendar %1").arg(spec));
}

Status SlaConfigRepository::saveCalendar(const QString& name, const BusinessCalendar& calendar,
                                         qint64 nowMs) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorKind::BadInput, Tr::tr("a calendar needs a name"));
    if (trimmed.startsWith(kBuiltinPrefix))
        return Error(ErrorKind::BadInput,
                     Tr::tr("names starting with \"builtin:\" are reserved for the shipped "
                            "calendars; choose another name"),
                     trimmed);
    if (!calendar.isValid())
        return Error(ErrorKind::BadInput, Tr::tr("the calendar is not valid"), trimmed);
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("INSERT INTO sla_calendars (name, definition, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, "
                       "updated_at = excluded.updated_at"));
    query.addBindValue(trimmed);
    query.addBindValue(QString::fromUtf8(CalendarFormat::serialise(calendar)));
    query.addBindValue(nowMs);
    if (!query.exec())
        return queryError(query);
    return {};
}

Status SlaConfigRepository::removeCalendar(const QString& name) const
{
    auto stored = policies();
    if (!stored)
        return stored.error();
    for (const SlaPolicy& policy : stored->policies()) {
        if (policy.calendar == name)
            return Error(ErrorKind::Conflict,
                         Tr::tr("the calendar \"%1\" is used by the SLA policy \"%2\"; choose "
                                "another calendar for that policy first")
                             .arg(name, policy.name));
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM sla_calendars WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() == 0)
        return Error(ErrorKind::NotFound, Tr::tr("no calendar is named \"%1\"").arg(name));
    return {};
}

} // namespace Switchboard
