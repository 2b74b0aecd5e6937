// The fuzz targets' properties (tests/fuzz/fuzzentries.h) in every build: each target's seeds,
// the fixtures they were made from, and every input a fuzzer once found
// (tests/fixtures/fuzz/<target>/, one file each, named after what it found).
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace {

struct Target
{
    const char* name;
    QStringList folders; // every file in them is replayed
};

// What each target replays: its hand seeds, the found inputs, and the fixtures seeding it.
QList<Target> targets()
{
    QList<Target> list;
    for (const char* name : {"csvreader", "valueparsers", "modelparser", "answers"}) {
        const QString folder = QString::fromLatin1(name);
        list.append({name,
                     {QStringLiteral(LEADBENCH_FUZZ_SEEDS_DIR "/") + folder,
                      QStringLiteral(LEADBENCH_FIXTURES_DIR "/fuzz/") + folder}});
    }
    list.first().folders << QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv"); // the CSV seeds' source
    return list;
}

class FuzzRegressions : public testing::TestWithParam<Target>
{
};

TEST_P(FuzzRegressions, EveryKeptInputHoldsItsProperties)
{
    const Target& target = GetParam();
    const lb::fuzz::Check check = lb::fuzz::checkNamed(QString::fromLatin1(target.name));
    ASSERT_NE(check, nullptr);
    int replayed = 0;
    for (const QString& folder : target.folders) {
        const QDir dir(folder);
        for (const QFileInfo& info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(info.filePath());
            const QString problem = check(file.readAll());
            EXPECT_TRUE(problem.isEmpty())
                << qPrintable(info.filePath()) << ": " << qPrintable(problem);
            ++replayed;
        }
    }
    // The seeds at least: a folder that moved must not turn this test into nothing.
    EXPECT_GE(replayed, 3) << target.name;
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegressions, testing::ValuesIn(targets()),
                         [](const testing::TestParamInfo<Target>& info) {
                             return std::string(info.param.name);
                         });

} // namespace

// The CSV reader's properties on generated files read in small chunks: rows of bytes that are
// mostly broken or cut UTF-8 (leads without their continuation, stray continuations, byte
// order marks mid-line), so that every read ends somewhere inside or next to a character. Two
// defects of the reader's decoding were of this kind (tests/fixtures/fuzz/csvreader/).
TEST(FuzzRegressions, CsvReadInSmallChunksKeepsItsLinesWhateverTheBytes)
{
    const lb::fuzz::Check check = lb::fuzz::checkNamed(QStringLiteral("csvreader"));
    ASSERT_NE(check, nullptr);
    const char alphabet[] = {'\xC4', '\xEF', '\xBB', '\xBF', '\xF0', '\x9F', '\x98', '\x80',
                             '\xE2', '\x82', '\xAC', '\xED', '\xA0', '\xF8', '\xE0', '\xC1',
                             '\n',   '\n',   '\r',   ',',    ';',    'a',    'b',    '1'};
    QRandomGenerator random(20261203);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input("\x01", 1);
        input += char(random.bounded(64)); // a read of 4 to 67 bytes
        input += "\xEF\xBB\xBFid,name\n";  // (the mark: broken UTF-8 would be read as Windows-1252)
        const int length = random.bounded(1, 120);
        for (int i = 0; i < length; ++i)
            input += alphabet[random.bounded(int(sizeof alphabet))];
        const QString problem = check(input);
        ASSERT_TRUE(problem.isEmpty())
            << qPrintable(problem) << "\ninput (base64): " << input.toBase64().constData();
    }
}
