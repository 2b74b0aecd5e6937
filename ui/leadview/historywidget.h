#pragma once

#include "model/ownerchange.h"
#include "model/stagechange.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace lb {

class Workspace;

// A lead's stage history and owner changes, oldest first: when, from, to, who, why, and whether a
// manager overrode the guard. Reasons are shown with their translated labels.
class HistoryWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWidget(QWidget* parent = nullptr);

    // Stage moves and owner changes in one list, in time order; an owner change says so in
    // the Reason column and names the owners in From and To.
    void setChanges(const QList<StageChange>& changes, const QList<OwnerChange>& owners = {});
    // Reads the lead's history through the workspace's history repository.
    void showLead(Workspace& workspace, qint64 leadId);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace lb
