#include "scoring/mqlthreshold.h"

#include "scoring/modelparser.h"
#include "scoring/modelservice.h"

namespace lb::scoring {

RescoreSummary changeMqlThreshold(Workspace& workspace, double threshold, const QString& author,
                                  const QDateTime& asOf, JobControl* job)
{
    ScoringModel model = activeModel(workspace).model;
    model.mqlThreshold = threshold;
    return importModelAndRescore(workspace, modelToJson(model), author, asOf, job);
}

} // namespace lb::scoring
