#pragma once

#include <QString>
#include <QStringList>

namespace lb::test {

// Every row of every table of a workspace file (the FTS5 shadow tables included, the virtual
// table itself left out), its schema and user_version, as sorted text lines: two files hold
// the same data exactly when their dumps are equal. Read through a connection of its own.
struct RowDump
{
    QStringList lines;
    QString integrity; // PRAGMA integrity_check: "ok" when sound
    QString error;     // set when the file could not be read at all

    bool operator==(const RowDump& other) const { return lines == other.lines; }
    // The same dump with every time of the last two days (ISO 8601 text or Unix seconds or
    // milliseconds) replaced by a mark: two runs of one operation differ only in when they wrote.
    RowDump withoutTimes() const;
    // The first line where the two differ, for a failure message.
    QString firstDifference(const RowDump& other) const;
};

RowDump dumpRows(const QString& path);

// Copies the workspace file with its -wal and -shm files as they are (from a closed workspace).
void copyWorkspaceFiles(const QString& from, const QString& to);
// Removes the file and its -wal, -shm and -journal files.
void removeWorkspaceFiles(const QString& path);

} // namespace lb::test
