// The search index a bulk load builds on a thread of its own (SearchIndexBuilder): it must be
// the index FTS5 would have built from the leads, whatever order the leads came in, on a
// connection that had read the old index before; and a builder dropped midway leaves the
// workspace's index and no temporary files behind.
#include "store/bulkwriter.h"
#include "store/sqlite/searchindexbuilder.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

sqlite3* handleOf(Workspace& workspace)
{
    return dynamic_cast<SqliteWorkspace&>(workspace).handle();
}

qint64 found(Workspace& workspace, const QString& words)
{
    LeadFilter filter;
    filter.search = words;
    return workspace.leads().count(filter);
}

// A lead's words as UTF-8, kept alive for SearchIndexBuilder::addUtf8().
struct Utf8Words
{
    explicit Utf8Words(const Lead& lead)
        : bytes{lead.firstName.toUtf8(), lead.lastName.toUtf8(), lead.company.toUtf8(),
                lead.email.toUtf8(),     lead.title.toUtf8(),    lead.notes.toUtf8()}
    {
    }
    sqlite::SearchWordsUtf8 words() const
    {
        return {bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]};
    }
    QByteArray bytes[sqlite::searchColumnCount];
};

void give(sqlite::SearchIndexBuilder& builder, const Lead& lead)
{
    builder.addUtf8(lead.id, Utf8Words(lead).words());
}

Lead insertLead(Workspace& workspace, const QString& first, const QString& last,
                const QString& company)
{
    Lead lead;
    lead.firstName = first;
    lead.lastName = last;
    lead.company = company;
    lead.email =
        first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@example.fi");
    lead.title = QStringLiteral("Buyer");
    workspace.leads().insert(lead, QStringLiteral("test"));
    return lead;
}

QStringList spoolFiles()
{
    return QDir(QDir::tempPath())
        .entryList({QStringLiteral("leadbench-search-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST(SearchIndexBuilder, MakesTheIndexOfTheLastWordsGivenForEachLead)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    std::vector<Lead> leads;
    for (int i = 0; i < 300; ++i)
        leads.push_back(insertLead(workspace, QStringLiteral("Anna%1").arg(i),
                                   QStringLiteral("Virtanen"), QStringLiteral("Fjord Oy")));
    leads.push_back(insertLead(workspace, QStringLiteral("Åsa"), QStringLiteral("Öberg"),
                               QStringLiteral("Björk AB")));
    // The connection reads the index (and FTS5 may keep its structure) before it is replaced.
    EXPECT_EQ(found(workspace, QStringLiteral("Virtanen")), 300);

    {
        workspace.begin();
        sqlite::SearchIndexBuilder builder(handleOf(workspace));
        for (const Lead& lead : leads) {
            if (lead.id % 7 == 0) { // given first with words that are not the lead's
                Lead stale = lead;
                stale.title = QStringLiteral("Staleword");
                give(builder, stale);
            } else {
                give(builder, lead);
            }
        }
        for (auto it = leads.rbegin(); it != leads.rend(); ++it) // again, out of order
            if (it->id % 7 == 0)
                give(builder, *it);
        builder.start();
        builder.finishInto(handleOf(workspace));
        workspace.commit();
    }

    EXPECT_EQ(found(workspace, QStringLiteral("Staleword")), 0);
    EXPECT_EQ(found(workspace, QStringLiteral("Virtanen")), 300);
    EXPECT_EQ(found(workspace, QStringLiteral("Anna299")), 1);
    EXPECT_EQ(found(workspace, QStringLiteral("Buyer")), 301);
    EXPECT_EQ(found(workspace, QStringLiteral("Öberg")), 1);
    EXPECT_EQ(found(workspace, QStringLiteral("example")), 301);
    // FTS5's own check compares every entry of the index with the leads' words.
    EXPECT_TRUE(workspace.integrityProblems().isEmpty())
        << workspace.integrityProblems().join(QLatin1Char('\n')).toStdString();
    // Written through the store again afterwards, the copied index goes on working.
    Lead moved = leads.front();
    moved.title = QStringLiteral("Director");
    workspace.leads().update(moved, QStringLiteral("test"));
    EXPECT_EQ(found(workspace, QStringLiteral("Director")), 1);
    EXPECT_EQ(found(workspace, QStringLiteral("Buyer")), 300);
    EXPECT_TRUE(workspace.integrityProblems().isEmpty());
}

TEST(SearchIndexBuilder, DroppedMidwayLeavesTheIndexAndNoFilesBehind)
{
    const QStringList filesBefore = spoolFiles();
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    insertLead(workspace, QStringLiteral("Mikko"), QStringLiteral("Nieminen"),
               QStringLiteral("Polar Data Oy"));
    {
        sqlite::SearchIndexBuilder builder(handleOf(workspace));
        const QByteArrayView word("Other");
        for (qint64 id = 1; id <= 200000; ++id)
            builder.addUtf8(id, {word, word, word, word, word, word});
        builder.start(); // and dropped at once, as a cancel does
    }
    EXPECT_EQ(spoolFiles(), filesBefore);
    EXPECT_EQ(found(workspace, QStringLiteral("Nieminen")), 1);
    EXPECT_EQ(found(workspace, QStringLiteral("Other")), 0);
    EXPECT_TRUE(workspace.integrityProblems().isEmpty());
}

TEST(SearchIndexBuilder, ABulkWriteIntoAWorkspaceWithLeadsIndexesTheOldLeadsToo)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    insertLead(workspace, QStringLiteral("Ingrid"), QStringLiteral("Lindqvist"),
               QStringLiteral("Harbor Foods AB"));
    insertLead(workspace, QStringLiteral("Timo"), QStringLiteral("Järvinen"),
               QStringLiteral("Granite Data Oy"));
    {
        // Enough leads for the bulk path (indexes dropped, the search index built aside).
        BulkWriter::Options options;
        options.expectedLeads = 60000;
        auto writer = workspace.bulkWriter(options);
        for (int i = 0; i < 60000; ++i) {
            Lead lead;
            lead.firstName = QStringLiteral("Bulk%1").arg(i);
            lead.lastName = QStringLiteral("Koskinen");
            lead.company = QStringLiteral("Arctic Energy Oy");
            lead.email = QStringLiteral("bulk%1@arctic.fi").arg(i);
            writer->addLead(lead, QStringLiteral("test"));
        }
        writer->commit();
    }
    EXPECT_EQ(found(workspace, QStringLiteral("Lindqvist")), 1);
    EXPECT_EQ(found(workspace, QStringLiteral("Järvinen")), 1);
    EXPECT_EQ(found(workspace, QStringLiteral("Koskinen")), 60000);
    EXPECT_EQ(found(workspace, QStringLiteral("Bulk59999")), 1);
    EXPECT_TRUE(workspace.integrityProblems().isEmpty());
}
