// Two `leadbench-cli convert` processes at once, converting two leads of the same new company:
// one account, and both leads, contacts and opportunities on it.
//
// The race is made certain rather than left to timing: the test holds the workspace's write
// lock while both processes start, so both make their preview ("new account") before either
// can write; when the lock is let go they write one after the other, the second against a
// preview that no longer holds.
#include "core/lifecycle/leadfixtures.h"
#include "store/crmstore.h"
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::addLead;

namespace {

// Long enough for both processes to start and make their preview; they then wait their turn
// for the write lock (LockWaitPolicy: minutes).
constexpr int previewTimeMs = 1500;

struct Conversion
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

} // namespace

class CliConvertRaceTest : public ::testing::Test
{
protected:
    test::TempWorkspace temp;

    // Converts both leads in two processes that both preview before either writes.
    QList<Conversion> convertAtOnce(const QList<qint64>& leadIds)
    {
        Workspace& workspace = temp.workspace();
        workspace.begin(); // the write lock: the processes can read, not write
        QList<QProcess*> processes;
        for (qint64 id : leadIds) {
            auto* process = new QProcess;
            process->start(test::cliPath(),
                           {"--db", temp.path(), "--user", QStringLiteral("sdr%1").arg(id),
                            "convert", QString::number(id), "--opportunity",
                            QStringLiteral("Deal %1").arg(id), "--format", "json"});
            processes << process;
        }
        QThread::msleep(previewTimeMs);
        workspace.rollback(); // wrote nothing; lets them go
        QList<Conversion> results;
        for (QProcess* process : processes) {
            Conversion result;
            if (process->waitForFinished(60000) && process->exitStatus() == QProcess::NormalExit)
                result.exitCode = process->exitCode();
            result.json = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            result.err = QString::fromUtf8(process->readAllStandardError());
            results << result;
            delete process;
        }
        return results;
    }
};

TEST_F(CliConvertRaceTest, TwoProcessesConvertingTheSameNewCompanyMakeOneAccount)
{
    for (int round = 1; round <= 4; ++round) {
        const QString domain = QStringLiteral("company%1.fi").arg(round);
        const QString company = QStringLiteral("Company %1 Oy").arg(round);
        Workspace& workspace = temp.workspace();
        const Lead aino = addLead(workspace, "aino@" + domain, company, Stage::SQL);
        const Lead ville = addLead(workspace, "ville@" + domain, company, Stage::SQL);

        const QList<Conversion> results = convertAtOnce({aino.id, ville.id});
        for (const Conversion& result : results)
            ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();

        CrmStore* crm = &workspace.crm();
        const QList<Account> accounts = crm->accountsByDomain(domain);
        ASSERT_EQ(accounts.size(), 1) << "round " << round;
        const qint64 account = accounts.constFirst().id;
        for (const Lead& lead : {aino, ville}) {
            const Lead stored = *workspace.leads().find(lead.id);
            ASSERT_EQ(stored.stage, Stage::Converted);
            EXPECT_EQ(stored.converted->accountId, account);
            EXPECT_EQ(crm->contact(stored.converted->contactId)->accountId, account);
            ASSERT_TRUE(stored.converted->opportunityId);
            EXPECT_EQ(crm->opportunity(*stored.converted->opportunityId)->accountId, account);
        }
        // One made it; the other says it found it made meanwhile.
        int created = 0;
        int foundMeanwhile = 0;
        for (const Conversion& result : results) {
            EXPECT_EQ(result.json.value("account").toInteger(), account);
            created += result.json.value("account_created").toBool() ? 1 : 0;
            foundMeanwhile += result.json.value("account_found_meanwhile").toBool() ? 1 : 0;
        }
        EXPECT_EQ(created, 1);
        EXPECT_EQ(foundMeanwhile, 1);
    }
}

TEST_F(CliConvertRaceTest, TwoProcessesConvertingTheSamePersonMakeOneContact)
{
    Workspace& workspace = temp.workspace();
    const Lead fromForm =
        addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy", Stage::SQL);
    const Lead fromImport =
        addLead(workspace, "AINO@nordicwidgets.fi", "Nordic Widgets", Stage::SQL);
    const QList<Conversion> results = convertAtOnce({fromForm.id, fromImport.id});
    for (const Conversion& result : results)
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();

    CrmStore* crm = &workspace.crm();
    ASSERT_EQ(crm->accountsByDomain("nordicwidgets.fi").size(), 1);
    const std::optional<Lead> first = workspace.leads().find(fromForm.id);
    const std::optional<Lead> second = workspace.leads().find(fromImport.id);
    ASSERT_TRUE(first->converted && second->converted);
    EXPECT_EQ(first->converted->accountId, second->converted->accountId);
    EXPECT_EQ(first->converted->contactId, second->converted->contactId);
    int contactsCreated = 0;
    for (const Conversion& result : results)
        contactsCreated += result.json.value("contact_created").toBool() ? 1 : 0;
    EXPECT_EQ(contactsCreated, 1);
}
