// Accounts and deals on a team workspace where a file has nothing like it: two teammates'
// programs changing one deal at the same version (one wins, the other is told it changed), the
// account list paged by name where names differ only in case or in letters outside ASCII, and
// ids a bulk load gives that the identity sequences must then step past.
#include "crm/opportunityservice.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "support/pgcluster.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace lb;
using lb::test::TempPgDatabase;

namespace {

QString conflictMessage(const char* what, qint64 id)
{
    // SqliteCrmStore's message, word for word.
    return QCoreApplication::translate("lb::Store",
                                       "%1 %2 was changed by someone else; reload it and try again")
        .arg(QCoreApplication::translate("lb::Store", what))
        .arg(id);
}

qint64 addAccount(Workspace& workspace, const QString& name, const QString& domain = {})
{
    Account account;
    account.name = name;
    account.domain = domain;
    account.createdBy = QStringLiteral("test");
    workspace.crm().insertAccount(account);
    return account.id;
}

// One deal of one account, as a conversion leaves it.
qint64 addDeal(Workspace& workspace)
{
    const qint64 accountId = addAccount(workspace, QStringLiteral("Kaleva Oy"));
    Opportunity deal;
    deal.accountId = accountId;
    deal.name = QStringLiteral("Kaleva pilot");
    deal.amount = 1000.0;
    deal.owner = QStringLiteral("ae-a");
    workspace.crm().insertOpportunity(deal);
    return deal.id;
}

// Every account, a page of `pageSize` at a time, each page continuing after the last row.
QList<AccountRow> allPages(Workspace& workspace, int pageSize, const QString& search = {})
{
    QList<AccountRow> rows;
    AccountQuery query;
    query.search = search;
    query.limit = pageSize;
    for (int pages = 0; pages < 1000; ++pages) {
        const QList<AccountRow> page = workspace.crmLists().accounts(query);
        EXPECT_LE(page.size(), pageSize);
        rows += page;
        if (page.size() < pageSize)
            return rows;
        query.after = page.constLast();
    }
    ADD_FAILURE() << "the pages never ended";
    return rows;
}

QStringList namesOf(const QList<AccountRow>& rows)
{
    QStringList names;
    for (const AccountRow& row : rows)
        names << row.name;
    return names;
}

QList<qint64> idsOf(const QList<AccountRow>& rows)
{
    QList<qint64> ids;
    for (const AccountRow& row : rows)
        ids << row.id;
    return ids;
}

} // namespace

TEST(PgCrm, OneOfTwoWritersOfADealAtTheSameVersionWinsTheOtherIsTold)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto first = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    const qint64 dealId = addDeal(*first);

    // Both read version 1. The first writes and holds its transaction open; the teammate (a
    // connection of its own thread) writes outside a transaction, so only the row's lock
    // stands in its way.
    std::atomic<bool> teammateRead = false;
    std::atomic<bool> firstWrote = false;
    std::atomic<bool> done = false;
    QString error;
    StoreError::Kind kind = StoreError::Kind::Io;
    bool wrote = false;
    std::thread teammate([&] {
        auto second = openWorkspace(database.url());
        Opportunity theirs = *second->crm().opportunity(dealId);
        EXPECT_EQ(theirs.version, 1);
        teammateRead = true;
        while (!firstWrote)
            std::this_thread::yield();
        theirs.amount = 3000.0;
        try {
            second->crm().updateOpportunity(theirs);
            wrote = true;
        } catch (const StoreError& e) {
            kind = e.kind();
            error = e.message();
        }
        done = true;
    });
    while (!teammateRead)
        std::this_thread::yield();
    Opportunity mine = *first->crm().opportunity(dealId);
    ASSERT_EQ(mine.version, 1);
    first->begin();
    mine.amount = 2000.0;
    first->crm().updateOpportunity(mine);
    EXPECT_EQ(mine.version, 2);
    firstWrote = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_FALSE(done) << "the second writer did not wait for the first's row";
    first->commit();
    teammate.join();

    EXPECT_FALSE(wrote) << "both writers won";
    EXPECT_EQ(kind, StoreError::Kind::Conflict);
    EXPECT_EQ(error, conflictMessage("opportunity", dealId));
    const Opportunity stored = *first->crm().opportunity(dealId);
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(stored.amount, 2000.0);
}

TEST(PgCrm, TwoServicesChangingOneDealAtOnceMakeOneChangeAndOneConflict)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    qint64 dealId = 0;
    {
        auto setup = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
        dealId = addDeal(*setup);
    }
    // Two programs at the same moment, each sure the deal is still at version 1.
    std::atomic<int> ready = 0;
    std::atomic<int> won = 0;
    std::vector<StoreError::Kind> kinds(2, StoreError::Kind::Io);
    std::vector<QString> messages(2);
    std::vector<bool> failed(2, false);
    std::vector<std::thread> programs;
    for (int i = 0; i < 2; ++i)
        programs.emplace_back([&, i] {
            auto own = openWorkspace(database.url());
            OpportunityChange change;
            change.amount = 5000.0 + i;
            ++ready;
            while (ready < 2)
                std::this_thread::yield();
            try {
                OpportunityService(*own).change(dealId, 1, change,
                                                QStringLiteral("sdr%1").arg(i + 1));
                ++won;
            } catch (const StoreError& e) {
                failed[size_t(i)] = true;
                kinds[size_t(i)] = e.kind();
                messages[size_t(i)] = e.message();
            }
        });
    for (auto& program : programs)
        program.join();

    ASSERT_EQ(won, 1);
    const int loser = failed[0] ? 0 : 1;
    EXPECT_TRUE(failed[size_t(loser)]);
    EXPECT_EQ(kinds[size_t(loser)], StoreError::Kind::Conflict);
    EXPECT_TRUE(messages[size_t(loser)].contains(QString::number(dealId)))
        << messages[size_t(loser)].toStdString();

    auto reader = openWorkspace(database.url());
    const Opportunity stored = *reader->crm().opportunity(dealId);
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(stored.amount, 5000.0 + (1 - loser));
    // One history line, the winner's.
    const QList<OpportunityStageChange> history = reader->crm().opportunityHistory(dealId);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.constFirst().by, QStringLiteral("sdr%1").arg(1 - loser + 1));
}

TEST(PgCrm, AccountPagesByNameKeepEveryAccountOnceWhateverItsCase)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    // Names that differ only in case (ASCII and not), Nordic letters, and ties at page edges.
    const QStringList names = {
        QStringLiteral("anna"),  QStringLiteral("Zeta"), QStringLiteral("Anna"),
        QStringLiteral("Ärla"),  QStringLiteral("åke"),  QStringLiteral("ANNA"),
        QStringLiteral("ärla"),  QStringLiteral("Örn"),  QStringLiteral("Åke"),
        QStringLiteral("örn"),   QStringLiteral("zeta"), QStringLiteral("Bertil"),
        QStringLiteral("alpha"), QStringLiteral("ÄRLA"), QStringLiteral("Östen"),
        QStringLiteral("oskar")};
    QHash<qint64, QString> byId;
    for (const QString& name : names)
        byId.insert(addAccount(*workspace, name, QStringLiteral("example.fi")), name);

    // Whether the database's lower() folds letters outside ASCII (a UTF-8 locale such as
    // C.UTF-8, as a team workspace is meant to be made in) or A-Z only (the C locale).
    const bool foldsAll = workspace->crm().searchAccounts(QStringLiteral("ärla"), 10).size() == 3;
    const auto fold = [foldsAll](const QString& name) {
        if (foldsAll)
            return name.toLower();
        QString folded = name;
        for (QChar& c : folded)
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                c = QChar(c.unicode() + 32);
        return folded;
    };

    // What the whole list is: by the folded name (code point order), then id.
    QList<qint64> expected = byId.keys();
    std::sort(expected.begin(), expected.end(), [&](qint64 a, qint64 b) {
        const QString fa = fold(byId.value(a));
        const QString fb = fold(byId.value(b));
        return fa != fb ? fa < fb : a < b;
    });
    const QList<AccountRow> whole = workspace->crmLists().accounts(AccountQuery{.limit = 100});
    EXPECT_EQ(idsOf(whole), expected) << namesOf(whole).join(QLatin1Char(' ')).toStdString();

    // Every page size, including those whose pages end inside a run of equal names, walks the
    // same list: nothing skipped, nothing twice.
    for (int pageSize = 1; pageSize <= 5; ++pageSize)
        EXPECT_EQ(idsOf(allPages(*workspace, pageSize)), idsOf(whole)) << "pages of " << pageSize;

    // The three spellings of "anna" stay together, in the order they were made.
    const QStringList inOrder = namesOf(whole);
    const qsizetype firstAnna = inOrder.indexOf(QStringLiteral("anna"));
    ASSERT_GE(firstAnna, 0);
    EXPECT_EQ(
        inOrder.mid(firstAnna, 3),
        QStringList({QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("ANNA")}));

    // A search pages the same way: the names that hold "an" whatever its case (the domain,
    // example.fi, holds none).
    AccountQuery byName;
    byName.search = QStringLiteral("AN");
    byName.limit = 100;
    const QList<AccountRow> searched = workspace->crmLists().accounts(byName);
    EXPECT_EQ(namesOf(searched), QStringList({QStringLiteral("anna"), QStringLiteral("Anna"),
                                              QStringLiteral("ANNA")}));
    EXPECT_EQ(idsOf(allPages(*workspace, 2, QStringLiteral("AN"))), idsOf(searched));
}

TEST(PgCrm, IdsGivenToABulkLoadAreKeptAndLaterRowsTakeTheNextOnes)
{
    LEADBENCH_REQUIRE_PG_OR_SKIP();
    TempPgDatabase database;
    auto workspace = openWorkspace(database.url(), Workspace::OpenMode::CreateIfMissing);
    Lead lead;
    lead.id = 40;
    lead.email = QStringLiteral("anna@kaleva.fi");
    Account account;
    account.id = 100;
    account.name = QStringLiteral("Kaleva Oy");
    account.owner = QStringLiteral("ae-a");
    account.createdAt = QDateTime::currentDateTimeUtc();
    account.createdBy = QStringLiteral("demo");
    Contact contact;
    contact.id = 200;
    contact.accountId = 100;
    contact.email = QStringLiteral("anna@kaleva.fi");
    contact.createdAt = account.createdAt;
    contact.createdBy = QStringLiteral("demo");
    Opportunity deal;
    deal.id = 300;
    deal.accountId = 100;
    deal.contactId = 200;
    deal.leadId = 40;
    deal.name = QStringLiteral("Kaleva pilot");
    deal.stage = OpportunityStage::Proposal;
    deal.owner = QStringLiteral("AE-A");
    deal.createdAt = account.createdAt;
    deal.updatedAt = account.createdAt;
    {
        auto writer = workspace->bulkWriter({});
        writer->addLead(lead, QStringLiteral("demo"));
        writer->addAccount(account);
        writer->addContact(contact);
        writer->addOpportunity(deal);
        OpportunityStageChange created;
        created.opportunityId = 300;
        created.at = deal.createdAt;
        created.to = OpportunityStage::Proposal;
        created.by = QStringLiteral("demo");
        writer->addOpportunityStageChange(created);
        writer->linkConversion(40, ConversionLink{100, 200, 300});
        // A row without an id after rows with ids takes the next one.
        Account second;
        second.name = QStringLiteral("Pohjola Oy");
        second.createdAt = account.createdAt;
        second.createdBy = QStringLiteral("demo");
        writer->addAccount(second);
        EXPECT_EQ(second.id, 101);
        writer->commit();
    }
    EXPECT_EQ(account.id, 100);
    EXPECT_EQ(contact.id, 200);
    EXPECT_EQ(deal.id, 300);

    const Opportunity stored = *workspace->crm().opportunity(300);
    EXPECT_EQ(stored.accountId, 100);
    EXPECT_EQ(stored.contactId, 200);
    EXPECT_EQ(stored.leadId, 40);
    EXPECT_EQ(stored.stage, OpportunityStage::Proposal);
    EXPECT_EQ(stored.owner, QStringLiteral("ae-a")) << "one user whatever the case";
    EXPECT_EQ(workspace->crm().opportunityHistory(300).size(), 1);
    const std::optional<Lead> converted = workspace->leads().find(40);
    ASSERT_TRUE(converted && converted->converted);
    EXPECT_EQ(converted->converted->opportunityId, 300);

    // The workspace's own inserts go on after the ids the load gave.
    Account next;
    next.name = QStringLiteral("Next Oy");
    next.createdBy = QStringLiteral("test");
    workspace->crm().insertAccount(next);
    EXPECT_EQ(next.id, 102);
    Contact nextContact;
    nextContact.accountId = next.id;
    nextContact.createdBy = QStringLiteral("test");
    workspace->crm().insertContact(nextContact);
    EXPECT_EQ(nextContact.id, 201);
    Opportunity nextDeal;
    nextDeal.accountId = next.id;
    nextDeal.name = QStringLiteral("Next deal");
    workspace->crm().insertOpportunity(nextDeal);
    EXPECT_EQ(nextDeal.id, 301);
    Lead nextLead;
    nextLead.email = QStringLiteral("bertil@next.fi");
    workspace->leads().insert(nextLead, QStringLiteral("test"));
    EXPECT_EQ(nextLead.id, 41);
}
