#pragma once

#include "model/stage.h"
#include "store/reportquery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lb {

// Which leads a list, a queue or a table shows, and in what order. Every field is optional;
// the filters combine with AND. The store turns it into SQL, so sorting and filtering cost an
// index lookup instead of a pass over a million rows in memory.
struct LeadFilter
{
    std::optional<Stage> stage;
    QString owner; // user name; empty: any owner
    bool unownedOnly = false;
    std::optional<int> minScore;
    std::optional<int> maxScore;
    QString search; // full-text search over name, company, e-mail, title, notes
    QString source;
    QString country;
    // Leads missing a value in any of these fields (lead field names, e.g. the ones the scoring
    // model reads): the profiles to enrich before they can score.
    QStringList missingAnyOf;
    // The leads behind one number of a report (a click-through from the dashboard).
    std::optional<ReportSlice> slice;
    // The SLA moment (sla::overdueCutoff): MQLs that reached MQL before it without a touch
    // since are overdue (LeadRow::overdue). Invalid: no row is overdue.
    QDateTime slaCutoff;
    // Only the overdue leads (the Overdue queue); needs slaCutoff.
    bool overdueOnly = false;
    // Only these leads (the rows an SDR selected); unset: any lead, empty: none.
    std::optional<QList<qint64>> ids;

    bool operator==(const LeadFilter&) const = default;
};

enum class LeadSortKey
{
    Score,
    LastName,
    Company,
    Stage,
    Id,
    // When the lead reached its stage (ascending: longest in its stage first).
    StageChangedAt,
    // Its last marketing event or logged touch (ascending: never or longest ago first).
    LastActivity
};

struct LeadSort
{
    LeadSortKey key = LeadSortKey::Score;
    bool descending = true;

    bool operator==(const LeadSort&) const = default;
};

} // namespace lb
