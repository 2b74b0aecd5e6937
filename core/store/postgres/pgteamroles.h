#pragma once

#include "store/teamroles.h"

namespace lb {

class PgWorkspace;

// The team roles of a team workspace (store/teamroles.h) as the server keeps them: two group
// roles named after the database ("sales_sdrs", "sales_managers", managers being members of
// the SDRs' role), table grants for the SDRs' role, and a trigger function that refuses what
// only a manager may do to any login that is neither a manager nor the workspace's owner.
// The triggers raise SQLSTATE 42501 with a key ("leadbench:override") that pgsupport turns
// into the user's words.
class PgTeamRoles final : public TeamRoles
{
public:
    explicit PgTeamRoles(PgWorkspace& workspace) : m_workspace(workspace) {}

    void initialize() override;
    bool initialized() override;
    void addMember(const QString& login, const QString& role) override;
    void removeMember(const QString& login) override;
    QList<TeamMember> members() override;
    QString connectedRole() override;

private:
    struct Names
    {
        QString sdrs;
        QString managers;
    };
    Names names();
    bool roleExists(const QString& role);
    // Throws unless this login owns the workspace's tables and may create roles.
    void requireOwnerWhoMayCreateRoles();
    // Throws unless this login may create roles (and so make logins members).
    void requireMayCreateRoles();
    // Within a transaction: no notices from the server for its remaining statements.
    void quietServer();

    PgWorkspace& m_workspace;
};

} // namespace lb
