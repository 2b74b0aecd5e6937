// One QApplication for the whole run of a UI test executable, on the offscreen platform, with
// settings of its own: test executables run in parallel and must not share a settings file.
#include <QApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("LANG", "C.UTF-8"); // (see gtestmain_core.cpp)
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
