// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "import/importinspector.h"
#include "import/ticketimporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Switchboard {

// What the import wizard shows before importing: how the file reads
// (encoding, format, delimiter) and either its first rows as the mapping
// turns them into ticket fields, or, when the format is to be detected,
// its columns with sample values and the mapping drafted from them. Reads
// only the start of the file, so it is quick enough for the UI thread.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::ImportPreview)

public:
    struct Row
    {
        qint64 line = 0;
        QStringList values; // in the order of headers()
    };

    // The first `rows` records of `options.path` through the mapping the
    // options choose.
    static ImportPreview mapped(const TicketImportOptions& options, int rows = 20);
    // Inspection without a mapping; draftMapping() holds the draft when it
    // loads as a mapping, error() why not.
    static ImportPreview detected(const TicketImportOptions& options);

    bool isDetected() const { return m_detected; }
    const std::optional<Error>& error() const { return m_error; }
    QString encoding() const { return m_encoding; }
    bool encodingDetected() const { return m_encodingDetected; }
    RecordFormat format() const { return m_format; }
    QChar delimiter() const { return m_delimiter; }
    QStringList headers() const { return m_headers; }
    const QList<Row>& rows() const { return m_rows; }
    const std::optional<ImportMapping>& draftMapping() const { return m_draft; }
    QJsonObject draftJson() const { return m_draftJson; }
    qint64 estimatedRecords() const { return m_estimatedRecords; }
    bool exact() const { return m_exact; }

private:
    bool m_detected = false;
    std::optional<Error> m_error;
    QString m_encoding;
    bool m_encodingDetected = false;
    RecordFormat m_format = RecordFormat::Csv;
    QChar m_delimiter;
    QStringList m_headers;
    QList<Row> m_rows;
    std::optional<ImportMapping> m_draft;
    QJsonObject m_draftJson;
    qint64 m_estimatedRecords = 0;
    bool m_exact = false;
};

} // namespace Switchboard
