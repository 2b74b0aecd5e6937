#include "reports/reportservice.h"

#include "qualification/qualificationsettings.h"
#include "reports/reportstats.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace lb::reports {

namespace {

constexpr double secondsPerDay = 86400.0;

ReportSlice sliceOf(const ReportFilter& filter, ReportSlice::Kind kind, Stage stage = Stage::MQL)
{
    ReportSlice slice;
    slice.kind = kind;
    slice.from = filter.from;
    slice.to = filter.to;
    slice.stage = stage;
    slice.owner = filter.owner;
    if (!filter.source.isEmpty())
        slice.source = filter.source;
    return slice;
}

LeadFilter listing(const ReportSlice& slice)
{
    LeadFilter filter;
    filter.slice = slice;
    return filter;
}

std::optional<double> share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

int bandOf(int score)
{
    return std::clamp(score / 10, 0, 9);
}

} // namespace

QList<ScoreBand> scoreBands()
{
    QList<ScoreBand> bands;
    for (int band = 0; band < 10; ++band)
        bands.append({band * 10, band == 9 ? 100 : band * 10 + 9});
    return bands;
}

QList<AgeBand> ageBands()
{
    return {{0, 1}, {2, 7}, {8, 30}, {31, 90}, {91, -1}};
}

ReportService::ReportService(Workspace& workspace) : m_workspace(workspace) {}

ReportFilter ReportService::complete(ReportFilter filter, const QDate& today) const
{
    if (!filter.to.isValid())
        filter.to = today;
    if (!filter.from.isValid())
        filter.from = filter.to.addDays(-89);
    if (filter.to < filter.from)
        throw ReportError(
            //: %1 the last day, %2 the first day (YYYY-MM-DD)
            QCoreApplication::translate("lb::Reports", "the period ends (%1) before it starts (%2)")
                .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));
    filter.owner = filter.owner.trimmed();
    filter.source = filter.source.trimmed();
    if (!filter.owner.isEmpty()) {
        const QStringList users = m_workspace.users().names();
        const auto known = std::find_if(users.cbegin(), users.cend(), [&](const QString& name) {
            return name.compare(filter.owner, Qt::CaseInsensitive) == 0;
        });
        if (known == users.cend())
            throw ReportError(QCoreApplication::translate("lb::Reports", "no user is called \"%1\"")
                                  .arg(filter.owner));
        filter.owner = *known;
    }
    return filter;
}

FunnelReport ReportService::funnel(const ReportFilter& filter) const
{
    FunnelReport report{filter, {}};
    ReportStore& store = m_workspace.reports();
    std::optional<qint64> previous;
    auto add = [&](const QString& name, const ReportSlice& slice) {
        FunnelStep step{name, store.count(slice), std::nullopt, listing(slice)};
        if (previous)
            step.rate = share(step.count, *previous);
        previous = step.count;
        report.steps.append(step);
    };
    for (Stage stage : {Stage::MQL, Stage::SAL, Stage::SQL, Stage::Converted})
        add(stageName(stage), sliceOf(filter, ReportSlice::Kind::Entered, stage));
    add(QStringLiteral("Won"), sliceOf(filter, ReportSlice::Kind::Won));
    return report;
}

InflowReport ReportService::inflow(const ReportFilter& filter) const
{
    InflowReport report{filter, {}};
    const QDate lastMonday = filter.to.addDays(1 - filter.to.dayOfWeek());
    const QDate firstMonday = lastMonday.addDays(-7 * 11);
    const QList<Stage> stages = {Stage::MQL, Stage::SAL, Stage::SQL};
    QHash<QPair<int, int>, qint64> counts;
    for (const ReportStore::WeekStageCount& count :
         m_workspace.reports().enteredByWeek(filter, firstMonday, stages))
        counts.insert({count.week, int(count.stage)}, count.leads);
    for (int week = 0; week < 12; ++week) {
        InflowWeek line;
        line.start = firstMonday.addDays(7 * week);
        line.end = std::min(line.start.addDays(6), filter.to); // the last ends with the period
        ReportFilter weekFilter = filter;
        weekFilter.from = line.start;
        weekFilter.to = line.end;
        for (Stage stage : stages) {
            const ReportSlice slice = sliceOf(weekFilter, ReportSlice::Kind::Entered, stage);
            line.cells.append({stage, counts.value({week, int(stage)}), listing(slice)});
        }
        report.weeks.append(line);
    }
    return report;
}

SourcesReport ReportService::sources(const ReportFilter& filter) const
{
    SourcesReport report{filter, QualificationSettings::load(m_workspace.settings()).currency, {}};
    for (const ReportStore::SourceFacts& facts : m_workspace.reports().sources(filter)) {
        SourceLine line;
        line.source = facts.source;
        line.leads = facts.created;
        line.mql = facts.mql;
        line.sql = facts.sql;
        line.pipeline = facts.pipeline;
        line.won = facts.won;
        line.winRate = share(facts.wonLeads, facts.wonLeads + facts.lostLeads);
        ReportFilter one = filter;
        auto slice = [&](ReportSlice::Kind kind, Stage stage = Stage::MQL) {
            ReportSlice s = sliceOf(one, kind, stage);
            s.source = facts.source; // this source, or none
            return listing(s);
        };
        line.leadsCreated = slice(ReportSlice::Kind::Created);
        line.mqlLeads = slice(ReportSlice::Kind::Entered, Stage::MQL);
        line.sqlLeads = slice(ReportSlice::Kind::Entered, Stage::SQL);
        line.pipelineLeads = slice(ReportSlice::Kind::OpenPipeline);
        line.wonLeads = slice(ReportSlice::Kind::Won);
        report.sources.append(line);
    }
    std::sort(report.sources.begin(), report.sources.end(),
              [](const SourceLine& a, const SourceLine& b) {
                  if (a.won != b.won)
                      return a.won > b.won;
                  if (a.leads != b.leads)
                      return a.leads > b.leads;
                  return a.source.compare(b.source, Qt::CaseInsensitive) < 0;
              });
    return report;
}

ScoreDistributionReport ReportService::scoreDistribution(const ReportFilter& filter) const
{
    ScoreDistributionReport report{filter, {}};
    QHash<QPair<int, int>, qint64> counts;
    for (const ReportStore::BandCount& count : m_workspace.reports().scoreBands(filter))
        counts.insert({int(count.stage), count.band}, count.leads);
    const QList<ScoreBand> bands = scoreBands();
    for (Stage stage : allStages) {
        for (int band = 0; band < bands.size(); ++band) {
            ScoreCell cell{stage, band, counts.value({int(stage), band}), {}};
            cell.filter.stage = stage;
            if (band > 0)
                cell.filter.minScore = bands.at(band).min;
            if (band < bands.size() - 1)
                cell.filter.maxScore = bands.at(band).max;
            cell.filter.owner = filter.owner;
            cell.filter.source = filter.source;
            report.cells.append(cell);
        }
    }
    return report;
}

VelocityReport ReportService::velocity(const ReportFilter& filter, const QDateTime& now) const
{
    const QDateTime periodEnd(filter.to.addDays(1), QTime(0, 0), Qt::UTC);
    VelocityReport report{filter, std::min(now.toUTC(), periodEnd), {}, {}};
    ReportStore& store = m_workspace.reports();
    auto step = [&](const QString& from, const QString& to, const ReportSlice& slice) {
        QList<double> days;
        for (const ReportStore::LeadDuration& d : store.durations(slice))
            days << double(d.seconds) / secondsPerDay;
        report.steps.append({from, to, qint64(days.size()), quantile(days, 0.5),
                             quantile(days, 0.8), listing(slice)});
    };
    const QList<QPair<Stage, Stage>> pairs = {
        {Stage::MQL, Stage::SAL}, {Stage::SAL, Stage::SQL}, {Stage::SQL, Stage::Converted}};
    for (const auto& [from, to] : pairs) {
        ReportSlice slice = sliceOf(filter, ReportSlice::Kind::Transition, to);
        slice.fromStage = from;
        step(stageName(from), stageName(to), slice);
    }
    step(stageName(Stage::Converted), QStringLiteral("Won"),
         sliceOf(filter, ReportSlice::Kind::ConvertedToWon));

    const QList<AgeBand> bands = ageBands();
    QList<int> starts;
    for (const AgeBand& band : bands)
        starts << band.minDays;
    QHash<QPair<int, int>, qint64> counts;
    for (const ReportStore::BandCount& count : store.ages(filter, report.asOf, starts))
        counts.insert({int(count.stage), count.band}, count.leads);
    for (Stage stage : {Stage::New, Stage::MQL, Stage::SAL, Stage::SQL}) {
        for (int band = 0; band < bands.size(); ++band) {
            ReportSlice slice = sliceOf(filter, ReportSlice::Kind::InStage, stage);
            slice.from = {};
            slice.to = {};
            slice.asOf = report.asOf;
            slice.minValue = bands.at(band).minDays;
            slice.maxValue = bands.at(band).maxDays;
            report.aging.append({stage, band, counts.value({int(stage), band}), listing(slice)});
        }
    }
    return report;
}

OwnersReport ReportService::owners(const ReportFilter& filter) const
{
    OwnersReport report{filter, {}};
    ReportStore& store = m_workspace.reports();
    QHash<QString, qsizetype> index;
    auto lineFor = [&](const QString& owner) -> OwnerLine& {
        auto it = index.constFind(owner);
        if (it == index.constEnd()) {
            it = index.insert(owner, report.owners.size());
            OwnerLine line;
            line.owner = owner;
            ReportFilter mine = filter;
            mine.owner = owner;
            line.acceptedLeads = listing(sliceOf(mine, ReportSlice::Kind::Entered, Stage::SAL));
            line.qualifiedLeads = listing(sliceOf(mine, ReportSlice::Kind::Entered, Stage::SQL));
            line.convertedLeads =
                listing(sliceOf(mine, ReportSlice::Kind::Entered, Stage::Converted));
            line.disqualifiedLeads =
                listing(sliceOf(mine, ReportSlice::Kind::Entered, Stage::Disqualified));
            ReportSlice response = sliceOf(mine, ReportSlice::Kind::Transition, Stage::SAL);
            response.fromStage = Stage::MQL;
            line.responseFilter = listing(response);
            report.owners.append(line);
        }
        return report.owners[*it];
    };
    for (const ReportStore::OwnerStageCount& count : store.enteredByOwner(
             filter, {Stage::SAL, Stage::SQL, Stage::Converted, Stage::Disqualified})) {
        if (count.owner.isEmpty())
            continue; // no SDR to show it under
        OwnerLine& line = lineFor(count.owner);
        switch (count.stage) {
        case Stage::SAL:
            line.accepted = count.leads;
            break;
        case Stage::SQL:
            line.qualified = count.leads;
            break;
        case Stage::Converted:
            line.converted = count.leads;
            break;
        default:
            line.disqualified = count.leads;
            break;
        }
    }
    ReportSlice response = sliceOf(filter, ReportSlice::Kind::Transition, Stage::SAL);
    response.fromStage = Stage::MQL;
    QHash<QString, QList<double>> days;
    for (const ReportStore::LeadDuration& d : store.durations(response)) {
        if (!d.owner.isEmpty())
            days[d.owner] << double(d.seconds) / secondsPerDay;
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        OwnerLine& line = lineFor(it.key());
        line.responseLeads = it->size();
        line.medianResponseDays = quantile(*it, 0.5);
    }
    std::sort(report.owners.begin(), report.owners.end(),
              [](const OwnerLine& a, const OwnerLine& b) {
                  if (a.accepted != b.accepted)
                      return a.accepted > b.accepted;
                  return a.owner.compare(b.owner, Qt::CaseInsensitive) < 0;
              });
    return report;
}

ReasonsReport ReportService::reasons(const ReportFilter& filter) const
{
    ReasonsReport report{filter, {}};
    const QList<ReportStore::ReasonCount> counts = m_workspace.reports().reasons(filter);
    QHash<int, qint64> totals;
    for (const ReportStore::ReasonCount& count : counts)
        totals[int(count.stage)] += count.leads;
    for (const ReportStore::ReasonCount& count : counts) {
        ReportSlice slice = sliceOf(filter, ReportSlice::Kind::Entered, count.stage);
        slice.reason = count.reason;
        report.reasons.append({count.stage, count.reason, count.leads,
                               share(count.leads, totals.value(int(count.stage))).value_or(0),
                               listing(slice)});
    }
    std::sort(report.reasons.begin(), report.reasons.end(),
              [](const ReasonLine& a, const ReasonLine& b) {
                  if (a.stage != b.stage)
                      return a.stage == Stage::Disqualified;
                  if (a.leads != b.leads)
                      return a.leads > b.leads;
                  return a.reason < b.reason;
              });
    return report;
}

CalibrationReport ReportService::calibration(const ReportFilter& filter) const
{
    CalibrationReport report{filter, {}, std::nullopt};
    const QList<ScoreBand> bands = scoreBands();
    for (int band = 0; band < bands.size(); ++band) {
        CalibrationBand line;
        line.min = bands.at(band).min;
        line.max = bands.at(band).max;
        ReportSlice slice = sliceOf(filter, ReportSlice::Kind::MqlScore);
        slice.minValue = band == 0 ? 0 : line.min; // the lowest band takes negative scores
        slice.maxValue = band == bands.size() - 1 ? -1 : line.max;
        line.filter = listing(slice);
        report.bands.append(line);
    }
    QList<ScoreOutcomeCount> outcomes;
    for (const ReportStore::ScoreOutcome& o : m_workspace.reports().mqlScores(filter)) {
        CalibrationBand& line = report.bands[bandOf(o.score)];
        line.leads += o.leads;
        line.reachedSql += o.reachedSql;
        line.won += o.won;
        outcomes.append({o.score, o.leads, o.reachedSql});
    }
    for (CalibrationBand& line : report.bands) {
        line.sqlRate = share(line.reachedSql, line.leads);
        line.wonRate = share(line.won, line.leads);
    }
    report.auc = rocAuc(outcomes);
    return report;
}

} // namespace lb::reports
