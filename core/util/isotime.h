#pragma once

#include <QDateTime>
#include <QString>

namespace lb {

// The one text form of a moment in the workspace: "2026-11-22T12:00:00Z".
QString toIsoUtc(const QDateTime& moment);
// The same with the milliseconds where they are not zero ("2026-11-22T12:00:00.600Z"), for
// moments kept to the millisecond (event times): a whole second reads as toIsoUtc gives it.
QString toIsoUtcExact(const QDateTime& moment);
QDateTime fromIsoUtc(const QString& text);
// A day as YYYY-MM-DD without QDate::toString's formatting machinery (it runs for every row of
// a load); empty for an invalid date.
QString toIsoDate(const QDate& date);

} // namespace lb
