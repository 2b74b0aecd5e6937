#include "io/importscoring.h"

#include "store/workspace.h"
#include "util/jobcontrol.h"

#include "scoring/rescorer.h"

namespace lb::io {

qint64 rescoreImported(Workspace& workspace, const QList<qint64>& leadIds, bool most,
                       const QDateTime& asOf, JobControl* job)
{
    if (leadIds.isEmpty())
        return 0;
    const QDateTime moment = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc();
    const scoring::RescoreSummary summary =
        most ? scoring::rescoreAll(workspace, moment, job)
             : scoring::rescoreLeads(workspace, leadIds, moment, job);
    return summary.scored;
}

} // namespace lb::io
