#pragma once

#include "store/bulkwriter.h"
#include "store/workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <optional>

namespace lb {

class PgWorkspace;

// Many rows in one transaction of a team workspace, writing the rows SqliteBulkWriter writes:
// leads with their scores, events, history and answers gathered and sent with COPY a few
// megabytes at a time (the bulk of a demo workspace: row by row it took minutes for 60,000
// leads); accounts, contacts, opportunities, their history and conversion links through
// statements prepared once. Rows keep an id given to them (a generator's numbering), and each
// table's id sequence is moved past the largest id before the sequence is next used and at
// commit. As on a file, the rows are new to the workspace: a lead's events come together (the
// same event twice in a run of them is stored once), and a lead's framework is recorded once.
class PgBulkWriter final : public BulkWriter
{
public:
    explicit PgBulkWriter(PgWorkspace& workspace);
    ~PgBulkWriter() override;

    void addLead(Lead& lead, const QString& actor) override;
    bool addEvent(const Event& event) override;
    void addStageChange(const StageChange& change) override;
    void addAnswer(const Answer& answer) override;
    void addAccount(Account& account) override;
    void addContact(Contact& contact) override;
    void addOpportunity(Opportunity& opportunity) override;
    void addOpportunityStageChange(const OpportunityStageChange& change) override;
    void linkConversion(qint64 leadId, const ConversionLink& link) override;
    void commit() override;

private:
    // A table whose rows may come with ids: whether its sequence is behind an id given.
    struct Identity
    {
        const char* table;
        bool behind = false;
    };
    // Before a row goes into the identity's table: one that keeps its id leaves the sequence
    // behind; one that takes the next id first moves the sequence past the ids given.
    void beforeInsert(Identity& identity, bool keepsId);
    void moveSequence(Identity& identity);
    // The statement `sql`, prepared on first use into `slot`.
    QSqlQuery& statement(std::optional<QSqlQuery>& slot, const QString& sql);
    qint64 ownerId(const QString& name);
    // Sends the gathered rows, parents first; before anything that reads or points at them.
    void writePending();
    void writePendingWhenFull();

    // Gathered rows in COPY's text format, and the events of the lead whose events come now.
    QByteArray m_leadRows;
    QByteArray m_scoreRows;
    QByteArray m_eventRows;
    QByteArray m_historyRows;
    QByteArray m_frameworkRows;
    QByteArray m_answerRows;
    qint64 m_eventsLead = 0;
    QSet<QByteArray> m_leadEventKeys;
    QSet<QPair<qint64, QString>> m_frameworks;

    PgWorkspace& m_workspace;
    Identity m_leadIds{"leads"};
    Identity m_accountIds{"accounts"};
    Identity m_contactIds{"contacts"};
    Identity m_opportunityIds{"opportunities"};
    QHash<QString, qint64> m_owners; // by lower-case name
    // Index 1: the statement that names the id.
    std::optional<QSqlQuery> m_account[2];
    std::optional<QSqlQuery> m_contact[2];
    std::optional<QSqlQuery> m_opportunity[2];
    std::optional<QSqlQuery> m_opportunityHistory;
    std::optional<QSqlQuery> m_link;
    // Last, so that it ends (rolls back unless committed) before the statements are let go.
    std::optional<Transaction> m_transaction;
};

} // namespace lb
