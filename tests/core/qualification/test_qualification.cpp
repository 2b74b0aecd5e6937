// Frameworks as data, answers with history and staleness, readiness arithmetic.
#include "core/lifecycle/leadfixtures.h"
#include "qualification/frameworkcatalog.h"
#include "qualification/frameworkstrings.h"
#include "qualification/qualificationjson.h"
#include "qualification/qualificationservice.h"
#include "store/qualificationstore.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;
using lb::test::answer;
using lb::test::answerAll;

namespace {

QStringList keysOf(const QString& framework)
{
    return FrameworkCatalog::builtIn().find(framework)->criterionKeys();
}

} // namespace

TEST(FrameworkCatalog, ShipsTheFiveFrameworksWithTheirCriteria)
{
    const FrameworkCatalog& catalog = FrameworkCatalog::builtIn();
    EXPECT_EQ(catalog.ids(), (QStringList{"BANT", "CHAMP", "MEDDIC", "ANUM", "GPCTBA"}));
    EXPECT_EQ(keysOf("BANT"), (QStringList{"budget", "authority", "need", "timeline"}));
    EXPECT_EQ(keysOf("CHAMP"), (QStringList{"challenges", "authority", "money", "prioritization"}));
    EXPECT_EQ(keysOf("MEDDIC"), (QStringList{"metrics", "economic_buyer", "decision_criteria",
                                             "decision_process", "identify_pain", "champion"}));
    EXPECT_EQ(keysOf("ANUM"), (QStringList{"authority", "need", "urgency", "money"}));
    EXPECT_EQ(keysOf("GPCTBA"),
              (QStringList{"goals", "plans", "challenges", "timeline", "budget", "authority",
                           "negative_consequences", "positive_implications"}));
    ASSERT_NE(catalog.find("gpctba/c&i"), nullptr);
    EXPECT_EQ(catalog.find("gpctba/c&i")->title, "GPCTBA/C&I");
    EXPECT_EQ(catalog.find("bant")->id, "BANT");
    EXPECT_EQ(catalog.find("SPIN"), nullptr);
    EXPECT_EQ(catalog.find("BANT")->criterion("budget")->kind, ValueKind::Amount);
    EXPECT_EQ(catalog.find("BANT")->criterion("timeline")->kind, ValueKind::Date);
    EXPECT_EQ(catalog.find("MEDDIC")->criterion("champion")->kind, ValueKind::Contact);
}

TEST(FrameworkCatalog, EveryNameAndQuestionIsDeclaredForTranslation)
{
    for (const FrameworkDefinition& framework : FrameworkCatalog::builtIn().all()) {
        for (const CriterionDefinition& criterion : framework.criteria) {
            EXPECT_TRUE(frameworkSourceTexts().contains(criterion.name))
                << framework.id.toStdString() << "/" << criterion.key.toStdString();
            EXPECT_TRUE(frameworkSourceTexts().contains(criterion.question))
                << framework.id.toStdString() << "/" << criterion.key.toStdString();
            EXPECT_FALSE(criterion.question.isEmpty());
        }
    }
}

namespace {
// Stands in for a loaded .qm file: answers only in the lb::Frameworks context.
class FakeFinnish : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QByteArray(context) == "lb::Frameworks" && QByteArray(source) == "Budget")
            return QStringLiteral("Budjetti");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

TEST(FrameworkCatalog, CriterionNamesAreTranslatedAcronymsAreNot)
{
    FakeFinnish translator;
    QCoreApplication::installTranslator(&translator);
    const FrameworkDefinition* bant = FrameworkCatalog::builtIn().find("BANT");
    EXPECT_EQ(bant->criterion("budget")->displayName(), "Budjetti");
    EXPECT_EQ(bant->criterion("need")->displayName(), "Need");
    EXPECT_EQ(bant->title, "BANT");
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(bant->criterion("budget")->displayName(), "Budget");
}

TEST(FrameworkCatalog, ParseRefusesBrokenFilesNamingFileAndField)
{
    try {
        FrameworkCatalog::parse(R"({"id":"X","title":"X","criteria":[{"key":"a","name":"A",)"
                                R"("question":"Q?","kind":"colour"}]})",
                                "x.json");
        FAIL() << "accepted an unknown kind";
    } catch (const std::invalid_argument& error) {
        const std::string text = error.what();
        EXPECT_NE(text.find("x.json"), std::string::npos);
        EXPECT_NE(text.find("criteria[0]"), std::string::npos);
        EXPECT_NE(text.find("colour"), std::string::npos);
    }
    EXPECT_THROW(FrameworkCatalog::parse(R"({"id":"X","title":"X","criteria":[{"key":"Bad Key",)"
                                         R"("name":"A","question":"Q","kind":"text"}]})",
                                         "y.json"),
                 std::invalid_argument);
    EXPECT_THROW(FrameworkCatalog::parse(R"({"id":"X","title":"X","criteria":[]})", "z.json"),
                 std::invalid_argument);
}

TEST(Readiness, ConfirmedCountsOnePartialCountsHalf)
{
    const FrameworkDefinition& bant = *FrameworkCatalog::builtIn().find("BANT");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto make = [&](const QString& key, AnswerStatus status) {
        Answer a;
        a.framework = "BANT";
        a.criterion = key;
        a.status = status;
        a.at = now;
        return a;
    };
    FrameworkReadiness r = computeReadiness(bant, {}, now, 90);
    EXPECT_DOUBLE_EQ(r.readiness, 0.0);
    EXPECT_EQ(r.missing, bant.criterionKeys());

    r = computeReadiness(bant,
                         {make("budget", AnswerStatus::Confirmed),
                          make("authority", AnswerStatus::Confirmed),
                          make("need", AnswerStatus::Partial)},
                         now, 90);
    EXPECT_DOUBLE_EQ(r.readiness, 2.5 / 4);
    EXPECT_EQ(r.confirmed, 2);
    EXPECT_EQ(r.partial, 1);
    EXPECT_EQ(r.missing, (QStringList{"need", "timeline"}));

    r = computeReadiness(
        bant,
        {make("budget", AnswerStatus::Disqualifying), make("authority", AnswerStatus::Confirmed),
         make("need", AnswerStatus::Confirmed), make("timeline", AnswerStatus::Confirmed)},
        now, 90);
    EXPECT_DOUBLE_EQ(r.readiness, 0.75);
    EXPECT_EQ(r.disqualifying, (QStringList{"budget"}));
    EXPECT_EQ(r.missing, (QStringList{"budget"}));

    // Answers of another framework with the same key do not count.
    Answer champ = make("authority", AnswerStatus::Confirmed);
    champ.framework = "CHAMP";
    EXPECT_DOUBLE_EQ(computeReadiness(bant, {champ}, now, 90).readiness, 0.0);

    const FrameworkDefinition& meddic = *FrameworkCatalog::builtIn().find("MEDDIC");
    Answer metrics = make("metrics", AnswerStatus::Confirmed);
    metrics.framework = "MEDDIC";
    Answer pain = make("identify_pain", AnswerStatus::Partial);
    pain.framework = "MEDDIC";
    EXPECT_DOUBLE_EQ(computeReadiness(meddic, {metrics, pain}, now, 90).readiness, 1.5 / 6);
}

class QualificationStoreTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    QualificationService service{workspace};
};

TEST_F(QualificationStoreTest, EditingKeepsHistoryAndTheLatestIsCurrent)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    answer(service, lead, "BANT", "budget", AnswerStatus::Partial, "10000", "sdr1");
    answer(service, lead, "bant", "budget", AnswerStatus::Confirmed, "25 000", "sdr2");

    const QList<Answer> history = service.history(lead.id, "BANT", "budget");
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).status, AnswerStatus::Confirmed);
    EXPECT_EQ(history.at(0).value, "25000");
    EXPECT_EQ(history.at(0).by, "sdr2");
    EXPECT_EQ(history.at(1).status, AnswerStatus::Partial);
    EXPECT_EQ(history.at(1).by, "sdr1");

    const LeadQualification q = service.load(lead.id);
    ASSERT_EQ(q.frameworks.size(), 1);
    EXPECT_EQ(q.frameworks.at(0).framework->id, "BANT");
    EXPECT_DOUBLE_EQ(q.frameworks.at(0).readiness, 0.25);
    EXPECT_EQ(q.frameworks.at(0).criteria.at(0).answer->value, "25000");
}

TEST_F(QualificationStoreTest, ALeadCanUseSeveralFrameworks)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    answerAll(service, lead, "MEDDIC", AnswerStatus::Confirmed);
    answer(service, lead, "BANT", "need", AnswerStatus::Partial);
    const LeadQualification q = service.load(lead.id);
    ASSERT_EQ(q.frameworks.size(), 2);
    EXPECT_DOUBLE_EQ(q.framework("MEDDIC")->readiness, 1.0);
    EXPECT_DOUBLE_EQ(q.framework("BANT")->readiness, 0.125);
    EXPECT_DOUBLE_EQ(q.bestReadiness(), 1.0);
    EXPECT_TRUE(q.disqualifying().isEmpty());
    answer(service, lead, "BANT", "budget", AnswerStatus::Disqualifying);
    EXPECT_EQ(service.load(lead.id).disqualifying(), QStringList{"BANT/budget"});
}

TEST_F(QualificationStoreTest, ValuesAreCheckedByKind)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    EXPECT_EQ(answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "12 500,50").value,
              "12500.50");
    EXPECT_EQ(answer(service, lead, "BANT", "timeline", AnswerStatus::Partial, "2027-03-31").value,
              "2027-03-31");
    EXPECT_EQ(
        answer(service, lead, "BANT", "authority", AnswerStatus::Confirmed, " Mikko (CFO) ").value,
        "Mikko (CFO)");
    try {
        answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "lots");
        FAIL();
    } catch (const QualificationError& error) {
        EXPECT_TRUE(error.message().contains("Budget")) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains("lots"));
    }
    EXPECT_THROW(answer(service, lead, "BANT", "timeline", AnswerStatus::Confirmed, "31.3.2027"),
                 QualificationError);
    // The refused answers left the earlier ones current.
    EXPECT_EQ(service.history(lead.id, "BANT", "budget").size(), 1);
}

// Found by fuzz_answers (tests/fixtures/fuzz/answers/amount_*): toDouble() reads "inf" and
// "nan", which were stored as amounts, and an amount beyond qint64 went through qRound64
// (undefined behaviour, UBSan: float-cast-overflow).
TEST_F(QualificationStoreTest, AnAmountIsAFiniteNumberOfAnySize)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    for (const char* value : {"inf", "-inf", "nan", "infinity", "1e400"})
        EXPECT_THROW(answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, value),
                     QualificationError)
            << value;
    EXPECT_EQ(answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "1e20").value,
              "100000000000000000000");
    EXPECT_EQ(answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "2,5e3").value,
              "2500");
    // Stored to the cent, one form for one amount (fuzz_answers: amount_rounds_to_whole.txt).
    EXPECT_EQ(answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "12,999").value,
              "13");
    EXPECT_EQ(answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "0,125").value,
              "0.13");
}

TEST_F(QualificationStoreTest, UnknownFrameworkOrCriterionIsRefusedWithTheChoices)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    try {
        answer(service, lead, "SPIN", "budget", AnswerStatus::Confirmed);
        FAIL();
    } catch (const QualificationError& error) {
        EXPECT_TRUE(error.message().contains("SPIN"));
        EXPECT_TRUE(error.message().contains("MEDDIC"));
    }
    try {
        answer(service, lead, "BANT", "money", AnswerStatus::Confirmed);
        FAIL();
    } catch (const QualificationError& error) {
        EXPECT_TRUE(error.message().contains("money"));
        EXPECT_TRUE(error.message().contains("timeline"));
    }
    EXPECT_TRUE(service.load(lead.id).frameworks.isEmpty());
}

TEST_F(QualificationStoreTest, OldAnswersAreStaleByTheWorkspaceLimit)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "1000");
    answer(service, lead, "BANT", "need", AnswerStatus::Unknown);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(service.load(lead.id, now.addDays(89)).frameworks.at(0).stale.isEmpty());
    LeadQualification later = service.load(lead.id, now.addDays(91));
    EXPECT_EQ(later.frameworks.at(0).stale, QStringList{"budget"}); // unknown is never stale
    EXPECT_TRUE(later.frameworks.at(0).criteria.at(0).stale);
    // Staleness flags an answer; it does not change readiness.
    EXPECT_DOUBLE_EQ(later.frameworks.at(0).readiness, 0.25);

    workspace.settings().setValue(QualificationSettings::freshnessDaysKey, "120");
    EXPECT_TRUE(service.load(lead.id, now.addDays(91)).frameworks.at(0).stale.isEmpty());
    EXPECT_EQ(service.load(lead.id, now.addDays(121)).frameworks.at(0).stale,
              QStringList{"budget"});
}

TEST_F(QualificationStoreTest, SettingsHaveDefaultsAndAreRead)
{
    QualificationSettings settings = service.settings();
    EXPECT_DOUBLE_EQ(settings.readinessBar, 0.75);
    EXPECT_EQ(settings.freshnessDays, 90);
    EXPECT_EQ(settings.currency, "EUR");
    workspace.settings().setValue(QualificationSettings::readinessBarKey, "60");
    workspace.settings().setValue(QualificationSettings::currencyKey, "sek");
    settings = service.settings();
    EXPECT_DOUBLE_EQ(settings.readinessBar, 0.6);
    EXPECT_EQ(settings.currency, "SEK");
    workspace.settings().setValue(QualificationSettings::readinessBarKey, "lots");
    EXPECT_DOUBLE_EQ(service.settings().readinessBar, 0.75);
}

TEST_F(QualificationStoreTest, JsonForShowListsEveryCriterion)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    answer(service, lead, "BANT", "budget", AnswerStatus::Confirmed, "25000");
    answer(service, lead, "BANT", "need", AnswerStatus::Partial);
    const QJsonObject json = frameworksJson(service.load(lead.id));
    const QJsonObject bant = json.value("BANT").toObject();
    EXPECT_DOUBLE_EQ(bant.value("readiness").toDouble(), 0.375);
    const QJsonObject criteria = bant.value("criteria").toObject();
    EXPECT_EQ(criteria.size(), 4);
    EXPECT_EQ(criteria.value("budget").toObject().value("status").toString(), "confirmed");
    EXPECT_DOUBLE_EQ(criteria.value("budget").toObject().value("value").toDouble(), 25000);
    EXPECT_EQ(criteria.value("timeline").toObject().value("status").toString(), "unknown");
    EXPECT_TRUE(criteria.value("timeline").toObject().value("value").isNull());
    EXPECT_EQ(bant.value("missing").toArray().size(), 3);
    EXPECT_TRUE(convertedJson(lead).isNull());
}

TEST_F(QualificationStoreTest, UserRolesAreReadFromUsers)
{
    QualificationStore* store = &workspace.qualification();
    EXPECT_EQ(store->userRole("nobody"), "");
    store->setUserRole("maija", "manager");
    EXPECT_EQ(store->userRole("maija"), "manager");
    workspace.users().ensure("sdr1");
    EXPECT_EQ(store->userRole("sdr1"), "sdr");
}

namespace {

AnswerInput input(const QString& framework, const QString& criterion, AnswerStatus status,
                  const QString& value = {}, const QString& note = {})
{
    AnswerInput in;
    in.framework = framework;
    in.criterion = criterion;
    in.status = status;
    in.value = value;
    in.note = note;
    return in;
}

std::optional<Answer> current(QualificationService& service, qint64 leadId,
                              const QString& criterion)
{
    const LeadQualification q = service.load(leadId);
    const FrameworkReadiness* bant = q.framework("BANT");
    if (!bant)
        return std::nullopt;
    for (const CriterionState& state : bant->criteria) {
        if (state.definition->key == criterion)
            return state.answer;
    }
    return std::nullopt;
}

} // namespace

TEST_F(QualificationStoreTest, AChangeSaysWhatItReplaced)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const AnswerChange first =
        service.change(lead, input("bant", "budget", AnswerStatus::Partial, "10000"), "sdr1");
    EXPECT_EQ(first.framework, "BANT");
    EXPECT_EQ(first.criterion, "budget");
    EXPECT_FALSE(first.before.has_value());
    ASSERT_TRUE(first.after.has_value());
    EXPECT_EQ(first.after->value, "10000");

    const AnswerChange second =
        service.change(lead, input("BANT", "budget", AnswerStatus::Confirmed, "25000"), "sdr2");
    ASSERT_TRUE(second.before.has_value());
    EXPECT_EQ(second.before->id, first.after->id);
    EXPECT_EQ(second.before->status, AnswerStatus::Partial);
    EXPECT_EQ(second.after->status, AnswerStatus::Confirmed);
}

TEST_F(QualificationStoreTest, RevertRecordsThePreviousAnswerAgainAndRevertingThatRedoes)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    service.change(lead, input("BANT", "budget", AnswerStatus::Partial, "10000", "CFO said"),
                   "sdr1");
    const AnswerChange done =
        service.change(lead, input("BANT", "budget", AnswerStatus::Confirmed, "25000"), "sdr1");

    const AnswerChange undone = service.revert(done, "sdr1");
    std::optional<Answer> now = current(service, lead.id, "budget");
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->status, AnswerStatus::Partial);
    EXPECT_EQ(now->value, "10000");
    EXPECT_EQ(now->note, "CFO said");
    EXPECT_EQ(now->id, undone.after->id);
    // Nothing is rewritten: the undone answer stays in the history.
    EXPECT_EQ(service.history(lead.id, "BANT", "budget").size(), 3);
    EXPECT_DOUBLE_EQ(service.load(lead.id).framework("BANT")->readiness, 0.125);

    const AnswerChange redone = service.revert(undone, "sdr1");
    now = current(service, lead.id, "budget");
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->status, AnswerStatus::Confirmed);
    EXPECT_EQ(now->value, "25000");
    EXPECT_EQ(now->id, redone.after->id);
    EXPECT_DOUBLE_EQ(service.load(lead.id).framework("BANT")->readiness, 0.25);
}

TEST_F(QualificationStoreTest, RevertingAFirstAnswerOpensTheCriterionAgain)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const AnswerChange done =
        service.change(lead, input("BANT", "need", AnswerStatus::Confirmed), "sdr1");
    const AnswerChange undone = service.revert(done, "sdr1");
    EXPECT_FALSE(undone.after.has_value());
    EXPECT_FALSE(current(service, lead.id, "need").has_value());
    EXPECT_DOUBLE_EQ(service.load(lead.id).framework("BANT")->readiness, 0.0);
    EXPECT_EQ(service.history(lead.id, "BANT", "need").size(), 1);

    // A later answer after a withdrawal says it replaced nothing.
    const AnswerChange again =
        service.change(lead, input("BANT", "need", AnswerStatus::Partial), "sdr1");
    EXPECT_FALSE(again.before.has_value());
    // Redoing the withdrawn change is refused: the criterion was answered again since.
    EXPECT_THROW(service.revert(undone, "sdr1"), QualificationError);
}

TEST_F(QualificationStoreTest, RevertNeverOverwritesSomeoneElsesNewerAnswer)
{
    const Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const AnswerChange mine =
        service.change(lead, input("BANT", "authority", AnswerStatus::Partial), "sdr1");
    // Another SDR (another process on the same file) answers the same criterion afterwards.
    QualificationService theirs(workspace);
    theirs.record(lead, input("BANT", "authority", AnswerStatus::Confirmed, "Ville, CEO"), "sdr2");

    try {
        service.revert(mine, "sdr1");
        FAIL() << "the revert should be refused";
    } catch (const QualificationError& error) {
        EXPECT_TRUE(error.message().contains("sdr2")) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains("BANT: Authority")) << error.message().toStdString();
    }
    const std::optional<Answer> now = current(service, lead.id, "authority");
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->by, "sdr2");
    EXPECT_EQ(now->status, AnswerStatus::Confirmed);
    EXPECT_EQ(service.history(lead.id, "BANT", "authority").size(), 2);
}

TEST_F(QualificationStoreTest, RevertIsRefusedOnAConvertedOrMissingLead)
{
    Lead lead = addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const AnswerChange done = service.change(
        lead, input("BANT", "timeline", AnswerStatus::Partial, "2027-01-31"), "sdr1");
    lead = *workspace.leads().find(lead.id);
    lead.stage = Stage::Converted;
    workspace.leads().update(lead, "admin");
    EXPECT_THROW(service.revert(done, "sdr1"), QualificationError);
    AnswerChange gone = done;
    gone.leadId = 999999;
    EXPECT_THROW(service.revert(gone, "sdr1"), StoreError);
}
