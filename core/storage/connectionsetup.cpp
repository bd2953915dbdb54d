// SPDX-License-Identifier: MIT
#include "connectionsetup.h"

#include <QMutex>

namespace Switchboard {
namespace {

struct Registry
{
    QMutex mutex;
    QList<ConnectionSetup> setups;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void addDefaultConnectionSetup(ConnectionSetup setup)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    r.setups.append(std::move(setup));
}

QList<ConnectionSetup> defaultConnectionSetups()
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    return r.setups;
}

Status runConnectionSetups(QSqlDatabase& db, const QList<ConnectionSetup>& setups)
{
    for (const ConnectionSetup& setup : setups) {
        if (Status status = setup(db); !status)
            return status;
    }
    return {};
}

} // namespace Switchboard
