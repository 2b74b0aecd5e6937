#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace lb {

class Workspace;

// One account: its contacts, its opportunities and its buying committee (the leads converted
// into it or still at its company name or e-mail domain). A double-click or Enter on a lead
// asks the workbench to open it; on an opportunity, to work it.
class AccountPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(QWidget* parent = nullptr);

    // Reads the account from `workspace` (a few hundred rows at most); 0 shows nothing.
    void showAccount(Workspace* workspace, qint64 accountId);
    qint64 accountId() const { return m_accountId; }

    QTableWidget* contacts() const { return m_contacts; }
    QTableWidget* opportunities() const { return m_opportunities; }
    QTableWidget* committee() const { return m_committee; }

Q_SIGNALS:
    void leadRequested(qint64 leadId);
    void opportunityRequested(qint64 opportunityId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activate(QTableWidget* table, int row);

    void setTexts();

    qint64 m_accountId = 0;
    QLabel* m_opportunitiesLabel = nullptr;
    QLabel* m_contactsLabel = nullptr;
    QLabel* m_committeeLabel = nullptr;
    QLabel* m_title;
    QLabel* m_details;
    QTableWidget* m_contacts;
    QTableWidget* m_opportunities;
    QTableWidget* m_committee;
};

} // namespace lb
