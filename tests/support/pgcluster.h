#pragma once

#include <QString>
#include <gtest/gtest.h>

namespace lb::test {

// The PostgreSQL server the team-workspace tests run against: the URL in LEADBENCH_TEST_PG when
// it is set (scripts/dev.sh test starts one cluster for the whole suite and sets it), else a
// throwaway cluster this user shares between test processes (scripts/pg-cluster.sh, in the
// temporary folder; started on first use and left running for the next test). Empty when no
// PostgreSQL server is installed.
QString pgServerUrl();

// Whether a missing server fails the test instead of skipping it: LEADBENCH_REQUIRE_PG=1, which
// CI sets, so a suite that silently skipped every PostgreSQL test cannot pass there.
bool pgRequired();

// A fresh, empty database on that server, dropped (with any session still on it) with the
// fixture: each test starts from nothing, as TempWorkspace does with a file.
class TempPgDatabase
{
public:
    TempPgDatabase();
    ~TempPgDatabase();
    // postgresql://leadbench@127.0.0.1:PORT/NAME; empty when there is no server.
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    TempPgDatabase(const TempPgDatabase&) = delete;
    TempPgDatabase& operator=(const TempPgDatabase&) = delete;

private:
    QString m_name;
    QString m_url;
};

// A login of its own on the test server that must give `password` over TCP: a member of the
// cluster's `leadbench_password_logins` (scripts/pg-cluster.sh), with the privileges of the
// server's test role. Dropped with the object. Not available on a server another script made.
class PasswordLogin
{
public:
    PasswordLogin(const TempPgDatabase& database, const QString& password);
    ~PasswordLogin();
    bool available() const { return !m_url.isEmpty(); }
    // The database's URL with this login (no password in it).
    QString url() const { return m_url; }
    PasswordLogin(const PasswordLogin&) = delete;
    PasswordLogin& operator=(const PasswordLogin&) = delete;

private:
    QString m_name;
    QString m_url;
};

// Runs one statement on a connection of its own to `url`; the error text, empty on success.
QString pgExec(const QString& url, const QString& sql);

} // namespace lb::test

// Skips the test when no PostgreSQL server is installed, or fails it when LEADBENCH_REQUIRE_PG
// says one must be.
#define LEADBENCH_REQUIRE_PG_OR_SKIP()                                                             \
    do {                                                                                           \
        if (::lb::test::pgServerUrl().isEmpty()) {                                                 \
            if (::lb::test::pgRequired())                                                          \
                FAIL() << "no PostgreSQL server (LEADBENCH_REQUIRE_PG=1): see "                    \
                          "scripts/pg-cluster.sh";                                                 \
            GTEST_SKIP() << "no PostgreSQL server installed";                                      \
        }                                                                                          \
    } while (false)
