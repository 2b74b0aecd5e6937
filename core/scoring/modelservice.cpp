#include "scoring/modelservice.h"

#include "scoring/modelparser.h"
#include "scoring/scorer.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace lb::scoring {

namespace {

ScoringModel parseOrThrow(const QByteArray& json, const QString& context)
{
    ModelParseResult result = parseScoringModel(json);
    if (!result.ok()) {
        if (!context.isEmpty()) {
            for (QString& problem : result.problems)
                problem = context + QStringLiteral(": ") + problem;
        }
        throw ModelError(result.problems);
    }
    return *result.model;
}

// A stored model was valid when it was stored; one that no longer reads (edited by hand, or
// from a newer Leadbench) is a problem of the workspace, reported as a store error.
ActiveModel fromStored(const StoredScoringModel& stored)
{
    try {
        return {stored, parseOrThrow(stored.definition, {})};
    } catch (const ModelError& error) {
        throw StoreError(
            StoreError::Kind::Invalid,
            //: %1 the model id, %2 its name, %3 the problems found
            QCoreApplication::translate("lb::ScoringModel",
                                        "the stored scoring model %1 (\"%2\") is not valid: %3")
                .arg(stored.id)
                .arg(stored.name, error.problems().join(QStringLiteral("; "))));
    }
}

} // namespace

QByteArray defaultModelJson()
{
    QFile file(QStringLiteral(":/leadbench/models/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Kind::Io,
            QCoreApplication::translate("lb::ScoringModel",
                                        "the default scoring model is missing from this build"));
    return file.readAll();
}

ScoringModel defaultModel()
{
    return parseOrThrow(defaultModelJson(),
                        QCoreApplication::translate("lb::ScoringModel", "default scoring model"));
}

ActiveModel activeModel(Workspace& workspace)
{
    const auto store = workspace.scoreStore();
    if (const auto stored = store->activeModel())
        return fromStored(*stored);
    ActiveModel active;
    active.model = defaultModel();
    active.stored.name = active.model.name;
    active.stored.definition = defaultModelJson();
    return active;
}

EditableModel editableActiveModel(Workspace& workspace)
{
    const auto stored = workspace.scoreStore()->activeModel();
    if (!stored)
        return {defaultModel(), {}};
    ModelParseResult result = parseScoringModel(stored->definition);
    if (result.ok())
        return {std::move(*result.model), {}};
    return {std::move(result.readable), std::move(result.problems)};
}

ActiveModel ensureActiveModel(Workspace& workspace)
{
    const auto store = workspace.scoreStore();
    if (const auto stored = store->activeModel())
        return fromStored(*stored);
    ActiveModel active;
    active.model = defaultModel();
    active.stored.name = active.model.name;
    active.stored.definition = defaultModelJson();
    active.stored.author = QStringLiteral("Leadbench");
    store->addActiveModel(active.stored);
    return active;
}

ActiveModel importModel(Workspace& workspace, const QByteArray& json, const QString& author)
{
    ActiveModel active;
    active.model = parseOrThrow(json, {});
    active.stored.name = active.model.name;
    active.stored.definition = json;
    active.stored.author = author;
    workspace.scoreStore()->addActiveModel(active.stored);
    return active;
}

QList<StoredScoringModel> modelHistory(Workspace& workspace)
{
    return workspace.scoreStore()->models();
}

ScoreResult explainLead(Workspace& workspace, const Lead& lead, const QDateTime& asOf)
{
    return explainLead(activeModel(workspace).model, lead, workspace.events().forLead(lead.id),
                       asOf);
}

ScoreResult explainLead(const ScoringModel& model, const Lead& lead, const QList<Event>& events,
                        const QDateTime& asOf)
{
    const Scorer scorer(model);
    return scorer.score(lead, events, asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc());
}

namespace {

// The stored row of the model behind a lead's score: by its id, else the active one (never
// scored, or scored by a model since removed); nothing while the default is not stored.
std::optional<StoredScoringModel> storedModelOf(ScoreStore& store, const Lead& lead)
{
    std::optional<StoredScoringModel> stored;
    if (lead.score.modelId != 0)
        stored = store.model(lead.score.modelId);
    if (!stored)
        stored = store.activeModel();
    return stored;
}

} // namespace

ActiveModel modelOfStoredScore(Workspace& workspace, const Lead& lead)
{
    const auto store = workspace.scoreStore();
    const auto stored = storedModelOf(*store, lead);
    return stored ? fromStored(*stored) : activeModel(workspace);
}

QDateTime momentOfStoredScore(const Lead& lead)
{
    return lead.score.scoredAt.isValid() ? lead.score.scoredAt : QDateTime::currentDateTimeUtc();
}

Lead leadAsScored(const Lead& lead)
{
    Lead scored = lead;
    if (lead.score.scoredStage)
        scored.stage = *lead.score.scoredStage;
    return scored;
}

ScoreResult explainStoredScore(Workspace& workspace, const Lead& lead)
{
    // Compiling a model costs more than reading its row: keep the last one per thread, and
    // recompile only when the definition read differs (another model, another workspace).
    struct Cached
    {
        QByteArray definition;
        std::unique_ptr<Scorer> scorer;
    };
    thread_local Cached cached;
    const auto store = workspace.scoreStore();
    const auto stored = storedModelOf(*store, lead);
    const QByteArray definition = stored ? stored->definition : defaultModelJson();
    if (!cached.scorer || cached.definition != definition) {
        const ActiveModel model = stored ? fromStored(*stored) : activeModel(workspace);
        cached.definition = definition;
        cached.scorer = std::make_unique<Scorer>(model.model);
    }
    const QDateTime moment = momentOfStoredScore(lead);
    return cached.scorer->score(
        leadAsScored(lead), eventsCountedAsOf(workspace, cached.scorer->model(), lead.id, moment),
        moment);
}

QList<Event> eventsCountedAsOf(Workspace& workspace, const ScoringModel& model, qint64 leadId,
                               const QDateTime& asOf)
{
    const qint64 asOfMs = eventTimeOf(asOf);
    return workspace.events().forLeadBetween(leadId, earliestCountedAt(model, asOfMs), asOfMs);
}

} // namespace lb::scoring
