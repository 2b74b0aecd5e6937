#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace lb {

class JobRunner;

// Work for a view that shows the newest state, on a worker thread (the work opens its own
// connection: one belongs to the thread that opened it). Asked again while a job runs, it runs
// only the newest request when that one ends, and the result of a job overtaken meanwhile is
// never delivered: filters clicked in a row, or a burst of teammates' changes, make one more
// load, not one each.
class NewestJob final : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread; keeps its result in what it captured.
    using Work = std::function<void()>;
    // Runs on this object's thread once the newest work has ended; `error` says what stopped
    // it, in the user's words, and is empty when it ran through.
    using Done = std::function<void(const QString& error)>;

    explicit NewestJob(QObject* parent = nullptr);

    void run(Work work, Done done);
    // Whether a job runs or waits to.
    bool isBusy() const;

private:
    struct Request
    {
        Work work;
        Done done;
    };
    void start(Request request);
    void finished();

    JobRunner* m_runner;
    std::optional<Request> m_next;
    Done m_done;
};

} // namespace lb
