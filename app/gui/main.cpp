// leadbench: the desktop workbench. Parses the command line, picks the workspace, opens the
// main window; everything else lives in ui/ and core/.
#include "crm/crmlistmodels.h"
#include "crm/crmwindow.h"
#include "dashboard/dashboardview.h"
#include "dashboard/dashboardwindow.h"
#include "leadview/leadview.h"
#include "main/appsettings.h"
#include "main/mainwindow.h"
#include "main/startup.h"
#include "main/themecolors.h"
#include "util/language.h"
#include "util/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("leadbench"));
    QApplication::setOrganizationName(QStringLiteral("leadbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Leadbench"));
    QApplication::setApplicationVersion(QStringLiteral(LEADBENCH_VERSION));
    // The installed menu entry and icon (resources/desktop): Wayland shells match the window
    // to the entry by this name; X11 ones take the icon from the window.
    QApplication::setDesktopFileName(QStringLiteral(LEADBENCH_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(LEADBENCH_APP_ID)));
    lb::installTranslations(app, lb::settings::language.value());
    lb::theme::applyFromEnvironment(); // LEADBENCH_THEME=dark: Fusion with a dark palette

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Leadbench, the lead qualification workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open."),
                                 QStringLiteral("[WORKSPACE]"));
    // For documentation and visual checks: render the window to a PNG and quit.
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main", "With --screenshot: show this tab of the lead view (0-5)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(tab);
    const QCommandLineOption dashboard(
        QStringLiteral("dashboard"),
        QApplication::translate("main", "With --screenshot: picture the dashboard instead."));
    parser.addOption(dashboard);
    const QCommandLineOption accounts(
        QStringLiteral("accounts"),
        QApplication::translate("main", "With --screenshot: picture an account page instead."));
    parser.addOption(accounts);
    const QCommandLineOption opportunities(
        QStringLiteral("opportunities"),
        QApplication::translate("main",
                                "With --screenshot: picture the opportunity list instead."));
    parser.addOption(opportunities);
    parser.process(app);

    const QString path = lb::workspaceToOpen(parser.positionalArguments().value(0));
    if (path == lb::defaultWorkspacePath()) {
        const QString error = lb::ensureDefaultWorkspace(path);
        if (!error.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "Leadbench"), error);
    }
    lb::MainWindow window;
    window.openWorkspace(path);
    window.show();
    if (parser.isSet(screenshot) && parser.isSet(dashboard)) {
        window.showDashboard();
        if (qEnvironmentVariableIsSet("LEADBENCH_SCREENSHOT_SIZE")) { // e.g. 1366x1700
            const QStringList size = qEnvironmentVariable("LEADBENCH_SCREENSHOT_SIZE").split('x');
            window.dashboard()->resize(size.value(0).toInt(), size.value(1).toInt());
        }
        auto* poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
            lb::DashboardView* view = window.dashboard() ? window.dashboard()->view() : nullptr;
            if (view && view->reports() && !view->isLoading()) {
                poll->stop();
                window.dashboard()->grab().save(parser.value(screenshot));
                app.quit();
            }
        });
        poll->start(300);
    } else if (parser.isSet(screenshot) &&
               (parser.isSet(accounts) || parser.isSet(opportunities))) {
        lb::CrmWindow* crm = window.showCrm();
        crm->resize(1366, 768);
        if (parser.isSet(opportunities)) {
            crm->tabs()->setCurrentIndex(1);
        } else {
            // The account of the first page with the most open pipeline: a full page to show.
            lb::AccountListModel* list = crm->accountModel();
            int best = -1;
            for (int row = 0; row < list->rowCount(); ++row)
                if (best < 0 || list->rowAt(row)->openPipeline > list->rowAt(best)->openPipeline)
                    best = row;
            if (best >= 0)
                crm->accountTable()->setCurrentIndex(list->index(best, 0));
        }
        QTimer::singleShot(300, crm, [&, crm] {
            crm->grab().save(parser.value(screenshot));
            app.quit();
        });
    } else if (parser.isSet(screenshot)) {
        if (qEnvironmentVariableIsSet("LEADBENCH_SCREENSHOT_SIZE")) { // e.g. 1366x768
            const QStringList size = qEnvironmentVariable("LEADBENCH_SCREENSHOT_SIZE").split('x');
            window.resize(size.value(0).toInt(), size.value(1).toInt());
        }
        if (window.leadView())
            window.leadView()->tabs()->setCurrentIndex(parser.value(tab).toInt());
        QTimer::singleShot(300, &window, [&] {
            window.grab().save(parser.value(screenshot));
            app.quit();
        });
    }
    return app.exec();
}
