#pragma once

#include "main/navigationhistory.h"

#include <QObject>

class QAction;
class QWidget;

namespace lb {

class MainWindow;

// Back and Forward between the leads, accounts and opportunities the SDR opened, in the main
// window and in Accounts & Deals alike: one history for both windows, each window with its own
// pair of actions (Alt+Left / Alt+Right, the platform's Back and Forward keys). Going back to
// a lead shows it in the workbench (its row when the table lists it, else in the lead pane
// alone, as a link does), to an account or opportunity raises Accounts & Deals on it.
class Navigation final : public QObject
{
    Q_OBJECT

public:
    explicit Navigation(MainWindow* main);

    NavigationHistory* history() const { return m_history; }
    // Makes the window's Back and Forward actions ("view.back", "view.forward"), kept enabled
    // as the history allows; the window puts them in a menu.
    QList<QAction*> makeActions(QWidget* window);

    void visitLead(qint64 leadId) { m_history->visit({Place::Lead, leadId}); }
    void visitAccount(qint64 accountId) { m_history->visit({Place::Account, accountId}); }
    void visitOpportunity(qint64 id) { m_history->visit({Place::Opportunity, id}); }

    void goBack();
    void goForward();

private:
    // Opens the place; false when it could not be left for it (unsaved edits kept).
    bool open(const Place& place);

    MainWindow* m_main;
    NavigationHistory* m_history;
};

} // namespace lb
