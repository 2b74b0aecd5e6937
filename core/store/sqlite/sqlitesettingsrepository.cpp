#include "store/sqlite/sqlitesettingsrepository.h"

#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"

namespace lb {

QString SqliteSettingsRepository::value(const QString& key, const QString& fallback)
{
    QSqlQuery query = sqlite::prepare(m_workspace.database(),
                                      QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    sqlite::exec(query);
    return query.next() ? query.value(0).toString() : fallback;
}

void SqliteSettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                       "SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    sqlite::exec(query, QStringLiteral("save setting"));
}

} // namespace lb
