#include "crm/committee.h"

#include "conversion/emaildomain.h"
#include "model/companyname.h"

namespace lb {

CommitteeKey committeeOfAccount(const Account& account)
{
    CommitteeKey key;
    key.accountId = account.id;
    key.nameNorm = normalizeCompanyName(account.name);
    key.domain = isFreeMailDomain(account.domain) ? QString() : account.domain.toLower();
    return key;
}

CommitteeKey committeeOfLead(const Lead& lead)
{
    CommitteeKey key;
    if (lead.converted)
        key.accountId = lead.converted->accountId;
    key.nameNorm = normalizeCompanyName(lead.company);
    key.domain = companyDomain(lead.email);
    key.exceptLeadId = lead.id;
    return key;
}

} // namespace lb
