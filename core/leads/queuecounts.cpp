#include "leads/queuecounts.h"

#include "store/repositories.h"
#include "store/workspace.h"

namespace lb {

QueueCounts readQueueCounts(Workspace& workspace, const QString& actor, const QDateTime& slaCutoff)
{
    LeadRepository& leads = workspace.leads();
    QueueCounts counts;
    counts.byStage = leads.countByStage();
    counts.mine = leads.count(LeadFilter{.owner = actor});
    counts.overdue = leads.count(LeadFilter{.slaCutoff = slaCutoff, .overdueOnly = true});
    counts.sources = leads.distinctSources();
    counts.countries = leads.distinctCountries();
    return counts;
}

} // namespace lb
