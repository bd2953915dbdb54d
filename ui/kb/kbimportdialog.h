// SPDX-License-Identifier: MIT
#pragma once

#include "kbimportworker.h"
#include "storage/database.h"

#include <QDialog>
#include <QThread>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Switchboard {

// Imports a folder of Markdown articles (the format `kb export` writes), as
// `switchboard-cli kb import` does: every file is read and checked before
// anything is written, and the whole import is one transaction. Shows
// progress, can be cancelled (nothing is written then), and names the file
// and line of the first problem.
class KbImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KbImportDialog(DatabasePtr database, QWidget* parent = nullptr);
    ~KbImportDialog() override;

    void setFolder(const QString& folder);
    bool isRunning() const { return m_running; }
    // Starts the import of the chosen folder (what the Import button does).
    void start();
    void cancel();

signals:
    // Articles were written: lists, counts and suggestions are stale.
    void imported(const Switchboard::KbImportSummary& summary);
    // After every run, written, checked, failed or cancelled.
    void runFinished();

protected:
    void reject() override;

private:
    void chooseFolder();
    void showProgress(int phase, int done, int total);
    void runEnded(const KbImportOutcome& outcome);
    void updateButtons();

    QThread m_thread;
    std::unique_ptr<KbImportWorker> m_worker;
    bool m_running = false;
    bool m_closeWhenStopped = false;
    bool m_cancelling = false; // Cancel pressed for the run in progress

    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_dryRun = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace Switchboard
