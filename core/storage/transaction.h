// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace Switchboard {

// Begins a transaction on construction and rolls it back on destruction unless
// commit() succeeded, so an early return or exception never leaves half a write.
class Transaction
{
public:
    enum class Mode
    {
        Deferred,
        // Takes the write lock at BEGIN. A read-then-write transaction needs it
        // where several processes write: a deferred one that read before
        // another writer committed fails at its first write instead of
        // waiting for the busy timeout.
        Immediate,
    };

    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Mode m_mode = Mode::Deferred;
};

} // namespace Switchboard
