// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Switchboard {

// Folds text for case-insensitive matching in every script: Unicode case
// folding, compatibility normalisation, and ё as е (Russian readers treat
// them as one letter). Stored "_fold" columns and search input use this same
// function, so they always agree.
QString foldForSearch(const QString& text);

// Escapes LIKE wildcards so user text matches literally (ESCAPE '\').
QString escapeLike(const QString& text);

} // namespace Switchboard
