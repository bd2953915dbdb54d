// SPDX-License-Identifier: MIT
#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "switchboard.ui")
Q_LOGGING_CATEGORY(lcUiQueue, "switchboard.ui.queue")
Q_LOGGING_CATEGORY(lcUiKb, "switchboard.ui.kb")
