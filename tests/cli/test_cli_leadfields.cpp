// The JSON of a lead through the real leadbench-cli carries exactly the fields of the table
// (model/leadfields.cpp), by their keys, with numbers as numbers.
#include "model/leadfields.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::test;

namespace {

// The keys of a lead's JSON that are no field of its profile (docs/spec/cli.md).
const QSet<QString> leadKeys = {QStringLiteral("id"),       QStringLiteral("stage_changed_at"),
                                QStringLiteral("version"),  QStringLiteral("last_activity_at"),
                                QStringLiteral("score"),    QStringLiteral("custom"),
                                QStringLiteral("converted")};

} // namespace

TEST(CliLeadFields, JsonHasExactlyTheTablesKeys)
{
    TempWorkspace temp;
    ASSERT_EQ(runCli({"--db", temp.path(), "init"}).exitCode, 0);
    Lead lead;
    lead.email = QStringLiteral("anna@example.fi");
    lead.lastName = QStringLiteral("Virtanen");
    lead.employees = 120;
    lead.budget = 25000.5;
    lead.notes = QStringLiteral("Met at Slush");
    temp.workspace().leads().insert(lead, QStringLiteral("tester"));
    temp.close();

    const CliResult list = runCli({"--db", temp.path(), "leads", "--format", "json"});
    ASSERT_EQ(list.exitCode, 0) << list.errText().toStdString();
    const QJsonObject brief = list.json().array().at(0).toObject();
    QSet<QString> fields;
    for (const QString& key : brief.keys()) {
        if (!leadKeys.contains(key))
            fields.insert(key);
    }
    QSet<QString> expected;
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        if (spec.has(LeadFieldFlag::ShortJson))
            expected.insert(QString::fromLatin1(spec.key));
    }
    EXPECT_EQ(fields, expected);

    const CliResult show =
        runCli({"--db", temp.path(), "show", "anna@example.fi", "--format", "json"});
    ASSERT_EQ(show.exitCode, 0) << show.errText().toStdString();
    const QJsonObject full = show.json().object();
    for (const LeadFieldSpec& spec : leadFieldSpecs())
        EXPECT_TRUE(full.contains(QLatin1String(spec.key))) << spec.key;
    EXPECT_EQ(full.value(QStringLiteral("employees")), QJsonValue(120));
    EXPECT_EQ(full.value(QStringLiteral("budget")), QJsonValue(25000.5));
    EXPECT_EQ(full.value(QStringLiteral("notes")), QJsonValue(QStringLiteral("Met at Slush")));
    EXPECT_EQ(full.value(QStringLiteral("stage")), QJsonValue(QStringLiteral("New")));
    EXPECT_TRUE(full.value(QStringLiteral("phone")).isNull());
    EXPECT_TRUE(full.value(QStringLiteral("expected_close")).isNull());
}
