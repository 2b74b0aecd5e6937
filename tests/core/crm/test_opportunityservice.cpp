// OpportunityService (issue 20): stage, amount and close changes, each versioned, one
// transaction, recorded with time and author; refusals; undo and redo; what the reports count.
#include "core/crm/crmfixture.h"
#include "crm/opportunityservice.h"
#include "reports/reportservice.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>
#include <limits>

using namespace lb;
using namespace lb::test;

namespace {

class OpportunityServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { f = CrmWorkspaceBuilder(workspace).build(); }

    Opportunity read(qint64 id) { return *workspace.crm().opportunity(id); }
    QList<OpportunityStageChange> history(qint64 id)
    {
        return workspace.crm().opportunityHistory(id);
    }
    OpportunityChange toStage(OpportunityStage stage, const QString& reason = {})
    {
        OpportunityChange change;
        change.stage = stage;
        change.lostReason = reason;
        return change;
    }
    // The sources report of the days around today (the service writes at the current time).
    reports::SourceLine sourceLine(const QString& source)
    {
        ReportFilter filter;
        filter.from = QDate::currentDate().addDays(-1);
        filter.to = QDate::currentDate().addDays(1);
        for (const reports::SourceLine& line :
             reports::ReportService(workspace).sources(filter).sources)
            if (line.source == source)
                return line;
        return {};
    }
    qint64 wonInFunnel()
    {
        ReportFilter filter;
        filter.from = QDate::currentDate().addDays(-1);
        filter.to = QDate::currentDate().addDays(1);
        for (const reports::FunnelStep& step :
             reports::ReportService(workspace).funnel(filter).steps)
            if (step.stage == QLatin1String("Won"))
                return step.count;
        return -1;
    }

    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    OpportunityService service{workspace};
    CrmFixture f;
};

} // namespace

TEST_F(OpportunityServiceTest, AStageChangeIsVersionedAndRecordedWithTimeAndAuthor)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const OpportunityEdit edit =
        service.change(f.o1, 1, toStage(OpportunityStage::Proposal), QStringLiteral("ae-x"));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    EXPECT_EQ(edit.before.stage, OpportunityStage::Prospecting);
    EXPECT_EQ(edit.before.version, 1);
    EXPECT_EQ(edit.after.stage, OpportunityStage::Proposal);
    EXPECT_EQ(edit.after.version, 2);

    const Opportunity stored = read(f.o1);
    EXPECT_EQ(stored.stage, OpportunityStage::Proposal);
    EXPECT_EQ(stored.version, 2);
    EXPECT_GE(stored.stageChangedAt, before); // its age in stage starts again
    const QList<OpportunityStageChange> lines = history(f.o1);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1].from, OpportunityStage::Prospecting);
    EXPECT_EQ(lines[1].to, OpportunityStage::Proposal);
    EXPECT_EQ(lines[1].by, "ae-x");
    EXPECT_GE(lines[1].at, before);
    EXPECT_LE(lines[1].at, after);
    EXPECT_EQ(lines[1].amount, 1000.0);
}

TEST_F(OpportunityServiceTest, AmountAndCloseChangesKeepTheStageAndItsAge)
{
    OpportunityChange change;
    change.amount = 1500.0;
    change.closeDate = QDate(2026, 4, 30);
    const OpportunityEdit edit = service.change(f.o1, 1, change, QStringLiteral("ae-a"));
    EXPECT_EQ(edit.before.amount, 1000.0);
    EXPECT_EQ(edit.before.closeDate, QDate(2026, 1, 15));
    const Opportunity stored = read(f.o1);
    EXPECT_EQ(stored.amount, 1500.0);
    EXPECT_EQ(stored.closeDate, QDate(2026, 4, 30));
    EXPECT_EQ(stored.stage, OpportunityStage::Prospecting);
    EXPECT_EQ(stored.stageChangedAt, crmAt("2026-01-10"));
    const OpportunityStageChange line = history(f.o1).constLast();
    EXPECT_EQ(line.from, OpportunityStage::Prospecting);
    EXPECT_EQ(line.to, OpportunityStage::Prospecting);
    EXPECT_EQ(line.amount, 1500.0);
    EXPECT_EQ(line.closeDate, QDate(2026, 4, 30));
}

TEST_F(OpportunityServiceTest, LostNeedsAReasonAndKeepsIt)
{
    EXPECT_THROW(service.change(f.o4, 1, toStage(OpportunityStage::Lost), "ae-b"),
                 OpportunityError);
    EXPECT_THROW(service.change(f.o4, 1, toStage(OpportunityStage::Lost, "   "), "ae-b"),
                 OpportunityError);
    EXPECT_EQ(read(f.o4).version, 1); // nothing written
    EXPECT_EQ(history(f.o4).size(), 1);

    service.change(f.o4, 1, toStage(OpportunityStage::Lost, " Went with a competitor "), "ae-b");
    EXPECT_EQ(read(f.o4).lostReason, "Went with a competitor");
    EXPECT_EQ(history(f.o4).constLast().reason, "Went with a competitor");
    // Won again later: the reason goes with the stage.
    service.change(f.o4, 2, toStage(OpportunityStage::Won), "ae-b");
    EXPECT_TRUE(read(f.o4).lostReason.isEmpty());
}

TEST_F(OpportunityServiceTest, RefusalsNameTheProblemAndWriteNothing)
{
    OpportunityChange negative;
    negative.amount = -1.0;
    EXPECT_THROW(service.change(f.o1, 1, negative, "ae-a"), OpportunityError);
    OpportunityChange notANumber;
    notANumber.amount = std::numeric_limits<double>::quiet_NaN();
    EXPECT_THROW(service.change(f.o1, 1, notANumber, "ae-a"), OpportunityError);
    OpportunityChange badDate;
    badDate.closeDate = QDate();
    EXPECT_THROW(service.change(f.o1, 1, badDate, "ae-a"), OpportunityError);
    EXPECT_THROW(service.change(f.o1, 1, toStage(OpportunityStage::Won, "why"), "ae-a"),
                 OpportunityError); // a reason only with Lost
    EXPECT_THROW(service.change(f.o1, 1, toStage(OpportunityStage::Prospecting), "ae-a"),
                 OpportunityError); // nothing changes
    try {
        service.change(9999, 1, toStage(OpportunityStage::Won), "ae-a");
        FAIL() << "no opportunity 9999";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::NotFound);
        EXPECT_TRUE(error.message().contains("9999"));
    }
    EXPECT_EQ(read(f.o1).version, 1);
    EXPECT_EQ(history(f.o1).size(), 1);
}

TEST_F(OpportunityServiceTest, AStaleVersionIsRefusedAsAConflict)
{
    service.change(f.o1, 1, toStage(OpportunityStage::Proposal), "ae-a");
    try {
        service.change(f.o1, 1, toStage(OpportunityStage::Won), "ae-b");
        FAIL() << "the second change read version 1";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("someone else"));
    }
    EXPECT_EQ(read(f.o1).stage, OpportunityStage::Proposal);
    EXPECT_EQ(history(f.o1).size(), 2);
}

TEST_F(OpportunityServiceTest, AnotherConnectionsChangeMeanwhileIsNotOverwritten)
{
    // A second program (another connection to the file) reads the deal, then this one changes
    // it, then the second writes what it decided on the old reading: refused.
    std::unique_ptr<Workspace> other = openWorkspace(temp.path());
    const Opportunity seen = *other->crm().opportunity(f.o4);
    service.change(f.o4, seen.version, toStage(OpportunityStage::Won), "ae-a");
    OpportunityService otherService(*other);
    EXPECT_THROW(
        otherService.change(f.o4, seen.version, toStage(OpportunityStage::Lost, "Price"), "ae-b"),
        StoreError);
    EXPECT_EQ(read(f.o4).stage, OpportunityStage::Won);
}

TEST_F(OpportunityServiceTest, UndoPutsBackThePreviousValuesAndUndoingTheUndoRedoes)
{
    OpportunityChange change;
    change.stage = OpportunityStage::Won;
    change.amount = 2500.0;
    const OpportunityEdit won = service.change(f.o4, 1, change, "ae-b");
    const OpportunityEdit undone = service.undo(won, "ae-b");
    Opportunity stored = read(f.o4);
    EXPECT_EQ(stored.stage, OpportunityStage::Negotiation);
    EXPECT_EQ(stored.amount, 2000.0);
    EXPECT_EQ(stored.closeDate, QDate(2026, 2, 1));
    EXPECT_EQ(stored.version, 3);
    EXPECT_EQ(history(f.o4).constLast().from, OpportunityStage::Won);
    EXPECT_EQ(history(f.o4).constLast().to, OpportunityStage::Negotiation);

    service.undo(undone, "ae-b"); // redo
    stored = read(f.o4);
    EXPECT_EQ(stored.stage, OpportunityStage::Won);
    EXPECT_EQ(stored.amount, 2500.0);
    EXPECT_EQ(history(f.o4).size(), 4);
}

TEST_F(OpportunityServiceTest, UndoOfALostDealsChangeBringsItsReasonBack)
{
    const OpportunityEdit reopened =
        service.change(f.o3, 1, toStage(OpportunityStage::Negotiation), "ae-b");
    EXPECT_TRUE(read(f.o3).lostReason.isEmpty());
    service.undo(reopened, "ae-b");
    EXPECT_EQ(read(f.o3).stage, OpportunityStage::Lost);
    EXPECT_EQ(read(f.o3).lostReason, "Price");
}

TEST_F(OpportunityServiceTest, UndoIsRefusedWhenSomeoneChangedTheDealSince)
{
    const OpportunityEdit won = service.change(f.o4, 1, toStage(OpportunityStage::Won), "ae-b");
    OpportunityChange amount;
    amount.amount = 9000.0;
    service.change(f.o4, won.after.version, amount, "ae-a");
    EXPECT_THROW(service.undo(won, "ae-b"), StoreError);
    EXPECT_EQ(read(f.o4).stage, OpportunityStage::Won);
    EXPECT_EQ(read(f.o4).amount, 9000.0);
}

TEST_F(OpportunityServiceTest, AWonChangeIsCountedByTheReportsAndItsUndoIsNot)
{
    EXPECT_EQ(wonInFunnel(), 0);
    const OpportunityEdit won = service.change(f.o1, 1, toStage(OpportunityStage::Won), "ae-a");
    EXPECT_EQ(wonInFunnel(), 1);
    reports::SourceLine website = sourceLine(QStringLiteral("Website")); // L1's source
    EXPECT_DOUBLE_EQ(website.won, 1000);
    EXPECT_EQ(website.winRate, 1.0);
    service.undo(won, "ae-a");
    EXPECT_EQ(wonInFunnel(), 0);
    EXPECT_DOUBLE_EQ(sourceLine(QStringLiteral("Website")).won, 0);
}

TEST_F(OpportunityServiceTest, ANewAmountOfADealWonEarlierIsNoNewWin)
{
    // O2 (L5, Webinar) was won on 10 January. Its amount changed today is a history line that
    // stays Won: the reports must not count it as won today.
    OpportunityChange change;
    change.amount = 6000.0;
    service.change(f.o2, 1, change, "ae-b");
    EXPECT_EQ(wonInFunnel(), 0);
    EXPECT_DOUBLE_EQ(sourceLine(QStringLiteral("Webinar")).won, 0);
}
