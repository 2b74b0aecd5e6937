#include "qualification/qualificationsettings.h"

#include "store/repositories.h"

namespace lb {

QualificationSettings QualificationSettings::load(SettingsRepository& settings)
{
    QualificationSettings result;
    bool ok = false;
    const double percent = settings.value(readinessBarKey).toDouble(&ok);
    if (ok && percent >= 0 && percent <= 100)
        result.readinessBar = percent / 100.0;
    const int days = settings.value(freshnessDaysKey).toInt(&ok);
    if (ok && days > 0)
        result.freshnessDays = days;
    const QString currency = settings.value(currencyKey).trimmed().toUpper();
    if (currency.size() == 3)
        result.currency = currency;
    return result;
}

} // namespace lb
