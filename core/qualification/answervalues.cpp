#include "qualification/answervalues.h"

#include "qualification/frameworkcatalog.h"

#include <cmath>

namespace lb {

std::optional<ValueKind> answerValueKind(const Answer& answer, const FrameworkCatalog& catalog)
{
    const FrameworkDefinition* framework = catalog.find(answer.framework);
    if (!framework)
        return std::nullopt;
    if (const CriterionDefinition* criterion = framework->criterion(answer.criterion))
        return criterion->kind;
    return std::nullopt;
}

std::optional<double> confirmedMoney(const Answer& answer, const FrameworkCatalog& catalog)
{
    if (answer.status != AnswerStatus::Confirmed || answer.value.trimmed().isEmpty() ||
        answerValueKind(answer, catalog) != ValueKind::Amount)
        return std::nullopt;
    bool ok = false;
    const double amount = answer.value.toDouble(&ok);
    if (!ok || !std::isfinite(amount) || amount < 0)
        return std::nullopt;
    return amount;
}

QDate answeredDate(const Answer& answer, const FrameworkCatalog& catalog)
{
    if (answerValueKind(answer, catalog) != ValueKind::Date)
        return {};
    return QDate::fromString(answer.value.trimmed(), Qt::ISODate);
}

} // namespace lb
