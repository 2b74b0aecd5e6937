#pragma once

#include <QDateTime>

namespace lb {

class SettingsRepository;

// The SDR's service level (issue 21): an MQL must be touched within a number of hours of
// becoming MQL. A lead is OVERDUE when it is in stage MQL, reached MQL more than that many
// hours ago, and has no logged touch at or after the moment it reached MQL (a touch from
// before it became MQL does not count). The store applies this one definition
// (LeadFilter::overdueOnly and LeadRow::overdue) to the Overdue queue's count, its rows and
// the marking of rows in the table.
namespace sla {

inline constexpr char mqlTouchHoursKey[] = "sla.mql_touch_hours";
inline constexpr int defaultMqlTouchHours = 24;
inline constexpr int maxMqlTouchHours = 24 * 30;

// The workspace's setting (shared by the team, as the MQL threshold is).
int mqlTouchHours(SettingsRepository& settings);
void setMqlTouchHours(SettingsRepository& settings, int hours);
// MQLs that reached MQL before this moment and are untouched since are overdue at `now`.
QDateTime overdueCutoff(int hours, const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace sla
} // namespace lb
