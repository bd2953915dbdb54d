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
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Switchboard
