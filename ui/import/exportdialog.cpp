// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "import/ticketexporter.h"
#include "settings/fieldmessage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

namespace Switchboard {
namespace {

qint64 localMidnight(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

} // namespace

ExportDialog::ExportDialog(DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Tickets"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportFile"));
    m_path->setAccessibleName(tr("File to write"));
    m_path->setPlaceholderText(tr("tickets.csv or tickets.jsonl"));
    auto* browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    // QDateEdit shows dates in the locale's short format.
    const QDate today = QDate::currentDate();
    m_useFrom = new QCheckBox(tr("Created &from:"), this);
    m_useFrom->setObjectName(QStringLiteral("exportUseFrom"));
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(tr("Created &to:"), this);
    m_useTo->setObjectName(QStringLiteral("exportUseTo"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setCalendarPopup(true);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("exportProgress"));
    m_busy->setRange(0, 0); // the exporter reports no progress: busy
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new FieldMessage(this);
    m_error->setObjectName(QStringLiteral("exportError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(m_useFrom, m_from);
    form->addRow(m_useTo, m_to);
    auto* note = new QLabel(tr("One row per ticket; .jsonl writes JSON Lines, anything else "
                               "CSV. Import tickets reads the file back."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_useFrom, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
    connect(m_useTo, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
    updateButtons();
    resize(520, 300);
}

ExportDialog::~ExportDialog()
{
    // The export writes a temporary file and renames it: let it finish
    // rather than leave the thread running without its dialog.
    if (m_thread)
        m_thread->wait();
}

std::optional<qint64> ExportDialog::fromMs() const
{
    if (!m_useFrom->isChecked())
        return std::nullopt;
    return localMidnight(m_from->date());
}

std::optional<qint64> ExportDialog::toMs() const
{
    if (!m_useTo->isChecked())
        return std::nullopt;
    return localMidnight(m_to->date().addDays(1));
}

void ExportDialog::browse()
{
    const QString start = m_path->text().isEmpty()
                              ? QDir::home().filePath(QStringLiteral("tickets.csv"))
                              : m_path->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tickets"), start,
                                                      tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateButtons()
{
    m_from->setEnabled(m_useFrom->isChecked() && !isRunning());
    m_to->setEnabled(m_useTo->isChecked() && !isRunning());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_path->text().trimmed().isEmpty() && !isRunning());
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const std::optional<qint64> from = fromMs();
    const std::optional<qint64> to = toMs();
    if (from && to && *from >= *to) {
        m_error->showMessage(tr("The first day comes after the last."));
        return;
    }
    m_error->showMessage(QString());
    m_status->setText(tr("Exporting to %1\u2026").arg(QFileInfo(path).fileName()));
    m_busy->show();

    auto result = std::make_shared<std::optional<Result<qint64>>>();
    DatabasePtr database = m_database;
    m_thread = QThread::create([database, path, from, to, result] {
        *result = TicketExporter(database).exportTickets(path, from, to);
        // This thread's connection dies with it.
        database->closeThreadConnection();
    });
    m_thread->setObjectName(QStringLiteral("ticket-export"));
    connect(m_thread, &QThread::finished, this, [this, result, path] {
        m_thread->deleteLater();
        m_thread = nullptr;
        exportEnded(result->value_or(Result<qint64>(Error{ErrorKind::Runtime, QString()})), path);
    });
    m_thread->start();
    updateButtons();
}

void ExportDialog::exportEnded(const Result<qint64>& count, const QString& path)
{
    m_busy->hide();
    updateButtons();
    if (count) {
        m_status->setText(
            tr("Exported %1 tickets to %2.")
                .arg(QLocale().toString(count.value()), QDir::toNativeSeparators(path)));
    } else {
        m_status->setText(tr("Nothing was exported."));
        m_error->showMessage(count.error().toString());
    }
    if (count)
        emit exportFinished(count.value(), QString());
    else
        emit exportFinished(-1, count.error().toString());
}

} // namespace Switchboard
