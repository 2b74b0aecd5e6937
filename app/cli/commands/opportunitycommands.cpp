// opportunities and opportunity: the deals conversions made, listed, shown and worked
// (issue 20), through core's OpportunityService.
#include "commands/commands.h"
#include "commands/crmjson.h"
#include "commands/tableprint.h"

#include "crm/opportunityservice.h"
#include "model/labels.h"
#include "store/storeerror.h"
#include "util/isotime.h"
#include "util/localeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace lb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}

OpportunityStage parseOpportunityStage(const QString& text)
{
    const std::optional<OpportunityStage> stage = opportunityStageFromName(text);
    if (!stage)
        badInput(
            tr("--stage: \"%1\" is not Prospecting, Proposal, Negotiation, Won or Lost").arg(text));
    return *stage;
}

QDate parseDate(const QString& text, const QString& option)
{
    const QString trimmed = text.trimmed();
    const QDate date = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (!date.isValid())
        badInput(tr("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option, text));
    return date;
}

double parseAmount(const QString& text)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(' '));
    digits.remove(QChar(0x00A0));
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double amount = digits.toDouble(&ok);
    if (!ok || !std::isfinite(amount))
        badInput(tr("--amount: \"%1\" is not an amount (a number such as 25000)").arg(text));
    if (amount < 0)
        badInput(tr("--amount: \"%1\" is negative; an amount is zero or more").arg(text));
    return amount;
}

qint64 parsePositive(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        //: %1 the value given, %2 what was expected ("an account id")
        badInput(tr("\"%1\" is not %2 (a whole number above zero)").arg(text, what));
    return value;
}

// The list row of one opportunity, with its account's name and its lead's source.
OpportunityRow rowOf(Workspace& workspace, const Opportunity& opportunity)
{
    const std::optional<Account> account = workspace.crm().account(opportunity.accountId);
    QString source;
    if (opportunity.leadId)
        if (const std::optional<Lead> lead = workspace.leads().find(*opportunity.leadId))
            source = lead->source;
    return opportunityRowOf(opportunity, account ? account->name : QString(), source);
}

QJsonObject detailJson(Workspace& workspace, const Opportunity& opportunity, const QDateTime& now)
{
    QJsonObject object = opportunityRowJson(rowOf(workspace, opportunity), now);
    object.insert(QStringLiteral("contact"), opportunity.contactId
                                                 ? QJsonValue(*opportunity.contactId)
                                                 : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("lost_reason"), opportunity.lostReason.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(opportunity.lostReason));
    QJsonArray history;
    for (const OpportunityStageChange& change : workspace.crm().opportunityHistory(opportunity.id))
        history << stageChangeJson(change);
    object.insert(QStringLiteral("history"), history);
    return object;
}

void printDetailText(QTextStream& out, Workspace& workspace, const Opportunity& o)
{
    const OpportunityRow row = rowOf(workspace, o);
    //: %1 opportunity id, %2 its name
    out << tr("opportunity %1 \"%2\"").arg(o.id).arg(o.name) << '\n';
    //: %1 the account name, %2 its id
    out << "  " << tr("account: %1 (%2)").arg(row.accountName).arg(o.accountId) << '\n';
    //: %1 an opportunity stage
    out << "  " << tr("stage: %1").arg(opportunityStageLabel(o.stage));
    if (!o.lostReason.isEmpty())
        out << " (" << o.lostReason << ')';
    out << '\n';
    //: %1 an amount with its currency
    out << "  " << tr("amount: %1").arg(amountText(o.amount, o.currency)) << '\n';
    out << "  ";
    //: %1 a date
    out << tr("expected close: %1")
               .arg(o.closeDate.isValid() ? fmt::date(o.closeDate) : QStringLiteral("–"))
        << '\n';
    //: %1 a user name, %2 a lead source such as "Webinar"
    out << "  " << tr("owner: %1, lead source: %2").arg(o.owner, row.leadSource) << '\n';
    //: %1 the record's version number
    out << "  " << tr("version: %1").arg(o.version) << '\n';
    out << '\n' << tr("history:") << '\n';
    for (const OpportunityStageChange& c : workspace.crm().opportunityHistory(o.id)) {
        out << "  " << toIsoUtc(c.at) << "  "
            << (c.from ? opportunityStageLabel(*c.from) : QStringLiteral("–")) << " -> "
            << opportunityStageLabel(c.to) << "  " << amountText(c.amount, o.currency) << "  "
            << (c.closeDate.isValid() ? fmt::date(c.closeDate) : QStringLiteral("–")) << "  "
            << c.by;
        if (!c.reason.isEmpty())
            out << "  " << c.reason;
        out << '\n';
    }
}

int show(CliContext& context, qint64 id)
{
    Workspace& workspace = context.workspace();
    const std::optional<Opportunity> opportunity = workspace.crm().opportunity(id);
    if (!opportunity)
        badInput(tr("there is no opportunity %1").arg(id));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (context.format()) {
    case OutputFormat::Json:
        context.printJson(detailJson(workspace, *opportunity, now));
        break;
    case OutputFormat::Csv: {
        // Its history, one row a change.
        QList<QStringList> rows;
        for (const OpportunityStageChange& c : workspace.crm().opportunityHistory(id))
            rows << QStringList{toIsoUtc(c.at),
                                c.from ? opportunityStageName(*c.from) : QString(),
                                opportunityStageName(c.to),
                                c.amount ? QString::number(*c.amount, 'g', 15) : QString(),
                                c.closeDate.toString(Qt::ISODate),
                                c.reason,
                                c.by};
        printCsvTable(context.out(),
                      Table{{QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("to"),
                             QStringLiteral("amount"), QStringLiteral("close_date"),
                             QStringLiteral("reason"), QStringLiteral("by")},
                            {},
                            rows});
        break;
    }
    case OutputFormat::Text:
        printDetailText(context.out(), workspace, *opportunity);
        break;
    }
    return ExitOk;
}

} // namespace

int runOpportunities(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stage(QStringLiteral("stage"), tr("Only deals in this stage."),
                                   QStringLiteral("S"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only deals this user owns."),
                                   QStringLiteral("U"));
    const QCommandLineOption closingBefore(
        QStringLiteral("closing-before"),
        tr("Only deals expected to close before this day (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     tr("Only open deals whose expected close has passed."));
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account's deals."),
                                     QStringLiteral("ID"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only deals whose name contains T."), QStringLiteral("T"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N deals."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({stage, owner, closingBefore, overdue, account, search, limit});
    context.parse(parser, arguments,
                  QStringLiteral("opportunities [--stage S] [--owner U] [--closing-before D] "
                                 "[--overdue] [--account ID] [--search T] [--limit N]"),
                  0, 0);
    OpportunityQuery query;
    if (parser.isSet(stage))
        query.stage = parseOpportunityStage(parser.value(stage));
    query.owner = parser.value(owner);
    if (parser.isSet(closingBefore))
        query.closingBefore =
            parseDate(parser.value(closingBefore), QStringLiteral("--closing-before"));
    if (parser.isSet(overdue))
        query.overdueOn = QDate::currentDate();
    if (parser.isSet(account))
        query.accountId = parsePositive(parser.value(account), tr("an account id"));
    query.search = parser.value(search);
    const qint64 rows = parsePositive(parser.value(limit), QStringLiteral("--limit"));
    if (rows > 100000)
        badInput(tr("--limit: \"%1\" is more than 100000").arg(parser.value(limit)));
    query.limit = int(rows);

    const QList<OpportunityRow> found = context.workspace().crmLists().opportunities(query);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (context.format() == OutputFormat::Json) {
        QJsonArray array;
        for (const OpportunityRow& row : found)
            array << opportunityRowJson(row, now);
        context.printJson(array);
        return ExitOk;
    }
    const bool csv = context.format() == OutputFormat::Csv;
    QList<QStringList> cells;
    for (const OpportunityRow& row : found)
        cells << opportunityCells(row, now, csv);
    const Table table{opportunityHeader(), opportunityTitles(), cells};
    if (csv)
        printCsvTable(context.out(), table);
    else
        printTextTable(context.out(), table);
    if (!csv && found.size() == query.limit)
        context.out() << QCoreApplication::translate("lb::cli",
                                                     "(first %n deal(s); --limit shows more)", "",
                                                     int(found.size()))
                      << '\n';
    return ExitOk;
}

int runOpportunity(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   tr("Prospecting, Proposal, Negotiation, Won or Lost."),
                                   QStringLiteral("S"));
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    tr("The deal's amount in the workspace currency."),
                                    QStringLiteral("X"));
    const QCommandLineOption closeDate(
        QStringLiteral("close-date"), tr("Expected close date (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Why the deal was lost (required with --stage Lost)."),
                                    QStringLiteral("R"));
    const QCommandLineOption ifVersion(
        QStringLiteral("if-version"),
        tr("Change it only if it is still at this version (as shown), else refuse."),
        QStringLiteral("V"));
    parser.addOptions({stage, amount, closeDate, reason, ifVersion});
    context.parse(parser, arguments,
                  QStringLiteral("opportunity ID [--stage S] [--amount X] [--close-date D] "
                                 "[--reason R] [--if-version V]"),
                  1, 1);
    const QString idText = parser.positionalArguments().constFirst();
    bool ok = false;
    const qint64 id = idText.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        badInput(tr("\"%1\" is not an opportunity id (a whole number)").arg(idText));
    const bool update = parser.isSet(stage) || parser.isSet(amount) || parser.isSet(closeDate) ||
                        parser.isSet(reason);
    if (!update) {
        if (parser.isSet(ifVersion))
            usageError(tr("--if-version goes with a change: --stage, --amount, --close-date or "
                          "--reason"));
        return show(context, id);
    }

    OpportunityChange change;
    if (parser.isSet(stage))
        change.stage = parseOpportunityStage(parser.value(stage));
    if (parser.isSet(amount))
        change.amount = parseAmount(parser.value(amount));
    if (parser.isSet(closeDate))
        change.closeDate = parseDate(parser.value(closeDate), QStringLiteral("--close-date"));
    change.lostReason = parser.value(reason);

    Workspace& workspace = context.workspace();
    OpportunityService service(workspace);
    const OpportunityEdit edit =
        parser.isSet(ifVersion)
            ? service.change(id,
                             parsePositive(parser.value(ifVersion), QStringLiteral("--if-version")),
                             change, context.user())
            : service.changeCurrent(id, change, context.user());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Opportunity& after = edit.after;
    switch (context.format()) {
    case OutputFormat::Json: {
        QJsonObject object = detailJson(workspace, after, now);
        object.insert(
            QStringLiteral("previous"),
            QJsonObject{{QStringLiteral("stage"), opportunityStageName(edit.before.stage)},
                        {QStringLiteral("amount"), edit.before.amount
                                                       ? QJsonValue(*edit.before.amount)
                                                       : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("close_date"),
                         edit.before.closeDate.isValid()
                             ? QJsonValue(edit.before.closeDate.toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("lost_reason"), edit.before.lostReason.isEmpty()
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(edit.before.lostReason)},
                        {QStringLiteral("version"), edit.before.version}});
        context.printJson(object);
        break;
    }
    case OutputFormat::Csv:
        printCsvTable(
            context.out(),
            Table{opportunityHeader(), {}, {opportunityCells(rowOf(workspace, after), now, true)}});
        break;
    case OutputFormat::Text:
        //: %1 id, %2 name, %3 old stage, %4 new stage, %5 the amount, %6 the expected close date
        context.out() << tr("opportunity %1 \"%2\": %3 -> %4, %5, expected close %6")
                             .arg(after.id)
                             .arg(after.name, opportunityStageLabel(edit.before.stage),
                                  opportunityStageLabel(after.stage),
                                  amountText(after.amount, after.currency),
                                  after.closeDate.isValid() ? fmt::date(after.closeDate)
                                                            : QStringLiteral("–"))
                      << '\n';
        break;
    }
    return ExitOk;
}

} // namespace lb::cli
