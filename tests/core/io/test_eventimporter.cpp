// Importing behaviour events (spec/csv-import.md, Events): idempotent, unknown e-mails refused.
#include "io/eventimporter.h"
#include "io/leadimporter.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::io;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv/") + QString::fromLatin1(name);
}

ImportOptions optionsFor(const QString& path)
{
    ImportOptions options;
    options.path = path;
    options.actor = QStringLiteral("importer");
    return options;
}

} // namespace

TEST(EventImport, IdempotentAndRefusesUnknownLeads)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importLeads(workspace, optionsFor(fixture("hubspot_utf8_bom.csv")));

    const ImportSummary first = importEvents(workspace, optionsFor(fixture("events.csv")));
    EXPECT_EQ(first.imported, 3); // the repeated page_view is one event
    EXPECT_EQ(first.unchanged, 1);
    EXPECT_EQ(first.rejected, 2); // nobody@ has no lead; "yesterday" is no time
    ASSERT_EQ(first.firstRejected.size(), 2);
    EXPECT_TRUE(first.firstRejected[0].reason.contains(QStringLiteral("no lead with this e-mail")));
    EXPECT_EQ(first.firstRejected[0].line, 6);
    EXPECT_TRUE(
        first.firstRejected[1].reason.contains(QStringLiteral("\"Timestamp\": \"yesterday\"")));

    const Lead anna =
        *workspace.leads().findByEmail(QStringLiteral("anna.virtanen@nordic-widgets.fi"));
    const QList<Event> events = workspace.events().forLead(anna.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].type, QStringLiteral("demo_request")); // newest first
    EXPECT_EQ(events[0].occurredAt,
              QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc()).toSecsSinceEpoch());
    EXPECT_EQ(events[1].detail, QStringLiteral("/pricing"));
    EXPECT_EQ(anna.lastActivityAt, QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc()));
    const Lead erik = *workspace.leads().findByEmail(QStringLiteral("erik.lund@fjord.se"));
    EXPECT_EQ(erik.lastActivityAt, QDateTime(QDate(2026, 11, 15), QTime(8, 15), QTimeZone::utc()));

    // The same file again changes nothing.
    const qint64 before = workspace.events().count();
    const ImportSummary second = importEvents(workspace, optionsFor(fixture("events.csv")));
    EXPECT_EQ(second.imported, 0);
    EXPECT_EQ(second.unchanged, 4);
    EXPECT_EQ(workspace.events().count(), before);
}

TEST(EventImport, OlderEventsDoNotMoveLastActivityBack)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importLeads(workspace, optionsFor(fixture("hubspot_utf8_bom.csv")));
    importEvents(workspace, optionsFor(fixture("events.csv")));
    const QString path = temp.file(QStringLiteral("old.csv"));
    test::writeFile(path, "E-post;Händelse;Tid\nmia@smallco.dk;webinar;1.6.2026\n"
                          "anna.virtanen@nordic-widgets.fi;webinar;1.6.2026\n");
    const ImportSummary summary = importEvents(workspace, optionsFor(path));
    EXPECT_EQ(summary.imported, 2);
    const Lead anna =
        *workspace.leads().findByEmail(QStringLiteral("anna.virtanen@nordic-widgets.fi"));
    EXPECT_EQ(anna.lastActivityAt.date(), QDate(2026, 11, 2));
    const Lead mia = *workspace.leads().findByEmail(QStringLiteral("mia@smallco.dk"));
    EXPECT_EQ(mia.lastActivityAt.date(), QDate(2026, 6, 1));
}

TEST(EventImport, DryRunAndMissingColumns)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importLeads(workspace, optionsFor(fixture("hubspot_utf8_bom.csv")));
    ImportOptions dry = optionsFor(fixture("events.csv"));
    dry.dryRun = true;
    EXPECT_EQ(importEvents(workspace, dry).imported, 3);
    EXPECT_EQ(workspace.events().count(), 0);
    const QString path = temp.file(QStringLiteral("noTime.csv"));
    test::writeFile(path, "email,event\nmia@smallco.dk,webinar\n");
    EXPECT_THROW(importEvents(workspace, optionsFor(path)), ImportError);
}

TEST(EventImport, ImportedEventsRescoreTheirLeads)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    ImportOptions leads = optionsFor(fixture("hubspot_utf8_bom.csv"));
    leads.asOf = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    importLeads(workspace, leads);
    const Lead before = *workspace.leads().findByEmail(QStringLiteral("mia@smallco.dk"));
    EXPECT_EQ(before.score.behavior, 0);

    const QString path = temp.file(QStringLiteral("hot.csv"));
    test::writeFile(path,
                    "email,event,timestamp\nmia@smallco.dk,contact_request,2026-11-19T09:00:00Z\n"
                    "mia@smallco.dk,trial_signup,2026-11-19T10:00:00Z\n");
    ImportOptions events = optionsFor(path);
    events.asOf = leads.asOf;
    const ImportSummary summary = importEvents(workspace, events);
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(summary.scored, 1); // only the lead that got events
    const Lead after = *workspace.leads().findByEmail(QStringLiteral("mia@smallco.dk"));
    EXPECT_GT(after.score.behavior, before.score.behavior);
    EXPECT_GT(after.score.total, before.score.total);
    EXPECT_EQ(after.score.scoredAt, events.asOf);
}
