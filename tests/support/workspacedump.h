#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lb::test {

// A logical dump of a workspace file, read through a plain SQLite connection (no migration,
// no Leadbench code): what a crash-safety test compares a killed workspace with.
//
// Each table is reduced to a row count and a hash of its rows in key order; the schema
// (sqlite_master without SQLite's own tables) and user_version are compared as text. The
// full-text index's tables are left out: `check` compares the index with the leads itself, and
// its pages differ between two equal runs. Times of "now" (the run's own moment: created_at,
// scored_at, a promotion's stage_changed_at) differ between a killed run and the run that
// computed the state after it, so they compare equal when they fall in `nowFrom`..`nowTo`.
// Likewise the ids of stage changes: a parallel rescore appends its moves to MQL in the order
// its workers finish, so stage_history is compared by content without its ids.
struct WorkspaceDump
{
    int userVersion = -1;
    QString schema;
    QMap<QString, qint64> rows;
    QMap<QString, QByteArray> hashes;
    // PRAGMA integrity_check and foreign_key_check problems, and, at the current schema
    // version, the reconciliation of history with scores (see reconcile()).
    QStringList problems;

    bool operator==(const WorkspaceDump& other) const
    {
        return userVersion == other.userVersion && schema == other.schema && rows == other.rows &&
               hashes == other.hashes;
    }
    bool operator!=(const WorkspaceDump& other) const { return !(*this == other); }
    // What differs from `other`, in a line (table names with their row counts).
    QString differenceFrom(const WorkspaceDump& other) const;
};

struct DumpOptions
{
    QDateTime nowFrom;
    QDateTime nowTo;
    // PRAGMA integrity_check too (a killed state gets it from `check`, which runs it).
    bool integrityCheck = true;
};

WorkspaceDump dumpWorkspace(const QString& path, const DumpOptions& options);

} // namespace lb::test
