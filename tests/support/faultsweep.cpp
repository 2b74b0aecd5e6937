#include "support/faultsweep.h"

#include "store/storeerror.h"
#include "store/workspace.h"

#include <QRegularExpression>
#include <algorithm>
#include <exception>

namespace lb::test {

namespace {

// A statement, or a piece of one, in what a user reads.
bool looksLikeSql(const QString& message)
{
    static const QRegularExpression sql(QStringLiteral(
        "\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|"
        "SAVEPOINT|RELEASE|VACUUM|WHERE|FROM|VALUES)\\b"));
    return sql.match(message).hasMatch();
}

// What SQLite or QtSql say when nobody translated it for the user: how it failed inside, not
// what happened to the workspace.
bool isRawDatabaseText(const QString& message)
{
    static const QStringList raw = {QStringLiteral("cannot rollback"),
                                    QStringLiteral("no transaction is active"),
                                    QStringLiteral("cannot commit"),
                                    QStringLiteral("Error opening database"),
                                    QStringLiteral("Unable to fetch row"),
                                    QStringLiteral("Unable to execute"),
                                    QStringLiteral("Unable to commit"),
                                    QStringLiteral("Unable to begin"),
                                    QStringLiteral("SQL logic error"),
                                    QStringLiteral("no such savepoint"),
                                    QStringLiteral("database or disk is full"),
                                    QStringLiteral("within a transaction")};
    for (const QString& text : raw) {
        if (message.contains(text))
            return true;
    }
    // SQLite's "disk I/O error" is fine in parentheses after the words that say what it means.
    return message.contains(QLatin1String("disk I/O error")) &&
           !message.contains(QLatin1String("reading or writing the disk failed"));
}

// Runs the scenario and returns the error it ended with, if any.
struct Outcome
{
    bool failed = false;
    QString message;
    QString defect;
};

Outcome runScenario(const FaultScenario& scenario, const QString& path)
{
    Outcome outcome;
    try {
        scenario.run(path);
    } catch (const StoreError& error) {
        outcome.failed = true;
        outcome.message = error.message();
        if (!error.isWorkspaceProblem())
            outcome.defect = QStringLiteral("a disk fault reported as a refusal (not exit 3): ") +
                             error.message();
        // A failed read or write is not a damaged file: "restore a backup" would lose work.
        if (error.kind() == StoreError::Kind::Corrupted)
            outcome.defect = QStringLiteral("a disk fault called damage: ") + error.message();
    } catch (const std::exception& error) {
        outcome.failed = true;
        outcome.message = QString::fromUtf8(error.what());
        outcome.defect = QStringLiteral("not a StoreError (the CLI would abort): ") +
                         QString::fromUtf8(error.what());
    } catch (...) {
        outcome.failed = true;
        outcome.defect = QStringLiteral("an unknown exception (the CLI would abort)");
    }
    return outcome;
}

} // namespace

FaultSweep::FaultSweep(FaultScenario scenario) : m_scenario(std::move(scenario))
{
    m_before = m_dir.filePath(QStringLiteral("before.leadbench"));
    m_scenario.prepare(m_before);
    const QString reference = m_dir.filePath(QStringLiteral("reference.leadbench"));
    copyWorkspaceFiles(m_before, reference);
    m_old = dumpRows(reference);
    copyWorkspaceFiles(m_before, reference);
    m_scenario.run(reference);
    m_new = dumpRows(reference).withoutTimes();
    copyWorkspaceFiles(m_before, reference);
    m_scenario.run(reference);
    m_newAgain = dumpRows(reference).withoutTimes();
    for (int step = 1; step <= m_scenario.steps; ++step) {
        copyWorkspaceFiles(m_before, reference);
        m_scenario.makeStep(reference, step);
        m_steps << dumpRows(reference);
    }
    removeWorkspaceFiles(reference);
}

bool FaultSweep::referenceIsStable(QString* why) const
{
    if (!m_old.error.isEmpty() || m_old.integrity != QLatin1String("ok")) {
        *why = QStringLiteral("the old state does not read: ") + m_old.error + m_old.integrity;
        return false;
    }
    if (!(m_new == m_newAgain)) {
        *why =
            QStringLiteral("two runs without faults differ: ") + m_new.firstDifference(m_newAgain);
        return false;
    }
    if (m_new == m_old.withoutTimes()) {
        *why = QStringLiteral("the operation changes nothing");
        return false;
    }
    return true;
}

QString FaultSweep::checkState(const QString& path, bool succeeded) const
{
    const RowDump dump = dumpRows(path);
    if (!dump.error.isEmpty())
        return QStringLiteral("the workspace does not read afterwards: ") + dump.error;
    if (dump.integrity != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + dump.integrity.left(300);
    if (dump.withoutTimes() == m_new)
        return {};
    const bool whole =
        dump == m_old || std::find(m_steps.begin(), m_steps.end(), dump) != m_steps.end();
    if (whole)
        return succeeded ? QStringLiteral("reported success, but the work is not there")
                         : QString();
    return QStringLiteral("half-done: against new: ") + dump.withoutTimes().firstDifference(m_new) +
           QStringLiteral("; against old: ") + dump.firstDifference(m_old);
}

void FaultSweep::runOnce(const FaultInjection& injection, qint64 n, SweepReport& report, bool* hit)
{
    const QString work = m_dir.filePath(QStringLiteral("work.leadbench"));
    copyWorkspaceFiles(m_before, work);
    injection.arm(n);
    const Outcome outcome = runScenario(m_scenario, work);
    const qint64 injected = injection.injected();
    injection.disarm();
    *hit = injected > 0;
    ++report.runs;
    report.faults += injected;
    const QString run = QStringLiteral("%1, %2 %3: ").arg(m_scenario.name, injection.name).arg(n);
    auto defect = [&](const QString& text) { report.defects << run + text; };
    if (outcome.failed) {
        ++report.failedRuns;
        if (!report.messages.contains(outcome.message))
            report.messages << outcome.message;
        if (report.messages.size() > report.firstSeenIn.size())
            report.firstSeenIn << run;
        if (injected == 0)
            defect(QStringLiteral("failed without a fault: ") + outcome.message);
        if (outcome.message.trimmed().isEmpty())
            defect(QStringLiteral("an error without a message"));
        if (looksLikeSql(outcome.message))
            defect(QStringLiteral("SQL in the message: ") + outcome.message);
        if (isRawDatabaseText(outcome.message))
            defect(QStringLiteral("the database's own words, not the user's: ") + outcome.message);
    }
    if (!outcome.defect.isEmpty())
        defect(outcome.defect);

    // The next command, without faults, opens the file as the fault left it.
    const QString again = m_dir.filePath(QStringLiteral("again.leadbench"));
    copyWorkspaceFiles(work, again);
    try {
        std::unique_ptr<Workspace> workspace = openWorkspace(again);
        const QStringList problems = workspace->integrityProblems();
        if (!problems.isEmpty())
            defect(QStringLiteral("the next open finds problems: ") +
                   problems.join(QLatin1String("; ")));
    } catch (const StoreError& error) {
        defect(QStringLiteral("the next open refuses the file: ") + error.message());
    }
    if (m_scenario.steps > 0) {
        const RowDump reopened = dumpRows(again).withoutTimes();
        if (!(reopened == m_new))
            defect(QStringLiteral("the next open does not finish the work: ") +
                   reopened.firstDifference(m_new));
    }
    removeWorkspaceFiles(again);

    const QString state = checkState(work, !outcome.failed);
    if (!state.isEmpty())
        defect(state);
    removeWorkspaceFiles(work);
}

qint64 FaultSweep::countCalls(const FaultInjection& injection, QString* failure)
{
    const QString work = m_dir.filePath(QStringLiteral("work.leadbench"));
    copyWorkspaceFiles(m_before, work);
    injection.count();
    const Outcome clean = runScenario(m_scenario, work);
    const qint64 calls = injection.calls();
    injection.disarm();
    removeWorkspaceFiles(work);
    if (clean.failed)
        *failure = m_scenario.name + QStringLiteral(": fails without faults: ") + clean.message;
    return calls;
}

SweepReport FaultSweep::sweep(const FaultInjection& injection, int maxRuns)
{
    SweepReport report;
    QString failure;
    report.callsWithout = countCalls(injection, &failure);
    if (!failure.isEmpty()) {
        report.defects << failure;
        return report;
    }
    const qint64 stride = std::max<qint64>(1, report.callsWithout / std::max(1, maxRuns));
    bool hit = true;
    for (qint64 n = 1; hit; n += n < 4 ? 1 : stride) {
        runOnce(injection, n, report, &hit);
        if (report.runs > 3 * maxRuns + 10) {
            report.defects << m_scenario.name + QStringLiteral(": still meets faults at ") +
                                  injection.name + QString::number(n);
            break;
        }
    }
    return report;
}

SweepReport FaultSweep::sweepValues(const FaultInjection& injection, const QList<qint64>& values)
{
    SweepReport report;
    for (qint64 value : values) {
        bool hit = false;
        runOnce(injection, value, report, &hit);
    }
    return report;
}

QString sweepSummaryLine(const QString& what, const SweepReport& report)
{
    return QStringLiteral("%1: %2 runs (%3 ended in an error), faults injected: %4, %5")
        .arg(what)
        .arg(report.runs)
        .arg(report.failedRuns)
        .arg(report.faults)
        .arg(report.defects.isEmpty() ? QStringLiteral("all old-or-new")
                                      : QStringLiteral("%1 defect(s)").arg(report.defects.size()));
}

} // namespace lb::test
