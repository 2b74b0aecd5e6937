// Issue 18: a workspace file cannot attack its user. Workspaces are crafted with the sqlite3
// command-line tool (as a sender could), or damaged byte by byte; the real leadbench-cli must
// refuse them with exit 3 and leave them exactly as they came, with no journal files beside.
#include "support/cliprocess.h"
#include "support/tempworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace lb::test;

namespace {

// The sqlite3 command-line tool, as someone who edits a workspace by hand would use it.
QString sqlite3Tool(const QString& path, const QString& sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, sql});
    process.waitForFinished(30000);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

class HostileWorkspace : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("ws.leadbench"));
    QTemporaryDir elsewhere; // inputs and outputs of commands, away from the workspace's folder

    CliResult cli(QStringList arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments);
    }

    void makeDemo(int leads = 200)
    {
        const CliResult demo =
            cli({QStringLiteral("demo"), QStringLiteral("--leads"), QString::number(leads),
                 QStringLiteral("--seed"), QStringLiteral("3")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
        ASSERT_EQ(cli({QStringLiteral("score")}).exitCode, 0);
    }

    // Every file of the folder but the workspace: journals and partial files left behind.
    QStringList strayFiles(const QStringList& allowed = {}) const
    {
        QStringList stray;
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)) {
            if (name != QFileInfo(db).fileName() && !allowed.contains(name))
                stray << name;
        }
        return stray;
    }

    // Runs `arguments` on the workspace and expects a refusal that changed nothing.
    void expectRefusedUntouched(const QStringList& arguments, const QString& said = {})
    {
        const QByteArray before = hashOf(db);
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 3)
            << arguments.join(' ').toStdString() << ": " << result.errText().toStdString();
        if (!said.isEmpty())
            EXPECT_TRUE(result.errText().contains(said)) << result.errText().toStdString();
        EXPECT_FALSE(result.errText().contains(QStringLiteral("SELECT")))
            << "a message names the problem, not a statement: " << result.errText().toStdString();
        EXPECT_EQ(hashOf(db), before) << arguments.join(' ').toStdString();
        EXPECT_EQ(strayFiles(), QStringList()) << arguments.join(' ').toStdString();
    }
};

const QStringList stageOne = {QStringLiteral("stage"),    QStringLiteral("1"),
                              QStringLiteral("--to"),     QStringLiteral("Disqualified"),
                              QStringLiteral("--reason"), QStringLiteral("test")};
const QStringList scoreAll = {QStringLiteral("score")};

} // namespace

TEST_F(HostileWorkspace, AnAddedTriggerIsRefusedBeforeItCanRun)
{
    makeDemo();
    sqlite3Tool(db, QStringLiteral(
                        "CREATE TABLE loot(email);"
                        "CREATE TRIGGER steal AFTER UPDATE ON lead_scores BEGIN "
                        "INSERT INTO loot SELECT email FROM leads; DELETE FROM framework_answers; "
                        "UPDATE leads SET title = 'owned'; END;"
                        "CREATE TRIGGER steal_too AFTER UPDATE ON leads BEGIN "
                        "INSERT INTO loot SELECT email FROM leads; END;"));
    const QString answers =
        sqlite3Tool(db, QStringLiteral("SELECT count(*) FROM framework_answers"));
    expectRefusedUntouched(stageOne, QStringLiteral("steal"));
    expectRefusedUntouched(scoreAll);
    expectRefusedUntouched({QStringLiteral("leads")});
    // check names what was added.
    const CliResult check = cli({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 3);
    EXPECT_TRUE(check.errText().contains(QStringLiteral("steal"))) << check.errText().toStdString();
    EXPECT_TRUE(check.errText().contains(QStringLiteral("loot"))) << check.errText().toStdString();
    EXPECT_EQ(sqlite3Tool(db, QStringLiteral("SELECT count(*) FROM loot")), QStringLiteral("0"));
    EXPECT_EQ(sqlite3Tool(db, QStringLiteral("SELECT count(*) FROM framework_answers")), answers);
}

TEST_F(HostileWorkspace, AViewInPlaceOfATableIsRefused)
{
    makeDemo();
    sqlite3Tool(db, QStringLiteral("ALTER TABLE scoring_models RENAME TO models_real;"
                                   "CREATE VIEW scoring_models AS SELECT id, name, "
                                   "replace(definition, '\"points\"', '\"points\"') AS definition, "
                                   "created_at, author, active FROM models_real;"));
    expectRefusedUntouched(scoreAll, QStringLiteral("scoring_models"));
    const CliResult check = cli({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 3);
    EXPECT_TRUE(check.errText().contains(QStringLiteral("models_real")));
}

TEST_F(HostileWorkspace, AnAlteredTableOrIndexIsRefused)
{
    makeDemo();
    const QString original = elsewhere.filePath(QStringLiteral("original"));
    ASSERT_TRUE(QFile::copy(db, original));
    sqlite3Tool(db, QStringLiteral("DROP INDEX leads_country; CREATE INDEX leads_country ON "
                                   "leads(country, email)"));
    expectRefusedUntouched(stageOne, QStringLiteral("leads_country"));
    ASSERT_TRUE(QFile::remove(db));
    ASSERT_TRUE(QFile::rename(original, db));
    sqlite3Tool(db, QStringLiteral("ALTER TABLE leads ADD COLUMN secret TEXT DEFAULT 'x'"));
    expectRefusedUntouched(stageOne, QStringLiteral("leads"));
}

// Statistics of ANALYZE (which PRAGMA optimize after a bulk load may make too) only steer the
// query planner: a workspace with them is still a workspace.
TEST_F(HostileWorkspace, StatisticsOfAnalyzeAreAccepted)
{
    makeDemo();
    sqlite3Tool(db, QStringLiteral("ANALYZE"));
    ASSERT_EQ(sqlite3Tool(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                             "'sqlite_stat1'")),
              QStringLiteral("1"));
    const CliResult check = cli({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.errText().toStdString();
    EXPECT_EQ(cli(stageOne).exitCode, 0);
}

// A version 7 file claiming to be version 1 was migrated to 2 before the next migration failed.
TEST_F(HostileWorkspace, ATamperedVersionIsRefusedUnchanged)
{
    makeDemo();
    sqlite3Tool(db, QStringLiteral("PRAGMA user_version = 1"));
    expectRefusedUntouched(stageOne);
    expectRefusedUntouched({QStringLiteral("init")});
    EXPECT_EQ(sqlite3Tool(db, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
}

// An older workspace is verified against the schema of its own version, before it is migrated.
TEST_F(HostileWorkspace, AnOlderWorkspaceIsVerifiedAgainstItsOwnVersion)
{
    makeWorkspaceAtVersion(db, 2, [](QSqlQuery& query) {
        ASSERT_TRUE(query.exec(QStringLiteral(
            "CREATE TRIGGER old_steal AFTER INSERT ON leads BEGIN DELETE FROM notes; END")));
    });
    expectRefusedUntouched({QStringLiteral("init")}, QStringLiteral("old_steal"));
    EXPECT_EQ(sqlite3Tool(db, QStringLiteral("PRAGMA user_version")), QStringLiteral("2"));

    const QString clean = dir.filePath(QStringLiteral("clean.leadbench"));
    makeWorkspaceAtVersion(clean, 2, [](QSqlQuery&) {});
    const CliResult upgraded = runCli({QStringLiteral("--db"), clean, QStringLiteral("check")});
    EXPECT_EQ(upgraded.exitCode, 0) << upgraded.errText().toStdString();
}

TEST_F(HostileWorkspace, AFileCutByOneByteIsRefusedByEveryCommand)
{
    makeDemo();
    const QByteArray bytes = readFile(db);
    writeFile(db, bytes.left(bytes.size() - 1));
    const QString csv = elsewhere.filePath(QStringLiteral("new.csv"));
    writeFile(csv, "email,first_name,last_name,company\nnew@example.fi,Uusi,Liidi,Oy Ab\n");
    expectRefusedUntouched(stageOne, QStringLiteral("damaged"));
    expectRefusedUntouched(scoreAll);
    expectRefusedUntouched({QStringLiteral("import"), QStringLiteral("leads"), csv});
    expectRefusedUntouched({QStringLiteral("check")});
}

namespace {

constexpr int pageSize = 4096;

int rootPage(const QString& path, const QString& name)
{
    return sqlite3Tool(
               path,
               QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(name))
        .toInt();
}

void flipBytes(const QString& path, int page, qsizetype from, qsizetype to)
{
    QByteArray bytes = readFile(path);
    for (qsizetype i = from; i < to; ++i)
        bytes[qsizetype(page - 1) * pageSize + i] ^= char(0xff);
    writeFile(path, bytes);
}

// Flips 64 bytes past the page header of an index held in one page (its root is a leaf):
// SQLite without page checks reads on past such a page, and writes into it.
void damageSmallIndex(const QString& path, const QString& index)
{
    const int page = rootPage(path, index);
    ASSERT_EQ(uchar(readFile(path).at(qsizetype(page - 1) * pageSize)), 10)
        << "the index fits in one page";
    flipBytes(path, page, 100, 164);
}

// Flips the middle third of the cell pointers of the first leaf of lead_scores.
void damageFirstScoreLeaf(const QString& path)
{
    const QByteArray bytes = readFile(path);
    int page = rootPage(path, QStringLiteral("lead_scores"));
    for (int depth = 0; depth < 10; ++depth) {
        const char* at = bytes.constData() + qsizetype(page - 1) * pageSize;
        if (uchar(at[0]) == 13)
            break; // a leaf of a table
        ASSERT_EQ(uchar(at[0]), 5) << "an interior page of a table";
        const int firstCell = qFromBigEndian<quint16>(at + 12);
        page = int(qFromBigEndian<quint32>(at + firstCell));
    }
    const int cells =
        qFromBigEndian<quint16>(bytes.constData() + qsizetype(page - 1) * pageSize + 3);
    ASSERT_GT(cells, 9);
    flipBytes(path, page, 8 + 2 * (cells / 3), 8 + 2 * (2 * cells / 3));
}

} // namespace

// A write command meets a damaged page of an index it must update: the command fails, and the
// file stays as it was (before, `import` and `score` wrote on and exited 0).
TEST_F(HostileWorkspace, ADamagedPageIsNotWrittenBeside)
{
    makeDemo(300);
    damageSmallIndex(db, QStringLiteral("leads_country"));
    const QString csv = elsewhere.filePath(QStringLiteral("one.csv"));
    writeFile(csv, "email,first_name,last_name,company,country\n"
                   "one@example.fi,Uusi,Liidi,Oy Ab,FI\n");
    expectRefusedUntouched({QStringLiteral("import"), QStringLiteral("leads"), csv},
                           QStringLiteral("damaged"));
    // A rescore need not read that index (which index SQLite counts rows with depends on the
    // indexes there are): damage what it reads for every lead.
    damageFirstScoreLeaf(db);
    expectRefusedUntouched(scoreAll, QStringLiteral("damaged"));
    EXPECT_EQ(cli({QStringLiteral("check")}).exitCode, 3);
}

// A backup of a damaged workspace left a 0-byte file at the target.
TEST_F(HostileWorkspace, ABackupOfADamagedWorkspaceLeavesNoFile)
{
    makeDemo(300);
    damageFirstScoreLeaf(db);
    const QString backup = elsewhere.filePath(QStringLiteral("backup.leadbench"));
    const CliResult result = cli({QStringLiteral("backup"), backup});
    EXPECT_EQ(result.exitCode, 3) << result.errText().toStdString();
    EXPECT_TRUE(result.errText().contains(QStringLiteral("damaged")))
        << result.errText().toStdString();
    EXPECT_EQ(QDir(elsewhere.path()).entryList(QDir::Files | QDir::Hidden), QStringList())
        << "no partial backup, no journal";
    EXPECT_EQ(strayFiles(), QStringList());
}
