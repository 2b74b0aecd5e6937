// Fault injection as SQLite tests itself: a VFS that fails the Nth read, write, sync or truncate,
// and a full disk, over an import, a rescore, a stage move, a conversion and the migrations of
// an older workspace. Every run must end cleanly (an error in words, or success), leave the
// workspace exactly as before or after (integrity_check ok), and let the next open succeed.
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"
#include "support/faultscenarios.h"
#include "support/faultvfs.h"
#include "support/tempworkspace.h"

#include <QTextStream>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace lb;
using namespace lb::test;

namespace {

qint64 totalFaults = 0;
int totalRuns = 0;
int totalDefects = 0;

// Prints the total when the whole executable has run: the README's Reliability section
// quotes it.
class FaultTotals : public ::testing::Environment
{
public:
    void TearDown() override
    {
        QTextStream(stdout) << QStringLiteral("fault injection: %1 runs, faults injected: %2, %3\n")
                                   .arg(totalRuns)
                                   .arg(totalFaults)
                                   .arg(totalDefects == 0
                                            ? QStringLiteral("all old-or-new")
                                            : QStringLiteral("%1 defect(s)").arg(totalDefects));
    }
};
const auto* const totals = ::testing::AddGlobalTestEnvironment(new FaultTotals);

FaultInjection nthFault(FaultVfs::Op op, const QString& name, bool persistent = false)
{
    FaultVfs& vfs = FaultVfs::install();
    return FaultInjection{name +
                              (persistent ? QStringLiteral(" (and every later one)") : QString()),
                          [&vfs, op] { vfs.count(op); },
                          [&vfs, op, persistent](qint64 n) { vfs.failNth(op, n, persistent); },
                          [&vfs] { vfs.disarm(); },
                          [&vfs] { return vfs.calls(); },
                          [&vfs] { return vfs.injected(); }};
}

FaultInjection diskFull()
{
    FaultVfs& vfs = FaultVfs::install();
    return FaultInjection{QStringLiteral("disk full after bytes"),
                          [&vfs] { vfs.limitGrowth(qint64(1) << 50); },
                          [&vfs](qint64 bytes) { vfs.limitGrowth(bytes); },
                          [&vfs] { vfs.disarm(); },
                          [&vfs] { return vfs.grown(); },
                          [&vfs] { return vfs.injected(); }};
}

void expectClean(const QString& what, const SweepReport& report)
{
    totalFaults += report.faults;
    totalRuns += report.runs;
    totalDefects += int(report.defects.size());
    QTextStream out(stdout);
    out << sweepSummaryLine(what, report) << '\n';
    for (qsizetype i = 0; i < report.messages.size(); ++i)
        out << "    message: " << report.messages.at(i) << "  [" << report.firstSeenIn.at(i)
            << "]\n";
    out.flush();
    for (const QString& defect : report.defects)
        ADD_FAILURE() << defect.toStdString();
    EXPECT_GT(report.faults, 0) << what.toStdString() << ": no fault was injected";
}

// About this many runs per kind of fault keep each test well under a minute.
constexpr int runsPerKind = 40;

void sweepIoErrors(const FaultScenario& scenario)
{
    FaultSweep sweep(scenario);
    QString why;
    ASSERT_TRUE(sweep.referenceIsStable(&why)) << why.toStdString();
    const QList<FaultInjection> injections = {
        nthFault(FaultVfs::Write, QStringLiteral("write")),
        nthFault(FaultVfs::Read, QStringLiteral("read")),
        nthFault(FaultVfs::Sync, QStringLiteral("sync")),
        nthFault(FaultVfs::Truncate, QStringLiteral("truncate")),
        nthFault(FaultVfs::AnyIo, QStringLiteral("I/O call"), true)};
    for (const FaultInjection& injection : injections) {
        const SweepReport report = sweep.sweep(injection, runsPerKind);
        expectClean(scenario.name + QStringLiteral(", ") + injection.name + QStringLiteral(" ") +
                        QString::number(report.callsWithout) + QStringLiteral(" calls"),
                    report);
    }
}

void sweepDiskFull(const FaultScenario& scenario)
{
    FaultSweep sweep(scenario);
    QString why;
    ASSERT_TRUE(sweep.referenceIsStable(&why)) << why.toStdString();
    const FaultInjection injection = diskFull();
    // How much a run without a limit grows the files by; budgets fall short of it by steps.
    QString failure;
    const qint64 growth = sweep.countCalls(injection, &failure);
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    ASSERT_GT(growth, 0);
    QList<qint64> budgets = {0, 512, 4096};
    for (int eighth = 1; eighth < 8; ++eighth)
        budgets << growth * eighth / 8;
    budgets << growth - 1;
    const SweepReport report = sweep.sweepValues(injection, budgets);
    expectClean(scenario.name + QStringLiteral(", disk full (grows by ") + QString::number(growth) +
                    QStringLiteral(" bytes)"),
                report);
}

} // namespace

// The QSQLITE plugin and the store's raw sqlite3 calls use one SQLite library, so the fault
// VFS, registered as its default, sees every file of both.
TEST(FaultVfs, EveryConnectionGoesThroughIt)
{
    FaultVfs& vfs = FaultVfs::install();
    ASSERT_EQ(sqlite3_vfs_find(nullptr), vfs.vfs());
    TempWorkspace temp;
    const qint64 before = vfs.opens();
    auto& workspace = static_cast<SqliteWorkspace&>(temp.workspace());
    EXPECT_GT(vfs.opens(), before);
    sqlite3_vfs* used = nullptr;
    ASSERT_EQ(sqlite3_file_control(workspace.handle(), "main", SQLITE_FCNTL_VFS_POINTER, &used),
              SQLITE_OK);
    EXPECT_EQ(used, vfs.vfs()) << "the QSQLITE connection";
    sqlite3* raw = nullptr;
    ASSERT_EQ(
        sqlite3_open_v2(temp.path().toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr),
        SQLITE_OK);
    used = nullptr;
    sqlite3_exec(raw, "PRAGMA user_version", nullptr, nullptr, nullptr);
    ASSERT_EQ(sqlite3_file_control(raw, "main", SQLITE_FCNTL_VFS_POINTER, &used), SQLITE_OK);
    EXPECT_EQ(used, vfs.vfs()) << "a raw connection";
    sqlite3_close_v2(raw);

    // And it fails what it is told to.
    vfs.failNth(FaultVfs::Write, 1);
    EXPECT_THROW(
        {
            Transaction transaction(workspace);
            workspace.settings().setValue(QStringLiteral("fault.test"), QStringLiteral("x"));
            transaction.commit();
        },
        StoreError);
    EXPECT_EQ(vfs.injected(), 1);
    vfs.disarm();
}

TEST(FaultInjection, ImportIoErrors)
{
    sweepIoErrors(importScenario());
}
TEST(FaultInjection, ImportDiskFull)
{
    sweepDiskFull(importScenario());
}
TEST(FaultInjection, RescoreIoErrors)
{
    sweepIoErrors(rescoreScenario());
}
TEST(FaultInjection, RescoreDiskFull)
{
    sweepDiskFull(rescoreScenario());
}
TEST(FaultInjection, StageMoveIoErrors)
{
    sweepIoErrors(stageMoveScenario());
}
TEST(FaultInjection, StageMoveDiskFull)
{
    sweepDiskFull(stageMoveScenario());
}
TEST(FaultInjection, ConversionIoErrors)
{
    sweepIoErrors(conversionScenario());
}
TEST(FaultInjection, ConversionDiskFull)
{
    sweepDiskFull(conversionScenario());
}
TEST(FaultInjection, MigrationIoErrors)
{
    sweepIoErrors(migrationScenario());
}
TEST(FaultInjection, MigrationDiskFull)
{
    sweepDiskFull(migrationScenario());
}
