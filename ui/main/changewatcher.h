#pragma once

#include <QObject>
#include <QTimer>

namespace lb {

class Workspace;

// Notices changes that others commit to the open workspace — a CLI import, a colleague's
// script, this window's own background jobs — so the queue counts and the list never go stale.
// Polls a counter the store keeps (a cheap read) every second; signals until the window says
// it has caught up, so a change that arrives while the window is busy is not forgotten.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(QObject* parent = nullptr);

    // Starts watching `workspace` (nullptr stops). What is there now counts as seen.
    void watch(Workspace* workspace);
    // The window has just re-read the workspace: what is there now counts as seen.
    void acknowledge();
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    // Someone else changed the workspace since the last acknowledge().
    void changedElsewhere();

private:
    void poll();
    bool read(quint64& counter) const;

    QTimer m_timer;
    Workspace* m_workspace = nullptr;
    quint64 m_seen = 0;
};

} // namespace lb
