#include "model/crm.h"

#include <array>

namespace lb {

namespace {
constexpr std::array<OpportunityStage, 5> opportunityStages = {
    OpportunityStage::Prospecting, OpportunityStage::Proposal, OpportunityStage::Negotiation,
    OpportunityStage::Won, OpportunityStage::Lost};
constexpr std::array<AnswerStatus, 4> answerStatuses = {
    AnswerStatus::Unknown, AnswerStatus::Partial, AnswerStatus::Confirmed,
    AnswerStatus::Disqualifying};
} // namespace

QString opportunityStageName(OpportunityStage stage)
{
    switch (stage) {
    case OpportunityStage::Prospecting:
        return QStringLiteral("Prospecting");
    case OpportunityStage::Proposal:
        return QStringLiteral("Proposal");
    case OpportunityStage::Negotiation:
        return QStringLiteral("Negotiation");
    case OpportunityStage::Won:
        return QStringLiteral("Won");
    case OpportunityStage::Lost:
        return QStringLiteral("Lost");
    }
    return {};
}

bool isOpenOpportunityStage(OpportunityStage stage)
{
    return stage != OpportunityStage::Won && stage != OpportunityStage::Lost;
}

std::optional<OpportunityStage> opportunityStageFromName(const QString& name)
{
    for (OpportunityStage stage : opportunityStages) {
        if (name.trimmed().compare(opportunityStageName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

QString answerStatusName(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Unknown:
        return QStringLiteral("unknown");
    case AnswerStatus::Partial:
        return QStringLiteral("partial");
    case AnswerStatus::Confirmed:
        return QStringLiteral("confirmed");
    case AnswerStatus::Disqualifying:
        return QStringLiteral("disqualifying");
    }
    return {};
}

std::optional<AnswerStatus> answerStatusFromName(const QString& name)
{
    for (AnswerStatus status : answerStatuses) {
        if (name.trimmed().compare(answerStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

} // namespace lb
