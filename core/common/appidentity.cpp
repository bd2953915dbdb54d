// SPDX-License-Identifier: MIT
#include "appidentity.h"

#include <QCoreApplication>

namespace Switchboard {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationName(QStringLiteral("switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
}

} // namespace Switchboard
