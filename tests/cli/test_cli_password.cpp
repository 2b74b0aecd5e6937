// leadbench-cli and a team workspace's server that asks for a password: on a terminal it asks
// as psql does (without echo, again after a wrong one); in a script it asks nothing and exits 3
// saying what the server wants. The terminal is a real pseudo-terminal (util-linux `script`).
#include "store/workspace.h"
#include "support/cliprocess.h"
#include "support/pgcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::PasswordLogin;
using lb::test::TempPgDatabase;

namespace {

// The environment without PGPASSWORD, and a home without ~/.pgpass: only a prompt can give it.
QProcessEnvironment withoutPasswords(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGPASSFILE"));
    environment.insert(QStringLiteral("HOME"), home);
    return environment;
}

// Runs the CLI on a pseudo-terminal and types each answer once the prompt has been asked for
// the time before; what the terminal showed and the exit status.
struct TerminalRun
{
    QString screen;
    int exitCode = -1;
};

TerminalRun onTerminal(const QStringList& arguments, const QStringList& answers,
                       const QProcessEnvironment& environment)
{
    QStringList quoted;
    for (const QString& argument : QStringList{test::cliPath()} + arguments)
        quoted << QLatin1Char('\'') + argument + QLatin1Char('\'');
    QProcess terminal;
    terminal.setProcessEnvironment(environment);
    terminal.setProcessChannelMode(QProcess::MergedChannels);
    terminal.start(QStringLiteral("script"), {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')),
                                              QStringLiteral("/dev/null")});
    EXPECT_TRUE(terminal.waitForStarted());
    QByteArray screen;
    for (const QString& answer : answers) {
        const qsizetype prompts = screen.count("Password for");
        QElapsedTimer waited;
        waited.start();
        while (screen.count("Password for") == prompts && waited.elapsed() < 20000 &&
               terminal.state() == QProcess::Running) {
            terminal.waitForReadyRead(50);
            screen += terminal.readAll();
        }
        const bool asked = screen.count("Password for") > prompts;
        EXPECT_TRUE(asked) << screen.toStdString();
        terminal.write(answer.toUtf8() + '\n');
    }
    EXPECT_TRUE(terminal.waitForFinished(60000));
    screen += terminal.readAll();
    return {QString::fromUtf8(screen), terminal.exitCode()};
}

} // namespace

TEST(CliPassword, OnATerminalTheServersPasswordIsAskedWithoutEchoAndInAScriptNot)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        GTEST_SKIP() << "no util-linux script for a pseudo-terminal";
    TempPgDatabase database;
    {
        auto workspace = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
        Lead lead;
        lead.email = QStringLiteral("aino@example.fi");
        workspace->leads().insert(lead, QStringLiteral("me"));
    }
    const QString secret = QStringLiteral("hunter2-of-eero");
    const PasswordLogin login(database, secret);
    if (!login.available())
        GTEST_SKIP() << "the test server has no password logins (not scripts/pg-cluster.sh's)";
    const QTemporaryDir home;
    const QProcessEnvironment environment = withoutPasswords(home.path());
    const QStringList leads = {QStringLiteral("--db"), login.url(), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("leads")};

    // A script: no prompt, the server's refusal, exit 3.
    const test::CliResult script = test::runCli(leads, environment);
    EXPECT_EQ(script.exitCode, 3) << script.errText().toStdString();
    EXPECT_TRUE(script.errText().contains(QStringLiteral("password")))
        << script.errText().toStdString();
    EXPECT_FALSE(script.errText().contains(QStringLiteral("Password for")));

    // A terminal: a wrong password, asked again, the right one; neither shows.
    const TerminalRun run = onTerminal(leads, {QStringLiteral("wrong-one"), secret}, environment);
    EXPECT_EQ(run.exitCode, 0) << run.screen.toStdString();
    EXPECT_EQ(run.screen.count(QStringLiteral("Password for")), 2) << run.screen.toStdString();
    EXPECT_TRUE(run.screen.contains(QStringLiteral("aino@example.fi"))) << run.screen.toStdString();
    EXPECT_FALSE(run.screen.contains(secret)) << run.screen.toStdString();
    EXPECT_FALSE(run.screen.contains(QStringLiteral("wrong-one"))) << run.screen.toStdString();
}
