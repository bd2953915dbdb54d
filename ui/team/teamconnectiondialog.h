// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Switchboard {

// File > Connect to Team Database: where the team's PostgreSQL server is,
// who I am on it and how the connection is secured. Builds the
// postgresql:// URL that --db takes; the password is never part of it. It
// goes to libpq's password file when the operator asks to remember it, else
// it lives in memory for this session only.
class TeamConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamConnectionDialog(QWidget* parent = nullptr);

    // Fills the fields from a postgresql:// URL (e.g. the current team database).
    void setUrl(const QString& url);
    // The URL to connect to, without the password.
    QString url() const;
    QString password() const;
    bool rememberPassword() const;

    // Tries the connection (and the schema) off the UI thread; the result
    // appears under the fields.
    void testConnection();
    // Whether the last test succeeded; for tests.
    bool lastTestSucceeded() const { return m_lastTestSucceeded; }
    QString statusText() const;

signals:
    void testFinished(bool ok);

protected:
    void accept() override;

private:
    void updateUrl();
    void showTestResult();
    QString urlWithPassword() const;

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_rootCertificate = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_testButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    struct TestOutcome
    {
        bool connected = false;
        bool empty = false; // connected, and Switchboard will set the database up
        QString error;
    };
    QFutureWatcher<TestOutcome> m_test;
    bool m_lastTestSucceeded = false;
};

} // namespace Switchboard
