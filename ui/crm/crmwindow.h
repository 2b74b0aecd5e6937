#pragma once

#include "crm/opportunityservice.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace lb {

class AccountListModel;
class AccountPage;
class MainWindow;
class OpportunityListModel;

// Accounts & Deals (issue 20): what converted leads became, in a window of its own beside the
// workbench. The Accounts tab lists accounts (search) with the chosen account's page; the
// Opportunities tab lists deals under filters and changes their stage, amount and expected
// close, each change on the main window's undo stack. Its size and place are remembered.
class CrmWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Period
    {
        AnyClose,
        ClosingThisMonth,
        ClosingThisQuarter,
        Overdue
    };

    explicit CrmWindow(MainWindow* main);
    ~CrmWindow() override;

    // Reads the lists again from the main window's workspace (after a change or a reopen).
    void reload();
    // Shows the account's page on the Accounts tab.
    void showAccount(qint64 accountId);
    // Shows the Opportunities tab with every deal and makes this one current.
    void showOpportunity(qint64 opportunityId);
    // Asks for a change of the opportunity in a dialog and makes it.
    void changeOpportunity(qint64 opportunityId);
    // Makes `change` to the opportunity as read at `expectedVersion` and keeps it for undo;
    // on a refusal (a rule, someone else's change first) says why and returns false.
    bool applyChange(qint64 opportunityId, qint64 expectedVersion, const OpportunityChange& change);

    QTabWidget* tabs() const { return m_tabs; }
    AccountListModel* accountModel() const { return m_accounts; }
    QTableView* accountTable() const { return m_accountTable; }
    QLineEdit* accountSearch() const { return m_accountSearch; }
    AccountPage* accountPage() const { return m_page; }
    OpportunityListModel* opportunityModel() const { return m_opportunities; }
    QTableView* opportunityTable() const { return m_opportunityTable; }
    QComboBox* stageFilter() const { return m_stage; }
    QComboBox* periodFilter() const { return m_period; }
    // "Any owner", then each user who owns a deal.
    QComboBox* ownerFilter() const { return m_owner; }

private:
    void setTexts();
    void setUndoTexts();
    QWidget* makeAccountsTab();
    QWidget* makeOpportunitiesTab();
    void applyOpportunityFilters();
    // Lists the owners present among the deals again, keeping the one chosen.
    void fillOwners();
    void changeCurrentOpportunity();
    void warn(const QString& title, const QString& message);

    MainWindow* m_main;
    QTabWidget* m_tabs;
    AccountListModel* m_accounts;
    QTableView* m_accountTable = nullptr;
    QLineEdit* m_accountSearch = nullptr;
    QTimer* m_searchDelay = nullptr;
    AccountPage* m_page = nullptr;
    OpportunityListModel* m_opportunities;
    QTableView* m_opportunityTable = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_stageLabel = nullptr;
    QPushButton* m_changeButton = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_close = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_refresh = nullptr;
};

} // namespace lb
