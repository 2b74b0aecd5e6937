#include "support/killpoints.h"

#include "support/cliprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>
#include <signal.h>
#include <unistd.h>

namespace lb::test {

namespace {

const QString workspaceName = QStringLiteral("ws.leadbench");

QStringList withWorkspace(const QString& folder, const QStringList& arguments)
{
    return QStringList{QStringLiteral("--db"), QDir(folder).filePath(workspaceName),
                       QStringLiteral("--user"), QStringLiteral("kill-test")} +
           arguments;
}

void prepareProcess(QProcess& process, const QStringList& arguments)
{
    process.setProgram(cliPath());
    process.setArguments(arguments);
    // Nothing reads the output while the test sleeps: a full pipe must not stop the command.
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setStandardInputFile(QProcess::nullDevice());
}

} // namespace

KillPoints::KillPoints(const QString& suite) : m_suite(suite)
{
    bool given = false;
    m_seed = qEnvironmentVariable("LEADBENCH_KILL_SEED").toULongLong(&given);
    if (!given)
        m_seed = QRandomGenerator::global()->generate64();
    m_random.seed(m_seed);
    // The suite's own commands write "now": from a minute before it started, for an hour.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_dumpOptions.nowFrom = now.addSecs(-60);
    m_dumpOptions.nowTo = now.addSecs(3600);
    std::cout << "[kill points] " << m_suite.toStdString() << ": LEADBENCH_KILL_SEED=" << m_seed
              << std::endl;
}

int KillPoints::count(int defaultCount) const
{
    bool given = false;
    const int count = qEnvironmentVariable("LEADBENCH_KILL_POINTS").toInt(&given);
    return given && count > 0 ? count : defaultCount;
}

qint64 KillPoints::nextDelay(qint64 durationUs)
{
    return std::uniform_int_distribution<qint64>(0, std::max<qint64>(durationUs, 0))(m_random);
}

QString KillPoints::where(int point, qint64 delayUs) const
{
    return QStringLiteral("LEADBENCH_KILL_SEED=%1, point %2, delay %3 us")
        .arg(m_seed)
        .arg(point)
        .arg(delayUs);
}

qint64 KillPoints::timeRun(const QStringList& arguments, QString* error)
{
    QProcess process;
    prepareProcess(process, arguments);
    process.setStandardErrorFile(QString()); // keep the error text
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("timed out");
        return -1;
    }
    const qint64 elapsed = timer.nsecsElapsed() / 1000;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("exit %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return -1;
    }
    return elapsed;
}

bool KillPoints::runAndKill(const QStringList& arguments, qint64 delayUs, QString* error)
{
    QProcess process;
    prepareProcess(process, arguments);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = process.errorString();
        return false;
    }
    const qint64 rest = delayUs - timer.nsecsElapsed() / 1000;
    if (rest > 0)
        ::usleep(useconds_t(rest));
    ::kill(pid_t(process.processId()), SIGKILL);
    if (!process.waitForFinished(30000)) {
        *error = QStringLiteral("did not end after SIGKILL");
        return false;
    }
    if (process.exitStatus() == QProcess::CrashExit)
        return true;
    if (process.exitCode() != 0)
        *error = QStringLiteral("exit %1 before the kill").arg(process.exitCode());
    return false;
}

void KillPoints::printSummary() const
{
    // The figure the README's Reliability section quotes: kills that found the command running.
    std::cout << "[kill points] " << m_suite.toStdString() << ": kill points: " << m_hits
              << (::testing::Test::HasFailure() ? ", NOT all before-or-after"
                                                : ", all before-or-after")
              << " (kills that found the command running; of all " << m_before + m_after
              << " kills " << m_before << " left the state before and " << m_after << " after, "
              << m_late << " of them came when the command had ended; "
              << "LEADBENCH_KILL_SEED=" << m_seed << ")" << std::endl;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool copyWorkspace(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void killWorkspaceOperation(KillPoints& points, const WorkspaceOperation& operation)
{
    SCOPED_TRACE(operation.name.toStdString());
    auto prepare = [&](const QString& folder) {
        EXPECT_TRUE(copyWorkspace(operation.baseline, QDir(folder).filePath(workspaceName)));
        for (const QString& input : operation.inputs)
            EXPECT_TRUE(QFile::copy(input, QDir(folder).filePath(QFileInfo(input).fileName())));
    };

    // The states before and after, and how long the command takes, from an uninterrupted run.
    QTemporaryDir measured;
    prepare(measured.path());
    const QString measuredWorkspace = measured.filePath(workspaceName);
    const WorkspaceDump before = points.dump(measuredWorkspace);
    ASSERT_TRUE(before.problems.isEmpty()) << before.problems.join('\n').toStdString();
    QString error;
    qint64 duration = KillPoints::timeRun(
        withWorkspace(measured.path(), operation.arguments(measured.path())), &error);
    ASSERT_GE(duration, 0) << error.toStdString();
    {
        // The shorter of two runs: a run slowed down by other work on the machine would put
        // many kills after the command's end.
        QTemporaryDir again;
        prepare(again.path());
        const qint64 second = KillPoints::timeRun(
            withWorkspace(again.path(), operation.arguments(again.path())), &error);
        ASSERT_GE(second, 0) << error.toStdString();
        duration = std::min(duration, second);
    }
    const WorkspaceDump after = points.dump(measuredWorkspace);
    ASSERT_TRUE(after.problems.isEmpty()) << after.problems.join('\n').toStdString();
    ASSERT_NE(before, after) << "the command changed nothing: the test would prove nothing";
    // The files beside the workspace before and after the command (such as the rejected rows
    // an import writes).
    QStringList filesAfter = filesIn(measured.path());
    filesAfter.removeAll(workspaceName + QStringLiteral("-wal"));
    filesAfter.removeAll(workspaceName + QStringLiteral("-shm"));
    QStringList filesBefore = operation.inputs;
    for (QString& input : filesBefore)
        input = QFileInfo(input).fileName();
    filesBefore << workspaceName;
    filesBefore.sort();
    DumpOptions killedOptions = points.dumpOptions();
    killedOptions.integrityCheck = false; // `check` runs it below
    std::cout << "[kill points] " << operation.name.toStdString() << ": " << duration / 1000
              << " ms uninterrupted" << std::endl;

    const int kills = points.count(operation.kills);
    for (int point = 0; point < kills; ++point) {
        const qint64 delay = points.nextDelay(duration);
        const std::string at =
            (operation.name + QStringLiteral(": ") + points.where(point, delay)).toStdString();
        QTemporaryDir folder;
        prepare(folder.path());
        const QString workspace = folder.filePath(workspaceName);
        QString killError;
        const bool hit = KillPoints::runAndKill(
            withWorkspace(folder.path(), operation.arguments(folder.path())), delay, &killError);
        EXPECT_TRUE(killError.isEmpty()) << at << ": " << killError.toStdString();
        points.killed(hit);

        const WorkspaceDump state = dumpWorkspace(workspace, killedOptions);
        EXPECT_TRUE(state.problems.isEmpty())
            << at << ": " << state.problems.join(QStringLiteral("; ")).toStdString();
        const QStringList files = [&] {
            QStringList files = filesIn(folder.path());
            files.removeAll(workspaceName + QStringLiteral("-wal"));
            files.removeAll(workspaceName + QStringLiteral("-shm"));
            return files;
        }();
        if (state == before) {
            points.landed(true);
            // An import puts its rejected file in place just before it commits, so that a saved
            // import always has one: a kill between the two leaves the file that the next try
            // writes again. It must then be the whole file of the uninterrupted run.
            if (files != filesBefore && files == filesAfter) {
                for (const QString& name : files)
                    if (!filesBefore.contains(name))
                        EXPECT_EQ(readAll(folder.filePath(name)), readAll(measured.filePath(name)))
                            << at << ": " << name.toStdString() << " is not whole";
            } else {
                EXPECT_EQ(files.join(' ').toStdString(), filesBefore.join(' ').toStdString())
                    << at << ": files beside the workspace";
            }
        } else if (state == after) {
            points.landed(false);
            EXPECT_EQ(files.join(' ').toStdString(), filesAfter.join(' ').toStdString())
                << at << ": files beside the workspace";
        } else {
            ADD_FAILURE() << at << ": the workspace is neither as before nor as after; against "
                          << "before: " << state.differenceFrom(before).toStdString()
                          << "; against after: " << state.differenceFrom(after).toStdString();
        }
        const CliResult check = runCli(withWorkspace(folder.path(), {QStringLiteral("check")}));
        EXPECT_EQ(check.exitCode, 0) << at << ": check: " << check.errText().toStdString();
        const CliResult next = runCli(withWorkspace(folder.path(), operation.next));
        EXPECT_EQ(next.exitCode, 0) << at << ": the next command: " << next.errText().toStdString();
        if (::testing::Test::HasFailure())
            break; // the first failure says enough; the seed and delay reproduce it
    }
}

} // namespace lb::test
