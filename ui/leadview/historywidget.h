#pragma once

#include "model/stagechange.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace lb {

class Workspace;

// A lead's stage history, oldest first: when, from, to, who, why, and whether a manager
// overrode the guard. Reasons are shown with their translated labels.
class HistoryWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWidget(QWidget* parent = nullptr);

    void setChanges(const QList<StageChange>& changes);
    // Reads the lead's history through the workspace's history repository.
    void showLead(Workspace& workspace, qint64 leadId);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace lb
