// qualify, stage and convert: qualification, the lifecycle and conversion.
#include "commands/clihelp.h"
#include "commands/commands.h"

#include "conversion/conversionservice.h"
#include "lifecycle/lifecycleservice.h"
#include "model/labels.h"
#include "qualification/qualificationservice.h"
#include "store/storeerror.h"
#include "util/counts.h"
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

Lead findLead(Workspace& workspace, const QString& key)
{
    const std::optional<Lead> lead = workspace.leads().findByIdOrEmail(key);
    if (!lead)
        badInput(tr("no lead with id or e-mail \"%1\"").arg(key));
    return *lead;
}

double parseAmount(const QString& text, const QString& option)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(' '));
    digits.remove(QChar(0x00A0));
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double amount = digits.toDouble(&ok);
    if (!ok || !std::isfinite(amount) || amount < 0)
        //: %1 an option name such as --amount, %2 the value given
        badInput(tr("%1: \"%2\" is not an amount (a number such as 25000)").arg(option, text));
    return amount;
}

QString percent(double share)
{
    return fmt::percent(share);
}

// How convert found the account, in the user's words (JSON keeps accountMatchName()).
QString matchText(AccountMatch match)
{
    switch (match) {
    case AccountMatch::Domain:
        //: convert: how the existing account was found, after "matched by"
        return tr("same e-mail domain");
    case AccountMatch::Name:
        //: convert: how the existing account was found, after "matched by"
        return tr("same company name");
    case AccountMatch::Chosen:
        //: convert: the account was named with --account (kept as it is), after "matched by"
        return tr("chosen with --account");
    case AccountMatch::None:
        break;
    }
    //: convert: a new account, no match
    return tr("new");
}

QJsonValue nullable(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

int runQualify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption framework(QStringLiteral("framework"),
                                       tr("BANT, CHAMP, MEDDIC, ANUM or GPCTBA."),
                                       QStringLiteral("F"));
    const QCommandLineOption criterion(QStringLiteral("criterion"),
                                       tr("Criterion key, e.g. budget."), QStringLiteral("C"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("unknown, partial, confirmed or disqualifying."),
                                    QStringLiteral("S"));
    const QCommandLineOption note(QStringLiteral("note"), tr("The evidence: who said what."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption value(QStringLiteral("value"),
                                   tr("A typed value: amount, date or contact."),
                                   QStringLiteral("V"));
    parser.addOptions({framework, criterion, status, note, value});
    const QString usage = QStringLiteral(
        "qualify LEAD --framework F --criterion C --status unknown|partial|confirmed|disqualifying "
        "[--note TEXT] [--value V]");
    context.parse(parser, arguments, usage, 1, 1);
    for (const QCommandLineOption* required : {&framework, &criterion, &status}) {
        if (!parser.isSet(*required))
            //: %1 an option name without its dashes (kept as it is)
            usageError(tr("--%1 is required").arg(required->names().constFirst()) +
                       QLatin1Char('\n') + usagePrefix() + usage);
    }
    const std::optional<AnswerStatus> answerStatus = answerStatusFromName(parser.value(status));
    if (!answerStatus)
        badInput(tr("--status: \"%1\" is not unknown, partial, confirmed or disqualifying")
                     .arg(parser.value(status)));

    Workspace& workspace = context.workspace();
    const Lead lead = findLead(workspace, parser.positionalArguments().constFirst());
    QualificationService service(workspace);
    AnswerInput input;
    input.framework = parser.value(framework);
    input.criterion = parser.value(criterion);
    input.status = *answerStatus;
    input.note = parser.value(note);
    input.value = parser.value(value);
    const Answer answer = service.record(lead, input, context.user());
    const LeadQualification qualification = service.load(lead.id);
    const FrameworkReadiness* readiness = qualification.framework(answer.framework);
    if (context.format() == OutputFormat::Json) {
        context.printJson(QJsonObject{
            {QStringLiteral("lead"), lead.id},
            {QStringLiteral("framework"), answer.framework},
            {QStringLiteral("criterion"), answer.criterion},
            {QStringLiteral("status"), answerStatusName(answer.status)},
            {QStringLiteral("note"), answer.note},
            {QStringLiteral("value"),
             answer.value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(answer.value)},
            {QStringLiteral("by"), answer.by},
            {QStringLiteral("at"), toIsoUtc(answer.at)},
            {QStringLiteral("readiness"), readiness ? readiness->readiness : 0.0},
            {QStringLiteral("missing"),
             QJsonArray::fromStringList(readiness ? readiness->missing : QStringList())}});
        return ExitOk;
    }
    // Criteria by their titles and the status by its label, in the user's words; JSON keeps
    // the keys.
    const FrameworkDefinition* definition = readiness ? readiness->framework : nullptr;
    const auto title = [definition](const QString& key) {
        const CriterionDefinition* criterion = definition ? definition->criterion(key) : nullptr;
        return criterion ? criterion->displayName() : key;
    };
    QStringList missing;
    if (readiness) {
        for (const QString& key : readiness->missing)
            missing << title(key);
    }
    //: %1 lead id, %2 framework (BANT), %3 a criterion's name (Budget), %4 its status
    //: (Confirmed), %5 the readiness percentage, %6 the criteria not yet confirmed
    context.out() << tr("lead %1: %2, %3: %4; %2 readiness %5 (missing: %6)")
                         .arg(lead.id)
                         .arg(answer.framework, title(answer.criterion),
                              answerStatusLabel(answer.status),
                              percent(readiness ? readiness->readiness : 0.0),
                              missing.isEmpty() ? tr("nothing")
                                                : missing.join(QStringLiteral(", ")))
                  << '\n';
    return ExitOk;
}

int runStage(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), tr("Target stage."), QStringLiteral("S"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Why (required for Nurture, Disqualified and overrides)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption override(QStringLiteral("override"),
                                      tr("A manager overriding the SQL readiness guard."));
    parser.addOptions({to, reason, override});
    const QString usage =
        QStringLiteral("stage LEAD [LEAD ...] --to MQL|SAL|SQL|Nurture|Disqualified|New [--reason "
                       "TEXT] [--override]");
    context.parse(parser, arguments, usage, 1, -1);
    if (!parser.isSet(to))
        usageError(tr("--to is required") + QLatin1Char('\n') + usagePrefix() + usage);
    const std::optional<Stage> target = stageFromName(parser.value(to));
    if (!target)
        badInput(tr("--to: unknown stage \"%1\" (MQL, SAL, SQL, Nurture, Disqualified or New)")
                     .arg(parser.value(to)));

    MoveRequest request;
    request.to = *target;
    request.reason = parseStageReason(parser.value(reason));
    request.override = parser.isSet(override);

    Workspace& workspace = context.workspace();
    LifecycleService lifecycle(workspace);
    // Several leads move together or not at all: the CLI keeps its one-transaction promise
    // even though the service itself would move the others past a refusal.
    QList<qint64> ids;
    for (const QString& key : parser.positionalArguments())
        ids << findLead(workspace, key).id;
    Transaction transaction(workspace);
    QList<StageChange> changes;
    if (ids.size() == 1) {
        Lead lead = *workspace.leads().find(ids.constFirst());
        changes << lifecycle.move(lead, request, context.user());
    } else {
        const BulkMoveResult result = lifecycle.moveMany(ids, request, context.user());
        if (!result.refused.isEmpty()) {
            QStringList lines;
            for (const BulkMoveResult::Refusal& refusal : result.refused)
                lines << refusal.decision.message;
            //: %1 how many of the leads named could not move (the reasons follow, one a line)
            badInput(QCoreApplication::translate("lb::cli",
                                                 "%1 of %Ln lead(s) refused; nothing was moved:\n",
                                                 nullptr, int(ids.size()))
                         .arg(result.refused.size()) +
                     lines.join(QLatin1Char('\n')));
        }
        for (qint64 id : result.moved) {
            const QList<StageChange> history = workspace.history().forLead(id);
            if (!history.isEmpty())
                changes << history.constLast();
        }
    }
    transaction.commit();

    if (context.format() == OutputFormat::Json) {
        QJsonArray moved;
        for (const StageChange& change : changes) {
            moved.append(QJsonObject{
                {QStringLiteral("lead"), change.leadId},
                {QStringLiteral("from"),
                 change.from ? QJsonValue(stageName(*change.from)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("to"), stageName(change.to)},
                {QStringLiteral("by"), change.by},
                {QStringLiteral("at"), toIsoUtc(change.at)},
                {QStringLiteral("reason"), change.reason},
                {QStringLiteral("override"), change.override}});
        }
        context.printJson(ids.size() == 1 ? QJsonValue(moved.at(0)) : QJsonValue(moved));
        return ExitOk;
    }
    for (const StageChange& change : changes) {
        context.out() << tr("lead %1: %2 -> %3")
                             .arg(change.leadId)
                             .arg(change.from ? stageLabel(*change.from) : QStringLiteral("-"),
                                  stageLabel(change.to));
        if (change.override)
            //: %1 the reason given for the override
            context.out() << ' ' << tr("(override: %1)").arg(displayStoredReason(change.reason));
        else if (!change.reason.isEmpty())
            //: %1 the reason given
            context.out() << ' ' << tr("(reason: %1)").arg(displayStoredReason(change.reason));
        context.out() << '\n';
    }
    return ExitOk;
}

int runConvert(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), tr("Use this existing account."),
                                     QStringLiteral("ID"));
    const QCommandLineOption newAccount(QStringLiteral("new-account"),
                                        tr("Always create a new account."));
    const QCommandLineOption opportunity(QStringLiteral("opportunity"),
                                         tr("Create an opportunity with this name."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    tr("Opportunity amount in the workspace currency."),
                                    QStringLiteral("X"));
    const QCommandLineOption closeDate(QStringLiteral("close-date"), tr("Expected close date."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        tr("Overwrite fields of an existing account or contact (default: fill empty ones)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show the plan; change nothing."));
    parser.addOptions({account, newAccount, opportunity, amount, closeDate, overwrite, dryRun});
    const QString usage =
        QStringLiteral("convert LEAD [--account ID|--new-account] [--opportunity NAME --amount X "
                       "--close-date YYYY-MM-DD] [--overwrite] [--dry-run]");
    context.parse(parser, arguments, usage, 1, 1);
    if (parser.isSet(account) && parser.isSet(newAccount))
        usageError(tr("--account and --new-account exclude each other") + QLatin1Char('\n') +
                   usagePrefix() + usage);
    if (!parser.isSet(opportunity) && (parser.isSet(amount) || parser.isSet(closeDate)))
        usageError(tr("--amount and --close-date need --opportunity") + QLatin1Char('\n') +
                   usagePrefix() + usage);

    ConversionOptions options;
    options.merge = parser.isSet(overwrite) ? MergePolicy::Overwrite : MergePolicy::FillEmpty;
    if (parser.isSet(newAccount))
        options.account = AccountChoice::New;
    if (parser.isSet(account)) {
        bool ok = false;
        options.accountId = parser.value(account).toLongLong(&ok);
        if (!ok || options.accountId <= 0)
            badInput(tr("--account: \"%1\" is not an account id").arg(parser.value(account)));
        options.account = AccountChoice::Existing;
    }
    if (parser.isSet(opportunity)) {
        OpportunityDraft draft;
        draft.name = parser.value(opportunity);
        if (parser.isSet(amount))
            draft.amount = parseAmount(parser.value(amount), QStringLiteral("--amount"));
        if (parser.isSet(closeDate)) {
            draft.closeDate = QDate::fromString(parser.value(closeDate).trimmed(), Qt::ISODate);
            if (!draft.closeDate.isValid())
                badInput(tr("--close-date: \"%1\" is not a date (YYYY-MM-DD)")
                             .arg(parser.value(closeDate)));
        }
        options.opportunity = draft;
    }

    Workspace& workspace = context.workspace();
    const Lead lead = findLead(workspace, parser.positionalArguments().constFirst());
    ConversionService service(workspace);
    ConversionPlan plan = service.plan(lead, options);
    ConversionResult result;
    if (!parser.isSet(dryRun))
        result = service.execute(plan, context.user());

    const bool dry = parser.isSet(dryRun);
    // What was written can differ from the preview: an account or contact it was to create may
    // have been made meanwhile by another conversion, and this one attached to it.
    if (!dry)
        plan = result.executed;
    if (context.format() == OutputFormat::Json) {
        auto fields = [](const QList<FieldChange>& changes) {
            QJsonArray array;
            for (const FieldChange& change : changes)
                array.append(QJsonObject{{QStringLiteral("field"), change.field},
                                         {QStringLiteral("current"), change.current},
                                         {QStringLiteral("proposed"), change.proposed},
                                         {QStringLiteral("write"), change.write}});
            return array;
        };
        context.printJson(QJsonObject{
            {QStringLiteral("lead"), lead.id},
            {QStringLiteral("dry_run"), dry},
            {QStringLiteral("account"),
             dry ? nullable(plan.createAccount ? std::nullopt : std::optional(plan.account.id))
                 : QJsonValue(result.link.accountId)},
            {QStringLiteral("account_created"), plan.createAccount},
            {QStringLiteral("account_match"), accountMatchName(plan.accountMatch)},
            {QStringLiteral("account_found_meanwhile"), result.accountFoundMeanwhile},
            {QStringLiteral("account_fields"), fields(plan.accountFields)},
            {QStringLiteral("contact"),
             dry ? nullable(plan.createContact ? std::nullopt : std::optional(plan.contact.id))
                 : QJsonValue(result.link.contactId)},
            {QStringLiteral("contact_created"), plan.createContact},
            {QStringLiteral("contact_found_meanwhile"), result.contactFoundMeanwhile},
            {QStringLiteral("contact_fields"), fields(plan.contactFields)},
            {QStringLiteral("opportunity"), nullable(result.link.opportunityId)},
            {QStringLiteral("currency"), plan.currency}});
        return ExitOk;
    }
    QTextStream& out = context.out();
    auto printFields = [&out](const QList<FieldChange>& changes) {
        for (const FieldChange& change : changes) {
            if (change.proposed.isEmpty() && change.current.isEmpty())
                continue;
            out << "    " << (change.write ? "* " : "  ") << change.label() << ": "
                << (change.current.isEmpty() ? QStringLiteral("-") : change.current);
            if (change.write)
                out << " -> " << change.proposed;
            out << '\n';
        }
    };
    QString accountText;
    if (plan.createAccount)
        accountText = tr("new account \"%1\"").arg(plan.accountFields.constFirst().proposed);
    else if (result.accountFoundMeanwhile)
        //: CLI convert: the preview said "new account", but another conversion created the
        //: account meanwhile and this one used it; %3 is how it was matched (domain, name)
        accountText = tr("account %1 \"%2\" (made meanwhile by another conversion; matched by %3)")
                          .arg(plan.account.id)
                          .arg(plan.account.name, matchText(plan.accountMatch));
    else
        //: %1 account id, %2 its name, %3 how it was found ("same e-mail domain")
        accountText = tr("account %1 \"%2\" (matched by %3)")
                          .arg(plan.account.id)
                          .arg(plan.account.name, matchText(plan.accountMatch));
    QString contactText;
    if (plan.createContact)
        contactText = dry ? tr("new contact") : tr("contact %1 (new)").arg(result.link.contactId);
    else if (result.contactFoundMeanwhile)
        //: CLI convert: another conversion created the contact meanwhile and this one used it
        contactText = tr("contact %1 (made meanwhile by another conversion, same e-mail)")
                          .arg(plan.contact.id);
    else
        contactText = tr("contact %1 (existing, same e-mail)").arg(plan.contact.id);
    out << (dry ? tr("Plan for lead %1 (nothing changed):").arg(lead.id)
                : tr("lead %1 converted:").arg(lead.id))
        << '\n';
    out << "  "
        << (dry || !plan.createAccount ? accountText
                                       : tr("account %1 (new)").arg(result.link.accountId))
        << '\n';
    printFields(plan.accountFields);
    out << "  " << contactText << '\n';
    printFields(plan.contactFields);
    if (plan.opportunity) {
        out << "  "
            << (dry ? tr("opportunity \"%1\"").arg(plan.opportunity->name)
                    : tr("opportunity %1 \"%2\"")
                          .arg(*result.link.opportunityId)
                          .arg(plan.opportunity->name));
        if (plan.opportunity->amount)
            out << ' ' << fmt::money(*plan.opportunity->amount, plan.currency, 2);
        if (plan.opportunity->closeDate.isValid())
            //: %1 the expected close date
            out << ' ' << tr("closing %1").arg(fmt::date(plan.opportunity->closeDate));
        out << '\n';
    }
    out << "  ";
    //: %1 a list of counts ("3 events, 2 answers and 1 note")
    out << tr("carried over: %1")
               .arg(
                   counts::list({counts::events(plan.eventCount), counts::answers(plan.answerCount),
                                 counts::notes(plan.noteCount)}))
        << '\n';
    return ExitOk;
}

} // namespace lb::cli
