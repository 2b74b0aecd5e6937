#pragma once

#include "model/stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lb {

// The filters every report shares (issue 19): a period of whole UTC days, inclusive at both
// ends, and optionally one owner (user name) and one lead source. An empty owner or source
// means any. Snapshots (score distribution, aging, open pipeline) ignore the period.
struct ReportFilter
{
    QDate from;
    QDate to;
    QString owner;
    QString source;

    bool operator==(const ReportFilter&) const = default;
};

// The leads behind one number of a report: a funnel step, a bar, a slice. Applied to the lead
// list through LeadFilter::slice, it selects exactly the leads the number counts, because the
// store counts and lists them with the same conditions.
struct ReportSlice
{
    enum class Kind
    {
        // Leads with a move into `stage` in the period (with `reason`, when set).
        Entered,
        // Leads whose opportunity is won and was won in the period.
        Won,
        // Leads that entered `stage` in the period after an earlier move into `fromStage`
        // (velocity: the time between the two).
        Transition,
        // Leads whose opportunity was won in the period after the lead was converted.
        ConvertedToWon,
        // Leads with an opportunity still open (Prospecting, Proposal, Negotiation); no period.
        OpenPipeline,
        // Leads created in the period.
        Created,
        // Leads now in `stage` since `minValue` to `maxValue` whole days before `asOf`
        // (maxValue < 0: no upper bound); no period.
        InStage,
        // Leads that became MQL in the period with a score from `minValue` to `maxValue` then
        // (their first such move in the period).
        MqlScore,
    };

    Kind kind = Kind::Entered;
    QDate from; // the period, whole UTC days, inclusive
    QDate to;
    Stage stage = Stage::MQL;
    Stage fromStage = Stage::MQL;
    std::optional<QString> reason;
    int minValue = 0;
    int maxValue = -1;
    QDateTime asOf;
    QString owner;                 // empty: any owner
    std::optional<QString> source; // unset: any source; empty: leads without a source

    bool operator==(const ReportSlice&) const = default;
};

} // namespace lb
