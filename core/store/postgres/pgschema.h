#pragma once

#include <QList>
#include <QStringList>

namespace lb::pgschema {

// The schema version a PostgreSQL team workspace is created at: the same number as the SQLite
// schema it matches (sqliteschema.h currentVersion()), so both backends speak of one version.
inline constexpr int createdAtVersion = 14;

// What tells a team workspace apart from any other PostgreSQL database: the one row of its table
// leadbench_workspace holds this number ("LdBn", the SQLite workspace's PRAGMA application_id)
// and the schema version. An opener reads that row before anything else and refuses a database
// without it, with another application_id, or with a version newer than currentVersion().
inline constexpr int applicationId = 0x4C64426E;

// The statements that create a team workspace's schema at createdAtVersion, in order, in one
// transaction (PostgreSQL's DDL is transactional: a failure leaves an empty database). The last
// ones insert the leadbench_workspace row. Each is run as it is, not prepared: some contain
// PL/pgSQL bodies and a literal '?'.
QStringList createStatements();

// One migration: the statements that take a team workspace from version `to - 1` to `to`, run in
// one transaction that also sets leadbench_workspace.schema_version to `to`.
struct Migration
{
    int to;
    QStringList statements;
};

// All migrations after createdAtVersion, in order (none yet).
const QList<Migration>& migrations();
// The last migration's `to`, or createdAtVersion when there is none.
int currentVersion();

} // namespace lb::pgschema
