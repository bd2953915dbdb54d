// SPDX-License-Identifier: MIT
#pragma once

#include "importpreview.h"
#include "importworker.h"
#include "storage/database.h"

#include <QThread>
#include <QWizard>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Switchboard {

class FieldMessage;
class ImportWizardPage;

// File > Import: brings tickets in from another help desk's export, the
// way `switchboard-cli import tickets` does. Pages: the file and its format
// (a built-in mapping, a mapping file, or detected from the columns); a
// preview of how the first rows read; the import itself, on a worker thread
// with a progress bar and a Cancel that rolls everything back; a summary.
// A file with a bad value imports nothing and says where the value is.
// Owns the worker and its thread.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        RunPage,
        SummaryPage,
    };

    explicit ImportWizard(DatabasePtr database, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // What the first page asks for, as importer options.
    TicketImportOptions importOptions() const;
    const ImportPreview& preview() const { return m_preview; }
    bool isRunning() const { return m_running; }
    // How the last run ended; empty before one finished.
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }

    // Closing while an import runs cancels it and closes once it rolled back.
    void reject() override;

signals:
    // Tickets were written (the queue may reload).
    void imported(const QList<Switchboard::TicketId>& ids);
    // An import run ended, written or not.
    void runFinished(bool ok);

private:
    ImportWizardPage* createFilePage();
    ImportWizardPage* createPreviewPage();
    ImportWizardPage* createRunPage();
    ImportWizardPage* createSummaryPage();
    QString formatChoice() const;
    bool fileChosen() const;
    void browseFile();
    void browseMapping();
    void showPreview();
    void saveDraft();
    void startImport();
    void cancelImport();
    void showProgress(const Switchboard::ImportProgress& progress);
    void runEnded(const Switchboard::ImportOutcome& outcome);
    void showSummary();

    DatabasePtr m_database;
    std::unique_ptr<ImportWorker> m_worker;
    QThread m_thread;

    ImportWizardPage* m_filePage = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_mappingPath = nullptr;
    QPushButton* m_mappingBrowse = nullptr;
    QComboBox* m_encoding = nullptr;

    ImportWizardPage* m_previewPage = nullptr;
    QLabel* m_previewInfo = nullptr;
    QTableWidget* m_previewTable = nullptr;
    FieldMessage* m_previewError = nullptr;
    QPushButton* m_saveDraft = nullptr;
    ImportPreview m_preview;

    ImportWizardPage* m_runPage = nullptr;
    QLabel* m_runStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_restart = nullptr;
    FieldMessage* m_runError = nullptr;
    bool m_running = false;
    bool m_closeWhenStopped = false;
    std::optional<ImportOutcome> m_outcome;

    QLabel* m_summary = nullptr;
};

} // namespace Switchboard
