#include "store/sqlite/ownerids.h"

#include <sqlite3.h>

namespace lb::sqlite {

qint64 OwnerIds::idOf(const QString& name, const QString& createdAt)
{
    const QString key = name.toLower();
    if (const auto it = m_ids.constFind(key); it != m_ids.constEnd())
        return *it;
    if (!m_find)
        m_find = std::make_unique<Statement>(m_db, "SELECT id FROM users WHERE name = ?1");
    m_find->bindText(1, name);
    qint64 id = 0;
    if (m_find->next()) {
        id = m_find->columnInt(0);
        m_find->reset();
    } else {
        if (!m_add)
            m_add = std::make_unique<Statement>(
                m_db, "INSERT INTO users(name, created_at) VALUES(?1, ?2)");
        m_add->bindText(1, name).bindText(2, createdAt).step();
        id = sqlite3_last_insert_rowid(m_db);
    }
    m_ids.insert(key, id);
    return id;
}

void OwnerIds::release()
{
    m_find.reset();
    m_add.reset();
}

} // namespace lb::sqlite
