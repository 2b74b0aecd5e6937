#pragma once

#include <QStringList>

namespace lb::schema {

// PRAGMA application_id of every Leadbench workspace ("LdBn"): how a workspace is told apart
// from any other SQLite file before a byte is written.
inline constexpr int applicationId = 0x4C64426E;

// One migration: the statements that take a workspace from version `to - 1` to `to`.
struct Migration
{
    int to;
    QStringList statements;
    // Derived rows the store computes itself after the statements, in the same transaction:
    // the packed events of every lead (event_digests).
    bool rebuildsEventDigests = false;
};

// All migrations, in order. The current schema version is the last one's `to`.
const QList<Migration>& migrations();
int currentVersion();
// The version from which event_digests hold the current packing: the last migration that
// rebuilds them. Older digests are in an older packing (and are rebuilt by migrating), so only
// a workspace at this version or later can check its digests against its events.
int currentEventDigestsSince();

// Secondary indexes of the leads table and of the per-lead tables (history, answers). The bulk
// paths drop them before loading a large batch into a small workspace and build them again
// afterwards (several times faster at 1M rows).
QStringList leadIndexDrops();
QStringList leadIndexCreates();

} // namespace lb::schema
