#pragma once

#include "model/event.h"
#include "model/lead.h"
#include "scoring/leadfacts.h"
#include "scoring/scoringmodel.h"
#include "util/jobcontrol.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <array>
#include <memory>
#include <vector>

namespace lb {
class Workspace;
}

namespace lb::scoring {

class Scorer;

// Leads held in memory for what-if scoring: every scoring field dictionary-encoded (a field's
// distinct values once, each lead a code per field), every event up to the moment. Immutable
// once built, so it can be loaded on a worker thread and used on another.
class WhatIfSnapshot
{
public:
    // Reads up to `maxLeads` leads (all of them, or an even sample by id) with the scoring
    // fields, `extraFields` (custom.<name>) and their events up to `asOf`.
    static std::shared_ptr<const WhatIfSnapshot> load(Workspace& workspace, const QDateTime& asOf,
                                                      qint64 maxLeads = 100000,
                                                      const QStringList& extraFields = {},
                                                      JobControl* job = nullptr);
    // The same from leads in memory (tests, small sets).
    static std::shared_ptr<const WhatIfSnapshot>
    fromLeads(const QList<Lead>& leads, const QHash<qint64, QList<Event>>& events,
              const QDateTime& asOf, const QStringList& extraFields = {});

    qint64 size() const { return qint64(m_stages.size()); }
    // How many leads the workspace held when the snapshot was taken (the sample's base).
    qint64 workspaceLeads() const { return m_workspaceLeads; }
    qint64 asOf() const { return m_asOf; } // milliseconds since the Unix epoch, UTC
    const QStringList& fields() const { return m_fields; }
    const QStringList& eventTypes() const { return m_eventTypes; }

private:
    friend class WhatIfEngine;
    class Builder;

    QStringList m_fields;
    QStringList m_eventTypes;
    qint64 m_asOf = 0;
    qint64 m_workspaceLeads = 0;
    std::vector<std::vector<FactValue>> m_dictionary; // per field: code -> value (0: missing)
    std::vector<quint32> m_codes;                     // lead * fields + field
    std::vector<Stage> m_stages;
    std::vector<qint64> m_leadIds;
    std::vector<EventFact> m_events;
    std::vector<quint32> m_eventBegin; // per lead, plus one past the end
};

// One model's scores over a snapshot.
struct WhatIfOutcome
{
    std::vector<int> totals;             // per snapshot lead
    std::array<qint64, 101> histogram{}; // leads per total 0..100
    qint64 atOrOverMql = 0;              // total >= the model's MQL threshold
    qint64 wouldPromote = 0;             // of those, leads still in New
    QStringList fieldsNotInSnapshot;     // the model reads them: reload the snapshot to see them
};

// Two models side by side: the current one and an edited one.
struct WhatIfComparison
{
    WhatIfOutcome current;
    WhatIfOutcome candidate;
    qint64 newlyOverMql = 0;    // under the threshold now, at or over it with the candidate
    qint64 noLongerOverMql = 0; // the other way round
    qint64 changed = 0;         // leads whose total differs
};

// Scores snapshots with models, fast enough to follow every edit: each condition is tested
// once per distinct value of its field, and tables of unchanged conditions are reused between
// calls. Same arithmetic as Scorer, to the last bit. One engine per thread.
class WhatIfEngine
{
public:
    explicit WhatIfEngine(std::shared_ptr<const WhatIfSnapshot> snapshot);
    ~WhatIfEngine();

    const WhatIfSnapshot& snapshot() const { return *m_snapshot; }
    WhatIfOutcome evaluate(const ScoringModel& model);
    WhatIfComparison compare(const ScoringModel& current, const ScoringModel& candidate);

private:
    std::shared_ptr<const std::vector<bool>>
    conditionTable(const Scorer& scorer, int rule, int condition, const Condition& definition);
    std::shared_ptr<const std::vector<double>> decayFactors(double halfLifeDays, double windowDays);

    std::shared_ptr<const WhatIfSnapshot> m_snapshot;
    QHash<QString, std::shared_ptr<const std::vector<bool>>> m_tables;
    // Decay factors per event, by half-life: an edit session switches between few of them.
    QHash<std::pair<double, double>, std::shared_ptr<const std::vector<double>>> m_factors;
};

} // namespace lb::scoring
