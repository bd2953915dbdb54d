// SPDX-License-Identifier: MIT
#pragma once

#include "article.h"
#include "common/result.h"
#include "storage/database.h"

#include <QString>

namespace Switchboard {

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
    Result<KbImportSummary> importDirectory(const QString& dir, bool dryRun = false) const;
    // Writes <id>-<slug>.md for every article; returns how many.
    Result<int> exportDirectory(const QString& dir) const;

    // The file name export uses for an article.
    static QString fileName(const Article& article);

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
