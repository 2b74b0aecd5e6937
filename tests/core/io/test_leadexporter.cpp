// Exporting leads (spec/csv-import.md, Export) and the export -> import round trip.
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
    const ExportSummary summary = exportLeads(workspace, {path, std::nullopt});
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
    EXPECT_EQ(exportLeads(workspace, {mqlPath, Stage::MQL}).leads, 1);
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
    exportLeads(source.workspace(), {path, std::nullopt});

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
