// Opening a workspace file that this process already has open (the window's background work,
// a second window, a command's own check) must leave the first connection's locks in place.
// POSIX drops every lock a process holds on a file when it closes any descriptor of it; a
// header read through an ordinary file handle did that, after which another program took the
// file as unused, checkpointed and deleted its write-ahead log under the open connection, and
// the workspace ended "malformed" (CI: ConcurrentWriters, a window open beside command-line
// writers).
#include "store/workspace.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

Lead leadNamed(const QString& email)
{
    Lead lead;
    lead.email = email;
    lead.firstName = QStringLiteral("Aino");
    lead.lastName = QStringLiteral("Virtanen");
    lead.company = QStringLiteral("Lumi Oy");
    return lead;
}

} // namespace

TEST(SameProcessConnections, ASecondOpenKeepsTheFirstConnectionsLocks)
{
    if (test::testingTeamWorkspace())
        GTEST_SKIP() << "about workspace files";
    TempWorkspace temp;
    temp.workspace();
    temp.close();
    auto first = openWorkspace(temp.path());
    Lead one = leadNamed(QStringLiteral("first@example.com"));
    first->leads().insert(one, QStringLiteral("test"));
    ASSERT_TRUE(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));

    // Opened and closed again in this process while the first connection stays open.
    openWorkspace(temp.path()).reset();

    // Another program opens and closes the file. Were the first connection's lock gone, it
    // would see itself as the last user and checkpoint and delete the log under it.
    const test::CliResult check = test::runCli({"--db", temp.path(), "check"});
    ASSERT_EQ(check.exitCode, 0) << check.errText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(temp.path() + QStringLiteral("-wal")))
        << "the log of an open connection was deleted by another program";

    Lead two = leadNamed(QStringLiteral("second@example.com"));
    first->leads().insert(two, QStringLiteral("test"));
    first.reset();
    auto again = openWorkspace(temp.path());
    EXPECT_EQ(again->leads().count(LeadFilter{}), 2);
    again.reset();
    const test::CliResult after = test::runCli({"--db", temp.path(), "check"});
    EXPECT_EQ(after.exitCode, 0) << after.errText().toStdString();
}
