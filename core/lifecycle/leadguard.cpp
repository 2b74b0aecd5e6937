#include "lifecycle/leadguard.h"

#include <QCoreApplication>

namespace lb {

std::optional<QString> readOnlyReason(const Lead& lead)
{
    if (lead.stage != Stage::Converted && !lead.converted)
        return std::nullopt;
    if (!lead.converted)
        return QCoreApplication::translate("lb::Lifecycle", "lead %1 is converted and read-only")
            .arg(lead.id);
    const ConversionLink& link = *lead.converted;
    if (link.opportunityId)
        return QCoreApplication::translate("lb::Lifecycle",
                                           "lead %1 is converted and read-only: it became account "
                                           "%2, contact %3 and opportunity %4")
            .arg(lead.id)
            .arg(link.accountId)
            .arg(link.contactId)
            .arg(*link.opportunityId);
    return QCoreApplication::translate(
               "lb::Lifecycle",
               "lead %1 is converted and read-only: it became account %2 and contact %3")
        .arg(lead.id)
        .arg(link.accountId)
        .arg(link.contactId);
}

} // namespace lb
