#include "support/tempworkspace.h"

#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/pgcluster.h"

#include <QFile>
#include <QSqlDatabase>
#include <gtest/gtest.h>

namespace lb::test {

bool testingTeamWorkspace()
{
    return qEnvironmentVariable("LEADBENCH_TEST_BACKEND") == QLatin1String("postgresql");
}

TempWorkspace::TempWorkspace() : m_path(m_dir.filePath(QStringLiteral("test.leadbench")))
{
    if (testingTeamWorkspace()) {
        m_team = std::make_unique<TempPgDatabase>();
        m_path = m_team->url();
    }
}

TempWorkspace::~TempWorkspace()
{
    // The connection first: the database is dropped with the fixture.
    m_workspace.reset();
}

Workspace& TempWorkspace::workspace()
{
    if (!m_workspace)
        m_workspace = openWorkspace(m_path, Workspace::OpenMode::CreateIfMissing);
    return *m_workspace;
}

void makeWorkspaceAtVersion(const QString& path, int version,
                            const std::function<void(QSqlQuery&)>& fill)
{
    const QString connection = QStringLiteral("older-workspace");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open()) << path.toStdString();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA application_id=%1").arg(schema::applicationId));
        migrateSqliteWorkspace(db, version);
        fill(query);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace lb::test
