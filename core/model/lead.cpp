#include "model/lead.h"

namespace lb {

QString Lead::displayName() const
{
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

// leadFieldNames(), leadFieldOf() and leadFieldText() read the field table: model/leadfields.cpp.

} // namespace lb
