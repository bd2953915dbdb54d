// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "common/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>

#include <memory>

namespace Switchboard::Cli {

// Exit codes of CLI.md.
enum ExitCode
{
    ExitOk = 0,
    ExitRuntime = 1,
    ExitUsage = 2,
    ExitConflict = 3,
    ExitNotFound = 4,
    ExitBadInput = 5,
};

int exitCodeFor(ErrorKind kind);

// What every command gets: the chosen database and the output streams.
class CliContext
{
public:
    explicit CliContext(QString databasePath);

    QString databasePath() const { return m_databasePath; }
    // Opens (creating or migrating) the database on first use.
    Result<DatabasePtr> database();

    // Prints "switchboard-cli: message (location)" on stderr; returns the exit code.
    int fail(const Error& error) const;
    int usageError(const QString& message) const;
    void print(const QString& text) const; // stdout, newline added
    void printJson(const QJsonDocument& document) const;

private:
    QString m_databasePath;
    DatabasePtr m_database;
};

// One subcommand. Commands parse their own options so `COMMAND --help` works.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is "switchboard-cli COMMAND", for QCommandLineParser.
    virtual int run(CliContext& context, const QStringList& arguments) = 0;

protected:
    // Parses options; handles --help. Returns an exit code to stop with, or -1 to go on.
    int parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
              const QString& description) const;
};

using CliCommandPtr = std::unique_ptr<CliCommand>;

} // namespace Switchboard::Cli
