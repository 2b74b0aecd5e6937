// The stage history table: rows, translated reason labels, the override mark.
#include "core/lifecycle/leadfixtures.h"
#include "leadview/historywidget.h"
#include "lifecycle/lifecycleservice.h"
#include "store/qualificationstore.h"
#include "support/tempworkspace.h"

#include <QTableWidget>
#include <gtest/gtest.h>

using namespace lb;

TEST(HistoryWidget, ShowsEveryMoveWithReasonAndOverride)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    Lead lead = test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::MQL);
    workspace.qualification().setUserRole("maija", "manager");
    LifecycleService lifecycle(workspace);
    lifecycle.move(lead, MoveRequest{Stage::SAL, {}, false}, "sdr1");
    lifecycle.move(lead, MoveRequest{Stage::SQL, parseStageReason("board decision"), true},
                   "maija");
    lifecycle.move(lead, MoveRequest{Stage::Nurture, parseStageReason("bad_timing: Q3"), false},
                   "sdr1");

    HistoryWidget widget;
    widget.showLead(workspace, lead.id);
    QTableWidget* table = widget.table();
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(0, 1)->text(), "MQL");
    EXPECT_EQ(table->item(0, 2)->text(), "SAL");
    EXPECT_EQ(table->item(0, 3)->text(), "sdr1");
    EXPECT_EQ(table->item(1, 4)->text(), "Other: board decision");
    EXPECT_FALSE(table->item(1, 5)->text().isEmpty());
    EXPECT_TRUE(table->item(0, 5)->text().isEmpty());
    EXPECT_EQ(table->item(2, 4)->text(), "Bad timing: Q3");
    EXPECT_EQ(table->item(2, 4)->toolTip(), "bad_timing: Q3");
}
