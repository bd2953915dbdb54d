// SPDX-License-Identifier: MIT
#include "replytemplaterepository.h"

#include "common/textfold.h"
#include "common/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace Switchboard {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, category, lang, body, usage_count, created_by, created_at, updated_at");

Error readError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the reply templates could not be read: %1").arg(query.lastError().text())};
}

Error saveError(const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime,
                 Tr::tr("the reply template could not be saved: %1").arg(query.lastError().text())};
}

Error noTemplate(qint64 id)
{
    return Error{ErrorKind::NotFound, Tr::tr("there is no such reply template"),
                 QString::number(id)};
}

ReplyTemplate fromRow(const QSqlQuery& query)
{
    ReplyTemplate reply;
    reply.id = query.value(0).toLongLong();
    reply.name = query.value(1).toString();
    reply.category = query.value(2).toString();
    reply.lang = query.value(3).toString();
    reply.body = query.value(4).toString();
    reply.usageCount = query.value(5).toInt();
    reply.createdBy = query.value(6).toLongLong(); // NULL reads as 0
    reply.createdAt = query.value(7).toLongLong();
    reply.updatedAt = query.value(8).toLongLong();
    return reply;
}

int languageOrder(const QString& lang)
{
    const qsizetype index = ReplyTemplateRepository::languages().indexOf(lang);
    return index < 0 ? int(ReplyTemplateRepository::languages().size()) : int(index);
}

// What add() and update() store: trimmed name and category, lower-case
// language, the body as written.
Result<ReplyTemplate> normalised(ReplyTemplate reply)
{
    reply.name = reply.name.trimmed();
    // A null QString binds as NULL; category is NOT NULL.
    reply.category = reply.category.isNull() ? QStringLiteral("") : reply.category.trimmed();
    reply.lang = reply.lang.trimmed().toLower();
    if (reply.name.isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("give the template a name")};
    if (reply.body.trimmed().isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("the template has no text"), reply.name};
    if (!ReplyTemplateRepository::languages().contains(reply.lang))
        return Error{ErrorKind::BadInput,
                     Tr::tr("a template is written in Russian (ru), Chinese (zh) or English (en), "
                            "not \"%1\"")
                         .arg(reply.lang),
                     reply.name};
    return reply;
}

// Why a write failed. The UNIQUE (name, lang) constraint decides duplicates,
// so two agents saving the same name at once still get one row; the
// statement's error is then explained by looking the name up.
Error writeError(QSqlDatabase& db, const QSqlQuery& failed, const ReplyTemplate& reply)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM reply_templates WHERE name = ? AND lang = ? AND id <> ?"));
    query.addBindValue(reply.name);
    query.addBindValue(reply.lang);
    query.addBindValue(reply.id);
    if (query.exec() && query.next())
        return Error{ErrorKind::Conflict,
                     Tr::tr("a template named \"%1\" already exists in this language: choose "
                            "another name or edit that template")
                         .arg(reply.name),
                     reply.lang};
    return saveError(failed);
}

// A search result's place: 0 the name starts with the text, 1 the name
// holds every word, 2 name and category do, 3 the body is needed.
struct Ranked
{
    int rank = 0;
    QString foldedName;
    ReplyTemplate reply;
};

std::optional<int> rankOf(const QString& query, const QStringList& words, const QString& name,
                          const QString& category, const QString& body)
{
    if (name.startsWith(query))
        return 0;
    int rank = 1;
    for (const QString& word : words) {
        if (name.contains(word))
            continue;
        if (category.contains(word)) {
            rank = std::max(rank, 2);
            continue;
        }
        if (body.contains(word)) {
            rank = 3;
            continue;
        }
        return std::nullopt;
    }
    return rank;
}

} // namespace

ReplyTemplateRepository::ReplyTemplateRepository(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QStringList ReplyTemplateRepository::languages()
{
    return {QStringLiteral("ru"), QStringLiteral("zh"), QStringLiteral("en")};
}

Result<ReplyTemplate> ReplyTemplateRepository::add(const ReplyTemplate& reply) const
{
    auto valid = normalised(reply);
    if (!valid)
        return valid.error();
    ReplyTemplate stored = valid.value();
    stored.id = 0;
    stored.usageCount = 0;
    stored.createdAt = stored.updatedAt = m_clock.nowMs();

    QSqlDatabase db = m_database->connection();
    if (stored.createdBy > 0) {
        // Checked first so a wrong id reads as "no such agent", not as
        // SQLite's "FOREIGN KEY constraint failed".
        QSqlQuery agent(db);
        agent.prepare(QStringLiteral("SELECT 1 FROM agents WHERE id = ?"));
        agent.addBindValue(stored.createdBy);
        if (!agent.exec())
            return readError(agent);
        if (!agent.next())
            return Error{ErrorKind::NotFound, Tr::tr("there is no such agent"),
                         QString::number(stored.createdBy)};
    }

    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO reply_templates (name, category, lang, body, "
                                 "usage_count, created_by, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, 0, ?, ?, ?) RETURNING id"));
    query.addBindValue(stored.name);
    query.addBindValue(stored.category);
    query.addBindValue(stored.lang);
    query.addBindValue(stored.body);
    query.addBindValue(stored.createdBy > 0 ? QVariant(stored.createdBy)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(stored.createdAt);
    query.addBindValue(stored.updatedAt);
    if (!query.exec() || !query.next())
        return writeError(db, query, stored);
    stored.id = query.value(0).toLongLong();
    return stored;
}

Result<ReplyTemplate> ReplyTemplateRepository::update(const ReplyTemplate& reply) const
{
    auto valid = normalised(reply);
    if (!valid)
        return valid.error();
    const ReplyTemplate& changed = valid.value();

    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE reply_templates SET name = ?, category = ?, lang = ?, "
                                 "body = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(changed.name);
    query.addBindValue(changed.category);
    query.addBindValue(changed.lang);
    query.addBindValue(changed.body);
    query.addBindValue(m_clock.nowMs());
    query.addBindValue(changed.id);
    if (!query.exec())
        return writeError(db, query, changed);
    if (query.numRowsAffected() == 0)
        return noTemplate(changed.id);
    return byId(changed.id);
}

Status ReplyTemplateRepository::remove(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM reply_templates WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return saveError(query);
    if (query.numRowsAffected() == 0)
        return noTemplate(id);
    return {};
}

Result<ReplyTemplate> ReplyTemplateRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM reply_templates WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return noTemplate(id);
    return fromRow(query);
}

Result<QList<ReplyTemplate>> ReplyTemplateRepository::search(const QString& text,
                                                             const QString& lang, int limit) const
{
    // A team has hundreds of templates, not thousands: every row is read and
    // matched here, because SQLite's LIKE and lower() fold ASCII only and
    // "ПРИНТЕР" must find "принтер".
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    const QString wanted = lang.trimmed();
    if (wanted.isEmpty()) {
        query.prepare(QStringLiteral("SELECT %1 FROM reply_templates").arg(kColumns));
    } else {
        query.prepare(
            QStringLiteral("SELECT %1 FROM reply_templates WHERE lang = ?").arg(kColumns));
        query.addBindValue(wanted);
    }
    if (!query.exec())
        return readError(query);

    const QString folded = foldForSearch(text).simplified();
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Ranked> found;
    while (query.next()) {
        Ranked ranked;
        ranked.reply = fromRow(query);
        ranked.foldedName = foldForSearch(ranked.reply.name);
        if (!folded.isEmpty()) {
            const auto rank =
                rankOf(folded, words, ranked.foldedName, foldForSearch(ranked.reply.category),
                       foldForSearch(ranked.reply.body));
            if (!rank)
                continue;
            ranked.rank = *rank;
        }
        found.append(std::move(ranked));
    }

    std::sort(found.begin(), found.end(), [](const Ranked& a, const Ranked& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.reply.usageCount != b.reply.usageCount)
            return a.reply.usageCount > b.reply.usageCount;
        if (const int byName = a.foldedName.compare(b.foldedName); byName != 0)
            return byName < 0;
        if (a.reply.lang != b.reply.lang)
            return languageOrder(a.reply.lang) < languageOrder(b.reply.lang);
        return a.reply.id < b.reply.id;
    });

    QList<ReplyTemplate> result;
    const qsizetype count = limit > 0 ? std::min<qsizetype>(limit, found.size()) : found.size();
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        result.append(std::move(found[i].reply));
    return result;
}

Status ReplyTemplateRepository::recordUse(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("UPDATE reply_templates SET usage_count = usage_count + 1 WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return saveError(query);
    if (query.numRowsAffected() == 0)
        return noTemplate(id);
    return {};
}

Result<QList<ReplyTemplate>> ReplyTemplateRepository::variants(const QString& name) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM reply_templates WHERE name = ?").arg(kColumns));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return readError(query);
    QList<ReplyTemplate> list;
    while (query.next())
        list.append(fromRow(query));
    std::sort(list.begin(), list.end(), [](const ReplyTemplate& a, const ReplyTemplate& b) {
        return languageOrder(a.lang) < languageOrder(b.lang);
    });
    return list;
}

Result<ReplyTemplate> ReplyTemplateRepository::bestVariant(const QString& name,
                                                           const QString& lang) const
{
    auto list = variants(name);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{ErrorKind::NotFound,
                     Tr::tr("there is no reply template named \"%1\"").arg(name.trimmed())};
    for (const QString& wanted : {lang.trimmed().toLower(), QStringLiteral("en")}) {
        for (const ReplyTemplate& reply : *list) {
            if (reply.lang == wanted)
                return reply;
        }
    }
    return list->first();
}

} // namespace Switchboard
