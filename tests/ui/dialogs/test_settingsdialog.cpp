// Settings: personal ones in QSettings, team ones in the workspace; a new MQL threshold is
// handed on (the window rescores in the background: see ui/main/test_settingsflow.cpp), not
// written by the dialog.
#include "demo/demoworkspace.h"
#include "dialogs/settingsdialog.h"
#include "main/appsettings.h"
#include "qualification/qualificationsettings.h"
#include "scoring/modelservice.h"
#include "support/tempworkspace.h"
#include "util/language.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

TEST(SettingsDialog, SavesPersonalAndWorkspaceSettings)
{
    TempWorkspace temp;
    DemoOptions options;
    options.leads = 300;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    fillWithDemoData(temp.workspace(), options);
    Workspace& workspace = temp.workspace();
    const qint64 mqlBefore = workspace.leads().count(LeadFilter{.stage = Stage::MQL});

    settings::userName.set(QString()); // the settings file outlives a test run
    SettingsDialog dialog(&workspace);
    QSignalSpy renamed(&dialog, &SettingsDialog::userNameChanged);
    QSignalSpy threshold(&dialog, &SettingsDialog::mqlThresholdChosen);
    dialog.nameEdit()->setText(QStringLiteral("Sofia Nieminen"));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("sv")));
    dialog.currencyBox()->setCurrentText(QStringLiteral("SEK"));
    dialog.readinessBarBox()->setValue(60);
    dialog.freshnessBox()->setValue(30);
    dialog.mqlThresholdBox()->setValue(30);
    dialog.accept();

    EXPECT_EQ(renamed.count(), 1);
    EXPECT_EQ(settings::userName.value(), QStringLiteral("Sofia Nieminen"));
    EXPECT_EQ(settings::language.value(), QStringLiteral("sv"));
    const QualificationSettings stored = QualificationSettings::load(workspace.settings());
    EXPECT_EQ(stored.currency, QStringLiteral("SEK"));
    EXPECT_DOUBLE_EQ(stored.readinessBar, 0.60);
    EXPECT_EQ(stored.freshnessDays, 30);
    ASSERT_EQ(threshold.count(), 1);
    EXPECT_DOUBLE_EQ(threshold.at(0).at(0).toDouble(), 30);
    EXPECT_EQ(scoring::modelHistory(workspace).size(), 1) << "the dialog itself never rescores";
    EXPECT_EQ(workspace.leads().count(LeadFilter{.stage = Stage::MQL}), mqlBefore);
    // The language applies at once (issue 22), without a restart.
    EXPECT_EQ(QLocale().language(), QLocale::Swedish);
    EXPECT_NE(QCoreApplication::translate("lb::MainWindow", "&File"), QStringLiteral("&File"));
    settings::language.set(QString());
    installTranslations(*qApp, QStringLiteral("en"));
}

TEST(SettingsDialog, RefusesAnEmptyName)
{
    SettingsDialog dialog(nullptr);
    dialog.nameEdit()->setText(QStringLiteral("   "));
    QTimer::singleShot(50, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible())
                box->accept();
    });
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.currencyBox(), nullptr) << "no workspace: personal settings only";
}
