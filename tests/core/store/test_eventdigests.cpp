// The packed events of each lead (event_digests), which the full rescore reads instead of the
// event rows: the packing itself, every path that adds events keeping them exact, the
// migration that builds them, and the integrity check that notices when they are not.
#include "io/eventimporter.h"
#include "io/leadimporter.h"
#include "store/schema.h"
#include "store/scorestore.h"
#include "store/sqlite/eventdigests.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/tempworkspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
#include <sqlite3.h>
#include <tuple>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

sqlite3* handleOf(Workspace& workspace)
{
    return dynamic_cast<SqliteWorkspace&>(workspace).handle();
}

qint64 staleDigests(Workspace& workspace)
{
    return sqlite::EventDigests(handleOf(workspace)).countStale();
}

qint64 digestRows(Workspace& workspace)
{
    sqlite3_stmt* count = nullptr;
    sqlite3_prepare_v2(handleOf(workspace), "SELECT count(*) FROM event_digests", -1, &count,
                       nullptr);
    sqlite3_step(count);
    const qint64 rows = sqlite3_column_int64(count, 0);
    sqlite3_finalize(count);
    return rows;
}

Lead newLead(const QString& email)
{
    Lead lead;
    lead.email = email;
    lead.lastName = QStringLiteral("Lind");
    lead.company = QStringLiteral("Fjord AB");
    return lead;
}

Event event(qint64 lead, const char* type, qint64 at, const char* detail = "")
{
    return Event{lead, QString::fromUtf8(type), at, QString::fromUtf8(detail)};
}

// A lead stored one by one, with one event.
Lead storedLeadWithEvent(Workspace& workspace, const char* type, qint64 at)
{
    Lead lead = newLead(QStringLiteral("stored@fjord.se"));
    workspace.leads().insert(lead, QStringLiteral("test"));
    Event first = event(lead.id, type, at);
    workspace.events().add(first);
    return lead;
}

// What the scoring reader gives for a lead: (type, time) pairs in the order it gives them.
std::vector<std::pair<QString, qint64>> readForScoring(Workspace& workspace, qint64 leadId)
{
    ScoringScan scan;
    scan.anyEventType = true;
    scan.eventsFrom = std::numeric_limits<qint64>::min();
    scan.eventsTo = std::numeric_limits<qint64>::max();
    auto store = makeScoreStore(workspace);
    auto reader = store->reader(scan);
    ScoringBatch batch;
    reader->readRange(leadId, leadId, batch);
    std::vector<std::pair<QString, qint64>> events;
    if (batch.leads.size() != 1)
        return events;
    const QStringList types = reader->eventTypes();
    for (size_t i = batch.leads[0].eventBegin; i < batch.leads[0].eventEnd; ++i)
        events.emplace_back(types.at(batch.events[i].type), batch.events[i].at);
    return events;
}

// The lead's stored events, oldest first, as the events table orders them.
std::vector<std::pair<QString, qint64>> storedEvents(Workspace& workspace, qint64 leadId)
{
    QList<Event> events = workspace.events().forLead(leadId);
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.occurredAt, a.type, a.detail) < std::tie(b.occurredAt, b.type, b.detail);
    });
    std::vector<std::pair<QString, qint64>> pairs;
    for (const Event& e : events)
        pairs.emplace_back(e.type, e.occurredAt);
    return pairs;
}

} // namespace

TEST(EventDigests, PackAndReadBackInOrder)
{
    const std::vector<std::pair<qint64, int>> events = {
        {-86400, 3}, {0, 1}, {0, 2}, {1'700'000'000, 200}, {1'700'000'000, 1}, {4'000'000'000, 7}};
    sqlite::EventDigestPacker packer;
    for (const auto& [at, type] : events)
        packer.add(at, type);
    sqlite::EventDigestCursor cursor(packer.bytes().constData(), int(packer.bytes().size()));
    std::vector<std::pair<qint64, int>> back;
    qint64 at;
    int type;
    while (cursor.next(at, type))
        back.emplace_back(at, type);
    EXPECT_EQ(back, events);

    // A value cut short ends at the last whole event instead of reading past its end.
    sqlite::EventDigestCursor cut(packer.bytes().constData(), int(packer.bytes().size()) - 1);
    int whole = 0;
    while (cut.next(at, type))
        ++whole;
    EXPECT_EQ(whole, int(events.size()) - 1);
}

TEST(EventDigests, AddingEventsOneByOneKeepsThemExact)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    Lead lead = newLead(QStringLiteral("a@fjord.se"));
    workspace.leads().insert(lead, QStringLiteral("test"));
    EXPECT_EQ(digestRows(workspace), 0);

    Event later = event(lead.id, "page_visit", 2000, "/pricing");
    Event earlier = event(lead.id, "email_open", 1000);
    Event sameTime = event(lead.id, "content_download", 2000, "guide.pdf");
    EXPECT_TRUE(workspace.events().add(later));
    EXPECT_TRUE(workspace.events().add(earlier));
    EXPECT_TRUE(workspace.events().add(sameTime));
    EXPECT_FALSE(workspace.events().add(later)); // the same event again is no event
    EXPECT_EQ(digestRows(workspace), 1);
    EXPECT_EQ(staleDigests(workspace), 0);
    const std::vector<std::pair<QString, qint64>> expected = {
        {"email_open", 1000}, {"content_download", 2000}, {"page_visit", 2000}};
    EXPECT_EQ(readForScoring(workspace, lead.id), expected);
    EXPECT_EQ(storedEvents(workspace, lead.id), expected);
    EXPECT_TRUE(workspace.integrityProblems().isEmpty());
}

TEST(EventDigests, BulkLoadsPackEveryLeadWhicheverOrderItsEventsCome)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const Lead before = storedLeadWithEvent(workspace, "email_open", 500);

    auto writer = workspace.bulkWriter({});
    Lead first = newLead(QStringLiteral("first@fjord.se"));
    Lead second = newLead(QStringLiteral("second@fjord.se"));
    writer->addLead(first, QStringLiteral("test"));
    writer->addEvent(event(first.id, "trial_signup", 3000));
    writer->addEvent(event(first.id, "email_open", 1000));
    writer->addLead(second, QStringLiteral("test"));
    writer->addEvent(event(second.id, "page_visit", 100, "/"));
    writer->addEvent(event(first.id, "page_visit", 2000, "/late"));      // back to the first lead
    writer->addEvent(event(before.id, "page_visit", 600, "/"));          // a lead with older events
    EXPECT_FALSE(writer->addEvent(event(before.id, "email_open", 500))); // already stored
    writer->commit();

    EXPECT_EQ(staleDigests(workspace), 0);
    for (const qint64 id : {before.id, first.id, second.id})
        EXPECT_EQ(readForScoring(workspace, id), storedEvents(workspace, id)) << "lead " << id;
    const std::vector<std::pair<QString, qint64>> expectedFirst = {
        {"email_open", 1000}, {"page_visit", 2000}, {"trial_signup", 3000}};
    EXPECT_EQ(readForScoring(workspace, first.id), expectedFirst);
    EXPECT_EQ(readForScoring(workspace, before.id).size(), 2u);
}

TEST(EventDigests, AnEventImportPacksTheLeadsItTouched)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    io::ImportOptions options;
    options.actor = QStringLiteral("importer");
    options.path = QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv/hubspot_utf8_bom.csv");
    io::importLeads(workspace, options);
    options.path = QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv/events.csv");
    const io::ImportSummary summary = io::importEvents(workspace, options);
    ASSERT_EQ(summary.imported, 3);
    EXPECT_EQ(digestRows(workspace), 2);
    EXPECT_EQ(staleDigests(workspace), 0);
    const Lead anna =
        *workspace.leads().findByEmail(QStringLiteral("anna.virtanen@nordic-widgets.fi"));
    const std::vector<std::pair<QString, qint64>> read = readForScoring(workspace, anna.id);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].first, QStringLiteral("page_view"));
    EXPECT_EQ(read[1].first, QStringLiteral("demo_request"));
    EXPECT_EQ(read, storedEvents(workspace, anna.id));
}

TEST(EventDigests, TheIntegrityCheckNamesLeadsWhosePackedEventsDiffer)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const Lead lead = storedLeadWithEvent(workspace, "email_open", 1000);
    ASSERT_TRUE(workspace.integrityProblems().isEmpty());

    // An event written past the store (another tool): its lead's digest no longer matches.
    ASSERT_EQ(sqlite3_exec(handleOf(workspace),
                           "INSERT INTO events(lead_id, occurred_at, type) VALUES(1, 5, 'x')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    EXPECT_EQ(staleDigests(workspace), 1);
    const QStringList problems = workspace.integrityProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("1 lead"))) << problems[0].toStdString();
    sqlite::EventDigests(handleOf(workspace)).refresh(lead.id);
    EXPECT_EQ(staleDigests(workspace), 0);
}

TEST(EventDigests, TheMigrationPacksTheEventsOfAnOlderWorkspace)
{
    TempWorkspace temp;
    test::makeWorkspaceAtVersion(temp.path(), 5, [](QSqlQuery& query) {
        for (int i = 1; i <= 3; ++i) {
            ASSERT_TRUE(query.exec(
                QStringLiteral("INSERT INTO leads(id, email, last_name, created_at, updated_at, "
                               "updated_by) VALUES(%1, 'l%1@x.fi', 'Last%1', "
                               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')")
                    .arg(i)))
                << query.lastError().text().toStdString();
            ASSERT_TRUE(
                query.exec(QStringLiteral("INSERT INTO lead_scores(lead_id) VALUES(%1)").arg(i)));
        }
        for (const char* row : {"(1, 300, 'email_open', '')", "(1, 100, 'page_visit', '/a')",
                                "(1, 100, 'email_open', '')", "(3, 50, 'trial_signup', '')"})
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO events(lead_id, occurred_at, type, "
                                                  "detail) VALUES") +
                                   QLatin1String(row)));
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')")));
    });
    Workspace& workspace = temp.workspace();
    EXPECT_EQ(workspace.schemaVersion(), schema::currentVersion());
    EXPECT_EQ(digestRows(workspace), 2); // lead 2 has no events
    EXPECT_EQ(staleDigests(workspace), 0);
    const std::vector<std::pair<QString, qint64>> expected = {
        {"email_open", 100}, {"page_visit", 100}, {"email_open", 300}};
    EXPECT_EQ(readForScoring(workspace, 1), expected);
    EXPECT_TRUE(readForScoring(workspace, 2).empty());
    EXPECT_TRUE(workspace.integrityProblems().isEmpty())
        << workspace.integrityProblems().join(';').toStdString();
}
