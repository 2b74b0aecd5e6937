#pragma once

#include "leads/queuecounts.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace lb {

class JobRunner;

// Reads the queue panel's counts and the filter bar's lists (readQueueCounts) on a worker thread
// with a connection of its own, for a team workspace: there they are full counts on the server,
// and the table's first rows should not wait for them. A request made while one runs waits and
// replaces any other waiting one, so after a burst of changes the panel shows the last state.
class QueueCountsLoader final : public QObject
{
    Q_OBJECT

public:
    explicit QueueCountsLoader(QObject* parent = nullptr);
    ~QueueCountsLoader() override;

    void request(const QString& location, const QString& actor, const QDateTime& slaCutoff);
    // Forgets the waiting request and drops the running one's result (another workspace opened).
    void discard();
    bool isLoading() const;

Q_SIGNALS:
    // On the UI thread; `location` is the workspace the counts were read from.
    void loaded(const QString& location, const lb::QueueCounts& counts);

private:
    struct Request
    {
        QString location;
        QString actor;
        QDateTime slaCutoff;
    };
    void start(const Request& request);
    void onFinished();

    JobRunner* m_runner;
    std::optional<Request> m_waiting;
    QString m_runningLocation;
    bool m_discardRunning = false;
    std::shared_ptr<QueueCounts> m_result;
};

} // namespace lb
