// assign and log: the SDR's day (issue 21) — owners and logged touches.
#include "commands/clihelp.h"
#include "commands/commands.h"

#include "leads/ownership.h"
#include "leads/touches.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace lb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString touchTypeKeys()
{
    return QStringLiteral("call, email, meeting, note");
}

// "2026-11-22T12:00:00Z", with an offset ("+02:00"), or without one (the computer's time).
QDateTime parseMoment(const QString& text)
{
    const QDateTime moment = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

} // namespace

int runAssign(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), tr("The new owner of every lead."),
                                QStringLiteral("USER"));
    const QCommandLineOption roundRobin(QStringLiteral("round-robin"),
                                        tr("Owners to deal the leads out to in turn."),
                                        QStringLiteral("U1,U2,..."));
    parser.addOptions({to, roundRobin});
    const QString usage =
        QStringLiteral("assign LEAD [LEAD ...] --to USER | --round-robin U1,U2,...");
    context.parse(parser, arguments, usage, 1, -1);
    if (parser.isSet(to) == parser.isSet(roundRobin))
        usageError(tr("give either --to or --round-robin") + QLatin1Char('\n') + usagePrefix() +
                   usage);
    const QStringList owners = parser.isSet(to) ? QStringList{parser.value(to).trimmed()}
                                                : parser.value(roundRobin).split(QLatin1Char(','));
    QStringList names;
    for (const QString& owner : owners) {
        if (owner.trimmed().isEmpty())
            //: %1 the list of owners given
            badInput(tr("an owner's name is empty in \"%1\"")
                         .arg(parser.isSet(to) ? parser.value(to) : parser.value(roundRobin)));
        names << owner.trimmed();
    }

    Workspace& workspace = context.workspace();
    QList<qint64> ids;
    for (const QString& key : parser.positionalArguments()) {
        const std::optional<Lead> lead = workspace.leads().findByIdOrEmail(key);
        if (!lead)
            badInput(tr("no lead with id or e-mail \"%1\"").arg(key));
        ids << lead->id;
    }
    const QList<OwnerChange> changes =
        OwnershipService(workspace).assignRoundRobin(ids, names, context.user());
    if (context.format() == OutputFormat::Json) {
        QJsonArray assigned;
        for (const OwnerChange& change : changes)
            assigned.append(QJsonObject{{QStringLiteral("lead"), change.leadId},
                                        {QStringLiteral("from"), textOrNull(change.from)},
                                        {QStringLiteral("to"), change.to}});
        context.printJson(QJsonObject{{QStringLiteral("assigned"), assigned},
                                      {QStringLiteral("unchanged"), ids.size() - changes.size()}});
        return ExitOk;
    }
    for (const OwnerChange& change : changes)
        //: One line per assigned lead: %1 the lead's id, %2 its old owner, %3 the new one
        context.out() << tr("lead %1: %2 -> %3")
                             .arg(change.leadId)
                             .arg(change.from.isEmpty() ? QStringLiteral("-") : change.from,
                                  change.to)
                      << '\n';
    context.out() << QCoreApplication::translate("lb::cli", "Assigned %n lead(s)", nullptr,
                                                 int(changes.size()))
                  << '\n';
    return ExitOk;
}

int runLog(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), tr("call, email, meeting or note."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     tr("How a call went: connected, voicemail or no-answer."),
                                     QStringLiteral("O"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("When it happened (default: now), e.g. 2026-11-22T09:30:00Z."),
                                QStringLiteral("T"));
    const QCommandLineOption note(QStringLiteral("note"), tr("What was said or done."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({type, outcome, at, note});
    const QString usage = QStringLiteral("log LEAD --type call|email|meeting|note [--outcome "
                                         "connected|voicemail|no-answer] [--at T] [--note TEXT]");
    context.parse(parser, arguments, usage, 1, 1);
    if (!parser.isSet(type))
        usageError(tr("--type is required") + QLatin1Char('\n') + usagePrefix() + usage);
    TouchInput input;
    const std::optional<TouchType> touchType = touchTypeFromKey(parser.value(type));
    if (!touchType)
        //: %1 the value given, %2 the values allowed
        badInput(tr("--type: \"%1\" is not %2").arg(parser.value(type), touchTypeKeys()));
    input.type = *touchType;
    if (parser.isSet(outcome)) {
        input.outcome = touchOutcomeFromKey(parser.value(outcome));
        if (!input.outcome)
            badInput(tr("--outcome: \"%1\" is not connected, voicemail or no-answer")
                         .arg(parser.value(outcome)));
    }
    if (parser.isSet(at)) {
        input.at = parseMoment(parser.value(at));
        if (!input.at.isValid())
            badInput(tr("--at: \"%1\" is not a moment such as 2026-11-22T09:30:00Z")
                         .arg(parser.value(at)));
    }
    input.note = parser.value(note);

    Workspace& workspace = context.workspace();
    const QString key = parser.positionalArguments().constFirst();
    const std::optional<Lead> lead = workspace.leads().findByIdOrEmail(key);
    if (!lead)
        badInput(tr("no lead with id or e-mail \"%1\"").arg(key));
    TouchService touches(workspace);
    const Touch touch = touches.log(lead->id, input, context.user());
    if (context.format() == OutputFormat::Json) {
        context.printJson(touchJson(touch));
        return ExitOk;
    }
    //: After `log`: %1 the touch's label (Call), %2 the lead's name, %3 when it happened
    context.out() << tr("Logged %1 with %2 at %3")
                         .arg(touchTypeLabel(touch.type), lead->displayName(), toIsoUtc(touch.at))
                  << '\n';
    return ExitOk;
}

QJsonObject touchJson(const Touch& touch)
{
    return QJsonObject{{QStringLiteral("id"), touch.id},
                       {QStringLiteral("lead"), touch.leadId},
                       {QStringLiteral("at"), toIsoUtc(touch.at)},
                       {QStringLiteral("type"), touchTypeKey(touch.type)},
                       {QStringLiteral("outcome"), touch.outcome
                                                       ? QJsonValue(touchOutcomeKey(*touch.outcome))
                                                       : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("note"), touch.note},
                       {QStringLiteral("by"), touch.by},
                       {QStringLiteral("logged_at"), toIsoUtc(touch.loggedAt)}};
}

void addSdrJson(Workspace& workspace, qint64 leadId, QJsonObject& object)
{
    TouchService touches(workspace);
    QJsonArray list;
    for (const Touch& touch : touches.forLead(leadId))
        list.append(touchJson(touch));
    object.insert(QStringLiteral("touches"), list);
    const std::optional<QDateTime> first = touches.firstTouchAt(leadId);
    object.insert(QStringLiteral("first_touch_at"),
                  first ? QJsonValue(toIsoUtc(*first)) : QJsonValue(QJsonValue::Null));
    QJsonArray owners;
    for (const OwnerChange& change : OwnershipService(workspace).history(leadId))
        owners.append(QJsonObject{{QStringLiteral("at"), toIsoUtc(change.at)},
                                  {QStringLiteral("from"), textOrNull(change.from)},
                                  {QStringLiteral("to"), textOrNull(change.to)},
                                  {QStringLiteral("by"), change.by}});
    object.insert(QStringLiteral("owner_history"), owners);
}

void printSdrDetails(QTextStream& out, const QJsonObject& json)
{
    const QJsonArray touches = json.value(QStringLiteral("touches")).toArray();
    out << '\n' << tr("Touches:") << '\n';
    if (touches.isEmpty())
        out << "  " << tr("none logged yet") << '\n';
    for (const QJsonValueConstRef value : touches) {
        const QJsonObject touch = value.toObject();
        const std::optional<TouchType> touchType =
            touchTypeFromKey(touch.value(QStringLiteral("type")).toString());
        const std::optional<TouchOutcome> touchOutcome =
            touchOutcomeFromKey(touch.value(QStringLiteral("outcome")).toString());
        out << "  " << touch.value(QStringLiteral("at")).toString() << "  "
            << (touchType ? touchTypeLabel(*touchType) : QString());
        if (touchOutcome)
            out << " (" << touchOutcomeLabel(*touchOutcome) << ')';
        out << "  " << touch.value(QStringLiteral("by")).toString();
        const QString note = touch.value(QStringLiteral("note")).toString();
        if (!note.isEmpty())
            out << "  " << note;
        out << '\n';
    }
    const QJsonArray owners = json.value(QStringLiteral("owner_history")).toArray();
    if (owners.isEmpty())
        return;
    out << '\n' << tr("Owner changes:") << '\n';
    for (const QJsonValueConstRef value : owners) {
        const QJsonObject change = value.toObject();
        const auto name = [&](const char* field) {
            const QJsonValue owner = change.value(QLatin1String(field));
            return owner.isNull() ? QStringLiteral("-") : owner.toString();
        };
        out << "  " << change.value(QStringLiteral("at")).toString() << "  " << name("from")
            << " -> " << name("to") << "  " << change.value(QStringLiteral("by")).toString()
            << '\n';
    }
}

} // namespace lb::cli
