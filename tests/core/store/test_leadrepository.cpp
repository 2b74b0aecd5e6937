// Leads in the store: round trip of every field, search index, filters, windows by key,
// and optimistic versioning.
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <QTimeZone>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

Lead makeLead(int i)
{
    Lead lead;
    lead.email = QStringLiteral("person%1@firma%2.fi").arg(i).arg(i % 7);
    lead.firstName = i % 2 ? QStringLiteral("Åsa") : QStringLiteral("Jörg");
    lead.lastName = QStringLiteral("Lindström%1").arg(i);
    lead.company = QStringLiteral("Firma %1 Oy").arg(i % 7);
    lead.title = i % 3 ? QStringLiteral("CEO") : QStringLiteral("Developer");
    lead.country = i % 2 ? QStringLiteral("SE") : QStringLiteral("FI");
    lead.source = i % 4 ? QStringLiteral("Webinar") : QStringLiteral("Website");
    lead.score.total = (i * 37) % 101;
    lead.stage = i % 5 == 0 ? Stage::MQL : Stage::New;
    return lead;
}

} // namespace

TEST(LeadRepository, RoundTripsEveryField)
{
    TempWorkspace temp;
    LeadRepository& leads = temp.workspace().leads();
    Lead lead = makeLead(1);
    lead.phone = QStringLiteral("+358 40 1234567");
    lead.website = QStringLiteral("https://firma.fi");
    lead.industry = QStringLiteral("Software");
    lead.city = QStringLiteral("Jyväskylä");
    lead.owner = QStringLiteral("Aino Laine");
    lead.notes = QStringLiteral("Met at Slush");
    lead.employees = 250;
    lead.annualRevenue = 12.5e6;
    lead.budget = 25000.5;
    lead.expectedClose = QDate(2027, 2, 28);
    lead.custom.insert(QStringLiteral("Segment"), QStringLiteral("Mid-market"));
    leads.insert(lead, QStringLiteral("tester"));
    ASSERT_GT(lead.id, 0);
    const std::optional<Lead> stored = leads.find(lead.id);
    ASSERT_TRUE(stored);
    for (const QString& field : leadFieldNames())
        EXPECT_EQ(leadFieldText(*stored, field), leadFieldText(lead, field)) << field.toStdString();
    EXPECT_EQ(stored->custom, lead.custom);
    EXPECT_EQ(stored->version, 1);
    EXPECT_EQ(stored->updatedBy, QStringLiteral("tester"));
    EXPECT_EQ(leads.findByIdOrEmail(QStringLiteral("PERSON1@FIRMA1.FI"))->id, lead.id);
    EXPECT_EQ(leads.findByIdOrEmail(QString::number(lead.id))->email, lead.email);
    EXPECT_FALSE(leads.findByIdOrEmail(QStringLiteral("nobody@example.com")));
}

TEST(LeadRepository, FiltersAndSearchCombine)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    for (int i = 0; i < 60; ++i) {
        Lead lead = makeLead(i);
        workspace.leads().insert(lead, QStringLiteral("t"));
    }
    LeadRepository& leads = workspace.leads();
    EXPECT_EQ(leads.count({}), 60);
    EXPECT_EQ(leads.count(LeadFilter{.stage = Stage::MQL}), 12);
    EXPECT_EQ(leads.count(LeadFilter{.search = QStringLiteral("åsa")}), 30);
    EXPECT_EQ(leads.count(LeadFilter{.search = QStringLiteral("Lindström1")}), 11)
        << "prefix search";
    EXPECT_EQ(leads.count(LeadFilter{.stage = Stage::MQL, .search = QStringLiteral("Jörg")}), 6);
    EXPECT_EQ(leads.count(LeadFilter{.search = QStringLiteral("\"unbalanced ( quote")}), 0);
    EXPECT_EQ(leads.count(LeadFilter{.country = QStringLiteral("se")}), 30);
    EXPECT_EQ(leads.count(LeadFilter{.source = QStringLiteral("website")}), 15);
    const auto byStage = leads.countByStage();
    EXPECT_EQ(byStage.value(Stage::New), 48);
    EXPECT_EQ(byStage.value(Stage::MQL), 12);
}

TEST(LeadRepository, WindowsBySeekMatchWindowsByOffset)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    for (int i = 0; i < 500; ++i) {
        Lead lead = makeLead(i);
        workspace.leads().insert(lead, QStringLiteral("t"));
    }
    for (bool descending : {true, false}) {
        const LeadSort sort{LeadSortKey::Score, descending};
        const QList<LeadRow> all = workspace.leads().rows({}, sort, 0, 1000);
        ASSERT_EQ(all.size(), 500);
        for (qsizetype i = 1; i < all.size(); ++i) {
            const bool ordered =
                descending ? all[i - 1].score >= all[i].score : all[i - 1].score <= all[i].score;
            EXPECT_TRUE(ordered) << "row " << i;
        }
        QList<LeadRow> paged = workspace.leads().rows({}, sort, 0, 64);
        while (paged.size() < 500) {
            const LeadRow last = paged.constLast();
            const QList<LeadRow> next = workspace.leads().rows({}, sort, paged.size(), 64, &last);
            ASSERT_FALSE(next.isEmpty());
            paged += next;
        }
        for (qsizetype i = 0; i < 500; ++i)
            ASSERT_EQ(paged[i].id, all[i].id) << "row " << i;
    }
}

TEST(LeadRepository, StaleWriteIsRefusedNamingWhoChangedIt)
{
    TempWorkspace temp;
    LeadRepository& leads = temp.workspace().leads();
    Lead lead = makeLead(3);
    leads.insert(lead, QStringLiteral("aino"));
    Lead mine = *leads.find(lead.id);
    Lead theirs = *leads.find(lead.id);
    theirs.title = QStringLiteral("CFO");
    leads.update(theirs, QStringLiteral("erik"));
    mine.title = QStringLiteral("CTO");
    try {
        leads.update(mine, QStringLiteral("aino"));
        FAIL() << "a stale version overwrote another user's change";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains(QStringLiteral("erik")))
            << error.message().toStdString();
    }
    EXPECT_EQ(leads.find(lead.id)->title, QStringLiteral("CFO"));
    EXPECT_EQ(leads.find(lead.id)->version, 2);
    // The search index follows the update: old words gone, new words found.
    Lead renamed = *leads.find(lead.id);
    renamed.lastName = QStringLiteral("Virtanen");
    leads.update(renamed, QStringLiteral("aino"));
    EXPECT_EQ(leads.count(LeadFilter{.search = QStringLiteral("Virtanen")}), 1);
    EXPECT_EQ(leads.count(LeadFilter{.search = QStringLiteral("Lindström3")}), 0);
}

TEST(LeadRepository, EventsAreIdempotentAndUpdateLastActivity)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    Lead lead = makeLead(5);
    workspace.leads().insert(lead, QStringLiteral("t"));
    Event visit{lead.id, QStringLiteral("page_visit"), 1'790'000'000'000,
                QStringLiteral("/pricing")};
    EXPECT_TRUE(workspace.events().add(visit));
    EXPECT_FALSE(workspace.events().add(visit));
    Event older{lead.id, QStringLiteral("email_open"), 1'780'000'000'000, {}};
    EXPECT_TRUE(workspace.events().add(older));
    const QList<Event> events = workspace.events().forLead(lead.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.first().type, QStringLiteral("page_visit")) << "newest first";
    EXPECT_EQ(workspace.leads().find(lead.id)->lastActivityAt.toSecsSinceEpoch(), 1'790'000'000);
}

TEST(LeadRepository, MissingDataFilterFindsProfilesToEnrich)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    for (int i = 0; i < 30; ++i) {
        Lead lead = makeLead(i);
        if (i % 3 == 0)
            lead.employees = 50 + i;
        if (i % 5 == 0)
            lead.title.clear();
        workspace.leads().insert(lead, QStringLiteral("t"));
    }
    LeadFilter noEmployees;
    noEmployees.missingAnyOf = {QStringLiteral("employees")};
    EXPECT_EQ(workspace.leads().count(noEmployees), 20);
    LeadFilter either;
    either.missingAnyOf = {QStringLiteral("employees"), QStringLiteral("title")};
    EXPECT_EQ(workspace.leads().count(either), 22)
        << "20 without employees, 2 more without a title";
    LeadFilter unknownOnly;
    unknownOnly.missingAnyOf = {QStringLiteral("x'); DROP TABLE leads; --")};
    EXPECT_EQ(workspace.leads().count(unknownOnly), 30) << "unknown names never reach the SQL";
}

namespace {

// Windows of a filter, read page after page by seek; checks that every row passes `belongs`
// and that the order is score then id, both descending.
void expectWholeOrderedWindows(Workspace& workspace, const LeadFilter& filter, qint64 expected,
                               const std::function<bool(const LeadRow&)>& belongs)
{
    EXPECT_EQ(workspace.leads().count(filter), expected);
    const LeadSort sort{LeadSortKey::Score, true};
    QList<LeadRow> paged = workspace.leads().rows(filter, sort, 0, 256);
    while (paged.size() < expected) {
        const LeadRow last = paged.constLast();
        const QList<LeadRow> next = workspace.leads().rows(filter, sort, paged.size(), 256, &last);
        ASSERT_FALSE(next.isEmpty());
        paged += next;
    }
    ASSERT_EQ(paged.size(), expected);
    for (qsizetype i = 0; i < paged.size(); ++i) {
        ASSERT_TRUE(belongs(paged[i])) << i;
        if (i > 0)
            ASSERT_TRUE(paged[i - 1].score > paged[i].score ||
                        (paged[i - 1].score == paged[i].score && paged[i - 1].id > paged[i].id))
                << i;
    }
}

} // namespace

// A country, stage or owner with few leads is read from its own index, one with many by
// walking the score index: both give every lead once, in order.
TEST(LeadRepository, FilterWindowsAreWholeAndOrderedForBigAndSmallValues)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    {
        auto writer = workspace.bulkWriter({25040});
        for (int i = 0; i < 25040; ++i) {
            Lead lead = makeLead(i);
            lead.country = i % 1000 == 7 ? QStringLiteral("IS") : QStringLiteral("FI");
            lead.stage = i % 1000 == 5 ? Stage::SQL : Stage::New;
            lead.owner = i % 1000 == 3 ? QStringLiteral("Rare Owner") : QString();
            writer->addLead(lead, QStringLiteral("t"));
        }
        writer->commit();
    }
    const qint64 few = 26; // i % 1000 == r for r < 40
    expectWholeOrderedWindows(workspace, {.country = QStringLiteral("is")}, few,
                              [](const LeadRow& row) { return row.country == "IS"; });
    expectWholeOrderedWindows(workspace, {.country = QStringLiteral("FI")}, 25040 - few,
                              [](const LeadRow& row) { return row.country == "FI"; });
    expectWholeOrderedWindows(workspace, {.stage = Stage::SQL}, few,
                              [](const LeadRow& row) { return row.stage == Stage::SQL; });
    expectWholeOrderedWindows(workspace, {.stage = Stage::New}, 25040 - few,
                              [](const LeadRow& row) { return row.stage == Stage::New; });
    expectWholeOrderedWindows(workspace, {.owner = QStringLiteral("Rare Owner")}, few,
                              [](const LeadRow& row) { return row.owner == "Rare Owner"; });
    expectWholeOrderedWindows(workspace, {.unownedOnly = true}, 25040 - few,
                              [](const LeadRow& row) { return row.owner.isEmpty(); });
}

// Sorting by stage reads the stages one after another: windows that cross from one stage to
// the next match the order of the whole list, ascending and descending, with and without a
// filter.
TEST(LeadRepository, StageOrderWindowsCrossStageBoundaries)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const Stage stages[] = {Stage::New, Stage::MQL, Stage::SAL, Stage::SQL, Stage::Nurture};
    for (int i = 0; i < 300; ++i) {
        Lead lead = makeLead(i);
        lead.stage = stages[(i * 7) % 5];
        workspace.leads().insert(lead, QStringLiteral("t"));
    }
    for (const LeadFilter& filter : {LeadFilter{}, LeadFilter{.minScore = 40}}) {
        QList<LeadRow> all = workspace.leads().rows(filter, {LeadSortKey::Score, true}, 0, 1000);
        for (bool descending : {false, true}) {
            QList<LeadRow> expected = all;
            std::stable_sort(expected.begin(), expected.end(),
                             [&](const LeadRow& a, const LeadRow& b) {
                                 const QString sa = stageName(a.stage), sb = stageName(b.stage);
                                 if (sa != sb)
                                     return descending ? sb < sa : sa < sb;
                                 if (a.score != b.score)
                                     return descending ? a.score < b.score : a.score > b.score;
                                 return descending ? a.id < b.id : a.id > b.id;
                             });
            const LeadSort sort{LeadSortKey::Stage, descending};
            workspace.leads().count(filter);
            QList<LeadRow> paged;
            while (paged.size() < expected.size()) {
                const QList<LeadRow> next = workspace.leads().rows(filter, sort, paged.size(), 17);
                ASSERT_FALSE(next.isEmpty());
                paged += next;
            }
            ASSERT_EQ(paged.size(), expected.size());
            for (qsizetype i = 0; i < paged.size(); ++i)
                ASSERT_EQ(paged[i].id, expected[i].id)
                    << "row " << i << " descending " << descending;
        }
    }
}

// Issue 21: the aging columns sort, each window of a paged read in the stored values' order.
TEST(LeadRepository, SortsByStageTimeAndLastActivity)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const QDateTime base = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    for (int i = 0; i < 120; ++i) {
        Lead lead = makeLead(i);
        lead.stageChangedAt = base.addSecs(qint64((i * 53) % 120) * 86400 + i);
        if (i % 9 != 0) // some leads have no activity at all
            lead.lastActivityAt = base.addSecs(qint64((i * 31) % 120) * 3600 + i);
        workspace.leads().insert(lead, QStringLiteral("t"));
    }
    const auto read = [&](const LeadFilter& filter, const LeadSort& sort) {
        QList<LeadRow> paged;
        for (;;) {
            const QList<LeadRow> next = workspace.leads().rows(filter, sort, paged.size(), 13);
            if (next.isEmpty())
                return paged;
            paged += next;
        }
    };
    for (const LeadFilter& filter : {LeadFilter{}, LeadFilter{.stage = Stage::MQL}}) {
        const qint64 total = workspace.leads().count(filter);
        for (bool descending : {false, true}) {
            for (LeadSortKey key : {LeadSortKey::StageChangedAt, LeadSortKey::LastActivity}) {
                const QList<LeadRow> rows = read(filter, {key, descending});
                ASSERT_EQ(rows.size(), total);
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    const LeadRow& a = rows[i - 1];
                    const LeadRow& b = rows[i];
                    const QString va =
                        key == LeadSortKey::StageChangedAt ? a.stageChangedAt : a.lastActivityAt;
                    const QString vb =
                        key == LeadSortKey::StageChangedAt ? b.stageChangedAt : b.lastActivityAt;
                    if (key == LeadSortKey::StageChangedAt)
                        ASSERT_FALSE(va.isEmpty());
                    ASSERT_TRUE(descending ? va >= vb : va <= vb)
                        << "row " << i << ": " << va.toStdString() << " then " << vb.toStdString();
                }
                // The stored values themselves, read back lead by lead.
                const std::optional<Lead> first = workspace.leads().find(rows.first().id);
                ASSERT_TRUE(first);
                if (key == LeadSortKey::StageChangedAt)
                    EXPECT_EQ(first->stageChangedAt.toString(Qt::ISODate),
                              rows.first().stageChangedAt);
            }
        }
    }
}
