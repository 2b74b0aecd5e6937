// Custom fields in the lead's profile (issue 21), offscreen on a real workspace file: a CSV
// column no standard field takes is imported as a custom field, shown below the standard
// fields under its own name, edited and saved as one undoable, rescored profile edit, and
// read back after the workspace is opened again.
#include "io/leadimporter.h"
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "leadview/profileeditor.h"
#include "main/mainwindow.h"
#include "scoring/modelservice.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

// 20 points for the gold tier: the model reads the imported column.
const QByteArray tierModel = QByteArrayLiteral(R"({
  "format": "leadbench-scoring-model", "version": 1, "name": "Tiers",
  "fit": {"max": 60, "rules": [
    {"id": "gold", "label": "Gold tier", "field": "custom.Tier", "op": "equals", "value": "gold",
     "points": 20}]},
  "behavior": {"max": 40, "half_life_days": 30, "window_days": 180, "rules": []},
  "thresholds": {"mql": 90},
  "grades": [{"min": 0, "grade": "D"}]
})");

class CustomFields : public ::testing::Test
{
protected:
    void SetUp() override
    {
        scoring::importModel(temp.workspace(), tierModel, "maria");
        const QString csv = temp.file("leads.csv");
        test::writeFile(csv, "Email,First Name,Last Name,Company,Tier,Seats\n"
                             "anna@kaleva.fi,Anna,Virtanen,Kaleva Oy,silver,12\n"
                             "olli@vaasa.fi,Olli,Nieminen,Vaasa Oy,,\n");
        io::ImportOptions options;
        options.path = csv;
        options.actor = QStringLiteral("importer");
        ASSERT_EQ(io::importLeads(temp.workspace(), options).imported, 2);
        anna = *temp.workspace().leads().findByEmail("anna@kaleva.fi");
        olli = *temp.workspace().leads().findByEmail("olli@vaasa.fi");
        ASSERT_EQ(anna.custom, (QMap<QString, QString>{{"Tier", "silver"}, {"Seats", "12"}}));
        temp.close();
    }

    std::unique_ptr<MainWindow> open()
    {
        auto window = std::make_unique<MainWindow>();
        window->setActor(QStringLiteral("Editor"));
        EXPECT_TRUE(window->openWorkspace(temp.path()));
        window->show();
        return window;
    }

    void select(MainWindow& window, qint64 id)
    {
        for (int row = 0; row < window.leadModel()->rowCount(); ++row) {
            if (window.leadModel()->rowAt(row)->id == id)
                window.leadTable()->setCurrentIndex(window.leadModel()->index(row, 1));
        }
        ASSERT_EQ(window.leadView()->lead()->id, id);
    }

    Lead stored(qint64 id)
    {
        auto workspace = openWorkspace(temp.path());
        return *workspace->leads().find(id);
    }

    // As the SDR types it (a setText() would leave Save disabled).
    static void type(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    TempWorkspace temp;
    Lead anna;
    Lead olli;
};

} // namespace

TEST_F(CustomFields, ShownEditedSavedUndoneAndReadBack)
{
    auto window = open();
    select(*window, anna.id);
    ProfileEditor* profile = window->leadView()->profile();
    EXPECT_EQ(profile->customFields(), (QStringList{"custom.Seats", "custom.Tier"}));
    QLineEdit* tier = profile->field("custom.Tier");
    ASSERT_NE(tier, nullptr);
    EXPECT_EQ(tier->text(), "silver");
    EXPECT_EQ(tier->accessibleName(), "Tier") << "labelled with its name as imported";
    EXPECT_EQ(profile->field("custom.Seats")->text(), "12");
    EXPECT_TRUE(profile->findChild<QLabel*>("customFieldsHeading")->isVisibleTo(profile));
    EXPECT_EQ(stored(anna.id).score.fit, 0);

    tier->selectAll();
    QTest::keyClicks(tier, "gold");
    ASSERT_TRUE(profile->hasUnsavedChanges());
    QTest::mouseClick(profile->saveButton(), Qt::LeftButton);
    Lead saved = stored(anna.id);
    EXPECT_EQ(saved.custom.value("Tier"), "gold");
    EXPECT_EQ(saved.custom.value("Seats"), "12");
    EXPECT_EQ(saved.updatedBy, "Editor");
    EXPECT_EQ(saved.score.fit, 20) << "the model reads custom.Tier: rescored";
    EXPECT_EQ(window->undoStack()->count(), 1);

    window->action(QStringLiteral("edit.undo"))->trigger();
    EXPECT_EQ(stored(anna.id).custom.value("Tier"), "silver");
    EXPECT_EQ(stored(anna.id).score.fit, 0);
    EXPECT_EQ(profile->field("custom.Tier")->text(), "silver");
    window->action(QStringLiteral("edit.redo"))->trigger();
    EXPECT_EQ(stored(anna.id).custom.value("Tier"), "gold");

    // Another lead has no custom fields: no rows, no heading.
    select(*window, olli.id);
    EXPECT_TRUE(profile->customFields().isEmpty());
    EXPECT_EQ(profile->field("custom.Tier"), nullptr);
    EXPECT_FALSE(profile->findChild<QLabel*>("customFieldsHeading")->isVisibleTo(profile));
    window.reset();

    // Opened again: the saved value is what the profile shows.
    auto again = open();
    select(*again, anna.id);
    EXPECT_EQ(again->leadView()->profile()->field("custom.Tier")->text(), "gold");
}

TEST_F(CustomFields, ABadStandardValueKeepsTheCustomEditUnsaved)
{
    auto window = open();
    select(*window, anna.id);
    ProfileEditor* profile = window->leadView()->profile();
    type(profile->field("custom.Seats"), "15");
    type(profile->field("employees"), "many");
    profile->save();
    EXPECT_TRUE(profile->problemsLabel()->text().contains("many"));
    EXPECT_EQ(stored(anna.id).custom.value("Seats"), "12");
    // Emptied, the field goes away.
    type(profile->field("employees"), "");
    type(profile->field("custom.Seats"), "");
    profile->save();
    EXPECT_FALSE(stored(anna.id).custom.contains("Seats"));
    EXPECT_EQ(profile->field("custom.Seats"), nullptr);
}
