#include "support/pgcluster.h"

#include "store/workspacelocation.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <mutex>
#include <unistd.h>

namespace lb::test {

namespace {

// The cluster this user's test processes share when no LEADBENCH_TEST_PG names one: under /tmp
// (the postgres user must reach it, and its socket path must stay short), per user.
QString sharedClusterDir()
{
    return QStringLiteral("/tmp/leadbench-test-pg-%1").arg(getuid());
}

QString startSharedCluster()
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral("bash"), {QStringLiteral(LEADBENCH_PG_CLUSTER_SCRIPT),
                                          QStringLiteral("start"), sharedClusterDir()});
    if (!script.waitForFinished(180'000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0)
        return {};
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

// A connection of its own to `url`, named uniquely, for one statement.
QString runStatement(const QString& url, const QString& sql)
{
    const auto parsed = parseServerUrl(url);
    if (!parsed.address)
        return parsed.error;
    const QString connection = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(parsed.address->host);
        db.setPort(parsed.address->port);
        db.setUserName(parsed.address->user);
        db.setDatabaseName(parsed.address->database);
        db.setConnectOptions(parsed.address->options);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

// `url` with its database replaced by `database`.
QString withDatabase(const QString& url, const QString& database)
{
    const auto queryAt = url.indexOf(QLatin1Char('?'));
    const QString base = queryAt < 0 ? url : url.left(queryAt);
    const QString query = queryAt < 0 ? QString() : url.mid(queryAt);
    return base.left(base.lastIndexOf(QLatin1Char('/')) + 1) + database + query;
}

} // namespace

QString pgServerUrl()
{
    static std::once_flag once;
    static QString url;
    std::call_once(once, [] {
        url = qEnvironmentVariable("LEADBENCH_TEST_PG");
        if (url.isEmpty())
            url = startSharedCluster();
    });
    return url;
}

bool pgRequired()
{
    return qEnvironmentVariable("LEADBENCH_REQUIRE_PG") == QLatin1String("1");
}

TempPgDatabase::TempPgDatabase()
{
    const QString server = pgServerUrl();
    if (server.isEmpty())
        return;
    m_name = QStringLiteral("lbtest_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString error =
        runStatement(server, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(m_name));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    m_url = withDatabase(server, m_name);
}

TempPgDatabase::~TempPgDatabase()
{
    if (m_name.isEmpty())
        return;
    runStatement(pgServerUrl(),
                 QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QString pgExec(const QString& url, const QString& sql)
{
    return runStatement(url, sql);
}

PasswordLogin::PasswordLogin(const TempPgDatabase& database, const QString& password)
{
    const QString server = pgServerUrl();
    if (server.isEmpty() || database.name().isEmpty())
        return;
    // Only a cluster of scripts/pg-cluster.sh asks its password logins for their password.
    if (!runStatement(server, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles "
                                             "WHERE rolname = 'leadbench_password_logins') "
                                             "THEN RAISE 'no password group'; END IF; END $$"))
             .isEmpty())
        return;
    m_name = database.name() + QStringLiteral("_pw");
    QString quoted = password;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString error =
        runStatement(server, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE "
                                            "leadbench_password_logins, %3")
                                 .arg(m_name, quoted, parseServerUrl(server).address->user));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    QUrl url(database.url());
    url.setUserName(m_name);
    m_url = url.toString();
}

PasswordLogin::~PasswordLogin()
{
    if (m_name.isEmpty())
        return;
    // Declared after its database, so dropped before it; it owns nothing there (make the
    // workspace with the server's test role).
    runStatement(pgServerUrl(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
}

} // namespace lb::test
