// Importing leads from real CSV files into a real workspace (docs/spec/csv-import.md).
#include "io/leadimporter.h"
#include "io/rejectedwriter.h"
#include "scoring/modelservice.h"
#include "scoring/scorer.h"
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"
#include "util/jobcontrol.h"

#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::io;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv/") + QString::fromLatin1(name);
}

class LeadImport : public ::testing::Test
{
protected:
    ImportSummary run(const QString& path, bool dryRun = false,
                      const QMap<QString, QString>& overrides = {}, JobControl* job = nullptr)
    {
        ImportOptions options;
        options.path = path;
        options.actor = QStringLiteral("importer");
        options.dryRun = dryRun;
        options.overrides = overrides;
        options.rejectedPath = defaultRejectedPath(path);
        return importLeads(m_temp.workspace(), options, job);
    }
    Lead lead(const char* email)
    {
        const auto found = m_temp.workspace().leads().findByEmail(QString::fromUtf8(email));
        EXPECT_TRUE(found.has_value()) << email;
        return found.value_or(Lead());
    }
    qint64 leadCount() { return m_temp.workspace().leads().count(LeadFilter{}); }
    // Whether the connection checks foreign keys (an import turns the checks off while it
    // writes, and must turn them on again however it ends).
    bool checksForeignKeys()
    {
        auto* file = dynamic_cast<SqliteWorkspace*>(&m_temp.workspace());
        if (!file)
            return true; // a server's checks cannot be turned off
        QSqlQuery query(file->database());
        return query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() &&
               query.value(0).toInt() == 1;
    }
    qint64 searchCount(const QString& text)
    {
        LeadFilter filter;
        filter.search = text;
        return m_temp.workspace().leads().count(filter);
    }
    // A copy of a fixture in the test's folder, so the rejected file lands there.
    QString copy(const char* name)
    {
        const QString target = m_temp.file(QString::fromLatin1(name));
        QFile::remove(target);
        EXPECT_TRUE(QFile::copy(fixture(name), target));
        return target;
    }

    test::TempWorkspace m_temp;
};

} // namespace

TEST_F(LeadImport, HubSpotExportWithBomAndQuotedNewlines)
{
    const ImportSummary summary = run(copy("hubspot_utf8_bom.csv"));
    EXPECT_EQ(summary.imported, 3);
    EXPECT_EQ(summary.rejected, 0);
    EXPECT_EQ(leadCount(), 3);

    const Lead anna = lead("anna.virtanen@nordic-widgets.fi");
    EXPECT_EQ(anna.company, QStringLiteral("Nordic Widgets Oy"));
    EXPECT_EQ(anna.employees, 250);
    EXPECT_DOUBLE_EQ(anna.annualRevenue.value_or(0), 1200000.50);
    EXPECT_EQ(anna.country, QStringLiteral("FI"));
    EXPECT_EQ(anna.stage, Stage::MQL);
    EXPECT_EQ(anna.expectedClose, QDate(2026, 12, 31));
    EXPECT_EQ(anna.custom.value(QStringLiteral("Favourite Colour")), QStringLiteral("blue"));
    EXPECT_EQ(anna.custom.value(QStringLiteral("Lead Score")), QStringLiteral("88"));

    // Scored by the active model as part of the import.
    EXPECT_EQ(summary.scored, 3);
    EXPECT_GT(anna.score.modelId, 0);
    EXPECT_TRUE(anna.score.scoredAt.isValid());
    EXPECT_GT(anna.score.fit, 0);

    const Lead erik = lead("erik.lund@fjord.se");
    EXPECT_EQ(erik.title, QStringLiteral("Head of\r\nOperations"));
    EXPECT_EQ(erik.company, QStringLiteral("Fjord Data, AB"));
    EXPECT_EQ(erik.employees, 1200);
    EXPECT_DOUBLE_EQ(erik.annualRevenue.value_or(0), 1500000.75);
    EXPECT_EQ(erik.country, QStringLiteral("SE"));
    EXPECT_EQ(erik.city, QStringLiteral("Göteborg"));
    EXPECT_EQ(erik.stage, Stage::SQL);
    EXPECT_EQ(erik.expectedClose, QDate(2026, 12, 24));

    const Lead mia = lead("mia@smallco.dk");
    EXPECT_EQ(mia.lastName, QStringLiteral("Holm \"the boss\""));
    EXPECT_EQ(mia.stage, Stage::New);
    EXPECT_EQ(mia.expectedClose, QDate(2027, 1, 3));
    EXPECT_DOUBLE_EQ(mia.budget.value_or(-1), -1);                         // no budget column
    EXPECT_FALSE(mia.custom.contains(QStringLiteral("Favourite Colour"))); // empty cell

    // The import is in the history: created by the importing user, reason names the file.
    const QList<StageChange> history = m_temp.workspace().history().forLead(anna.id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_FALSE(history[0].from.has_value());
    EXPECT_EQ(history[0].to, Stage::MQL);
    EXPECT_EQ(history[0].by, QStringLiteral("importer"));
    EXPECT_TRUE(history[0].reason.contains(QStringLiteral("hubspot_utf8_bom.csv")));
}

TEST_F(LeadImport, MapOverridesIgnoreAndRename)
{
    const ImportSummary summary =
        run(copy("hubspot_utf8_bom.csv"), false,
            {{QStringLiteral("Lead Score"), QStringLiteral("ignore")},
             {QStringLiteral("favourite colour"), QStringLiteral("industry")}});
    EXPECT_EQ(summary.imported, 3);
    const Lead anna = lead("anna.virtanen@nordic-widgets.fi");
    EXPECT_FALSE(anna.custom.contains(QStringLiteral("Lead Score")));
    EXPECT_EQ(anna.industry, QStringLiteral("blue"));
    EXPECT_THROW(run(copy("hubspot_utf8_bom.csv"), false,
                     {{QStringLiteral("No Such Column"), QStringLiteral("ignore")}}),
                 ImportError);
    EXPECT_THROW(run(copy("hubspot_utf8_bom.csv"), false,
                     {{QStringLiteral("City"), QStringLiteral("shoe_size")}}),
                 ImportError);
}

TEST_F(LeadImport, FinnishExcelWindows1252)
{
    const ImportSummary summary = run(copy("excel_fi_cp1252.csv"));
    EXPECT_EQ(summary.encoding, CsvEncoding::Windows1252);
    EXPECT_EQ(summary.delimiter, QLatin1Char(';'));
    EXPECT_EQ(summary.imported, 2);
    const Lead jyrki = lead("jyrki.mäkelä@öljy.fi");
    EXPECT_EQ(jyrki.lastName, QStringLiteral("Mäkelä"));
    EXPECT_EQ(jyrki.company, QStringLiteral("Öljynjalostus Oyj"));
    EXPECT_EQ(jyrki.employees, 1234);
    EXPECT_DOUBLE_EQ(jyrki.annualRevenue.value_or(0), 1234567.89);
    EXPECT_DOUBLE_EQ(jyrki.budget.value_or(0), 25000);
    EXPECT_EQ(jyrki.country, QStringLiteral("FI"));
    EXPECT_EQ(jyrki.stage, Stage::New);
    EXPECT_EQ(jyrki.expectedClose, QDate(2026, 12, 31));
    const Lead asa = lead("åsa.ström@kött.se");
    EXPECT_DOUBLE_EQ(asa.annualRevenue.value_or(0), 2500000);
    EXPECT_DOUBLE_EQ(asa.budget.value_or(0), 10.5);
    EXPECT_EQ(asa.country, QStringLiteral("SE"));
    EXPECT_EQ(asa.stage, Stage::SAL);
    EXPECT_EQ(searchCount(QStringLiteral("Jyrki")), 1);
}

TEST_F(LeadImport, SwedishUtf16BothByteOrders)
{
    const ImportSummary le = run(copy("utf16le_tab.csv"));
    EXPECT_EQ(le.imported, 2);
    const Lead lars = lead("lars.öberg@skog.se");
    EXPECT_EQ(lars.company, QStringLiteral("Skogsägarna AB"));
    EXPECT_DOUBLE_EQ(lars.annualRevenue.value_or(0), 3200000);
    EXPECT_EQ(lars.stage, Stage::Disqualified);
    EXPECT_EQ(lead("karin.åkesson@hav.no").country, QStringLiteral("NO"));
    // The same rows again in the other byte order change nothing.
    const ImportSummary be = run(copy("utf16be_tab.csv"));
    EXPECT_EQ(be.imported, 0);
    EXPECT_EQ(be.unchanged, 2);
    EXPECT_EQ(leadCount(), 2);
}

TEST_F(LeadImport, PipeDelimitedCarriageReturns)
{
    const ImportSummary summary = run(copy("pipe_cr_only.csv"));
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(lead("sara@syd.fi").country, QStringLiteral("FI"));
    EXPECT_EQ(lead("ole@nord.no").employees, 30);
}

TEST_F(LeadImport, BadValuesRejectRowsWithReasonsAndRejectedFileReimports)
{
    const QString path = copy("bad_values.csv");
    const ImportSummary summary = run(path);
    // good.one, few.cells (missing cells are empty), name+company only, good.two
    EXPECT_EQ(summary.imported, 4);
    EXPECT_EQ(summary.rejected, 7);
    ASSERT_EQ(summary.firstRejected.size(), 7);
    auto reasonOfLine = [&](qint64 line) {
        for (const RejectedRow& row : summary.firstRejected)
            if (row.line == line)
                return row.reason;
        return QString();
    };
    EXPECT_TRUE(reasonOfLine(3).contains(QStringLiteral("\"email\": \"not-an-email\"")));
    EXPECT_TRUE(reasonOfLine(4).contains(QStringLiteral("\"annual_revenue\": \"lots\"")));
    EXPECT_TRUE(reasonOfLine(5).contains(QStringLiteral("\"employees\": \"ten\"")));
    EXPECT_TRUE(reasonOfLine(6).contains(QStringLiteral("\"expected_close\": \"31.2.2026\"")));
    EXPECT_TRUE(reasonOfLine(7).contains(QStringLiteral("\"country\": \"Atlantis\"")));
    EXPECT_TRUE(reasonOfLine(8).contains(QStringLiteral("e-mail")));
    EXPECT_TRUE(reasonOfLine(9).contains(QStringLiteral("9 cells")));
    const Lead two = lead("good.two@example.com");
    EXPECT_EQ(two.employees, 1500);
    EXPECT_DOUBLE_EQ(two.annualRevenue.value_or(0), 2.5);
    EXPECT_EQ(two.expectedClose, QDate(2026, 6, 30));
    EXPECT_EQ(lead("few.cells@example.com").company, QString());

    // FILE.rejected.csv: the header and the rows as they were, plus line and reason.
    const QString rejectedPath = path + QStringLiteral(".rejected.csv");
    ASSERT_EQ(summary.rejectedFile, rejectedPath);
    const QByteArray bytes = test::readFile(rejectedPath);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "email,first_name,last_name,company,employees,annual_revenue,"
                                 "expected_close,country,line,reason\r\n"));
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(
        QStringLiteral("bad.number@example.com,Bad,Number,Example Oy,10,lots,2026-05-01,FI,4,")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 8);

    // Re-importing the rejected file ignores its line and reason columns: the same rows are
    // refused for the same reasons, nothing becomes a custom field.
    const qint64 before = leadCount();
    const ImportSummary again = run(rejectedPath);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.rejected, 7);
    EXPECT_EQ(leadCount(), before);
    EXPECT_TRUE(again.mapping.fields.mid(again.mapping.fields.size() - 2) ==
                QStringList({QString(), QString()}));
    // ... and its own rejected file has one line and one reason column, not two.
    const QString second =
        QString::fromUtf8(test::readFile(rejectedPath + QStringLiteral(".rejected.csv")));
    EXPECT_EQ(second.section(QStringLiteral("\r\n"), 0, 0).count(QStringLiteral("line")), 1);
}

TEST_F(LeadImport, RowsOfABigFileAreRejectedInFileOrderWhereverTheyFail)
{
    // Rows are read and parsed a batch ahead of the writes: a refusal found by the reader (too
    // many cells), by the parser (a bad number) and by the writer (no identity) must still
    // reach the rejected file in the order of the file, with their own lines.
    QString text = QStringLiteral("email,last_name,company,employees\n");
    QList<qint64> badLines;
    for (int i = 0; i < 3000; ++i) {
        const qint64 line = i + 2;
        if (i % 97 == 5) {
            text += QStringLiteral("extra%1@example.fi,Extra,Oy,1,surplus\n").arg(i);
            badLines << line;
        } else if (i % 89 == 7) {
            text += QStringLiteral("number%1@example.fi,Number,Oy,many\n").arg(i);
            badLines << line;
        } else if (i % 83 == 11) {
            text += QStringLiteral(",Nobody,,5\n");
            badLines << line;
        } else {
            text += QStringLiteral("lead%1@example.fi,Lead%1,Company %1,%1\n").arg(i);
        }
    }
    const QString path = m_temp.file(QStringLiteral("big.csv"));
    test::writeFile(path, text.toUtf8());
    const ImportSummary summary = run(path);
    EXPECT_EQ(summary.rejected, badLines.size());
    EXPECT_EQ(summary.imported, 3000 - badLines.size());
    EXPECT_EQ(leadCount(), 3000 - badLines.size());
    EXPECT_EQ(lead("lead2998@example.fi").employees, 2998);

    const QStringList rejected =
        QString::fromUtf8(test::readFile(summary.rejectedFile)).split(QStringLiteral("\r\n"));
    QList<qint64> rejectedLines;
    for (qsizetype i = 1; i < rejected.size(); ++i) {
        QString row = rejected.at(i);
        if (row.isEmpty())
            continue;
        // The row as it was, its line, and its reason (quoted when it has a comma).
        row.truncate(row.endsWith(QLatin1Char('"')) ? row.lastIndexOf(QStringLiteral(",\""))
                                                    : row.lastIndexOf(QLatin1Char(',')));
        rejectedLines << row.section(QLatin1Char(','), -1).toLongLong();
    }
    EXPECT_EQ(rejectedLines, badLines);
}

TEST_F(LeadImport, RejectedFileFixedUpImportsTheRows)
{
    const QString path = copy("bad_values.csv");
    run(path);
    QString text = QString::fromUtf8(test::readFile(path + QStringLiteral(".rejected.csv")));
    text.replace(QStringLiteral(",lots,"), QStringLiteral(",1000,"));
    const QString fixed = m_temp.file(QStringLiteral("fixed.csv"));
    test::writeFile(fixed, text.toUtf8());
    const ImportSummary summary = run(fixed);
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(summary.rejected, 6);
    EXPECT_DOUBLE_EQ(lead("bad.number@example.com").annualRevenue.value_or(0), 1000);
    EXPECT_TRUE(lead("bad.number@example.com").custom.isEmpty());
}

TEST_F(LeadImport, DuplicatesWithinAndAcrossFiles)
{
    const ImportSummary first = run(copy("duplicates_a.csv"));
    // dup (new), DUP (updates title), other (new), dup again (same as now: unchanged)
    EXPECT_EQ(first.imported, 2);
    EXPECT_EQ(first.updated, 1);
    EXPECT_EQ(first.unchanged, 1);
    EXPECT_EQ(leadCount(), 2);
    const Lead dup = lead("dup@example.com");
    EXPECT_EQ(dup.title, QStringLiteral("Senior Analyst"));
    EXPECT_EQ(dup.firstName, QStringLiteral("Dora")); // empty cells keep

    const ImportSummary second = run(copy("duplicates_b.csv"));
    EXPECT_EQ(second.delimiter, QLatin1Char(';'));
    EXPECT_EQ(second.imported, 1);  // new@
    EXPECT_EQ(second.updated, 1);   // dup@ gets a city
    EXPECT_EQ(second.unchanged, 1); // other@ is as it was
    EXPECT_EQ(lead("dup@example.com").city, QStringLiteral("Turku"));
    EXPECT_EQ(lead("dup@example.com").lastName, QStringLiteral("Dup"));
    EXPECT_GT(lead("dup@example.com").version, dup.version);
    EXPECT_EQ(leadCount(), 3);
}

TEST_F(LeadImport, NameAndCompanyIdentifyLeadsWithoutEmail)
{
    const QString a = m_temp.file(QStringLiteral("a.csv"));
    test::writeFile(a, "Last Name,Company,Title\nKorhonen,Acme Oy,Buyer\n");
    EXPECT_EQ(run(a).imported, 1);
    const QString b = m_temp.file(QStringLiteral("b.csv"));
    test::writeFile(b, "Sukunimi;Yritys;Titteli\nkorhonen;ACME;Head Buyer\n");
    const ImportSummary summary = run(b);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(leadCount(), 1);
    EXPECT_EQ(searchCount(QStringLiteral("Head Buyer")), 1);
}

TEST_F(LeadImport, UnterminatedQuoteKeepsTheRowsBefore)
{
    const ImportSummary summary = run(copy("unterminated.csv"));
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(summary.rejected, 1);
    ASSERT_EQ(summary.firstRejected.size(), 1);
    EXPECT_EQ(summary.firstRejected[0].line, 5); // line 3 holds a quoted line break
    EXPECT_TRUE(summary.firstRejected[0].reason.contains(QStringLiteral("not terminated")));
    EXPECT_EQ(lead("second@example.com").title, QStringLiteral("Head of\nSales"));
    EXPECT_FALSE(m_temp.workspace().leads().findByEmail(QStringLiteral("after@example.com")));
}

TEST_F(LeadImport, StageChangesAreRecorded)
{
    run(copy("hubspot_utf8_bom.csv"));
    const QString path = m_temp.file(QStringLiteral("stages.csv"));
    test::writeFile(
        path, "email,lifecycle stage\nmia@smallco.dk,SAL\nerik.lund@fjord.se,salesqualifiedlead\n");
    const ImportSummary summary = run(path);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.unchanged, 1);
    const Lead mia = lead("mia@smallco.dk");
    EXPECT_EQ(mia.stage, Stage::SAL);
    const QList<StageChange> history = m_temp.workspace().history().forLead(mia.id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[1].from, Stage::New);
    EXPECT_EQ(history[1].to, Stage::SAL);
    EXPECT_EQ(history[1].by, QStringLiteral("importer"));
    EXPECT_TRUE(history[1].reason.contains(QStringLiteral("stages.csv")));
}

TEST_F(LeadImport, SearchIndexFollowsInsertsAndUpdates)
{
    run(copy("duplicates_a.csv"));
    EXPECT_EQ(searchCount(QStringLiteral("Dupli")), 1);
    EXPECT_EQ(searchCount(QStringLiteral("Otto")), 1);
    const QString path = m_temp.file(QStringLiteral("rename.csv"));
    test::writeFile(path,
                    "email,company,title\nother@example.com,Zebra Works Oy,Procurement Lead\n");
    EXPECT_EQ(run(path).updated, 1);
    EXPECT_EQ(searchCount(QStringLiteral("Zebra")), 1);
    EXPECT_EQ(searchCount(QStringLiteral("Procurement")), 1);
    EXPECT_EQ(searchCount(QStringLiteral("Buyer")), 0); // the old title is forgotten
    EXPECT_TRUE(m_temp.workspace().integrityProblems().isEmpty());
}

TEST_F(LeadImport, DryRunWritesNothing)
{
    const QString path = copy("bad_values.csv");
    const ImportSummary summary = run(path, true);
    EXPECT_TRUE(summary.dryRun);
    EXPECT_EQ(summary.imported, 4);
    EXPECT_EQ(summary.rejected, 7);
    EXPECT_EQ(leadCount(), 0);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".rejected.csv")));
    EXPECT_TRUE(summary.rejectedFile.isEmpty());
}

TEST_F(LeadImport, CancelRollsEverythingBack)
{
    run(copy("duplicates_a.csv"));
    const QString path = m_temp.file(QStringLiteral("many.csv"));
    QByteArray bytes = "email,last_name,company\n";
    for (int i = 0; i < 5000; ++i)
        bytes += "person" + QByteArray::number(i) + "@example.com,Person,Many Oy\n";
    bytes += "dup@example.com,Changed,Changed Oy\n";
    test::writeFile(path, bytes);
    JobControl job([&job](qint64 done, qint64, const QString&) {
        if (done > 0)
            job.cancel();
    });
    EXPECT_THROW(run(path, false, {}, &job), JobCancelled);
    EXPECT_TRUE(checksForeignKeys());
    EXPECT_EQ(leadCount(), 2);
    EXPECT_EQ(lead("dup@example.com").lastName, QStringLiteral("Dup"));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".rejected.csv")));
    // The workspace is usable afterwards: the transaction was really closed.
    EXPECT_EQ(run(copy("duplicates_b.csv")).imported, 1);
}

TEST_F(LeadImport, FileWithoutIdentityColumnsIsRefused)
{
    const QString path = m_temp.file(QStringLiteral("noid.csv"));
    test::writeFile(path, "First Name,City\nAnna,Oulu\n");
    EXPECT_THROW(run(path), ImportError);
    EXPECT_EQ(leadCount(), 0);
}

TEST_F(LeadImport, BulkLoadFindsDuplicatesAndRebuildsIndexes)
{
    // Big enough for the bulk strategy (indexes dropped, keys in memory, rebuilt at the end).
    run(copy("duplicates_a.csv"));
    const QString path = m_temp.file(QStringLiteral("bulk.csv"));
    QByteArray bytes = "email,first_name,last_name,company,title,city,notes,stage,owner\n";
    const int rows = 70000;
    for (int i = 0; i < rows; ++i)
        bytes += "bulk" + QByteArray::number(i) + "@example.com,First" + QByteArray::number(i) +
                 ",Last" + QByteArray::number(i) + ",Company " + QByteArray::number(i) +
                 " Oy,Engineer,Tampere,a fairly long note to make the file big enough,,\n";
    bytes += "bulk5@example.com,,,,Chief Engineer,,,MQL,Aino Laine\n"; // updates a row of this file
    // Its stage and owner: the copies in lead_scores follow though the lead's score row was
    // still waiting to be written with its batch.
    bytes += "bulk69990@example.com,,,,,,,SAL,Aino Laine\n";
    bytes += ",,Last7,Company 7 AB,Lead Engineer,,,,\n"; // by name + company, no e-mail
    bytes += "dup@example.com,,,,Principal,,,,\n";       // updates an older lead
    bytes += ",,Nobody,Nowhere Oy,Ghost,,,,\n";          // new, without e-mail
    bytes += "bulk9@example.com,First9,Last9,Company 9 Oy,Engineer,Tampere,a fairly long note "
             "to make the file big enough,,\n"; // unchanged
    test::writeFile(path, bytes);
    const ImportSummary summary = run(path);
    EXPECT_EQ(summary.imported, rows + 1);
    EXPECT_EQ(summary.updated, 4);
    EXPECT_EQ(summary.unchanged, 1);
    EXPECT_EQ(leadCount(), 2 + rows + 1);
    EXPECT_EQ(lead("bulk5@example.com").title, QStringLiteral("Chief Engineer"));
    EXPECT_EQ(lead("bulk5@example.com").stage, Stage::MQL);
    EXPECT_EQ(m_temp.workspace().leads().count({.stage = Stage::MQL}), 1);
    EXPECT_EQ(m_temp.workspace().leads().count({.stage = Stage::SAL}), 1);
    EXPECT_EQ(lead("bulk69990@example.com").stage, Stage::SAL);
    EXPECT_EQ(m_temp.workspace().leads().count({.owner = QStringLiteral("Aino Laine")}), 2);
    EXPECT_EQ(lead("bulk7@example.com").title, QStringLiteral("Lead Engineer"));
    EXPECT_EQ(lead("dup@example.com").title, QStringLiteral("Principal"));
    EXPECT_EQ(searchCount(QStringLiteral("Principal")), 1);
    EXPECT_EQ(searchCount(QStringLiteral("Ghost")), 1);
    EXPECT_EQ(searchCount(QStringLiteral("First69999")), 1);
    EXPECT_EQ(searchCount(QStringLiteral("Analyst")), 0);
    EXPECT_TRUE(m_temp.workspace().integrityProblems().isEmpty()); // foreign keys included
    EXPECT_TRUE(checksForeignKeys());
    // Every created lead has its creation in the history, with its final stage.
    const Lead five = lead("bulk5@example.com");
    const auto fiveHistory = m_temp.workspace().history().forLead(five.id);
    ASSERT_EQ(fiveHistory.size(), 1);
    EXPECT_FALSE(fiveHistory.constFirst().from.has_value());
    EXPECT_EQ(fiveHistory.constFirst().to, Stage::MQL);
    EXPECT_EQ(fiveHistory.constFirst().at, five.createdAt);
    const auto lateHistory = m_temp.workspace().history().forLead(lead("bulk69990@example.com").id);
    ASSERT_EQ(lateHistory.size(), 1);
    EXPECT_EQ(lateHistory.constFirst().to, Stage::SAL);
    // The indexes are back: a second import of the same file finds every row. Rows 5 and 7
    // change twice again (first back to "Engineer", then to the later title).
    const ImportSummary again = run(path);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.updated, 4);
    EXPECT_EQ(again.unchanged, rows + 2);
    EXPECT_EQ(lead("bulk5@example.com").title, QStringLiteral("Chief Engineer"));
}

TEST_F(LeadImport, ABulkLoadScoresNewLeadsAsItWritesThemAndPromotesWithHistory)
{
    const QString path = m_temp.file(QStringLiteral("scored.csv"));
    QByteArray bytes = "email,last_name,company,title,employees,annual_revenue,industry,country,"
                       "budget,expected_close,notes\n";
    const int rows = 60000;
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += i % 3 == 0
                     ? "s" + n + "@example.fi,Strong,Strong " + n +
                           " Oy,CEO,200,6000000,Software,FI,20000,2027-01-31,"
                     : "w" + n + "@example.fi,Weak,Weak " + n + " Oy,Engineer,5,,Retail,US,,,";
        bytes += "padding padding padding padding padding padding padding\n";
    }
    bytes += "s3@example.fi,,,Student,,,,,,,\n"; // a later row changes a promoted lead back
    test::writeFile(path, bytes);
    ImportOptions options;
    options.path = path;
    options.actor = QStringLiteral("importer");
    options.asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    const ImportSummary summary = importLeads(m_temp.workspace(), options);
    EXPECT_EQ(summary.imported, rows);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.scored, rows);

    Workspace& workspace = m_temp.workspace();
    const scoring::ActiveModel model = scoring::activeModel(workspace);
    const scoring::Scorer scorer(model.model);
    for (const char* email :
         {"s0@example.fi", "w1@example.fi", "s3@example.fi", "w59999@example.fi"}) {
        const Lead stored = lead(email);
        const scoring::ScoreResult expected = scorer.score(stored, {}, options.asOf);
        EXPECT_EQ(stored.score.total, expected.total) << email;
        EXPECT_EQ(stored.score.fit, expected.fit) << email;
        EXPECT_EQ(stored.score.grade, expected.grade) << email;
        EXPECT_EQ(stored.score.modelId, model.stored.id) << email;
        EXPECT_EQ(stored.score.scoredAt, options.asOf) << email;
    }
    // Strong new leads reach the threshold: created as New, then moved by the model.
    const Lead strong = lead("s0@example.fi");
    // Written a batch at a time, every field of the row is there with its type.
    EXPECT_EQ(strong.lastName, QStringLiteral("Strong"));
    EXPECT_EQ(strong.company, QStringLiteral("Strong 0 Oy"));
    EXPECT_EQ(strong.employees, 200);
    EXPECT_EQ(strong.annualRevenue, 6000000.0);
    EXPECT_EQ(strong.budget, 20000.0);
    EXPECT_EQ(strong.expectedClose, QDate(2027, 1, 31));
    EXPECT_EQ(strong.country, QStringLiteral("FI"));
    EXPECT_EQ(strong.industry, QStringLiteral("Software"));
    EXPECT_TRUE(strong.notes.startsWith(QStringLiteral("padding")));
    EXPECT_EQ(strong.version, 1);
    // Moved to MQL by its score as it was imported: last changed by the model, as the history
    // line says (StageMachine's automatic move); a lead that stayed was last changed by the import.
    EXPECT_EQ(strong.updatedBy, model.stored.name);
    EXPECT_EQ(lead("w1@example.fi").updatedBy, QStringLiteral("importer"));
    EXPECT_FALSE(lead("w1@example.fi").annualRevenue.has_value());
    EXPECT_EQ(lead("w1@example.fi").phone, QString());
    ASSERT_GE(strong.score.total, model.model.mqlThreshold);
    EXPECT_EQ(strong.stage, Stage::MQL);
    const QList<StageChange> history = workspace.history().forLead(strong.id);
    ASSERT_EQ(history.size(), 2); // newest first
    EXPECT_EQ(history.at(1).from, std::nullopt);
    EXPECT_EQ(history.at(1).to, Stage::New);
    EXPECT_EQ(history.at(0).from, Stage::New);
    EXPECT_EQ(history.at(0).to, Stage::MQL);
    EXPECT_EQ(history.at(0).by, model.model.name);
    // The lead a later row made a student is scored on its final data and stays New.
    const Lead changed = lead("s3@example.fi");
    EXPECT_LT(changed.score.total, model.model.mqlThreshold);
    EXPECT_EQ(changed.stage, Stage::New);
    EXPECT_EQ(workspace.leads().countByStage().value(Stage::MQL), rows / 3 - 1);
    EXPECT_EQ(lead("w1@example.fi").stage, Stage::New);
    // The search index holds the final words of every lead (checked against the leads).
    EXPECT_TRUE(workspace.integrityProblems().isEmpty());
    EXPECT_EQ(searchCount(QStringLiteral("Student")), 1);
    EXPECT_EQ(searchCount(QStringLiteral("CEO")), rows / 3 - 1);
    EXPECT_EQ(searchCount(QStringLiteral("Engineer")), rows - rows / 3);
    EXPECT_EQ(searchCount(QStringLiteral("Strong")), rows / 3);
}

TEST_F(LeadImport, CancelDuringABulkLoadRestoresEverything)
{
    run(copy("duplicates_a.csv"));
    const QString path = m_temp.file(QStringLiteral("bulkcancel.csv"));
    QByteArray bytes = "email,last_name,company,notes\n";
    for (int i = 0; i < 70000; ++i)
        bytes += "c" + QByteArray::number(i) + "@example.com,Cancel,Cancel " +
                 QByteArray::number(i) + " Oy,padding padding padding padding padding padding\n";
    test::writeFile(path, bytes);
    JobControl job([&job](qint64 done, qint64, const QString&) {
        if (done > 2 * 1024 * 1024)
            job.cancel();
    });
    EXPECT_THROW(run(path, false, {}, &job), JobCancelled);
    EXPECT_TRUE(checksForeignKeys());
    EXPECT_EQ(leadCount(), 2);
    EXPECT_TRUE(m_temp.workspace().integrityProblems().isEmpty());
    EXPECT_EQ(searchCount(QStringLiteral("Dupli")), 1); // the search index is whole
    EXPECT_EQ(searchCount(QStringLiteral("Cancel")), 0);
    // The dropped indexes came back with the rollback: the next import finds the old leads.
    const ImportSummary summary = run(copy("duplicates_b.csv"));
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(summary.updated, 1);
}

TEST_F(LeadImport, ConvertedLeadIsReadOnlyToImports)
{
    Lead converted;
    converted.email = QStringLiteral("done@kaleva.fi");
    converted.lastName = QStringLiteral("Virtanen");
    converted.company = QStringLiteral("Kaleva Oy");
    converted.title = QStringLiteral("CEO");
    converted.stage = Stage::Converted;
    m_temp.workspace().leads().insert(converted, QStringLiteral("test"));
    const QString path = m_temp.file(QStringLiteral("converted.csv"));
    test::writeFile(path, "Email,Last Name,Company,Title\n"
                          "done@kaleva.fi,Virtanen,Kaleva Oy,CEO\n"
                          "done@kaleva.fi,Virtanen,Kaleva Oy,CFO\n");
    const ImportSummary summary = run(path);
    EXPECT_EQ(summary.unchanged, 1) << "the same values change nothing and are not refused";
    EXPECT_EQ(summary.rejected, 1);
    ASSERT_EQ(summary.firstRejected.size(), 1);
    EXPECT_TRUE(summary.firstRejected.first().reason.contains(QStringLiteral("read-only")))
        << summary.firstRejected.first().reason.toStdString();
    EXPECT_EQ(lead("done@kaleva.fi").title, QStringLiteral("CEO"));
}

// The rejected file is put in place before the import commits, so that a saved import always
// has it. One that cannot be written saves nothing and names the file.
TEST_F(LeadImport, ARejectedFileThatCannotBeWrittenSavesNothing)
{
    const QString path = copy("bad_values.csv");
    const qint64 before = leadCount();
    ImportOptions options;
    options.path = path;
    options.actor = QStringLiteral("importer");
    // A folder that is a file: not even root writes there.
    options.rejectedPath = path + QStringLiteral("/bad_values.csv.rejected.csv");
    try {
        importLeads(m_temp.workspace(), options, nullptr);
        ADD_FAILURE() << "the import was saved without its rejected file";
    } catch (const ImportError& error) {
        EXPECT_TRUE(error.message().contains(options.rejectedPath))
            << error.message().toStdString();
    }
    EXPECT_EQ(leadCount(), before);
    EXPECT_FALSE(QFile::exists(options.rejectedPath));
}

// A rejected file placed for an import that then was not saved is withdrawn.
TEST(RejectedWriter, WithdrawRemovesThePlacedFile)
{
    test::TempWorkspace temp;
    const QString path = temp.file(QStringLiteral("leads.csv.rejected.csv"));
    RejectedWriter writer(path, QStringLiteral("email"), {QStringLiteral("email")},
                          QLatin1Char(','), false);
    const QString raw = QStringLiteral("not-an-email");
    writer.add(2, raw, {QStringView(raw)}, false, QStringLiteral("bad e-mail"));
    EXPECT_FALSE(QFile::exists(path)) << "nothing before commit()";
    ASSERT_TRUE(writer.commit()) << writer.errorString().toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(test::readFile(path).contains("not-an-email,2,bad e-mail"));
    writer.withdraw();
    EXPECT_FALSE(QFile::exists(path));
}
