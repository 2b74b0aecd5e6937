// A team workspace's server may ask for a password. Leadbench gives it what libpq finds in
// PGPASSWORD or ~/.pgpass, or one the user typed in this run (store/serverpasswords.h), and
// says plainly when the server wants one it does not have.
#include "store/serverpasswords.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"
#include "support/pgcluster.h"

#include <gtest/gtest.h>

using namespace lb;
using lb::test::PasswordLogin;
using lb::test::TempPgDatabase;

namespace {

// What opening `url` ends in: the store's refusal, or nothing when it opened.
std::optional<StoreError::Kind> openingFails(const QString& url)
{
    try {
        const auto workspace = openWorkspace(url);
        workspace->leads().count(LeadFilter{});
        return std::nullopt;
    } catch (const StoreError& error) {
        return error.kind();
    }
}

// PGPASSWORD as the user's environment had it, put back at the end.
class PgPasswordVariable
{
public:
    PgPasswordVariable() : m_had(qEnvironmentVariableIsSet("PGPASSWORD"))
    {
        m_value = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
    }
    ~PgPasswordVariable()
    {
        if (m_had)
            qputenv("PGPASSWORD", m_value);
        else
            qunsetenv("PGPASSWORD");
    }

private:
    bool m_had;
    QByteArray m_value;
};

} // namespace

TEST(PgPasswords, TheServerGetsTheTypedPasswordOrLibpqsAndRefusesAWrongOne)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    const PasswordLogin login(database, QStringLiteral("correct horse 'battery'"));
    if (!login.available())
        GTEST_SKIP() << "the test server has no password logins (not scripts/pg-cluster.sh's)";
    const PgPasswordVariable environment;
    const ServerAddress address = *parseServerUrl(login.url()).address;
    forgetServerPassword(address);

    // None given: the server's refusal says a password is wanted, not that the server failed.
    EXPECT_EQ(openingFails(login.url()), StoreError::Kind::PasswordNeeded);
    try {
        openWorkspace(login.url());
    } catch (const StoreError& error) {
        EXPECT_TRUE(error.message().contains(displayedLocation(login.url())))
            << error.message().toStdString();
        EXPECT_TRUE(error.isWorkspaceProblem());
    }

    rememberServerPassword(address, QStringLiteral("correct horse"));
    EXPECT_EQ(openingFails(login.url()), StoreError::Kind::PasswordNeeded);

    // The typed password serves every connection to that login, whichever database.
    rememberServerPassword(address, QStringLiteral("correct horse 'battery'"));
    EXPECT_EQ(openingFails(login.url()), std::nullopt);
    ServerAddress sameLoginElsewhere = address;
    sameLoginElsewhere.database = QStringLiteral("postgres");
    EXPECT_EQ(serverPassword(sameLoginElsewhere), QStringLiteral("correct horse 'battery'"));
    ServerAddress otherLogin = address;
    otherLogin.user = QStringLiteral("someone_else");
    EXPECT_TRUE(serverPassword(otherLogin).isEmpty());

    // Forgotten, libpq's own PGPASSWORD still works.
    forgetServerPassword(address);
    EXPECT_EQ(openingFails(login.url()), StoreError::Kind::PasswordNeeded);
    qputenv("PGPASSWORD", "correct horse 'battery'");
    EXPECT_EQ(openingFails(login.url()), std::nullopt);
}
