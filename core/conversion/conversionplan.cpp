#include "conversion/conversionplan.h"

#include "model/labels.h"

#include <QCoreApplication>

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

} // namespace lb
