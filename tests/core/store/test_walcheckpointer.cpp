// The background copy of the write-ahead log into the workspace file: big commits are copied
// on the checkpointer's thread, smaller ones wait in the log, and a workspace stays whole
// through it.
#include "store/sqlite/walcheckpointer.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace lb;

namespace {

// A WAL database with one table, on a raw connection (the checkpointer's own level).
class RawWalFile
{
public:
    explicit RawWalFile(const QString& path) : m_path(path.toUtf8())
    {
        EXPECT_EQ(sqlite3_open(m_path.constData(), &m_db), SQLITE_OK);
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA page_size=4096");
        exec("CREATE TABLE t(x BLOB)");
    }
    ~RawWalFile() { sqlite3_close(m_db); }

    sqlite3* db() const { return m_db; }
    const QByteArray& path() const { return m_path; }
    void exec(const char* sql)
    {
        ASSERT_EQ(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
    }
    // About `pages` pages of new rows, in one transaction.
    void addPages(int pages)
    {
        exec("BEGIN");
        for (int i = 0; i < pages; ++i)
            exec("INSERT INTO t VALUES(randomblob(3900))");
        exec("COMMIT");
    }
    qint64 fileSize() const { return QFileInfo(QString::fromUtf8(m_path)).size(); }

private:
    QByteArray m_path;
    sqlite3* m_db = nullptr;
};

} // namespace

TEST(WalCheckpointer, ABigCommitIsCopiedIntoTheFileByItsThread)
{
    test::TempWorkspace temp;
    RawWalFile file(temp.file("raw.db"));
    sqlite::WalCheckpointer checkpointer(file.db(), file.path(), 100);
    const qint64 before = file.fileSize();
    file.addPages(300);
    checkpointer.waitUntilIdle();
    EXPECT_EQ(checkpointer.rounds(), 1);
    // The rows are in the file itself now, not only in the log.
    EXPECT_GT(file.fileSize(), before + 250 * 4096);
}

TEST(WalCheckpointer, ACommitUnderItsLimitStaysInTheLog)
{
    test::TempWorkspace temp;
    RawWalFile file(temp.file("raw.db"));
    sqlite::WalCheckpointer checkpointer(file.db(), file.path(), 5000);
    const qint64 before = file.fileSize();
    // Over SQLite's own limit (1000 pages), under the checkpointer's.
    file.addPages(1200);
    checkpointer.waitUntilIdle();
    EXPECT_EQ(checkpointer.rounds(), 0);
    // Neither the checkpointer nor SQLite's automatic checkpoint, which it replaces, copied it.
    EXPECT_EQ(file.fileSize(), before);
    EXPECT_GT(QFileInfo(QString::fromUtf8(file.path()) + "-wal").size(), 1200 * 4096);
}

TEST(WalCheckpointer, AWorkspaceCopiesABigCommitIntoItsFileAndStaysWhole)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const qint64 before = QFileInfo(temp.path()).size();
    auto writer = workspace.bulkWriter({20000});
    for (int i = 0; i < 20000; ++i) {
        Lead lead;
        lead.firstName = QStringLiteral("First%1").arg(i);
        lead.lastName = QStringLiteral("Last%1").arg(i);
        lead.email = QStringLiteral("lead%1@example.fi").arg(i);
        lead.company = QStringLiteral("Company %1").arg(i % 700);
        lead.stageChangedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        writer->addLead(lead, "tester");
    }
    writer->commit();
    // Another commit right away, while the copy may be running.
    Lead late;
    late.email = "late@example.fi";
    late.stageChangedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    workspace.leads().insert(late, "tester");
    workspace.waitForBackgroundWrites();
    EXPECT_GT(QFileInfo(temp.path()).size(), before + 2 * 1024 * 1024);

    writer.reset(); // its statements end before the workspace closes (else it cannot)
    temp.close();
    auto reopened = openWorkspace(temp.path());
    EXPECT_EQ(reopened->leads().count({}), 20001);
    EXPECT_TRUE(reopened->integrityProblems().isEmpty());
}
