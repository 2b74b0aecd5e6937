#include "main/mainwindow.h"

#include "crm/committeewidget.h"
#include "crm/crmwindow.h"
#include "dashboard/dashboardview.h"
#include "dashboard/dashboardwindow.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/settingsdialog.h"
#include "leads/columnchooser.h"
#include "leads/leadtablemodel.h"
#include "leads/queuecounts.h"
#include "leads/scoredelegate.h"
#include "leads/sla.h"
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
#include "main/movenotice.h"
#include "main/navigation.h"
#include "main/newestjob.h"
#include "main/queuepanel.h"
#include "main/rescoreactions.h"
#include "main/retranslate.h"
#include "main/sdractions.h"
#include "main/searchbox.h"
#include "main/serverpasswordprompt.h"
#include "store/backends/workspacecopy.h"
#include "store/lockwait.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"
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
#include <QInputDialog>
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

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_actor(settings::userName.value().isEmpty() ? osUserName() : settings::userName.value())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icons::app());
    // Dialogs and message boxes take the application's icon.
    if (qApp->windowIcon().isNull())
        qApp->setWindowIcon(icons::app());

    m_model = new LeadTableModel(this);
    m_job = new WorkspaceJob(this);
    m_rescores = new RescoreActions(this, m_job);
    connect(m_rescores, &RescoreActions::finished, this, [this] {
        if (m_workspace)
            afterLeadsChanged();
        Q_EMIT rescoreFinished();
    });
    m_undo = new QUndoStack(this);
    // Stage undos refresh the table once per step, not once per lead of a bulk move.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_refreshPending) {
            m_refreshPending = false;
            afterLeadsChanged();
        }
    });
    m_moves = new LeadMoves(this, m_job, m_undo);
    connect(m_moves, &LeadMoves::leadsChanged, this, &MainWindow::afterLeadsChanged);
    connect(m_moves, &LeadMoves::leadChangedByUndo, this, [this] { m_refreshPending = true; });
    m_sdr = new SdrActions(this, m_undo);
    connect(m_sdr, &SdrActions::leadsChanged, this, [this] { refreshAfterChange(true); });
    connect(m_sdr, &SdrActions::leadChangedByUndo, this, [this] { m_refreshPending = true; });
    // A stage move or an edit on this thread waits at most a few seconds for another
    // program's write (the window cannot paint meanwhile) and then says the workspace is busy;
    // background jobs wait their turn as long as the command line does.
    setLockWaitPolicy({.mainThreadLimit = std::chrono::seconds(5)});
    m_watcher = new ChangeWatcher(this);
    m_countsJob = new NewestJob(this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, [this] {
        // A job of this window refreshes when it ends; meanwhile its half is not visible.
        if (m_workspace && !m_job->isRunning())
            refreshAfterChange(true);
    });
    m_queues = new QueuePanel(this);

    m_search = new SearchBox(this);
    // Wait for a pause in typing, so a fast typist does not run a query per keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_queues, &QueuePanel::queueChosen, this, &MainWindow::applyFilters);
    m_filters = new FilterBar(this);
    connect(m_filters, &FilterBar::changed, m_searchDelay, qOverload<>(&QTimer::start));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(LeadTableModel::ScoreColumn, new ScoreDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeadTableModel::ScoreColumn, Qt::DescendingOrder);
    // Fixed row heights: sizing rows to contents reads every row (seconds at a million).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    m_columns = new ColumnChooser(m_table);
    m_columns->restore();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        // Only indexed columns sort; put the indicator back where the order really is.
        if (!LeadTableModel::isSortable(column)) {
            QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                          m_model->sortOrder());
        }
    });

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(40);

    m_center = new QStackedWidget(this);
    m_center->addWidget(m_table);
    m_center->addWidget(m_emptyState);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 0);
    m_filters->setSearchBox(m_search);
    rightLayout->addWidget(m_filters);
    rightLayout->addWidget(m_center);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_queues);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 900});
    setCentralWidget(m_splitter);
    // The lead view follows the table's current row (and asks about unsaved edits first).
    m_paneSync = new LeadPaneSync(m_table, m_model, this);
    connect(m_paneSync, &LeadPaneSync::currentLeadChanged, this, &MainWindow::updateLeadActions);
    m_navigation = new Navigation(this);
    connect(m_paneSync, &LeadPaneSync::currentLeadChanged, this, [this] {
        if (m_leadView && m_leadView->lead())
            m_navigation->visitLead(m_leadView->lead()->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateLeadActions);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_pathLabel = new QLabel(this);
    statusBar()->addWidget(m_countLabel, 1);
    // Beside the path, not in the message area: a message shown meanwhile hides nothing.
    statusBar()->addPermanentWidget(new MoveNotice(m_moves, m_undo, this));
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createMenus();
    createToolBar();
    resize(1280, 800);
    restoreGeometry(settings::mainWindowGeometry.value());
    restoreState(settings::mainWindowState.value());
    m_applied = {m_queues->currentRow(), QString(), m_filters->state()};
    retranslate(this, [this] { setTexts(); });
}

MainWindow::~MainWindow()
{
    m_watcher->watch(nullptr);
    // The dashboard (a child window) reads this window's workspace path and calls it back.
    delete m_dashboard;
    m_dashboard = nullptr;
    delete m_crm;
    m_crm = nullptr;
    // The undo stack empties itself when it is deleted and says so (indexChanged). As a child
    // it went in ~QWidget, after this part of the window was gone, and the slot above read
    // m_refreshPending of a destroyed MainWindow (UBSan, every UI test that closes a window).
    // Let it go first, its slots here cut off.
    disconnect(m_undo, nullptr, this, nullptr);
    delete m_undo;
    m_undo = nullptr;
    delete m_leadView;
    m_stageActions.reset();
    m_model->setRepository(nullptr);
}

void MainWindow::setActor(const QString& actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    // Only what depends on the name changes: the workspace, the open lead and the undo steps
    // stay (reopening here once destroyed the workspace under the Settings dialog).
    if (m_stageActions)
        m_stageActions->setActor(actor);
    if (m_leadView)
        m_leadView->setActor(actor);
    if (!m_workspace)
        return;
    m_filters->setOwners(m_workspace->users().names(), m_actor);
    refreshQueues();
    applyFilters(); // "My leads" and the owner filter's "me" now mean the new name
}

QString MainWindow::upgradeWithProgress(const QString& path)
{
    //: Shown while a workspace made by an older Leadbench is brought up to date; %1 is its file.
    QProgressDialog progress(tr("Upgrading %1 for this version of Leadbench…\n"
                                "This happens once; a large workspace takes a minute or two.")
                                 .arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, this);
    //: Title of the dialog shown while an older workspace is brought up to date.
    progress.setWindowTitle(tr("Upgrading workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr); // each step of an upgrade is one transaction: let it end
    JobRunner upgrade;
    QEventLoop waiting;
    connect(&upgrade, &JobRunner::finished, &waiting, &QEventLoop::quit);
    // The worker's own connection migrates the file and closes it; the open below then finds
    // it current. A connection belongs to the thread that opened it.
    upgrade.start([path](JobControl&) { lb::openWorkspace(path, Workspace::OpenMode::Existing); });
    progress.show();
    waiting.exec();
    return upgrade.errorMessage();
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (!m_paneSync->settleEdits())
        return false;
    std::unique_ptr<Workspace> opened;
    QString openError;
    if (workspaceNeedsUpgrade(path))
        openError = upgradeWithProgress(path);
    if (openError.isEmpty()) {
        // Opening checks the file: a moment even for a million leads, but say so meanwhile.
        //: Status bar while a workspace opens; %1 is its file name.
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        statusBar()->repaint(); // now: the event loop is not run until the workspace is open
        const auto done = qScopeGuard([this] {
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
        });
        try {
            opened = openAskingForPassword(this, path, Workspace::OpenMode::Existing);
        } catch (const StoreError& error) {
            openError = error.message();
        }
    }
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open workspace"),
                              tr("Leadbench cannot open %1.\n\n%2").arg(path, openError));
        return false;
    }
    // What reads the old workspace goes before it does, and so do the edits to undo in it and
    // the places visited in it.
    m_undo->clear();
    m_navigation->history()->clear();
    m_paneSync->setLeadView(nullptr);
    delete m_leadView;
    m_leadView = nullptr;
    m_stageActions.reset();
    m_watcher->watch(nullptr);
    m_model->setRepository(nullptr);
    m_queues->forgetCounts();
    m_workspace = std::move(opened);
    m_model->setRepository(&m_workspace->leads());
    m_watcher->watch(m_workspace.get());
    m_filters->setOwners(m_workspace->users().names(), m_actor);
    m_filters->setScoringFields(LeadView::scoringFields(*m_workspace));
    m_stageActions = std::make_unique<QualificationActions>(*m_workspace, m_actor);
    connect(
        m_stageActions.get(), &QualificationActions::refused, this,
        [this](const QString& message) { QMessageBox::warning(this, tr("Not moved"), message); });
    m_leadView = new LeadView(*m_workspace, m_actor, this);
    m_splitter->addWidget(m_leadView);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({m_queues->minimumWidth(), 760, 480});
    connect(m_leadView, &LeadView::leadEdited, this, [this] { m_model->reload(); });
    connect(m_leadView, &LeadView::editRequested, this, &MainWindow::editLead);
    connect(m_leadView, &LeadView::answerChanged, this, &MainWindow::keepAnswer);
    connect(m_leadView, &LeadView::assignOwnerRequested, this,
            [this](qint64 id) { m_sdr->assignOwner(*m_workspace, m_actor, {id}); });
    connect(m_leadView, &LeadView::logTouchRequested, this,
            [this](qint64 id) { m_sdr->logTouch(*m_workspace, m_actor, id); });
    connect(m_leadView->committee(), &CommitteeWidget::leadRequested, this, &MainWindow::openLead);
    connect(m_leadView->committee(), &CommitteeWidget::accountRequested, this,
            [this](qint64 id) { showCrm()->showAccount(id); });
    connect(m_leadView->committee(), &CommitteeWidget::opportunityRequested, this,
            [this](qint64 id) { showCrm()->showOpportunity(id); });
    m_paneSync->setLeadView(m_leadView);
    if (m_dashboard)
        m_dashboard->view()->setWorkspace(path);
    if (m_crm)
        m_crm->reload();
    settings::rememberWorkspace(path);
    rebuildRecentMenu();
    setWindowTitle(tr("%1 — Leadbench").arg(QFileInfo(path).completeBaseName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    refresh();
    // Start on the top lead of the queue, keyboard in the table: triage can begin at once.
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, LeadTableModel::NameColumn));
        m_table->setFocus();
    }
    return true;
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(),
                                                      tr("Leadbench workspaces (*.leadbench)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString file =
        path.endsWith(QLatin1String(".leadbench")) ? path : path + QStringLiteral(".leadbench");
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(
            this, tr("New Workspace"),
            tr("%1 already exists. Use File → Open Workspace to open it.").arg(file));
        return;
    }
    try {
        lb::openWorkspace(file, Workspace::OpenMode::CreateIfMissing);
    } catch (const StoreError& error) {
        QMessageBox::critical(this, tr("New Workspace"), error.message());
        return;
    }
    openWorkspace(file);
}

void MainWindow::chooseWorkspace()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                     tr("Leadbench workspaces (*.leadbench);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::connectToTeamWorkspace()
{
    // The last team workspace is offered again: most people connect to the one their team has.
    QString last;
    for (const QString& location : settings::recentWorkspaces.value()) {
        if (backendOf(location) == WorkspaceBackend::PostgreSql) {
            last = location;
            break;
        }
    }
    bool accepted = false;
    const QString url =
        QInputDialog::getText(this, tr("Connect to Team Workspace"),
                              //: postgresql://… is an address format: keep it as it is
                              tr("The team workspace's address, as your administrator gave it\n"
                                 "(postgresql://user@server:5432/database).\n\n"
                                 "Leadbench takes the password from ~/.pgpass or PGPASSWORD "
                                 "and never stores it."),
                              QLineEdit::Normal, last, &accepted)
            .trimmed();
    if (accepted && !url.isEmpty())
        openTeamWorkspace(url);
}

bool MainWindow::openTeamWorkspace(const QString& url)
{
    const ServerAddressOrError address = parseServerUrl(url);
    if (!address.address) {
        QMessageBox::warning(this, tr("Connect to Team Workspace"), address.error);
        return false;
    }
    try {
        openAskingForPassword(this, url, Workspace::OpenMode::Existing);
    } catch (const StoreError& error) {
        if (error.kind() != StoreError::Kind::Missing) {
            QMessageBox::critical(this, tr("Connect to Team Workspace"), error.message());
            return false;
        }
        //: %1 the server's address
        if (QMessageBox::question(this, tr("Connect to Team Workspace"),
                                  tr("%1 holds no Leadbench workspace yet. Make one there for "
                                     "your team?")
                                      .arg(displayedLocation(url))) != QMessageBox::Yes)
            return false;
        try {
            openAskingForPassword(this, url, Workspace::OpenMode::CreateIfMissing);
        } catch (const StoreError& failure) {
            QMessageBox::critical(this, tr("Connect to Team Workspace"), failure.message());
            return false;
        }
    }
    return openWorkspace(displayedLocation(url));
}

void MainWindow::backupWorkspace()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Workspace"), QString(),
                                                      tr("Leadbench workspaces (*.leadbench)"));
    if (path.isEmpty())
        return;
    try {
        lb::backupWorkspace(*m_workspace, path);
        statusBar()->showMessage(tr("Backed up to %1").arg(path), 5000);
    } catch (const StoreError& error) {
        QMessageBox::critical(this, tr("Back Up Workspace"), error.message());
    }
}

void MainWindow::importFile()
{
    if (!m_workspace)
        return;
    ImportWizard wizard(m_workspace->location(), m_actor, this);
    connect(&wizard, &ImportWizard::importFinished, this, &MainWindow::afterLeadsChanged);
    wizard.exec();
}

void MainWindow::exportLeads()
{
    if (!m_workspace)
        return;
    ExportDialog dialog(m_workspace->location(), this);
    dialog.setCurrentView(m_model->filter());
    QList<qint64> selected; // the rows selected, not the current row alone
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        selected << index.data(LeadTableModel::LeadIdRole).toLongLong();
    dialog.setSelection(selected);
    connect(&dialog, &ExportDialog::exported, this, [this](const QString& path, qint64 leads) {
        statusBar()->showMessage(tr("Exported %n leads to %1", nullptr, int(leads)).arg(path),
                                 8000);
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Leadbench"),
                       tr("<h3>Leadbench %1</h3><p>The lead qualification workbench: scored "
                          "leads, qualification frameworks and a clear lifecycle from MQL to "
                          "converted.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::applyFilters()
{
    if (!m_paneSync->settleEdits()) {
        // Cancelled: the SDR stays on the edited lead, so the list it is in stays too.
        const QSignalBlocker blockQueues(m_queues), blockSearch(m_search);
        m_searchDelay->stop();
        if (m_applied.queueRow >= 0)
            m_queues->setCurrentRow(m_applied.queueRow);
        m_search->setText(m_applied.search);
        m_filters->restore(m_applied.bar);
        return;
    }
    m_applied = {m_queues->currentRow(), m_search->text(), m_filters->state()};
    LeadFilter filter = m_model->filter();
    filter.slice.reset(); // a dashboard click-through ends with the next choice of filters
    filter.stage = m_queues->currentStage();
    filter.search = m_search->text().trimmed();
    m_filters->applyTo(filter);
    if (m_queues->myLeadsChosen()) {
        filter.owner = m_actor;
        filter.unownedOnly = false;
    }
    if (m_workspace)
        filter.slaCutoff = sla::overdueCutoff(sla::mqlTouchHours(m_workspace->settings()));
    filter.overdueOnly = m_queues->overdueChosen();
    m_model->setFilter(filter);
    m_search->setQueue(m_queues->currentQueueName());
    m_queues->setFiltersActive(!filter.search.isEmpty() || m_filters->isActive());
    updateStatus();
}

void MainWindow::showDashboard()
{
    if (!m_workspace)
        return;
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(this);
        connect(m_dashboard->view(), &DashboardView::leadsRequested, this,
                &MainWindow::showReportLeads);
        m_dashboard->view()->setWorkspace(m_workspace->location());
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::showReportLeads(const LeadFilter& leads, const QString& label)
{
    if (!m_workspace || !m_paneSync->settleEdits())
        return;
    {
        // The queues, the search and the filter bar cannot say what a report's number is: they
        // show all leads, and the count says whose they are.
        const QSignalBlocker blockQueues(m_queues), blockSearch(m_search), blockFilters(m_filters);
        m_searchDelay->stop();
        m_queues->setCurrentRow(1); // All leads
        m_search->clear();
        m_filters->clear();
    }
    m_applied = {m_queues->currentRow(), m_search->text(), m_filters->state()};
    m_model->setFilter(leads);
    m_search->setQueue({});
    m_queues->setFiltersActive(true); // the report's leads are a filter the counts ignore
    updateStatus();
    const int rows = m_model->rowCount();
    //: The table lists the leads behind a number of the dashboard; %1 names the number
    m_countLabel->setText(tr("%n lead(s): %1", "", rows).arg(label));
    raise();
    activateWindow();
}

void MainWindow::refreshQueues()
{
    // The SLA moment moves with the clock and the setting: the next reload marks and lists the
    // overdue leads as of now.
    const QDateTime cutoff = sla::overdueCutoff(sla::mqlTouchHours(m_workspace->settings()));
    m_model->setSlaCutoff(cutoff);
    const QString location = m_workspace->location();
    if (backendOf(location) == WorkspaceBackend::PostgreSql) {
        // On a server these are full counts, some hundreds of milliseconds at a million leads:
        // the table's rows come first, the counts when a worker of their own has them.
        auto counts = std::make_shared<QueueCounts>();
        m_countsJob->run(
            [location, actor = m_actor, cutoff, counts] {
                const auto workspace = lb::openWorkspace(location, Workspace::OpenMode::Existing);
                *counts = readQueueCounts(*workspace, actor, cutoff);
            },
            [this, location, counts](const QString& error) {
                // The table reads the same server and says what is wrong; the panel keeps its
                // last counts meanwhile. Counts of a workspace no longer open are dropped.
                if (error.isEmpty() && m_workspace && m_workspace->location() == location)
                    showQueueCounts(*counts);
            });
        return;
    }
    showQueueCounts(readQueueCounts(*m_workspace, m_actor, cutoff));
}

void MainWindow::showQueueCounts(const QueueCounts& counts)
{
    m_queues->setCounts(counts.byStage, counts.mine);
    m_filters->setValues(counts.sources, counts.countries);
    m_queues->setOverdueCount(counts.overdue);
}

void MainWindow::refresh()
{
    m_watcher->acknowledge(); // before reading: a change made meanwhile is noticed next time
    if (m_workspace)
        refreshQueues();
    m_model->reload();
    updateStatus();
    if (m_dashboard && m_dashboard->isVisible())
        m_dashboard->view()->reload();
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_countLabel->setText(tr("No workspace open"));
        m_emptyState->setText(tr("Open a workspace with File → Open Workspace, or create one with "
                                 "File → New Workspace."));
        m_center->setCurrentWidget(m_emptyState);
        return;
    }
    const int shown = m_model->rowCount();
    // The SLA moment only marks rows: with it alone, every lead is listed.
    const bool filtered = m_model->filter() != LeadFilter{.slaCutoff = m_model->filter().slaCutoff};
    //: Status bar: how many leads the current queue and filters show.
    m_countLabel->setText(filtered ? tr("%Ln lead(s) match", nullptr, shown)
                                   //: Status bar: how many leads the queue shows (no filter).
                                   : tr("%Ln lead(s)", nullptr, shown));
    if (shown > 0) {
        m_center->setCurrentWidget(m_table);
    } else {
        m_emptyState->setText(filtered ? tr("No leads match. Clear the search or choose another "
                                            "queue.")
                                       : tr("This workspace has no leads yet. Import a CSV file "
                                            "with File → Import (Ctrl+I)."));
        m_center->setCurrentWidget(m_emptyState);
    }
}

QList<qint64> MainWindow::selectedLeadIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(LeadTableModel::LeadIdRole).toLongLong();
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_table->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong();
    return ids;
}

void MainWindow::updateLeadActions()
{
    const bool hasLead = m_workspace && (m_table->currentIndex().isValid() ||
                                         m_table->selectionModel()->hasSelection());
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("lead.")))
            it.value()->setEnabled(hasLead || it.key() == QLatin1String("lead.next"));
    }
}

void MainWindow::moveSelected(Stage to)
{
    if (!m_stageActions)
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty() || !m_paneSync->settleEdits())
        return;
    m_moves->move(*m_workspace, *m_stageActions, m_actor, ids, to);
}

void MainWindow::editLead(const Lead& before, const Lead& after)
{
    if (!m_workspace)
        return;
    auto* command = new LeadEditCommand(
        *m_workspace, m_actor, before, after,
        [this](const QString& message) { QMessageBox::warning(this, tr("Not saved"), message); },
        [this](qint64 id) {
            // The form held what was written: let the pane take the lead as stored now.
            if (m_leadView && m_leadView->lead() && m_leadView->lead()->id == id)
                m_leadView->profile()->revert();
            refreshAfterChange(true);
        });
    m_undo->push(command); // a command that could not write makes itself obsolete: not kept
}

void MainWindow::keepAnswer(const AnswerChange& change)
{
    if (!m_workspace)
        return;
    // Recorded already (the Qualification tab did it): the push only keeps it for undo.
    m_undo->push(new AnswerCommand(
        *m_workspace, m_actor, change,
        [this](const QString& message) { QMessageBox::warning(this, tr("Not undone"), message); },
        [this](qint64) { m_refreshPending = true; }));
}

void MainWindow::convertSelected()
{
    if (!m_stageActions)
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty() || !m_paneSync->settleEdits())
        return;
    std::optional<Lead> lead = m_workspace->leads().find(ids.constFirst());
    if (!lead)
        return;
    ConversionPlan executed;
    const std::optional<ConversionResult> result =
        m_stageActions->convertLead(*lead, this, &executed);
    if (!result)
        return;
    m_undo->push(new ConversionCommand(
        *m_workspace, m_actor, executed, *result,
        [this](const QString& message) { QMessageBox::warning(this, tr("Not undone"), message); },
        [this](qint64) { m_refreshPending = true; }));
    afterLeadsChanged();
    // What the lead became opens beside the workbench: its deal, or its account.
    if (result->link.opportunityId)
        showCrm()->showOpportunity(*result->link.opportunityId);
    else
        showCrm()->showAccount(result->link.accountId);
}

CrmWindow* MainWindow::showCrm()
{
    if (!m_crm)
        m_crm = new CrmWindow(this);
    else
        m_crm->reload();
    m_crm->show();
    m_crm->raise();
    m_crm->activateWindow();
    return m_crm;
}

bool MainWindow::openLead(qint64 leadId)
{
    if (!m_workspace || !m_leadView || !m_paneSync->settleEdits())
        return false;
    // Listed near the top: its row becomes current. Elsewhere (another queue, far down) the
    // pane shows it with no row current, so table and pane never disagree.
    if (!m_paneSync->selectLead(leadId, 0)) {
        m_table->setCurrentIndex({});
        m_leadView->showLead(leadId);
    }
    m_navigation->visitLead(leadId);
    raise();
    activateWindow();
    return true;
}

void MainWindow::afterLeadsChanged()
{
    refreshAfterChange(false);
}

void MainWindow::refreshAfterChange(bool keepLead)
{
    const int row = m_table->currentIndex().row();
    m_watcher->acknowledge();
    refreshQueues();
    // The reload keeps the current lead current when it is still listed near its row
    // (LeadPaneSync): an edited lead stays in view wherever its new score put it nearby.
    m_model->reload();
    updateStatus();
    if (!keepLead && row >= 0 && m_model->rowCount() > 0) {
        // After a move the next lead of the queue moves up into this row, ready for triage.
        m_table->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), LeadTableModel::NameColumn));
    }
    if (m_leadView)
        m_leadView->reload();
    if (m_dashboard && m_dashboard->isVisible())
        m_dashboard->view()->reload();
}

void MainWindow::selectNeighbour(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -delta;
    const int row = std::clamp(current + delta, 0, rows - 1);
    m_table->setCurrentIndex(m_model->index(row, LeadTableModel::NameColumn));
    m_table->scrollTo(m_model->index(row, 0));
}

void MainWindow::editScoringModel()
{
    if (m_workspace)
        m_rescores->editScoringModel(*m_workspace, m_actor);
}

void MainWindow::changeMqlThreshold(double threshold)
{
    if (m_workspace)
        m_rescores->changeMqlThreshold(m_workspace->location(), threshold, m_actor);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_paneSync->settleEdits()) {
        event->ignore();
        return;
    }
    settings::mainWindowGeometry.set(saveGeometry());
    settings::mainWindowState.set(saveState());
    m_columns->save();
    QMainWindow::closeEvent(event);
}

} // namespace lb
