// The packed events of each lead (event_digests), which the full rescore reads instead of the
// event rows: the packing itself, every path that adds events keeping them exact, the
// migration that builds them, and the integrity check that notices when they are not.
#include "../scoring/specmodel.h"
#include "io/eventimporter.h"
#include "io/leadimporter.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "store/scorestore.h"
#include "store/sqlite/eventdigests.h"
#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/tempworkspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
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
    auto store = workspace.scoreStore();
    auto reader = store->reader(scan);
    ScoringBatch batch;
    reader->readRange(leadId, leadId, batch);
    std::vector<std::pair<QString, qint64>> events;
    if (batch.leads.size() != 1)
        return events;
    const QStringList types = reader->eventTypes();
    for (size_t i = batch.leads[0].eventBegin; i < batch.leads[0].eventEnd; ++i)
        events.emplace_back(types.at(batch.events[i].type), batch.events[i].atMs);
    return events;
}

// The lead's stored events, oldest first, as the events table orders them.
std::vector<std::pair<QString, qint64>> storedEvents(Workspace& workspace, qint64 leadId)
{
    QList<Event> events = workspace.events().forLead(leadId);
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.occurredAtMs, a.type, a.detail) <
               std::tie(b.occurredAtMs, b.type, b.detail);
    });
    std::vector<std::pair<QString, qint64>> pairs;
    for (const Event& e : events)
        pairs.emplace_back(e.type, e.occurredAtMs);
    return pairs;
}

// A digest as schema version 6 packed it: per event its type id and the zigzag-coded
// difference of its time in seconds, both as LEB128 varints.
QByteArray version6Digest(const std::vector<std::pair<qint64, int>>& events)
{
    QByteArray bytes;
    auto varint = [&bytes](quint64 value) {
        for (; value >= 0x80; value >>= 7)
            bytes.append(char(value | 0x80));
        bytes.append(char(value));
    };
    qint64 previous = 0;
    for (const auto& [seconds, type] : events) {
        varint(quint64(type));
        const qint64 difference = seconds - previous;
        varint((quint64(difference) << 1) ^ quint64(difference >> 63));
        previous = seconds;
    }
    return bytes;
}

qint64 unixSeconds(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

TEST(EventDigests, PackAndReadBackInOrder)
{
    // Milliseconds, whole seconds among them (packed as seconds) and not, backwards too.
    const std::vector<std::pair<qint64, int>> events = {{-86'400'000, 3},
                                                        {-86'399'999, 3},
                                                        {0, 1},
                                                        {0, 2},
                                                        {1'700'000'000'000, 200},
                                                        {1'700'000'000'600, 1},
                                                        {1'700'000'000'100, 1},
                                                        {1'700'000'001'000, 5},
                                                        {4'000'000'000'123, 7},
                                                        {1'000, 2}};
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

TEST(EventDigests, WholeSecondsPackAsSmallAsSecondsDid)
{
    // A first event, one a day later and one 0.6 s after that: the whole-second differences
    // take the bytes they took in seconds (5 and 3), the millisecond one two.
    sqlite::EventDigestPacker packer;
    packer.add(1'790'000'000'000, 1);
    EXPECT_EQ(packer.bytes().size(), 1 + 5);
    packer.add(1'790'086'400'000, 1);
    EXPECT_EQ(packer.bytes().size(), 1 + 5 + 1 + 3);
    packer.add(1'790'086'400'600, 1);
    EXPECT_EQ(packer.bytes().size(), 1 + 5 + 1 + 3 + 1 + 2);
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
    // In milliseconds since version 7.
    const std::vector<std::pair<QString, qint64>> expected = {
        {"email_open", 100'000}, {"page_visit", 100'000}, {"email_open", 300'000}};
    EXPECT_EQ(readForScoring(workspace, 1), expected);
    EXPECT_EQ(storedEvents(workspace, 1), expected);
    EXPECT_TRUE(readForScoring(workspace, 2).empty());
    EXPECT_TRUE(workspace.integrityProblems().isEmpty())
        << workspace.integrityProblems().join(';').toStdString();
}

// Version 7 keeps event times in milliseconds (issue 17). A workspace of version 6, its events
// in seconds and packed as version 6 packed them, opens: its events keep their times, its
// digests are packed anew, and the worked example scores as it did (docs/spec/scoring-model.md).
TEST(EventDigests, TheMillisecondMigrationKeepsTimesAndScores)
{
    TempWorkspace temp;
    const qint64 visitNow = unixSeconds(2026, 11, 22, 12);
    const qint64 visitBefore = unixSeconds(2026, 10, 23, 12);
    const qint64 visitOld = unixSeconds(2026, 5, 1);
    const qint64 trial = unixSeconds(2026, 11, 7, 12);
    test::makeWorkspaceAtVersion(temp.path(), 6, [&](QSqlQuery& query) {
        for (const QString& sql :
             {QStringLiteral("INSERT INTO leads(id, email, title, employees, country, industry, "
                             "budget, last_name, created_at, updated_at, updated_by) VALUES(1, "
                             "'anna@example.fi', 'Head of Sales', 120, 'FI', 'Software', 25000, "
                             "'Virtanen', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')"),
              QStringLiteral("INSERT INTO leads(id, email, last_name, created_at, updated_at, "
                             "updated_by) VALUES(2, 'cold@x.se', 'Cold', '2026-01-01T00:00:00Z', "
                             "'2026-01-01T00:00:00Z', 'test')"),
              QStringLiteral("INSERT INTO lead_scores(lead_id) VALUES(1), (2)"),
              QStringLiteral("INSERT INTO event_types(id, name) VALUES(1, 'page_visit'), "
                             "(2, 'trial_signup')"),
              QStringLiteral("INSERT INTO events(lead_id, occurred_at, type, detail) VALUES"
                             "(1, %1, 'page_visit', ''), (1, %2, 'page_visit', ''), "
                             "(1, %3, 'page_visit', ''), (1, %4, 'trial_signup', '')")
                  .arg(visitNow)
                  .arg(visitBefore)
                  .arg(visitOld)
                  .arg(trial),
              QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')")})
            ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        ASSERT_TRUE(query.prepare(
            QStringLiteral("INSERT INTO event_digests(lead_id, events) VALUES(1, ?)")));
        query.addBindValue(
            version6Digest({{visitOld, 1}, {visitBefore, 1}, {trial, 2}, {visitNow, 1}}));
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    });

    Workspace& workspace = temp.workspace(); // refused as damaged if its digests were misread
    EXPECT_EQ(workspace.schemaVersion(), schema::currentVersion());
    const std::vector<std::pair<QString, qint64>> expected = {{"page_visit", visitOld * 1000},
                                                              {"page_visit", visitBefore * 1000},
                                                              {"trial_signup", trial * 1000},
                                                              {"page_visit", visitNow * 1000}};
    EXPECT_EQ(storedEvents(workspace, 1), expected);
    EXPECT_EQ(readForScoring(workspace, 1), expected);
    EXPECT_EQ(staleDigests(workspace), 0);
    EXPECT_EQ(digestRows(workspace), 1);
    EXPECT_TRUE(workspace.integrityProblems().isEmpty())
        << workspace.integrityProblems().join(';').toStdString();

    scoring::importModel(workspace, test::specModelJson(), QStringLiteral("maria"));
    scoring::rescoreAll(workspace, QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
    const Lead anna = *workspace.leads().find(1);
    EXPECT_EQ(anna.score.total, 52);
    EXPECT_EQ(anna.score.fit, 38);
    EXPECT_EQ(anna.score.behavior, 14);
    const scoring::ScoreResult explained = scoring::explainStoredScore(workspace, anna);
    ASSERT_EQ(explained.explanation.size(), 6);
    EXPECT_DOUBLE_EQ(explained.explanation.at(4).points, 3.0);  // visits
    EXPECT_DOUBLE_EQ(explained.explanation.at(5).points, 10.6); // trial
}
