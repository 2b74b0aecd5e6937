#pragma once

#include <QString>
#include <optional>

namespace lb {

// A workspace is named by its location: the path of a local workspace file (SQLite, the
// default that needs no set-up) or the URL of a team workspace on a PostgreSQL server
// (postgresql://user@host:port/dbname, as libpq writes it; docs/architecture.md).
enum class WorkspaceBackend
{
    SqliteFile,
    PostgreSql
};

WorkspaceBackend backendOf(const QString& location);

// What a connection to a team workspace needs, read from its URL. An empty host, port or user
// leaves the choice to libpq (its socket, PGHOST, PGPORT, PGUSER). A password is never part of
// it: the URL is shown and remembered (recent workspaces), so the password comes from
// PostgreSQL's own places (PGPASSWORD, ~/.pgpass).
struct ServerAddress
{
    QString host;
    int port = -1;
    QString user;
    QString database;
    // The URL's query (?sslmode=require&connect_timeout=5) as libpq keywords, "key=value"
    // pairs joined by ';' as QPSQL's connect options take them.
    QString options;
};

// The address a postgresql:// URL names, or the reason it names none (a translated sentence
// that quotes the URL): no database, a password in it, a malformed port.
struct ServerAddressOrError
{
    std::optional<ServerAddress> address;
    QString error;
};
ServerAddressOrError parseServerUrl(const QString& url);

// The URL without anything that must not be shown (the password, when one was written in it).
QString displayedLocation(const QString& location);

} // namespace lb
