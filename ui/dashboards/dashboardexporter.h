// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace Switchboard {

// Writes what the dashboards export: a chart as PNG or SVG, a table as CSV
// and the whole dashboard as a PDF report. Every file is written through
// QSaveFile (or a temporary file renamed at the end), so a failed export
// never leaves half a file where an older one was.
class DashboardExporter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExporter)

public:
    // One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF,
    // quotes doubled.
    static QString csvField(const QString& text);
    // A table model's display texts as RFC 4180 CSV, header row first, CRLF
    // line ends. Numbers are the model's texts: locale-independent raw
    // figures are the model's own business (KpiTableModel::toCsv).
    static QString toCsv(const QAbstractItemModel& model);
    // UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic and
    // Chinese as UTF-8.
    static Status writeCsv(const QString& path, const QString& csv);

    // The widget as it is drawn on screen, at the screen's pixel ratio.
    static Status writePng(QWidget& widget, const QString& path);
    // The widget drawn into an SVG document of its size; text stays text.
    static Status writeSvg(QWidget& widget, const QString& path, const QString& title);

    // The PDF report: A4 portrait, the title and subtitle on top, the table
    // drawn as a table (header, rows, each cell's text and colours), then
    // each chart scaled to the page width, on a new page where it does not
    // fit below the last.
    struct Report
    {
        QString title;
        QString subtitle; // the period and the time basis
        const QAbstractItemModel* table = nullptr;
        QList<QWidget*> charts;
    };
    static Status writePdf(const Report& report, const QString& path);
};

} // namespace Switchboard
