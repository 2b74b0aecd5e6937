// The fuzz targets' properties (tests/fuzz/fuzzentries.h) in every build: each target's seeds,
// the fixtures they were made from, and every input a fuzzer once found
// (tests/fixtures/fuzz/<target>/, one file each, named after what it found).
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
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
