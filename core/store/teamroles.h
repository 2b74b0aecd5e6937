#pragma once

#include <QList>
#include <QString>

namespace lb {

// A member of a team workspace: a login on its server and the team role it holds there.
struct TeamMember
{
    QString login;
    QString role; // "sdr" or "manager" (users.role's words)
};

// The roles a team workspace's server enforces (docs/team-workspaces.md, "Roles"): SDRs work
// leads; managers also edit the scoring model, override the stage guards and reassign leads
// that someone owns. The server refuses what a role may not do, whatever the program that
// connects claims, so a changed or older program cannot get around it. A workspace file has
// none: it has one user, who may do everything.
class TeamRoles
{
public:
    virtual ~TeamRoles() = default;

    // Sets the roles up, or brings them up to date: the team's two database roles, the grants
    // on the workspace's tables and the server's checks. Only the workspace's owner may, and
    // only one that may create roles. One transaction; running it again changes nothing.
    virtual void initialize() = 0;
    // Whether initialize() has run on this workspace.
    virtual bool initialized() = 0;
    // Makes `login` a member of the team in `role` (sdr or manager), creating the login when
    // the server has none of that name (without a password: the server's administrator gives
    // one, or trusts the network, as for any login). A member that had the other role loses it.
    virtual void addMember(const QString& login, const QString& role) = 0;
    // Takes `login` out of the team: the login stays on the server, without access to the
    // workspace.
    virtual void removeMember(const QString& login) = 0;
    // The members, by login.
    virtual QList<TeamMember> members() = 0;
    // The role of this connection's login: "manager" for a manager or the workspace's owner,
    // "sdr" for a member, empty for any other login.
    virtual QString connectedRole() = 0;
};

} // namespace lb
