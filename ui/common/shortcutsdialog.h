// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace Switchboard {

// The keyboard map (F1 or ?): only keys that do something in this build.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);
};

} // namespace Switchboard
