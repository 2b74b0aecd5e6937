#include "store/postgres/pgbulkwriter.h"

#include "store/postgres/pgleadrepository.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"

namespace lb {

PgBulkWriter::PgBulkWriter(PgWorkspace& workspace) : m_workspace(workspace)
{
    m_transaction.emplace(workspace);
}

PgBulkWriter::~PgBulkWriter() = default; // uncommitted: the transaction rolls back

void PgBulkWriter::addLead(Lead& lead, const QString& actor)
{
    m_idsGiven = m_idsGiven || lead.id > 0;
    m_workspace.pgLeads().insertKeepingId(lead, actor);
}

bool PgBulkWriter::addEvent(const Event& event)
{
    Event copy = event;
    return m_workspace.events().add(copy);
}

void PgBulkWriter::addStageChange(const StageChange& change)
{
    StageChange copy = change;
    m_workspace.history().append(copy);
}

void PgBulkWriter::addAnswer(const Answer&)
{
    m_workspace.qualification(); // refuses: not yet on a team workspace
}

void PgBulkWriter::addAccount(Account&)
{
    m_workspace.crm();
}

void PgBulkWriter::addContact(Contact&)
{
    m_workspace.crm();
}

void PgBulkWriter::addOpportunity(Opportunity&)
{
    m_workspace.crm();
}

void PgBulkWriter::addOpportunityStageChange(const OpportunityStageChange&)
{
    m_workspace.crm();
}

void PgBulkWriter::linkConversion(qint64, const ConversionLink&)
{
    m_workspace.crm();
}

void PgBulkWriter::commit()
{
    if (m_idsGiven) {
        // Later inserts take ids after the largest one given.
        pg::exec(m_workspace.database(),
                 QStringLiteral("SELECT setval(pg_get_serial_sequence('leads', 'id'), "
                                "(SELECT max(id) FROM leads))"));
    }
    m_transaction->commit();
}

} // namespace lb
