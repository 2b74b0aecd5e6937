#pragma once

#include "model/stage.h"

#include <QListWidget>
#include <QMap>
#include <optional>

namespace lb {

// The side panel of work queues: all leads and one queue per stage, each with its count.
// Choosing a queue asks the window to filter the table.
class QueuePanel final : public QListWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QWidget* parent = nullptr);

    void setCounts(const QMap<Stage, qint64>& counts);
    std::optional<Stage> currentStage() const;

Q_SIGNALS:
    void queueChosen(std::optional<Stage> stage);

private:
    void relabel();
    QMap<Stage, qint64> m_counts;
};

} // namespace lb
