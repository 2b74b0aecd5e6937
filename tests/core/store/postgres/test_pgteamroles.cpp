// The roles a team workspace's server enforces (store/teamroles.h): SDRs work leads; managers
// also change the scoring model, override guards and reassign. Each refusal is checked where
// the program itself would have let the write through (an SDR's program claiming a manager's
// name, raw SQL on the SDR's login), so what refuses it is the server.
#include "core/lifecycle/leadfixtures.h"
#include "leads/ownership.h"
#include "lifecycle/lifecycleservice.h"
#include "store/qualificationstore.h"
#include "store/scorestore.h"
#include "store/storeerror.h"
#include "store/teamroles.h"
#include "store/workspace.h"
#include "support/pgcluster.h"
#include "util/usererror.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempPgDatabase;

namespace {

// The test's logins, named after its database (logins are the server's, not the database's),
// dropped at the end with the team's roles. Declared before the database, so destroyed after.
class TestLogins
{
public:
    void use(const TempPgDatabase& database)
    {
        m_adminUrl = database.url();
        m_prefix = database.name();
    }
    QString login(const QString& who) const { return m_prefix + QLatin1Char('_') + who; }
    // The database's URL with another login.
    QString url(const TempPgDatabase& database, const QString& who) const
    {
        QUrl url(database.url());
        url.setUserName(login(who));
        return url.toString();
    }
    ~TestLogins()
    {
        if (m_prefix.isEmpty())
            return;
        QUrl url(m_adminUrl);
        url.setPath(QStringLiteral("/postgres"));
        for (const char* who : {"anna", "boss", "carl", "sdrs", "managers"})
            test::pgExec(
                url.toString(),
                QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login(QLatin1String(who))));
    }

private:
    QString m_adminUrl;
    QString m_prefix;
};

struct Team
{
    TestLogins logins;
    TempPgDatabase database;
    std::unique_ptr<Workspace> owner;
    Lead owned; // the manager's
    Lead unowned;
    Lead readyForSql; // SAL, its qualification not ready: a move to SQL needs an override

    Team()
    {
        logins.use(database);
        owner = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
        owned = test::addLead(*owner, QStringLiteral("aino@nordicwidgets.fi"),
                              QStringLiteral("Nordic Widgets Oy"), Stage::MQL);
        unowned = test::addLead(*owner, QStringLiteral("eero@lumi.fi"), QStringLiteral("Lumi Oy"),
                                Stage::MQL);
        readyForSql = test::addLead(*owner, QStringLiteral("sara@gran.se"),
                                    QStringLiteral("Gran AB"), Stage::SAL);
        TeamRoles* roles = owner->teamRoles();
        roles->initialize();
        roles->addMember(logins.login(QStringLiteral("anna")), QStringLiteral("sdr"));
        roles->addMember(logins.login(QStringLiteral("boss")), QStringLiteral("manager"));
        OwnershipService(*owner).assign(owned, logins.login(QStringLiteral("boss")),
                                        QStringLiteral("owner"));
    }
    std::unique_ptr<Workspace> as(const QString& who)
    {
        return openWorkspace(logins.url(database, who));
    }
    QString login(const QString& who) const { return logins.login(who); }
};

// Runs `write` and returns the message of the refusal it throws (the server's, a StoreError,
// or the program's own); fails when it throws none.
template <typename Write> QString refusal(Write write)
{
    try {
        write();
    } catch (const UserError& error) {
        return error.message();
    }
    ADD_FAILURE() << "the write went through";
    return {};
}

} // namespace

TEST(PgTeamRoles, TheTeamIsListedWithItsRolesAndEachLoginKnowsItsOwn)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    Team team;
    const QList<TeamMember> members = team.owner->teamRoles()->members();
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(members.at(0).login, team.login(QStringLiteral("anna")));
    EXPECT_EQ(members.at(0).role, QStringLiteral("sdr"));
    EXPECT_EQ(members.at(1).login, team.login(QStringLiteral("boss")));
    EXPECT_EQ(members.at(1).role, QStringLiteral("manager"));
    EXPECT_EQ(team.owner->teamRoles()->connectedRole(), QStringLiteral("manager")); // the owner

    auto anna = team.as(QStringLiteral("anna"));
    EXPECT_EQ(anna->teamRoles()->connectedRole(), QStringLiteral("sdr"));
    // The program asks the server, not the users table, what the connected login is.
    EXPECT_EQ(anna->qualification().userRole(team.login(QStringLiteral("anna"))),
              QStringLiteral("sdr"));
    auto boss = team.as(QStringLiteral("boss"));
    EXPECT_EQ(boss->qualification().userRole(team.login(QStringLiteral("boss"))),
              QStringLiteral("manager"));

    // Running it again changes nothing; the roles stay.
    team.owner->teamRoles()->initialize();
    EXPECT_EQ(team.owner->teamRoles()->members().size(), 2);
    // An SDR made a manager loses the SDR's role, and the other way round.
    team.owner->teamRoles()->addMember(team.login(QStringLiteral("anna")),
                                       QStringLiteral("manager"));
    EXPECT_EQ(team.owner->teamRoles()->members().at(0).role, QStringLiteral("manager"));
    team.owner->teamRoles()->removeMember(team.login(QStringLiteral("anna")));
    EXPECT_EQ(team.owner->teamRoles()->members().size(), 1);
}

TEST(PgTeamRoles, AnSdrWorksLeadsButTheServerRefusesAManagersWork)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    Team team;
    auto anna = team.as(QStringLiteral("anna"));
    const QString annaName = team.login(QStringLiteral("anna"));
    const QString bossName = team.login(QStringLiteral("boss"));

    // Her work: reading, moving, taking a lead no one owns, giving it back.
    EXPECT_EQ(anna->leads().count(LeadFilter{}), 3);
    Lead unowned = *anna->leads().find(team.unowned.id);
    LifecycleService(*anna).move(unowned, MoveRequest{Stage::SAL, {}, false}, annaName);
    OwnershipService(*anna).assign(unowned, annaName, annaName);
    EXPECT_EQ(anna->leads().find(unowned.id)->owner, annaName);
    OwnershipService(*anna).assign(unowned, QString(), annaName);

    // Reassigning a lead someone owns (her program would let her).
    Lead owned = *anna->leads().find(team.owned.id);
    EXPECT_TRUE(refusal([&] {
                    OwnershipService(*anna).assign(owned, annaName, annaName);
                }).contains(QStringLiteral("only a manager may give a lead someone owns")));
    EXPECT_EQ(anna->leads().find(owned.id)->owner, bossName);
    // Giving a lead no one owns to a teammate is reassigning too.
    Lead free = *anna->leads().find(team.unowned.id);
    EXPECT_TRUE(refusal([&] {
                    OwnershipService(*anna).assign(free, bossName, annaName);
                }).contains(QStringLiteral("only a manager may give")));

    // Overriding a guard under the manager's name: the program takes the name's word, the
    // server knows the login.
    Lead sal = *anna->leads().find(team.readyForSql.id);
    const MoveRequest overrideToSql{
        Stage::SQL, StageReason{QStringLiteral("other"), QStringLiteral("budget agreed")}, true};
    EXPECT_TRUE(refusal([&] {
                    LifecycleService(*anna).move(sal, overrideToSql, bossName);
                }).contains(QStringLiteral("only a manager may override a stage guard")));
    EXPECT_EQ(anna->leads().find(sal.id)->stage, Stage::SAL);
    // Under her own name her program refuses first, in its own words.
    EXPECT_TRUE(refusal([&] {
                    LifecycleService(*anna).move(sal, overrideToSql, annaName);
                }).contains(QStringLiteral("Only a manager may override this")));

    // The scoring model.
    StoredScoringModel model;
    model.name = QStringLiteral("Anna's own");
    model.definition = R"({"name": "Anna's own"})";
    model.createdAt = QDateTime::currentDateTimeUtc();
    model.author = annaName;
    auto scores = anna->scoreStore();
    EXPECT_TRUE(refusal([&] {
                    Transaction transaction(*anna);
                    scores->addActiveModel(model);
                    transaction.commit();
                }).contains(QStringLiteral("only a manager may change the scoring model")));

    // Making herself a manager.
    EXPECT_TRUE(refusal([&] {
                    anna->qualification().setUserRole(annaName, QStringLiteral("manager"));
                }).contains(QStringLiteral("only a manager may change a teammate's role")));
    EXPECT_EQ(team.owner->qualification().userRole(annaName), QStringLiteral("sdr"));

    // The tables themselves, and the checks, are the owner's.
    const QString annaUrl = team.logins.url(team.database, QStringLiteral("anna"));
    EXPECT_FALSE(test::pgExec(annaUrl, QStringLiteral("DROP TABLE leads")).isEmpty());
    EXPECT_FALSE(test::pgExec(annaUrl, QStringLiteral("TRUNCATE stage_history")).isEmpty());
    EXPECT_FALSE(
        test::pgExec(annaUrl, QStringLiteral("ALTER TABLE stage_history DISABLE TRIGGER ALL"))
            .isEmpty());
    EXPECT_FALSE(
        test::pgExec(annaUrl, QStringLiteral("UPDATE stage_history SET override = 1")).isEmpty());
}

TEST(PgTeamRoles, AManagerDoesWhatAnSdrMayNot)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    Team team;
    auto boss = team.as(QStringLiteral("boss"));
    const QString bossName = team.login(QStringLiteral("boss"));
    const QString annaName = team.login(QStringLiteral("anna"));

    Lead owned = *boss->leads().find(team.owned.id);
    OwnershipService(*boss).assign(owned, annaName, bossName);
    EXPECT_EQ(boss->leads().find(owned.id)->owner, annaName);

    Lead sal = *boss->leads().find(team.readyForSql.id);
    const StageChange change = LifecycleService(*boss).move(
        sal,
        MoveRequest{Stage::SQL,
                    StageReason{QStringLiteral("other"), QStringLiteral("budget agreed")}, true},
        bossName);
    EXPECT_TRUE(change.override);
    EXPECT_EQ(boss->leads().find(sal.id)->stage, Stage::SQL);

    StoredScoringModel model;
    model.name = QStringLiteral("Manager's");
    model.definition = R"({"name": "Manager's"})";
    model.createdAt = QDateTime::currentDateTimeUtc();
    model.author = bossName;
    auto scores = boss->scoreStore();
    Transaction transaction(*boss);
    scores->addActiveModel(model);
    transaction.commit();
    EXPECT_EQ(scores->activeModel()->name, QStringLiteral("Manager's"));
}

TEST(PgTeamRoles, OnlyTheTeamConnectsAndOnlyTheOwnerSetsItUp)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    Team team;
    // A login of the server outside the team cannot open the workspace.
    ASSERT_EQ(test::pgExec(team.database.url(), QStringLiteral("CREATE ROLE \"%1\" LOGIN")
                                                    .arg(team.login(QStringLiteral("carl")))),
              QString());
    EXPECT_THROW(team.as(QStringLiteral("carl")), StoreError);

    auto boss = team.as(QStringLiteral("boss"));
    EXPECT_TRUE(refusal([&] {
                    boss->teamRoles()->initialize();
                }).contains(QStringLiteral("only the team workspace's owner")));
    EXPECT_TRUE(refusal([&] {
                    boss->teamRoles()->addMember(team.login(QStringLiteral("carl")),
                                                 QStringLiteral("manager"));
                }).contains(QStringLiteral("may not create roles")));
    EXPECT_TRUE(refusal([&] {
                    team.owner->teamRoles()->addMember(team.login(QStringLiteral("carl")),
                                                       QStringLiteral("admin"));
                }).contains(QStringLiteral("unknown team role")));
}
