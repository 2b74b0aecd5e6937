#include "store/postgres/pgsettingsrepository.h"

#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"

namespace lb {

QString PgSettingsRepository::value(const QString& key, const QString& fallback)
{
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    pg::exec(query);
    return query.next() ? query.value(0).toString() : fallback;
}

void PgSettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                       "SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    pg::exec(query, QStringLiteral("save setting"));
}

} // namespace lb
