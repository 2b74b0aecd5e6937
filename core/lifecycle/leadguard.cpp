#include "lifecycle/leadguard.h"

#include <QCoreApplication>

namespace lb {

std::optional<QString> readOnlyReason(const Lead& lead)
{
    if (lead.stage != Stage::Converted && !lead.converted)
        return std::nullopt;
    // The lead is named as people know it; what it became is where the work goes on (the ids
    // are what `account ID` and `opportunity ID` take).
    if (!lead.converted)
        //: %1 the lead's name
        return QCoreApplication::translate("lb::Lifecycle",
                                           "%1 has been converted and is read-only.")
            .arg(lead.displayName());
    const ConversionLink& link = *lead.converted;
    if (link.opportunityId)
        //: %1 the lead's name; %2, %3, %4 ids
        return QCoreApplication::translate(
                   "lb::Lifecycle",
                   "%1 has been converted and is read-only. Work on with what it became: "
                   "account %2, contact %3 and opportunity %4.")
            .arg(lead.displayName())
            .arg(link.accountId)
            .arg(link.contactId)
            .arg(*link.opportunityId);
    //: %1 the lead's name; %2, %3 ids
    return QCoreApplication::translate("lb::Lifecycle",
                                       "%1 has been converted and is read-only. Work on with "
                                       "what it became: account %2 and contact %3.")
        .arg(lead.displayName())
        .arg(link.accountId)
        .arg(link.contactId);
}

} // namespace lb
