// The company name as matching sees it: case, punctuation and legal suffixes at either end
// removed, one word always kept.
#include "model/companyname.h"

#include <gtest/gtest.h>
#include <utility>
#include <vector>

TEST(CompanyName, NormalisesCasePunctuationAndLegalSuffixes)
{
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"Nordic Widgets Oy", "nordic widgets"},
        {"Oy Nordic Widgets Ab", "nordic widgets"},
        {"AB Publ", "publ"},
        {"Oy", "oy"},
        {"  Acme,  Inc. ", "acme"},
        {"A/S Danish Co", "danish"},
        {"Forest Health 0 ApS, Group", "forest health 0 aps group"},
        {"Ålands Bank Abp", "ålands bank"},
        {"", ""},
        {"!!!", ""},
        {"Straße GmbH", "straße"},
        {"OÜ Tallinn Tech", "tallinn tech"},
        {"Kone Oyj", "kone"},
        {"Oy Ab", "oy"},
        {"x", "x"},
        {"Smith & Sons Ltd.", "smith sons"},
        {"ACME CORP. LLC", "acme"},
        {"Nokia Oyj (publ)", "nokia oyj publ"},
        {"tmi Virtanen", "virtanen"},
        {"Very-Long_Name;Here", "very long name here"},
    };
    for (const auto& [name, normalized] : cases)
        EXPECT_EQ(lb::normalizeCompanyName(QString::fromUtf8(name)), QString::fromUtf8(normalized))
            << name;
}
