// Teammates' programs writing the same lead of a team workspace at the same moment: each on a
// connection of its own, all of them queued at the workspace's write lock and then let go at
// once. A check and the write it decides are one decision for the whole team (the lock taken
// by PgWorkspace::begin), so exactly one of them wins and every other is told who got there
// first, as two programs on one workspace file are. Also what PostgreSQL compares differently
// from SQLite unless told to: users' names without case.
#include "core/lifecycle/leadfixtures.h"
#include "leads/ownership.h"
#include "lifecycle/lifecycleservice.h"
#include "qualification/qualificationservice.h"
#include "store/qualificationstore.h"
#include "store/sdrstore.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "support/pgcluster.h"

#include <QSqlDatabase>
#include <atomic>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <latch>
#include <optional>
#include <thread>
#include <vector>

using namespace lb;
using lb::test::TempPgDatabase;

namespace {

// What one teammate's write came to: nothing (it went through) or the error it was refused with.
struct Outcome
{
    QString who;
    std::optional<StoreError::Kind> error;
    QString message;
};

// One teammate: `read` runs before the race (what the program showed its user), `write` in it.
struct Teammate
{
    QString who;
    std::function<void(Workspace&)> read;
    std::function<void(Workspace&)> write;
};

// Runs the teammates' writes at once: another program holds the write lock until every one of
// them has read and is waiting for its turn, then lets go.
std::vector<Outcome> atOnce(const QString& url, const std::vector<Teammate>& teammates)
{
    auto holder = openWorkspace(url);
    holder->begin();
    std::latch haveRead(static_cast<std::ptrdiff_t>(teammates.size()));
    std::atomic<int> finished = 0;
    std::vector<Outcome> outcomes(teammates.size());
    std::vector<std::thread> programs;
    for (size_t i = 0; i < teammates.size(); ++i)
        programs.emplace_back([&, i] {
            Outcome& outcome = outcomes[i];
            outcome.who = teammates[i].who;
            bool counted = false;
            try {
                auto own = openWorkspace(url);
                teammates[i].read(*own);
                haveRead.count_down();
                counted = true;
                teammates[i].write(*own);
            } catch (const StoreError& error) {
                outcome.error = error.kind();
                outcome.message = error.message();
            } catch (const std::exception& error) {
                outcome.error = StoreError::Kind::Io;
                outcome.message = QString::fromUtf8(error.what());
            }
            if (!counted)
                haveRead.count_down();
            ++finished;
        });
    haveRead.wait();
    // Long enough for every teammate to have begun its transaction and be polling for the lock.
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    EXPECT_EQ(finished.load(), 0) << "a teammate wrote while the lock was held";
    holder->rollback();
    for (auto& program : programs)
        program.join();
    return outcomes;
}

// The one winner among `outcomes`, after checking that every other was refused with a Conflict
// naming the winner.
QString oneWinner(const std::vector<Outcome>& outcomes)
{
    QString winner;
    int winners = 0;
    for (const Outcome& outcome : outcomes) {
        if (!outcome.error) {
            winner = outcome.who;
            ++winners;
        }
    }
    EXPECT_EQ(winners, 1);
    for (const Outcome& outcome : outcomes) {
        if (!outcome.error)
            continue;
        EXPECT_EQ(*outcome.error, StoreError::Kind::Conflict) << outcome.message.toStdString();
        EXPECT_TRUE(outcome.message.contains(QStringLiteral("was changed by ") + winner))
            << outcome.message.toStdString();
        EXPECT_TRUE(outcome.message.contains(QStringLiteral("reload it and try again")))
            << outcome.message.toStdString();
    }
    return winner;
}

std::unique_ptr<Workspace> newWorkspace(const TempPgDatabase& database)
{
    return openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
}

} // namespace

TEST(PgTeamSdrs, TwoSdrsAcceptingTheSameMqlAtOnceOneWinsTheOtherIsToldWho)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = newWorkspace(database);
    const Lead mql = test::addLead(*workspace, QStringLiteral("aino@nordicwidgets.fi"),
                                   QStringLiteral("Nordic Widgets Oy"), Stage::MQL);

    std::vector<Teammate> teammates;
    for (const QString& who : {QStringLiteral("sdr1"), QStringLiteral("sdr2")}) {
        auto lead = std::make_shared<Lead>();
        teammates.push_back(
            Teammate{who, [lead, id = mql.id](Workspace& own) { *lead = *own.leads().find(id); },
                     [lead, who](Workspace& own) {
                         LifecycleService(own).move(*lead, MoveRequest{Stage::SAL, {}, false}, who);
                     }});
    }
    const QString winner = oneWinner(atOnce(database.url(), teammates));
    ASSERT_FALSE(winner.isEmpty());

    const Lead stored = *workspace->leads().find(mql.id);
    EXPECT_EQ(stored.stage, Stage::SAL);
    EXPECT_EQ(stored.owner, winner);
    EXPECT_EQ(stored.updatedBy, winner);
    EXPECT_EQ(stored.version, mql.version + 1);
    const QList<StageChange> history = workspace->history().forLead(mql.id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).by, winner);
    EXPECT_EQ(history.at(0).to, Stage::SAL);
    // The owner's copy beside the score follows the lead's owner (leads_owner_copy).
    LeadFilter owned;
    owned.owner = winner;
    EXPECT_EQ(workspace->leads().count(owned), 1);
}

TEST(PgTeamSdrs, TwoManagersAssigningTheSameLeadAtOnceOneWinsTheOtherIsToldWho)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = newWorkspace(database);
    const Lead mql = test::addLead(*workspace, QStringLiteral("aino@nordicwidgets.fi"),
                                   QStringLiteral("Nordic Widgets Oy"), Stage::MQL);

    std::vector<Teammate> teammates;
    for (const QString& who : {QStringLiteral("maija"), QStringLiteral("matti")}) {
        auto lead = std::make_shared<Lead>();
        teammates.push_back(
            Teammate{who, [lead, id = mql.id](Workspace& own) { *lead = *own.leads().find(id); },
                     [lead, who](Workspace& own) {
                         OwnershipService(own).assign(*lead, QStringLiteral("sdr of ") + who, who);
                     }});
    }
    const QString winner = oneWinner(atOnce(database.url(), teammates));
    ASSERT_FALSE(winner.isEmpty());

    const Lead stored = *workspace->leads().find(mql.id);
    EXPECT_EQ(stored.owner, QStringLiteral("sdr of ") + winner);
    EXPECT_EQ(stored.version, mql.version + 1);
    const QList<OwnerChange> changes = workspace->owners().forLead(mql.id);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).by, winner);
    EXPECT_GT(changes.at(0).id, 0);
    LeadFilter owned;
    owned.owner = QStringLiteral("sdr of ") + winner;
    EXPECT_EQ(workspace->leads().count(owned), 1);
    LeadFilter unowned;
    unowned.unownedOnly = true;
    EXPECT_EQ(workspace->leads().count(unowned), 0);
    EXPECT_TRUE(workspace->owners().unownedIn(Stage::MQL).isEmpty());
}

// Answers carry no version: both are kept, one after the other, and the criterion still has
// exactly one current answer (two programs superseding at once would leave two).
TEST(PgTeamSdrs, TwoAnswersToOneCriterionAtOnceLeaveOneCurrentAnswer)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = newWorkspace(database);
    const Lead sal = test::addLead(*workspace, QStringLiteral("aino@nordicwidgets.fi"),
                                   QStringLiteral("Nordic Widgets Oy"), Stage::SAL);

    std::vector<Teammate> teammates;
    for (const QString& who :
         {QStringLiteral("sdr1"), QStringLiteral("sdr2"), QStringLiteral("sdr3")}) {
        auto lead = std::make_shared<Lead>();
        teammates.push_back(Teammate{
            who, [lead, id = sal.id](Workspace& own) { *lead = *own.leads().find(id); },
            [lead, who](Workspace& own) {
                QualificationService service(own);
                test::answer(service, *lead, QStringLiteral("BANT"), QStringLiteral("budget"),
                             AnswerStatus::Confirmed, QStringLiteral("1000"), who);
            }});
    }
    for (const Outcome& outcome : atOnce(database.url(), teammates))
        EXPECT_FALSE(outcome.error) << outcome.message.toStdString();

    QualificationStore& store = workspace->qualification();
    const QList<Answer> current = store.currentAnswers(sal.id);
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current.at(0).criterion, QStringLiteral("budget"));
    EXPECT_EQ(store.answerHistory(sal.id, QStringLiteral("BANT"), QStringLiteral("budget")).size(),
              3);
    EXPECT_EQ(store.answerCount(sal.id), 3);
    EXPECT_EQ(store.frameworksOf(sal.id), QStringList{QStringLiteral("BANT")});
}

// users.name is COLLATE NOCASE on SQLite, so `name = ?` there finds a user whatever the case;
// PostgreSQL compares text exactly unless the store compares lower() with lower().
TEST(PgTeamSdrs, UsersRolesAndOwnersAreFoundWhateverTheCase)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = newWorkspace(database);
    QualificationStore& store = workspace->qualification();
    store.setUserRole(QStringLiteral("Maija Manager"), QStringLiteral("manager"));
    EXPECT_EQ(store.userRole(QStringLiteral("maija manager")), QStringLiteral("manager"));
    EXPECT_EQ(store.userRole(QStringLiteral("MAIJA MANAGER")), QStringLiteral("manager"));
    EXPECT_EQ(store.userRole(QStringLiteral("nobody")), QString());
    // The same user, not a second one.
    store.setUserRole(QStringLiteral("maija manager"), QStringLiteral("admin"));
    EXPECT_EQ(store.userRole(QStringLiteral("Maija Manager")), QStringLiteral("admin"));
    EXPECT_EQ(workspace->users().names(), QStringList{QStringLiteral("Maija Manager")});

    // An owner written in another case is the same user, and the lead is found under either.
    Lead lead = test::addLead(*workspace, QStringLiteral("aino@nordicwidgets.fi"),
                              QStringLiteral("Nordic Widgets Oy"), Stage::MQL);
    workspace->owners().writeOwner(lead, QStringLiteral("MAIJA manager"), QStringLiteral("admin"));
    EXPECT_EQ(workspace->users().names(), QStringList{QStringLiteral("Maija Manager")});
    LeadFilter owned;
    owned.owner = QStringLiteral("maija MANAGER");
    EXPECT_EQ(workspace->leads().count(owned), 1);
}
