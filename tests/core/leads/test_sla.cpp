// The Overdue queue's definition against a real workspace (issue 21): an MQL is overdue when it
// reached MQL more than N hours ago and has no logged touch since it became MQL. The count, the
// rows of the queue and the marking of rows all come from the store's one definition.
#include "leads/sla.h"
#include "leads/touches.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace lb;

namespace {

qint64 addMql(Workspace& workspace, const QString& email, const QDateTime& since,
              Stage stage = Stage::MQL)
{
    Lead lead;
    lead.email = email;
    lead.lastName = email.section(QLatin1Char('@'), 0, 0);
    lead.stage = stage;
    lead.stageChangedAt = since;
    workspace.leads().insert(lead, QStringLiteral("t"));
    return lead.id;
}

QSet<qint64> ids(const QList<LeadRow>& rows, bool overdueOnly = false)
{
    QSet<qint64> result;
    for (const LeadRow& row : rows) {
        if (!overdueOnly || row.overdue)
            result.insert(row.id);
    }
    return result;
}

} // namespace

TEST(Sla, OverdueMqlsAreThoseUntouchedSinceTheyBecameMql)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    TouchService touches(workspace);
    EXPECT_EQ(sla::mqlTouchHours(workspace.settings()), sla::defaultMqlTouchHours);
    sla::setMqlTouchHours(workspace.settings(), 24);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime twoDaysAgo = now.addDays(-2);

    const qint64 touchedInTime = addMql(workspace, "intime@firma.fi", twoDaysAgo);
    touches.log(touchedInTime, {TouchType::Call, TouchOutcome::Connected, twoDaysAgo.addSecs(3600)},
                "sdr1");
    const qint64 untouched = addMql(workspace, "untouched@firma.fi", twoDaysAgo);
    const qint64 touchedBefore = addMql(workspace, "before@firma.fi", twoDaysAgo);
    touches.log(touchedBefore, {TouchType::Email, {}, twoDaysAgo.addSecs(-3600)}, "sdr1");
    const qint64 fresh = addMql(workspace, "fresh@firma.fi", now.addSecs(-3600));
    const qint64 oldSal = addMql(workspace, "sal@firma.fi", twoDaysAgo, Stage::SAL);
    Q_UNUSED(fresh);
    Q_UNUSED(oldSal);

    const QDateTime cutoff = sla::overdueCutoff(sla::mqlTouchHours(workspace.settings()), now);
    const LeadFilter overdue{.slaCutoff = cutoff, .overdueOnly = true};
    EXPECT_EQ(workspace.leads().count(overdue), 2);
    const QSet<qint64> expected{untouched, touchedBefore};
    EXPECT_EQ(ids(workspace.leads().rows(overdue, {}, 0, 100)), expected);
    // Marked in the table wherever they are shown, and only they.
    const LeadFilter all{.slaCutoff = cutoff};
    EXPECT_EQ(ids(workspace.leads().rows(all, {}, 0, 100), true), expected);
    EXPECT_TRUE(ids(workspace.leads().rows(LeadFilter{}, {}, 0, 100), true).isEmpty());

    // A touch takes the lead out of the queue and its mark away.
    touches.log(untouched, {TouchType::Call, TouchOutcome::NoAnswer, {}}, "sdr1");
    EXPECT_EQ(workspace.leads().count(overdue), 1);
    EXPECT_EQ(ids(workspace.leads().rows(all, {}, 0, 100), true), QSet<qint64>{touchedBefore});

    // A longer SLA: nobody is overdue two days in.
    sla::setMqlTouchHours(workspace.settings(), 72);
    EXPECT_EQ(workspace.leads().count(
                  {.slaCutoff = sla::overdueCutoff(sla::mqlTouchHours(workspace.settings()), now),
                   .overdueOnly = true}),
              0);
}
