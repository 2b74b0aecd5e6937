// The score breakdown's missing data and steps (what would take a lead over the MQL threshold).
#include "scoring/breakdown.h"
#include "scoring/modelservice.h"

#include <gtest/gtest.h>

using namespace lb;
using namespace lb::scoring;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QStringList stepRules(const ScoreBreakdown& breakdown)
{
    QStringList rules;
    for (const ScoreStep& step : breakdown.steps)
        if (step.fit)
            rules << step.rule;
    return rules;
}

} // namespace

TEST(ScoreBreakdown, StepsOnlyForRulesThatLackData)
{
    Lead lead;
    lead.email = QStringLiteral("anna@kaleva.fi");
    lead.title = QStringLiteral("Sales Manager");
    lead.employees = 200; // scores "50-1000 employees"
    lead.country = QStringLiteral("FI");
    const ScoreBreakdown known = breakDown(defaultModel(), lead, {}, asOf);
    // The size is known: the other size rules cannot be had by enriching the profile.
    EXPECT_FALSE(stepRules(known).contains(QStringLiteral("size-small")));
    EXPECT_FALSE(stepRules(known).contains(QStringLiteral("size-large")));
    // Nor can a title that is there: the manager is not a decision-maker.
    EXPECT_FALSE(stepRules(known).contains(QStringLiteral("decision-maker")));
    // Unknown data can still score, and the steps say how much.
    EXPECT_TRUE(stepRules(known).contains(QStringLiteral("industry-core")));
    EXPECT_TRUE(stepRules(known).contains(QStringLiteral("budget")));
    for (const MissingData& missing : known.missing)
        EXPECT_NE(missing.rule, QStringLiteral("size-small"));

    lead.employees.reset();
    const ScoreBreakdown unknown = breakDown(defaultModel(), lead, {}, asOf);
    EXPECT_TRUE(stepRules(unknown).contains(QStringLiteral("size-core")));
    EXPECT_TRUE(stepRules(unknown).contains(QStringLiteral("size-small")));
    for (const ScoreStep& step : unknown.steps)
        EXPECT_GT(step.totalAfter, unknown.result.total) << qPrintable(step.rule);
}
