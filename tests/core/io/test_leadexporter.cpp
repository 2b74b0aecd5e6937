// Exporting leads (docs/spec/csv-import.md, Export) and the export -> import round trip.
#include "io/csvreader.h"
#include "io/leadexporter.h"
#include "io/leadimporter.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using namespace lb::io;

namespace {

Lead formulaLead()
{
    Lead lead;
    lead.email = QStringLiteral("formula@example.com");
    lead.firstName = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    lead.lastName = QStringLiteral("+Plus");
    lead.phone = QStringLiteral("+358 40 123 4567");
    lead.title = QStringLiteral("-minus, with comma");
    lead.company = QStringLiteral("@At Oy");
    lead.website = QStringLiteral("\tTabbed");
    lead.industry = QStringLiteral("'already quoted");
    lead.city = QStringLiteral("Line\nbreak \"quoted\"");
    lead.country = QStringLiteral("FI");
    lead.source = QStringLiteral("Webinar");
    lead.owner = QStringLiteral("sally");
    lead.employees = 1234;
    lead.annualRevenue = 2500000.5;
    lead.budget = -5;
    lead.expectedClose = QDate(2027, 3, 31);
    lead.stage = Stage::SAL;
    lead.custom.insert(QStringLiteral("Segment"), QStringLiteral("=1+1"));
    lead.custom.insert(QStringLiteral("Note, long"), QStringLiteral("plain"));
    return lead;
}

} // namespace

TEST(LeadExport, FormatIsUtf8BomCommaFormulaSafe)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    Lead lead = formulaLead();
    workspace.leads().insert(lead, QStringLiteral("tester"));
    Lead plain;
    plain.email = QStringLiteral("plain@example.com");
    plain.lastName = QStringLiteral("Plain");
    plain.stage = Stage::MQL;
    workspace.leads().insert(plain, QStringLiteral("tester"));

    const QString path = temp.file(QStringLiteral("out.csv"));
    const ExportSummary summary = exportLeads(workspace, {path, {}});
    EXPECT_EQ(summary.leads, 2);
    const QByteArray bytes = test::readFile(path);
    ASSERT_TRUE(
        bytes.startsWith("\xEF\xBB\xBF"
                         "email,first_name,last_name,phone,title,company,website,industry,"
                         "employees,annual_revenue,budget,expected_close,country,city,"
                         "source,owner,stage,score,grade,custom.Note, long,custom.Segment\r\n") ||
        bytes.startsWith("\xEF\xBB\xBF"
                         "email,first_name,last_name,phone,title,company,website,"
                         "industry,employees,annual_revenue,budget,expected_close,"
                         "country,city,source,owner,stage,score,grade,"
                         "\"custom.Note, long\",custom.Segment\r\n"))
        << bytes.left(300).toStdString();
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        ",'+Plus,'+358 40 123 4567,\"'-minus, with comma\",'@At Oy,'\tTabbed,'already quoted,")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        ",1234,2500000.5,-5.0,2027-03-31,FI,\"Line\nbreak \"\"quoted\"\"\",Webinar,sally,SAL,0,")));
    EXPECT_TRUE(text.contains(QStringLiteral(",'=1+1\r\n")));

    const QString mqlPath = temp.file(QStringLiteral("mql.csv"));
    LeadFilter mqls;
    mqls.stage = Stage::MQL;
    EXPECT_EQ(exportLeads(workspace, {mqlPath, mqls}).leads, 1);
    EXPECT_TRUE(
        QString::fromUtf8(test::readFile(mqlPath)).contains(QStringLiteral("plain@example.com")));
    EXPECT_FALSE(QString::fromUtf8(test::readFile(mqlPath)).contains(QStringLiteral("formula@")));
}

TEST(LeadExport, RoundTripGivesBackTheSameLeads)
{
    test::TempWorkspace source;
    Lead original = formulaLead();
    source.workspace().leads().insert(original, QStringLiteral("tester"));
    const QString path = source.file(QStringLiteral("export.csv"));
    exportLeads(source.workspace(), {path, {}});

    test::TempWorkspace target;
    ImportOptions options;
    options.path = path;
    options.actor = QStringLiteral("importer");
    const ImportSummary summary = importLeads(target.workspace(), options);
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(summary.rejected, 0);
    const Lead copy = *target.workspace().leads().findByEmail(original.email);
    for (const QString& field : leadFieldNames())
        EXPECT_EQ(leadFieldText(copy, field), leadFieldText(original, field))
            << field.toStdString();
    EXPECT_EQ(copy.custom, original.custom);

    // Importing the export again into the source changes nothing.
    const ImportSummary again = importLeads(source.workspace(), options);
    EXPECT_EQ(again.unchanged, 1);
    EXPECT_EQ(again.updated, 0);
}

namespace {

// The e-mail of each lead an export wrote (the first column), in file order.
QStringList exportedEmails(const QString& path)
{
    QStringList lines = QString::fromUtf8(test::readFile(path)).split(QStringLiteral("\r\n"));
    lines.removeFirst(); // header
    QStringList emails;
    for (const QString& line : lines)
        if (!line.isEmpty())
            emails << line.section(QLatin1Char(','), 0, 0);
    return emails;
}

QStringList emailsOf(const QList<Lead>& leads)
{
    QStringList emails;
    for (const Lead& lead : leads)
        emails << lead.email;
    return emails;
}

} // namespace

// Issue 21: the export writes exactly the leads the table lists for the same filter (queue,
// filter bar, search), and exactly the selected ones.
TEST(LeadExport, WritesTheLeadsOfAFilterAndOfASelection)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const QList<Stage> stages = {Stage::New, Stage::MQL, Stage::SAL};
    for (int i = 0; i < 60; ++i) {
        Lead lead;
        lead.email = QStringLiteral("lead%1@example.com").arg(i, 2, 10, QLatin1Char('0'));
        lead.lastName = i % 5 == 0 ? QStringLiteral("Virtanen") : QStringLiteral("Nieminen");
        lead.company = QStringLiteral("Yritys %1 Oy").arg(i);
        lead.source = i % 2 == 0 ? QStringLiteral("Webinar") : QStringLiteral("Partner");
        lead.owner = i % 3 == 0 ? QStringLiteral("sally") : QString();
        lead.stage = stages.at(i % 3);
        lead.custom.insert(QStringLiteral("Segment"), QStringLiteral("S%1").arg(i));
        workspace.leads().insert(lead, QStringLiteral("tester"));
    }
    const LeadFilter view{.stage = Stage::New,
                          .search = QStringLiteral("virtanen"),
                          .source = QStringLiteral("webinar")};
    LeadSort byId{LeadSortKey::Id, false};
    const QStringList expected = emailsOf(workspace.leads().list(view, byId, -1));
    ASSERT_EQ(expected, QStringList({QStringLiteral("lead00@example.com"),
                                     QStringLiteral("lead30@example.com")}));
    const QString viewPath = temp.file(QStringLiteral("view.csv"));
    EXPECT_EQ(exportLeads(workspace, {viewPath, view}).leads, 2);
    EXPECT_EQ(exportedEmails(viewPath), expected);

    // Owner and score range too, as the filter bar sets them.
    const LeadFilter owned{.owner = QStringLiteral("sally"), .minScore = 0, .maxScore = 100};
    const QString ownedPath = temp.file(QStringLiteral("owned.csv"));
    exportLeads(workspace, {ownedPath, owned});
    EXPECT_EQ(exportedEmails(ownedPath), emailsOf(workspace.leads().list(owned, byId, -1)));
    EXPECT_EQ(exportedEmails(ownedPath).size(), 20);

    // A selection: exactly those leads, whatever else the filter says nothing about.
    const QList<Lead> all = workspace.leads().list({}, byId, -1);
    const LeadFilter selected{.ids = QList<qint64>{all.at(3).id, all.at(17).id, all.at(42).id}};
    const QString selectedPath = temp.file(QStringLiteral("selected.csv"));
    EXPECT_EQ(exportLeads(workspace, {selectedPath, selected}).leads, 3);
    EXPECT_EQ(exportedEmails(selectedPath),
              QStringList({all.at(3).email, all.at(17).email, all.at(42).email}));
    EXPECT_TRUE(test::readFile(selectedPath).contains(",S17\r\n"));
    // Nothing selected exports nothing, never everything.
    const QString nonePath = temp.file(QStringLiteral("none.csv"));
    EXPECT_EQ(exportLeads(workspace, {nonePath, LeadFilter{.ids = QList<qint64>{}}}).leads, 0);
}
