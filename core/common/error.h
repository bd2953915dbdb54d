// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>

namespace Switchboard {

// What kind of failure an error is; callers map it to an exit code or a dialog.
enum class ErrorKind
{
    Runtime,  // something failed while doing valid work (I/O, database)
    Usage,    // the request itself was malformed
    Conflict, // someone else changed or took the thing first
    NotFound, // the thing asked for does not exist
    BadInput, // input data was invalid; nothing was written
};

// An error a user can act on: a translated message plus where it happened.
struct Error
{
    Error() = default;
    Error(ErrorKind kind, QString message, QString location = {})
        : kind(kind)
        , message(std::move(message))
        , location(std::move(location))
    {}

    ErrorKind kind = ErrorKind::Runtime;
    QString message;  // translated, complete sentence fragment ("database is newer than this app")
    QString location; // optional: file:line, ticket id, path

    QString toString() const
    {
        return location.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, location);
    }
};

} // namespace Switchboard
