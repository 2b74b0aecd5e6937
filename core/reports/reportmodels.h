#pragma once

#include "model/stage.h"
#include "store/leadquery.h"
#include "store/reportquery.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The numbers of the manager's dashboard and of `leadbench-cli report` (issue 19,
// docs/spec/cli.md), as plain values. Every count carries `leads`: the LeadFilter that lists
// exactly the leads it counts (click-through), owner and source included. Rates are shares from 0
// to 1, unset where there is nothing to divide by; durations are in days; money is in `currency`.

namespace lb::reports {

// The funnel's steps: MQL, SAL, SQL, Converted, Won.
struct FunnelStep
{
    QString stage; // "MQL", "SAL", "SQL", "Converted", "Won"
    qint64 count = 0;
    std::optional<double> rate; // count / the previous step's count; unset for MQL
    LeadFilter leads;
};

struct FunnelReport
{
    ReportFilter filter;
    QList<FunnelStep> steps;
};

struct InflowCell
{
    Stage stage = Stage::MQL; // MQL, SAL or SQL
    qint64 count = 0;
    LeadFilter leads;
};

struct InflowWeek
{
    QDate start; // a Monday
    QDate end;   // the Sunday after it, or the filter's last day in the last week
    QList<InflowCell> cells;
};

// New MQLs, SALs and SQLs per week: the 12 weeks (Monday to Sunday) up to the week of the
// filter's last day, oldest first. The filter's first day is not used.
struct InflowReport
{
    ReportFilter filter;
    QList<InflowWeek> weeks;
};

struct SourceLine
{
    QString source; // empty: leads without a source
    qint64 leads = 0;
    qint64 mql = 0;
    qint64 sql = 0;
    double pipeline = 0;           // open opportunities now
    double won = 0;                // won in the period
    std::optional<double> winRate; // won / (won + lost) deals closed in the period
    LeadFilter leadsCreated;
    LeadFilter mqlLeads;
    LeadFilter sqlLeads;
    LeadFilter pipelineLeads;
    LeadFilter wonLeads;
};

struct SourcesReport
{
    ReportFilter filter;
    QString currency;
    QList<SourceLine> sources; // most won first, then most leads
};

// A band of 10 points: 0-9, ..., 90-100. The lowest takes negative scores, the highest 100.
struct ScoreBand
{
    int min = 0;
    int max = 9;
};
QList<ScoreBand> scoreBands();

struct ScoreCell
{
    Stage stage = Stage::New;
    int band = 0; // index into scoreBands()
    qint64 leads = 0;
    LeadFilter filter;
};

// Today's leads by stage and score band (the period is not used).
struct ScoreDistributionReport
{
    ReportFilter filter;
    QList<ScoreCell> cells; // every stage and band, zeros included
};

struct VelocityStep
{
    QString from; // "MQL", "SAL", "SQL", "Converted"
    QString to;   // "SAL", "SQL", "Converted", "Won"
    qint64 leads = 0;
    std::optional<double> medianDays;
    std::optional<double> p80Days;
    LeadFilter filter;
};

struct AgeBand
{
    int minDays = 0;
    int maxDays = -1; // -1: no end
};
QList<AgeBand> ageBands(); // 0-1, 2-7, 8-30, 31-90, 91 and more

struct AgingCell
{
    Stage stage = Stage::New;
    int band = 0; // index into ageBands()
    qint64 leads = 0;
    LeadFilter filter;
};

// How long leads took from one stage to the next (for those that made the second move in the
// period), and today's open leads by days in their stage at `asOf`.
struct VelocityReport
{
    ReportFilter filter;
    QDateTime asOf;
    QList<VelocityStep> steps;
    QList<AgingCell> aging; // New, MQL, SAL, SQL by age band, zeros included
};

struct OwnerLine
{
    QString owner;
    qint64 accepted = 0;                      // entered SAL in the period
    qint64 qualified = 0;                     // entered SQL
    qint64 converted = 0;                     // entered Converted
    qint64 disqualified = 0;                  // entered Disqualified
    std::optional<double> medianResponseDays; // MQL -> SAL
    qint64 responseLeads = 0;
    LeadFilter acceptedLeads;
    LeadFilter qualifiedLeads;
    LeadFilter convertedLeads;
    LeadFilter disqualifiedLeads;
    LeadFilter responseFilter;
};

// The SDR leaderboard: leads by their current owner, most accepted first.
struct OwnersReport
{
    ReportFilter filter;
    QList<OwnerLine> owners;
};

struct ReasonLine
{
    Stage stage = Stage::Disqualified; // Disqualified or Nurture
    QString reason;                    // as recorded; empty: none given
    qint64 leads = 0;
    double share = 0; // of the stage's moves counted here
    LeadFilter filter;
};

// Why leads leave: moves into Disqualified and Nurture in the period, by reason, most first.
struct ReasonsReport
{
    ReportFilter filter;
    QList<ReasonLine> reasons;
};

struct CalibrationBand
{
    int min = 0;
    int max = 9;
    qint64 leads = 0;
    qint64 reachedSql = 0;
    qint64 won = 0;
    std::optional<double> sqlRate;
    std::optional<double> wonRate;
    LeadFilter filter;
};

// The leads that became MQL in the period, banded by their score then: how many reached SQL
// and how many were won; and the AUC of that score for reaching SQL (0.5: no better than
// chance; unset when all or none of them reached SQL).
struct CalibrationReport
{
    ReportFilter filter;
    QList<CalibrationBand> bands;
    std::optional<double> auc;
};

} // namespace lb::reports
