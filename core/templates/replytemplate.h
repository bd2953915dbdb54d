// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Switchboard {

// A canned reply (reply_templates). Templates with the same name are the
// language variants of one reply: "acknowledgement" in ru, zh and en.
struct ReplyTemplate
{
    qint64 id = 0;
    QString name;     // shared by the language variants; unique per language
    QString category; // free text for grouping ("system", "hardware"), may be empty
    QString lang;     // "ru", "zh" or "en"
    QString body;     // text with {{placeholders}} (core/templates/templaterenderer.h)
    int usageCount = 0;
    qint64 createdBy = 0; // agent id; 0: shipped with the app or imported
    qint64 createdAt = 0; // UTC ms
    qint64 updatedAt = 0; // UTC ms
};

} // namespace Switchboard
