// The lead's Activity tab: its events newest first, each with its exact time as a tooltip, to
// the millisecond where the event has one (issue 17, defect 6).
#include "leadview/leadview.h"
#include "support/tempworkspace.h"

#include <QListWidget>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace lb;

TEST(LeadActivity, ShowsEachEventsExactTime)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    Lead lead;
    lead.email = QStringLiteral("anna@example.fi");
    lead.lastName = QStringLiteral("Virtanen");
    workspace.leads().insert(lead, QStringLiteral("tester"));
    const qint64 noon = eventTimeOf(QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
    for (const qint64 at : {noon, noon + 600}) {
        Event event{lead.id, QStringLiteral("page_visit"), at, QStringLiteral("/pricing")};
        ASSERT_TRUE(workspace.events().add(event));
    }

    LeadView view(workspace, QStringLiteral("tester"));
    view.showLead(lead.id);
    const auto* activity = view.findChild<QListWidget*>(QStringLiteral("activityList"));
    ASSERT_NE(activity, nullptr);
    ASSERT_EQ(activity->count(), 2); // two events 0.6 s apart, not one
    EXPECT_EQ(activity->item(0)->toolTip(), QStringLiteral("2026-11-22T12:00:00.600Z"));
    EXPECT_EQ(activity->item(1)->toolTip(), QStringLiteral("2026-11-22T12:00:00Z"));
    EXPECT_TRUE(activity->item(0)->text().contains(QStringLiteral("/pricing")));
}
