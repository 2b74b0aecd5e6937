#pragma once

#include "model/stage.h"
#include "scoring/leadfacts.h"
#include "scoring/scoringmodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace lb {

class Workspace;

// One saved scoring model. Every import keeps a new row, so the history of models stays; the
// scores of a lead name the model they came from.
struct StoredScoringModel
{
    qint64 id = 0;
    QString name;
    QByteArray definition; // the JSON document as it was imported
    QDateTime createdAt;
    QString author;
    bool active = false;
};

// What the scorer reads of the leads: the fields named (scoring field names such as "title",
// "owner", "custom.tier"), and the events of the listed types within [eventsFrom, eventsTo]
// (milliseconds since the Unix epoch, UTC, as event times are kept).
struct ScoringScan
{
    QStringList fields;
    QStringList eventTypes;
    qint64 eventsFrom = 0;
    qint64 eventsTo = 0;
    // Read events of every type: types met are added to the reader's eventTypes() in turn.
    bool anyEventType = false;
};

// A lead as read for scoring: its facts in ScoringScan::fields order, its stored score, and
// its events as [eventBegin, eventEnd) of the batch's event list.
struct ScoringLead
{
    qint64 id = 0;
    Stage stage = Stage::New;
    int total = 0;
    int fit = 0;
    int behavior = 0;
    QString grade;
    qint64 modelId = 0;
    size_t factBegin = 0; // facts[factBegin, factBegin + fields) of the batch
    size_t eventBegin = 0;
    size_t eventEnd = 0;
};

struct ScoringBatch
{
    std::vector<ScoringLead> leads;
    std::vector<scoring::FactValue> facts;
    std::vector<scoring::EventFact> events;
    // The code space of the facts' codes (FactValue::code); 0 when they carry none.
    quint64 codeSpace = 0;

    void clear()
    {
        leads.clear();
        facts.clear();
        events.clear();
    }
};

// Reads leads for scoring in id order. A reader belongs to one thread.
class ScoringReader
{
public:
    virtual ~ScoringReader() = default;
    // Appends the leads with firstId <= id <= lastId.
    virtual void readRange(qint64 firstId, qint64 lastId, ScoringBatch& batch) = 0;
    // The event types EventFact::type indexes: the scan's, then those met (anyEventType).
    virtual QStringList eventTypes() const = 0;
};

// A new score for a lead; `promotionReason` non-empty moves it from New to MQL.
struct ScoreWrite
{
    qint64 leadId = 0;
    int total = 0;
    int fit = 0;
    int behavior = 0;
    QString grade;
    QString promotionReason;
    // False when the total is the stored one: the write then leaves the score indexes alone.
    bool totalChanged = true;
};

struct LeadIdSpan
{
    qint64 first = 0;
    qint64 last = -1;
    qint64 count = 0;
};

// The store side of scoring: model history and the fast paths of a rescore.
class ScoreStore
{
public:
    virtual ~ScoreStore() = default;

    virtual std::optional<StoredScoringModel> activeModel() = 0;
    virtual std::optional<StoredScoringModel> model(qint64 id) = 0;
    // Newest first.
    virtual QList<StoredScoringModel> models() = 0;
    // Stores the model as the active one (the others stay as history); sets id and createdAt.
    virtual void addActiveModel(StoredScoringModel& model) = 0;

    virtual LeadIdSpan leadIdSpan() = 0;
    // A reader on the workspace's own connection: sees the open transaction.
    virtual std::unique_ptr<ScoringReader> reader(const ScoringScan& scan) = 0;
    // A reader of its own (a second connection), for a worker thread. It sees only committed
    // data: use it when the open transaction (if any) changed no lead or event. Returns
    // nullptr when the backend cannot give one (the file cannot be opened a second time).
    virtual std::unique_ptr<ScoringReader> committedDataReader(const ScoringScan& scan) = 0;
    // Whether a transaction is open on the workspace's connection.
    virtual bool inTransaction() const = 0;

    // Writes scores (and promotions with their history rows) on the workspace's connection,
    // inside its open transaction. `actor` is the model's name.
    virtual void writeScores(const std::vector<ScoreWrite>& writes, qint64 modelId,
                             const QDateTime& scoredAt, const QString& actor) = 0;
    // Records that a rescore visited every lead with firstId <= id <= lastId: their stored
    // scores are as of `scoredAt`, made with their current stage, whether or not they changed
    // (the explanation of a score is computed as of its moment). Call before writeScores().
    virtual void markScored(qint64 firstId, qint64 lastId, const QDateTime& scoredAt) = 0;

    // Says that the rescore in the open transaction will change most totals, so the backend
    // may write them in bulk (SQLite drops the indexes on the score and builds them again
    // from the final scores, half the cost of keeping them up to date row by row).
    virtual void expectMostScoresToChange() = 0;
    // Ends what expectMostScoresToChange() began; a rescore calls it before it commits.
    virtual void finishWrites() = 0;
};

} // namespace lb
