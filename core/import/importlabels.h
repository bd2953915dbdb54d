// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Switchboard {

struct ImportPerson
{
    QString name;
    QString email;
};

// The requester a label names. "Name <address>" and a bare e-mail address
// are taken as they are; any other label (an anonymised "Caller 2403", a
// plain name) gets a stable synthetic address in the source's .invalid
// domain, which can never be delivered (RFC 2606):
// "Caller 2403" from servicenow -> caller.2403@servicenow.invalid. The same
// label always gives the same address, so a requester is one customer
// across tickets and imports.
ImportPerson requesterFromLabel(const QString& label, const QString& source);

// An agent login for a label: a label that already is a valid login
// ("anna.k") is kept; others become lowercase Latin words joined by dots
// ("Resolver 17" -> resolver.17); a label without Latin letters or digits
// gets "agent." and a stable hash.
QString agentLoginFromLabel(const QString& label);

} // namespace Switchboard
