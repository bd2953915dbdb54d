// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QThread;

namespace Switchboard {

class FieldMessage;

// File > Export: writes tickets one row each, as `switchboard-cli export
// tickets` does: CSV or JSON Lines by the file's extension, optionally only
// those created from one local day to another. The export runs on its own
// thread with its own connection; the file appears only when complete.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(DatabasePtr database, QWidget* parent = nullptr);
    ~ExportDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The bounds the dates give, as the CLI reads --from and --to: the start
    // of the first local day, the end of the last.
    std::optional<qint64> fromMs() const;
    std::optional<qint64> toMs() const;

    void startExport();

signals:
    // An export ended: the ticket count, or -1 and the error.
    void exportFinished(qint64 count, const QString& error);

private:
    void browse();
    void updateButtons();
    void exportEnded(const Result<qint64>& count, const QString& path);

    DatabasePtr m_database;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_to = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    FieldMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPointer<QThread> m_thread;
};

} // namespace Switchboard
