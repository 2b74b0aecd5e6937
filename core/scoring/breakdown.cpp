#include "scoring/breakdown.h"

#include "scoring/modelservice.h"
#include "scoring/scorer.h"
#include "store/workspace.h"

#include <algorithm>
#include <cmath>

namespace lb::scoring {

ScoreBreakdown breakDown(const ScoringModel& model, const Lead& lead, const QList<Event>& events,
                         const QDateTime& asOf)
{
    const Scorer scorer(model);
    const QDateTime moment = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc();
    ScoreBreakdown breakdown;
    breakdown.asOf = moment.toUTC();
    breakdown.result = scorer.score(lead, events, moment);
    breakdown.mqlThreshold = model.mqlThreshold;
    const int total = breakdown.result.total;
    breakdown.pointsToMql = std::max(0, int(std::ceil(model.mqlThreshold)) - total);

    const std::vector<FactValue> facts = scorer.factsOf(lead);
    auto totalWith = [&](double fitRaw, double behavior) {
        return roundScore(std::clamp(std::min(fitRaw, model.fitMax) + behavior, 0.0, 100.0));
    };
    for (qsizetype i = 0; i < model.fitRules.size(); ++i) {
        const FitRule& rule = model.fitRules.at(i);
        if (rule.points <= 0 || scorer.fitRuleHolds(int(i), facts))
            continue;
        QStringList empty;
        for (int slot : scorer.fitRuleSlots(int(i))) {
            const FactValue& fact = facts[size_t(slot)];
            if (!fact.isNumber && fact.text.trimmed().isEmpty() &&
                !empty.contains(scorer.fields().at(slot)))
                empty << scorer.fields().at(slot);
        }
        // A rule over empty fields could still count once the data is known.
        if (!empty.isEmpty())
            breakdown.missing.append({rule.id, rule.displayLabel(), empty, rule.points});
        // Only a rule that lacks data is a step: a lead with 200 employees cannot take the
        // points of "10-49 employees", but one whose size is unknown might.
        if (empty.isEmpty())
            continue;
        const int after =
            totalWith(breakdown.result.fitRaw + rule.points, breakdown.result.behaviorExact);
        if (after > total)
            breakdown.steps.append(
                {rule.id, rule.displayLabel(), true, after, after >= model.mqlThreshold});
    }
    for (const BehaviorRule& rule : model.behaviorRules) {
        if (rule.points <= 0)
            continue;
        QList<Event> more = events;
        Event event;
        event.leadId = lead.id;
        event.type = rule.event;
        event.occurredAtMs = eventTimeOf(moment);
        more.append(event);
        const int after = scorer.score(lead, more, moment).total;
        if (after > total)
            breakdown.steps.append(
                {rule.id, rule.displayLabel(), false, after, after >= model.mqlThreshold});
    }
    std::stable_sort(
        breakdown.steps.begin(), breakdown.steps.end(),
        [](const ScoreStep& a, const ScoreStep& b) { return a.totalAfter > b.totalAfter; });
    return breakdown;
}

ScoreBreakdown breakDownStoredScore(Workspace& workspace, const Lead& lead)
{
    const ScoringModel model = modelOfStoredScore(workspace, lead).model;
    const QDateTime moment = momentOfStoredScore(lead);
    return breakDown(model, leadAsScored(lead),
                     eventsCountedAsOf(workspace, model, lead.id, moment), moment);
}

} // namespace lb::scoring
