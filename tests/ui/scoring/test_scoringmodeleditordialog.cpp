// The scoring model editor: round trip, inline validation, editing rules, import, what-if.
#include "../../core/scoring/specmodel.h"
#include "demo/demoworkspace.h"
#include "scoring/modeleditortables.h"
#include "scoring/modelparser.h"
#include "scoring/modelservice.h"
#include "scoring/scorehistogram.h"
#include "scoring/scoringmodeleditordialog.h"
#include "scoring/whatif.h"
#include "support/tempworkspace.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::scoring;

namespace {

const QDateTime asOf = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

ScoringModel specModel()
{
    return *parseScoringModel(test::specModelJson()).model;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->item(row, column)->setText(text); // emits itemChanged, as typing does
}

std::shared_ptr<WhatIfEngine> engineWithLeads()
{
    QList<Lead> leads;
    QHash<qint64, QList<Event>> events;
    const QStringList titles = {"CEO", "Analyst", "Head of Sales", ""};
    for (int i = 0; i < 400; ++i) {
        Lead lead;
        lead.id = i + 1;
        lead.title = titles.at(i % titles.size());
        lead.employees = (i * 13) % 1500;
        lead.country = i % 3 ? "FI" : "DE";
        lead.industry = i % 2 ? "Software" : "Retail";
        lead.budget = (i % 5) * 5000;
        leads << lead;
        for (int e = 0; e < i % 4; ++e) {
            Event event;
            event.leadId = lead.id;
            event.type = e % 2 ? "trial_signup" : "page_visit";
            event.occurredAtMs = eventTimeOf(asOf) - e * msPerDay * 7;
            events[lead.id] << event;
        }
    }
    return std::make_shared<WhatIfEngine>(WhatIfSnapshot::fromLeads(leads, events, asOf));
}

} // namespace

TEST(ScoringModelEditorDialog, RoundTripsAModel)
{
    ScoringModelEditorDialog dialog(specModel());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.fitTable()->rowCount(), 5);
    EXPECT_EQ(dialog.behaviorTable()->rowCount(), 4);
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().join(u'\n').toStdString();
    ASSERT_TRUE(dialog.model().has_value());
    EXPECT_EQ(modelToJson(*dialog.model()), modelToJson(specModel()));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    // Strings show bare, numbers and lists as JSON.
    EXPECT_EQ(dialog.fitTable()->item(3, modeleditor::FitField)->text(), "all");
    EXPECT_EQ(dialog.fitTable()->item(2, modeleditor::FitValue)->text(),
              "[\"FI\",\"SE\",\"NO\",\"DK\"]");
    EXPECT_EQ(modeleditor::cellText(QJsonValue("Software")), "Software");
    EXPECT_EQ(modeleditor::cellText(QJsonValue("50")), "\"50\"");
    EXPECT_EQ(modeleditor::cellValue("\"50\""), QJsonValue("50"));
    EXPECT_EQ(modeleditor::cellValue("50"), QJsonValue(50));
}

TEST(ScoringModelEditorDialog, ValidatesInline)
{
    ScoringModelEditorDialog dialog(specModel());
    setCell(dialog.fitTable(), 1, modeleditor::FitOperator, "bewteen");
    EXPECT_TRUE(dialog.problems().contains("fit.rules[1].op: unknown operator \"bewteen\""))
        << dialog.problems().join(u'\n').toStdString();
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_FALSE(dialog.model().has_value());
    EXPECT_NE(dialog.fitTable()->item(1, 0)->background(), QBrush()); // the row is marked
    EXPECT_EQ(dialog.fitTable()->item(0, 0)->background(), QBrush());
    EXPECT_GE(dialog.problemList()->count(), 1);
    setCell(dialog.behaviorTable(), 0, modeleditor::BehaviorCap, "0");
    EXPECT_TRUE(dialog.problems().contains("behavior.rules[0].cap: must be positive"));
    setCell(dialog.fitTable(), 1, modeleditor::FitOperator, "between");
    setCell(dialog.behaviorTable(), 0, modeleditor::BehaviorCap, "5");
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().join(u'\n').toStdString();
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    setCell(dialog.fitTable(), 0, modeleditor::FitPoints, "lots");
    EXPECT_TRUE(dialog.problems().join(u'\n').contains("fit.rules[0].points: must be a number"));
}

TEST(ScoringModelEditorDialog, AddRemoveReorder)
{
    ScoringModelEditorDialog dialog(specModel());
    dialog.addFitRule();
    ASSERT_EQ(dialog.fitTable()->rowCount(), 6);
    ASSERT_TRUE(dialog.model().has_value()) << dialog.problems().join(u'\n').toStdString();
    EXPECT_EQ(dialog.model()->fitRules.last().id, "rule");
    EXPECT_EQ(dialog.model()->fitRules.last().conditions.first().op, Operator::NotEmpty);
    // Up twice: the new rule becomes the fourth.
    dialog.moveSelectedRule(-1);
    dialog.moveSelectedRule(-1);
    ASSERT_TRUE(dialog.model().has_value());
    EXPECT_EQ(dialog.model()->fitRules.at(3).id, "rule");
    EXPECT_EQ(dialog.model()->fitRules.at(4).id, "saas-industry");
    dialog.removeSelectedRule();
    ASSERT_TRUE(dialog.model().has_value());
    EXPECT_EQ(modelToJson(*dialog.model()), modelToJson(specModel()));

    dialog.addBehaviorRule();
    ASSERT_TRUE(dialog.model().has_value());
    EXPECT_EQ(dialog.model()->behaviorRules.size(), 5);
    EXPECT_EQ(dialog.model()->behaviorRules.last().event, "page_visit");
    // A second new rule gets an id of its own.
    dialog.addBehaviorRule();
    ASSERT_TRUE(dialog.model().has_value()) << dialog.problems().join(u'\n').toStdString();
    EXPECT_EQ(dialog.model()->behaviorRules.last().id, "activity-2");
}

TEST(ScoringModelEditorDialog, ImportRefusesInvalidJson)
{
    ScoringModelEditorDialog dialog(specModel());
    QByteArray other = test::specModelJson();
    other.replace("\"Nordic B2B\"", "\"Edited\"");
    EXPECT_TRUE(dialog.loadJson(other));
    EXPECT_EQ(dialog.nameEdit()->text(), "Edited");
    QStringList problems;
    EXPECT_FALSE(dialog.loadJson("{\"format\": \"nope\"}", &problems));
    EXPECT_FALSE(problems.isEmpty());
    EXPECT_EQ(dialog.nameEdit()->text(), "Edited"); // unchanged
    const ModelParseResult exported = parseScoringModel(dialog.modelJson());
    ASSERT_TRUE(exported.ok());
    EXPECT_EQ(exported.model->name, "Edited");
}

TEST(ScoringModelEditorDialog, WhatIfFollowsEdits)
{
    ScoringModelEditorDialog dialog(specModel());
    const auto engine = engineWithLeads();
    dialog.setWhatIfEngine(engine);
    ASSERT_TRUE(dialog.whatIf().has_value());
    EXPECT_EQ(dialog.whatIf()->newlyOverMql, 0); // nothing edited yet
    EXPECT_EQ(dialog.whatIf()->changed, 0);
    dialog.mqlThreshold()->setValue(30);
    ASSERT_TRUE(dialog.whatIf().has_value());
    ScoringModel lower = specModel();
    lower.mqlThreshold = 30;
    const WhatIfComparison expected = engine->compare(specModel(), lower);
    EXPECT_EQ(dialog.whatIf()->newlyOverMql, expected.newlyOverMql);
    EXPECT_GT(expected.newlyOverMql, 0);
    EXPECT_TRUE(dialog.whatIfLabel()->text().contains(QString::number(expected.newlyOverMql)))
        << dialog.whatIfLabel()->text().toStdString();
    qint64 banded = 0;
    for (qint64 count : dialog.histogram()->candidateBands())
        banded += count;
    EXPECT_EQ(banded, 400);
    EXPECT_EQ(dialog.histogram()->currentBands(),
              ScoreHistogram::bandsOf(expected.current.histogram));
    // An invalid edit leaves no what-if until fixed.
    setCell(dialog.fitTable(), 0, modeleditor::FitField, "shoe_size");
    EXPECT_FALSE(dialog.whatIf().has_value());
}

TEST(ScoringModelEditorDialog, LoadsTheWhatIfSnapshotInTheBackground)
{
    test::TempWorkspace temp;
    DemoOptions options;
    options.leads = 3000;
    options.now = asOf;
    fillWithDemoData(temp.workspace(), options);
    const ScoringModel current = activeModel(temp.workspace()).model;
    WhatIfEngine expected(WhatIfSnapshot::load(temp.workspace(), asOf));
    const WhatIfComparison unchanged = expected.compare(current, current);
    temp.close();

    ScoringModelEditorDialog dialog(current);
    dialog.loadWhatIfInBackground(temp.path(), asOf);
    // Back at once: the editor opens and answers while a worker reads the leads.
    EXPECT_TRUE(dialog.isLoadingWhatIf());
    EXPECT_FALSE(dialog.whatIf().has_value());
    EXPECT_TRUE(dialog.whatIfLabel()->text().contains(QStringLiteral("loading")));
    for (int i = 0; i < 1500 && !dialog.whatIf(); ++i)
        QTest::qWait(20);
    ASSERT_TRUE(dialog.whatIf().has_value()) << dialog.whatIfLabel()->text().toStdString();
    EXPECT_FALSE(dialog.isLoadingWhatIf());
    EXPECT_EQ(dialog.whatIf()->current.atOrOverMql, unchanged.current.atOrOverMql);
    EXPECT_EQ(dialog.whatIf()->current.histogram, unchanged.current.histogram);
}
