// A whole SDR flow in the main window, offscreen, with the keyboard and the mouse on a real
// workspace file: search a lead, select it, accept it (A), answer BANT in the Qualification
// tab, qualify it (Q), convert it (C, through the conversion dialog), then take steps back with
// Ctrl+Z — the conversion, the qualify and an answer — checking the file through the core
// after every step. Also: an answer's undo never overwrites a newer answer by someone else.
#include "conversion/conversionservice.h"
#include "demo/demoworkspace.h"
#include "dialogs/conversiondialog.h"
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "leadview/qualificationform.h"
#include "leadview/qualificationwidget.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "qualification/qualificationservice.h"
#include "store/crmstore.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::acceptNextMessageBox;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

const QString sdr = QStringLiteral("Test SDR");

class SdrFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.leads = 300;
        options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        fillWithDemoData(temp.workspace(), options);
        // The lead of the story: an MQL nobody owns yet, with a name no demo lead has.
        Lead lead;
        lead.email = QStringLiteral("kirsi.lahtinen@polarrobotics.fi");
        lead.firstName = QStringLiteral("Kirsi");
        lead.lastName = QStringLiteral("Lahtinen");
        lead.company = QStringLiteral("Polar Robotics Oy");
        lead.title = QStringLiteral("Head of Operations");
        lead.country = QStringLiteral("FI");
        lead.city = QStringLiteral("Oulu");
        lead.industry = QStringLiteral("Manufacturing");
        lead.employees = 240;
        lead.stage = Stage::MQL;
        temp.workspace().leads().insert(lead, QStringLiteral("importer"));
        leadId = lead.id;
        temp.close();

        window = std::make_unique<MainWindow>();
        window->setActor(sdr);
        ASSERT_TRUE(window->openWorkspace(temp.path()));
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // The workspace as another connection sees it: what is really in the file.
    std::unique_ptr<Workspace> file() { return openWorkspace(temp.path()); }
    Lead stored() { return *file()->leads().find(leadId); }

    QTableView* table() const { return window->leadTable(); }

    // The row of the lead in the table, -1 when it is not shown.
    int rowOfLead() const
    {
        for (int row = 0; row < window->leadModel()->rowCount(); ++row) {
            if (window->leadModel()->rowAt(row)->id == leadId)
                return row;
        }
        return -1;
    }

    // Clicks the lead's row, as the SDR would, which also puts the keyboard in the table.
    void clickLead()
    {
        const int row = rowOfLead();
        ASSERT_GE(row, 0) << "the lead is in the table";
        const QModelIndex index = window->leadModel()->index(row, LeadTableModel::NameColumn);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
        QApplication::processEvents();
        ASSERT_EQ(table()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong(), leadId);
    }

    void pressInTable(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        table()->setFocus();
        QTest::keyClick(table(), key, modifiers);
        QApplication::processEvents();
    }

    // Ctrl+Z in the window (active again after a dialog closed).
    void undoByKeyboard()
    {
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        pressInTable(Qt::Key_Z, Qt::ControlModifier);
    }

    // Clicks the lead view's Qualification tab.
    void showQualificationTab()
    {
        QTabWidget* tabs = window->leadView()->tabs();
        const int index = tabs->indexOf(window->leadView()->qualification());
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(index).center());
        ASSERT_EQ(tabs->currentIndex(), index);
    }

    // Answers one BANT criterion in the Qualification tab with the mouse and keyboard.
    void answer(const QString& key, AnswerStatus status, const QString& value)
    {
        QualificationWidget* qualification = window->leadView()->qualification();
        QualificationForm* form = qualification->form(QStringLiteral("BANT"));
        ASSERT_NE(form, nullptr);
        QComboBox* statusBox = form->statusBox(key);
        ASSERT_NE(statusBox, nullptr) << key.toStdString();
        statusBox->setFocus();
        statusBox->setCurrentIndex(statusBox->findData(answerStatusName(status)));
        QLineEdit* valueEdit = form->valueEdit(key);
        valueEdit->selectAll();
        QTest::keyClicks(valueEdit, value);
        QTest::mouseClick(form->recordButton(key), Qt::LeftButton);
        QApplication::processEvents();
        ASSERT_TRUE(qualification->errorLabel()->isHidden())
            << qualification->errorLabel()->text().toStdString();
    }

    double bantReadiness()
    {
        auto workspace = file();
        const LeadQualification q = QualificationService(*workspace).load(leadId);
        const FrameworkReadiness* bant = q.framework(QStringLiteral("BANT"));
        return bant ? bant->readiness : -1.0;
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    qint64 leadId = 0;
};

// Presses the conversion dialog's Convert button once it is open, with an opportunity.
void convertWhenTheDialogOpens(bool* seen, int attempts = 100)
{
    QTimer::singleShot(50, [seen, attempts] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ConversionDialog*>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            *seen = true;
            dialog->opportunityGroup()->setChecked(true);
            dialog->opportunityName()->setFocus();
            dialog->opportunityName()->selectAll();
            QTest::keyClicks(dialog->opportunityName(), QStringLiteral("Polar line automation"));
            QTest::mouseClick(dialog->convertButton(), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject(); // never leave the test hanging on a refused conversion
            return;
        }
        if (attempts > 0)
            convertWhenTheDialogOpens(seen, attempts - 1);
    });
}

} // namespace

TEST_F(SdrFlow, SearchAcceptAnswerQualifyConvertAndUndo)
{
    // 1. Search: '/' puts the keyboard in the search box; results come as the SDR types.
    pressInTable(Qt::Key_Slash);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    ASSERT_EQ(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("polar rob"));
    for (int i = 0; i < 50 && window->leadModel()->rowCount() != 1; ++i)
        QTest::qWait(20);
    ASSERT_EQ(window->leadModel()->rowCount(), 1) << "only the Polar Robotics lead matches";

    // 2. Select it with the mouse: the lead view shows it.
    clickLead();
    ASSERT_TRUE(window->leadView()->lead());
    EXPECT_EQ(window->leadView()->lead()->id, leadId);
    EXPECT_EQ(stored().stage, Stage::MQL);

    // 3. Accept (A): SAL, and the SDR owns it.
    pressInTable(Qt::Key_A);
    {
        const Lead lead = stored();
        EXPECT_EQ(lead.stage, Stage::SAL);
        EXPECT_EQ(lead.owner, sdr);
    }
    EXPECT_EQ(window->undoStack()->count(), 1);

    // 4. Answer BANT in the Qualification tab.
    clickLead();
    showQualificationTab();
    QualificationWidget* qualification = window->leadView()->qualification();
    QComboBox* frameworks = qualification->addFrameworkBox();
    frameworks->setCurrentIndex(frameworks->findData(QStringLiteral("BANT")));
    QTest::mouseClick(qualification->addFrameworkButton(), Qt::LeftButton);
    ASSERT_NE(qualification->form(QStringLiteral("BANT")), nullptr);
    answer(QStringLiteral("budget"), AnswerStatus::Confirmed, QStringLiteral("60 000"));
    answer(QStringLiteral("authority"), AnswerStatus::Confirmed,
           QStringLiteral("Kirsi Lahtinen, signs off"));
    answer(QStringLiteral("need"), AnswerStatus::Confirmed, QStringLiteral("line automation"));
    answer(QStringLiteral("timeline"), AnswerStatus::Partial, QStringLiteral("2027-03-31"));
    EXPECT_DOUBLE_EQ(bantReadiness(), 3.5 / 4);
    answer(QStringLiteral("timeline"), AnswerStatus::Confirmed, QStringLiteral("2027-03-31"));
    EXPECT_DOUBLE_EQ(bantReadiness(), 1.0);
    {
        auto workspace = file();
        const QList<Answer> history =
            QualificationService(*workspace)
                .history(leadId, QStringLiteral("BANT"), QStringLiteral("budget"));
        ASSERT_EQ(history.size(), 1);
        EXPECT_EQ(history.at(0).value, QStringLiteral("60000"));
        EXPECT_EQ(history.at(0).by, sdr);
    }
    EXPECT_EQ(window->undoStack()->count(), 6) << "the accept and five answers";

    // 5. Qualify (Q): the BANT guard lets it through to SQL.
    clickLead();
    pressInTable(Qt::Key_Q);
    EXPECT_EQ(stored().stage, Stage::SQL);

    // 6. Convert (C): the dialog opens, the SDR adds an opportunity and converts.
    clickLead();
    bool dialogSeen = false;
    convertWhenTheDialogOpens(&dialogSeen);
    pressInTable(Qt::Key_C);
    ASSERT_TRUE(dialogSeen);
    ConversionLink link;
    {
        const Lead lead = stored();
        ASSERT_EQ(lead.stage, Stage::Converted);
        ASSERT_TRUE(lead.converted);
        link = *lead.converted;
        ASSERT_TRUE(link.opportunityId);
        auto workspace = file();
        CrmStore* crm = &workspace->crm();
        EXPECT_EQ(crm->account(link.accountId)->name, QStringLiteral("Polar Robotics Oy"));
        EXPECT_EQ(crm->contact(link.contactId)->email,
                  QStringLiteral("kirsi.lahtinen@polarrobotics.fi"));
        EXPECT_EQ(crm->opportunity(*link.opportunityId)->name,
                  QStringLiteral("Polar line automation"));
    }
    EXPECT_EQ(window->undoStack()->count(), 8);

    // 7. Ctrl+Z takes the conversion back: the records are gone, the lead is an SQL again,
    // editable, and the history says so.
    undoByKeyboard();
    {
        const Lead lead = stored();
        EXPECT_EQ(lead.stage, Stage::SQL);
        EXPECT_FALSE(lead.converted);
        auto workspace = file();
        CrmStore* crm = &workspace->crm();
        EXPECT_FALSE(crm->account(link.accountId));
        EXPECT_FALSE(crm->contact(link.contactId));
        EXPECT_FALSE(crm->opportunity(*link.opportunityId));
        const StageChange last = workspace->history().forLead(leadId).constLast();
        EXPECT_EQ(last.from, Stage::Converted);
        EXPECT_EQ(last.to, Stage::SQL);
        EXPECT_EQ(last.by, sdr);
    }
    EXPECT_EQ(window->leadView()->lead()->stage, Stage::SQL) << "the lead view follows";

    // Ctrl+Z again: the qualify; and again: the last answer (timeline back to Partial).
    undoByKeyboard();
    EXPECT_EQ(stored().stage, Stage::SAL);
    undoByKeyboard();
    EXPECT_DOUBLE_EQ(bantReadiness(), 3.5 / 4);
    {
        auto workspace = file();
        const QList<Answer> history =
            QualificationService(*workspace)
                .history(leadId, QStringLiteral("BANT"), QStringLiteral("timeline"));
        ASSERT_EQ(history.size(), 3) << "partial, confirmed, partial again: nothing rewritten";
        EXPECT_EQ(history.at(0).status, AnswerStatus::Partial);
    }

    // Redo brings the answer back; the rest stays undone until redone.
    window->action(QStringLiteral("edit.redo"))->trigger();
    EXPECT_DOUBLE_EQ(bantReadiness(), 1.0);
    EXPECT_EQ(stored().stage, Stage::SAL);
    ASSERT_TRUE(window->undoStack()->canRedo());
    // Redo the qualify, then the conversion: converted again as planned, opportunity and all.
    window->action(QStringLiteral("edit.redo"))->trigger();
    EXPECT_EQ(stored().stage, Stage::SQL);
    window->action(QStringLiteral("edit.redo"))->trigger();
    const Lead again = stored();
    ASSERT_EQ(again.stage, Stage::Converted);
    ASSERT_TRUE(again.converted && again.converted->opportunityId);
    auto workspace = file();
    CrmStore* crm = &workspace->crm();
    EXPECT_EQ(crm->account(again.converted->accountId)->name, QStringLiteral("Polar Robotics Oy"));
    EXPECT_EQ(crm->opportunity(*again.converted->opportunityId)->name,
              QStringLiteral("Polar line automation"));
    EXPECT_FALSE(window->undoStack()->canRedo());
    EXPECT_EQ(window->undoStack()->count(), 8);
}

TEST_F(SdrFlow, AnAnswersUndoNeverOverwritesANewerAnswer)
{
    pressInTable(Qt::Key_Slash);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kirsi polar"));
    for (int i = 0; i < 50 && window->leadModel()->rowCount() != 1; ++i)
        QTest::qWait(20);
    ASSERT_EQ(window->leadModel()->rowCount(), 1);
    clickLead();
    showQualificationTab();
    QualificationWidget* qualification = window->leadView()->qualification();
    qualification->addFrameworkBox()->setCurrentIndex(
        qualification->addFrameworkBox()->findData(QStringLiteral("BANT")));
    QTest::mouseClick(qualification->addFrameworkButton(), Qt::LeftButton);
    answer(QStringLiteral("budget"), AnswerStatus::Partial, QStringLiteral("20000"));
    ASSERT_EQ(window->undoStack()->count(), 1);
    {
        // A colleague, in another window, answers the same criterion afterwards.
        auto other = file();
        AnswerInput input;
        input.framework = QStringLiteral("BANT");
        input.criterion = QStringLiteral("budget");
        input.status = AnswerStatus::Confirmed;
        input.value = QStringLiteral("45000");
        QualificationService(*other).record(*other->leads().find(leadId), input,
                                            QStringLiteral("Colleague"));
    }
    QString message;
    acceptNextMessageBox(&message);
    window->action(QStringLiteral("edit.undo"))->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(message.contains(QStringLiteral("Colleague"))) << message.toStdString();
    auto workspace = file();
    const QList<Answer> history =
        QualificationService(*workspace)
            .history(leadId, QStringLiteral("BANT"), QStringLiteral("budget"));
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).by, QStringLiteral("Colleague"));
    EXPECT_EQ(history.at(0).value, QStringLiteral("45000"));
    EXPECT_EQ(window->undoStack()->count(), 0) << "the stale step left the stack";
}

TEST_F(SdrFlow, ToolbarActionsHaveIconsAndTheWindowOne)
{
    EXPECT_FALSE(window->windowIcon().isNull());
    for (const char* id : {"file.import", "file.export", "file.backup", "edit.undo", "edit.redo",
                           "edit.search", "lead.accept", "lead.qualify", "lead.nurture",
                           "lead.disqualify", "lead.convert", "tools.settings"}) {
        QAction* action = window->action(QString::fromLatin1(id));
        ASSERT_NE(action, nullptr) << id;
        EXPECT_FALSE(action->icon().isNull()) << id;
        // Drawn, not blank: some pixels are painted at 24 px.
        const QImage image = action->icon().pixmap(24, 24).toImage();
        int painted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 0;
        EXPECT_GT(painted, 30) << id;
        EXPECT_FALSE(action->toolTip().isEmpty()) << id;
    }
}

TEST_F(SdrFlow, AConversionsUndoIsRefusedWhenTheNewAccountIsUsedSince)
{
    {
        // Straight to SQL (a manager's override), to convert at once.
        auto workspace = file();
        Lead lead = *workspace->leads().find(leadId);
        lead.stage = Stage::SQL;
        workspace->leads().update(lead, QStringLiteral("Manager"));
    }
    window->action(QStringLiteral("view.refresh"))->trigger();
    clickLead();
    bool dialogSeen = false;
    convertWhenTheDialogOpens(&dialogSeen);
    pressInTable(Qt::Key_C);
    ASSERT_TRUE(dialogSeen);
    const Lead converted = stored();
    ASSERT_EQ(converted.stage, Stage::Converted);
    ASSERT_EQ(window->undoStack()->count(), 1);
    {
        // An account executive adds another deal to the new account meanwhile.
        auto workspace = file();
        Opportunity other;
        other.accountId = converted.converted->accountId;
        other.name = QStringLiteral("Spare parts 2027");
        workspace->crm().insertOpportunity(other);
    }
    QString message;
    acceptNextMessageBox(&message);
    undoByKeyboard();
    EXPECT_TRUE(message.contains(QString::number(converted.converted->accountId)))
        << message.toStdString();
    const Lead after = stored();
    EXPECT_EQ(after.stage, Stage::Converted) << "nothing taken back";
    EXPECT_EQ(after.version, converted.version);
    auto workspace = file();
    EXPECT_TRUE(workspace->crm().account(converted.converted->accountId));
    EXPECT_EQ(window->undoStack()->count(), 0) << "the refused step left the stack";
}

TEST_F(SdrFlow, TheShortcutsSheetListsUndoAndRedo)
{
    QString text;
    acceptNextMessageBox(&text);
    window->action(QStringLiteral("help.shortcuts"))->trigger();
    EXPECT_TRUE(text.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Undo"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Redo"))) << text.toStdString();
}
