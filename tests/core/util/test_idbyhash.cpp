// The flat table of ids by hash behind a bulk import's duplicate checks: found after any
// number of growths, replaced on a second insert, hash 0 usable, absent hashes absent.
#include "util/idbyhash.h"

#include <gtest/gtest.h>
#include <random>
#include <unordered_map>

using namespace lb;

TEST(IdByHash, AgreesWithAStandardMapThroughGrowthAndReplacement)
{
    IdByHash table;
    std::unordered_map<quint64, qint64> expected;
    std::mt19937_64 random(7);
    for (qint64 id = 1; id <= 50000; ++id) {
        // Every tenth key repeats an earlier one (a duplicate row), with a new id.
        const quint64 hash = (id % 10 == 0 && !expected.empty()) ? quint64(id / 2) * 977 : random();
        table.insert(hash, id);
        expected[hash] = id;
    }
    table.insert(0, 42); // the hash an empty slot would otherwise use
    expected[0] = 42;
    EXPECT_EQ(table.size(), qsizetype(expected.size()));
    for (const auto& [hash, id] : expected)
        ASSERT_EQ(table.find(hash), id) << hash;
    std::mt19937_64 other(8);
    int found = 0;
    for (int i = 0; i < 10000; ++i)
        found += table.find(other()).has_value() ? 1 : 0;
    EXPECT_EQ(found, 0);
}

TEST(IdByHash, ReservedTableAndClear)
{
    IdByHash table;
    EXPECT_FALSE(table.find(5).has_value());
    table.reserve(1000);
    for (qint64 id = 0; id < 1000; ++id)
        table.insert(quint64(id) << 40, id); // hashes that differ only in high bits
    for (qint64 id = 0; id < 1000; ++id)
        ASSERT_EQ(table.find(quint64(id) << 40), id);
    table.clear();
    EXPECT_EQ(table.size(), 0);
    EXPECT_FALSE(table.find(quint64(3) << 40).has_value());
    table.insert(9, 1);
    EXPECT_EQ(table.find(9), 1);
}
