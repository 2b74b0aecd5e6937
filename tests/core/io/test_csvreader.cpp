// The streaming CSV reader (spec/csv-import.md, Reading the file) on real fixture files.
#include "io/csvreader.h"
#include "support/tempworkspace.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb::io;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv/") + QString::fromLatin1(name);
}

struct Row
{
    qint64 line;
    QStringList cells;
    bool unterminated;
};

QList<Row> readAll(CsvReader& reader)
{
    QList<Row> rows;
    CsvRecord record;
    while (reader.next(record)) {
        QStringList cells;
        for (QStringView cell : record.cells)
            cells << cell.toString();
        rows.append({record.line, cells, record.unterminated});
    }
    return rows;
}

} // namespace

TEST(CsvReader, Utf8WithBomCommaQuotedNewline)
{
    CsvReader reader;
    ASSERT_TRUE(reader.open(fixture("hubspot_utf8_bom.csv"))) << reader.errorString().toStdString();
    EXPECT_EQ(reader.encoding(), CsvEncoding::Utf8Bom);
    EXPECT_EQ(reader.delimiter(), QLatin1Char(','));
    EXPECT_EQ(reader.header().first(), QStringLiteral("Email")); // no BOM left in the name
    EXPECT_EQ(reader.header().size(), 14);
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 3); // the empty line is skipped
    EXPECT_EQ(rows[0].line, 2);
    EXPECT_EQ(rows[1].cells[3], QStringLiteral("Fjord Data, AB"));
    EXPECT_EQ(rows[1].cells[4], QStringLiteral("Head of\r\nOperations"));
    EXPECT_EQ(rows[1].cells[8], QStringLiteral("Göteborg"));
    EXPECT_EQ(rows[1].line, 3);
    EXPECT_EQ(rows[2].line, 6); // the quoted line break and the empty line both count
    EXPECT_EQ(rows[2].cells[2], QStringLiteral("Holm \"the boss\""));
    EXPECT_EQ(rows[2].cells.size(), 14);
}

TEST(CsvReader, Windows1252WithSemicolons)
{
    CsvReader reader;
    ASSERT_TRUE(reader.open(fixture("excel_fi_cp1252.csv")));
    EXPECT_EQ(reader.encoding(), CsvEncoding::Windows1252);
    EXPECT_EQ(reader.delimiter(), QLatin1Char(';'));
    EXPECT_EQ(reader.header().first(), QStringLiteral("Sähköposti"));
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].cells[2], QStringLiteral("Mäkelä"));
    EXPECT_EQ(rows[0].cells[6], QStringLiteral("1 234 567,89 €")); // 0x80 is the euro sign
    EXPECT_EQ(rows[1].cells[1], QStringLiteral("Åsa"));
    EXPECT_EQ(rows[1].cells[7], QStringLiteral("10,5"));
}

TEST(CsvReader, Utf16BothByteOrdersWithTabs)
{
    for (const char* name : {"utf16le_tab.csv", "utf16be_tab.csv"}) {
        CsvReader reader;
        ASSERT_TRUE(reader.open(fixture(name)));
        EXPECT_EQ(reader.encoding(),
                  QByteArray(name).contains("le") ? CsvEncoding::Utf16LE : CsvEncoding::Utf16BE);
        EXPECT_EQ(reader.delimiter(), QLatin1Char('\t'));
        EXPECT_EQ(reader.header().at(1), QStringLiteral("Förnamn"));
        const QList<Row> rows = readAll(reader);
        ASSERT_EQ(rows.size(), 2) << name;
        EXPECT_EQ(rows[0].cells[2], QStringLiteral("Öberg"));
        EXPECT_EQ(rows[1].cells[5], QString());
    }
}

TEST(CsvReader, PipeAndCarriageReturnsOnly)
{
    CsvReader reader;
    ASSERT_TRUE(reader.open(fixture("pipe_cr_only.csv")));
    EXPECT_EQ(reader.encoding(), CsvEncoding::Utf8);
    EXPECT_EQ(reader.delimiter(), QLatin1Char('|'));
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].line, 3);
    EXPECT_EQ(rows[1].cells[2], QStringLiteral("Syrjälä"));
}

TEST(CsvReader, UnterminatedQuoteEndsTheFile)
{
    CsvReader reader;
    ASSERT_TRUE(reader.open(fixture("unterminated.csv")));
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_FALSE(rows[0].unterminated);
    EXPECT_EQ(rows[1].cells[4], QStringLiteral("Head of\nSales"));
    EXPECT_FALSE(rows[1].unterminated);
    EXPECT_TRUE(rows[2].unterminated);
    EXPECT_EQ(rows[2].line, 5);
}

TEST(CsvReader, QuotesInsideUnquotedFieldsAndDelimiterOverride)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.csv"));
    lb::test::writeFile(path, "a;b,c\n5\" screen;x,y\n");
    CsvReader detected;
    ASSERT_TRUE(detected.open(path));
    EXPECT_EQ(detected.delimiter(), QLatin1Char(',')); // a tie goes to the spec's order
    CsvReader reader;
    ASSERT_TRUE(reader.open(path, {QLatin1Char(';')}));
    EXPECT_EQ(reader.header(), (QStringList{QStringLiteral("a"), QStringLiteral("b,c")}));
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].cells[0], QStringLiteral("5\" screen")); // a quote inside: a character
    EXPECT_EQ(rows[0].cells[1], QStringLiteral("x,y"));
}

TEST(CsvReader, DelimiterCountsOnlyOutsideQuotes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.csv"));
    lb::test::writeFile(path, "\"a,b,c,d\";\"e,f\";g\n1;2;3\n");
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_EQ(reader.delimiter(), QLatin1Char(';'));
    EXPECT_EQ(reader.header().first(), QStringLiteral("a,b,c,d"));
}

TEST(CsvReader, InvalidUtf8DeepInTheFileMeansWindows1252)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.csv"));
    QByteArray bytes = "name,city\n";
    for (int i = 0; i < 60000; ++i)
        bytes += "plain ascii name,plain city\n";
    bytes += "J\xe4rvinen,Sein\xe4joki\n"; // Windows-1252 at about 1.6 MB
    lb::test::writeFile(path, bytes);
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_EQ(reader.encoding(), CsvEncoding::Windows1252);
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 60001);
    EXPECT_EQ(rows.last().cells[0], QStringLiteral("Järvinen"));
    EXPECT_EQ(rows.last().line, 60002);
}

TEST(CsvReader, RecordsAcrossChunkBoundariesStayWhole)
{
    // Multi-line quoted cells and CRLF pairs land on the 1 MB chunk edges somewhere in here.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes = "\xEF\xBB\xBFid,text\r\n";
    const int rows = 40000;
    for (int i = 0; i < rows; ++i)
        bytes += QByteArray::number(i) + ",\"line one, \"\"quoted\"\"\r\nline two ä\"\r\n";
    lb::test::writeFile(path, bytes);
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    CsvRecord record;
    int count = 0;
    while (reader.next(record)) {
        ASSERT_EQ(record.cells.size(), 2);
        ASSERT_EQ(record.cells[0].toInt(), count);
        ASSERT_EQ(record.cells[1], u"line one, \"quoted\"\r\nline two ä");
        ASSERT_EQ(record.line, 2 + 2 * count);
        ++count;
    }
    EXPECT_EQ(count, rows);
    EXPECT_EQ(reader.bytesRead(), bytes.size());
}

TEST(CsvReader, EmptyFileHasNoHeader)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    lb::test::writeFile(path, "");
    CsvReader reader;
    EXPECT_FALSE(reader.open(path));
    EXPECT_TRUE(reader.errorString().contains(QStringLiteral("empty.csv")));
    CsvReader missing;
    EXPECT_FALSE(missing.open(dir.filePath(QStringLiteral("nope.csv"))));
}
