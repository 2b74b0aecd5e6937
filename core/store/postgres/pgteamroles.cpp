#include "store/postgres/pgteamroles.h"

#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/storeerror.h"

#include <QCoreApplication>

namespace lb {

namespace {

QString identifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString literal(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

// Whether the connected login is a manager: a member of the managers' role, or of the role
// that owns the workspace's tables (its owner; a superuser is a member of every role).
// session_user, not current_user: a login cannot SET ROLE into a role it is not a member of,
// but a function running as its definer would see the definer.
QString isManagerFunction(const QString& managers)
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION leadbench_is_manager() RETURNS boolean
LANGUAGE sql STABLE AS $f$
SELECT pg_has_role(session_user, %1, 'MEMBER')
    OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables
                                   WHERE schemaname = current_schema()
                                     AND tablename = 'leadbench_workspace'), 'MEMBER')
$f$)")
        .arg(literal(managers));
}

// What only a manager may do, refused for everyone else whatever program sends it:
// - a scoring model written or removed;
// - a stage move that overrides a guard (stage_history.override);
// - a lead's owner changed other than between nobody and the login itself (an SDR takes a lead
//   no one owns, or gives back one of their own; reassigning is a manager's);
// - a user's role made or changed to anything but sdr, or a user removed.
// The message is a key that pgsupport.cpp turns into the user's words in their language.
constexpr char guardFunction[] = R"(CREATE OR REPLACE FUNCTION leadbench_team_guard()
RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
    me bigint;
BEGIN
    IF leadbench_is_manager() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_TABLE_NAME = 'scoring_models' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'leadbench:model';
    ELSIF TG_TABLE_NAME = 'stage_history' THEN
        IF NEW.override <> 0 THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'leadbench:override';
        END IF;
    ELSIF TG_TABLE_NAME = 'leads' THEN
        IF NEW.owner_id IS DISTINCT FROM OLD.owner_id THEN
            SELECT id INTO me FROM users WHERE lower(name) = lower(session_user) LIMIT 1;
            IF (OLD.owner_id IS NOT NULL AND OLD.owner_id IS DISTINCT FROM me)
               OR (NEW.owner_id IS NOT NULL AND NEW.owner_id IS DISTINCT FROM me) THEN
                RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'leadbench:reassign';
            END IF;
        END IF;
    ELSIF TG_TABLE_NAME = 'users' THEN
        IF TG_OP = 'DELETE' OR (TG_OP = 'INSERT' AND NEW.role <> 'sdr')
           OR (TG_OP = 'UPDATE' AND NEW.role IS DISTINCT FROM OLD.role) THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'leadbench:roles';
        END IF;
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$f$)";

struct Guard
{
    const char* table;
    const char* events;
};

constexpr Guard guards[] = {
    {"scoring_models", "INSERT OR UPDATE OR DELETE"},
    {"stage_history", "INSERT OR UPDATE"},
    {"leads", "UPDATE OF owner_id"},
    {"users", "INSERT OR UPDATE OR DELETE"},
};

[[noreturn]] void refuse(const QString& message)
{
    throw StoreError(StoreError::Kind::Invalid, message);
}

QString checkedRole(const QString& role)
{
    if (role != QLatin1String("sdr") && role != QLatin1String("manager"))
        //: %1 what the user gave as a team role; "sdr" and "manager" are typed as they are
        refuse(QCoreApplication::translate("lb::Workspace",
                                           "unknown team role \"%1\" (sdr or manager)")
                   .arg(role));
    return role;
}

} // namespace

PgTeamRoles::Names PgTeamRoles::names()
{
    const QString database =
        pg::scalar(m_workspace.database(), QStringLiteral("SELECT current_database()")).toString();
    return {database + QStringLiteral("_sdrs"), database + QStringLiteral("_managers")};
}

bool PgTeamRoles::roleExists(const QString& role)
{
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(role);
    pg::exec(query);
    return query.next();
}

void PgTeamRoles::requireOwnerWhoMayCreateRoles()
{
    const QVariant owner = pg::scalar(
        m_workspace.database(),
        QStringLiteral("SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables "
                       "WHERE schemaname = current_schema() AND tablename = "
                       "'leadbench_workspace'"));
    if (!owner.toBool())
        refuse(QCoreApplication::translate(
            "lb::Workspace", "only the team workspace's owner (the login that created it) may "
                             "set up its roles"));
    requireMayCreateRoles();
}

void PgTeamRoles::requireMayCreateRoles()
{
    const QVariant mayCreate = pg::scalar(
        m_workspace.database(), QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles "
                                               "WHERE rolname = session_user"));
    if (!mayCreate.toBool())
        refuse(QCoreApplication::translate("lb::Workspace",
                                           "your login may not create roles on the server: ask its "
                                           "administrator to give it CREATEROLE, or to run this"));
}

void PgTeamRoles::initialize()
{
    requireOwnerWhoMayCreateRoles();
    const Names team = names();
    const QSqlDatabase db = m_workspace.database();
    Transaction transaction(m_workspace);
    quietServer();
    for (const QString& role : {team.sdrs, team.managers}) {
        if (!roleExists(role))
            pg::exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(role)));
    }
    pg::exec(
        db, QStringLiteral("GRANT %1 TO %2").arg(identifier(team.sdrs), identifier(team.managers)));
    const QString database =
        identifier(pg::scalar(db, QStringLiteral("SELECT current_database()")).toString());
    const QString schema =
        identifier(pg::scalar(db, QStringLiteral("SELECT current_schema()")).toString());
    // Only the team (and the owner, who keeps an owner's rights) may connect. The database's
    // owner alone may revoke; for anyone else the server only warns.
    pg::exec(db, QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database));
    pg::exec(db, QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2, session_user")
                     .arg(database, identifier(team.sdrs)));
    pg::exec(db, QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema));
    pg::exec(db,
             QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, identifier(team.sdrs)));
    // Rows, never the tables themselves: no member changes the schema, empties a table or
    // turns a check off; tables a later version adds get the same grants.
    const QString tableRights = QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
    pg::exec(db, QStringLiteral("GRANT %1 ON ALL TABLES IN SCHEMA %2 TO %3")
                     .arg(tableRights, schema, identifier(team.sdrs)));
    pg::exec(db, QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2")
                     .arg(schema, identifier(team.sdrs)));
    pg::exec(db, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT %2 ON TABLES TO %3")
                     .arg(schema, tableRights, identifier(team.sdrs)));
    pg::exec(db, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT ON "
                                "SEQUENCES TO %2")
                     .arg(schema, identifier(team.sdrs)));
    pg::exec(db, isManagerFunction(team.managers));
    pg::exec(db, QString::fromLatin1(guardFunction));
    for (const Guard& guard : guards) {
        const QString table = QString::fromLatin1(guard.table);
        pg::exec(db,
                 QStringLiteral("DROP TRIGGER IF EXISTS leadbench_team_guard ON %1").arg(table));
        pg::exec(db, QStringLiteral("CREATE TRIGGER leadbench_team_guard BEFORE %1 ON %2 FOR EACH "
                                    "ROW EXECUTE FUNCTION leadbench_team_guard()")
                         .arg(QString::fromLatin1(guard.events), table));
    }
    transaction.commit();
}

void PgTeamRoles::quietServer()
{
    // "trigger ... does not exist, skipping", "role ... is not a member of role": the server's
    // notes on steps that had nothing to do, which libpq would print on stderr.
    pg::exec(m_workspace.database(), QStringLiteral("SET LOCAL client_min_messages = error"));
}

bool PgTeamRoles::initialized()
{
    const Names team = names();
    return roleExists(team.managers) && roleExists(team.sdrs) &&
           pg::scalar(
               m_workspace.database(),
               QStringLiteral("SELECT to_regprocedure('leadbench_team_guard()') IS NOT NULL"))
               .toBool();
}

void PgTeamRoles::addMember(const QString& login, const QString& role)
{
    checkedRole(role);
    if (!initialized())
        refuse(QCoreApplication::translate(
            "lb::Workspace", "the team workspace has no roles yet: run leadbench-cli team init "
                             "as its owner first"));
    if (login.trimmed().isEmpty())
        refuse(QCoreApplication::translate("lb::Workspace", "a team member needs a login name"));
    requireMayCreateRoles();
    const Names team = names();
    const QSqlDatabase db = m_workspace.database();
    Transaction transaction(m_workspace);
    quietServer();
    if (!roleExists(login))
        pg::exec(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(identifier(login)));
    const bool manager = role == QLatin1String("manager");
    pg::exec(db, QStringLiteral("GRANT %1 TO %2")
                     .arg(identifier(manager ? team.managers : team.sdrs), identifier(login)));
    if (manager)
        pg::exec(db,
                 QStringLiteral("REVOKE %1 FROM %2").arg(identifier(team.sdrs), identifier(login)));
    else
        pg::exec(
            db,
            QStringLiteral("REVOKE %1 FROM %2").arg(identifier(team.managers), identifier(login)));
    const qint64 user = m_workspace.users().ensure(login);
    QSqlQuery query = pg::prepare(db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    query.addBindValue(role);
    query.addBindValue(user);
    pg::exec(query, QStringLiteral("set user role"));
    transaction.commit();
}

void PgTeamRoles::removeMember(const QString& login)
{
    const Names team = names();
    const QSqlDatabase db = m_workspace.database();
    if (!roleExists(login))
        throw StoreError(
            StoreError::Kind::NotFound,
            //: %1 a login name on the team workspace's server
            QCoreApplication::translate("lb::Workspace", "the server has no login %1").arg(login));
    requireMayCreateRoles();
    Transaction transaction(m_workspace);
    quietServer();
    for (const QString& role : {team.sdrs, team.managers}) {
        if (roleExists(role))
            pg::exec(db,
                     QStringLiteral("REVOKE %1 FROM %2").arg(identifier(role), identifier(login)));
    }
    transaction.commit();
}

QList<TeamMember> PgTeamRoles::members()
{
    const Names team = names();
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT u.rolname, bool_or(g.rolname = ?) FROM pg_auth_members m "
                       "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                       "WHERE g.rolname IN (?, ?) AND u.rolname NOT IN (?, ?) "
                       "GROUP BY u.rolname ORDER BY lower(u.rolname), u.rolname"));
    for (const QString& name : {team.managers, team.sdrs, team.managers, team.sdrs, team.managers})
        query.addBindValue(name);
    pg::exec(query);
    QList<TeamMember> found;
    while (query.next())
        found.append({query.value(0).toString(),
                      query.value(1).toBool() ? QStringLiteral("manager") : QStringLiteral("sdr")});
    return found;
}

QString PgTeamRoles::connectedRole()
{
    if (!initialized())
        return {};
    const QSqlDatabase db = m_workspace.database();
    if (pg::scalar(db, QStringLiteral("SELECT leadbench_is_manager()")).toBool())
        return QStringLiteral("manager");
    QSqlQuery query =
        pg::prepare(db, QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"));
    query.addBindValue(names().sdrs);
    pg::exec(query);
    return query.next() && query.value(0).toBool() ? QStringLiteral("sdr") : QString();
}

} // namespace lb
