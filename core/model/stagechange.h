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
};

} // namespace lb
