// Issue 22: what the program itself writes in a lead's history (a score promotion, a
// conversion and its undo, the demo data's lines) reads in the reader's language, whoever wrote
// it and in whichever language; the English sentences earlier versions stored read translated
// too; a person's own words read as they were typed, even when they look like a code.
#include "conversion/conversionservice.h"
#include "core/lifecycle/leadfixtures.h"
#include "demo/demoworkspace.h"
#include "leadview/historywidget.h"
#include "lifecycle/lifecycleservice.h"
#include "lifecycle/stagereason.h"
#include "lifecycle/systemtext.h"
#include "scoring/modelservice.h"
#include "scoring/rescorer.h"
#include "support/tempworkspace.h"
#include "util/language.h"

#include <QApplication>
#include <QLocale>
#include <QTableWidget>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace lb;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

// Scores a lead titled "over" 51 against an MQL threshold of 50.
QByteArray modelJson()
{
    return QByteArrayLiteral(R"({
  "format": "leadbench-scoring-model", "version": 1, "name": "Stored texts test",
  "fit": {"max": 100, "rules": [
    {"id": "over", "field": "title", "op": "equals", "value": "over", "points": 51}
  ]},
  "behavior": {"max": 0, "rules": []},
  "thresholds": {"mql": 50}
})");
}

// Only this language's catalogues (installTranslations() adds translators; it never removes).
void useLanguage(const QString& language)
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ASSERT_EQ(installTranslations(*qApp, language), language);
}

// The Reason column of the lead's history as the lead view shows it, oldest first.
QStringList reasonsRead(Workspace& workspace, qint64 leadId, const QString& language)
{
    useLanguage(language);
    HistoryWidget history;
    history.showLead(workspace, leadId);
    QStringList reasons;
    for (int row = 0; row < history.table()->rowCount(); ++row)
        reasons << history.table()->item(row, 4)->text();
    return reasons;
}

} // namespace

class StoredTextsTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();

    void TearDown() override { useLanguage(QStringLiteral("en")); }
};

TEST_F(StoredTextsTest, AScorePromotionWrittenInFinnishReadsInTheReadersLanguage)
{
    useLanguage(QStringLiteral("fi"));
    scoring::importModel(workspace, modelJson(), "maria");
    Lead lead;
    lead.email = QStringLiteral("over@example.fi");
    lead.title = QStringLiteral("over");
    workspace.leads().insert(lead, "tester");
    ASSERT_EQ(scoring::rescoreAll(workspace, asOf).promoted, 1);

    EXPECT_EQ(reasonsRead(workspace, lead.id, "sv").constLast(),
              "poängen 51 nådde MQL-tröskeln 50");
    EXPECT_EQ(reasonsRead(workspace, lead.id, "fi").constLast(),
              "pisteet 51 saavuttivat MQL-kynnyksen 50");
    EXPECT_EQ(reasonsRead(workspace, lead.id, "en").constLast(),
              "score 51 reached the MQL threshold 50");
    // The tip reads the sentence too, never the stored code.
    HistoryWidget history;
    history.showLead(workspace, lead.id);
    const QTableWidgetItem* last = history.table()->item(history.table()->rowCount() - 1, 4);
    EXPECT_EQ(last->toolTip(), "score 51 reached the MQL threshold 50");
}

TEST_F(StoredTextsTest, AConversionAndItsUndoReadWithNamesInTheReadersLanguage)
{
    useLanguage(QStringLiteral("fi"));
    const Lead lead =
        test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    ConversionService conversion(workspace);
    ConversionOptions options;
    options.opportunity =
        OpportunityDraft{"Widgets line 2", 48000.0, QDate(2027, 3, 31), OpportunityStage::Proposal};
    const ConversionResult result = conversion.execute(conversion.plan(lead, options), "sdr1");
    ASSERT_TRUE(result.accountCreated);

    EXPECT_EQ(reasonsRead(workspace, lead.id, "sv").constLast(),
              "Konverterat: konto Nordic Widgets Oy, kontakt Aino Virtanen, affärsmöjlighet "
              "Widgets line 2");
    EXPECT_EQ(reasonsRead(workspace, lead.id, "en").constLast(),
              "Converted: account Nordic Widgets Oy, contact Aino Virtanen, opportunity Widgets "
              "line 2");
    EXPECT_EQ(reasonsRead(workspace, lead.id, "fi").constLast(),
              "Muunnettu: asiakas Nordic Widgets Oy, yhteyshenkilö Aino Virtanen, "
              "myyntimahdollisuus Widgets line 2");

    // The same conversion as an earlier version recorded it, by number: read by name.
    StageChange legacy;
    legacy.leadId = lead.id;
    legacy.at = QDateTime::currentDateTimeUtc();
    legacy.from = Stage::SQL;
    legacy.to = Stage::Converted;
    legacy.by = QStringLiteral("earlier version");
    legacy.reason = QStringLiteral("account %1, contact %2, opportunity %3")
                        .arg(result.link.accountId)
                        .arg(result.link.contactId)
                        .arg(*result.link.opportunityId);
    workspace.history().append(legacy);
    EXPECT_EQ(reasonsRead(workspace, lead.id, "sv").constLast(),
              "Konverterat: konto Nordic Widgets Oy, kontakt Aino Virtanen, affärsmöjlighet "
              "Widgets line 2");

    useLanguage(QStringLiteral("sv"));
    conversion.undo(result, "sdr1");
    EXPECT_EQ(reasonsRead(workspace, lead.id, "fi").constLast(),
              "muuntaminen kumottu (poistettu: asiakas Nordic Widgets Oy, yhteyshenkilö Aino "
              "Virtanen, myyntimahdollisuus Widgets line 2)");
    EXPECT_EQ(reasonsRead(workspace, lead.id, "en").constLast(),
              "undo of the conversion (removed account Nordic Widgets Oy, contact Aino Virtanen, "
              "opportunity Widgets line 2)");
}

TEST_F(StoredTextsTest, AnUndoneMoveNamesTheStageInTheReadersLanguage)
{
    useLanguage(QStringLiteral("sv"));
    Lead lead = test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    LifecycleService lifecycle(workspace);
    MoveRequest request;
    request.to = Stage::Nurture;
    request.reason = parseStageReason(QStringLiteral("bad_timing"));
    const StageChange done = lifecycle.move(lead, request, "sdr1");
    lifecycle.undoMove(lead, done, QString(), "sdr1");

    const QStringList finnish = reasonsRead(workspace, lead.id, "fi");
    ASSERT_GE(finnish.size(), 2);
    EXPECT_EQ(finnish.constLast(), "siirto vaiheeseen Lämmitys kumottu");
    EXPECT_EQ(finnish.at(finnish.size() - 2), reasonLabel("bad_timing"));
    EXPECT_EQ(reasonsRead(workspace, lead.id, "en").constLast(), "undo of the move to Nurture");
}

TEST_F(StoredTextsTest, DemoDataMadeInFinnishReadsInSwedish)
{
    useLanguage(QStringLiteral("fi"));
    DemoOptions options;
    options.leads = 200;
    options.seed = 11;
    options.now = asOf;
    fillWithDemoData(workspace, options);

    LeadFilter disqualified;
    disqualified.stage = Stage::Disqualified;
    const QList<Lead> leads = workspace.leads().list(disqualified, LeadSort{}, 1);
    ASSERT_FALSE(leads.isEmpty());
    const Lead& lead = leads.constFirst();
    const QList<StageChange> stored = workspace.history().forLead(lead.id);
    ASSERT_GE(stored.size(), 2);

    const QStringList swedish = reasonsRead(workspace, lead.id, "sv");
    EXPECT_TRUE(swedish.contains(QStringLiteral("Skapat från %1").arg(lead.source)))
        << swedish.join(" | ").toStdString();
    // The reason for the disqualification is a standard one, read with its Swedish label.
    const StageReason reason = parseStageReason(stored.constLast().reason);
    EXPECT_NE(reason.key, "other") << stored.constLast().reason.toStdString();
    EXPECT_TRUE(swedish.contains(reasonLabel(reason.key))) << swedish.join(" | ").toStdString();
    const QStringList english = reasonsRead(workspace, lead.id, "en");
    EXPECT_TRUE(english.contains(QStringLiteral("Created from %1").arg(lead.source)))
        << english.join(" | ").toStdString();
    for (const QString& line : swedish + english) {
        EXPECT_FALSE(line.contains(QStringLiteral("Luotu"))) << line.toStdString();
        EXPECT_FALSE(line.startsWith(QLatin1Char('@'))) << line.toStdString();
    }
}

TEST_F(StoredTextsTest, EnglishSentencesOfEarlierVersionsReadTranslated)
{
    const Lead lead = test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");
    const QStringList legacy = {"Created from Web",
                                "score 55 >= 50",
                                "score 52 reached the MQL threshold 50",
                                "account 3, contact 5",
                                "account 3, contact 5, opportunity 7",
                                "undo of the conversion (removed account 3, contact 5)",
                                "undo of the move to Nurture",
                                "imported from leads.csv",
                                "No budget",
                                "Accepted by the SDR"};
    QDateTime at = asOf;
    for (const QString& reason : legacy) {
        StageChange change;
        change.leadId = lead.id;
        change.at = at = at.addSecs(60);
        change.from = Stage::New;
        change.to = Stage::MQL;
        change.by = QStringLiteral("earlier version");
        change.reason = reason;
        workspace.history().append(change);
    }
    const QStringList finnish = reasonsRead(workspace, lead.id, "fi");
    ASSERT_EQ(finnish.size(), legacy.size());
    EXPECT_EQ(finnish,
              (QStringList{"Luotu lähteestä Web", "pisteet 55 saavuttivat MQL-kynnyksen 50",
                           "pisteet 52 saavuttivat MQL-kynnyksen 50",
                           "Muunnettu: asiakas 3, yhteyshenkilö 5",
                           "Muunnettu: asiakas 3, yhteyshenkilö 5, "
                           "myyntimahdollisuus 7",
                           "muuntaminen kumottu (poistettu: asiakas 3, "
                           "yhteyshenkilö 5)",
                           "siirto vaiheeseen Lämmitys kumottu", "tuotu tiedostosta leads.csv",
                           reasonLabel("no_budget"), "SDR hyväksyi liidin"}));
    const QStringList english = reasonsRead(workspace, lead.id, "en");
    ASSERT_EQ(english.size(), legacy.size());
    EXPECT_EQ(english.at(1), "score 55 reached the MQL threshold 50");
    EXPECT_EQ(english.at(3), "Converted: account 3, contact 5");
    EXPECT_EQ(english.at(6), "undo of the move to Nurture");
}

TEST_F(StoredTextsTest, WordsAPersonTypedReadAsTyped)
{
    useLanguage(QStringLiteral("fi"));
    Lead first = test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    Lead second =
        test::addLead(workspace, "eero@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SAL);
    LifecycleService lifecycle(workspace);
    const QString lookalike = QStringLiteral(R"(@mql_score {"score":99,"threshold":1})");
    MoveRequest request;
    request.to = Stage::Disqualified;
    request.reason = parseStageReason(lookalike);
    lifecycle.move(first, request, "sdr1");
    request.to = Stage::Nurture;
    request.reason = parseStageReason(QStringLiteral("competitor: score 55 >= 50 at Acme"));
    lifecycle.move(second, request, "sdr1");

    const QStringList firstRead = reasonsRead(workspace, first.id, "sv");
    ASSERT_EQ(firstRead.size(), 1);
    EXPECT_EQ(firstRead.constFirst(), reasonLabel("other") + QStringLiteral(": ") + lookalike);
    const QStringList secondRead = reasonsRead(workspace, second.id, "sv");
    ASSERT_EQ(secondRead.size(), 1);
    EXPECT_EQ(secondRead.constFirst(),
              reasonLabel("competitor") + QStringLiteral(": score 55 >= 50 at Acme"));

    // A text stored without a key, and the same words in any other stored text, are escaped:
    // they read as typed, never as the code they look like.
    const QString stored = StageReason{QString(), lookalike}.toStored();
    EXPECT_NE(stored, lookalike);
    EXPECT_EQ(displayStoredReason(stored), lookalike);
    EXPECT_EQ(displayStoredText(escapeUserText(lookalike)), lookalike);
    EXPECT_EQ(displayStoredText(escapeUserText("@@twice")), "@@twice");
    EXPECT_EQ(displayStoredText(escapeUserText("plain words")), "plain words");
    // The program's own text with the same parameters does read as the code.
    EXPECT_EQ(displayStoredText(SystemText::scorePromotion(99, 1).toStored()),
              "poängen 99 nådde MQL-tröskeln 1");
}
