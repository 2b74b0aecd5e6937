#include "store/sqlite/sqlitereportstore.h"

#include "store/sqlite/reportsql.h"
#include "store/sqlite/sqlitestatement.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <sqlite3.h>
#include <vector>

namespace lb {

using sqlite::SqlPart;

namespace {

std::optional<QString> sourceOf(const ReportFilter& filter)
{
    return filter.source.isEmpty() ? std::nullopt : std::optional<QString>(filter.source);
}

// Each lead counted once: a bit a lead's slot (leads written since the facts were read, aside).
class DistinctLeads
{
public:
    explicit DistinctLeads(const sqlite::LeadFacts& facts)
        : m_facts(facts), m_seen(facts.slotCount(), false)
    {
    }

    bool add(qint64 lead)
    {
        const qint64 slot = m_facts.slotOf(lead);
        if (slot >= 0) {
            if (m_seen[std::size_t(slot)])
                return false;
            m_seen[std::size_t(slot)] = true;
        } else if (!m_beyond.insert(lead).second) {
            return false;
        }
        ++m_count;
        return true;
    }
    qint64 count() const { return m_count; }

private:
    const sqlite::LeadFacts& m_facts;
    std::vector<bool> m_seen;
    std::set<qint64> m_beyond;
    qint64 m_count = 0;
};

// Calls visit(lead, row) for each move into `stage` with from <= at < to, in time order (the
// order of stage_history_stage_moves, which holds `score` and `reason` too); the row's column 1 is
// `at`, then `moreColumns`.
template <typename Visit>
void forEachMove(sqlite3* db, const char* moreColumns, Stage stage, const QString& from,
                 const QString& to, Visit visit)
{
    const QByteArray sql = QByteArray("SELECT lead_id, at") + moreColumns +
                           " FROM stage_history WHERE to_stage = ? AND at >= ? AND at < ? "
                           "ORDER BY at";
    sqlite::Statement moves(db, sql.constData());
    moves.bindText(1, stageName(stage)).bindText(2, from).bindText(3, to);
    while (moves.next())
        visit(moves.columnInt(0), moves);
}

// Every user's name by id.
QHash<qint64, QString> userNames(sqlite3* db)
{
    QHash<qint64, QString> names;
    sqlite::Statement users(db, "SELECT id, name FROM users");
    while (users.next())
        names.insert(users.columnInt(0), users.columnText(1));
    return names;
}

// The latest moment a period can hold: after every stored time.
const QString openEnd = QStringLiteral("9999");

} // namespace

static QSqlQuery run(const QSqlDatabase& db, const SqlPart& part)
{
    QSqlQuery query = sqlite::prepare(db, part.sql);
    query.setForwardOnly(true);
    for (const QVariant& value : part.values)
        query.addBindValue(value);
    sqlite::exec(query, QStringLiteral("report"));
    return query;
}

const sqlite::LeadFacts& SqliteReportStore::facts()
{
    sqlite3* db = m_workspace.handle();
    const qint64 changes = sqlite3_total_changes64(db);
    const auto dataVersion = qint64(m_workspace.othersChangeCounter());
    if (!m_facts || changes != m_factsChanges || dataVersion != m_factsDataVersion) {
        m_facts = sqlite::LeadFacts::load(db);
        m_durations.clear();
        m_factsChanges = changes;
        m_factsDataVersion = dataVersion;
    }
    return *m_facts;
}

sqlite::LeadScope SqliteReportStore::scope(const QString& owner,
                                           const std::optional<QString>& source)
{
    return sqlite::LeadScope(m_workspace.handle(), facts(), owner, source);
}

qint64 SqliteReportStore::count(const ReportSlice& slice)
{
    if (slice.kind != ReportSlice::Kind::Entered || slice.reason)
        return countBySql(slice);
    const sqlite::LeadScope leads = scope(slice.owner, slice.source);
    DistinctLeads entered(facts());
    forEachMove(m_workspace.handle(), "", slice.stage, sqlite::periodStart(slice.from),
                sqlite::periodEnd(slice.to), [&](qint64 lead, const sqlite::Statement&) {
                    if (leads.contains(lead))
                        entered.add(lead);
                });
    return entered.count();
}

qint64 SqliteReportStore::countBySql(const ReportSlice& slice)
{
    SqlPart part{QStringLiteral("SELECT count(DISTINCT lead_id) FROM ("), {}};
    part += sqlite::sliceRows(slice);
    part.sql += QLatin1Char(')');
    QSqlQuery query = run(m_workspace.database(), part);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<ReportStore::OwnerStageCount> SqliteReportStore::enteredByOwner(const ReportFilter& filter,
                                                                      const QList<Stage>& stages)
{
    const sqlite::LeadFacts& leadFacts = facts();
    const sqlite::LeadScope leads = scope(filter.owner, sourceOf(filter));
    const QHash<qint64, QString> names = userNames(m_workspace.handle());
    QList<OwnerStageCount> counts;
    for (Stage stage : stages) {
        DistinctLeads entered(leadFacts);
        QHash<std::int32_t, qint64> byOwner; // owner id: leads (as SQL groups by owner_id)
        forEachMove(m_workspace.handle(), "", stage, sqlite::periodStart(filter.from),
                    sqlite::periodEnd(filter.to), [&](qint64 lead, const sqlite::Statement&) {
                        if (leadFacts.present(lead) && leads.contains(lead) && entered.add(lead))
                            ++byOwner[leadFacts.owner(lead)];
                    });
        for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it)
            counts.append({names.value(it.key()), stage, it.value()});
    }
    return counts;
}

QList<ReportStore::WeekStageCount> SqliteReportStore::enteredByWeek(const ReportFilter& filter,
                                                                    const QDate& firstMonday,
                                                                    const QList<Stage>& stages)
{
    // One pass a stage over its moves since the first Monday; a move's week is whole days
    // since that Monday, by 7, and a lead counts once a week.
    const sqlite::LeadScope leads = scope(filter.owner, sourceOf(filter));
    const qint64 mondayMs = sqlite::isoMs(sqlite::periodStart(firstMonday).toUtf8());
    QList<WeekStageCount> counts;
    for (Stage stage : stages) {
        std::vector<std::pair<qint64, qint64>> weekLeads; // (week, lead)
        forEachMove(m_workspace.handle(), "", stage, sqlite::periodStart(firstMonday),
                    sqlite::periodEnd(filter.to), [&](qint64 lead, const sqlite::Statement& row) {
                        if (!leads.contains(lead))
                            return;
                        const qint64 days =
                            (sqlite::isoMs(row.columnUtf8(1)) - mondayMs) / (qint64(86400) * 1000);
                        weekLeads.emplace_back(days / 7, lead);
                    });
        std::sort(weekLeads.begin(), weekLeads.end());
        weekLeads.erase(std::unique(weekLeads.begin(), weekLeads.end()), weekLeads.end());
        for (std::size_t i = 0; i < weekLeads.size();) {
            std::size_t j = i;
            while (j < weekLeads.size() && weekLeads[j].first == weekLeads[i].first)
                ++j;
            counts.append({int(weekLeads[i].first), stage, qint64(j - i)});
            i = j;
        }
    }
    return counts;
}

QList<ReportStore::SourceFacts> SqliteReportStore::sources(const ReportFilter& filter)
{
    sqlite3* db = m_workspace.handle();
    const sqlite::LeadFacts& leadFacts = facts();
    const sqlite::LeadScope leads = scope(filter.owner, sourceOf(filter));
    const QString from = sqlite::periodStart(filter.from);
    const QString to = sqlite::periodEnd(filter.to);
    const QList<QString>& names = leadFacts.sourceNames();
    // Per source key; folded further by name below, as the report shows sources.
    std::vector<SourceFacts> byKey(std::size_t(names.size()));
    for (std::size_t k = 0; k < byKey.size(); ++k)
        byKey[k].source = names.at(qsizetype(k));
    auto of = [&](qint64 lead) -> SourceFacts& {
        return byKey[std::size_t(leadFacts.sourceKey(lead))];
    };
    {
        sqlite::Statement created(db, "SELECT id FROM leads WHERE created_at >= ? AND "
                                      "created_at < ?");
        created.bindText(1, from).bindText(2, to);
        while (created.next()) {
            const qint64 lead = created.columnInt(0);
            if (leads.contains(lead))
                ++of(lead).created;
        }
    }
    for (Stage stage : {Stage::MQL, Stage::SQL}) {
        DistinctLeads entered(leadFacts);
        forEachMove(db, "", stage, from, to, [&](qint64 lead, const sqlite::Statement&) {
            if (leads.contains(lead) && entered.add(lead))
                ++(stage == Stage::MQL ? of(lead).mql : of(lead).sql);
        });
    }
    {
        // Amounts once per opportunity, leads once each.
        DistinctLeads open(leadFacts);
        sqlite::Statement opportunities(db, "SELECT lead_id, amount FROM opportunities WHERE "
                                            "stage IN ('Prospecting','Proposal','Negotiation') "
                                            "AND lead_id IS NOT NULL");
        while (opportunities.next()) {
            const qint64 lead = opportunities.columnInt(0);
            if (!leads.contains(lead))
                continue;
            SourceFacts& f = of(lead);
            f.openLeads += open.add(lead) ? 1 : 0;
            f.pipeline += opportunities.columnDouble(1);
        }
    }
    for (const char* outcome : {"Won", "Lost"}) {
        const bool won = QLatin1String(outcome) == QLatin1String("Won");
        DistinctLeads closed(leadFacts);
        sqlite::Statement opportunities(db, "SELECT lead_id, amount FROM opportunities WHERE "
                                            "stage = ?1 AND lead_id IS NOT NULL AND id IN "
                                            "(SELECT opportunity_id FROM opportunity_history "
                                            "WHERE to_stage = ?1 AND at >= ?2 AND at < ?3 AND "
                                            "from_stage IS NOT to_stage)");
        opportunities.bindText(1, QLatin1String(outcome)).bindText(2, from).bindText(3, to);
        while (opportunities.next()) {
            const qint64 lead = opportunities.columnInt(0);
            if (!leads.contains(lead))
                continue;
            SourceFacts& f = of(lead);
            const bool first = closed.add(lead);
            if (won) {
                f.wonLeads += first ? 1 : 0;
                f.won += opportunities.columnDouble(1);
            } else {
                f.lostLeads += first ? 1 : 0;
            }
        }
    }
    // Sources that differ only in letters outside ASCII (NOCASE tells them apart) are one
    // source in the report, as they read the same.
    QList<SourceFacts> result;
    QHash<QString, qsizetype> index;
    for (const SourceFacts& f : byKey) {
        if (f.created + f.mql + f.sql + f.openLeads + f.wonLeads + f.lostLeads == 0)
            continue;
        const QString key = f.source.toCaseFolded();
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, result.size());
            result.append(f);
            continue;
        }
        SourceFacts& into = result[*it];
        into.created += f.created;
        into.mql += f.mql;
        into.sql += f.sql;
        into.openLeads += f.openLeads;
        into.pipeline += f.pipeline;
        into.wonLeads += f.wonLeads;
        into.won += f.won;
        into.lostLeads += f.lostLeads;
    }
    return result;
}

QList<ReportStore::BandCount> SqliteReportStore::scoreBands(const ReportFilter& filter)
{
    const sqlite::LeadFacts& leadFacts = facts();
    const sqlite::LeadScope leads = scope(filter.owner, sourceOf(filter));
    std::array<std::array<qint64, 10>, allStages.size()> counts{};
    for (std::size_t slot = 0; slot < leadFacts.slotCount(); ++slot) {
        const qint64 lead = leadFacts.leadAt(slot);
        if (!leadFacts.present(lead) || !leads.contains(lead))
            continue;
        const int score = leadFacts.score(lead);
        const int band = score < 10 ? 0 : score >= 90 ? 9 : score / 10;
        ++counts[std::size_t(leadFacts.stage(lead))][std::size_t(band)];
    }
    QList<BandCount> result;
    for (std::size_t stage = 0; stage < counts.size(); ++stage) {
        for (int band = 0; band < 10; ++band) {
            if (counts[stage][std::size_t(band)] > 0)
                result.append({allStages[stage], band, counts[stage][std::size_t(band)]});
        }
    }
    return result;
}

QList<ReportStore::BandCount> SqliteReportStore::ages(const ReportFilter& filter,
                                                      const QDateTime& asOf,
                                                      const QList<int>& bandStarts)
{
    const sqlite::LeadFacts& leadFacts = facts();
    const sqlite::LeadScope leads = scope(filter.owner, sourceOf(filter));
    const qint64 asOfSecs = asOf.toSecsSinceEpoch();
    const qint64 latest = asOfSecs - qint64(bandStarts.value(0)) * 86400;
    QHash<QPair<int, int>, qint64> counts; // (stage index, band)
    for (std::size_t slot = 0; slot < leadFacts.slotCount(); ++slot) {
        const qint64 lead = leadFacts.leadAt(slot);
        if (!leadFacts.present(lead))
            continue;
        const Stage stage = allStages[std::size_t(leadFacts.stage(lead))];
        if (!isOpenStage(stage) || leadFacts.stageChangedAt(lead) > latest || !leads.contains(lead))
            continue;
        const qint64 days = (asOfSecs - leadFacts.stageChangedAt(lead)) / 86400;
        int band = 0;
        for (qsizetype i = bandStarts.size() - 1; i > 0; --i) {
            if (days >= bandStarts.at(i)) {
                band = int(i);
                break;
            }
        }
        ++counts[{leadFacts.stage(lead), band}];
    }
    QList<BandCount> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({allStages[std::size_t(it.key().first)], it.key().second, it.value()});
    return result;
}

QList<ReportStore::LeadDuration> SqliteReportStore::durations(const ReportSlice& slice)
{
    if (slice.kind != ReportSlice::Kind::Transition &&
        slice.kind != ReportSlice::Kind::ConvertedToWon)
        return {};
    sqlite3* db = m_workspace.handle();
    const sqlite::LeadFacts& leadFacts = facts();
    for (const auto& [made, result] : std::as_const(m_durations)) {
        if (made == slice)
            return result;
    }
    const sqlite::LeadScope leads = scope(slice.owner, slice.source);
    const QString from = sqlite::periodStart(slice.from);
    const QString to = sqlite::periodEnd(slice.to);
    // Each selected lead's first later move in the period (ms), in the order first met.
    QHash<qint64, qint64> later;
    QList<qint64> order;
    auto keepFirst = [&](qint64 lead, qint64 ms) {
        if (!leadFacts.present(lead) || !leads.contains(lead))
            return;
        auto it = later.find(lead);
        if (it == later.end()) {
            later.insert(lead, ms);
            order << lead;
        } else if (ms < *it) {
            *it = ms;
        }
    };
    Stage earlier = slice.fromStage;
    if (slice.kind == ReportSlice::Kind::Transition) {
        forEachMove(db, "", slice.stage, from, to, [&](qint64 lead, const sqlite::Statement& row) {
            keepFirst(lead, sqlite::isoMs(row.columnUtf8(1)));
        });
    } else {
        earlier = Stage::Converted;
        sqlite::Statement won(db, "SELECT o.lead_id, oh.at FROM opportunity_history oh JOIN "
                                  "opportunities o ON o.id = oh.opportunity_id WHERE oh.to_stage "
                                  "= 'Won' AND o.stage = 'Won' AND o.lead_id IS NOT NULL AND "
                                  "oh.at >= ? AND oh.at < ? AND oh.from_stage IS NOT "
                                  "oh.to_stage");
        won.bindText(1, from).bindText(2, to);
        while (won.next())
            keepFirst(won.columnInt(0), sqlite::isoMs(won.columnUtf8(1)));
    }
    // The latest move into the earlier stage at or before it, found in one pass over those
    // moves up to the period's end (a seek for each lead cost more than the pass).
    QHash<qint64, qint64> latestEarlier;
    forEachMove(db, "", earlier, QString(), to, [&](qint64 lead, const sqlite::Statement& row) {
        const auto it = later.constFind(lead);
        if (it == later.constEnd())
            return;
        const qint64 ms = sqlite::isoMs(row.columnUtf8(1));
        if (ms > *it)
            return;
        const auto best = latestEarlier.find(lead);
        if (best == latestEarlier.end())
            latestEarlier.insert(lead, ms);
        else
            *best = std::max(*best, ms);
    });
    const QHash<qint64, QString> names = userNames(db);
    QList<LeadDuration> result;
    for (qint64 lead : std::as_const(order)) {
        const auto it = latestEarlier.constFind(lead);
        if (it == latestEarlier.constEnd())
            continue;
        result.append({names.value(leadFacts.owner(lead)),
                       sqlite::wholeSeconds(later.value(lead)) - sqlite::wholeSeconds(*it)});
    }
    if (m_durations.size() >= 16) // a long-lived connection asked for many periods
        m_durations.clear();
    m_durations.append({slice, result});
    return result;
}

QList<ReportStore::ReasonCount> SqliteReportStore::reasons(const ReportFilter& filter)
{
    const sqlite::LeadScope leads = scope(filter.owner, sourceOf(filter));
    QList<ReasonCount> counts;
    for (Stage stage : {Stage::Disqualified, Stage::Nurture}) {
        QHash<QByteArray, std::set<qint64>> byReason;
        forEachMove(m_workspace.handle(), ", reason", stage, sqlite::periodStart(filter.from),
                    sqlite::periodEnd(filter.to), [&](qint64 lead, const sqlite::Statement& row) {
                        if (!leads.contains(lead))
                            return;
                        const QByteArrayView reason = row.columnUtf8(2);
                        byReason[QByteArray(reason.data(), reason.size())].insert(lead);
                    });
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
            counts.append({stage, QString::fromUtf8(it.key()), qint64(it.value().size())});
    }
    return counts;
}

QList<ReportStore::ScoreOutcome> SqliteReportStore::mqlScores(const ReportFilter& filter)
{
    sqlite3* db = m_workspace.handle();
    const sqlite::LeadFacts& leadFacts = facts();
    const sqlite::LeadScope leads = scope(filter.owner, sourceOf(filter));
    const QString from = sqlite::periodStart(filter.from);
    // Each lead's first move to MQL in the period (the lowest id), with the score recorded
    // with it, or the current score where none was.
    struct Entry
    {
        qint64 id = 0;
        qint64 ms = 0;
        int score = 0;
        bool reachedSql = false;
    };
    QHash<qint64, Entry> cohort;
    forEachMove(db, ", id, score", Stage::MQL, from, sqlite::periodEnd(filter.to),
                [&](qint64 lead, const sqlite::Statement& row) {
                    if (!leadFacts.present(lead) || !leads.contains(lead))
                        return;
                    const qint64 id = row.columnInt(2);
                    auto it = cohort.find(lead);
                    if (it != cohort.end() && it->id < id)
                        return;
                    cohort[lead] =
                        Entry{id, sqlite::isoMs(row.columnUtf8(1)),
                              row.isNull(3) ? leadFacts.score(lead) : int(row.columnInt(3)), false};
                });
    // Reached SQL: a move to SQL at or after it, at any time since.
    forEachMove(db, "", Stage::SQL, from, openEnd, [&](qint64 lead, const sqlite::Statement& row) {
        const auto it = cohort.find(lead);
        if (it != cohort.end() && !it->reachedSql && sqlite::isoMs(row.columnUtf8(1)) >= it->ms)
            it->reachedSql = true;
    });
    std::set<qint64> won;
    sqlite::Statement wonLeads(db, "SELECT lead_id FROM opportunities WHERE stage = 'Won' AND "
                                   "lead_id IS NOT NULL");
    while (wonLeads.next())
        won.insert(wonLeads.columnInt(0));
    std::map<int, ScoreOutcome> byScore;
    for (auto it = cohort.cbegin(); it != cohort.cend(); ++it) {
        ScoreOutcome& outcome = byScore[it->score];
        outcome.score = it->score;
        ++outcome.leads;
        outcome.reachedSql += it->reachedSql ? 1 : 0;
        outcome.won += won.count(it.key()) > 0 ? 1 : 0;
    }
    QList<ScoreOutcome> outcomes;
    for (const auto& [score, outcome] : byScore)
        outcomes.append(outcome);
    return outcomes;
}

} // namespace lb
