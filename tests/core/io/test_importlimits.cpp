// What a lead or event import does with files that are odd rather than wrong (issue 18): a
// field or row over the reader's size limits, NUL characters, two columns of one name, UTF-16
// without a byte order mark, a hundred thousand columns. Every row is imported or rejected with
// a reason; the summary adds up to the rows of the file.
#include "io/csvreader.h"
#include "io/eventimporter.h"
#include "io/leadimporter.h"
#include "support/tempworkspace.h"

#include <QLocale>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::io;

namespace {

class ImportLimits : public ::testing::Test
{
protected:
    ImportOptions options(const QString& path, const QMap<QString, QString>& overrides = {})
    {
        ImportOptions options;
        options.path = path;
        options.actor = QStringLiteral("importer");
        options.overrides = overrides;
        options.rejectedPath = defaultRejectedPath(path);
        return options;
    }
    ImportSummary run(const QString& path, const QMap<QString, QString>& overrides = {})
    {
        return importLeads(m_temp.workspace(), options(path, overrides));
    }
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = m_temp.file(QString::fromLatin1(name));
        test::writeFile(path, bytes);
        return path;
    }
    bool exists(const QString& email)
    {
        return m_temp.workspace().leads().findByEmail(email).has_value();
    }
    static qint64 total(const ImportSummary& summary)
    {
        return summary.imported + summary.updated + summary.unchanged + summary.rejected;
    }
    static QString number(qint64 value) { return QLocale().toString(value); }

    test::TempWorkspace m_temp;
};

// 151 rows; the 51st (line 52) has `notes` as its Notes cell.
QByteArray rowsAround(const QByteArray& notes)
{
    QByteArray bytes = "Email,Last Name,Notes\n";
    for (int i = 1; i <= 151; ++i)
        bytes += "r" + QByteArray::number(i) + "@example.com,Name " + QByteArray::number(i) + "," +
                 (i == 51 ? notes : QByteArray("short note")) + "\n";
    return bytes;
}

// `text` with a NUL byte for each "<NUL>".
QByteArray withNul(QByteArray text)
{
    return text.replace("<NUL>", QByteArray(1, '\0'));
}

} // namespace

TEST_F(ImportLimits, AFieldOverTheLimitRejectsItsRowAndTheImportGoesOn)
{
    // Quoted (with line breaks inside) and unquoted, far over the record limit: the reader
    // reads past them without keeping them. Before, the import stopped there without a word.
    const QByteArray huge(20'000'000, 'n');
    for (const QByteArray& notes : {"\"" + huge + "\n\"\"more\"\"\n" + huge + "\"", huge}) {
        const bool quoted = notes.startsWith('"');
        const QString path = write("huge.csv", rowsAround(notes));
        const ImportSummary summary = run(path);
        EXPECT_EQ(summary.imported + summary.updated + summary.unchanged, 150);
        EXPECT_EQ(summary.rejected, 1);
        EXPECT_EQ(total(summary), 151);
        ASSERT_EQ(summary.firstRejected.size(), 1);
        const RejectedRow& rejected = summary.firstRejected.first();
        EXPECT_EQ(rejected.line, 52);
        const qint64 chars = quoted ? 2 * huge.size() + 8 : huge.size();
        EXPECT_EQ(rejected.reason,
                  QStringLiteral("column \"Notes\" holds %1 characters: a field may "
                                 "hold at most %2 characters")
                      .arg(number(chars), number(CsvReader::maxFieldChars)));
        EXPECT_FALSE(exists(QStringLiteral("r51@example.com")));
        EXPECT_TRUE(exists(QStringLiteral("r52@example.com")));
        EXPECT_TRUE(exists(QStringLiteral("r151@example.com")));
        // The rejected file names the line and the reason (the row itself is too big to copy).
        const QString text = QString::fromUtf8(test::readFile(summary.rejectedFile));
        EXPECT_TRUE(text.contains(QStringLiteral(",52,\"column \"\"Notes\"\" holds")));
        EXPECT_LT(text.size(), 1000);
    }
}

TEST_F(ImportLimits, ALongFieldInMemoryIsRejectedAndCopiedWholeToTheRejectedFile)
{
    const QByteArray notes(CsvReader::maxFieldChars + 10, 'm');
    const QString path = write("long.csv", rowsAround(notes));
    const ImportSummary summary = run(path);
    EXPECT_EQ(summary.imported, 150);
    EXPECT_EQ(summary.rejected, 1);
    ASSERT_EQ(summary.firstRejected.size(), 1);
    EXPECT_EQ(summary.firstRejected.first().line, 52);
    EXPECT_TRUE(summary.firstRejected.first().reason.contains(QStringLiteral("\"Notes\"")));
    EXPECT_TRUE(
        test::readFile(summary.rejectedFile).contains("r51@example.com,Name 51," + notes + ",52,"));
}

TEST_F(ImportLimits, ARowOverTheRecordLimitIsRejected)
{
    // Nine fields each under the field limit, together over the row limit.
    const QByteArray cell(1'000'000, 'c');
    QByteArray bytes =
        "Email,A,B,C,D,E,F,G,H,I\nfirst@example.com,1,2,3,4,5,6,7,8,9\nbig@example.com";
    for (int i = 0; i < 9; ++i)
        bytes += "," + cell;
    bytes += "\nlast@example.com,1,2,3,4,5,6,7,8,9\n";
    const ImportSummary summary = run(write("wide.csv", bytes));
    EXPECT_EQ(summary.imported, 2);
    ASSERT_EQ(summary.firstRejected.size(), 1);
    EXPECT_EQ(summary.firstRejected.first().line, 3);
    EXPECT_TRUE(summary.firstRejected.first().reason.startsWith(
        QStringLiteral("the row holds %1 characters").arg(number(9'000'000 + 15 + 9))));
    EXPECT_FALSE(exists(QStringLiteral("big@example.com")));
}

TEST_F(ImportLimits, ANulCharacterRejectsItsRowNamingTheColumn)
{
    const QString path = write("nul.csv", withNul("Email,First Name,City\n"
                                                  "anna@example.com,Anna,Oulu\n"
                                                  "nul@example.com,Mi<NUL>kko,Turku\n"
                                                  "\"quoted@example.com\",Sanna,\"Es<NUL>poo\"\n"
                                                  "last@example.com,Lars,Lund\n"));
    const ImportSummary summary = run(path);
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(summary.rejected, 2);
    ASSERT_EQ(summary.firstRejected.size(), 2);
    EXPECT_EQ(summary.firstRejected[0].line, 3);
    EXPECT_TRUE(summary.firstRejected[0].reason.startsWith(
        QStringLiteral("column \"First Name\" holds a NUL byte")));
    EXPECT_EQ(summary.firstRejected[1].line, 4);
    EXPECT_TRUE(summary.firstRejected[1].reason.startsWith(
        QStringLiteral("column \"City\" holds a NUL byte")));
    EXPECT_FALSE(exists(QStringLiteral("nul@example.com")));
    EXPECT_TRUE(exists(QStringLiteral("last@example.com")));
}

TEST_F(ImportLimits, TwoColumnsOfOneNameRefuseTheFileUnlessIgnored)
{
    const QString path = write("dup.csv", "Email,Tag,City,tag \n"
                                          "anna@example.com,red,Oulu,blue\n");
    try {
        run(path);
        FAIL() << "a file with two Tag columns was imported";
    } catch (const ImportError& error) {
        EXPECT_EQ(error.message(),
                  QStringLiteral("more than one column is named \"Tag\" (columns 2, 4): rename all "
                                 "but one, or leave them out with --map \"Tag=ignore\""));
    }
    EXPECT_FALSE(exists(QStringLiteral("anna@example.com")));

    const ImportSummary summary = run(path, {{QStringLiteral("Tag"), QStringLiteral("ignore")}});
    EXPECT_EQ(summary.imported, 1);
    EXPECT_TRUE(m_temp.workspace()
                    .leads()
                    .findByEmail(QStringLiteral("anna@example.com"))
                    ->custom.isEmpty());

    // Unnamed columns (a trailing delimiter in Excel's header) are no question.
    const ImportSummary unnamed =
        run(write("unnamed.csv", "Email,City,,\nbo@example.com,Lund,,\n"));
    EXPECT_EQ(unnamed.imported, 1);
}

TEST_F(ImportLimits, Utf16WithoutAByteOrderMarkIsRead)
{
    const QString text = QStringLiteral("Sähköposti\tEtunimi\tSukunimi\r\n"
                                        "paivi@example.fi\tPäivi\tJärvinen\r\n");
    const QString le = write("le.csv", QStringEncoder(QStringConverter::Utf16LE).encode(text));
    const ImportSummary summary = run(le);
    EXPECT_EQ(summary.encoding, CsvEncoding::Utf16LE);
    EXPECT_EQ(summary.imported, 1);
    const auto lead = m_temp.workspace().leads().findByEmail(QStringLiteral("paivi@example.fi"));
    ASSERT_TRUE(lead.has_value());
    EXPECT_EQ(lead->lastName, QStringLiteral("Järvinen"));

    const QString be = write("be.csv", QStringEncoder(QStringConverter::Utf16BE).encode(text));
    const ImportSummary again = run(be);
    EXPECT_EQ(again.encoding, CsvEncoding::Utf16BE);
    EXPECT_EQ(again.unchanged, 1);
}

TEST_F(ImportLimits, AHundredThousandColumns)
{
    // Mapping them was quadratic (16 s); now linear (bench_csvlimits measures it).
    const int columns = 100'000;
    QByteArray header = "Email";
    QByteArray row = "wide@example.com";
    for (int i = 1; i < columns; ++i) {
        header += ",Column " + QByteArray::number(i);
        row += ",v" + QByteArray::number(i);
    }
    const QString path = write("columns.csv", header + "\n" + row + "\n");
    const ImportSummary summary = run(path);
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(summary.mapping.fields.size(), columns);
    EXPECT_EQ(summary.mapping.fields.last(), QStringLiteral("custom.Column 99999"));
    const auto lead = m_temp.workspace().leads().findByEmail(QStringLiteral("wide@example.com"));
    ASSERT_TRUE(lead.has_value());
    EXPECT_EQ(lead->custom.size(), columns - 1);
    EXPECT_EQ(lead->custom.value(QStringLiteral("Column 99999")), QStringLiteral("v99999"));

    // The last one named like the first: found and named, not one of them dropped.
    const QString twice = write("twice.csv", header + ",column 7\n" + row + ",x\n");
    try {
        run(twice);
        FAIL() << "two \"Column 7\" columns were imported";
    } catch (const ImportError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("(columns 8, 100001)")));
    }
}

TEST_F(ImportLimits, EventRowsGetTheSameChecks)
{
    run(write("leads.csv", "Email\nanna@example.com\n"));
    QByteArray bytes = withNul("Email,Event,Timestamp,Detail\n"
                               "anna@example.com,page_view,2026-11-20T10:00:00Z,/pricing\n"
                               "anna@example.com,page_view,2026-11-20T11:00:00Z,/pri<NUL>cing\n");
    bytes += "anna@example.com,page_view,2026-11-20T12:00:00Z,\"" +
             QByteArray(CsvReader::maxRecordChars * 2, 'd') + "\"\n";
    bytes += "anna@example.com,email_open,2026-11-20T13:00:00Z,Offer\n";
    const ImportSummary summary =
        importEvents(m_temp.workspace(), options(write("events.csv", bytes)));
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(summary.rejected, 2);
    ASSERT_EQ(summary.firstRejected.size(), 2);
    EXPECT_EQ(summary.firstRejected[0].line, 3);
    EXPECT_TRUE(summary.firstRejected[0].reason.contains(QStringLiteral("\"Detail\" holds a NUL")));
    EXPECT_EQ(summary.firstRejected[1].line, 4);
    EXPECT_TRUE(summary.firstRejected[1].reason.contains(QStringLiteral("\"Detail\" holds")));
}
