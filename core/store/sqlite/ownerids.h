#pragma once

#include "store/sqlite/sqlitestatement.h"

#include <QHash>
#include <QString>
#include <memory>

struct sqlite3;

namespace lb::sqlite {

// Owner names to users.id for the bulk paths: each name is looked up (case-insensitively,
// as users.name compares) or created once per load, then served from memory.
class OwnerIds
{
public:
    explicit OwnerIds(sqlite3* db) : m_db(db) {}

    // The user's id, creating the user on first sight; `createdAt` is ISO 8601 UTC.
    qint64 idOf(const QString& name, const QString& createdAt);
    // Finalises the statements (before a rollback can release the write lock).
    void release();

private:
    sqlite3* m_db;
    QHash<QString, qint64> m_ids; // by lower-cased name
    std::unique_ptr<Statement> m_find;
    std::unique_ptr<Statement> m_add;
};

} // namespace lb::sqlite
