#pragma once

#include "store/crmlists.h"

#include <QString>
#include <QVariantList>

namespace lb {

class SqliteWorkspace;

// CrmLists on the workspace's own connection: every page is a keyset walk of an index
// (schema version 10), so the first page and the thousandth cost the same.
class SqliteCrmLists final : public CrmLists
{
public:
    explicit SqliteCrmLists(SqliteWorkspace& workspace) : m_workspace(workspace) {}

    QList<AccountRow> accounts(const AccountQuery& query) override;
    std::optional<AccountRow> accountRow(qint64 accountId) override;
    QList<Contact> contactsOf(qint64 accountId, int limit) override;
    QList<OpportunityRow> opportunities(const OpportunityQuery& query) override;
    QStringList opportunityOwners() override;
    QList<CommitteeLead> committeeLeads(const CommitteeKey& key, int limit) override;
    QList<Contact> committeeContacts(const CommitteeKey& key, int limit) override;

private:
    QList<AccountRow> accountRows(const QString& where, const QVariantList& values, int limit);
    QList<Contact> contacts(const QString& where, const QVariantList& values, int limit);
    // How many deals close before `day`, counted up to a cap (the choice of plan).
    int closingBeforeCount(const QDate& day);

    SqliteWorkspace& m_workspace;
};

} // namespace lb
