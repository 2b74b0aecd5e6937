#include "commands/leadjson.h"

#include "commands/commands.h"

#include "model/leadfields.h"
#include "qualification/qualificationjson.h"
#include "scoring/modelservice.h"
#include "store/workspace.h"
#include "util/isotime.h"

#include <QJsonArray>

namespace lb::cli {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray historyJson(Workspace& workspace, const Lead& lead)
{
    QJsonArray history;
    for (const StageChange& change : workspace.history().forLead(lead.id)) {
        history.append(
            QJsonObject{{QStringLiteral("at"), toIsoUtc(change.at)},
                        {QStringLiteral("from"), change.from ? QJsonValue(stageName(*change.from))
                                                             : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("to"), stageName(change.to)},
                        {QStringLiteral("by"), change.by},
                        {QStringLiteral("reason"), change.reason},
                        {QStringLiteral("override"), change.override}});
    }
    return history;
}

QJsonArray eventsJson(Workspace& workspace, const Lead& lead, qint64 limit)
{
    QJsonArray events;
    for (const Event& event : workspace.events().newestForLead(lead.id, limit)) {
        events.append(QJsonObject{
            {QStringLiteral("type"), event.type},
            // Milliseconds where the event has them (issue 17).
            {QStringLiteral("at"), toIsoUtcExact(momentOfEventTime(event.occurredAtMs))},
            {QStringLiteral("detail"), event.detail}});
    }
    return events;
}

// A field's value: numbers as numbers, the stage by its key, other text as text; null when empty.
QJsonValue fieldJson(const Lead& lead, const LeadFieldSpec& spec)
{
    if (spec.wholeNumber) {
        const std::optional<qint64>& value = lead.*spec.wholeNumber;
        return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
    }
    if (spec.number) {
        const std::optional<double>& value = lead.*spec.number;
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    }
    return textOrNull(leadFieldText(lead, spec));
}

} // namespace

QJsonObject scoreJson(Workspace& workspace, const Lead& lead)
{
    // The rules behind the stored score, by the model that produced it (docs/spec/cli.md).
    const scoring::ScoreResult explained = scoring::explainStoredScore(workspace, lead);
    QJsonArray explanation;
    for (const scoring::Contribution& part : explained.explanation) {
        QJsonObject line{{QStringLiteral("rule"), part.rule},
                         {QStringLiteral("label"), part.label},
                         {QStringLiteral("points"), part.points}};
        // A trim by a cap, fit.max or behavior.max: the lines add up to the parts.
        if (part.kind == scoring::Contribution::Kind::Cap) {
            line.insert(QStringLiteral("kind"), QStringLiteral("cap"));
            line.insert(QStringLiteral("bound"), part.bound);
        }
        explanation.append(line);
    }
    // Rules the regular expression engine gave up on for this lead: they count nothing, and
    // say so rather than pass for "did not hold".
    QJsonArray unevaluated;
    for (const scoring::Contribution& part : explained.unevaluated)
        unevaluated.append(QJsonObject{{QStringLiteral("rule"), part.rule},
                                       {QStringLiteral("label"), part.label},
                                       {QStringLiteral("points"), part.points}});
    return QJsonObject{{QStringLiteral("total"), lead.score.total},
                       {QStringLiteral("fit"), lead.score.fit},
                       {QStringLiteral("behavior"), lead.score.behavior},
                       {QStringLiteral("grade"), textOrNull(lead.score.grade)},
                       {QStringLiteral("scored_at"), textOrNull(toIsoUtc(lead.score.scoredAt))},
                       {QStringLiteral("explanation"), explanation},
                       {QStringLiteral("unevaluated"), unevaluated}};
}

QJsonObject frameworksJson(Workspace& workspace, const Lead& lead)
{
    // The qualification core builds it (issue 5); see qualification/qualificationjson.h.
    QualificationService qualification(workspace);
    return lb::frameworksJson(qualification.load(lead.id));
}

QJsonObject leadJson(Workspace& workspace, const Lead& lead, bool full, qint64 eventLimit)
{
    QJsonObject object{
        {QStringLiteral("id"), lead.id},
        {QStringLiteral("stage_changed_at"), toIsoUtc(lead.stageChangedAt)},
        {QStringLiteral("last_activity_at"), textOrNull(toIsoUtc(lead.lastActivityAt))},
        {QStringLiteral("version"), lead.version},
        {QStringLiteral("score"), scoreJson(workspace, lead)},
    };
    // The standard fields by their keys (model/leadfields.cpp); `list` leaves out the long ones.
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        if (full || spec.has(LeadFieldFlag::ShortJson))
            object.insert(QString::fromLatin1(spec.key), fieldJson(lead, spec));
    }
    QJsonObject custom;
    for (auto it = lead.custom.cbegin(); it != lead.custom.cend(); ++it)
        custom.insert(it.key(), it.value());
    object.insert(QStringLiteral("custom"), custom);
    QJsonValue converted(QJsonValue::Null);
    if (lead.converted) {
        converted =
            QJsonObject{{QStringLiteral("account"), lead.converted->accountId},
                        {QStringLiteral("contact"), lead.converted->contactId},
                        {QStringLiteral("opportunity"),
                         lead.converted->opportunityId ? QJsonValue(*lead.converted->opportunityId)
                                                       : QJsonValue(QJsonValue::Null)}};
    }
    object.insert(QStringLiteral("converted"), converted);
    if (full) {
        object.insert(QStringLiteral("frameworks"), frameworksJson(workspace, lead));
        object.insert(QStringLiteral("events"), eventsJson(workspace, lead, eventLimit));
        object.insert(QStringLiteral("events_total"), workspace.events().countForLead(lead.id));
        object.insert(QStringLiteral("history"), historyJson(workspace, lead));
        addSdrJson(workspace, lead.id, object);
    }
    return object;
}

} // namespace lb::cli
