#pragma once

#include "model/lead.h"

#include <QString>
#include <optional>

namespace lb {

// A converted lead is read-only: it lives on as the account, contact and opportunity it
// became. Every edit path (profile edits, answers, moves) asks this first; the message names
// what the lead became.
std::optional<QString> readOnlyReason(const Lead& lead);

} // namespace lb
