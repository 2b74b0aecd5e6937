// Issue 20's figures: the account and opportunity lists with 100,000 accounts, 300,000 contacts
// and 300,000 opportunities beside 1,000,000 leads: the first rows of each list (and of each
// opportunity filter) within 300 ms, a search within 100 ms, an account page with 500
// opportunities within 200 ms.
//   bench_crm [--leads N]   (the workspace is kept in the bench folder and reused)
// The leads (and the accounts, contacts and deals their conversions made) come from the demo
// generator; a bulk load tops the CRM records up to the figures' sizes, one account with 500
// deals among them.
#include "benchsupport.h"
#include "crm/committee.h"
#include "demo/demogenerator.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <functional>

using namespace lb;

namespace {

const QDateTime demoNow(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
constexpr qint64 accountTarget = 100000;
constexpr qint64 contactTarget = 300000;
constexpr qint64 opportunityTarget = 300000;
constexpr int bigAccountDeals = 500;
const QString bigAccountName = QStringLiteral("Whale Holdings Oyj");

const QStringList nameParts = {QStringLiteral("Nordic"), QStringLiteral("Baltic"),
                               QStringLiteral("Aurora"), QStringLiteral("Fjord"),
                               QStringLiteral("Tundra"), QStringLiteral("Harbour"),
                               QStringLiteral("Birch"),  QStringLiteral("Granite"),
                               QStringLiteral("Lumi"),   QStringLiteral("Saga")};
const QStringList trades = {QStringLiteral("Software"), QStringLiteral("Logistics"),
                            QStringLiteral("Foods"),    QStringLiteral("Robotics"),
                            QStringLiteral("Health"),   QStringLiteral("Energy")};
const QStringList countries = {QStringLiteral("FI"), QStringLiteral("SE"), QStringLiteral("NO"),
                               QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("DE")};
const QList<OpportunityStage> stages = {OpportunityStage::Prospecting, OpportunityStage::Proposal,
                                        OpportunityStage::Negotiation, OpportunityStage::Won,
                                        OpportunityStage::Lost};

Opportunity topUpDeal(qint64 accountId, qint64 n, const QStringList& owners)
{
    Opportunity o;
    o.accountId = accountId;
    o.name = QStringLiteral("Deal %1").arg(n);
    o.amount = double((n * 7919) % 150 + 5) * 1000;
    o.stage = stages.at(int(n % stages.size()));
    if (o.stage == OpportunityStage::Lost)
        o.lostReason = QStringLiteral("Price too high");
    o.closeDate = demoNow.date().addDays(int(n % 720) - 360);
    o.owner = owners.at(int(n % owners.size()));
    o.createdAt = demoNow.addDays(-int(n % 400));
    o.updatedAt = o.createdAt;
    o.stageChangedAt = o.createdAt;
    return o;
}

void generate(const QString& path, qint64 leads)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    auto workspace = openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
    DemoOptions options;
    options.leads = leads;
    options.now = demoNow;
    const DemoSummary demo = DemoGenerator(options).generate(*workspace);
    std::printf("  demo: %lld leads, %lld accounts, %lld contacts, %lld opportunities: %.1f s\n",
                static_cast<long long>(demo.leads), static_cast<long long>(demo.accounts),
                static_cast<long long>(demo.contacts), static_cast<long long>(demo.opportunities),
                timer.elapsed() / 1000.0);
    timer.restart();
    QStringList owners = workspace->users().names();
    if (owners.isEmpty())
        owners << QString();
    auto writer = workspace->bulkWriter({});
    qint64 accounts = demo.accounts, contacts = demo.contacts, deals = demo.opportunities;
    QList<qint64> accountIds;
    Account whale;
    whale.name = bigAccountName;
    whale.domain = QStringLiteral("whale.fi");
    whale.country = QStringLiteral("FI");
    whale.owner = owners.constFirst();
    whale.createdAt = demoNow;
    whale.createdBy = QStringLiteral("bench");
    writer->addAccount(whale);
    ++accounts;
    for (int i = 0; i < bigAccountDeals; ++i, ++deals) {
        Opportunity o = topUpDeal(whale.id, deals, owners);
        writer->addOpportunity(o);
    }
    for (qint64 n = accounts; n < accountTarget; ++n) {
        Account a;
        a.name = QStringLiteral("%1 %2 %3 Oy")
                     .arg(nameParts.at(int(n % nameParts.size())),
                          trades.at(int((n / 10) % trades.size())))
                     .arg(n);
        a.domain = QStringLiteral("company%1.example").arg(n);
        a.country = countries.at(int(n % countries.size()));
        a.owner = owners.at(int(n % owners.size()));
        a.createdAt = demoNow;
        a.createdBy = QStringLiteral("bench");
        writer->addAccount(a);
        accountIds << a.id;
    }
    for (qint64 n = contacts; n < contactTarget; ++n) {
        Contact c;
        c.accountId = accountIds.at(int(n % accountIds.size()));
        c.email = QStringLiteral("person%1@company.example").arg(n);
        c.firstName = QStringLiteral("Person");
        c.lastName = QString::number(n);
        c.createdAt = demoNow;
        c.createdBy = QStringLiteral("bench");
        writer->addContact(c);
    }
    for (qint64 n = deals; n < opportunityTarget; ++n) {
        Opportunity o = topUpDeal(accountIds.at(int((n * 31) % accountIds.size())), n, owners);
        writer->addOpportunity(o);
    }
    writer->commit();
    workspace->waitForBackgroundWrites();
    std::printf("  topped up to %lld accounts, %lld contacts, %lld opportunities: %.1f s\n",
                static_cast<long long>(accountTarget), static_cast<long long>(contactTarget),
                static_cast<long long>(opportunityTarget), timer.elapsed() / 1000.0);
}

double timedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// The first run (what a user waits for after opening) against the target, and the best of 3.
void measure(const QString& name, double targetMs, const std::function<qsizetype()>& work)
{
    qsizetype rows = 0;
    const double first = timedMs([&] { rows = work(); });
    double best = first;
    for (int i = 0; i < 2; ++i)
        best = std::min(best, timedMs([&] { work(); }));
    bench::report(QStringLiteral("%1 (%2 rows), first run").arg(name).arg(rows), first,
                  QStringLiteral("ms"), targetMs);
    std::printf("    best of 3: %.1f ms = %.2f of the target\n", best, best / targetMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 leads = 1000000;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--leads"))
            leads = arguments.at(i + 1).toLongLong();
    }
    const QString path =
        QDir(bench::benchDir()).filePath(QStringLiteral("crm-%1.leadbench").arg(leads));
    if (bench::isCurrentWorkspace(path))
        std::printf("reusing %s\n", qPrintable(path));
    else
        generate(path, leads);

    auto workspace = openWorkspace(path);
    CrmLists& lists = workspace->crmLists();
    const QString owner = workspace->users().names().value(1);
    constexpr int page = 100;
    std::printf("%lld leads; pages of %d rows; owner filter: %s\n", static_cast<long long>(leads),
                page, qPrintable(owner));

    measure(QStringLiteral("accounts, first page"), 300,
            [&] { return lists.accounts({.limit = page}).size(); });
    const std::optional<AccountRow> middle = [&] {
        AccountQuery query{.limit = 1};
        query.search = QStringLiteral("Saga Health 50");
        const QList<AccountRow> found = lists.accounts(query);
        return found.isEmpty() ? std::optional<AccountRow>() : found.constFirst();
    }();
    if (middle)
        measure(QStringLiteral("accounts, a page from the middle"), 300,
                [&] { return lists.accounts({.limit = page, .after = middle}).size(); });
    measure(QStringLiteral("account search \"harbour\" (many matches)"), 100, [&] {
        return lists.accounts({.search = QStringLiteral("harbour"), .limit = page}).size();
    });
    measure(QStringLiteral("account search \"whale.fi\" (one match)"), 100, [&] {
        return lists.accounts({.search = QStringLiteral("whale.fi"), .limit = page}).size();
    });
    measure(QStringLiteral("account search \"no such company\" (none: every name read)"), 100, [&] {
        return lists.accounts({.search = QStringLiteral("no such company"), .limit = page}).size();
    });

    measure(QStringLiteral("opportunities, first page"), 300,
            [&] { return lists.opportunities({.limit = page}).size(); });
    for (OpportunityStage stage : stages)
        measure(QStringLiteral("opportunities, stage %1").arg(opportunityStageName(stage)), 300,
                [&] { return lists.opportunities({.stage = stage, .limit = page}).size(); });
    measure(QStringLiteral("opportunities, owner"), 300,
            [&] { return lists.opportunities({.owner = owner, .limit = page}).size(); });
    measure(QStringLiteral("opportunities, closing this month"), 300, [&] {
        return lists.opportunities({.closingBefore = demoNow.date().addMonths(1), .limit = page})
            .size();
    });
    // No deal closes this early: every deal is read (the worst case of a date filter).
    measure(QStringLiteral("opportunities, closing before a day none closes before"), 300, [&] {
        return lists.opportunities({.closingBefore = demoNow.date().addYears(-5), .limit = page})
            .size();
    });
    measure(QStringLiteral("opportunities, overdue"), 300, [&] {
        return lists.opportunities({.overdueOn = demoNow.date(), .limit = page}).size();
    });
    measure(QStringLiteral("opportunities, stage Negotiation + owner + overdue"), 300, [&] {
        return lists
            .opportunities({.stage = OpportunityStage::Negotiation,
                            .owner = owner,
                            .overdueOn = demoNow.date(),
                            .limit = page})
            .size();
    });
    measure(QStringLiteral("opportunity search \"Deal 29999\""), 100, [&] {
        return lists.opportunities({.search = QStringLiteral("Deal 29999"), .limit = page}).size();
    });

    measure(
        QStringLiteral("opportunity search \"no such deal\" (none: every name read)"), 100, [&] {
            return lists.opportunities({.search = QStringLiteral("no such deal"), .limit = page})
                .size();
        });

    const QList<AccountRow> whale = lists.accounts({.search = bigAccountName, .limit = 1});
    if (whale.isEmpty()) {
        std::printf("no account \"%s\"\n", qPrintable(bigAccountName));
        return 1;
    }
    const qint64 whaleId = whale.constFirst().id;
    measure(QStringLiteral("account page: figures, contacts, 500 opportunities, committee"), 200,
            [&] {
                const std::optional<Account> account = workspace->crm().account(whaleId);
                qsizetype rows = lists.accountRow(whaleId) ? 1 : 0;
                rows += lists.contactsOf(whaleId, 500).size();
                rows += lists.opportunities({.accountId = whaleId, .limit = 500}).size();
                rows += lists.committeeLeads(committeeOfAccount(*account), 500).size();
                return rows;
            });
    std::printf("peak resident memory: %.1f MB\n", bench::peakResidentMb());
    return 0;
}
