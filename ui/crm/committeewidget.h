#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace lb {

struct Lead;
class Workspace;

// The lead view's Committee tab (issue 20): what the lead became when it was converted (its
// account, contact and opportunity as links) and the other people at its company — leads of
// the same account, company name or e-mail domain, and the contacts of those accounts — each
// one double-click or Enter away.
class CommitteeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit CommitteeWidget(QWidget* parent = nullptr);

    // Reads the lead's committee (a few hundred rows at most).
    void showLead(Workspace& workspace, const Lead& lead);
    QTableWidget* people() const { return m_people; }
    QLabel* links() const { return m_links; }

Q_SIGNALS:
    void leadRequested(qint64 leadId);
    void accountRequested(qint64 accountId);
    void opportunityRequested(qint64 opportunityId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activate(int row);
    void followLink(const QString& link);

    QLabel* m_links;
    QTableWidget* m_people;
};

} // namespace lb
