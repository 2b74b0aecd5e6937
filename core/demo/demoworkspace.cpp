#include "demo/demoworkspace.h"

#include "scoring/rescorer.h"
#include "store/workspace.h"

namespace lb {

DemoSummary fillWithDemoData(Workspace& workspace, const DemoOptions& options, JobControl* job)
{
    DemoOptions effective = options;
    if (!effective.now.isValid())
        effective.now = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    Transaction transaction(workspace);
    const DemoSummary summary = DemoGenerator(effective).generate(workspace, job);
    // Scored as of the generator's "today", so the same seed gives the same scores.
    scoring::rescoreAll(workspace, effective.now, job);
    transaction.commit();
    return summary;
}

} // namespace lb
