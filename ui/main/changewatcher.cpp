#include "main/changewatcher.h"

#include "store/storeerror.h"
#include "store/workspace.h"

namespace lb {

ChangeWatcher::ChangeWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(m_pollingInterval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::watch(Workspace* workspace)
{
    // A listener of the previous workspace goes with its context.
    m_listening.reset();
    m_told = false;
    m_workspace = workspace;
    if (!m_workspace) {
        m_timer.stop();
        return;
    }
    acknowledge();
    m_listening = std::make_unique<QObject>();
    m_told = m_workspace->listenForOthersChanges(m_listening.get(), [this] { poll(); });
    // Told of changes, the poll only covers one the server could not tell (a connection that
    // was lost and made again).
    m_timer.setInterval(m_told ? m_listeningInterval : m_pollingInterval);
    m_timer.start();
}

void ChangeWatcher::setIntervals(int polling, int listening)
{
    m_pollingInterval = polling;
    m_listeningInterval = listening;
    m_timer.setInterval(m_told ? listening : polling);
}

void ChangeWatcher::acknowledge()
{
    quint64 counter = 0;
    if (read(counter))
        m_seen = counter;
}

void ChangeWatcher::poll()
{
    quint64 counter = 0;
    if (read(counter) && counter != m_seen)
        Q_EMIT changedElsewhere();
}

bool ChangeWatcher::read(quint64& counter) const
{
    if (!m_workspace)
        return false;
    try {
        counter = m_workspace->othersChangeCounter();
        return true;
    } catch (const StoreError&) {
        // Locked or gone for a moment: the next poll tells.
        return false;
    }
}

} // namespace lb
