// SPDX-License-Identifier: MIT
#pragma once

#include "importmapping.h"
#include "recordreader.h"

#include <QJsonObject>

namespace Switchboard {

struct ColumnProfile
{
    QString name;
    QStringList samples;  // up to three distinct non-empty values
    QString timeFormat;   // when every sampled value reads as a time in it
    int distinct = 0;     // distinct values in the sample
    bool repeats = false; // some value occurs on several sampled rows
};

struct ImportInspection
{
    QString path;
    QString encoding;
    QString encodingReason; // empty when forced
    bool compressed = false;
    RecordFormat format = RecordFormat::Csv;
    QChar delimiter;
    QList<ColumnProfile> columns;
    qint64 sampledRecords = 0;
    qint64 estimatedRecords = 0;
    bool exact = false; // the whole file was read
    QJsonObject draftMapping;
};

// Looks at the start of an export before importing it: encoding, delimiter,
// columns with sample values, an estimate of the row count, and a draft
// mapping to edit and pass with --mapping. The draft guesses fields from
// column names, time formats from the values (day first when a value allows
// both), value maps from the distinct values (unknown ones left "" so the
// mapping does not load until someone decides), and an event_log section
// when ticket ids repeat. Given a mapping (a built-in format), the draft is
// that mapping.
class ImportInspector
{
public:
    static Result<ImportInspection> inspect(const QString& path,
                                            std::optional<RecordFormat> format = {},
                                            const QString& encoding = {},
                                            const std::optional<ImportMapping>& mapping = {});

    // The draft mapping for these columns.
    static QJsonObject draft(const QList<ColumnProfile>& columns,
                             const QHash<QString, QStringList>& distinctValues,
                             const QString& source);
};

} // namespace Switchboard
