// openWorkspace() and workspaceNeedsUpgrade() of store/workspace.h: the one place that knows
// every backend and picks the one a location names.

#include "store/postgres/pgworkspace.h"
#include "store/sqlite/sqliteworkspace.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"

namespace lb {

std::unique_ptr<Workspace> openWorkspace(const QString& location, Workspace::OpenMode mode)
{
    switch (backendOf(location)) {
    case WorkspaceBackend::SqliteFile:
        return openSqliteWorkspace(location, mode);
    case WorkspaceBackend::PostgreSql:
        return openPgWorkspace(location, mode);
    }
    Q_UNREACHABLE();
    return nullptr;
}

bool workspaceNeedsUpgrade(const QString& location)
{
    switch (backendOf(location)) {
    case WorkspaceBackend::SqliteFile:
        return sqliteWorkspaceNeedsUpgrade(location);
    case WorkspaceBackend::PostgreSql:
        return pgWorkspaceNeedsUpgrade(location);
    }
    Q_UNREACHABLE();
    return false;
}

} // namespace lb
