#pragma once

#include "model/crm.h"
#include "qualification/framework.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace lb {

// One criterion of a framework as a lead stands: its current answer (if any) and whether that
// answer is older than the workspace's freshness limit.
struct CriterionState
{
    const CriterionDefinition* definition = nullptr;
    std::optional<Answer> answer;
    bool stale = false;

    AnswerStatus status() const { return answer ? answer->status : AnswerStatus::Unknown; }
};

// How far a lead is through one framework (docs/domain.md): readiness = (confirmed + 0.5 x partial)
// / number of criteria.
struct FrameworkReadiness
{
    const FrameworkDefinition* framework = nullptr;
    QList<CriterionState> criteria; // in the framework's order
    int confirmed = 0;
    int partial = 0;
    double readiness = 0.0;
    QStringList missing;       // keys not confirmed (unknown, partial or disqualifying)
    QStringList disqualifying; // keys marked disqualifying
    QStringList stale;         // keys whose answer is past the freshness limit
};

// Computes a framework's readiness from the lead's current answers (answers of other
// frameworks in the list are ignored). `now` and `freshnessDays` decide staleness.
FrameworkReadiness computeReadiness(const FrameworkDefinition& framework,
                                    const QList<Answer>& currentAnswers, const QDateTime& now,
                                    int freshnessDays);

} // namespace lb
