#include "store/sqlite/sqliteuserrepository.h"

#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "util/isotime.h"

namespace lb {

qint64 SqliteUserRepository::ensure(const QString& name)
{
    QSqlQuery find = sqlite::prepare(m_workspace.database(),
                                     QStringLiteral("SELECT id FROM users WHERE name = ?"));
    find.addBindValue(name);
    sqlite::exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert = sqlite::prepare(
        m_workspace.database(), QStringLiteral("INSERT INTO users(name, created_at) VALUES(?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    sqlite::exec(insert, QStringLiteral("add user"));
    return insert.lastInsertId().toLongLong();
}

QStringList SqliteUserRepository::names()
{
    QSqlQuery query = sqlite::prepare(m_workspace.database(),
                                      QStringLiteral("SELECT name FROM users ORDER BY name"));
    sqlite::exec(query);
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

} // namespace lb
