// Profile edits as a core service (issues 21 and 23): versioned, rescored in the same
// transaction, custom fields included, refusals naming the field and value, on a real
// workspace file.
#include "core/lifecycle/leadfixtures.h"
#include "leads/profileeditservice.h"
#include "scoring/modelservice.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;

namespace {

// A model that reads a custom field: 20 points for a "gold" tier.
QByteArray tierModelJson()
{
    return QByteArrayLiteral(R"({
  "format": "leadbench-scoring-model", "version": 1, "name": "Tiers",
  "fit": {"max": 60, "rules": [
    {"id": "gold", "label": "Gold tier", "field": "custom.Tier", "op": "equals", "value": "gold",
     "points": 20},
    {"id": "budget", "label": "Budget", "field": "budget", "op": "gte", "value": 10000, "points": 10}
  ]},
  "behavior": {"max": 40, "half_life_days": 30, "window_days": 180, "rules": []},
  "thresholds": {"mql": 90},
  "grades": [{"min": 0, "grade": "D"}]
})");
}

class ProfileEditServiceTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    ProfileEditService service{workspace};

    Lead stored(qint64 id) { return *workspace.leads().find(id); }
};

} // namespace

TEST_F(ProfileEditServiceTest, ACustomFieldEditRescoresWhenTheModelReadsIt)
{
    scoring::importModel(workspace, tierModelJson(), "maria");
    Lead lead = addLead(workspace, "a@acme.fi", "Acme Oy");
    lead.custom.insert(QStringLiteral("Tier"), QStringLiteral("silver"));
    workspace.leads().update(lead, "importer");
    const std::optional<ProfileEdit> edit = service.edit(
        lead.id, lead.version, {{QStringLiteral("custom.tier"), QStringLiteral("gold")}}, "sdr");
    ASSERT_TRUE(edit);
    // The import's spelling of the name is kept.
    EXPECT_EQ(stored(lead.id).custom, (QMap<QString, QString>{{"Tier", "gold"}}));
    EXPECT_EQ(stored(lead.id).score.fit, 20);
    EXPECT_EQ(edit->after.score.fit, 20);
    EXPECT_EQ(edit->before.custom.value("Tier"), "silver");
    EXPECT_EQ(stored(lead.id).updatedBy, "sdr");

    // The undo path: the profile as it was, written at the version the edit produced.
    service.write(lead.id, edit->after.version, edit->before, "sdr");
    EXPECT_EQ(stored(lead.id).custom.value("Tier"), "silver");
    EXPECT_EQ(stored(lead.id).score.fit, 0);

    // An empty value removes the field; a new name adds one.
    service.edit(lead.id, std::nullopt,
                 {{"custom.Tier", ""}, {"custom.Seats", "12"}, {"budget", "12 000"}}, "sdr");
    EXPECT_EQ(stored(lead.id).custom, (QMap<QString, QString>{{"Seats", "12"}}));
    EXPECT_EQ(stored(lead.id).budget, 12000.0);
    EXPECT_EQ(stored(lead.id).score.fit, 10);
}

TEST_F(ProfileEditServiceTest, RefusesBadValuesAndUnknownFieldsNamingThem)
{
    const Lead lead = addLead(workspace, "b@acme.fi", "Acme Oy");
    try {
        service.edit(lead.id, std::nullopt,
                     {{"budget", "lots"}, {"stage", "SQL"}, {"custom.", "x"}, {"city", "Oulu"}},
                     "sdr");
        FAIL() << "refused values were written";
    } catch (const ProfileEditError& error) {
        const QString message = error.message();
        EXPECT_TRUE(message.contains("budget: \"lots\" is not a number")) << message.toStdString();
        EXPECT_TRUE(message.contains("\"stage\" is not a profile field")) << message.toStdString();
        EXPECT_TRUE(message.contains("custom.")) << message.toStdString();
    }
    EXPECT_EQ(stored(lead.id).city, lead.city);
    EXPECT_EQ(stored(lead.id).version, lead.version);
}

TEST_F(ProfileEditServiceTest, AnOlderVersionIsRefusedAndNothingChangedWritesNothing)
{
    const Lead lead = addLead(workspace, "c@acme.fi", "Acme Oy");
    service.edit(lead.id, lead.version, {{"city", "Oulu"}}, "someone");
    try {
        service.edit(lead.id, lead.version, {{"city", "Vaasa"}}, "sdr");
        FAIL() << "an edit of an older version was written";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("someone")) << error.message().toStdString();
    }
    EXPECT_EQ(stored(lead.id).city, "Oulu");
    const qint64 version = stored(lead.id).version;
    EXPECT_FALSE(service.edit(lead.id, version, {{"city", " Oulu "}}, "sdr"));
    EXPECT_EQ(stored(lead.id).version, version);
    EXPECT_THROW(service.edit(lead.id + 100, std::nullopt, {{"city", "Oulu"}}, "sdr"), StoreError);
}
