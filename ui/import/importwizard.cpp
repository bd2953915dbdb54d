// SPDX-License-Identifier: MIT
#include "importwizard.h"

#include "settings/fieldmessage.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace Switchboard {

// A wizard page whose behaviour the wizard supplies, so the pages share the
// wizard's state instead of each keeping a copy of it.
class ImportWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<void()> onEnter;
    std::function<bool()> complete;

    void initializePage() override
    {
        if (onEnter)
            onEnter();
    }
    bool isComplete() const override { return complete ? complete() : true; }
    void recheck() { emit completeChanged(); }
};

namespace {

constexpr int kProgressSteps = 1000;

QString encodingKey(const QComboBox* box)
{
    // The first entry means "detect"; anything typed is a codec name.
    const QString text = box->currentText().trimmed();
    if (box->currentIndex() == 0 && text == box->itemText(0))
        return QString();
    return text;
}

} // namespace

ImportWizard::ImportWizard(DatabasePtr database, QWidget* parent)
    : QWizard(parent)
    , m_database(database)
    , m_worker(std::make_unique<ImportWorker>(database))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Tickets"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportOutcome>();
    m_thread.setObjectName(QStringLiteral("ticket-import"));
    m_worker->moveToThread(&m_thread);
    // finished is emitted on the worker thread itself: the only place its
    // database connection may be closed.
    connect(&m_thread, &QThread::finished, m_worker.get(), &ImportWorker::releaseConnection,
            Qt::DirectConnection);
    connect(m_worker.get(), &ImportWorker::progressed, this, &ImportWizard::showProgress,
            Qt::QueuedConnection);
    connect(m_worker.get(), &ImportWorker::finished, this, &ImportWizard::runEnded,
            Qt::QueuedConnection);
    m_thread.start();

    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(RunPage, createRunPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(FilePage);
    resize(820, 560);
}

ImportWizard::~ImportWizard()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

ImportWizardPage* ImportWizard::createFilePage()
{
    auto* page = new ImportWizardPage(this);
    m_filePage = page;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV or JSON Lines export, optionally gzip-compressed. Nothing is "
                         "written until the whole file has been checked."));

    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setAccessibleName(tr("File to import"));
    auto* browse = new QPushButton(tr("&Browse\u2026"), page);
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Detect from the columns"), QStringLiteral("detect"));
    m_format->addItem(tr("ServiceNow incident event log"), QStringLiteral("servicenow"));
    m_format->addItem(tr("Software company help-desk log"), QStringLiteral("helpdesk"));
    m_format->addItem(tr("Switchboard export (CSV or JSON Lines)"), QStringLiteral("export"));
    m_format->addItem(tr("Mapping file (JSON)"), QStringLiteral("mapping"));

    m_mappingPath = new QLineEdit(page);
    m_mappingPath->setObjectName(QStringLiteral("importMappingFile"));
    m_mappingPath->setAccessibleName(tr("Mapping file"));
    m_mappingBrowse = new QPushButton(tr("B&rowse\u2026"), page);
    connect(m_mappingBrowse, &QPushButton::clicked, this, &ImportWizard::browseMapping);
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mappingPath, 1);
    mappingRow->addWidget(m_mappingBrowse);

    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->setEditable(true);
    m_encoding->addItem(tr("Detect"));
    m_encoding->addItems({QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"),
                          QStringLiteral("UTF-16BE"), QStringLiteral("windows-1251"),
                          QStringLiteral("KOI8-R"), QStringLiteral("windows-1252"),
                          QStringLiteral("GB18030")});

    auto* form = new QFormLayout(page);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Mapping:"), mappingRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    auto* note = new QLabel(tr("Importing the same file again adds nothing: tickets are found by "
                               "their id in the source; changed ones are updated."),
                            page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);

    auto updateMapping = [this] {
        const bool mapping = formatChoice() == QLatin1String("mapping");
        m_mappingPath->setEnabled(mapping);
        m_mappingBrowse->setEnabled(mapping);
        m_filePage->recheck();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, updateMapping);
    connect(m_path, &QLineEdit::textChanged, page, &ImportWizardPage::recheck);
    connect(m_mappingPath, &QLineEdit::textChanged, page, &ImportWizardPage::recheck);
    page->complete = [this] {
        if (!fileChosen())
            return false;
        return formatChoice() != QLatin1String("mapping") ||
               QFileInfo(m_mappingPath->text().trimmed()).isFile();
    };
    updateMapping();
    return page;
}

ImportWizardPage* ImportWizard::createPreviewPage()
{
    auto* page = new ImportWizardPage(this);
    m_previewPage = page;
    page->setTitle(tr("Preview"));
    page->setCommitPage(true);
    m_previewInfo = new QLabel(page);
    m_previewInfo->setObjectName(QStringLiteral("importPreviewInfo"));
    m_previewInfo->setWordWrap(true);
    m_previewInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewTable = new QTableWidget(page);
    m_previewTable->setObjectName(QStringLiteral("importPreviewTable"));
    m_previewTable->setAccessibleName(tr("Preview of the rows"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewError = new FieldMessage(page);
    m_previewError->setObjectName(QStringLiteral("importPreviewError"));
    m_previewError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveDraft = new QPushButton(tr("&Save Draft Mapping\u2026"), page);
    m_saveDraft->setObjectName(QStringLiteral("importSaveDraft"));
    connect(m_saveDraft, &QPushButton::clicked, this, &ImportWizard::saveDraft);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_previewInfo);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_previewError);
    layout->addWidget(m_saveDraft, 0, Qt::AlignLeft);
    page->onEnter = [this] { showPreview(); };
    page->complete = [this] { return !m_preview.error().has_value(); };
    return page;
}

ImportWizardPage* ImportWizard::createRunPage()
{
    auto* page = new ImportWizardPage(this);
    m_runPage = page;
    page->setTitle(tr("Importing"));
    m_runStatus = new QLabel(page);
    m_runStatus->setObjectName(QStringLiteral("importStatus"));
    m_runStatus->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, kProgressSteps);
    m_cancel = new QPushButton(tr("&Cancel Import"), page);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setToolTip(tr("Stop and write nothing"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    m_runError = new FieldMessage(page);
    m_runError->setObjectName(QStringLiteral("importError"));
    m_runError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restart = new QPushButton(tr("&Start Over"), page);
    m_restart->setObjectName(QStringLiteral("importRestart"));
    m_restart->setToolTip(tr("Go back to the first page to choose another file or format"));
    connect(m_restart, &QPushButton::clicked, this, &QWizard::restart);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_runError);
    layout->addStretch(1);
    page->onEnter = [this] { startImport(); };
    page->complete = [this] { return !m_running && m_outcome && !m_outcome->error; };
    return page;
}

ImportWizardPage* ImportWizard::createSummaryPage()
{
    auto* page = new ImportWizardPage(this);
    page->setTitle(tr("Imported"));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    page->onEnter = [this] { showSummary(); };
    return page;
}

QString ImportWizard::formatChoice() const
{
    return m_format->currentData().toString();
}

bool ImportWizard::fileChosen() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

TicketImportOptions ImportWizard::importOptions() const
{
    TicketImportOptions options;
    options.path = m_path->text().trimmed();
    options.encoding = encodingKey(m_encoding);
    const QString choice = formatChoice();
    if (choice == QLatin1String("servicenow") || choice == QLatin1String("helpdesk"))
        options.format = choice;
    else if (choice == QLatin1String("mapping"))
        options.mappingPath = m_mappingPath->text().trimmed();
    else if (choice == QLatin1String("detect") && m_preview.isDetected())
        options.mapping = m_preview.draftMapping();
    // "export": csv or jsonl by the file name, as the CLI without --format.
    return options;
}

void ImportWizard::browseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Tickets"), m_path->text(),
        tr("Ticket exports (*.csv *.jsonl *.ndjson *.gz);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportWizard::browseMapping()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Mapping File"), m_mappingPath->text(), tr("Mappings (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_mappingPath->setText(path);
}

void ImportWizard::showPreview()
{
    TicketImportOptions options = importOptions();
    const bool detect = formatChoice() == QLatin1String("detect");
    options.mapping.reset();
    m_preview = detect ? ImportPreview::detected(options) : ImportPreview::mapped(options);

    QStringList facts;
    if (!m_preview.encoding().isEmpty())
        facts << (m_preview.encodingDetected() ? tr("Encoding: %1 (detected)") : tr("Encoding: %1"))
                     .arg(m_preview.encoding());
    if (!m_preview.encoding().isEmpty())
        facts << (m_preview.format() == RecordFormat::JsonLines
                      ? tr("Format: JSON Lines")
                      : tr("Format: CSV, delimiter \u201c%1\u201d")
                            .arg(m_preview.delimiter() == u'\t' ? tr("tab")
                                                                : QString(m_preview.delimiter())));
    if (detect && m_preview.estimatedRecords() > 0)
        facts << (m_preview.exact()
                      ? tr("Rows: %1").arg(QLocale().toString(m_preview.estimatedRecords()))
                      : tr("Rows: about %1").arg(QLocale().toString(m_preview.estimatedRecords())));
    QString info = facts.join(QStringLiteral(" \u00b7 "));
    if (!info.isEmpty())
        info += u'\n';
    info += detect ? tr("The columns and their sample values; the mapping drafted from them "
                        "is used for the import.")
                   : tr("The first rows as they will be mapped to tickets.");
    m_previewInfo->setText(info);

    m_previewTable->clear();
    m_previewTable->setColumnCount(int(m_preview.headers().size()));
    m_previewTable->setHorizontalHeaderLabels(m_preview.headers());
    m_previewTable->setRowCount(int(m_preview.rows().size()));
    for (int row = 0; row < m_preview.rows().size(); ++row) {
        const QStringList& values = m_preview.rows().at(row).values;
        for (int column = 0; column < values.size(); ++column)
            m_previewTable->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
    m_previewTable->resizeColumnsToContents();

    if (const auto& error = m_preview.error()) {
        QString text = error->toString();
        if (detect && !m_preview.draftJson().isEmpty())
            text = tr("The drafted mapping needs decisions before it can import: %1. Save it, "
                      "complete it and choose it as the mapping file.")
                       .arg(text);
        m_previewError->showMessage(text);
    } else {
        m_previewError->showMessage(QString());
    }
    m_saveDraft->setVisible(detect && !m_preview.draftJson().isEmpty());
    m_previewPage->recheck();
}

void ImportWizard::saveDraft()
{
    const QString suggested =
        QFileInfo(m_path->text().trimmed()).completeBaseName() + QStringLiteral(".mapping.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Draft Mapping"), suggested,
                                                      tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(m_preview.draftJson()).toJson()) < 0) {
        m_previewError->showMessage(
            tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    m_mappingPath->setText(path);
    m_format->setCurrentIndex(m_format->findData(QStringLiteral("mapping")));
}

void ImportWizard::startImport()
{
    m_outcome.reset();
    m_running = true;
    m_closeWhenStopped = false;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_restart->hide();
    m_runError->showMessage(QString());
    m_runStatus->setText(tr("Reading %1\u2026").arg(QFileInfo(m_path->text()).fileName()));
    m_runPage->recheck();
    const TicketImportOptions options = importOptions();
    m_worker->resetCancel();
    ImportWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, options] { worker->run(options); }, Qt::QueuedConnection);
}

void ImportWizard::cancelImport()
{
    if (!m_running)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_runStatus->setText(tr("Cancelling: nothing will be written\u2026"));
}

void ImportWizard::showProgress(const ImportProgress& progress)
{
    if (!m_running)
        return;
    const double part = progress.total > 0 ? double(progress.done) / double(progress.total) : 0.0;
    // Reading is most of the time on large files; writing gets the last fifth.
    const double overall =
        progress.phase == ImportProgress::Phase::Reading ? 0.8 * part : 0.8 + 0.2 * part;
    m_progress->setValue(int(overall * kProgressSteps));
    if (!m_cancel->isEnabled())
        return; // keep saying that it is cancelling
    const QLocale locale;
    m_runStatus->setText(
        progress.phase == ImportProgress::Phase::Reading
            ? tr("Reading %1: %2 rows checked")
                  .arg(QFileInfo(m_path->text()).fileName(), locale.toString(progress.records))
            : tr("Writing tickets: %1 of %2")
                  .arg(locale.toString(progress.done), locale.toString(progress.total)));
}

void ImportWizard::runEnded(const ImportOutcome& outcome)
{
    m_running = false;
    m_outcome = outcome;
    m_cancel->hide();
    const bool ok = !outcome.error;
    if (!outcome.result.ticketIds.isEmpty())
        emit imported(outcome.result.ticketIds);
    if (ok) {
        m_progress->setValue(kProgressSteps);
        m_runStatus->setText(tr("Done."));
    } else {
        m_runStatus->setText(outcome.result.ticketIds.isEmpty()
                                 ? tr("Nothing was imported.")
                                 : tr("The tickets were imported, but their SLA could not be "
                                      "brought up to date."));
        m_runError->showMessage(outcome.error->toString());
        m_restart->show();
    }
    m_runPage->recheck();
    emit runFinished(ok);
    if (m_closeWhenStopped) {
        QWizard::reject();
        return;
    }
    if (ok && currentId() == RunPage)
        next();
}

void ImportWizard::showSummary()
{
    if (!m_outcome)
        return;
    const TicketImportResult& r = m_outcome->result;
    const QLocale locale;
    QString text = tr("%1 tickets from %2 rows of %3 (%4): %5 new, %6 updated, %7 unchanged.")
                       .arg(locale.toString(r.tickets), locale.toString(r.records),
                            QFileInfo(m_path->text()).fileName(), m_outcome->encoding,
                            locale.toString(r.created), locale.toString(r.updated),
                            locale.toString(r.unchanged));
    text += u'\n';
    text += tr("%1 history events; new customers %2, agents %3, groups %4.")
                .arg(locale.toString(r.events), locale.toString(r.customersCreated),
                     locale.toString(r.agentsCreated), locale.toString(r.groupsCreated));
    text += u'\n';
    text +=
        tr("Time taken: %1 s.").arg(locale.toString(double(m_outcome->elapsedMs) / 1000.0, 'f', 1));
    m_summary->setText(text);
}

void ImportWizard::reject()
{
    if (m_running) {
        // Closing must not leave half an import: wait for the rollback.
        m_closeWhenStopped = true;
        cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace Switchboard
