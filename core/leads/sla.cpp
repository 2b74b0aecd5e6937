#include "leads/sla.h"

#include "store/repositories.h"

#include <algorithm>

namespace lb::sla {

int mqlTouchHours(SettingsRepository& settings)
{
    bool ok = false;
    const int hours =
        settings.value(QLatin1String(mqlTouchHoursKey), QString::number(defaultMqlTouchHours))
            .toInt(&ok);
    // A value edited by hand out of range falls back rather than marking every MQL overdue.
    return ok && hours >= 1 ? std::min(hours, maxMqlTouchHours) : defaultMqlTouchHours;
}

void setMqlTouchHours(SettingsRepository& settings, int hours)
{
    settings.setValue(QLatin1String(mqlTouchHoursKey),
                      QString::number(std::clamp(hours, 1, maxMqlTouchHours)));
}

QDateTime overdueCutoff(int hours, const QDateTime& now)
{
    return now.toUTC().addSecs(-qint64(hours) * 3600);
}

} // namespace lb::sla
