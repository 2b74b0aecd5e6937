#include "store/lockwait.h"

#include <mutex>

namespace lb {

namespace {

std::mutex& policyMutex()
{
    static std::mutex mutex;
    return mutex;
}

LockWaitPolicy& currentPolicy()
{
    static LockWaitPolicy policy;
    return policy;
}

} // namespace

void setLockWaitPolicy(LockWaitPolicy policy)
{
    const std::lock_guard lock(policyMutex());
    currentPolicy() = std::move(policy);
}

LockWaitPolicy lockWaitPolicy()
{
    const std::lock_guard lock(policyMutex());
    return currentPolicy();
}

} // namespace lb
