#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace lb {

// What copyWorkspace() copied and checked: every table's rows, and one checksum over all of
// them that both workspaces gave.
struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

struct WorkspaceCopy
{
    QList<CopiedTable> tables;
    QString checksum; // hex SHA-256
};

// Copies the workspace at `from` into a new one at `to` (a file not there yet, or a database on
// a server with no workspace in it, which is made one), keeping every id: a local workspace onto
// a team server, or a team workspace into a file (a backup). Both are files or servers as their
// locations say; the two may be of the same kind. Derived data (the search index, SQLite's
// packed events) is built again at `to`.
//
// One transaction at `to`: before it commits, both workspaces are read again and compared table
// by table (row counts and a checksum of the rows' values, whatever their order); a difference
// throws and leaves nothing at `to`. Throws StoreError (a `to` that already holds a workspace
// with data is refused untouched, kind Invalid). `progress` hears (done, total, phase).
WorkspaceCopy copyWorkspace(
    const QString& from, const QString& to,
    const std::function<void(qint64 done, qint64 total, const QString& phase)>& progress = {});

class Workspace;

// A consistent copy of an open workspace into a new file while it is in use: a workspace file's
// own backup, or a team workspace copied (copyWorkspace) into a file a laptop opens without the
// server. Throws StoreError.
void backupWorkspace(Workspace& workspace, const QString& targetFile);

} // namespace lb
