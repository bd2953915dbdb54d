// SPDX-License-Identifier: MIT
#include "kpitargetrepository.h"

#include "common/tr.h"
#include "metricsrepository.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace Switchboard {
namespace {

const QString kTarget = QStringLiteral("target");
const QString kAction = QStringLiteral("action");

} // namespace

QJsonObject KpiTargetSettings::toJson() const
{
    QJsonObject object;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject entry;
        if (it->targetSet)
            entry.insert(kTarget, it->target ? QJsonValue(*it->target) : QJsonValue());
        if (!it->action.isEmpty())
            entry.insert(kAction, it->action);
        object.insert(it.key(), entry);
    }
    return object;
}

Result<KpiTargetSettings> KpiTargetSettings::fromJson(const QJsonObject& object)
{
    KpiTargetSettings settings;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it->isObject())
            return Error{ErrorKind::BadInput, Tr::tr("a KPI target is not a JSON object"),
                         it.key()};
        const QJsonObject value = it->toObject();
        KpiTargetEntry entry;
        if (value.contains(kTarget)) {
            const QJsonValue target = value.value(kTarget);
            entry.targetSet = true;
            if (target.isDouble() && std::isfinite(target.toDouble()))
                entry.target = target.toDouble();
            else if (!target.isNull())
                return Error{ErrorKind::BadInput, Tr::tr("a KPI target is not a number"), it.key()};
        }
        if (value.contains(kAction)) {
            if (!value.value(kAction).isString())
                return Error{ErrorKind::BadInput, Tr::tr("a KPI action note is not text"),
                             it.key()};
            entry.action = value.value(kAction).toString();
        }
        settings.entries.insert(it.key(), entry);
    }
    return settings;
}

KpiTargetRepository::KpiTargetRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<KpiTargetSettings> KpiTargetRepository::load() const
{
    auto stored = MetricsRepository(m_database).setting(KpiTargetSettings::kSettingsKey);
    if (!stored)
        return stored.error();
    if (!*stored)
        return KpiTargetSettings{};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored->value().toUtf8(), &parseError);
    if (!document.isObject())
        return Error{ErrorKind::BadInput, Tr::tr("the stored KPI targets are not a JSON object"),
                     KpiTargetSettings::kSettingsKey};
    return KpiTargetSettings::fromJson(document.object());
}

Status KpiTargetRepository::saveEntry(const QString& key, const KpiTargetEntry& entry) const
{
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("could not save the KPI targets"),
                     KpiTargetSettings::kSettingsKey};
    auto settings = load();
    // A stored value that does not read is replaced rather than blocking
    // every later edit: the table showed the defaults for it anyway.
    if (!settings && settings.error().kind != ErrorKind::BadInput)
        return settings.error();
    KpiTargetSettings merged = settings ? std::move(settings).value() : KpiTargetSettings{};
    if (entry.isEmpty())
        merged.entries.remove(key);
    else
        merged.entries.insert(key, entry);
    const QString json =
        QString::fromUtf8(QJsonDocument(merged.toJson()).toJson(QJsonDocument::Compact));
    if (Status saved =
            MetricsRepository(m_database).setSetting(KpiTargetSettings::kSettingsKey, json);
        !saved)
        return saved;
    return transaction.commit();
}

} // namespace Switchboard
