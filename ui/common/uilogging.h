// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Categories of the desktop UI; app/ forwards them to spdlog with core's.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcUiQueue)
Q_DECLARE_LOGGING_CATEGORY(lcUiKb)
