#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lb {

// A behaviour event (docs/spec/scoring-model.md): its type is free text compared exactly.
// Times are milliseconds since the Unix epoch, UTC: the precision import files give
// (docs/spec/scoring-model.md, Arithmetic 6), compact for ten million rows, exact for decay.
// An event is identified by all of its fields: the same event imported twice is one event.
struct Event
{
    qint64 leadId = 0;
    QString type;
    qint64 occurredAtMs = 0;
    QString detail;
};

// Event times and the moments they are compared with ("as of") use this one unit.
inline constexpr qint64 msPerSecond = 1000;
inline constexpr qint64 msPerDay = 86'400'000;

inline qint64 eventTimeOf(const QDateTime& moment)
{
    return moment.toMSecsSinceEpoch();
}

inline QDateTime momentOfEventTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace lb
