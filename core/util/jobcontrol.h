#pragma once

#include <QString>
#include <atomic>
#include <exception>
#include <functional>

namespace lb {

// The one small job interface of long work (import, rescore, demo, reports): the core reports
// progress through it and asks it whether to stop. The GUI backs it with a progress bar and a
// Cancel button, the CLI with a line on the terminal.
class JobControl
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString& phase)>;

    JobControl() = default;
    explicit JobControl(ProgressFn progress) : m_progress(std::move(progress)) {}

    void report(qint64 done, qint64 total, const QString& phase = {})
    {
        if (m_progress)
            m_progress(done, total, phase);
    }
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    // Throws JobCancelled when cancel() was called: call it between units of work, inside the
    // job's transaction, so that a cancel rolls everything back.
    void checkCancelled() const;

private:
    ProgressFn m_progress;
    std::atomic<bool> m_cancelled{false};
};

class JobCancelled : public std::exception
{
public:
    const char* what() const noexcept override { return "cancelled"; }
};

inline void JobControl::checkCancelled() const
{
    if (isCancelled())
        throw JobCancelled();
}

} // namespace lb
