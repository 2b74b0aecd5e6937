#pragma once

#include "model/lead.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <memory>
#include <vector>

namespace lb {
class JobControl;
class Workspace;
} // namespace lb

namespace lb::scoring {
class Scorer;
struct ActiveModel;
} // namespace lb::scoring

namespace lb::io {

// Rescores the leads an import changed (their fields or events) with the active model, inside
// the import's transaction (with NewLeadScorer, the one place where imports call the scoring
// engine).
qint64 rescoreImported(Workspace& workspace, const QList<qint64>& leadIds, const QDateTime& asOf,
                       JobControl* job);

// Scores the leads an import creates as they are created: a new lead has no events yet, so
// its fields alone give its score, and a million-row load needs no second pass over the rows
// it has just written. New leads that reach the MQL threshold are moved to MQL, with the
// rescorer's history line, once their creation is recorded.
class NewLeadScorer
{
public:
    // Reads (or stores, when none is stored yet) the active model: inside the import's
    // transaction.
    NewLeadScorer(Workspace& workspace, const QDateTime& asOf);
    ~NewLeadScorer();

    // Fills lead.score before the lead is inserted (on any thread: see twin()).
    void score(Lead& lead);
    // After the insert (the lead has its id): counts it, and remembers a promotion to make.
    void inserted(const Lead& lead);
    // A scorer of the same model and moment for another thread: a Scorer keeps caches, so
    // each thread that calls score() needs its own.
    std::unique_ptr<NewLeadScorer> twin() const;
    qint64 scored() const { return m_scored; }
    // Moves the promoted leads to MQL, except `rescoredLater` (changed again by a later row of
    // the file: the rescore of the changed leads decides for them). Returns how many moved.
    qint64 promote(Workspace& workspace, const QSet<qint64>& rescoredLater);

private:
    NewLeadScorer(std::shared_ptr<const scoring::ActiveModel> model, const QDateTime& asOf);

    std::shared_ptr<const scoring::ActiveModel> m_model;
    std::unique_ptr<scoring::Scorer> m_scorer;
    QDateTime m_asOf;
    qint64 m_asOfMs; // m_asOf as the scorer takes it
    qint64 m_scored = 0;
    std::vector<std::pair<qint64, StoredScore>> m_promotions;
};

} // namespace lb::io
