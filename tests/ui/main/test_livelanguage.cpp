// Issue 22: a language chosen in Settings applies at once. The main window (menus, actions,
// queues, filter bar, the lead table's headers, the status bar), the lead view and its tabs,
// Accounts & Deals and the dashboard, all open, word themselves anew in Finnish, then in
// Swedish, then in English again: the catalogues the program embeds, switched through the
// Settings dialog as the user switches them.
#include "crm/crmwindow.h"
#include "dashboard/dashboardwindow.h"
#include "dialogs/settingsdialog.h"
#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "main/appsettings.h"
#include "main/filterbar.h"
#include "main/mainwindow.h"
#include "main/queuepanel.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"
#include "util/language.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

// What the catalogue in effect says for `source` in `context` (the installed translators).
QString tr(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

QString menuTitle(MainWindow& window, int index)
{
    return window.menuBar()->actions().value(index)->text();
}

// Chooses `language` in Settings and accepts, as the user does; the windows get their
// QEvent::LanguageChange from the event loop.
void chooseInSettings(MainWindow& window, const QString& language)
{
    SettingsDialog dialog(window.workspace(), &window);
    dialog.nameEdit()->setText(window.actor()); // a name is required
    QComboBox* box = dialog.languageBox();
    box->setCurrentIndex(box->findData(language));
    ASSERT_EQ(box->currentData().toString(), language);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // QEvent::LanguageChange reaches each window through the event loop, and the table's
    // reload after the dialog's writes may still be under way on a busy machine: wait (a few
    // seconds at most) until the main window speaks the language and shows its lead again.
    const QString file = QCoreApplication::translate("lb::MainWindow", "&File");
    const auto settled = [&] {
        return menuTitle(window, 0) == file && window.leadView() &&
               window.leadView()->lead().has_value();
    };
    const QDeadlineTimer deadline(5000);
    while (!settled() && !deadline.hasExpired())
        QTest::qWait(10);
    EXPECT_TRUE(settled()) << language.toStdString() << ": the File menu says "
                           << menuTitle(window, 0).toStdString() << ", a lead is shown: "
                           << (window.leadView() && window.leadView()->lead().has_value());
}

QString queueText(MainWindow& window, int row)
{
    auto* queues = window.findChild<QueuePanel*>(QStringLiteral("queuePanel"));
    return queues->item(row)->text();
}

class LiveLanguage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        settings::language.set(QStringLiteral("en"));
        installTranslations(*qApp, QStringLiteral("en"));
    }
    void TearDown() override
    {
        settings::language.set(QString());
        installTranslations(*qApp, QStringLiteral("en"));
    }
};

// Every checked text is the catalogue's for the language in effect, and (but in English)
// not the English one.
void expectWorded(MainWindow& window, const QString& language)
{
    const bool english = language == QLatin1String("en");
    const auto expectText = [&](const QString& shown, const char* context, const char* source) {
        EXPECT_EQ(shown, tr(context, source)) << language.toStdString() << ": " << source;
        if (english)
            EXPECT_EQ(shown, QString::fromUtf8(source));
        else
            EXPECT_NE(shown, QString::fromUtf8(source))
                << language.toStdString() << ": untranslated";
    };
    // The main window: menus, actions, queues, filter bar, table headers, title.
    expectText(menuTitle(window, 0), "lb::MainWindow", "&File");
    expectText(menuTitle(window, 2), "lb::MainWindow", "&View"); // "&Lead" is Swedish too
    expectText(window.action(QStringLiteral("lead.accept"))->text(), "lb::MainWindow", "&Accept");
    expectText(window.action(QStringLiteral("view.back"))->text(), "lb::Navigation", "&Back");
    EXPECT_TRUE(queueText(window, 1).startsWith(tr("lb::QueuePanel", "All leads")))
        << queueText(window, 1).toStdString();
    EXPECT_TRUE(queueText(window, 0).startsWith(tr("lb::QueuePanel", "My leads")));
    EXPECT_TRUE(queueText(window, 3).startsWith(tr("lb::QueuePanel", "MQLs to accept")))
        << queueText(window, 3).toStdString();
    if (!english)
        EXPECT_FALSE(queueText(window, 1).startsWith(QStringLiteral("All leads")));
    const QAbstractItemModel* model = window.leadTable()->model();
    expectText(model->headerData(LeadTableModel::ScoreColumn, Qt::Horizontal).toString(),
               "lb::LeadTableModel", "Score");
    expectText(model->headerData(LeadTableModel::DaysInStageColumn, Qt::Horizontal).toString(),
               "lb::LeadTableModel", "Days in stage");
    auto* filters = window.findChild<FilterBar*>(QStringLiteral("filterBar"));
    expectText(filters->missingDataBox()->text(), "lb::FilterBar", "Missing scoring &data");
    expectText(filters->ownerBox()->itemText(0), "lb::FilterBar", "Anyone");
    EXPECT_TRUE(window.windowTitle().endsWith(tr("lb::MainWindow", "%1 — Leadbench").mid(2)))
        << window.windowTitle().toStdString();
    // The lead view: its tabs and buttons.
    ASSERT_NE(window.leadView(), nullptr);
    ASSERT_TRUE(window.leadView()->lead().has_value());
    QTabWidget* tabs = window.leadView()->tabs();
    expectText(tabs->tabText(0), "lb::LeadView", "Profile");
    expectText(tabs->tabText(3), "lb::LeadView", "Qualification");
    expectText(tabs->tabText(4), "lb::LeadView", "History");
    // Accounts & Deals and the dashboard, open beside it.
    ASSERT_NE(window.crmWindow(), nullptr);
    expectText(window.crmWindow()->windowTitle(), "lb::CrmWindow", "Accounts & Deals — Leadbench");
    expectText(window.crmWindow()->tabs()->tabText(1), "lb::CrmWindow", "&Opportunities");
    expectText(window.crmWindow()->periodFilter()->itemText(0), "lb::CrmWindow", "Any close date");
    ASSERT_NE(window.dashboard(), nullptr);
    expectText(window.dashboard()->windowTitle(), "lb::DashboardWindow", "Dashboard — Leadbench");
}

} // namespace

TEST_F(LiveLanguage, SettingsSwitchesTheOpenWindowsAtOnce)
{
    TempWorkspace temp;
    auto window = test::openDemoWindow(temp, 60);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_TRUE(window->leadView()->lead().has_value()) << "the top lead is shown";
    window->showCrm();
    window->showDashboard();
    QCoreApplication::processEvents();
    expectWorded(*window, QStringLiteral("en"));
    const QString englishCount = window->findChild<QLabel*>(QStringLiteral("countLabel"))->text();

    QSignalSpy headers(window->leadModel(), &QAbstractItemModel::headerDataChanged);
    chooseInSettings(*window, QStringLiteral("fi"));
    EXPECT_EQ(QLocale().language(), QLocale::Finnish) << "numbers and dates follow";
    EXPECT_GE(headers.count(), 1) << "the table's header is told to read its texts again";
    // Hard-coded once, from translations/leadbench_fi.ts: the catalogue is the one embedded.
    EXPECT_EQ(menuTitle(*window, 0), QStringLiteral("&Tiedosto"));
    expectWorded(*window, QStringLiteral("fi"));
    EXPECT_NE(window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(), englishCount);

    chooseInSettings(*window, QStringLiteral("sv"));
    EXPECT_EQ(QLocale().language(), QLocale::Swedish);
    expectWorded(*window, QStringLiteral("sv"));

    chooseInSettings(*window, QStringLiteral("en"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
    expectWorded(*window, QStringLiteral("en"));
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(), englishCount);
    EXPECT_EQ(settings::language.value(), QStringLiteral("en"));
}

// A window made after the switch starts in the new language, and one made before follows it
// (the Settings dialog's own path: only a changed language is installed again).
TEST_F(LiveLanguage, OnlyAChangedLanguageIsInstalledAgain)
{
    TempWorkspace temp;
    auto window = test::openDemoWindow(temp, 20);
    QSignalSpy headers(window->leadModel(), &QAbstractItemModel::headerDataChanged);
    chooseInSettings(*window, QStringLiteral("en"));
    EXPECT_EQ(headers.count(), 0) << "English stayed: nothing to word anew";
    chooseInSettings(*window, QStringLiteral("sv"));
    EXPECT_GE(headers.count(), 1);
    MainWindow second;
    EXPECT_EQ(second.menuBar()->actions().value(0)->text(), tr("lb::MainWindow", "&File"));
    EXPECT_NE(second.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
}
