#pragma once

#include "util/usererror.h"

#include "model/event.h"
#include "model/lead.h"
#include "scoring/scoreresult.h"
#include "scoring/scoringmodel.h"
#include "store/scorestore.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <stdexcept>

namespace lb {
class Workspace;
}

namespace lb::scoring {

// A model that was refused, with every problem as "path: message".
class ModelError : public UserError
{
public:
    explicit ModelError(QStringList problems)
        : UserError(problems.join(u'\n')), m_problems(std::move(problems))
    {
    }
    const QStringList& problems() const { return m_problems; }

private:
    QStringList m_problems;
};

// The model a workspace scores with: its stored row (id 0 while the shipped default has not
// been stored yet) and the parsed model.
struct ActiveModel
{
    StoredScoringModel stored;
    ScoringModel model;
};

// The shipped default model (resources/models/default.json).
QByteArray defaultModelJson();
ScoringModel defaultModel();

// The active model, without writing: the shipped default (id 0) when none is stored. A stored
// model that no longer reads throws StoreError (Invalid).
ActiveModel activeModel(Workspace& workspace);
// The active model for the editor: like activeModel(), but a stored model that no longer reads
// (stored by an older Leadbench that let through what is refused now, such as points of 1e308)
// comes as far as it reads, with its problems, so that the user can fix it.
struct EditableModel
{
    ScoringModel model;
    QStringList problems; // empty: `model` is valid
};
EditableModel editableActiveModel(Workspace& workspace);
// The active model, storing the shipped default as active first when none is stored.
ActiveModel ensureActiveModel(Workspace& workspace);
// Validates `json` and stores it as the new active model (the older ones stay as history).
// Throws ModelError listing every problem; then nothing is written. Does not rescore: see
// importModelAndRescore() in rescorer.h.
ActiveModel importModel(Workspace& workspace, const QByteArray& json, const QString& author);
// Every stored model, newest first.
QList<StoredScoringModel> modelHistory(Workspace& workspace);

// One lead's score with explanation as of `asOf`, with the active model and its stored events
// (for `show` and the GUI). Writes nothing.
ScoreResult explainLead(Workspace& workspace, const Lead& lead, const QDateTime& asOf);
ScoreResult explainLead(const ScoringModel& model, const Lead& lead, const QList<Event>& events,
                        const QDateTime& asOf);
// The explanation of the lead's stored score: with the model that produced it (by its
// score_model_id) as of its scored_at; a lead never scored is explained with the active model
// as of now. Cheap to call for many leads in a row (the compiled model is kept per thread).
ScoreResult explainStoredScore(Workspace& workspace, const Lead& lead);
// The model and moment of a lead's stored score (the active model and now when never scored):
// explaining a lead with them gives its stored score.
ActiveModel modelOfStoredScore(Workspace& workspace, const Lead& lead);
QDateTime momentOfStoredScore(const Lead& lead);
// The lead as its stored score saw it: with the stage it was scored in (a rescore's own move to
// MQL, or a later move by hand, leaves the score as it was made).
Lead leadAsScored(const Lead& lead);
// The lead's events that can count as of `asOf` under the model's window: what explaining a
// score needs, and no more (a lead may have a million events).
QList<Event> eventsCountedAsOf(Workspace& workspace, const ScoringModel& model, qint64 leadId,
                               const QDateTime& asOf);

} // namespace lb::scoring
