#pragma once

#include "store/leadexportsource.h"

namespace lb {

class PgWorkspace;

// The rows of an export from a team workspace, as SqliteLeadExportSource reads them: the same
// columns as the same text (a number kept as REAL reads as SQLite writes it), in id order, a
// page at a time, all from one snapshot of the workspace. The leads are picked by the lead
// table's own rule: the repository's rows() gives each page's ids.
class PgLeadExportSource final : public LeadExportSource
{
public:
    explicit PgLeadExportSource(PgWorkspace& workspace) : m_workspace(workspace) {}

    QStringList customFieldNames(const LeadFilter& leads) override;
    qint64 forEach(const LeadFilter& leads,
                   const std::function<void(const LeadExportRow&)>& row) override;

private:
    // Calls `page` with the ids of each page of the leads the filter picks, in id order
    // (a bigint[] literal), inside one read-only snapshot.
    void forEachPage(const LeadFilter& leads, const std::function<void(const QString&)>& page);

    PgWorkspace& m_workspace;
};

} // namespace lb
