#pragma once

#include "store/repositories.h"
#include "store/sqlite/reportsql.h"

#include <QHash>

#include <QSqlQuery>
#include <QVariantList>

namespace lb {

class SqliteWorkspace;

class SqliteLeadRepository final : public LeadRepository
{
public:
    explicit SqliteLeadRepository(SqliteWorkspace& workspace) : m_workspace(workspace) {}

    void insert(Lead& lead, const QString& actor) override;
    void update(Lead& lead, const QString& actor) override;
    std::optional<Lead> find(qint64 id) override;
    std::optional<Lead> findByEmail(const QString& email) override;
    std::optional<Lead> findByIdOrEmail(const QString& idOrEmail) override;

    qint64 count(const LeadFilter& filter) override;
    QMap<Stage, qint64> countByStage() override;
    QStringList distinctSources() override;
    QStringList distinctCountries() override;
    QList<LeadRow> rows(const LeadFilter& filter, const LeadSort& sort, qint64 offset, int limit,
                        const LeadRow* after = nullptr) override;
    QList<Lead> list(const LeadFilter& filter, const LeadSort& sort, int limit) override;

    // FTS5 query text for what a user typed: every word a prefix, quotes neutralised, so no
    // input is a syntax error. Empty when nothing searchable was typed.
    static QString ftsQuery(const QString& userText);
    // The filter's conditions over `lead_scores s` and `leads l`, for another query of the store
    // that picks leads (the export): the very rule the table lists by. "1" when every lead.
    sqlite::SqlPart condition(const LeadFilter& filter);

private:
    struct Where
    {
        QString sql; // "" or " WHERE ..."
        QVariantList values;
        bool needsLeads = false;  // tests a column of leads
        bool needsScores = false; // tests a column of lead_scores
    };
    // A count and a window of rows want different plans for some filters.
    enum class WherePurpose
    {
        Count,
        Rows
    };
    Where whereFor(const LeadFilter& filter, WherePurpose purpose = WherePurpose::Rows);
    // How many leads a search query matches (cached for the last query).
    qint64 searchHits(const QString& match);
    // How many leads `countSql` (one bound value, or none when `value` is null) counts: how
    // many are in a stage, have an owner, are in a country. Cached until the next count(): it
    // only chooses a plan.
    qint64 leadsWith(const QString& countSql, const QVariant& value);
    // Whether a filter on a stage, owner or country should read that column's index (few
    // leads) or walk the index of the order and test each entry (many).
    bool fewLeadsWith(WherePurpose purpose, const QString& countSql, const QVariant& value);
    // Windows sorted by stage: the stages one after another, each in score order.
    QList<LeadRow> rowsByStage(const LeadFilter& filter, bool descending, qint64 offset, int limit);
    // How many leads a filter with a stage matches (cached for the last filter's stages until
    // the next count()).
    qint64 stageLeads(const LeadFilter& oneStage);
    // count() without its caches.
    qint64 countMatching(const LeadFilter& filter);
    std::optional<Lead> findOne(const QString& condition, const QVariant& value);
    void writeSearchIndex(qint64 id, const Lead& lead, bool removeOld);

    SqliteWorkspace& m_workspace;
    static constexpr qint64 broadSearchHits = 20000;
    static constexpr qint64 fewLeads = 20000;
    QHash<QString, qint64> m_leadsWith;
    std::optional<LeadFilter> m_stageLeadsFilter; // the filter, without its stage
    QHash<QString, qint64> m_stageLeads;
    QString m_lastMatch;
    qint64 m_lastMatchHits = 0;
};

} // namespace lb
