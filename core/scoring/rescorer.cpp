#include "scoring/rescorer.h"

#include "lifecycle/stagemachine.h"

#include "scoring/modelservice.h"
#include "scoring/scorer.h"
#include "store/scorestore.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace lb::scoring {

namespace {

// Ids per unit of work: large enough that the per-range queries cost nothing, small enough
// that progress and cancel stay responsive and a few units fit in memory.
constexpr qint64 chunkIds = 8192;
constexpr size_t maxQueuedChunks = 8;

QString phaseText()
{
    return QCoreApplication::translate("lb::scoring", "Scoring leads");
}

// Everything a rescore needs to decide about one lead, shared by every worker.
struct Job
{
    const ActiveModel* model = nullptr;
    qint64 asOf = 0; // milliseconds since the Unix epoch, UTC, as event times are
};

struct ChunkResult
{
    qint64 firstId = 0; // the ids the chunk visited: every lead in [firstId, lastId]
    qint64 lastId = -1;
    std::vector<ScoreWrite> writes;
    qint64 scored = 0;
    qint64 promoted = 0;
    qint64 totalsChanged = 0;
};

// Decides from the first results whether a rescore changes so many totals that the indexes
// on the score are cheaper rebuilt once than updated row by row. Measured at a million leads:
// keeping them costs about 13 us per changed total, rebuilding them about 6 us per lead.
class ScoreIndexPolicy
{
public:
    ScoreIndexPolicy(ScoreStore& store, qint64 leads) : m_store(store), m_leads(leads) {}

    // Call with each chunk before its scores are written.
    void observe(const ChunkResult& result)
    {
        if (m_decided)
            return;
        m_scored += result.scored;
        m_changed += result.totalsChanged;
        if (m_scored < sampleLeads && m_scored < m_leads)
            return;
        m_decided = true;
        if (m_leads >= minimumLeads && m_changed * 2 > m_scored)
            m_store.expectMostScoresToChange();
    }

    bool decided() const { return m_decided; }

private:
    static constexpr qint64 sampleLeads = 32768;
    static constexpr qint64 minimumLeads = 50000;
    ScoreStore& m_store;
    qint64 m_leads;
    qint64 m_scored = 0;
    qint64 m_changed = 0;
    bool m_decided = false;
};

// Writes the results of a rescore. The first ones are held back until the index policy has
// decided: written before, they would keep the score index up to date row by row (about 0.4 s
// at a million leads) just before it is dropped.
class ChunkWriter
{
public:
    ChunkWriter(ScoreStore& store, qint64 leads, const Job& job, const QDateTime& scoredAt)
        : m_store(store), m_policy(store, leads), m_job(job), m_scoredAt(scoredAt)
    {
    }

    void write(ChunkResult&& result)
    {
        m_policy.observe(result);
        if (!m_policy.decided()) {
            m_held.push_back(std::move(result));
            return;
        }
        finish();
        writeNow(result);
    }

    // Writes what is held; call once every result has been given.
    void finish()
    {
        for (const ChunkResult& held : m_held)
            writeNow(held);
        m_held.clear();
    }

private:
    void writeNow(const ChunkResult& result)
    {
        if (result.firstId <= result.lastId)
            m_store.markScored(result.firstId, result.lastId, m_scoredAt);
        m_store.writeScores(result.writes, m_job.model->stored.id, m_scoredAt,
                            m_job.model->stored.name);
    }

    ScoreStore& m_store;
    ScoreIndexPolicy m_policy;
    const Job& m_job;
    QDateTime m_scoredAt;
    std::vector<ChunkResult> m_held;
};

// Scores a batch and keeps only the leads whose stored score changes or that move to MQL.
void scoreBatch(const Job& job, const Scorer& scorer, const ScoringBatch& batch,
                ChunkResult& result)
{
    const size_t fieldCount = size_t(scorer.fields().size());
    const qint64 modelId = job.model->stored.id;
    for (const ScoringLead& lead : batch.leads) {
        const std::span<const FactValue> facts(batch.facts.data() + lead.factBegin, fieldCount);
        const std::span<const EventFact> events(batch.events.data() + lead.eventBegin,
                                                lead.eventEnd - lead.eventBegin);
        const ScoreResult score = scorer.score(facts, events, job.asOf, false, batch.codeSpace);
        ++result.scored;
        const bool promote = scorer.promotes(lead.stage, score.total);
        if (!promote && score.total == lead.total && score.fit == lead.fit &&
            score.behavior == lead.behavior && score.grade == lead.grade && modelId == lead.modelId)
            continue;
        ScoreWrite write{lead.id,
                         score.total,
                         score.fit,
                         score.behavior,
                         score.grade,
                         {},
                         score.total != lead.total};
        result.totalsChanged += write.totalChanged ? 1 : 0;
        if (promote) {
            write.promotionReason =
                StageMachine::scorePromotionReason(score.total, job.model->model.mqlThreshold);
            ++result.promoted;
        }
        result.writes.push_back(std::move(write));
    }
}

ScoringScan scanFor(const Scorer& scorer, qint64 asOf)
{
    return {scorer.fields(), scorer.eventTypes(), scorer.earliestCountedAt(asOf), asOf};
}

// The moment a rescore is as of, decided once: to the whole second, as scored_at keeps it, so
// that the explanation computed as of scored_at is that of the stored score.
QDateTime momentOf(const QDateTime& asOf)
{
    const QDateTime moment = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(moment.toSecsSinceEpoch(), Qt::UTC);
}

// `moment` from momentOf().
Job makeJob(const ActiveModel& model, const QDateTime& moment)
{
    Job job;
    job.model = &model;
    job.asOf = eventTimeOf(moment); // compared with event times, in milliseconds
    return job;
}

// Reads, scores and writes on the calling thread, through the workspace's own connection:
// sees the caller's uncommitted changes.
RescoreSummary rescoreSerial(ScoreStore& store, const ActiveModel& model, const QDateTime& asOf,
                             const QList<std::pair<qint64, qint64>>& ranges, qint64 expected,
                             JobControl* jobControl, bool everyLead)
{
    const Job job = makeJob(model, asOf);
    const Scorer scorer(model.model);
    const auto reader = store.reader(scanFor(scorer, job.asOf));
    RescoreSummary summary;
    summary.modelId = model.stored.id;
    // Rebuilding the score indexes costs the same for one lead as for all: only a rescore of
    // every lead may choose it.
    ChunkWriter writer(store, everyLead ? expected : 0, job, asOf);
    ScoringBatch batch;
    for (const auto& [first, last] : ranges) {
        for (qint64 from = first; from <= last; from += chunkIds) {
            if (jobControl)
                jobControl->checkCancelled();
            batch.clear();
            ChunkResult result;
            result.firstId = from;
            result.lastId = std::min(last, from + chunkIds - 1);
            reader->readRange(result.firstId, result.lastId, batch);
            scoreBatch(job, scorer, batch, result);
            summary.scored += result.scored;
            summary.promoted += result.promoted;
            writer.write(std::move(result));
            if (jobControl)
                jobControl->report(summary.scored, expected, phaseText());
        }
    }
    writer.finish();
    return summary;
}

// Worker threads read (each on its own read-only connection) and score id ranges; the calling
// thread writes their results in its transaction as they come.
class ParallelRescore
{
public:
    ParallelRescore(ScoreStore& store, const ActiveModel& model, const QDateTime& asOf,
                    LeadIdSpan span, int workers)
        : m_store(store), m_job(makeJob(model, asOf)), m_span(span),
          m_chunks((span.last - span.first) / chunkIds + 1)
    {
        for (int i = 0; i < workers; ++i) {
            auto scorer = std::make_unique<Scorer>(model.model);
            auto reader = store.committedDataReader(scanFor(*scorer, m_job.asOf));
            if (!reader)
                break;
            m_scorers.push_back(std::move(scorer));
            m_readers.push_back(std::move(reader));
        }
    }

    ~ParallelRescore() { stop(); }

    bool usable() const { return !m_readers.empty(); }

    RescoreSummary run(const QDateTime& scoredAt, JobControl* jobControl)
    {
        m_running = int(m_readers.size());
        for (size_t i = 0; i < m_readers.size(); ++i)
            m_threads.emplace_back([this, i] { work(i); });
        RescoreSummary summary;
        summary.modelId = m_job.model->stored.id;
        ChunkWriter writer(m_store, m_span.count, m_job, scoredAt);
        for (;;) {
            ChunkResult result;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock,
                             [this] { return !m_queue.empty() || m_running == 0 || m_error; });
                if (m_error)
                    std::rethrow_exception(m_error);
                if (m_queue.empty())
                    break;
                result = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_space.notify_one();
            summary.scored += result.scored;
            summary.promoted += result.promoted;
            writer.write(std::move(result));
            if (jobControl) {
                jobControl->report(summary.scored, m_span.count, phaseText());
                jobControl->checkCancelled();
            }
        }
        stop();
        writer.finish();
        return summary;
    }

private:
    void work(size_t index)
    {
        try {
            ScoringBatch batch;
            for (;;) {
                const qint64 chunk = m_nextChunk.fetch_add(1);
                if (chunk >= m_chunks || m_stop.load())
                    break;
                ChunkResult result;
                result.firstId = m_span.first + chunk * chunkIds;
                result.lastId = std::min(m_span.last, result.firstId + chunkIds - 1);
                batch.clear();
                m_readers[index]->readRange(result.firstId, result.lastId, batch);
                scoreBatch(m_job, *m_scorers[index], batch, result);
                std::unique_lock lock(m_mutex);
                m_space.wait(lock, [this] { return m_queue.size() < maxQueuedChunks || m_stop; });
                if (m_stop)
                    break;
                m_queue.push_back(std::move(result));
                m_ready.notify_one();
            }
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
        }
        std::lock_guard lock(m_mutex);
        --m_running;
        m_ready.notify_all();
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        for (std::thread& thread : m_threads)
            thread.join();
        m_threads.clear();
    }

    ScoreStore& m_store;
    Job m_job;
    LeadIdSpan m_span;
    qint64 m_chunks;
    std::vector<std::unique_ptr<Scorer>> m_scorers;
    std::vector<std::unique_ptr<ScoringReader>> m_readers;
    std::vector<std::thread> m_threads;
    std::atomic<qint64> m_nextChunk{0};
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<ChunkResult> m_queue;
    std::exception_ptr m_error;
    int m_running = 0;
    std::atomic<bool> m_stop{false};
};

int workerCount()
{
    const unsigned cores = std::thread::hardware_concurrency();
    return int(std::clamp(cores == 0 ? 2u : cores, 1u, 8u));
}

// Rescores every lead. `leadsCommitted`: no lead or event changed in the open transaction, so
// worker threads may read through connections of their own.
RescoreSummary rescoreEverything(Workspace& workspace, ScoreStore& store, const ActiveModel& model,
                                 const QDateTime& asOf, JobControl* jobControl, bool leadsCommitted)
{
    const LeadIdSpan span = store.leadIdSpan();
    if (span.count == 0)
        return {0, 0, model.stored.id};
    RescoreSummary summary;
    std::optional<ParallelRescore> parallel;
    if (leadsCommitted && span.count > chunkIds)
        parallel.emplace(store, model, asOf, span, workerCount());
    if (parallel && parallel->usable())
        summary = parallel->run(asOf, jobControl);
    else
        summary = rescoreSerial(store, model, asOf, {{span.first, span.last}}, span.count,
                                jobControl, true);
    parallel.reset();
    //: Progress phase after a rescore: the lists sorted by score are brought up to date.
    const QString sorting = QCoreApplication::translate("lb::scoring", "Sorting by score");
    if (jobControl)
        jobControl->report(0, 1, sorting);
    store.finishWrites();
    if (jobControl)
        jobControl->report(1, 1, sorting);
    return summary;
}

} // namespace

RescoreSummary rescoreAll(Workspace& workspace, const QDateTime& asOf, JobControl* job)
{
    const auto store = workspace.scoreStore();
    const bool leadsCommitted = !store->inTransaction();
    Transaction transaction(workspace);
    const ActiveModel model = ensureActiveModel(workspace);
    const RescoreSummary summary =
        rescoreEverything(workspace, *store, model, momentOf(asOf), job, leadsCommitted);
    transaction.commit();
    return summary;
}

RescoreSummary rescoreLeads(Workspace& workspace, const QList<qint64>& leadIds,
                            const QDateTime& asOf, JobControl* job)
{
    QList<qint64> ids = leadIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Consecutive ids (a fresh import) become one range: one pass instead of one query each.
    QList<std::pair<qint64, qint64>> ranges;
    for (qint64 id : ids) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == id)
            ranges.last().second = id;
        else
            ranges.append({id, id});
    }
    const auto store = workspace.scoreStore();
    Transaction transaction(workspace);
    const ActiveModel model = ensureActiveModel(workspace);
    const RescoreSummary summary =
        rescoreSerial(*store, model, momentOf(asOf), ranges, qint64(ids.size()), job, false);
    store->finishWrites();
    transaction.commit();
    return summary;
}

RescoreSummary importModelAndRescore(Workspace& workspace, const QByteArray& json,
                                     const QString& author, const QDateTime& asOf, JobControl* job)
{
    const auto store = workspace.scoreStore();
    const bool leadsCommitted = !store->inTransaction();
    Transaction transaction(workspace);
    const ActiveModel model = importModel(workspace, json, author);
    // Only the model table changed in this transaction: workers may still read committed leads.
    const RescoreSummary summary =
        rescoreEverything(workspace, *store, model, momentOf(asOf), job, leadsCommitted);
    transaction.commit();
    return summary;
}

} // namespace lb::scoring
