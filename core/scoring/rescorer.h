#pragma once

#include "store/workspace.h"
#include "util/jobcontrol.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace lb::scoring {

struct RescoreSummary
{
    qint64 scored = 0;   // leads evaluated
    qint64 promoted = 0; // New -> MQL moves
    qint64 modelId = 0;  // the model the scores come from
};

// Rescores every lead with the workspace's active model (when none is stored yet, the shipped
// default model is stored as active first) as of asOf; auto-promotes New -> MQL with a
// stage_history row (reason names score and threshold, by = model name). One transaction.
// Every lead it visits records asOf as the moment of its stored score (and that the score was
// made with its current stage); only the score parts that change are written.
RescoreSummary rescoreAll(Workspace& workspace, const QDateTime& asOf, JobControl* job = nullptr);

// Rescores only these leads (after an import or an edit); joins the caller's open transaction
// (Workspace transactions nest as savepoints). Unknown ids are skipped.
RescoreSummary rescoreLeads(Workspace& workspace, const QList<qint64>& leadIds,
                            const QDateTime& asOf, JobControl* job = nullptr);

// `model import`: validates `json`, stores it as the new active model and rescores every lead
// with it, in one transaction. Throws ModelError (from modelservice.h) listing every problem
// of a refused model; then nothing changes.
RescoreSummary importModelAndRescore(Workspace& workspace, const QByteArray& json,
                                     const QString& author, const QDateTime& asOf,
                                     JobControl* job = nullptr);

} // namespace lb::scoring
