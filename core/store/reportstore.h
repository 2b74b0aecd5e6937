#pragma once

#include "model/stage.h"
#include "store/reportquery.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lb {

// The facts the reports are made of, counted by the store (core/reports turns them into rates,
// medians, bands and shares). Every count is of distinct leads, and each one can be listed with
// the ReportSlice that describes it (LeadFilter::slice): the same conditions count and list.
// A second backend (PostgreSQL) implements this interface; services reach it through
// Workspace::reports(), never by casting to a backend class.
class ReportStore
{
public:
    virtual ~ReportStore() = default;

    // How many distinct leads the slice selects.
    virtual qint64 count(const ReportSlice& slice) = 0;

    // Leads that entered each stage in the period, per stage and current owner (owners with
    // no lead in it are left out; leads without an owner are under an empty name).
    struct OwnerStageCount
    {
        QString owner;
        Stage stage = Stage::New;
        qint64 leads = 0;
    };
    virtual QList<OwnerStageCount> enteredByOwner(const ReportFilter& filter,
                                                  const QList<Stage>& stages) = 0;

    // Leads that entered each stage, per week (0: the week starting `firstMonday`), in the
    // weeks up to the filter's last day; the filter's first day is not used.
    struct WeekStageCount
    {
        int week = 0;
        Stage stage = Stage::New;
        qint64 leads = 0;
    };
    virtual QList<WeekStageCount> enteredByWeek(const ReportFilter& filter,
                                                const QDate& firstMonday,
                                                const QList<Stage>& stages) = 0;

    // Per lead source (empty: none), the figures of the sources report.
    struct SourceFacts
    {
        QString source;
        qint64 created = 0;   // leads created in the period
        qint64 mql = 0;       // leads that entered MQL in the period
        qint64 sql = 0;       // leads that entered SQL in the period
        qint64 openLeads = 0; // leads with an open opportunity (now)
        double pipeline = 0;  // amounts of those open opportunities
        qint64 wonLeads = 0;  // leads whose opportunity was won in the period
        double won = 0;       // amounts won in the period
        qint64 lostLeads = 0; // leads whose opportunity was lost in the period
    };
    virtual QList<SourceFacts> sources(const ReportFilter& filter) = 0;

    // Leads now in each stage by 10-point score band (0: below 10, 9: 90 and more).
    struct BandCount
    {
        Stage stage = Stage::New;
        int band = 0;
        qint64 leads = 0;
    };
    virtual QList<BandCount> scoreBands(const ReportFilter& filter) = 0;

    // Open leads now in each stage by whole days in it at `asOf`, counted into the given
    // bands of days (first day of each band; the last band has no end). `band` is the index.
    virtual QList<BandCount> ages(const ReportFilter& filter, const QDateTime& asOf,
                                  const QList<int>& bandStarts) = 0;

    // The seconds between the two moves of a Transition or ConvertedToWon slice, one value per
    // lead the slice selects, with the lead's current owner.
    struct LeadDuration
    {
        QString owner;
        qint64 seconds = 0;
    };
    virtual QList<LeadDuration> durations(const ReportSlice& slice) = 0;

    // Moves into Disqualified and Nurture in the period by reason (distinct leads).
    struct ReasonCount
    {
        Stage stage = Stage::Disqualified;
        QString reason;
        qint64 leads = 0;
    };
    virtual QList<ReasonCount> reasons(const ReportFilter& filter) = 0;

    // Leads that became MQL in the period, by their score then (the score recorded with their
    // first move to MQL in the period; the current score where none was recorded): how many,
    // how many later reached SQL, how many have a won opportunity.
    struct ScoreOutcome
    {
        int score = 0;
        qint64 leads = 0;
        qint64 reachedSql = 0;
        qint64 won = 0;
    };
    virtual QList<ScoreOutcome> mqlScores(const ReportFilter& filter) = 0;
};

} // namespace lb
