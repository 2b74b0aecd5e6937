// One QCoreApplication for the whole run of a core or CLI test executable, with a home of its
// own (settings, data) and the C locale, whatever the machine's: test executables run in
// parallel and must not share a settings file, and the CLI subprocesses they start inherit it.
// (Set here, not through CTest: gtest_discover_tests passes only the first variable of an
// ENVIRONMENT list on.)
// --backend=postgresql runs the suite against a team workspace (support/tempworkspace.h).
#include "support/pgcluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// Skips the whole run when the team workspace's server is not there (fails it when CI says it
// must be), before any test makes a workspace.
class TeamServerCheck : public ::testing::Environment
{
public:
    void SetUp() override { LEADBENCH_REQUIRE_PG_OR_SKIP(); }
};

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--backend=postgresql") == 0) {
            qputenv("LEADBENCH_TEST_BACKEND", "postgresql");
            ::testing::AddGlobalTestEnvironment(new TeamServerCheck);
        }
    }
    return RUN_ALL_TESTS();
}
