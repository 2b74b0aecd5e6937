#pragma once

#include <QString>

namespace lb {

// A behaviour event (spec/scoring-model.md): its type is free text compared exactly.
// Times are seconds since the Unix epoch, UTC: compact for ten million rows, exact for decay.
// An event is identified by all of its fields: the same event imported twice is one event.
struct Event
{
    qint64 leadId = 0;
    QString type;
    qint64 occurredAt = 0;
    QString detail;
};

} // namespace lb
