#include "qualification/readiness.h"

namespace lb {

FrameworkReadiness computeReadiness(const FrameworkDefinition& framework,
                                    const QList<Answer>& currentAnswers, const QDateTime& now,
                                    int freshnessDays)
{
    FrameworkReadiness result;
    result.framework = &framework;
    const QDateTime freshAfter = now.addDays(-freshnessDays);
    for (const CriterionDefinition& definition : framework.criteria) {
        CriterionState state;
        state.definition = &definition;
        for (const Answer& answer : currentAnswers) {
            if (answer.criterion == definition.key &&
                answer.framework.compare(framework.id, Qt::CaseInsensitive) == 0)
                state.answer = answer;
        }
        // An answer nobody has given cannot go stale; an old "unknown" is not worth flagging.
        state.stale = state.answer && state.answer->status != AnswerStatus::Unknown &&
                      state.answer->at.isValid() && state.answer->at < freshAfter;
        switch (state.status()) {
        case AnswerStatus::Confirmed:
            ++result.confirmed;
            break;
        case AnswerStatus::Partial:
            ++result.partial;
            result.missing << definition.key;
            break;
        case AnswerStatus::Disqualifying:
            result.disqualifying << definition.key;
            result.missing << definition.key;
            break;
        case AnswerStatus::Unknown:
            result.missing << definition.key;
            break;
        }
        if (state.stale)
            result.stale << definition.key;
        result.criteria << state;
    }
    if (!framework.criteria.isEmpty())
        result.readiness = (result.confirmed + 0.5 * result.partial) / framework.criteria.size();
    return result;
}

} // namespace lb
