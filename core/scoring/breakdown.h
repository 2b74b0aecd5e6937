#pragma once

#include "model/event.h"
#include "model/lead.h"
#include "scoring/scoreresult.h"
#include "scoring/scoringmodel.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace lb {
class Workspace;
}

namespace lb::scoring {

// A fit rule that did not count because the lead lacks data it reads: incomplete profiles
// score low on fit, and the user should see where (docs/domain.md).
struct MissingData
{
    QString rule;
    QString label;
    QStringList fields; // the empty fields the rule reads
    double points = 0;
};

// One step that would raise the score: a fit rule that lacks data and would hold once it is
// known, or one more event now.
struct ScoreStep
{
    QString rule;
    QString label;
    bool fit = true; // false: one more event of the behaviour rule's type, now
    int totalAfter = 0;
    bool reachesMql = false;
};

// Everything the score breakdown shows about one lead.
struct ScoreBreakdown
{
    ScoreResult result;
    QDateTime asOf; // the moment the score is as of (UTC)
    double mqlThreshold = 0;
    int pointsToMql = 0; // 0 when at or over the threshold
    QList<MissingData> missing;
    QList<ScoreStep> steps; // best first
};

ScoreBreakdown breakDown(const ScoringModel& model, const Lead& lead, const QList<Event>& events,
                         const QDateTime& asOf);
// The breakdown of the lead's stored score: the model that made it, as of its moment, with the
// stage it was made in (modelservice.h), so that it lists exactly what the stored total is made of.
ScoreBreakdown breakDownStoredScore(Workspace& workspace, const Lead& lead);

} // namespace lb::scoring
