#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

namespace lb {

class Workspace;

// Notices changes that others commit to the open workspace — a CLI import, a colleague's
// script, this window's own background jobs — so the queue counts and the list never go stale.
// Reads a counter the store keeps (a cheap read) when the store says others changed something
// (a team workspace's server notifies) and otherwise every second; signals until the window
// says it has caught up, so a change that arrives while the window is busy is not forgotten.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(QObject* parent = nullptr);

    // Starts watching `workspace` (nullptr stops). What is there now counts as seen.
    void watch(Workspace* workspace);
    // The window has just re-read the workspace: what is there now counts as seen.
    void acknowledge();
    // How often to read the counter of a workspace that cannot tell of changes, and of one
    // that can (a team workspace's server), in case a change went untold.
    void setIntervals(int polling, int listening);
    // Whether the workspace tells of others' changes as they happen.
    bool toldOfChanges() const { return m_told; }

Q_SIGNALS:
    // Someone else changed the workspace since the last acknowledge().
    void changedElsewhere();

private:
    void poll();
    bool read(quint64& counter) const;

    QTimer m_timer;
    int m_pollingInterval = 1000;
    int m_listeningInterval = 10000;
    // The context of the workspace's listener: reset, it stops listening.
    std::unique_ptr<QObject> m_listening;
    bool m_told = false;
    Workspace* m_workspace = nullptr;
    quint64 m_seen = 0;
};

} // namespace lb
