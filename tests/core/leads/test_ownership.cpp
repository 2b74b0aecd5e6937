// Ownership against a real workspace (issue 21): assigning one lead and many, round robin,
// a stale lead refused, the owner history, the owner the reports group by, and undo.
#include "core/lifecycle/leadfixtures.h"
#include "leads/ownership.h"
#include "lifecycle/lifecycleservice.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;

class OwnershipTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    OwnershipService ownership{workspace};

    Lead reload(qint64 id) { return *workspace.leads().find(id); }
    qint64 ownedBy(const QString& owner)
    {
        // Counted from lead_scores.owner_id, the copy the reports group by.
        return workspace.leads().count(LeadFilter{.owner = owner});
    }
    QList<qint64> addLeads(int count, Stage stage = Stage::MQL)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i)
            ids << addLead(workspace, QStringLiteral("lead%1@example.fi").arg(i),
                           QStringLiteral("Firm %1 Oy").arg(i), stage)
                       .id;
        return ids;
    }
};

TEST_F(OwnershipTest, AssignWritesOwnerVersionAndHistoryLine)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL);
    const qint64 version = lead.version;
    const OwnerChange change = ownership.assign(lead, "Sanna", "manager");
    EXPECT_NE(change.id, 0);
    EXPECT_EQ(change.from, QString());
    EXPECT_EQ(change.to, "Sanna");

    const Lead stored = reload(lead.id);
    EXPECT_EQ(stored.owner, "Sanna");
    EXPECT_EQ(stored.version, version + 1);
    EXPECT_EQ(stored.updatedBy, "manager");
    EXPECT_EQ(ownedBy("Sanna"), 1);
    EXPECT_TRUE(workspace.users().names().contains("Sanna"));

    Lead again = stored;
    ownership.assign(again, "Mikko", "manager");
    const QList<OwnerChange> history = ownership.history(lead.id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(1).from, "Sanna");
    EXPECT_EQ(history.at(1).to, "Mikko");
    EXPECT_EQ(history.at(1).by, "manager");
    EXPECT_EQ(ownedBy("Sanna"), 0);
    EXPECT_EQ(ownedBy("Mikko"), 1);
    // Owner changes are not stage moves: the stage history the reports count is untouched.
    EXPECT_TRUE(workspace.history().forLead(lead.id).isEmpty());
}

TEST_F(OwnershipTest, StaleVersionIsRefusedWithAConflict)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL);
    Lead stale = lead;
    ownership.assign(lead, "Sanna", "sdr1");
    try {
        ownership.assign(stale, "Mikko", "sdr2");
        FAIL() << "a stale lead was assigned";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("sdr1")) << error.message().toStdString();
    }
    EXPECT_EQ(reload(lead.id).owner, "Sanna");
    EXPECT_EQ(ownership.history(lead.id).size(), 1);
}

TEST_F(OwnershipTest, BulkAssignIsAllOrNothing)
{
    const QList<qint64> ids = addLeads(3);
    const QList<OwnerChange> changes = ownership.assignMany(ids, "Sanna", "manager");
    EXPECT_EQ(changes.size(), 3);
    EXPECT_EQ(ownedBy("Sanna"), 3);

    // One unknown lead refuses the whole batch.
    try {
        ownership.assignMany({ids.at(0), 999999}, "Mikko", "manager");
        FAIL() << "an unknown lead was accepted";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::NotFound);
        EXPECT_TRUE(error.message().contains("999999"));
    }
    EXPECT_EQ(reload(ids.at(0)).owner, "Sanna");
    EXPECT_EQ(ownedBy("Mikko"), 0);
}

TEST_F(OwnershipTest, RoundRobinDealsLeadsInTurn)
{
    const QList<qint64> ids = addLeads(7);
    const QList<OwnerChange> changes =
        ownership.assignRoundRobin(ids, {"Sanna", "Mikko", "Aino"}, "manager");
    EXPECT_EQ(changes.size(), 7);
    EXPECT_EQ(ownedBy("Sanna"), 3);
    EXPECT_EQ(ownedBy("Mikko"), 2);
    EXPECT_EQ(ownedBy("Aino"), 2);
    EXPECT_EQ(reload(ids.at(0)).owner, "Sanna");
    EXPECT_EQ(reload(ids.at(1)).owner, "Mikko");
    EXPECT_EQ(reload(ids.at(2)).owner, "Aino");
    EXPECT_EQ(reload(ids.at(3)).owner, "Sanna");
}

TEST_F(OwnershipTest, UnownedMqlsAreTheOnesNobodyHas)
{
    const QList<qint64> mqls = addLeads(3);
    addLead(workspace, "new@example.fi", "New Oy", Stage::New);
    Lead owned = reload(mqls.at(1));
    ownership.assign(owned, "Sanna", "manager");
    EXPECT_EQ(ownership.unownedMqls(), (QList<qint64>{mqls.at(0), mqls.at(2)}));
}

TEST_F(OwnershipTest, RevertRestoresThePreviousOwnerAndRefusesALaterChange)
{
    const QList<qint64> ids = addLeads(2);
    Lead first = reload(ids.at(0));
    ownership.assign(first, "Aino", "manager");
    const QList<OwnerChange> done = ownership.assignMany(ids, "Sanna", "manager");
    ASSERT_EQ(done.size(), 2);

    const QList<OwnerChange> undone = ownership.revertMany(done, "manager");
    EXPECT_EQ(reload(ids.at(0)).owner, "Aino");
    EXPECT_EQ(reload(ids.at(1)).owner, QString());
    EXPECT_EQ(ownedBy("Sanna"), 0);
    // The undo is history too, never a rewrite.
    EXPECT_EQ(ownership.history(ids.at(0)).size(), 3);

    // Redo is the revert of the undo; then someone else changes one lead: the undo of the
    // redo is refused for both and changes nothing.
    const QList<OwnerChange> redone = ownership.revertMany(undone, "manager");
    EXPECT_EQ(ownedBy("Sanna"), 2);
    Lead other = reload(ids.at(1));
    ownership.assign(other, "Mikko", "sdr2");
    EXPECT_THROW(ownership.revertMany(redone, "manager"), StoreError);
    EXPECT_EQ(reload(ids.at(0)).owner, "Sanna");
    EXPECT_EQ(reload(ids.at(1)).owner, "Mikko");
}

TEST_F(OwnershipTest, ConvertedLeadIsReadOnly)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    lead.stage = Stage::Converted;
    lead.converted = ConversionLink{1, 1, std::nullopt};
    EXPECT_THROW(ownership.assign(lead, "Sanna", "sdr1"), StoreError);
}
