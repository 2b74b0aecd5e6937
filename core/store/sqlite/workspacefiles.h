#pragma once

#include <QByteArray>
#include <QString>

namespace lb::sqlite {

// The file-level side of a workspace: how new files come to exist (private, and complete or not
// at all), and what can be learned of a file's shape before SQLite reads it.

// Creates an empty file readable and writable by its owner only (0600), under a name of its own
// beside `finalPath` that no other file has; returns that name. SQLite gives the journal files
// it makes beside a database the database file's mode, so they are private too. What earlier
// processes that were killed left under such names for the same file and purpose is removed
// first (removeAbandonedSiblings).
QString createPrivateSibling(const QString& finalPath, const QString& purpose);

// Removes the files a process that no longer runs left under createPrivateSibling's names for
// `finalPath` and `purpose`, with their journals: a backup or `init` killed midway leaves its
// partial file (up to the size of the workspace), and without this every killed run would
// leave one more. A name carries its process's id; files of running processes stay.
void removeAbandonedSiblings(const QString& finalPath, const QString& purpose);

// Makes `from` (complete and closed) durable and gives it the name `to`, unless a file of that
// name exists meanwhile: fsync of the file, rename, fsync of the folder. Throws StoreError
// (Invalid when `to` exists) and leaves `from` in place then.
void publish(const QString& from, const QString& to);

// Removes `path` and the journal files SQLite may have left beside it.
void removeWithJournals(const QString& path);

// The first bytes of a file (fewer when it is shorter) and its size.
struct FileStart
{
    QByteArray bytes;
    qint64 size = 0;
};

// Reads the first `count` bytes and the size of the file at `path`, which may be a workspace
// this process has open already. It reads through SQLite's own file layer, never QFile: closing
// any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included,
// and another program may then take the file as unused and checkpoint and delete the log of a
// connection here, which damages the workspace. SQLite's close keeps the descriptor open while
// a connection of this process holds a lock on the file. Throws StoreError (Io) when the file
// cannot be read.
FileStart readFileStart(const QString& path, int count);

// Throws StoreError (Corrupted) when the file cannot be a whole SQLite database: its size is not
// a whole number of its pages, or differs from the size its header gives while no write-ahead
// log holds newer pages. SQLite itself reads a page cut short as if it ended in zeros. `start`
// holds at least the file's first 100 bytes (the database header) when it has them.
void checkWholePages(const QString& path, const FileStart& start);

// Throws StoreError (Io) with a message in the user's words when Leadbench cannot write the
// workspace at `path` or the journal it keeps beside it (a read-only file or folder).
void checkWritable(const QString& path);

} // namespace lb::sqlite
