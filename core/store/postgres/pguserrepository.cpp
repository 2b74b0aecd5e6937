#include "store/postgres/pguserrepository.h"

#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "util/isotime.h"

namespace lb {

qint64 PgUserRepository::ensure(const QString& name)
{
    // One statement, so that two teammates' programs seeing a new user at once both get the
    // one row: the insert does nothing when the name is there, and the union then finds it.
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("WITH added AS (INSERT INTO users(name, created_at) VALUES(?, ?) "
                       "ON CONFLICT DO NOTHING RETURNING id) "
                       "SELECT id FROM added UNION ALL "
                       "SELECT id FROM users WHERE lower(name) = lower(?) LIMIT 1"));
    query.addBindValue(name);
    query.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(name);
    pg::exec(query, QStringLiteral("add user"));
    if (query.next())
        return query.value(0).toLongLong();
    // A teammate's program added the name after this statement's snapshot was taken (the
    // insert waited for its commit): a new statement sees it.
    QSqlQuery find =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("SELECT id FROM users WHERE lower(name) = lower(?)"));
    find.addBindValue(name);
    pg::exec(find);
    return find.next() ? find.value(0).toLongLong() : 0;
}

QStringList PgUserRepository::names()
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("SELECT name FROM users ORDER BY lower(name), name"));
    pg::exec(query);
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

} // namespace lb
