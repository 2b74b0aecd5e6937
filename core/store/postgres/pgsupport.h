#pragma once

#include "model/stage.h"
#include "store/workspacelocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace lb::pg {

// Opens a QPSQL connection named `connectionName` to `address`; throws StoreError (a server
// that cannot be reached, a refused login, a database that is not there) naming `shownUrl`.
QSqlDatabase connect(const ServerAddress& address, const QString& connectionName,
                     const QString& shownUrl);
// A connection name no other connection of the process uses.
QString newConnectionName();

// Turns a QtSql error into a StoreError of the right kind, by the server's SQLSTATE (a lock
// wait given up, a refused permission, a broken constraint, a lost connection).
[[noreturn]] void throwError(const QSqlError& error, const QString& context);

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
void exec(QSqlQuery& query, const QString& context = {});
void exec(const QSqlDatabase& db, const QString& sql);
// The first column of the first row of `sql`, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql);

// Array literals to bind as one value (`= ANY(?::bigint[])`, `unnest(?::text[])`): a batch is
// one statement however many rows it has. A null QString is NULL in the array.
QString textArray(const QStringList& values);
template <typename Numbers> QString numberArray(const Numbers& values)
{
    QString literal = QStringLiteral("{");
    for (const auto& value : values) {
        if (literal.size() > 1)
            literal += QLatin1Char(',');
        literal += QString::number(value);
    }
    return literal + QLatin1Char('}');
}

// Refuses what this build cannot yet do on a team workspace, naming the part (`part`, a label
// marked with QT_TRANSLATE_NOOP("lb::Workspace", ...)): a clear error, never a wrong answer.
[[noreturn]] void refuseUnsupported(const QString& shownUrl, const char* part);

// The stage in `column` of the current row; the schema admits known names only, so another
// value is a damaged row, thrown as such rather than read as New.
Stage stageOf(const QSqlQuery& query, int column);

} // namespace lb::pg
