// SPDX-License-Identifier: MIT
#include "kbimportdialog.h"

#include <QCheckBox>
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
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr int kProgressSteps = 1000;

} // namespace

KbImportDialog::KbImportDialog(DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_worker(std::make_unique<KbImportWorker>(std::move(database)))
{
    setObjectName(QStringLiteral("kbImportDialog"));
    setWindowTitle(tr("Import Articles"));

    qRegisterMetaType<KbImportOutcome>();
    m_thread.setObjectName(QStringLiteral("kb-import"));
    m_worker->moveToThread(&m_thread);
    // Emitted on the worker thread itself: the only place its database
    // connection may be closed.
    connect(&m_thread, &QThread::finished, m_worker.get(), &KbImportWorker::releaseConnection,
            Qt::DirectConnection);
    connect(m_worker.get(), &KbImportWorker::progressed, this, &KbImportDialog::showProgress,
            Qt::QueuedConnection);
    connect(m_worker.get(), &KbImportWorker::finished, this, &KbImportDialog::runEnded,
            Qt::QueuedConnection);
    m_thread.start();

    auto* intro = new QLabel(
        tr("A folder of Markdown files with a front-matter block (title, lang, status, "
           "category, tags), as \u201cswitchboard-cli kb export\u201d writes them. Every file "
           "is checked before anything is written; on any problem nothing is imported."),
        this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("kbImportFolder"));
    m_folder->setClearButtonEnabled(true);
    connect(m_folder, &QLineEdit::textChanged, this, &KbImportDialog::updateButtons);
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_browse->setObjectName(QStringLiteral("kbImportBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &KbImportDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);

    m_dryRun = new QCheckBox(tr("&Check only, write nothing"), this);
    m_dryRun->setObjectName(QStringLiteral("kbImportDryRun"));

    auto* form = new QFormLayout;
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_dryRun);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("kbImportProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kbImportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kbImportError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("kbImportStart"));
    m_cancel = m_buttons->addButton(tr("&Cancel Import"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("kbImportCancel"));
    m_cancel->setToolTip(tr("Stop and write nothing"));
    m_cancel->hide();
    // Accept would close the dialog; the import reports in place instead.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_import, &QPushButton::clicked, this, &KbImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &KbImportDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KbImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(620, 300);
    updateButtons();
}

KbImportDialog::~KbImportDialog()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void KbImportDialog::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void KbImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder of Articles"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        setFolder(folder);
}

void KbImportDialog::start()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (m_running || folder.isEmpty())
        return;
    m_running = true;
    m_progress->setValue(0);
    m_progress->show();
    m_error->hide();
    m_status->setText(tr("Reading %1\u2026").arg(QDir::toNativeSeparators(folder)));
    m_cancelling = false;
    updateButtons();
    const bool dryRun = m_dryRun->isChecked();
    m_worker->resetCancel();
    KbImportWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, folder, dryRun] { worker->run(folder, dryRun); }, Qt::QueuedConnection);
}

void KbImportDialog::cancel()
{
    if (!m_running)
        return;
    m_worker->cancel();
    m_cancelling = true;
    updateButtons();
    m_status->setText(tr("Cancelling: nothing will be written\u2026"));
}

void KbImportDialog::reject()
{
    // Closing while it runs cancels first; the dialog goes once it stopped.
    if (m_running) {
        m_closeWhenStopped = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void KbImportDialog::showProgress(int phase, int done, int total)
{
    if (!m_running || m_cancelling)
        return; // keep saying that it is cancelling
    const double part = total > 0 ? double(done) / double(total) : 0.0;
    // Reading and checking is about half of the time, writing the rest.
    const bool reading = phase == int(KbImportControl::Phase::Reading);
    m_progress->setValue(int((reading ? 0.5 * part : 0.5 + 0.5 * part) * kProgressSteps));
    const QLocale locale;
    m_status->setText(
        reading
            ? tr("Checking files: %1 of %2").arg(locale.toString(done), locale.toString(total))
            : tr("Writing articles: %1 of %2").arg(locale.toString(done), locale.toString(total)));
}

void KbImportDialog::runEnded(const KbImportOutcome& outcome)
{
    m_running = false;
    m_progress->setValue(kProgressSteps);
    // An empty bar under "nothing was imported" would read as "still to come".
    m_progress->setVisible(!outcome.error);
    const QLocale locale;
    if (outcome.error) {
        const Error& error = *outcome.error;
        m_status->setText(m_cancelling ? tr("Cancelled. Nothing was imported.")
                                       : tr("Nothing was imported."));
        if (!m_cancelling) {
            m_error->setText(error.location.isEmpty()
                                 ? error.message
                                 : tr("%1: %2").arg(error.location, error.message));
            m_error->show();
        }
    } else {
        const KbImportSummary& s = outcome.summary;
        const int unchanged = s.total - s.created - s.updated;
        const QString counts = tr("%n file(s): %1 new, %2 changed, %3 unchanged.", nullptr, s.total)
                                   .arg(locale.toString(s.created), locale.toString(s.updated),
                                        locale.toString(unchanged));
        m_status->setText(outcome.dryRun ? tr("Checked, nothing written. %1").arg(counts)
                                         : tr("Imported. %1").arg(counts));
        if (!outcome.dryRun && s.created + s.updated > 0)
            emit imported(s);
    }
    updateButtons();
    emit runFinished();
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void KbImportDialog::updateButtons()
{
    const bool idle = !m_running;
    m_import->setEnabled(idle && !m_folder->text().trimmed().isEmpty());
    m_import->setVisible(idle);
    m_cancel->setVisible(!idle);
    m_cancel->setEnabled(!idle && !m_cancelling);
    m_folder->setEnabled(idle);
    m_browse->setEnabled(idle);
    m_dryRun->setEnabled(idle);
}

} // namespace Switchboard
