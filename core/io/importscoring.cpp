#include "io/importscoring.h"

#include "lifecycle/stagemachine.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "scoring/scorer.h"
#include "store/scorestore.h"
#include "store/workspace.h"
#include "util/jobcontrol.h"

#include <QCoreApplication>

namespace lb::io {

qint64 rescoreImported(Workspace& workspace, const QList<qint64>& leadIds, const QDateTime& asOf,
                       JobControl* job)
{
    if (leadIds.isEmpty())
        return 0;
    const QDateTime moment = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc();
    return scoring::rescoreLeads(workspace, leadIds, moment, job).scored;
}

NewLeadScorer::NewLeadScorer(Workspace& workspace, const QDateTime& asOf)
    : NewLeadScorer(
          std::make_shared<const scoring::ActiveModel>(scoring::ensureActiveModel(workspace)),
          // To the whole second, as scored_at keeps it: the explanation is computed as of it.
          QDateTime::fromSecsSinceEpoch(
              (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch(),
              Qt::UTC))
{
}

NewLeadScorer::NewLeadScorer(std::shared_ptr<const scoring::ActiveModel> model,
                             const QDateTime& asOf)
    : m_model(std::move(model)), m_scorer(std::make_unique<scoring::Scorer>(m_model->model)),
      m_asOf(asOf), m_asOfMs(asOf.toMSecsSinceEpoch())
{
}

std::unique_ptr<NewLeadScorer> NewLeadScorer::twin() const
{
    return std::unique_ptr<NewLeadScorer>(new NewLeadScorer(m_model, m_asOf));
}

NewLeadScorer::~NewLeadScorer() = default;

void NewLeadScorer::score(Lead& lead)
{
    // No explanation: only the numbers are stored.
    const std::vector<scoring::FactValue> facts = m_scorer->factsOf(lead);
    const scoring::ScoreResult result = m_scorer->score(facts, {}, m_asOfMs, false);
    lead.score.total = result.total;
    lead.score.fit = result.fit;
    lead.score.behavior = result.behavior;
    lead.score.grade = result.grade;
    lead.score.modelId = m_model->stored.id;
    lead.score.scoredAt = m_asOf;
}

void NewLeadScorer::inserted(const Lead& lead)
{
    ++m_scored;
    if (m_scorer->promotes(lead.stage, lead.score.total))
        m_promotions.emplace_back(lead.id, lead.score);
}

qint64 NewLeadScorer::promote(Workspace& workspace, const QSet<qint64>& rescoredLater)
{
    std::vector<ScoreWrite> writes;
    for (const auto& [id, score] : m_promotions) {
        if (rescoredLater.contains(id))
            continue;
        writes.push_back(
            {id, score.total, score.fit, score.behavior, score.grade,
             StageMachine::scorePromotionReason(score.total, m_model->model.mqlThreshold), false});
    }
    m_promotions = {};
    if (!writes.empty())
        workspace.scoreStore()->writeScores(writes, m_model->stored.id, m_asOf,
                                            m_model->stored.name);
    return qint64(writes.size());
}

} // namespace lb::io
