// Workspace locations: a file path or a team workspace's URL, and what a URL may hold.
#include "store/workspacelocation.h"

#include <gtest/gtest.h>

using namespace lb;

TEST(WorkspaceLocation, ServerUrlsAreToldFromPaths)
{
    EXPECT_EQ(backendOf(QStringLiteral("postgresql://sdr@db.example.fi/sales")),
              WorkspaceBackend::PostgreSql);
    EXPECT_EQ(backendOf(QStringLiteral("POSTGRES://db/sales")), WorkspaceBackend::PostgreSql);
    EXPECT_EQ(backendOf(QStringLiteral("/home/anna/postgresql/team.leadbench")),
              WorkspaceBackend::SqliteFile);
    EXPECT_EQ(backendOf(QStringLiteral("postgresql.leadbench")), WorkspaceBackend::SqliteFile);
}

TEST(WorkspaceLocation, UrlPartsBecomeConnectionParameters)
{
    const auto parsed = parseServerUrl(
        QStringLiteral("postgresql://anna%40sales@db.example.fi:6543/team%20one?sslmode=require"
                       "&connect_timeout=5"));
    ASSERT_TRUE(parsed.address) << parsed.error.toStdString();
    EXPECT_EQ(parsed.address->host, QStringLiteral("db.example.fi"));
    EXPECT_EQ(parsed.address->port, 6543);
    EXPECT_EQ(parsed.address->user, QStringLiteral("anna@sales"));
    EXPECT_EQ(parsed.address->database, QStringLiteral("team one"));
    EXPECT_EQ(parsed.address->options, QStringLiteral("sslmode=require;connect_timeout=5"));
}

TEST(WorkspaceLocation, LeftOutPartsAreLeftToLibpq)
{
    const auto parsed = parseServerUrl(QStringLiteral("postgresql:///sales"));
    ASSERT_TRUE(parsed.address) << parsed.error.toStdString();
    EXPECT_TRUE(parsed.address->host.isEmpty());
    EXPECT_EQ(parsed.address->port, -1);
    EXPECT_TRUE(parsed.address->user.isEmpty());
    EXPECT_EQ(parsed.address->database, QStringLiteral("sales"));
}

TEST(WorkspaceLocation, PasswordsAreRefusedAndNeverRepeated)
{
    for (const QString& url : {QStringLiteral("postgresql://anna:s3cret@db/sales"),
                               QStringLiteral("postgresql://anna@db/sales?password=s3cret")}) {
        const auto parsed = parseServerUrl(url);
        EXPECT_FALSE(parsed.address) << url.toStdString();
        EXPECT_TRUE(parsed.error.contains(QLatin1String("pgpass"))) << parsed.error.toStdString();
        EXPECT_FALSE(parsed.error.contains(QLatin1String("s3cret"))) << parsed.error.toStdString();
        EXPECT_FALSE(displayedLocation(url).contains(QLatin1String("s3cret")))
            << displayedLocation(url).toStdString();
    }
}

TEST(WorkspaceLocation, AUrlWithoutADatabaseIsRefusedByName)
{
    for (const QString& url :
         {QStringLiteral("postgresql://db.example.fi"), QStringLiteral("postgresql://db:5432/"),
          QStringLiteral("postgresql://db/a/b")}) {
        const auto parsed = parseServerUrl(url);
        EXPECT_FALSE(parsed.address) << url.toStdString();
        EXPECT_TRUE(parsed.error.contains(url)) << parsed.error.toStdString();
    }
    EXPECT_FALSE(parseServerUrl(QStringLiteral("postgresql://db:port/sales")).address);
}
