#include "conversion/opportunitydefaults.h"

#include "qualification/frameworkcatalog.h"

#include <cmath>

namespace lb {

namespace {

std::optional<ValueKind> kindOf(const Answer& answer, const FrameworkCatalog& catalog)
{
    const FrameworkDefinition* framework = catalog.find(answer.framework);
    if (!framework)
        return std::nullopt;
    for (const CriterionDefinition& criterion : framework->criteria) {
        if (criterion.key == answer.criterion)
            return criterion.kind;
    }
    return std::nullopt;
}

} // namespace

OpportunityDefaults opportunityDefaults(const Lead& lead, const QList<Answer>& currentAnswers,
                                        const FrameworkCatalog& catalog)
{
    OpportunityDefaults defaults;
    if (lead.budget && std::isfinite(*lead.budget) && *lead.budget >= 0)
        defaults.amount = lead.budget;
    QDate partialDate;
    for (const Answer& answer : currentAnswers) {
        if (answer.value.trimmed().isEmpty())
            continue;
        const std::optional<ValueKind> kind = kindOf(answer, catalog);
        if (kind == ValueKind::Amount && !defaults.amount &&
            answer.status == AnswerStatus::Confirmed) {
            bool ok = false;
            const double amount = answer.value.toDouble(&ok);
            if (ok && std::isfinite(amount) && amount >= 0)
                defaults.amount = amount;
        } else if (kind == ValueKind::Date) {
            const QDate date = QDate::fromString(answer.value.trimmed(), Qt::ISODate);
            if (!date.isValid())
                continue;
            if (answer.status == AnswerStatus::Confirmed && !defaults.closeDate.isValid())
                defaults.closeDate = date;
            else if (answer.status == AnswerStatus::Partial && !partialDate.isValid())
                partialDate = date;
        }
    }
    if (!defaults.closeDate.isValid())
        defaults.closeDate = partialDate.isValid() ? partialDate : lead.expectedClose;
    return defaults;
}

} // namespace lb
