#pragma once

#include "store/workspace.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace lb::test {

class TempPgDatabase;

// Whether this run tests the team workspace: the suites shared by both backends run a second
// time with --backend=postgresql (tests/CMakeLists.txt), and their TempWorkspace is then a
// fresh database on the test server instead of a file.
bool testingTeamWorkspace();

// A fresh workspace in its own temporary folder, removed with the fixture: a file, or a fresh
// team workspace when testingTeamWorkspace().
class TempWorkspace
{
public:
    TempWorkspace();
    ~TempWorkspace();
    // The workspace's location: the file's path, or the team workspace's URL.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    Workspace& workspace();
    // Closes the connection (to let another process or a fresh open see the file).
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TempPgDatabase> m_team;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

// Makes a workspace file at an older schema `version` (the migrations up to it) and lets `fill`
// write rows through a raw connection before it is closed: the next open migrates it the rest
// of the way, as it would a user's file.
void makeWorkspaceAtVersion(const QString& path, int version,
                            const std::function<void(QSqlQuery&)>& fill);

// Writes `bytes` to `path` (for fixture files made inside a test).
void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);

} // namespace lb::test
