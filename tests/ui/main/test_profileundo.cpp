// Editing a lead's profile in the lead view, offscreen: saved, rescored, undone and redone
// through the Edit menu; bad values are refused with the field named; another user's change
// in between is never undone silently.
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "leadview/profileeditor.h"
#include "main/mainwindow.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"
#include "util/language.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

class ProfileUndo : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = openDemoWindow(temp, 200, QStringLiteral("Editor"));
        window->show();
        // A lead that is not converted (converted leads are read-only).
        for (int row = 0; row < window->leadModel()->rowCount(); ++row) {
            if (window->leadModel()->rowAt(row)->stage == Stage::New) {
                window->leadTable()->setCurrentIndex(window->leadModel()->index(row, 1));
                break;
            }
        }
        leadId = window->leadView()->lead()->id;
        profile = window->leadView()->profile();
    }

    Lead stored()
    {
        auto workspace = openWorkspace(temp.path());
        return *workspace->leads().find(leadId);
    }

    void type(const QString& field, const QString& text)
    {
        QLineEdit* edit = profile->field(field);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
    ProfileEditor* profile = nullptr;
    qint64 leadId = 0;
};

} // namespace

TEST_F(ProfileUndo, SaveUndoRedo)
{
    const Lead original = stored();
    type(QStringLiteral("title"), QStringLiteral("Toimitusjohtaja"));
    type(QStringLiteral("employees"), QStringLiteral("1 200"));
    ASSERT_TRUE(profile->saveButton()->isEnabled());
    QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
    Lead saved = stored();
    EXPECT_EQ(saved.title, QStringLiteral("Toimitusjohtaja"));
    EXPECT_EQ(saved.employees, 1200) << "Nordic grouping with a space";
    EXPECT_EQ(saved.updatedBy, QStringLiteral("Editor"));
    EXPECT_EQ(saved.score.scoredAt.isValid(), true);

    window->action(QStringLiteral("edit.undo"))->trigger();
    Lead undone = stored();
    EXPECT_EQ(undone.title, original.title);
    EXPECT_EQ(undone.employees, original.employees);
    EXPECT_EQ(undone.score.total, original.score.total) << "rescored back";

    window->action(QStringLiteral("edit.redo"))->trigger();
    EXPECT_EQ(stored().title, QStringLiteral("Toimitusjohtaja"));
    EXPECT_EQ(window->undoStack()->count(), 1);
}

TEST_F(ProfileUndo, BadValuesAreRefusedNamingTheField)
{
    const Lead original = stored();
    type(QStringLiteral("email"), QStringLiteral("not-an-address"));
    type(QStringLiteral("expected_close"), QStringLiteral("31.2.2027"));
    QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(profile->problemsLabel()->isVisibleTo(profile));
    EXPECT_TRUE(profile->problemsLabel()->text().contains(QStringLiteral("not-an-address")));
    EXPECT_TRUE(profile->problemsLabel()->text().contains(QStringLiteral("31.2.2027")));
    EXPECT_EQ(stored().email, original.email);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(ProfileUndo, AnotherUsersChangeIsNotUndone)
{
    type(QStringLiteral("city"), QStringLiteral("Vaasa"));
    QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
    ASSERT_EQ(stored().city, QStringLiteral("Vaasa"));
    {
        auto other = openWorkspace(temp.path());
        Lead lead = *other->leads().find(leadId);
        lead.city = QStringLiteral("Oulu");
        other->leads().update(lead, QStringLiteral("Someone else"));
    }
    QString message;
    QTimer::singleShot(50, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                message = box->text();
                box->accept();
            }
    });
    window->action(QStringLiteral("edit.undo"))->trigger();
    EXPECT_EQ(stored().city, QStringLiteral("Oulu"));
    EXPECT_TRUE(message.contains(QStringLiteral("Someone else"))) << message.toStdString();
    EXPECT_EQ(window->undoStack()->count(), 0) << "the stale edit left the stack";
}

TEST_F(ProfileUndo, CompletenessNamesTheEmptyScoringFields)
{
    QLineEdit* budget = profile->field(QStringLiteral("budget"));
    if (!budget->text().isEmpty()) {
        budget->selectAll();
        QTest::keyClick(budget, Qt::Key_Delete);
        QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
    }
    ASSERT_FALSE(stored().budget.has_value());
    const QString text = profile->completenessLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Budget"))) << text.toStdString();
    EXPECT_EQ(budget->placeholderText(), QStringLiteral("used by scoring"));
    type(QStringLiteral("budget"), QStringLiteral("25 000"));
    QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
    EXPECT_EQ(stored().budget, 25000.0);
    EXPECT_FALSE(profile->completenessLabel()->text().contains(QStringLiteral("Budget")));
}

// The country is shown by its name in the reader's language, a name typed in any of the three
// is saved as its code, and a language switch names it anew without making it an edit.
TEST_F(ProfileUndo, TheCountryByNameSavedAsItsCode)
{
    QLineEdit* country = profile->field(QStringLiteral("country"));
    ASSERT_NE(country, nullptr);
    type(QStringLiteral("country"), QStringLiteral("Ruotsi"));
    QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
    EXPECT_EQ(stored().country, QStringLiteral("SE"));
    EXPECT_EQ(country->text(), QStringLiteral("Sweden"));
    EXPECT_FALSE(profile->saveButton()->isEnabled()) << "the name shown is no edit";

    installTranslations(*qApp, QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(country->text(), QStringLiteral("Sverige"));
    EXPECT_FALSE(profile->saveButton()->isEnabled());
    installTranslations(*qApp, QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(country->text(), QStringLiteral("Sweden"));
}
