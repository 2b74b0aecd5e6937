#include "conversion/opportunitydefaults.h"

#include "qualification/answervalues.h"

#include <cmath>

namespace lb {

OpportunityDefaults opportunityDefaults(const Lead& lead, const QList<Answer>& currentAnswers,
                                        const FrameworkCatalog& catalog)
{
    OpportunityDefaults defaults;
    if (lead.budget && std::isfinite(*lead.budget) && *lead.budget >= 0)
        defaults.amount = lead.budget;
    QDate partialDate;
    for (const Answer& answer : currentAnswers) {
        if (!defaults.amount) {
            if (const std::optional<double> money = confirmedMoney(answer, catalog)) {
                defaults.amount = money;
                continue;
            }
        }
        const QDate date = answeredDate(answer, catalog);
        if (!date.isValid())
            continue;
        if (answer.status == AnswerStatus::Confirmed && !defaults.closeDate.isValid())
            defaults.closeDate = date;
        else if (answer.status == AnswerStatus::Partial && !partialDate.isValid())
            partialDate = date;
    }
    if (!defaults.closeDate.isValid())
        defaults.closeDate = partialDate.isValid() ? partialDate : lead.expectedClose;
    return defaults;
}

} // namespace lb
