#pragma once

#include <QString>
#include <chrono>
#include <functional>
#include <optional>

namespace lb {

// How long a write waits for another program (or another connection of this one) to finish its
// write on the same workspace before it gives up with "locked". An import of a million leads
// holds the write lock for tens of seconds, and several scripts may queue behind it, so the
// default wait is long; a program sets its own once at start.
struct LockWaitPolicy
{
    std::chrono::milliseconds limit = std::chrono::minutes(10);
    // The thread that owns QCoreApplication, when set: a window cannot paint while its thread
    // waits, so it gives up sooner and says why.
    std::optional<std::chrono::milliseconds> mainThreadLimit;
    // Called on the waiting thread once the wait has lasted `noticeAfter`, and then about every
    // `noticeEvery`, with the time waited so far and the workspace's file.
    std::chrono::milliseconds noticeAfter = std::chrono::seconds(1);
    std::chrono::milliseconds noticeEvery = std::chrono::seconds(10);
    std::function<void(std::chrono::milliseconds waited, const QString& path)> onWaiting;
};

// Process-wide; takes effect for the next wait, on every connection.
void setLockWaitPolicy(LockWaitPolicy policy);
LockWaitPolicy lockWaitPolicy();

} // namespace lb
