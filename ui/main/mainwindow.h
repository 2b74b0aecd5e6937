#pragma once

#include "main/filterbar.h"
#include "main/workspacejob.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QSplitter;
class QTimer;
class QToolBar;
class QUndoStack;

namespace lb {

class ChangeWatcher;
class ColumnChooser;
class CrmWindow;
class DashboardWindow;
struct LeadFilter;
struct AnswerChange;
class FilterBar;
class LeadMoves;
class LeadPaneSync;
struct Lead;
class LeadTableModel;
class LeadView;
class Navigation;
class QualificationActions;
class QueuePanel;
class NewestJob;
struct QueueCounts;
class RescoreActions;
class SdrActions;
class SearchBox;
class Workspace;
enum class Stage;
struct StageChange;

// The main window: menus, the queue panel, the search box, the lazy lead table and the
// status bar, over one open workspace. Actions are registered once by stable id
// ("file.open", ...) so menus, shortcuts and tests share them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at `path`; on failure tells the user why and keeps the one open.
    bool openWorkspace(const QString& path);
    // Opens the team workspace at `url` (postgresql://…); when its database holds none yet,
    // offers to make one there. On failure tells the user why and keeps the one open.
    bool openTeamWorkspace(const QString& url);
    Workspace* workspace() const { return m_workspace.get(); }
    QAction* action(const QString& id) const { return m_actions.value(id); }
    LeadTableModel* leadModel() const { return m_model; }
    QTableView* leadTable() const { return m_table; }
    // The lead table's columns: shown, order, widths (the header's context menu).
    ColumnChooser* columnChooser() const { return m_columns; }
    LeadView* leadView() const { return m_leadView; }
    // Who is acting: recorded in history, made owner on accept.
    const QString& actor() const { return m_actor; }
    void setActor(const QString& actor);
    QUndoStack* undoStack() const { return m_undo; }
    // Stores a new MQL threshold and rescores every lead, in the background.
    void changeMqlThreshold(double threshold);
    // Long work on the workspace in the background (rescores, bulk moves).
    WorkspaceJob* workspaceJob() const { return m_job; }
    // The manager's dashboard (View → Dashboard); made when first shown.
    DashboardWindow* dashboard() const { return m_dashboard; }
    void showDashboard();
    // Accounts & Deals (View → Accounts & Deals, issue 20); made when first shown.
    CrmWindow* crmWindow() const { return m_crm; }
    CrmWindow* showCrm();
    // Shows the lead in the workbench's lead pane (from an account page or the committee);
    // false when the SDR stayed on a lead with unsaved edits.
    bool openLead(qint64 leadId);
    // Back and Forward between leads, accounts and opportunities, shared with Accounts & Deals.
    Navigation* navigation() const { return m_navigation; }
    // Lists exactly the leads behind a number of the dashboard, named by `label`.
    void showReportLeads(const LeadFilter& leads, const QString& label);

Q_SIGNALS:
    // A background rescore ended (done, cancelled or failed) and the table shows its result.
    void rescoreFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QAction* addAction(const QString& id, const QKeySequence& shortcut = {});
    QMenu* addMenu(const QString& id);
    // Every text the window shows, in the language in effect: run when the window is made and
    // whenever another language is installed (Settings).
    void setTexts();
    void setUndoTexts();
    void createActions();
    void createMenus();
    void createToolBar();
    void rebuildRecentMenu();
    // Upgrades an older workspace on a worker thread behind a progress dialog; returns the
    // error that stopped it, or an empty string.
    QString upgradeWithProgress(const QString& path);
    void newWorkspace();
    void chooseWorkspace();
    void connectToTeamWorkspace();
    void backupWorkspace();
    void importFile();
    void exportLeads();
    void showAbout();
    void applyFilters();
    // The queue counts, the Overdue queue's too, as of now.
    void refreshQueues();
    void showQueueCounts(const QueueCounts& counts);
    void refresh();
    void updateStatus();
    void createLeadActions();
    void updateLeadActions();
    QList<qint64> selectedLeadIds() const;
    void moveSelected(Stage to);
    void convertSelected();
    void keepAnswer(const AnswerChange& change);
    void editLead(const Lead& before, const Lead& after);
    void selectNeighbour(int delta);
    void editScoringModel();
    void showShortcuts();
    void afterLeadsChanged();
    void refreshAfterChange(bool keepLead);

    std::unique_ptr<Workspace> m_workspace;
    QHash<QString, QAction*> m_actions;
    QHash<QString, QMenu*> m_menus;
    QMenu* m_recentMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QueuePanel* m_queues = nullptr;
    SearchBox* m_search = nullptr;
    FilterBar* m_filters = nullptr;
    QTimer* m_searchDelay = nullptr;
    QStackedWidget* m_center = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyState = nullptr;
    LeadTableModel* m_model = nullptr;
    ColumnChooser* m_columns = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QSplitter* m_splitter = nullptr;
    LeadView* m_leadView = nullptr;
    std::unique_ptr<QualificationActions> m_stageActions;
    QUndoStack* m_undo = nullptr;
    LeadPaneSync* m_paneSync = nullptr;
    WorkspaceJob* m_job = nullptr;
    RescoreActions* m_rescores = nullptr;
    LeadMoves* m_moves = nullptr;
    SdrActions* m_sdr = nullptr;
    DashboardWindow* m_dashboard = nullptr;
    CrmWindow* m_crm = nullptr;
    Navigation* m_navigation = nullptr;
    ChangeWatcher* m_watcher = nullptr;
    NewestJob* m_countsJob = nullptr;
    // The queue, search and filters the table shows, to put back when the SDR cancels leaving
    // a lead with unsaved edits.
    struct AppliedFilters
    {
        int queueRow = -1;
        QString search;
        FilterBar::State bar;
    };
    AppliedFilters m_applied;
    bool m_refreshPending = false;
    QString m_actor;
};

} // namespace lb
