#pragma once

#include "model/crm.h"
#include "model/lead.h"

#include <QDate>
#include <QList>
#include <optional>

namespace lb {

class FrameworkCatalog;

// What a new opportunity's amount and expected close default to when the SDR gives none
// (issue 20): the lead's budget, else the value of a confirmed answer to an amount criterion
// (BANT/GPCTBA budget, CHAMP/ANUM money); the date answered to a date criterion (BANT/GPCTBA
// timeline, ANUM urgency), confirmed before partial, else the lead's expected close.
struct OpportunityDefaults
{
    std::optional<double> amount;
    QDate closeDate;
};

OpportunityDefaults opportunityDefaults(const Lead& lead, const QList<Answer>& currentAnswers,
                                        const FrameworkCatalog& catalog);

} // namespace lb
