#include "store/postgres/pgsupport.h"

#include "store/serverpasswords.h"
#include "store/storeerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRegularExpression>
#include <mutex>

namespace lb::pg {

namespace {

// The SQLSTATE classes and codes the store tells apart (PostgreSQL's appendix A).
StoreError::Kind kindForState(const QString& state)
{
    if (state == QLatin1String("55P03") || state == QLatin1String("57014")) // lock, timeout
        return StoreError::Kind::Locked;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) // serialization
        return StoreError::Kind::Conflict;
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22")))
        return StoreError::Kind::Invalid; // integrity constraint, data exception
    if (state == QLatin1String("3D000"))  // invalid catalog name: no such database
        return StoreError::Kind::Missing;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StoreError::Kind::Corrupted; // data or index corrupted
    return StoreError::Kind::Io;
}

// What a team role may not do, in the user's words: the server's checks (pgteamroles.cpp) name
// it by a key.
QString teamRefusal(const QString& detail)
{
    static const QRegularExpression key(QStringLiteral("leadbench:([a-z]+)"));
    const QString what = key.match(detail).captured(1);
    if (what == QLatin1String("model"))
        return QCoreApplication::translate(
            "lb::Store", "the team workspace's server refused this: only a manager may change "
                         "the scoring model");
    if (what == QLatin1String("override"))
        return QCoreApplication::translate(
            "lb::Store", "the team workspace's server refused this: only a manager may override "
                         "a stage guard");
    if (what == QLatin1String("reassign"))
        return QCoreApplication::translate(
            "lb::Store", "the team workspace's server refused this: only a manager may give a "
                         "lead someone owns to someone else (you may take a lead no one owns)");
    if (what == QLatin1String("roles"))
        return QCoreApplication::translate(
            "lb::Store", "the team workspace's server refused this: only a manager may change "
                         "a teammate's role");
    return {};
}

QString messageFor(const QSqlError& error, const QString& state)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    if (QString refusal = teamRefusal(detail); !refusal.isEmpty())
        return refusal;
    if (state == QLatin1String("42501"))
        //: %1 the server's own message. A team workspace's server decides what each role may do.
        return QCoreApplication::translate(
                   "lb::Store", "the team workspace's server refused this for your role (%1)")
            .arg(detail);
    if (state == QLatin1String("55P03") || state == QLatin1String("57014"))
        //: %1 the server's own message
        return QCoreApplication::translate("lb::Store",
                                           "the team workspace is busy with a teammate's change "
                                           "(%1); try again when it has finished")
            .arg(detail);
    if (state.startsWith(QLatin1String("08")) || state.isEmpty())
        //: %1 the server's own message (a connection that was lost or never made)
        return QCoreApplication::translate("lb::Store",
                                           "the connection to the team workspace's server failed "
                                           "(%1)")
            .arg(detail);
    return detail;
}

// QPSQL frees a prepared statement when its QSqlQuery goes; after a statement failed inside a
// transaction the server ignores everything until the rollback, the free included, and Qt
// warns "Unable to free statement" on stderr, where a command-line user reads it under the
// real message. The server frees the statement with the session; the warning says nothing
// the error did not, so it is left out (every other message goes where it went before).
QtMessageHandler previousHandler = nullptr;

void dropAbortedFreeWarning(QtMsgType type, const QMessageLogContext& context,
                            const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")) &&
        message.contains(QLatin1String("current transaction is aborted")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

void quietAbortedFrees()
{
    static std::once_flag installed;
    std::call_once(installed,
                   [] { previousHandler = qInstallMessageHandler(dropAbortedFreeWarning); });
}

// libpq's words when the server wants a password it was not given ("fe_sendauth: no password
// supplied") or was given a wrong one ("password authentication failed for user"); libpq
// reports no SQLSTATE for a connection that was never made.
bool asksForPassword(const QString& text)
{
    return text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("password authentication failed"));
}

} // namespace

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("leadbench-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase connect(const ServerAddress& address, const QString& connectionName,
                     const QString& shownUrl)
{
    quietAbortedFrees();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StoreError(StoreError::Kind::Io,
                         //: %1 the server's address. QPSQL is the name of Qt's driver.
                         QCoreApplication::translate(
                             "lb::Workspace",
                             "cannot open %1: the PostgreSQL driver of Qt (QPSQL) is not "
                             "installed (apt-get install libqt6sql6-psql)")
                             .arg(shownUrl));
    }
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    // The application's name shows in pg_stat_activity, where an administrator looks for who
    // holds a lock.
    QString options = QStringLiteral("application_name=leadbench");
    if (!address.options.isEmpty())
        options += QLatin1Char(';') + address.options;
    db.setConnectOptions(options);
    // A password typed in this run; else libpq's own PGPASSWORD and ~/.pgpass.
    if (const QString password = serverPassword(address); !password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        const QString text = error.databaseText().trimmed();
        const bool noDatabase = text.contains(QLatin1String("does not exist")) &&
                                text.contains(QLatin1String("database"));
        throw StoreError(noDatabase              ? StoreError::Kind::Missing
                         : asksForPassword(text) ? StoreError::Kind::PasswordNeeded
                                                 : StoreError::Kind::Io,
                         //: %1 the server's address, %2 the reason from the server or libpq
                         QCoreApplication::translate("lb::Workspace", "cannot open %1: %2")
                             .arg(shownUrl, text.isEmpty() ? error.text() : text));
    }
    return db;
}

void throwError(const QSqlError& error, const QString& context)
{
    const QString state = error.nativeErrorCode();
    const QString message = messageFor(error, state);
    // What the user's team role may not do is refused by a rule, as a guard refuses a move
    // (exit 2 of the CLI), not a workspace that cannot be used.
    const bool roleRefusal = !teamRefusal(error.databaseText()).isEmpty();
    throw StoreError(roleRefusal ? StoreError::Kind::Invalid : kindForState(state),
                     context.isEmpty() ? message : context + QStringLiteral(": ") + message);
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throwError(query.lastError(), {});
    return query;
}

void exec(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        throwError(query.lastError(), context);
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throwError(query.lastError(), {});
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throwError(query.lastError(), {});
    return query.next() ? query.value(0) : QVariant();
}

QString textArray(const QStringList& values)
{
    QString literal = QStringLiteral("{");
    for (const QString& value : values) {
        if (literal.size() > 1)
            literal += QLatin1Char(',');
        if (value.isNull()) {
            literal += QStringLiteral("NULL");
            continue;
        }
        // Quoted, with the two characters an array element escapes.
        QString element = value;
        element.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        literal += QLatin1Char('"') + element + QLatin1Char('"');
    }
    return literal + QLatin1Char('}');
}

void refuseUnsupported(const QString& shownUrl, const char* part)
{
    throw StoreError(StoreError::Kind::Io,
                     //: %1 the server's address, %2 the part asked for, a label (reports, scores)
                     QCoreApplication::translate("lb::Workspace",
                                                 "%1: this build of Leadbench cannot yet work "
                                                 "with this part of a team workspace (%2)")
                         .arg(shownUrl, QCoreApplication::translate("lb::Workspace", part)));
}

Stage stageOf(const QSqlQuery& query, int column)
{
    if (const std::optional<Stage> stage = stageFromName(query.value(column).toString()))
        return *stage;
    throw StoreError(StoreError::Kind::Corrupted,
                     //: %1 the stored value
                     QCoreApplication::translate("lb::Store",
                                                 "the team workspace holds a stage it does not "
                                                 "know (\"%1\"); ask its administrator")
                         .arg(query.value(column).toString()));
}

} // namespace lb::pg
