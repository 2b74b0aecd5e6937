// `leadbench-cli team`: the roles a team workspace's server enforces (store/teamroles.h,
// docs/team-workspaces.md).
#include "commands/clihelp.h"
#include "commands/commands.h"
#include "store/storeerror.h"
#include "store/teamroles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace lb::cli {

namespace {

const QString teamUsage =
    QStringLiteral("team init | team add LOGIN --role sdr|manager | team remove LOGIN | team list");

[[noreturn]] void teamUsageError(const QString& message)
{
    usageError(message + QLatin1Char('\n') + usagePrefix() + teamUsage);
}

TeamRoles& rolesOf(CliContext& context)
{
    TeamRoles* roles = context.workspace().teamRoles();
    if (!roles)
        //: %1 the workspace file
        badInput(QCoreApplication::translate(
                     "lb::cli", "%1 is a workspace file, used by one person: team roles are for "
                                "a team workspace on a server (--db postgresql://…)")
                     .arg(context.workspace().location()));
    return *roles;
}

// Refusals of what the user asked (a role that is not one, a login that is not there, not the
// owner) are bad input, exit 2; the server failing is the workspace's, exit 3.
template <typename Step> void asBadInput(Step step)
{
    try {
        step();
    } catch (const StoreError& error) {
        if (error.kind() == StoreError::Kind::Invalid || error.kind() == StoreError::Kind::NotFound)
            badInput(error.message());
        throw;
    }
}

QString roleName(const QString& role)
{
    if (role == QLatin1String("manager"))
        //: A team role: edits the scoring model, overrides guards, reassigns leads
        return QCoreApplication::translate("lb::cli", "manager");
    //: A team role: works leads (sales development representative; keep the acronym if usual)
    return QCoreApplication::translate("lb::cli", "SDR");
}

int listMembers(CliContext& context, TeamRoles& roles)
{
    const QList<TeamMember> members = roles.members();
    if (context.format() == OutputFormat::Json) {
        QJsonArray rows;
        for (const TeamMember& member : members)
            rows.append(QJsonObject{{QStringLiteral("login"), member.login},
                                    {QStringLiteral("role"), member.role}});
        context.printJson(rows);
        return ExitOk;
    }
    if (members.isEmpty())
        context.out() << QCoreApplication::translate("lb::cli", "The team has no members yet.")
                      << '\n';
    for (const TeamMember& member : members)
        context.out() << member.login << '\t' << roleName(member.role) << '\n';
    return ExitOk;
}

} // namespace

int runTeam(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption role(
        QStringLiteral("role"),
        QCoreApplication::translate("lb::cli", "The member's role: sdr or manager."),
        QStringLiteral("ROLE"));
    parser.addOption(role);
    context.parse(parser, arguments, teamUsage, 1, 2);
    const QStringList positional = parser.positionalArguments();
    const QString& sub = positional.first();
    const bool takesLogin = sub == QLatin1String("add") || sub == QLatin1String("remove");
    if (sub != QLatin1String("init") && sub != QLatin1String("list") && !takesLogin)
        //: %1 what the user typed after "team"
        teamUsageError(
            QCoreApplication::translate("lb::cli", "unknown team command \"%1\"").arg(sub));
    if (takesLogin && positional.size() != 2)
        //: %1 "add" or "remove"
        teamUsageError(QCoreApplication::translate("lb::cli", "team %1 needs a LOGIN").arg(sub));
    if (!takesLogin && positional.size() != 1)
        //: %1 "init" or "list"
        teamUsageError(
            QCoreApplication::translate("lb::cli", "team %1 takes no arguments").arg(sub));
    if (parser.isSet(role) != (sub == QLatin1String("add")))
        teamUsageError(sub == QLatin1String("add")
                           ? QCoreApplication::translate("lb::cli", "team add needs --role")
                           : QCoreApplication::translate("lb::cli", "only team add takes --role"));
    TeamRoles& roles = rolesOf(context);
    const QString login = takesLogin ? positional.at(1) : QString();
    if (sub == QLatin1String("list"))
        return listMembers(context, roles);
    if (sub == QLatin1String("init"))
        asBadInput([&] { roles.initialize(); });
    else if (sub == QLatin1String("add"))
        asBadInput([&] { roles.addMember(login, parser.value(role)); });
    else
        asBadInput([&] { roles.removeMember(login); });
    if (context.format() == OutputFormat::Json)
        return listMembers(context, roles);
    if (sub == QLatin1String("init"))
        //: %1 the team workspace's address
        context.out() << QCoreApplication::translate(
                             "lb::cli", "The team workspace %1 has its roles; add members with "
                                        "team add LOGIN --role sdr|manager.")
                             .arg(context.workspace().location())
                      << '\n';
    else if (sub == QLatin1String("add"))
        //: %1 a login name, %2 its role ("SDR" or "manager")
        context.out() << QCoreApplication::translate("lb::cli", "%1 is in the team as %2.")
                             .arg(login, roleName(parser.value(role)))
                      << '\n';
    else
        //: %1 a login name
        context.out()
            << QCoreApplication::translate("lb::cli", "%1 is no longer in the team.").arg(login)
            << '\n';
    return ExitOk;
}

} // namespace lb::cli
