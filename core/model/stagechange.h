#pragma once

#include "model/stage.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lb {

// One line of a lead's history: who moved it, when, from where, to where, and why.
struct StageChange
{
    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime at;
    std::optional<Stage> from; // empty for the lead's creation
    Stage to = Stage::New;
    QString by;
    QString reason;
    bool override = false;
    // The lead's score when it moved (the calibration report reads it for moves to MQL). Unset:
    // the store records the lead's stored score at the time of writing.
    std::optional<int> score;
};

} // namespace lb
