// SPDX-License-Identifier: MIT
#include "dashboardexporter.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryFile>
#include <QWidget>

#include <algorithm>

namespace Switchboard {
namespace {

// The PDF is laid out in points of a 96-dpi page, so a chart drawn at its
// on-screen size comes out at the size it has on screen.
constexpr int kPdfDpi = 96;
constexpr double kCellPadding = 4;

Error writeError(const QString& path, const QString& reason)
{
    return Error{ErrorKind::Runtime, reason, path};
}

// QPdfWriter and QSvgGenerator write straight to a path; they write to a
// temporary file next to it instead, renamed over the target once complete.
class AtomicTarget
{
public:
    explicit AtomicTarget(const QString& path)
        : m_path(path)
        , m_file(QFileInfo(path).absoluteDir().filePath(QStringLiteral(".export-XXXXXX")))
    {
        m_file.setAutoRemove(true);
    }

    bool open() { return m_file.open(); }
    QIODevice* device() { return &m_file; }
    QString errorString() const { return m_file.errorString(); }

    Status commit()
    {
        m_file.close();
        if (m_file.error() != QFileDevice::NoError)
            return writeError(m_path, m_file.errorString());
        QFile::remove(m_path);
        if (!m_file.rename(m_path))
            return writeError(m_path, m_file.errorString());
        m_file.setAutoRemove(false);
        return {};
    }

private:
    QString m_path;
    QTemporaryFile m_file;
};

void drawWidget(QPainter& painter, QWidget& widget, const QRectF& target)
{
    const QSize size = widget.size();
    if (size.isEmpty())
        return;
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    widget.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

// Draws the table with its header on the page from `top`; returns the bottom.
double drawTable(QPainter& painter, const QAbstractItemModel& model, double top, double width)
{
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    if (columns == 0)
        return top;
    QFont bodyFont = painter.font();
    QFont headerFont = bodyFont;
    headerFont.setBold(true);
    const QFontMetricsF body(bodyFont);
    const QFontMetricsF header(headerFont);

    // Columns as wide as their widest text, shrunk in proportion when the
    // table is wider than the page.
    QList<double> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        widths[c] = header.horizontalAdvance(model.headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < rows; ++r)
            widths[c] =
                std::max(widths[c], body.horizontalAdvance(model.index(r, c).data().toString()));
        widths[c] += 2 * kCellPadding;
    }
    double total = 0;
    for (const double w : std::as_const(widths))
        total += w;
    const double shrink = total > width ? width / total : 1.0;
    const double rowHeight = body.height() + 2 * kCellPadding;

    painter.save();
    const QPen grid(QColor(0xBB, 0xBB, 0xBB), 0.5);
    double x = 0;
    painter.setFont(headerFont);
    for (int c = 0; c < columns; ++c) {
        const QRectF cell(x, top, widths[c] * shrink, rowHeight);
        painter.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
        painter.setPen(grid);
        painter.drawRect(cell);
        painter.setPen(Qt::black);
        painter.drawText(cell.adjusted(kCellPadding, 0, -kCellPadding, 0),
                         Qt::AlignLeading | Qt::AlignVCenter,
                         header.elidedText(model.headerData(c, Qt::Horizontal).toString(),
                                           Qt::ElideRight, cell.width() - 2 * kCellPadding));
        x += cell.width();
    }
    painter.setFont(bodyFont);
    double y = top + rowHeight;
    for (int r = 0; r < rows; ++r) {
        x = 0;
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QRectF cell(x, y, widths[c] * shrink, rowHeight);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (background.canConvert<QBrush>())
                painter.fillRect(cell, background.value<QBrush>());
            painter.setPen(grid);
            painter.drawRect(cell);
            const QVariant foreground = index.data(Qt::ForegroundRole);
            painter.setPen(foreground.canConvert<QColor>() ? foreground.value<QColor>()
                                                           : QColor(Qt::black));
            const QVariant alignment = index.data(Qt::TextAlignmentRole);
            const Qt::Alignment align =
                alignment.isValid() ? Qt::Alignment(alignment.toInt()) : Qt::AlignLeading;
            painter.drawText(cell.adjusted(kCellPadding, 0, -kCellPadding, 0),
                             (align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter,
                             body.elidedText(index.data().toString(), Qt::ElideRight,
                                             cell.width() - 2 * kCellPadding));
            x += cell.width();
        }
        y += rowHeight;
    }
    painter.restore();
    return y;
}

} // namespace

QString DashboardExporter::csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString DashboardExporter::toCsv(const QAbstractItemModel& model)
{
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields.append(csvField(model.headerData(c, Qt::Horizontal).toString()));
    QString csv = fields.join(u',') + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields.append(csvField(model.index(r, c).data().toString()));
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

Status DashboardExporter::writeCsv(const QString& path, const QString& csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    file.write("\xEF\xBB\xBF");
    file.write(csv.toUtf8());
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status DashboardExporter::writePng(QWidget& widget, const QString& path)
{
    const QPixmap image = widget.grab();
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") ||
        !file.commit())
        return writeError(path, tr("could not write the image"));
    return {};
}

Status DashboardExporter::writeSvg(QWidget& widget, const QString& path, const QString& title)
{
    AtomicTarget target(path);
    if (!target.open())
        return writeError(path, target.errorString());
    {
        QSvgGenerator generator;
        generator.setOutputDevice(target.device());
        generator.setSize(widget.size());
        generator.setViewBox(QRect(QPoint(), widget.size()));
        generator.setTitle(title);
        generator.setResolution(kPdfDpi);
        QPainter painter;
        if (!painter.begin(&generator))
            return writeError(path, tr("could not write the image"));
        widget.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    }
    return target.commit();
}

Status DashboardExporter::writePdf(const Report& report, const QString& path)
{
    AtomicTarget target(path);
    if (!target.open())
        return writeError(path, target.errorString());
    {
        QPdfWriter writer(target.device());
        writer.setResolution(kPdfDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(report.title);
        writer.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(path, tr("could not write the report"));
        const QRectF page = writer.pageLayout().paintRectPixels(kPdfDpi);
        const double width = page.width();
        const double height = page.height();

        QFont font = painter.font();
        font.setPointSizeF(9);
        painter.setFont(font);
        QFont titleFont = font;
        titleFont.setPointSizeF(15);
        titleFont.setBold(true);
        painter.setFont(titleFont);
        const QRectF titleRect(0, 0, width, QFontMetricsF(titleFont).height() * 2.5);
        QRectF used;
        painter.drawText(titleRect, Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap,
                         report.title, &used);
        double y = used.bottom() + 4;
        painter.setFont(font);
        painter.drawText(QRectF(0, y, width, QFontMetricsF(font).height() * 3),
                         Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap, report.subtitle,
                         &used);
        y = used.bottom() + 12;
        if (report.table)
            y = drawTable(painter, *report.table, y, width) + 16;

        for (QWidget* chart : report.charts) {
            if (!chart || chart->size().isEmpty())
                continue;
            const double scale = std::min(1.0, width / chart->width());
            double chartHeight = chart->height() * scale;
            if (chartHeight > height)
                chartHeight = height;
            if (y + chartHeight > height) {
                writer.newPage();
                y = 0;
            }
            drawWidget(painter, *chart, QRectF(0, y, width, chartHeight));
            y += chartHeight + 12;
        }
        painter.end();
    }
    return target.commit();
}

} // namespace Switchboard
