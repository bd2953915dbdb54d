// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "switchboard.storage")
Q_LOGGING_CATEGORY(lcMigrations, "switchboard.storage.migrations")
Q_LOGGING_CATEGORY(lcTickets, "switchboard.tickets")
Q_LOGGING_CATEGORY(lcDemo, "switchboard.demo")
Q_LOGGING_CATEGORY(lcBench, "switchboard.bench")
Q_LOGGING_CATEGORY(lcImport, "switchboard.import")
Q_LOGGING_CATEGORY(lcSla, "switchboard.sla")
