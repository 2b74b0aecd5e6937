// Fault injection as SQLite tests itself, for memory: SQLite's allocator fails its Nth
// allocation (and, in a second pass, every one after it) over an import, a rescore, a stage
// move, a conversion and the migrations of an older workspace. Every run must end cleanly and
// leave the workspace exactly as before or after, as with the I/O faults. An executable of its
// own: SQLite takes a new allocator only before the process's first connection.
#include "support/faultmalloc.h"
#include "support/faultscenarios.h"

#include <QTextStream>
#include <gtest/gtest.h>

using namespace lb;
using namespace lb::test;

namespace {

// Installs the allocator before any test opens a connection, and prints the total at the end.
class FaultMallocEnvironment : public ::testing::Environment
{
public:
    void SetUp() override { ASSERT_TRUE(FaultMalloc::install()); }
    void TearDown() override
    {
        QTextStream(stdout) << QStringLiteral(
                                   "allocation faults: %1 runs, faults injected: %2, %3\n")
                                   .arg(runs)
                                   .arg(faults)
                                   .arg(defects == 0 ? QStringLiteral("all old-or-new")
                                                     : QStringLiteral("%1 defect(s)").arg(defects));
    }

    static inline int runs = 0;
    static inline qint64 faults = 0;
    static inline int defects = 0;
};
const auto* const environment = ::testing::AddGlobalTestEnvironment(new FaultMallocEnvironment);

FaultInjection nthAllocation(bool persistent)
{
    return FaultInjection{persistent ? QStringLiteral("allocation (and every later one)")
                                     : QStringLiteral("allocation"),
                          [] { FaultMalloc::count(); },
                          [persistent](qint64 n) { FaultMalloc::failNth(n, persistent); },
                          [] { FaultMalloc::disarm(); },
                          [] { return FaultMalloc::calls(); },
                          [] { return FaultMalloc::injected(); }};
}

// Allocations run to tens of thousands: about this many runs per pass keep a test near 20 s.
constexpr int runsPerPass = 30;

void sweepAllocations(const FaultScenario& scenario)
{
    ASSERT_TRUE(FaultMalloc::install());
    FaultSweep sweep(scenario);
    QString why;
    ASSERT_TRUE(sweep.referenceIsStable(&why)) << why.toStdString();
    for (bool persistent : {false, true}) {
        const FaultInjection injection = nthAllocation(persistent);
        const SweepReport report = sweep.sweep(injection, runsPerPass);
        FaultMallocEnvironment::runs += report.runs;
        FaultMallocEnvironment::faults += report.faults;
        FaultMallocEnvironment::defects += int(report.defects.size());
        QTextStream out(stdout);
        out << sweepSummaryLine(scenario.name + QStringLiteral(", ") + injection.name +
                                    QStringLiteral(" ") + QString::number(report.callsWithout) +
                                    QStringLiteral(" allocations"),
                                report)
            << '\n';
        for (qsizetype i = 0; i < report.messages.size(); ++i)
            out << "    message: " << report.messages.at(i) << "  [" << report.firstSeenIn.at(i)
                << "]\n";
        out.flush();
        for (const QString& defect : report.defects)
            ADD_FAILURE() << defect.toStdString();
        EXPECT_GT(report.faults, 0);
    }
}

} // namespace

TEST(AllocationFaults, Import)
{
    sweepAllocations(importScenario());
}
TEST(AllocationFaults, Rescore)
{
    sweepAllocations(rescoreScenario());
}
TEST(AllocationFaults, StageMove)
{
    sweepAllocations(stageMoveScenario());
}
TEST(AllocationFaults, Conversion)
{
    sweepAllocations(conversionScenario());
}
TEST(AllocationFaults, Migration)
{
    sweepAllocations(migrationScenario());
}
