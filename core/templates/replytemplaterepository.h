// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "replytemplate.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard {

// Reads and writes reply templates, and finds them for the template picker.
// The only place that knows reply_templates' SQL; every method uses the
// calling thread's connection.
class ReplyTemplateRepository
{
public:
    explicit ReplyTemplateRepository(DatabasePtr database, const Clock& clock = Clock::system());

    // The template languages, in the order lists show them.
    static QStringList languages();

    // Stores a new template (its id, usage count and times are ignored) and
    // returns it as stored. BadInput: empty name or body, unknown language;
    // Conflict: the name already exists in that language; NotFound: no such
    // agent in createdBy.
    Result<ReplyTemplate> add(const ReplyTemplate& reply) const;
    // Replaces name, category, language and body of the template with
    // reply.id; the usage count and the creator stay. Same errors as add(),
    // and NotFound for an unknown id.
    Result<ReplyTemplate> update(const ReplyTemplate& reply) const;
    Status remove(qint64 id) const;
    Result<ReplyTemplate> byId(qint64 id) const;

    // Incremental search for the picker: templates whose name, category or
    // body contain every word of `text`, case-insensitively in every script
    // (folded as core/common/textfold.h does; the text is never SQL). Name
    // prefix matches first, then name, category and body matches, each by
    // usage count (most used first) and name. Empty text: all templates by
    // usage count. lang empty: all languages. limit <= 0: no limit.
    Result<QList<ReplyTemplate>> search(const QString& text, const QString& lang = {},
                                        int limit = 50) const;

    // Counts one use of the template (a reply built from it).
    Status recordUse(qint64 id) const;

    // All language variants of one template, in languages() order.
    Result<QList<ReplyTemplate>> variants(const QString& name) const;
    // The variant in `lang`, else in English, else any; NotFound when no
    // template has that name.
    Result<ReplyTemplate> bestVariant(const QString& name, const QString& lang) const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
