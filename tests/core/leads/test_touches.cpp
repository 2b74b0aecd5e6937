// Logged touches against a real workspace (issue 21): stored with time, outcome and text, the
// first touch kept whatever order they are logged in, bad input refused, undo and redo.
#include "core/lifecycle/leadfixtures.h"
#include "leads/touches.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;

class TouchesTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    TouchService touches{workspace};
    const QDateTime now = QDateTime::currentDateTimeUtc();

    TouchInput input(TouchType type, const QDateTime& at,
                     std::optional<TouchOutcome> outcome = std::nullopt, const QString& note = {})
    {
        return TouchInput{type, outcome, at, note};
    }
};

TEST_F(TouchesTest, ATouchIsStoredAsLogged)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const QDateTime at = now.addSecs(-3600);
    const Touch logged = touches.log(
        lead.id, input(TouchType::Call, at, TouchOutcome::Voicemail, "left a message"), "sdr1");
    EXPECT_NE(logged.id, 0);

    // What another connection reads from the file.
    temp.close();
    std::unique_ptr<Workspace> file = openWorkspace(temp.path());
    const QList<Touch> stored = TouchService(*file).forLead(lead.id);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).type, TouchType::Call);
    EXPECT_EQ(stored.at(0).outcome, TouchOutcome::Voicemail);
    EXPECT_EQ(stored.at(0).note, "left a message");
    EXPECT_EQ(stored.at(0).by, "sdr1");
    EXPECT_EQ(stored.at(0).at.toSecsSinceEpoch(), at.toSecsSinceEpoch());
    EXPECT_TRUE(stored.at(0).loggedAt.isValid());
}

TEST_F(TouchesTest, TheFirstTouchIsKeptWhateverOrderTheyAreLoggedIn)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    EXPECT_FALSE(touches.firstTouchAt(lead.id));
    const QDateTime second = now.addDays(-2);
    touches.log(lead.id, input(TouchType::Email, second), "sdr1");
    EXPECT_EQ(touches.firstTouchAt(lead.id)->toSecsSinceEpoch(), second.toSecsSinceEpoch());
    // A later touch leaves the first as it was.
    touches.log(lead.id, input(TouchType::Call, now.addSecs(-60), TouchOutcome::Connected), "sdr1");
    EXPECT_EQ(touches.firstTouchAt(lead.id)->toSecsSinceEpoch(), second.toSecsSinceEpoch());
    // One logged afterwards but made earlier becomes the first.
    const QDateTime first = now.addDays(-3);
    touches.log(lead.id, input(TouchType::Meeting, first), "sdr2");
    EXPECT_EQ(touches.firstTouchAt(lead.id)->toSecsSinceEpoch(), first.toSecsSinceEpoch());
    // Newest first.
    const QList<Touch> listed = touches.forLead(lead.id);
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed.at(0).type, TouchType::Call);
    EXPECT_EQ(listed.at(2).type, TouchType::Meeting);
}

TEST_F(TouchesTest, BadInputIsRefused)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const auto refusedAs = [&](const TouchInput& bad, qint64 leadId, StoreError::Kind kind) {
        try {
            touches.log(leadId, bad, "sdr1");
            ADD_FAILURE() << "accepted";
        } catch (const StoreError& error) {
            EXPECT_EQ(error.kind(), kind) << error.message().toStdString();
        }
    };
    refusedAs(input(TouchType::Email, now, TouchOutcome::Connected), lead.id,
              StoreError::Kind::Invalid);
    refusedAs(input(TouchType::Call, now.addDays(1)), lead.id, StoreError::Kind::Invalid);
    refusedAs(input(TouchType::Note, now, std::nullopt, "   "), lead.id, StoreError::Kind::Invalid);
    refusedAs(input(TouchType::Call, now), 424242, StoreError::Kind::NotFound);
    EXPECT_TRUE(touches.forLead(lead.id).isEmpty());
}

TEST_F(TouchesTest, UndoRemovesAndRedoRestores)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const Touch logged = touches.log(lead.id, input(TouchType::Call, now.addSecs(-10)), "sdr1");
    EXPECT_TRUE(touches.remove(logged));
    EXPECT_TRUE(touches.forLead(lead.id).isEmpty());
    EXPECT_FALSE(touches.firstTouchAt(lead.id));
    const Touch again = touches.restore(logged);
    ASSERT_EQ(touches.forLead(lead.id).size(), 1);
    EXPECT_EQ(touches.forLead(lead.id).at(0).id, again.id);
    EXPECT_EQ(touches.forLead(lead.id).at(0).by, "sdr1");
}

TEST(TouchKeys, KeysAndLabels)
{
    EXPECT_EQ(touchTypeFromKey("EMAIL"), TouchType::Email);
    EXPECT_FALSE(touchTypeFromKey("fax"));
    EXPECT_EQ(touchOutcomeFromKey("no-answer"), TouchOutcome::NoAnswer);
    EXPECT_EQ(touchOutcomeKey(TouchOutcome::NoAnswer), "no-answer");
    EXPECT_EQ(touchOutcomeLabel(TouchOutcome::NoAnswer), "No answer");
}

TEST_F(TouchesTest, ATouchMovesTheLeadsLastActivityForwardOnly)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const QDateTime latest = now.addSecs(-600);
    touches.log(lead.id, input(TouchType::Call, latest, TouchOutcome::Connected), "sdr1");
    EXPECT_EQ(workspace.leads().find(lead.id)->lastActivityAt.toSecsSinceEpoch(),
              latest.toSecsSinceEpoch());
    // One logged afterwards but made earlier leaves the latest activity as it was.
    touches.log(lead.id, input(TouchType::Email, now.addDays(-4)), "sdr1");
    EXPECT_EQ(workspace.leads().find(lead.id)->lastActivityAt.toSecsSinceEpoch(),
              latest.toSecsSinceEpoch());
}
