#include "qualification/qualificationjson.h"

#include "util/isotime.h"

#include <QJsonArray>

namespace lb {

namespace {

QJsonValue valueJson(const CriterionDefinition& definition, const QString& value)
{
    if (value.isEmpty())
        return QJsonValue::Null;
    if (definition.kind == ValueKind::Amount) {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        if (ok)
            return amount;
    }
    return value;
}

} // namespace

QJsonObject frameworksJson(const LeadQualification& qualification)
{
    QJsonObject frameworks;
    for (const FrameworkReadiness& readiness : qualification.frameworks) {
        QJsonObject criteria;
        for (const CriterionState& state : readiness.criteria) {
            QJsonObject criterion;
            criterion.insert(QStringLiteral("status"), answerStatusName(state.status()));
            criterion.insert(QStringLiteral("note"), state.answer ? state.answer->note : QString());
            criterion.insert(QStringLiteral("value"),
                             state.answer ? valueJson(*state.definition, state.answer->value)
                                          : QJsonValue(QJsonValue::Null));
            criterion.insert(QStringLiteral("by"), state.answer ? QJsonValue(state.answer->by)
                                                                : QJsonValue(QJsonValue::Null));
            criterion.insert(QStringLiteral("at"), state.answer
                                                       ? QJsonValue(toIsoUtc(state.answer->at))
                                                       : QJsonValue(QJsonValue::Null));
            criterion.insert(QStringLiteral("stale"), state.stale);
            criteria.insert(state.definition->key, criterion);
        }
        QJsonObject framework;
        framework.insert(QStringLiteral("readiness"), readiness.readiness);
        framework.insert(QStringLiteral("missing"), QJsonArray::fromStringList(readiness.missing));
        framework.insert(QStringLiteral("criteria"), criteria);
        frameworks.insert(readiness.framework->id, framework);
    }
    return frameworks;
}

QJsonValue convertedJson(const Lead& lead)
{
    if (!lead.converted)
        return QJsonValue::Null;
    QJsonObject link;
    link.insert(QStringLiteral("account"), lead.converted->accountId);
    link.insert(QStringLiteral("contact"), lead.converted->contactId);
    link.insert(QStringLiteral("opportunity"), lead.converted->opportunityId
                                                   ? QJsonValue(*lead.converted->opportunityId)
                                                   : QJsonValue(QJsonValue::Null));
    return link;
}

} // namespace lb
