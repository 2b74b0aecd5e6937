#include "conversion/conversionplan.h"

#include "io/countrynames.h"
#include "model/labels.h"
#include "util/localeformat.h"

#include <QCoreApplication>
#include <cmath>

namespace lb {

QString accountMatchName(AccountMatch match)
{
    switch (match) {
    case AccountMatch::None:
        return QStringLiteral("new");
    case AccountMatch::Domain:
        return QStringLiteral("domain");
    case AccountMatch::Name:
        return QStringLiteral("name");
    case AccountMatch::Chosen:
        return QStringLiteral("chosen");
    }
    return {};
}

QString FieldChange::label() const
{
    // The account's own fields; every other one is a lead field, labelled in one place.
    if (field == QLatin1String("name"))
        //: Conversion preview: the account's name
        return QCoreApplication::translate("lb::Conversion", "Name");
    if (field == QLatin1String("domain"))
        return QCoreApplication::translate("lb::Conversion", "E-mail domain");
    return leadFieldLabel(field);
}

QString FieldChange::shown(const QString& value) const
{
    if (field == QLatin1String("country"))
        return io::countryName(value);
    bool ok = false;
    if (field == QLatin1String("employees")) {
        const qint64 count = value.toLongLong(&ok);
        return ok ? fmt::integer(count) : value;
    }
    if (field == QLatin1String("annual_revenue")) {
        const double amount = value.toDouble(&ok);
        return ok ? fmt::number(amount, amount == std::round(amount) ? 0 : 2) : value;
    }
    return value;
}

} // namespace lb
