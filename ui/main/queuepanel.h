#pragma once

#include "model/stage.h"

#include <QListWidget>
#include <QMap>
#include <optional>

class QLabel;

namespace lb {

// The side panel of work queues: all leads and one queue per stage, each with its count.
// Choosing a queue asks the window to filter the table.
class QueuePanel final : public QListWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QWidget* parent = nullptr);

    void setCounts(const QMap<Stage, qint64>& counts, qint64 myLeads = 0);
    void setOverdueCount(qint64 overdue);
    // Until the next setCounts the queues show "…" for their counts: another workspace is open
    // and its counts are still being read (a team workspace's are read on a worker).
    void forgetCounts();
    std::optional<Stage> currentStage() const;
    // The "My leads" queue: the leads the acting user owns, in any stage.
    bool myLeadsChosen() const;
    // The "Overdue" queue: MQLs not touched within the SLA (leads/sla.h); its stage is MQL.
    bool overdueChosen() const;
    // The queue's name: "MQLs to accept" rather than the bare stage.
    static QString queueName(Stage stage);
    // The chosen queue's name ("MQLs to accept", "My leads"); empty for All leads.
    QString currentQueueName() const;
    // Whether a search or filter narrows the table: the counts stay those of the whole queues,
    // and a note under the list (and the tooltips) say so.
    void setFiltersActive(bool active);
    bool filtersActive() const { return m_filtersActive; }
    QLabel* countsNote() const { return m_note; }

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void queueChosen(std::optional<Stage> stage);

private:
    void relabel();
    void placeNote();
    QMap<Stage, qint64> m_counts;
    qint64 m_myLeads = 0;
    qint64 m_overdue = 0;
    bool m_countsKnown = true;
    bool m_filtersActive = false;
    QLabel* m_note = nullptr;
};

} // namespace lb
