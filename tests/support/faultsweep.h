#pragma once

#include "support/rowdump.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

namespace lb::test {

// One operation under test, run as a CLI command runs it: open the workspace, do the work,
// close. `run` throws what the operation throws.
struct FaultScenario
{
    QString name;
    std::function<void(const QString& path)> prepare; // makes the workspace before it
    std::function<void(const QString& path)> run;
    // States that count as whole besides old and new, made from a copy of the old file: a
    // migration commits each version on its own, so a failure can leave any version between.
    int steps = 0;
    std::function<void(const QString& path, int step)> makeStep;
};

// How faults are injected: arm(n) arms the nth fault (or a budget of n bytes).
struct FaultInjection
{
    QString name;
    std::function<void()> count;
    std::function<void(qint64 n)> arm;
    std::function<void()> disarm;
    std::function<qint64()> calls;
    std::function<qint64()> injected;
};

struct SweepReport
{
    int runs = 0;
    int failedRuns = 0;      // runs that ended with an error
    qint64 faults = 0;       // faults injected in all
    qint64 callsWithout = 0; // countable calls of a run without faults
    QStringList defects;     // each: what went wrong in which run
    QStringList messages;    // the distinct error messages the user would have seen
    QStringList firstSeenIn; // the run each message was first seen in
};

// Runs a scenario again and again with the nth fault armed, and checks after every run that the
// error was clean (a StoreError naming a workspace problem in words, no SQL statement), that the
// workspace is exactly as before, as after (or at a step between), integrity_check ok, and that
// the next open without faults succeeds.
class FaultSweep
{
public:
    explicit FaultSweep(FaultScenario scenario);

    // The countable calls of a run without faults (bytes grown, for a full disk); `failure`
    // says why when that run failed.
    qint64 countCalls(const FaultInjection& injection, QString* failure);
    // Arms n = 1, 2, 3, ... (strided so that about `maxRuns` runs cover every countable call)
    // until a run completes without meeting its fault.
    SweepReport sweep(const FaultInjection& injection, int maxRuns);
    // One run at each of the given arming values (budgets of a full disk).
    SweepReport sweepValues(const FaultInjection& injection, const QList<qint64>& values);

    // False (with the reason) when two runs without faults differ: then "new" means nothing.
    bool referenceIsStable(QString* why) const;

private:
    void runOnce(const FaultInjection& injection, qint64 n, SweepReport& report, bool* hit);
    QString checkState(const QString& path, bool succeeded) const;

    FaultScenario m_scenario;
    QTemporaryDir m_dir;
    QString m_before;
    RowDump m_old;
    RowDump m_new; // without times
    RowDump m_newAgain;
    QList<RowDump> m_steps;
};

// A one-line account for the README: "faults injected: N, all old-or-new".
QString sweepSummaryLine(const QString& what, const SweepReport& report);

} // namespace lb::test
