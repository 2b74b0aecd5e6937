#pragma once

#include "store/workspace.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace lb::test {

// A fresh workspace file in its own temporary folder, removed with the fixture.
class TempWorkspace
{
public:
    TempWorkspace();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    Workspace& workspace();
    // Closes the connection (to let another process or a fresh open see the file).
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
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
