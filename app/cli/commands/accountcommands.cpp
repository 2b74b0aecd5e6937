// accounts and account: what conversions made, listed and opened (issue 20).
#include "commands/commands.h"
#include "commands/crmjson.h"
#include "commands/tableprint.h"

#include "crm/committee.h"
#include "io/countrynames.h"
#include "model/labels.h"
#include "util/localeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace lb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}

// A lead's stage key as the text output shows it ("Nurture" in the user's words).
QString stageText(const QString& key)
{
    const std::optional<Stage> stage = stageFromName(key);
    return stage ? stageLabel(*stage) : key;
}

// An account page shows this many of each (docs/spec/cli.md).
constexpr int pageRows = 500;

int parseLimit(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 100000)
        badInput(tr("--limit: \"%1\" is not a whole number from 1 to 100000").arg(text));
    return value;
}

qint64 parseAccountId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        badInput(tr("\"%1\" is not an account id (a whole number)").arg(text));
    return id;
}

void printTable(CliContext& context, const QStringList& header, const QStringList& titles,
                const QList<QStringList>& textRows, const QList<QStringList>& csvRows)
{
    if (context.format() == OutputFormat::Csv)
        printCsvTable(context.out(), Table{header, titles, csvRows});
    else
        printTextTable(context.out(), Table{header, titles, textRows});
}

QString personName(const QString& first, const QString& last)
{
    return QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

int runAccounts(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only accounts whose name or e-mail domain contains T."),
                                    QStringLiteral("T"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N accounts."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({search, limit});
    context.parse(parser, arguments, QStringLiteral("accounts [--search T] [--limit N]"), 0, 0);
    AccountQuery query;
    query.search = parser.value(search);
    query.limit = parseLimit(parser.value(limit));
    const QList<AccountRow> rows = context.workspace().crmLists().accounts(query);

    if (context.format() == OutputFormat::Json) {
        QJsonArray array;
        for (const AccountRow& row : rows)
            array << accountRowJson(row);
        context.printJson(array);
        return ExitOk;
    }
    QList<QStringList> textRows, csvRows;
    for (const AccountRow& row : rows) {
        textRows << accountCells(row, false);
        csvRows << accountCells(row, true);
    }
    printTable(context, accountHeader(), accountTitles(), textRows, csvRows);
    if (context.format() == OutputFormat::Text && rows.size() == query.limit)
        context.out() << QCoreApplication::translate("lb::cli",
                                                     "(first %n account(s); --limit shows more)",
                                                     "", int(rows.size()))
                      << '\n';
    return ExitOk;
}

int runAccount(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    context.parse(parser, arguments, QStringLiteral("account ID"), 1, 1);
    const qint64 id = parseAccountId(parser.positionalArguments().constFirst());
    Workspace& workspace = context.workspace();
    const std::optional<Account> account = workspace.crm().account(id);
    const std::optional<AccountRow> figures = workspace.crmLists().accountRow(id);
    if (!account || !figures)
        badInput(tr("there is no account %1").arg(id));
    CrmLists& lists = workspace.crmLists();
    const CommitteeKey committee = committeeOfAccount(*account);
    const QList<Contact> contacts = lists.contactsOf(id, pageRows);
    OpportunityQuery deals;
    deals.accountId = id;
    deals.limit = pageRows;
    const QList<OpportunityRow> opportunities = lists.opportunities(deals);
    const QList<CommitteeLead> leads = lists.committeeLeads(committee, pageRows);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    switch (context.format()) {
    case OutputFormat::Json: {
        QJsonObject object = accountRowJson(*figures);
        object.insert(QStringLiteral("website"), account->website);
        object.insert(QStringLiteral("industry"), account->industry);
        object.insert(QStringLiteral("city"), account->city);
        QJsonArray contactArray, opportunityArray, leadArray;
        for (const Contact& contact : contacts)
            contactArray << contactJson(contact);
        for (const OpportunityRow& row : opportunities)
            opportunityArray << opportunityRowJson(row, now);
        for (const CommitteeLead& lead : leads)
            leadArray << committeeLeadJson(lead);
        object.insert(QStringLiteral("contact_count"), figures->contacts);
        object.insert(QStringLiteral("contacts"), contactArray);
        object.insert(QStringLiteral("opportunities"), opportunityArray);
        object.insert(QStringLiteral("leads"), leadArray);
        context.printJson(object);
        return ExitOk;
    }
    case OutputFormat::Csv: {
        // One table of everything on the page, one row a record.
        QList<QStringList> rows;
        rows << QStringList{QStringLiteral("account"),
                            QString::number(id),
                            account->name,
                            account->domain,
                            QString(),
                            QString(),
                            QString(),
                            figures->owner};
        for (const Contact& c : contacts)
            rows << QStringList{QStringLiteral("contact"),
                                QString::number(c.id),
                                personName(c.firstName, c.lastName),
                                c.email,
                                c.title,
                                QString(),
                                QString(),
                                QString()};
        for (const OpportunityRow& o : opportunities)
            rows << QStringList{QStringLiteral("opportunity"),
                                QString::number(o.id),
                                o.name,
                                QString(),
                                QString(),
                                opportunityStageName(o.stage),
                                o.amount ? QString::number(*o.amount, 'g', 15) : QString(),
                                o.owner};
        for (const CommitteeLead& l : leads)
            rows << QStringList{QStringLiteral("lead"),
                                QString::number(l.id),
                                personName(l.firstName, l.lastName),
                                l.email,
                                l.title,
                                l.stage,
                                QString(),
                                l.owner};
        printCsvTable(
            context.out(),
            Table{{QStringLiteral("record"), QStringLiteral("id"), QStringLiteral("name"),
                   QStringLiteral("email_or_domain"), QStringLiteral("title"),
                   QStringLiteral("stage"), QStringLiteral("amount"), QStringLiteral("owner")},
                  {},
                  rows});
        return ExitOk;
    }
    case OutputFormat::Text:
        break;
    }
    QTextStream& out = context.out();
    //: %1 account id, %2 its name
    out << tr("account %1 \"%2\"").arg(id).arg(account->name) << '\n';
    out << "  ";
    //: %1 the account's e-mail domain, %2 its country, %3 its owner
    out << tr("domain: %1, country: %2, owner: %3")
               .arg(account->domain, io::countryName(account->country), figures->owner)
        << '\n';
    out << "  ";
    //: %1 and %2 amounts of money (in the workspace currency)
    out << tr("open pipeline: %1, won: %2")
               .arg(fmt::number(figures->openPipeline, 2), fmt::number(figures->won, 2))
        << '\n';
    out << '\n'
        << QCoreApplication::translate("lb::cli", "%n contact(s)", "", int(figures->contacts))
        << '\n';
    for (const Contact& c : contacts)
        out << "  " << c.id << "  " << personName(c.firstName, c.lastName) << "  " << c.email
            << "  " << c.title << '\n';
    out << '\n'
        << QCoreApplication::translate("lb::cli", "%n opportunity(ies)", "",
                                       int(opportunities.size()))
        << '\n';
    QList<QStringList> rows;
    for (const OpportunityRow& o : opportunities)
        rows << opportunityCells(o, now, false);
    if (!rows.isEmpty())
        printTextTable(out, Table{{}, opportunityTitles(), rows});
    //: The buying committee: leads converted into the account or at its company or domain.
    out << '\n'
        << QCoreApplication::translate("lb::cli", "%n lead(s) at this company", "",
                                       int(leads.size()))
        << '\n';
    for (const CommitteeLead& l : leads)
        out << "  " << l.id << "  " << personName(l.firstName, l.lastName) << "  " << l.title
            << "  " << stageText(l.stage) << "  " << l.owner << '\n';
    return ExitOk;
}

} // namespace lb::cli
