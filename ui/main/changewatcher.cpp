#include "main/changewatcher.h"

#include "store/storeerror.h"
#include "store/workspace.h"

namespace lb {

ChangeWatcher::ChangeWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::watch(Workspace* workspace)
{
    m_workspace = workspace;
    if (m_workspace) {
        acknowledge();
        m_timer.start();
    } else {
        m_timer.stop();
    }
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
