#include "io/importscoring.h"

#include "store/workspace.h"
#include "util/jobcontrol.h"

// The scoring engine is written in parallel: until it exists an import leaves scores as they
// are. (Checks for the implementation too, so a header alone does not break the link.)
#if __has_include("scoring/rescorer.h") && __has_include("scoring/rescorer.cpp")
#include "scoring/rescorer.h"
#define LB_IMPORT_HAS_RESCORER 1
#endif

namespace lb::io {

qint64 rescoreImported(Workspace& workspace, const QList<qint64>& leadIds, bool most,
                       const QDateTime& asOf, JobControl* job)
{
    if (leadIds.isEmpty())
        return 0;
    const QDateTime moment = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc();
#ifdef LB_IMPORT_HAS_RESCORER
    const scoring::RescoreSummary summary =
        most ? scoring::rescoreAll(workspace, moment, job)
             : scoring::rescoreLeads(workspace, leadIds, moment, job);
    return summary.scored;
#else
    Q_UNUSED(workspace);
    Q_UNUSED(most);
    Q_UNUSED(moment);
    Q_UNUSED(job);
    return 0;
#endif
}

} // namespace lb::io
