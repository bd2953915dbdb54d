// SPDX-License-Identifier: MIT
#pragma once

#include "article.h"
#include "common/result.h"
#include "storage/database.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Switchboard {

// What an import run reports while it works, and how it is stopped.
struct KbImportControl
{
    enum class Phase
    {
        Reading, // done/total: files read and checked
        Writing, // done/total: articles written
    };
    // Called on the importing thread, at most every few files.
    std::function<void(Phase phase, int done, int total)> progress;
    // Set from any thread: the import stops at its next check and writes
    // nothing.
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
};

struct KbImportSummary
{
    int total = 0; // files read
    int created = 0;
    int updated = 0; // changed articles; the rest were already identical
};

// Imports and exports the knowledge base as a folder of Markdown files, one
// article per file:
//
//   ---
//   id: 12                     optional; the article to update
//   title: "Printer offline"   double quotes allow leading spaces, '#', '"' (\" and \\)
//   lang: en                   ru, zh or en (required)
//   status: published          draft (default), published or archived
//   category: Hardware/Printers  default: the file's folder inside DIR
//   tags: [printer, network]   or: printer, network
//   translation_of: 7          an article id, or another file of the import (ru/printer.md)
//   review_by: 2025-06-30
//   author: anna               an agent login
//   ---
//
//   Markdown body ...
//
// Blank lines and lines starting with '#' inside the front matter are
// ignored. The body is everything after the closing line, without leading
// blank lines and trailing white space. Files are UTF-8, with or without BOM.
//
// Identity on import: a file with an id updates that article (or creates it
// with that id when the database has none, so an export restores into an
// empty database); a file without an id updates the article it created
// before, found by its path relative to DIR; otherwise a new article is made.
// Identical articles are left alone, so re-importing adds no revisions.
class KbMarkdownIo
{
public:
    explicit KbMarkdownIo(DatabasePtr database);

    // All or nothing: the first problem is returned as a BadInput error with
    // location "file:line" and nothing is written. NotFound if dir is missing.
    // A cancelled import returns a Runtime error and writes nothing.
    Result<KbImportSummary> importDirectory(const QString& dir, bool dryRun = false,
                                            const KbImportControl& control = {}) const;
    // Writes <id>-<slug>.md for every article; returns how many.
    Result<int> exportDirectory(const QString& dir) const;

    // The file name export uses for an article.
    static QString fileName(const Article& article);

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
