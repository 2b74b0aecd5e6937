#include "demo/demoworkspace.h"

#include "store/workspace.h"

namespace lb {

DemoSummary fillWithDemoData(Workspace& workspace, const DemoOptions& options, JobControl* job)
{
    DemoOptions effective = options;
    if (!effective.now.isValid())
        effective.now = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    // The generator scores each lead with the active model as it makes it, as of its "today",
    // so the same seed gives the same scores.
    Transaction transaction(workspace);
    const DemoSummary summary = DemoGenerator(effective).generate(workspace, job);
    transaction.commit();
    return summary;
}

} // namespace lb
