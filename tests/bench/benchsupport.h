#pragma once

#include <QElapsedTimer>
#include <QString>

namespace lb::bench {

// Resident memory now and at its peak, in MB, read from /proc/self/status.
double residentMb();
double peakResidentMb();
// Prints one figure as "name: value unit" (and, with a target, whether it was reached).
void report(const QString& name, double value, const QString& unit, double target = -1);
// Runs a shell command (e.g. the sqlite3 CLI as a reference) and returns its wall time in ms.
double timeShell(const QString& command);
// Where benchmark workspaces live: $LEADBENCH_BENCH_DIR or a folder under /tmp.
QString benchDir();
// Whether a workspace kept from an earlier run exists and has the current schema (one made
// by an older build would be migrated on every run, inside the figures).
bool isCurrentWorkspace(const QString& path);

} // namespace lb::bench
