// The main window's actions, menus, toolbar and shortcut list: what the window offers, kept
// apart from what it does (mainwindow.cpp). Actions are registered once with stable ids, which
// menus, toolbar, shortcuts and tests use.
#include "main/mainwindow.h"

#include "dashboard/dashboardview.h"
#include "dashboard/dashboardwindow.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/settingsdialog.h"
#include "leads/leadtablemodel.h"
#include "leads/scoredelegate.h"
#include "leadview/leadview.h"
#include "leadview/profileeditor.h"
#include "leadview/qualificationactions.h"
#include "lifecycle/lifecycleservice.h"
#include "main/appsettings.h"
#include "main/changewatcher.h"
#include "main/filterbar.h"
#include "main/icons.h"
#include "main/jobrunner.h"
#include "main/leadmoves.h"
#include "main/leadpanesync.h"
#include "main/navigation.h"
#include "main/queuepanel.h"
#include "main/rescoreactions.h"
#include "main/sdractions.h"
#include "main/searchbox.h"
#include "store/lockwait.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "undo/answercommand.h"
#include "undo/conversioncommand.h"
#include "undo/leadeditcommand.h"
#include "undo/stagemovecommand.h"
#include "util/paths.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lb {

QAction* MainWindow::addAction(const QString& id, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(id);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions.insert(id, action);
    return action;
}

void MainWindow::createActions()
{
    // Not QUndoStack::createUndoAction: its prefix ("&Undo") stays in the language it was
    // made in. These name the step to undo in the language in effect (setUndoTexts).
    QAction* undo = addAction(QStringLiteral("edit.undo"), QKeySequence::Undo);
    undo->setEnabled(m_undo->canUndo());
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    QAction* redo = addAction(QStringLiteral("edit.redo"), QKeySequence::Redo);
    redo->setEnabled(m_undo->canRedo());
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, &MainWindow::setUndoTexts);
    connect(m_undo, &QUndoStack::redoTextChanged, this, &MainWindow::setUndoTexts);
    connect(addAction(QStringLiteral("file.new"), QKeySequence::New), &QAction::triggered, this,
            &MainWindow::newWorkspace);
    connect(addAction(QStringLiteral("file.open"), QKeySequence::Open), &QAction::triggered, this,
            &MainWindow::chooseWorkspace);
    connect(addAction(QStringLiteral("file.connect")), &QAction::triggered, this,
            &MainWindow::connectToTeamWorkspace);
    connect(addAction(QStringLiteral("file.import"), QKeySequence(Qt::CTRL | Qt::Key_I)),
            &QAction::triggered, this, &MainWindow::importFile);
    connect(addAction(QStringLiteral("file.export"), QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, &MainWindow::exportLeads);
    connect(addAction(QStringLiteral("file.backup")), &QAction::triggered, this,
            &MainWindow::backupWorkspace);
    connect(addAction(QStringLiteral("file.quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);
    connect(addAction(QStringLiteral("view.refresh"), QKeySequence::Refresh), &QAction::triggered,
            this, &MainWindow::refresh);
    connect(
        addAction(QStringLiteral("view.dashboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)),
        &QAction::triggered, this, &MainWindow::showDashboard);
    connect(addAction(QStringLiteral("view.crm"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)),
            &QAction::triggered, this, &MainWindow::showCrm);
    for (QAction* step : m_navigation->makeActions(this))
        m_actions.insert(step->objectName(), step);
    QAction* find = addAction(QStringLiteral("edit.search"), QKeySequence::Find);
    find->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)});
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(addAction(QStringLiteral("help.about")), &QAction::triggered, this,
            &MainWindow::showAbout);
    connect(addAction(QStringLiteral("help.shortcuts")), &QAction::triggered, this,
            &MainWindow::showShortcuts);
    connect(addAction(QStringLiteral("tools.scoringModel")), &QAction::triggered, this,
            &MainWindow::editScoringModel);
    QAction* preferences = addAction(QStringLiteral("tools.settings"), QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_workspace.get(), this);
        connect(&dialog, &SettingsDialog::userNameChanged, this, &MainWindow::setActor);
        connect(&dialog, &SettingsDialog::workspaceChanged, this, &MainWindow::afterLeadsChanged);
        connect(&dialog, &SettingsDialog::mqlThresholdChosen, this,
                &MainWindow::changeMqlThreshold);
        dialog.exec();
    });
    createLeadActions();
}

void MainWindow::createLeadActions()
{
    struct Move
    {
        const char* id;
        QKeySequence key;
        Stage to;
    };
    const QList<Move> moves = {
        {"lead.accept", QKeySequence(Qt::Key_A), Stage::SAL},
        {"lead.qualify", QKeySequence(Qt::Key_Q), Stage::SQL},
        {"lead.nurture", QKeySequence(Qt::Key_N), Stage::Nurture},
        {"lead.disqualify", QKeySequence(Qt::Key_D), Stage::Disqualified},
        {"lead.markMql", QKeySequence(Qt::Key_M), Stage::MQL},
        {"lead.reopen", QKeySequence(Qt::Key_R), Stage::New},
    };
    for (const Move& move : moves) {
        QAction* action = addAction(QString::fromLatin1(move.id), move.key);
        const Stage to = move.to;
        connect(action, &QAction::triggered, this, [this, to] { moveSelected(to); });
    }
    connect(addAction(QStringLiteral("lead.convert"), QKeySequence(Qt::Key_C)), &QAction::triggered,
            this, &MainWindow::convertSelected);
    connect(addAction(QStringLiteral("lead.assignOwner"), QKeySequence(Qt::Key_O)),
            &QAction::triggered, this, [this] {
                const QList<qint64> ids = selectedLeadIds();
                if (m_workspace && !ids.isEmpty() && m_paneSync->settleEdits())
                    m_sdr->assignOwner(*m_workspace, m_actor, ids);
            });
    connect(addAction(QStringLiteral("lead.logTouch"), QKeySequence(Qt::Key_L)),
            &QAction::triggered, this, [this] {
                const QModelIndex current = m_table->currentIndex();
                const QList<qint64> ids = selectedLeadIds();
                const qint64 id = current.isValid()
                                      ? current.data(LeadTableModel::LeadIdRole).toLongLong()
                                      : (ids.isEmpty() ? 0 : ids.constFirst());
                if (m_workspace && id != 0 && m_paneSync->settleEdits())
                    m_sdr->logTouch(*m_workspace, m_actor, id);
            });
    connect(addAction(QStringLiteral("lead.next"), QKeySequence(Qt::Key_J)), &QAction::triggered,
            this, [this] { selectNeighbour(1); });
    connect(addAction(QStringLiteral("lead.previous"), QKeySequence(Qt::Key_K)),
            &QAction::triggered, this, [this] { selectNeighbour(-1); });
    // Single-letter shortcuts act in the table only, so typing in a field never moves a lead.
    for (const QString& id : m_actions.keys()) {
        if (id.startsWith(QLatin1String("lead."))) {
            m_actions.value(id)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_table->addAction(m_actions.value(id));
        }
    }
    // Not a table action: it acts on the workspace's unowned MQLs, not on the selection.
    connect(addAction(QStringLiteral("leads.assignNewMqls")), &QAction::triggered, this, [this] {
        if (m_workspace && m_paneSync->settleEdits())
            m_sdr->assignNewMqls(*m_workspace, m_actor);
    });
    updateLeadActions();
}

void MainWindow::createMenus()
{
    QMenu* file = addMenu(QStringLiteral("menu.file"));
    file->addAction(action(QStringLiteral("file.new")));
    file->addAction(action(QStringLiteral("file.open")));
    file->addAction(action(QStringLiteral("file.connect")));
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("file.recent"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("file.import")));
    file->addAction(action(QStringLiteral("file.export")));
    file->addAction(action(QStringLiteral("file.backup")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("file.quit")));
    QMenu* edit = addMenu(QStringLiteral("menu.edit"));
    edit->addAction(action(QStringLiteral("edit.undo")));
    edit->addAction(action(QStringLiteral("edit.redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("edit.search")));
    QMenu* view = addMenu(QStringLiteral("menu.view"));
    view->addAction(action(QStringLiteral("view.refresh")));
    view->addAction(action(QStringLiteral("view.dashboard")));
    view->addAction(action(QStringLiteral("view.crm")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("view.back")));
    view->addAction(action(QStringLiteral("view.forward")));
    QMenu* lead = addMenu(QStringLiteral("menu.lead"));
    for (const char* id : {"lead.accept", "lead.qualify", "lead.convert", "lead.nurture",
                           "lead.disqualify", "lead.markMql", "lead.reopen"})
        lead->addAction(action(QString::fromLatin1(id)));
    lead->addSeparator();
    lead->addAction(action(QStringLiteral("lead.assignOwner")));
    lead->addAction(action(QStringLiteral("leads.assignNewMqls")));
    lead->addAction(action(QStringLiteral("lead.logTouch")));
    lead->addSeparator();
    lead->addAction(action(QStringLiteral("lead.next")));
    lead->addAction(action(QStringLiteral("lead.previous")));
    QMenu* tools = addMenu(QStringLiteral("menu.tools"));
    tools->addAction(action(QStringLiteral("tools.scoringModel")));
    tools->addAction(action(QStringLiteral("tools.settings")));
    QMenu* help = addMenu(QStringLiteral("menu.help"));
    help->addAction(action(QStringLiteral("help.shortcuts")));
    help->addAction(action(QStringLiteral("help.about")));
    rebuildRecentMenu();
}

void MainWindow::createToolBar()
{
    const QList<std::pair<const char*, const char*>> icons = {
        {"file.import", "import"},   {"file.export", "export"},
        {"file.backup", "backup"},   {"edit.undo", "undo"},
        {"edit.redo", "redo"},       {"edit.search", "search"},
        {"lead.accept", "accept"},   {"lead.qualify", "qualify"},
        {"lead.nurture", "nurture"}, {"lead.disqualify", "disqualify"},
        {"lead.convert", "convert"}, {"tools.settings", "settings"}};
    for (const auto& [id, name] : icons)
        action(QString::fromLatin1(id))->setIcon(icons::icon(QString::fromLatin1(name)));

    QToolBar* bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setIconSize(QSize(22, 22));
    const QList<QList<const char*>> groups = {
        {"file.import", "file.export"},
        {"edit.undo", "edit.redo"},
        {"lead.accept", "lead.qualify", "lead.nurture", "lead.disqualify", "lead.convert"},
        {"edit.search"},
        {"file.backup", "tools.settings"}};
    for (const QList<const char*>& group : groups) {
        if (!bar->actions().isEmpty())
            bar->addSeparator();
        for (const char* id : group)
            bar->addAction(action(QString::fromLatin1(id)));
    }
    m_toolBar = bar;
}

QMenu* MainWindow::addMenu(const QString& id)
{
    QMenu* menu = menuBar()->addMenu(QString());
    menu->setObjectName(id);
    m_menus.insert(id, menu);
    return menu;
}

void MainWindow::setTexts()
{
    const QList<std::pair<const char*, QString>> menus = {
        {"menu.file", tr("&File")}, {"menu.edit", tr("&Edit")},   {"menu.view", tr("&View")},
        {"menu.lead", tr("&Lead")}, {"menu.tools", tr("&Tools")}, {"menu.help", tr("&Help")}};
    for (const auto& [id, text] : menus)
        m_menus.value(QString::fromLatin1(id))->setTitle(text);
    m_recentMenu->setTitle(tr("Open &Recent"));
    const QList<std::pair<const char*, QString>> actions = {
        {"file.new", tr("&New Workspace…")},
        {"file.open", tr("&Open Workspace…")},
        //: Opens a workspace a team shares on a PostgreSQL server
        {"file.connect", tr("&Connect to Team Workspace…")},
        {"file.import", tr("&Import…")},
        {"file.export", tr("&Export Leads…")},
        {"file.backup", tr("&Back Up Workspace…")},
        {"file.quit", tr("&Quit")},
        {"view.refresh", tr("&Refresh")},
        {"view.dashboard", tr("&Dashboard")},
        //: Menu entry: the accounts and opportunities (deals) made by converting leads
        {"view.crm", tr("&Accounts && Deals")},
        {"edit.search", tr("&Find Leads")},
        {"help.about", tr("&About Leadbench")},
        {"help.shortcuts", tr("&Keyboard Shortcuts")},
        {"tools.scoringModel", tr("&Scoring Model…")},
        {"tools.settings", tr("S&ettings…")},
        //: Accept the lead as sales-accepted (MQL -> SAL)
        {"lead.accept", tr("&Accept")},
        //: Qualify the lead (SAL -> SQL)
        {"lead.qualify", tr("&Qualify")},
        //: Send the lead back to marketing for nurturing
        {"lead.nurture", tr("&Nurture…")},
        {"lead.disqualify", tr("&Disqualify…")},
        //: Mark the lead as marketing qualified by hand
        {"lead.markMql", tr("Mark as &MQL")},
        {"lead.reopen", tr("&Reopen")},
        {"lead.convert", tr("&Convert…")},
        //: Give the selected leads to an SDR (or take them from their owner)
        {"lead.assignOwner", tr("Assign &Owner…")},
        //: Write down a call, e-mail, meeting or note with the current lead
        {"lead.logTouch", tr("&Log Touch…")},
        {"lead.next", tr("Ne&xt Lead")},
        {"lead.previous", tr("Pre&vious Lead")},
        //: Deal the MQLs nobody owns out to chosen SDRs in turn
        {"leads.assignNewMqls", tr("Assi&gn New MQLs…")}};
    for (const auto& [id, text] : actions)
        action(QString::fromLatin1(id))->setText(text);
    setUndoTexts(); // sets the toolbar's tooltips too

    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_table->setAccessibleName(tr("Leads"));
    setWindowTitle(
        m_workspace
            ? tr("%1 — Leadbench").arg(QFileInfo(m_workspace->location()).completeBaseName())
            : tr("Leadbench"));
    m_model->retranslate();
    // Queue names are translated text: the search box names the chosen queue anew.
    if (!m_search->queue().isEmpty())
        m_search->setQueue(m_queues->currentQueueName());
    updateStatus();
}

void MainWindow::setUndoTexts()
{
    // "&Undo Move to SAL": the step's own text as it was recorded.
    const auto prefixed = [](const QString& prefix, const QString& step) {
        return step.isEmpty() ? prefix : prefix + QLatin1Char(' ') + step;
    };
    action(QStringLiteral("edit.undo"))->setText(prefixed(tr("&Undo"), m_undo->undoText()));
    action(QStringLiteral("edit.redo"))->setText(prefixed(tr("&Redo"), m_undo->redoText()));
    if (!m_toolBar)
        return;
    for (QAction* item : m_toolBar->actions()) {
        if (item->isSeparator())
            continue;
        // The button says what it does and the key that does it without the mouse.
        const QString text = item->text().remove(QLatin1Char('&')).remove(QChar(0x2026));
        const QString key = item->shortcut().toString(QKeySequence::NativeText);
        item->setToolTip(key.isEmpty() ? text
                                       //: Toolbar tooltip: %1 the action, %2 its shortcut
                                       : tr("%1 (%2)").arg(text, key));
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = settings::recentWorkspaces.value();
    for (const QString& path : recent) {
        QAction* open = m_recentMenu->addAction(QFileInfo(path).fileName());
        open->setToolTip(path);
        open->setStatusTip(path);
        connect(open, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    for (const char* id :
         {"lead.next",     "lead.previous",   "lead.accept",  "lead.qualify", "lead.convert",
          "lead.nurture",  "lead.disqualify", "lead.markMql", "lead.reopen",  "lead.assignOwner",
          "lead.logTouch", "view.back",       "view.forward", "edit.search",  "edit.undo",
          "edit.redo",     "view.refresh",    "file.open",    "file.new",     "file.quit"}) {
        const QAction* shortcut = action(QString::fromLatin1(id));
        // Undo and redo name the step they would take; the sheet names the action itself.
        QString text = shortcut->text();
        if (qstrcmp(id, "edit.undo") == 0)
            text = tr("&Undo");
        else if (qstrcmp(id, "edit.redo") == 0)
            text = tr("&Redo");
        lines << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                     .arg(shortcut->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                          text.remove(QLatin1Char('&')).toHtmlEscaped());
    }
    QMessageBox::information(
        this, tr("Keyboard Shortcuts"),
        tr("<p>In the lead table:</p>") + QStringLiteral("<table cellspacing=6>") +
            lines.join(QString()) + QStringLiteral("</table>") +
            tr("<p>Also: / searches. Select several leads to move them together.</p>"));
}

} // namespace lb
