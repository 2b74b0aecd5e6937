#include "main/mainwindow.h"

#include "leads/leadtablemodel.h"
#include "leads/scoredelegate.h"
#include "main/appsettings.h"
#include "main/queuepanel.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lb {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Leadbench"));

    m_model = new LeadTableModel(this);
    m_queues = new QueuePanel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search name, company, e-mail, title…"));
    m_search->setAccessibleName(tr("Search leads"));
    m_search->setClearButtonEnabled(true);
    // Wait for a pause in typing, so a fast typist does not run a query per keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_queues, &QueuePanel::queueChosen, this, &MainWindow::applyFilters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setAccessibleName(tr("Leads"));
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
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QList<int> widths = {140, 180, 220, 200, 100, 140, 130, 110, 100};
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths.at(column));
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        // Only indexed columns sort; put the indicator back where the order really is.
        if (!LeadTableModel::isSortable(column)) {
            const bool byStage = m_model->leadSort().key == LeadSortKey::Stage;
            QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(
                byStage ? LeadTableModel::StageColumn : LeadTableModel::ScoreColumn,
                m_model->leadSort().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
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
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_center);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_queues);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    setCentralWidget(splitter);

    m_countLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createMenus();
    resize(1280, 800);
    restoreGeometry(settings::mainWindowGeometry.value());
    restoreState(settings::mainWindowState.value());
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_model->setRepository(nullptr);
}

QAction* MainWindow::addAction(const QString& id, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(id);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions.insert(id, action);
    return action;
}

void MainWindow::createActions()
{
    connect(addAction(QStringLiteral("file.new"), tr("&New Workspace…"), QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(addAction(QStringLiteral("file.open"), tr("&Open Workspace…"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(addAction(QStringLiteral("file.backup"), tr("&Back Up Workspace…")),
            &QAction::triggered, this, &MainWindow::backupWorkspace);
    connect(addAction(QStringLiteral("file.quit"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);
    connect(addAction(QStringLiteral("view.refresh"), tr("&Refresh"), QKeySequence::Refresh),
            &QAction::triggered, this, &MainWindow::refresh);
    connect(addAction(QStringLiteral("edit.search"), tr("&Find Leads"), QKeySequence::Find),
            &QAction::triggered, this, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });
    connect(addAction(QStringLiteral("help.about"), tr("&About Leadbench")), &QAction::triggered,
            this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("file.new")));
    file->addAction(action(QStringLiteral("file.open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("file.recent"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("file.backup")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("file.quit")));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("edit.search")));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("view.refresh")));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("help.about")));
    rebuildRecentMenu();
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

bool MainWindow::openWorkspace(const QString& path)
{
    std::unique_ptr<Workspace> opened;
    try {
        opened = lb::openWorkspace(path, Workspace::OpenMode::Existing);
    } catch (const StoreError& error) {
        QMessageBox::critical(this, tr("Cannot open workspace"),
                              tr("Leadbench cannot open %1.\n\n%2").arg(path, error.message()));
        return false;
    }
    m_model->setRepository(nullptr);
    m_workspace = std::move(opened);
    m_model->setRepository(&m_workspace->leads());
    settings::rememberWorkspace(path);
    rebuildRecentMenu();
    setWindowTitle(tr("%1 — Leadbench").arg(QFileInfo(path).completeBaseName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    refresh();
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

void MainWindow::backupWorkspace()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Workspace"), QString(),
                                                      tr("Leadbench workspaces (*.leadbench)"));
    if (path.isEmpty())
        return;
    try {
        m_workspace->backupTo(path);
        statusBar()->showMessage(tr("Backed up to %1").arg(path), 5000);
    } catch (const StoreError& error) {
        QMessageBox::critical(this, tr("Back Up Workspace"), error.message());
    }
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
    LeadFilter filter = m_model->filter();
    filter.stage = m_queues->currentStage();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
    updateStatus();
}

void MainWindow::refresh()
{
    if (m_workspace)
        m_queues->setCounts(m_workspace->leads().countByStage());
    m_model->reload();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    if (!m_workspace) {
        m_countLabel->setText(tr("No workspace open"));
        m_emptyState->setText(tr("Open a workspace with File → Open Workspace, or create one with "
                                 "File → New Workspace."));
        m_center->setCurrentWidget(m_emptyState);
        return;
    }
    const int shown = m_model->rowCount();
    const bool filtered = m_model->filter() != LeadFilter{};
    m_countLabel->setText(filtered ? tr("%1 leads match").arg(locale.toString(shown))
                                   : tr("%1 leads").arg(locale.toString(shown)));
    if (shown > 0) {
        m_center->setCurrentWidget(m_table);
    } else {
        m_emptyState->setText(filtered ? tr("No leads match. Clear the search or choose another "
                                            "queue.")
                                       : tr("This workspace has no leads yet. Import a CSV file "
                                            "with leadbench-cli import leads FILE."));
        m_center->setCurrentWidget(m_emptyState);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    settings::mainWindowGeometry.set(saveGeometry());
    settings::mainWindowState.set(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace lb
