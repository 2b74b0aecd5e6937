#pragma once

#include "support/workspacedump.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <random>

namespace lb::test {

// SIGKILL at random points of a CLI command (issue 18, crash safety). The delays are drawn
// uniformly over the command's measured duration from a seed that is printed first, so a
// failure names the seed and the delay that reproduce it: LEADBENCH_KILL_SEED=S runs the same
// points again, LEADBENCH_KILL_POINTS=N runs N points per operation instead of the default.
class KillPoints
{
public:
    explicit KillPoints(const QString& suite);

    quint64 seed() const { return m_seed; }
    int count(int defaultCount) const;
    // A delay in [0, durationUs].
    qint64 nextDelay(qint64 durationUs);
    // "seed S, point I, delay D us": what a failure message starts with.
    QString where(int point, qint64 delayUs) const;

    // The same window for every dump of the suite: its own run's times are "now".
    DumpOptions dumpOptions() const { return m_dumpOptions; }
    WorkspaceDump dump(const QString& path) const { return dumpWorkspace(path, m_dumpOptions); }

    // Runs the CLI to the end and returns how long it took (microseconds), or -1 when it did
    // not exit 0 (`error` then says why).
    static qint64 timeRun(const QStringList& arguments, QString* error);
    // Starts the CLI, sends it SIGKILL `delayUs` after the start and waits for it. True when
    // the kill found it running; false when it had already ended (with exit 0, or `error`).
    static bool runAndKill(const QStringList& arguments, qint64 delayUs, QString* error);

    // Counting, for the summary line.
    void killed(bool hit) { hit ? ++m_hits : ++m_late; }
    void landed(bool before) { before ? ++m_before : ++m_after; }
    // Prints "kill points: N, all before-or-after (...)" for the suite.
    void printSummary() const;
    int hits() const { return m_hits; }

private:
    QString m_suite;
    quint64 m_seed = 0;
    std::mt19937_64 m_random;
    DumpOptions m_dumpOptions;
    int m_hits = 0;
    int m_late = 0;
    int m_before = 0;
    int m_after = 0;
};

// A command that changes a workspace, killed at random points: after each kill the workspace
// must be exactly as before or as after the command (by a logical dump), pass
// integrity_check and the reconciliation of history with scores, pass `check`, and take the
// next command. Every run works on a fresh copy of `baseline` in a folder of its own, with
// copies of `inputs` beside it; nothing else may be left in that folder.
struct WorkspaceOperation
{
    QString name;
    QString baseline;
    QStringList inputs;
    // The command's arguments after --db WORKSPACE, given the folder it runs in.
    std::function<QStringList(const QString& folder)> arguments;
    // A write that must work afterwards (after --db WORKSPACE).
    QStringList next;
    int kills = 12;
};

void killWorkspaceOperation(KillPoints& points, const WorkspaceOperation& operation);

// A few file helpers the suites share.
QStringList filesIn(const QString& folder);
bool copyWorkspace(const QString& from, const QString& to);

} // namespace lb::test
