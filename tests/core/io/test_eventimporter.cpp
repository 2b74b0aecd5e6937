// Importing behaviour events (docs/spec/csv-import.md, Events): idempotent, unknown e-mails
// refused.
#include "../scoring/specmodel.h"
#include "io/eventimporter.h"
#include "io/leadimporter.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QTimeZone>
#include <cmath>
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
    EXPECT_EQ(events[0].occurredAtMs,
              eventTimeOf(QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc())));
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

// Issue 17, defect 6: event times keep the milliseconds the file gives, so events half a
// second apart are two events, in every form of time the importer reads.
TEST(EventImport, EventsHalfASecondApartAreTwoEvents)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importLeads(workspace, optionsFor(fixture("hubspot_utf8_bom.csv")));
    const QString path = temp.file(QStringLiteral("ms.csv"));
    test::writeFile(path, "email,event,timestamp,url\n"
                          "mia@smallco.dk,page_visit,2026-11-22T12:00:00.000Z,/pricing\n"
                          "mia@smallco.dk,page_visit,2026-11-22T12:00:00.500Z,/pricing\n"
                          "mia@smallco.dk,page_visit,2026-11-22 14:00:00.25+02:00,/pricing\n"
                          "mia@smallco.dk,page_visit,22.11.2026 12:00:00.750,/pricing\n"
                          "mia@smallco.dk,page_visit,11/22/2026 12:00:01,/pricing\n");
    const ImportSummary first = importEvents(workspace, optionsFor(path));
    EXPECT_EQ(first.imported, 5);
    EXPECT_EQ(first.rejected, 0);

    const Lead mia = *workspace.leads().findByEmail(QStringLiteral("mia@smallco.dk"));
    const qint64 t = eventTimeOf(QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
    QList<qint64> times;
    for (const Event& event : workspace.events().forLead(mia.id))
        times << event.occurredAtMs - t;
    EXPECT_EQ(times, QList<qint64>({1000, 750, 500, 250, 0})); // newest first

    // The same file again is the same events: nothing new.
    const ImportSummary second = importEvents(workspace, optionsFor(path));
    EXPECT_EQ(second.imported, 0);
    EXPECT_EQ(second.unchanged, 5);
    EXPECT_EQ(workspace.events().count(), 5);
}

// An event 0.6 s after the moment T does not count as of T; one 0.4 s before it counts with
// its real age of 0.4 s. Through the importer's own rescore and a full rescore alike.
TEST(EventImport, EventsCountAsOfAMomentToTheMillisecond)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    importLeads(workspace, optionsFor(fixture("hubspot_utf8_bom.csv")));
    scoring::importModel(workspace, test::specModelJson(), QStringLiteral("maria"));
    const QDateTime asOf(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
    auto behaviourOfMia = [&] {
        return workspace.leads().findByEmail(QStringLiteral("mia@smallco.dk"))->score.behavior;
    };

    const QString after = temp.file(QStringLiteral("after.csv"));
    test::writeFile(after, "email,event,timestamp\nmia@smallco.dk,trial_signup,"
                           "2026-11-22T12:00:00.600Z\n");
    ImportOptions options = optionsFor(after);
    options.asOf = asOf;
    ASSERT_EQ(importEvents(workspace, options).imported, 1);
    EXPECT_EQ(behaviourOfMia(), 0);
    scoring::rescoreAll(workspace, asOf);
    EXPECT_EQ(behaviourOfMia(), 0);
    const Lead stored = *workspace.leads().findByEmail(QStringLiteral("mia@smallco.dk"));
    EXPECT_DOUBLE_EQ(scoring::explainStoredScore(workspace, stored).behaviorExact, 0);
    // A second later it counts (15 points, a second's decay at a 30-day half-life).
    scoring::rescoreAll(workspace, asOf.addSecs(1));
    EXPECT_EQ(behaviourOfMia(), 15);

    // A lead of its own for the event before the moment, so that the one after it cannot
    // hide a wrong age behind the cap-free sum.
    const QString before = temp.file(QStringLiteral("before.csv"));
    test::writeFile(before, "email,event,timestamp\nerik.lund@fjord.se,trial_signup,"
                            "2026-11-22T11:59:59.600Z\n");
    options = optionsFor(before);
    options.asOf = asOf;
    ASSERT_EQ(importEvents(workspace, options).imported, 1);
    const Lead erik = *workspace.leads().findByEmail(QStringLiteral("erik.lund@fjord.se"));
    EXPECT_EQ(erik.score.behavior, 15);
    // 0.4 s of decay is 2e-6 points less than a whole second's: far above rounding noise.
    EXPECT_NEAR(scoring::explainStoredScore(workspace, erik).behaviorExact,
                15 * std::pow(0.5, 0.4 / 86400 / 30), 1e-9);
}
