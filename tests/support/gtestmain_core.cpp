// One QCoreApplication for the whole run of a core or CLI test executable, with a home of its
// own (settings, data) and the C locale, whatever the machine's: test executables run in
// parallel and must not share a settings file, and the CLI subprocesses they start inherit it.
// (Set here, not through CTest: gtest_discover_tests passes only the first variable of an
// ENVIRONMENT list on.)
#include <QCoreApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

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
    return RUN_ALL_TESTS();
}
