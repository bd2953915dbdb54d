// SPDX-License-Identifier: MIT
#include "teamconnectiondialog.h"

#include "common/messagebox.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/pgpassfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

// libpq's sslmode values, weakest first; verify-full is what a team server
// reached over a network should use.
const QStringList& sslModes()
{
    static const QStringList modes = {
        QStringLiteral("prefer"),    QStringLiteral("disable"),     QStringLiteral("require"),
        QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
    };
    return modes;
}

} // namespace

TeamConnectionDialog::TeamConnectionDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Team Database"));
    auto* intro = new QLabel(tr("Work with your team on a shared PostgreSQL database. Your team "
                                "lead or administrator gives you the server and your user name."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(QStringLiteral("switchboard"), this);
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: use the password file or the server's rules"));
    m_remember = new QCheckBox(tr("Remember the password in the PostgreSQL password file (%1)")
                                   .arg(PgPassFile::defaultPath()),
                               this);
    m_sslMode = new QComboBox(this);
    m_sslMode->addItem(tr("Use TLS when the server offers it"), sslModes().at(0));
    m_sslMode->addItem(tr("No TLS"), sslModes().at(1));
    m_sslMode->addItem(tr("Require TLS"), sslModes().at(2));
    m_sslMode->addItem(tr("Require TLS and a trusted certificate"), sslModes().at(3));
    m_sslMode->addItem(tr("Require TLS, a trusted certificate and the server's name"),
                       sslModes().at(4));
    m_rootCertificate = new QLineEdit(this);
    m_rootCertificate->setPlaceholderText(tr("the system's default"));
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Root Certificate"), QString(),
                                         tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_rootCertificate->setText(file);
    });
    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Encryption:"), m_sslMode);
    // A row holding a layout gets no buddy by itself, so its label is made here.
    auto* certificateLabel = new QLabel(tr("&Root certificate:"), this);
    certificateLabel->setBuddy(m_rootCertificate);
    form->addRow(certificateLabel, certificateRow);

    m_urlLabel = new QLabel(this);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_testButton = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    connect(m_testButton, &QPushButton::clicked, this, &TeamConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamConnectionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_urlLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Names for GUI tests and accessibility tools.
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_rootCertificate->setObjectName(QStringLiteral("rootCertificate"));

    for (QLineEdit* edit : {m_host, m_database, m_user, m_rootCertificate})
        connect(edit, &QLineEdit::textChanged, this, &TeamConnectionDialog::updateUrl);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamConnectionDialog::updateUrl);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamConnectionDialog::updateUrl);
    connect(&m_test, &QFutureWatcher<TestOutcome>::finished, this,
            &TeamConnectionDialog::showTestResult);
    updateUrl();
    resize(560, sizeHint().height());
}

void TeamConnectionDialog::setUrl(const QString& url)
{
    auto location = DatabaseLocation::parse(url);
    if (!location || !location->isPostgres())
        return;
    m_host->setText(location->host());
    if (location->port() > 0)
        m_port->setValue(location->port());
    m_database->setText(location->databaseName());
    m_user->setText(location->user());
    for (const auto& [key, value] : location->parameters()) {
        if (key == QLatin1String("sslmode"))
            m_sslMode->setCurrentIndex(std::max(0, int(sslModes().indexOf(value))));
        else if (key == QLatin1String("sslrootcert"))
            m_rootCertificate->setText(value);
    }
    updateUrl();
}

QString TeamConnectionDialog::url() const
{
    QList<QPair<QString, QString>> parameters;
    const QString mode = m_sslMode->currentData().toString();
    if (mode != sslModes().first())
        parameters.append({QStringLiteral("sslmode"), mode});
    if (!m_rootCertificate->text().trimmed().isEmpty())
        parameters.append({QStringLiteral("sslrootcert"), m_rootCertificate->text().trimmed()});
    return DatabaseLocation::server(m_host->text().trimmed(), m_port->value(),
                                    m_database->text().trimmed(), m_user->text().trimmed(),
                                    parameters)
        .displayName();
}

QString TeamConnectionDialog::password() const
{
    return m_password->text();
}

bool TeamConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString TeamConnectionDialog::statusText() const
{
    return m_status->text();
}

QString TeamConnectionDialog::urlWithPassword() const
{
    if (m_password->text().isEmpty())
        return url();
    QUrl withPassword(url());
    withPassword.setPassword(m_password->text());
    return withPassword.toString();
}

void TeamConnectionDialog::updateUrl()
{
    const bool complete = !m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty();
    m_urlLabel->setText(complete ? tr("Connection: %1").arg(url()) : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_testButton->setEnabled(complete && !m_test.isRunning());
}

void TeamConnectionDialog::testConnection()
{
    if (m_test.isRunning())
        return;
    m_testButton->setEnabled(false);
    m_status->setText(tr("Connecting\u2026"));
    const QString target = urlWithPassword();
    // Connecting can take seconds (a server far away, a firewall dropping
    // packets), so it runs on a pool thread; the connection closes there.
    m_test.setFuture(QtConcurrent::run([target]() -> TestOutcome {
        // A test changes nothing: an empty database is only reported.
        Database::Options options;
        options.createIfMissing = false;
        auto opened = Database::open(target, options);
        if (!opened) {
            if (opened.error().kind == ErrorKind::NotFound)
                return {true, true, QString()};
            return {false, false, opened.error().message};
        }
        opened.value()->closeThreadConnection();
        return {true, false, QString()};
    }));
}

void TeamConnectionDialog::showTestResult()
{
    const TestOutcome outcome = m_test.result();
    m_lastTestSucceeded = outcome.connected;
    if (!outcome.connected)
        m_status->setText(tr("Could not connect: %1").arg(outcome.error));
    else if (outcome.empty)
        m_status->setText(tr("Connected. The database is empty: Switchboard sets it up when you "
                             "connect."));
    else
        m_status->setText(tr("Connected: the team database is ready."));
    updateUrl();
    emit testFinished(m_lastTestSucceeded);
}

void TeamConnectionDialog::accept()
{
    if (rememberPassword() && !password().isEmpty()) {
        const Status stored =
            PgPassFile::store(PgPassFile::defaultPath(), m_host->text().trimmed(), m_port->value(),
                              m_database->text().trimmed(), m_user->text().trimmed(), password());
        if (!stored) {
            MessageBox::critical(this, windowTitle(), tr("The password could not be remembered."),
                                 stored.error().toString());
            return;
        }
    }
    QDialog::accept();
}

} // namespace Switchboard
