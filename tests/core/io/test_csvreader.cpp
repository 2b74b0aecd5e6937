// The streaming CSV reader (docs/spec/csv-import.md, Reading the file) on real fixture files.
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

TEST(CsvReader, ARecordOverTheLimitIsReadToItsEndWithoutKeepingIt)
{
    // Quoted, with line breaks, doubled quotes and delimiters inside; then unquoted; then a
    // quoted one ending in CR LF just past a chunk edge: each is read to its real end, and the
    // rows after it come as they are.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    const QByteArray filler(20'000'000, 'x');
    QByteArray bytes = "id,notes,tail\r\n1,small,a\r\n";
    bytes += "2,\"" + filler + "\r\nstill \"\"inside\"\", a, b\r\n" + filler + "\",b\r\n";
    bytes += "3,after the quoted one,c\r\n";
    bytes += "4," + filler + ",d\r\n";
    bytes += "5,after the unquoted one,e\r\n";
    bytes += "6,\"" + QByteArray(CsvReader::maxRecordChars, 'y') + "\"\r\n7,last,f";
    lb::test::writeFile(path, bytes);
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    CsvRecord record;
    QList<qint64> lines;
    QStringList firstCells;
    while (reader.next(record)) {
        lines << record.line;
        firstCells << (record.cells.isEmpty() ? QString() : record.cells.first().toString());
        EXPECT_FALSE(record.unterminated);
        if (record.oversized) {
            EXPECT_TRUE(record.cells.isEmpty());
            EXPECT_TRUE(record.raw.isEmpty());
        } else {
            EXPECT_EQ(record.cells.size(), record.line == 9 ? 2 : 3) << record.line;
            EXPECT_EQ(record.raw.size(), record.chars);
        }
        EXPECT_EQ(record.oversized, record.line == 3 || record.line == 7) << record.line;
        const bool huge = record.line == 3 || record.line == 7 || record.line == 9;
        EXPECT_EQ(record.longField, huge ? 1 : -1) << record.line;
        EXPECT_EQ(record.chars > CsvReader::maxRecordChars, huge) << record.line;
        const qint64 longest = record.line == 3   ? 2 * 20'000'000 + 24 // the quotes unescaped
                               : record.line == 7 ? 20'000'000
                               : record.line == 9 ? CsvReader::maxRecordChars
                                                  : 0;
        EXPECT_EQ(record.longFieldChars, longest) << record.line;
    }
    // Line 3 holds two quoted line breaks; the row of line 9 is just over the record limit, so
    // whether its end was in memory depends on where the chunks fall.
    EXPECT_EQ(lines, (QList<qint64>{2, 3, 6, 7, 8, 9, 10}));
    firstCells[5].clear();
    EXPECT_EQ(firstCells,
              (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3"), QString(),
                           QStringLiteral("5"), QString(), QStringLiteral("7")}));
    EXPECT_EQ(reader.bytesRead(), bytes.size());
}

TEST(CsvReader, LongFieldsAndRowsAreFlaggedAndAnUnterminatedHugeQuoteEndsTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    const QByteArray justOver(CsvReader::maxFieldChars + 1, 'z');
    QByteArray bytes = "a,b\n" + QByteArray(CsvReader::maxFieldChars, 'k') + ",ok\n";
    bytes += "x,\"" + justOver + "\"\n";
    bytes += "y,\"never closed " + QByteArray(3 * CsvReader::maxRecordChars, 'q') + "\nz,1\n";
    lb::test::writeFile(path, bytes);
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 3);
    CsvReader again;
    ASSERT_TRUE(again.open(path));
    CsvRecord record;
    ASSERT_TRUE(again.next(record));
    EXPECT_EQ(record.longField, -1); // exactly at the limit: fine
    ASSERT_TRUE(again.next(record));
    EXPECT_FALSE(record.oversized); // in memory: its text is kept for the rejected file
    EXPECT_EQ(record.longField, 1);
    EXPECT_EQ(record.longFieldChars, CsvReader::maxFieldChars + 1);
    EXPECT_EQ(record.raw.size(), record.chars);
    ASSERT_TRUE(again.next(record));
    EXPECT_TRUE(record.oversized);
    EXPECT_TRUE(record.unterminated);
    EXPECT_EQ(record.line, 4);
    EXPECT_FALSE(again.next(record));
}

TEST(CsvReader, Utf16WithoutAByteOrderMark)
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("E-post;Förnamn;Efternamn\r\nasa@example.se;Åsa;Öberg\r\n");
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const QString path = dir.filePath(QStringLiteral("nobom.csv"));
        lb::test::writeFile(path, QStringEncoder(encoding).encode(text));
        CsvReader reader;
        ASSERT_TRUE(reader.open(path));
        EXPECT_EQ(reader.encoding(), encoding == QStringConverter::Utf16LE ? CsvEncoding::Utf16LE
                                                                           : CsvEncoding::Utf16BE);
        EXPECT_EQ(reader.delimiter(), QLatin1Char(';'));
        EXPECT_EQ(reader.header(), (QStringList{QStringLiteral("E-post"), QStringLiteral("Förnamn"),
                                                QStringLiteral("Efternamn")}));
        const QList<Row> rows = readAll(reader);
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows[0].cells[2], QStringLiteral("Öberg"));
    }
}

TEST(CsvReader, CellsHoldingANulCharacterAreFlagged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nul.csv"));
    QByteArray bytes = "name,city,note\n";
    for (int i = 0; i < 30000; ++i)
        bytes += "plain,city,\"quoted\"\n"; // the NUL lands in a later chunk
    bytes += QByteArray("bad,Hel\0sinki,x\n", 16);
    bytes += QByteArray("fine,Oulu,y\n\"q\0\",z,w\n", 21);
    lb::test::writeFile(path, bytes);
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    CsvRecord record;
    QList<qint64> flagged;
    while (reader.next(record))
        if (record.nulField >= 0)
            flagged << record.line << record.nulField;
    EXPECT_EQ(flagged, (QList<qint64>{30002, 1, 30004, 0}));

    const QString header = dir.filePath(QStringLiteral("nulheader.csv"));
    lb::test::writeFile(header, QByteArray("email,na\0me\n", 12));
    CsvReader refused;
    EXPECT_FALSE(refused.open(header));
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("NUL")));
}

TEST(CsvReader, AnOversizedRecordsCrLfSplitAcrossChunksIsOneLineEnd)
{
    // The CR is the last byte of a 1 MiB chunk and the LF the first of the next.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edge.csv"));
    QByteArray bytes = "a,b\n1,";
    bytes += QByteArray(20 * 1024 * 1024 - 1 - bytes.size(), 'x') + "\r\n2,ok\r\n";
    lb::test::writeFile(path, bytes);
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    const QList<Row> rows = readAll(reader);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].line, 2);
    EXPECT_EQ(rows[1].line, 3); // not 4: the LF belongs to the CR before it
    EXPECT_EQ(rows[1].cells, (QStringList{QStringLiteral("2"), QStringLiteral("ok")}));
}
