// Issue 17, defect 5: a workspace that an older Leadbench let store a model with points of
// +-1e308 (refused now). Its scores became NaN, and opening the model editor crashed the GUI in
// the what-if; now the editor opens on the stored model, lists its problems and keeps OK off
// until they are fixed.
#include "../../core/scoring/specmodel.h"
#include "main/mainwindow.h"
#include "scoring/modeleditortables.h"
#include "scoring/modelservice.h"
#include "scoring/scoringmodeleditordialog.h"
#include "store/scorestore.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

// The spec model with its first fit rule at 1e308 points and "trial" and "unsub" at +-1e308:
// two events of each make the behaviour sum inf - inf = NaN.
QByteArray hugeModelJson()
{
    QByteArray json = test::specModelJson();
    const QByteArray fitPoints = "\"points\": 15}";
    json.replace(json.indexOf(fitPoints), fitPoints.size(), "\"points\": 1e308}");
    json.replace("\"event\": \"trial_signup\", \"points\": 15",
                 "\"event\": \"trial_signup\", \"points\": 1e308");
    json.replace("\"points\": -20}", "\"points\": -1e308}");
    return json;
}

void fillOldWorkspace(Workspace& workspace)
{
    auto writer = workspace.bulkWriter({});
    Lead lead;
    lead.email = "anna@example.fi";
    lead.title = "Head of Sales";
    lead.country = "FI";
    writer->addLead(lead, "tester");
    // Events at distinct times (the same type at the same moment is one event).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int second = 0;
    for (const char* type : {"trial_signup", "trial_signup", "unsubscribe", "unsubscribe"}) {
        Event event;
        event.leadId = lead.id;
        event.type = QString::fromLatin1(type);
        event.occurredAtMs = (now - 60 - ++second) * msPerSecond;
        writer->addEvent(event);
    }
    writer->commit();
    // Written as the older version stored it: straight into the store, unchecked.
    StoredScoringModel stored;
    stored.name = "Nordic B2B";
    stored.definition = hugeModelJson();
    stored.author = "older Leadbench";
    workspace.scoreStore()->addActiveModel(stored);
}

} // namespace

TEST(ModelEditorRefusedModel, OpensOnAStoredModelWithHugePointsAndListsItsProblems)
{
    TempWorkspace temp;
    fillOldWorkspace(temp.workspace());
    temp.close();

    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(temp.path()));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    bool seen = false;
    QStringList problems;
    QString firstPoints;
    bool okEnabled = true;
    QStringList fixedProblems;
    bool fixedOk = false;
    std::optional<scoring::WhatIfComparison> whatIf;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ScoringModelEditorDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        problems = dialog->problems();
        firstPoints = dialog->fitTable()->item(0, modeleditor::FitPoints)->text();
        okEnabled = dialog->okButton()->isEnabled();
        // Fixed in place, the model is valid; the what-if then scores the workspace with the
        // stored model (whose sums are inf and NaN) against it, and must not crash.
        dialog->fitTable()->item(0, modeleditor::FitPoints)->setText("15");
        dialog->behaviorTable()->item(2, modeleditor::BehaviorPoints)->setText("15");
        dialog->behaviorTable()->item(3, modeleditor::BehaviorPoints)->setText("-20");
        fixedProblems = dialog->problems();
        fixedOk = dialog->okButton()->isEnabled();
        // The what-if's sample of the workspace is read in the background.
        for (int i = 0; i < 1500 && dialog->isLoadingWhatIf(); ++i)
            QTest::qWait(20);
        whatIf = dialog->whatIf();
        dialog->reject();
    });
    window.action("tools.scoringModel")->trigger();

    ASSERT_TRUE(seen) << "the editor did not open";
    EXPECT_TRUE(problems.contains("fit.rules[0].points: must be between -1000000 and 1000000"))
        << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.contains("behavior.rules[3].points: must be between -1000000 and 1000000"))
        << problems.join(u'\n').toStdString();
    EXPECT_EQ(firstPoints.toDouble(), 1e308); // shown as stored, to be fixed
    EXPECT_FALSE(okEnabled);
    EXPECT_TRUE(fixedProblems.isEmpty()) << fixedProblems.join(u'\n').toStdString();
    EXPECT_TRUE(fixedOk);
    ASSERT_TRUE(whatIf.has_value());
    ASSERT_EQ(whatIf->current.totals.size(), 1u);
    EXPECT_GE(whatIf->current.totals.at(0), 0);
    EXPECT_LE(whatIf->current.totals.at(0), 100);
}
