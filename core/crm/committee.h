#pragma once

#include "model/crm.h"
#include "model/lead.h"
#include "store/crmlists.h"

namespace lb {

// The buying committee of an account: the leads converted into it and the leads and contacts
// at its company name or e-mail domain.
CommitteeKey committeeOfAccount(const Account& account);
// The other people at a lead's company: its account's, its company name's and its e-mail
// domain's (never a free-mail one), the lead itself left out.
CommitteeKey committeeOfLead(const Lead& lead);

} // namespace lb
